#include "emulator/emulatorserver.h"

#include "emulator/commandline.h"
#include "emulator/demodata.h"
#include "emulator/httplistener.h"
#include "emulator/sessiongenerator.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace Emulator {

namespace {

using Method = QHttpServerRequest::Method;

// Compares in time independent of where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    const qsizetype n = qMax(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        const auto ca = i < a.size() ? uchar(a.at(i)) : uchar(0);
        const auto cb = i < b.size() ? uchar(b.at(i)) : uchar(0);
        diff |= unsigned(ca ^ cb);
    }
    return diff == 0;
}

Answer methodNotAllowed(const char *allowed)
{
    Answer a = Answer::error(405, QStringLiteral("ValidationError"),
                             EmulatorServer::tr("This method is not allowed here; use %1.")
                                     .arg(QLatin1String(allowed)));
    a.headers.append({ QByteArrayLiteral("Allow"), QByteArray(allowed) });
    return a;
}

Answer notFound()
{
    return Answer::error(404, QStringLiteral("ValidationError"),
                         EmulatorServer::tr("There is no such resource."));
}

} // namespace

EmulatorServer::EmulatorServer(const Options &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_service(m_database, options.defaultOrganizationId)
    , m_faults(options)
{
    m_service.setPageCap(options.pageCap);
}

EmulatorServer::~EmulatorServer()
{
    m_database.close();
}

bool EmulatorServer::start(QString *error)
{
    // The same rule as the command line, for every embedder of the library.
    const QString refusal = CommandLine::validate(m_options);
    if (!refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    if (!m_database.open(m_options.databasePath, error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_options.demoData && m_database.isEmpty()
        && !DemoData::fill(m_database, m_options.seed, now, error)) {
        return false;
    }
    for (const auto &[subscription, count] : std::as_const(m_options.generate)) {
        if (!SessionGenerator::generate(m_database, subscription, count,
                                        m_options.defaultOrganizationId, m_options.seed, now,
                                        error)) {
            return false;
        }
    }
    if (!SessionGenerator::generateSubscriptions(m_database, m_options.generatedSubscriptions,
                                                 m_options.sessionsPerGeneratedSubscription,
                                                 m_options.defaultOrganizationId, m_options.seed, now, error)) {
        return false;
    }
    m_port = HttpListener::listen(*this, m_options.listenAddress, m_options.port,
                                  m_options.maxBodyBytes, error);
    if (m_port == 0)
        return false;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_options.listenAddress.toString());
    url.setPort(m_port);
    url.setPath(m_options.basePath);
    m_baseUrl = url;
    return true;
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpListener::requestComplete(socket);
    // Counted until the answer is written (or the connection is gone).
    const std::shared_ptr<RequestGauge> gauge = m_options.gauge;
    if (gauge)
        gauge->enter();
    const auto done = [gauge] {
        if (gauge)
            gauge->leave();
    };
    const Answer result = answer(Request{ request.method(), request.url(),
                                          request.value(QByteArrayLiteral("Authorization")),
                                          request.value(QByteArrayLiteral("Content-Length")),
                                          request.body() });
    if (result.applied && m_faults.shouldDrop()) {
        // Applied, but the caller never learns it: the case a client must
        // recover from by asking again.
        socket->abort();
        done();
        return true;
    }
    if (result.applied && m_options.writeFault != WriteFault::None) {
        answerWriteFault(socket, result);
        done();
        return true;
    }
    const int latency = m_faults.latencyMs();
    if (latency <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        write(responder, result);
        done();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(latency, this, [responder, result, done, guard = QPointer<QTcpSocket>(socket)] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*responder, result);
        done();
    });
    return true;
}

void EmulatorServer::answerWriteFault(QTcpSocket *socket, const Answer &applied)
{
    // Written raw: a cut body and a stall are not answers a responder writes.
    const auto head = [](const QByteArray &statusLine, qsizetype length, const QByteArray &extra = {}) {
        return statusLine + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(length) + "\r\n" + extra + "\r\n";
    };
    switch (m_options.writeFault) {
    case WriteFault::None:
        return;
    case WriteFault::ServerError: {
        const Answer failure = Answer::error(500, QStringLiteral("ServerError"),
                                             tr("Injected failure after the change was applied."));
        socket->write(head("HTTP/1.1 500 Internal Server Error", failure.body.size()) + failure.body);
        return;
    }
    case WriteFault::BareServerError:
        socket->write(head("HTTP/1.1 500 Internal Server Error", 0));
        return;
    case WriteFault::SeeOther:
        socket->write(head("HTTP/1.1 303 See Other", 0,
                           "Location: " + m_options.basePath.toUtf8() + "/usage-sessions/done\r\n"));
        return;
    case WriteFault::CutBody:
        socket->write(head("HTTP/1.1 200 OK", applied.body.size()) + applied.body.left(applied.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case WriteFault::Drop:
        socket->abort();
        return;
    case WriteFault::Stall:
        return;
    }
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, notFound());
}

void EmulatorServer::write(QHttpServerResponder &responder, const Answer &answer)
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(answer.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(answer.body.size()));
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeBody(answer.body);
}

bool EmulatorServer::isAuthorized(const Request &request) const
{
    if (m_options.token.isEmpty())
        return true;
    const QByteArray &header = request.authorization;
    if (!header.isEmpty())
        return constantTimeEquals(header, QByteArrayLiteral("Bearer ") + m_options.token);
    // BillForward also takes the token as a query parameter.
    const QUrlQuery query(request.url);
    if (query.hasQueryItem(QStringLiteral("access_token"))) {
        return constantTimeEquals(
                query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded).toUtf8(),
                m_options.token);
    }
    return false;
}

