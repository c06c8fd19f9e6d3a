#include "api/apierror.h"

namespace BillForward {

QString ApiError::kindName() const
{
    if (!bfError.errorType.isEmpty())
        return bfError.errorType;
    switch (kind) {
    case Kind::None: return QStringLiteral("none");
    case Kind::InvalidRequest: return QStringLiteral("invalid-request");
    case Kind::ConnectionRefused: return QStringLiteral("connection-refused");
    case Kind::HostNotFound: return QStringLiteral("host-not-found");
    case Kind::Network: return QStringLiteral("network");
    case Kind::Timeout: return QStringLiteral("timeout");
    case Kind::Tls: return QStringLiteral("tls");
    case Kind::Redirect: return QStringLiteral("redirect");
    case Kind::TooLarge: return QStringLiteral("too-large");
    case Kind::Http: return QStringLiteral("http");
    case Kind::Decode: return QStringLiteral("decode");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::Paging: return QStringLiteral("paging");
    }
    return QStringLiteral("unknown");
}

namespace {

// The server's own words, when it sent any, as a sentence to append.
QString serverSays(const BFError &error)
{
    if (error.errorMessage.isEmpty())
        return {};
    QString text = ApiError::tr(" The server said: %1").arg(error.errorMessage.simplified());
    if (!error.errorParameters.isEmpty())
        text += ApiError::tr(" (%1)").arg(error.errorParameters.join(QStringLiteral(", ")));
    return text;
}

} // namespace

QString ApiError::message() const
{
    const QString unknownOutcome = outcomeUnknown
        ? tr(" The request may have reached the server: refresh the list to see whether it was applied before trying again.")
        : QString();
    const QString type = bfError.errorType;

    switch (kind) {
    case Kind::None:
        return tr("The request succeeded.");
    case Kind::InvalidRequest:
        return tr("The request was not sent: %1").arg(detail);
    case Kind::ConnectionRefused:
        return tr("The server refused the connection. Check the server address and port, and that the server is running.");
    case Kind::HostNotFound:
        return tr("The server's host name could not be found. Check the server address and your network connection.");
    case Kind::Network:
        if (outcomeUnknown)
            return tr("The connection to the server failed (%1) after the request was sent.").arg(detail)
                + unknownOutcome;
        return tr("The connection to the server failed (%1). Check your network connection and try again.")
            .arg(detail);
    case Kind::Timeout:
        if (outcomeUnknown)
            return tr("The server did not answer in time.") + unknownOutcome;
        return tr("The server did not answer in time. Try again later, or allow a longer timeout.");
    case Kind::Tls:
        return tr("The secure connection to the server could not be established (%1). Check the server address and its certificate; the connection was not trusted.")
            .arg(detail);
    case Kind::Redirect:
        return tr("The server redirected the request to another address (%1); it was not followed so that the access token is not sent elsewhere. Check the server address.")
                   .arg(detail)
            + unknownOutcome;
    case Kind::TooLarge:
        return tr("The server's answer was larger than the limit and was abandoned. Ask for fewer records per page.")
            + unknownOutcome;
    case Kind::Decode:
        return tr("The server's answer could not be read: %1. The server may not be a BillForward usage-sessions API; check the server address.")
                   .arg(decodeError.message())
            + unknownOutcome;
    case Kind::Cancelled:
        return tr("The request was cancelled.") + unknownOutcome;
    case Kind::Paging:
        return detail; // the fetcher's own sentence: which offset or limit, and what to do
    case Kind::Http:
        break;
    }

    const QString says = serverSays(bfError);
    // A write the server may have applied: "try again" would risk doing it twice.
    if (outcomeUnknown && httpStatus >= 500)
        return tr("The server reported a failure (HTTP %1) after it received the request.").arg(httpStatus)
            + says + unknownOutcome;
    if (httpStatus == 401 || type == QLatin1String("Oauth"))
        return tr("The server did not accept the access token. Check the token, or create a new one in BillForward under Setup > Personal > API Keys.")
            + says + unknownOutcome;
    if (httpStatus == 403 || type == QLatin1String("PermissionsError"))
        return tr("The access token is not allowed to do this. Ask a BillForward administrator for the permission, or use another token.")
            + says + unknownOutcome;
    if (httpStatus == 429 || type == QLatin1String("RateLimited")) {
        if (retryAfterSeconds >= 0)
            return tr("The server is receiving too many requests. Wait %n second(s) and try again.", nullptr,
                      retryAfterSeconds)
                + says + unknownOutcome;
        return tr("The server is receiving too many requests. Wait a little and try again.") + says + unknownOutcome;
    }
    if (httpStatus == 404)
        return tr("The server does not know this address (HTTP 404). Check that the server address ends with the API's base path, for example /v1 or /RestAPI.")
            + says + unknownOutcome;
    if (httpStatus == 405)
        return tr("The server does not accept this request at this address (HTTP 405). Check the server address.")
            + says + unknownOutcome;
    if (httpStatus == 400 || type == QLatin1String("ValidationError"))
        return tr("The server rejected the request as invalid. Correct the values and try again.")
            + says + unknownOutcome;
    if (httpStatus == 502 || httpStatus == 503 || httpStatus == 504)
        return tr("The server is unavailable at the moment (HTTP %1). Try again in a few minutes.")
                   .arg(httpStatus)
            + says + unknownOutcome;
    if (httpStatus >= 500 || type == QLatin1String("ServerError"))
        return tr("The server failed to handle the request (HTTP %1). Try again later; if it keeps failing, contact BillForward support.")
                   .arg(httpStatus)
            + says + unknownOutcome;
    return tr("The server answered with an unexpected status (HTTP %1).").arg(httpStatus) + says + unknownOutcome;
}

} // namespace BillForward