Answer EmulatorServer::answer(const Request &request)
{
    if (!m_faults.admit(QDateTime::currentMSecsSinceEpoch())) {
        Answer a = Answer::error(429, QStringLiteral("RateLimited"),
                                 tr("Too many requests; try again in a second."));
        a.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
        return a;
    }
    if (!isAuthorized(request)) {
        return Answer::error(401, QStringLiteral("Oauth"),
                             tr("A valid access token is required (Authorization: Bearer)."));
    }
    if (request.contentLength.toLongLong() > m_options.maxBodyBytes
        || request.body.size() > m_options.maxBodyBytes) {
        return Answer::error(400, QStringLiteral("ValidationError"),
                             tr("The request body is larger than %1 bytes.")
                                     .arg(m_options.maxBodyBytes));
    }
    return dispatch(request);
}

Answer EmulatorServer::dispatch(const Request &request)
{
    // Split the encoded path, then decode each segment, so an encoded "/"
    // inside an ID stays part of it.
    QString path = request.url.path(QUrl::FullyEncoded);
    const QString &base = m_options.basePath;
    if (!base.isEmpty()) {
        if (!path.startsWith(base) || (path.size() > base.size() && path.at(base.size()) != QLatin1Char('/')))
            return notFound();
        path = path.mid(base.size());
    }
    QStringList segments = path.split(QLatin1Char('/'));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    if (segments.size() > 1 && segments.last().isEmpty())
        segments.removeLast(); // a trailing slash
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());

    if (segments.size() < 2 || segments.size() > 3 || segments.at(0) != QLatin1String("usage-sessions")
        || segments.at(1).isEmpty()) {
        return notFound();
    }
    const Method method = request.method;
    const QString &name = segments.at(1);
    const bool isAction = name == QLatin1String("start") || name == QLatin1String("stop");
    if (segments.size() == 3) {
        if (isAction || segments.at(2) != QLatin1String("active"))
            return notFound();
        if (method != Method::Get)
            return methodNotAllowed("GET");
    } else if (isAction) {
        if (method != Method::Post)
            return methodNotAllowed("POST");
    } else if (method != Method::Get) {
        return methodNotAllowed("GET");
    }

    if (m_faults.shouldFail()) {
        return Answer::error(500, QStringLiteral("ServerError"),
                             tr("Injected failure: the emulator was told to fail this request."));
    }
    if (name == QLatin1String("start"))
        return m_service.start(request.body);
    if (name == QLatin1String("stop"))
        return m_service.stop(request.body);
    return m_service.list(name, segments.size() == 3, QUrlQuery(request.url));
}

} // namespace Emulator
