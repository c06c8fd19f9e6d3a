#include "api/apiclient.h"

#include "api/receivebufferpool.h"
#include "api/requestgate.h"
#include "concurrency/workthreads.h"
#include "credentials/serverorigin.h"
#include "credentials/tokenredactor.h"
#include "wire/sessioncodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <cstring>

namespace BillForward {

namespace {

// Pages this small decode faster than a hop to the thread pool.
constexpr qsizetype InlineDecodeBytes = 64 * 1024;
// The most of a body left unread in Qt's network thread (see sendAttempt()).
constexpr qint64 ReadBufferBytes = 1024 * 1024;

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                        | QUrl::RemoveUserInfo)
        .toString();
}

// Retry-After: delta-seconds or an HTTP-date. -1 when absent or unreadable.
int parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, std::numeric_limits<int>::max()));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

// The body of a POST, readable once. Qt's HTTP stack silently sends a request
// again when a kept-alive connection closes before the answer; for a POST that
// could start or stop sessions twice. Refusing to rewind turns that resend
// into a ContentReSendError, which the caller sees as an unknown outcome.
class OneShotBody final : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent)
        : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override
    {
        if (pos() > 0)
            return false;
        return QIODevice::reset();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qBound<qint64>(0, m_data.size() - pos(), maxSize);
        if (n > 0)
            std::memcpy(data, m_data.constData() + pos(), size_t(n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    const QByteArray m_data;
};

// The one answer to a POST that proves it changed nothing: a client error
// (4xx, 429 among them) that the API itself explained with a BFError. A 5xx,
// a 3xx, or a 4xx without that body (a proxy's page, a cut body) may follow
// a write the server applied.
bool refusedUnapplied(int httpStatus, bool hasBfErrorBody)
{
    return httpStatus >= 400 && httpStatus < 500 && hasBfErrorBody;
}

ApiError invalidRequest(const QString &detail)
{
    ApiError error;
    error.kind = ApiError::Kind::InvalidRequest;
    error.detail = detail;
    return error;
}

} // namespace

// One call with its attempts. Lives as a child of its ApiReply.
class ApiCall final : public QObject
{
public:
    struct Settings
    {
        QByteArray token;
        int timeoutMs = 30000;
        qint64 maxResponseBytes = 0;
        int maxAttempts = 1;
        int retryBaseDelayMs = 500;
        int maxRetryAfterSeconds = 60;
    };

    ApiCall(ApiReply *reply, ApiClient *client, QNetworkAccessManager *network, ReceiveBufferPool *buffers,
            RequestGate *gate, bool isPost, const QUrl &url, const QByteArray &body, const Settings &settings)
        : QObject(reply), m_reply(reply), m_client(client), m_network(network), m_buffers(buffers),
          m_gate(gate), m_isPost(isPost), m_url(url), m_body(body), m_settings(settings)
    {
        m_retryTimer.setSingleShot(true);
        // A coarse timer may fire up to 5% early: Retry-After is a minimum.
        m_retryTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(); });
        // Qt's transfer timeout only fires when no byte arrives for that long: a
        // server trickling a byte now and then would hold the call forever.
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] { abortNet(AbortReason::Deadline); });
        reply->m_abort = [this] { cancel(); };
        if (m_buffers)
            m_buffers->addUser();
    }

    ~ApiCall() override
    {
        // After finished(): the next page's call, if any, has begun by now,
        // and the buffers stay for it.
        if (m_buffers)
            m_buffers->removeUser();
    }

    void begin()
    {
        sendAttempt();
    }

    // Fails before any connection; finished() is emitted from the event loop so
    // that the caller can connect first.
    void failLater(const ApiError &error)
    {
        QTimer::singleShot(0, this, [this, error] { finish(error, {}); });
    }

private:
    enum class AbortReason { None, User, TooLarge, Redirect, Deadline };

    // Every attempt passes the client's gate: while a 429's Retry-After
    // holds it, the attempt waits its turn (the transfer timeout has not
    // started yet).
    void sendAttempt()
    {
        if (m_gate)
            m_gate->pass(this, [this] { sendNow(); });
        else
            sendNow();
    }

    void sendNow()
    {
        if (m_done)
            return;
        if (!m_network) {
            finish(invalidRequest(ApiError::tr("the API client was closed")), {});
            return;
        }
        ++m_reply->m_attempts;
        m_reason = AbortReason::None;
        recycleBuffer();
        m_redirectTarget.clear();

        QNetworkRequest request(m_url);
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("UsageSessionAdmin/" USA_VERSION));
        if (!m_settings.token.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_settings.token);
        // Redirects are checked one by one: the token must never leave the origin.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setTransferTimeout(m_settings.timeoutMs);

        QNetworkReply *net = nullptr;
        if (m_isPost) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            auto *body = new OneShotBody(m_body, nullptr);
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
            net = m_network->post(request, body);
            body->setParent(net);
        } else {
            net = m_network->get(request);
        }
        m_sent = true;
        m_net = net;
        if (m_client)
            emit m_client->requestSent(m_url);
        // Qt's network thread holds at most this much unread: every readyRead
        // then copies at most about a MiB into the body. Unbounded, a GUI
        // thread busy for a moment found several MB waiting and copied them
        // in one long event.
        net->setReadBufferSize(ReadBufferBytes);
        m_deadline.start(m_settings.timeoutMs);
        connect(net, &QNetworkReply::metaDataChanged, this, [this, net] {
            const QVariant length = net->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > m_settings.maxResponseBytes) {
                abortNet(AbortReason::TooLarge);
                return;
            }
            // A page of several MB arrives in many chunks: room for all of
            // it at once, rather than the buffer growing (and being copied)
            // on the GUI thread as they come. Not more than 64 MiB on the
            // word of a header alone.
            const qint64 room = qMin<qint64>(length.toLongLong(), qint64(64) << 20);
            if (!length.isValid() || room <= m_buffer.capacity())
                return;
            if (m_buffer.isEmpty() && m_buffers)
                m_buffer = m_buffers->take(qsizetype(room));
            else
                m_buffer.reserve(qsizetype(room));
        });
        connect(net, &QNetworkReply::readyRead, this, [this, net] {
            if (!net->isOpen())
                return;
            appendAvailable(net);
            if (m_buffer.size() > m_settings.maxResponseBytes)
                abortNet(AbortReason::TooLarge);
        });
        connect(net, &QNetworkReply::redirected, this, [this, net](const QUrl &target) {
            // A start or stop is never replayed at another address (Qt would
            // turn a 301/302 POST into a GET).
            if (!m_isPost && ServerOrigin::same(m_url, target)) {
                emit net->redirectAllowed();
                return;
            }
            m_redirectTarget = originOf(target);
            abortNet(AbortReason::Redirect);
        });
        connect(net, &QNetworkReply::finished, this, [this, net] { onFinished(net); });
    }

    // Straight into the body: readAll() would first copy each chunk into a
    // new array of its own, and those short-lived arrays of hundreds of KB
    // cost the GUI thread fresh pages (page faults) on every chunk.
    void appendAvailable(QNetworkReply *net)
    {
        const qint64 available = net->bytesAvailable();
        if (available <= 0)
            return;
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + qsizetype(available));
        const qint64 got = net->read(m_buffer.data() + before, available);
        m_buffer.resize(before + qsizetype(qMax<qint64>(got, 0)));
    }

    void recycleBuffer()
    {
        if (m_buffers)
            m_buffers->give(std::move(m_buffer));
        m_buffer = QByteArray();
    }

    void abortNet(AbortReason reason)
    {
        if (!m_net)
            return;
        m_reason = reason;
        m_net->abort();
    }

    void onFinished(QNetworkReply *net)
    {
        net->deleteLater();
        if (m_net != net)
            return;
        m_net = nullptr;
        m_deadline.stop();
        if (m_done || m_reason == AbortReason::User)
            return;
        if (net->isOpen())
            appendAvailable(net);

        ApiError error;
        error.httpStatus = net->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_client)
            emit m_client->answerReceived(m_url, error.httpStatus);
        const QNetworkReply::NetworkError code = net->error();
        if (code != QNetworkReply::NoError)
            error.detail = net->errorString();

        if (m_reason == AbortReason::TooLarge) {
            error.kind = ApiError::Kind::TooLarge;
            error.detail = ApiError::tr("more than %1 bytes").arg(m_settings.maxResponseBytes);
            error.outcomeUnknown = m_isPost;
        } else if (m_reason == AbortReason::Redirect) {
            error.kind = ApiError::Kind::Redirect;
            error.detail = m_redirectTarget;
            // A redirect is an answer: the server had the POST and may have applied it.
            error.outcomeUnknown = m_isPost;
        } else if (m_reason == AbortReason::Deadline || code == QNetworkReply::OperationCanceledError) {
            // Nobody called abort(): the transfer timeout fired.
            error.kind = ApiError::Kind::Timeout;
            error.outcomeUnknown = m_isPost;
        } else if (error.httpStatus >= 300 && error.httpStatus < 400) {
            // A redirect that was not followed (a POST's, or one Qt gave up on).
            error.kind = ApiError::Kind::Redirect;
            const QUrl location = net->header(QNetworkRequest::LocationHeader).toUrl();
            error.detail = location.isEmpty() ? ApiError::tr("HTTP %1").arg(error.httpStatus)
                                              : originOf(m_url.resolved(location));
            error.outcomeUnknown = m_isPost;
        } else if (error.httpStatus >= 400 || (error.httpStatus > 0 && error.httpStatus < 200)) {
            error.kind = ApiError::Kind::Http;
            const bool bfError = SessionCodec::decodeError(m_buffer, error.bfError);
            error.retryAfterSeconds = parseRetryAfter(net->rawHeader(QByteArrayLiteral("Retry-After")));
            // The server limits the client, not this call: hold every
            // request, retried or not (a wait over the cap is not retried).
            if (error.httpStatus == 429 && error.retryAfterSeconds > 0 && m_gate)
                m_gate->holdFor(qint64(error.retryAfterSeconds) * 1000);
            error.outcomeUnknown = m_isPost && !refusedUnapplied(error.httpStatus, bfError);
        } else if (code != QNetworkReply::NoError) {
            mapNetworkError(code, error);
        } else if (isCutShort(net)) {
            // Qt 6.4 can end a reply whose connection closed mid-body
            // without an error: the body is then shorter than announced.
            error.kind = ApiError::Kind::Network;
            error.detail = ApiError::tr("the answer stopped after %1 of %2 bytes")
                               .arg(m_buffer.size())
                               .arg(net->header(QNetworkRequest::ContentLengthHeader).toLongLong());
            error.outcomeUnknown = m_isPost;
        }

        if (error.isError()) {
            if (shouldRetry(error))
                return;
            finish(error, {});
            return;
        }
        decode();
    }

    // Qt drops Content-Length when it decompresses, so a length still
    // present counts the bytes of the body as read.
    bool isCutShort(QNetworkReply *net) const
    {
        const QVariant length = net->header(QNetworkRequest::ContentLengthHeader);
        return length.isValid() && !net->hasRawHeader(QByteArrayLiteral("Content-Encoding"))
            && m_buffer.size() < length.toLongLong();
    }

    void mapNetworkError(QNetworkReply::NetworkError code, ApiError &error) const
    {
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            error.kind = ApiError::Kind::ConnectionRefused;
            return;
        case QNetworkReply::HostNotFoundError:
            error.kind = ApiError::Kind::HostNotFound;
            return;
        case QNetworkReply::TimeoutError:
            error.kind = ApiError::Kind::Timeout;
            error.outcomeUnknown = m_isPost;
            return;
        case QNetworkReply::SslHandshakeFailedError:
            error.kind = ApiError::Kind::Tls;
            return;
        case QNetworkReply::InsecureRedirectError:
            error.kind = ApiError::Kind::Redirect;
            error.outcomeUnknown = m_isPost;
            return;
        case QNetworkReply::ContentReSendError:
            // Qt wanted to send the POST again: after a lost connection, or to
            // follow a 307/308, which a POST never does here.
            if (error.httpStatus == 307 || error.httpStatus == 308) {
                error.kind = ApiError::Kind::Redirect;
                error.detail = ApiError::tr("HTTP %1 for a start or stop request").arg(error.httpStatus);
                error.outcomeUnknown = true;
                return;
            }
            error.kind = ApiError::Kind::Network;
            error.outcomeUnknown = true;
            return;
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::OperationNotImplementedError:
            error.kind = ApiError::Kind::InvalidRequest;
            return;
        default:
            error.kind = ApiError::Kind::Network;
            error.outcomeUnknown = m_isPost;
            return;
        }
    }

    bool isRetryable(const ApiError &error) const
    {
        switch (error.kind) {
        case ApiError::Kind::ConnectionRefused:
        case ApiError::Kind::Network:
        case ApiError::Kind::Timeout:
            return true;
        case ApiError::Kind::Http:
            // A GET is safe to repeat: a passing 500 must not end a long fetch.
            return error.httpStatus == 429 || error.httpStatus == 500 || error.httpStatus == 502
                || error.httpStatus == 503 || error.httpStatus == 504;
        default:
            return false;
        }
    }

    // Schedules another attempt of a GET; false when the error stands.
    bool shouldRetry(const ApiError &error)
    {
        if (m_isPost || m_reply->m_attempts >= m_settings.maxAttempts || !isRetryable(error))
            return false;
        if (error.retryAfterSeconds > m_settings.maxRetryAfterSeconds)
            return false;
        const int shift = qMin(m_reply->m_attempts - 1, 16);
        const qint64 backoff = qint64(qMax(0, m_settings.retryBaseDelayMs)) << shift;
        // Jitter over the upper half keeps clients from retrying in lockstep.
        qint64 delay = backoff / 2 + qint64(QRandomGenerator::global()->bounded(quint64(backoff / 2 + 1)));
        if (error.retryAfterSeconds >= 0)
            delay = qMax(delay, qint64(error.retryAfterSeconds) * 1000);
        m_retryTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
        return true;
    }

    void decode()
    {
        if (m_buffer.size() < InlineDecodeBytes) {
            SessionPage page;
            DecodeError decodeError;
            const bool ok = SessionCodec::decodePage(m_buffer, page, decodeError);
            decoded(ok, std::move(page), decodeError);
            return;
        }
        m_decoding = true;
        QPointer<ApiCall> guard(this);
        // The body travels to the decoder and back, never shared, so that
        // its buffer can serve the next response.
        WorkThreads::startInBackground([guard, body = std::move(m_buffer)]() mutable {
            SessionPage page;
            DecodeError decodeError;
            const bool ok = SessionCodec::decodePage(body, page, decodeError);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [guard, ok, page = std::move(page), decodeError, body = std::move(body)]() mutable {
                    if (guard && !guard->m_done) {
                        guard->m_buffer = std::move(body);
                        guard->decoded(ok, std::move(page), decodeError);
                    }
                },
                Qt::QueuedConnection);
        });
        m_buffer = QByteArray();
    }

    void decoded(bool ok, SessionPage page, const DecodeError &decodeError)
    {
        m_decoding = false;
        if (ok) {
            finish({}, std::move(page));
            return;
        }
        ApiError error;
        error.kind = ApiError::Kind::Decode;
        error.httpStatus = 200;
        error.decodeError = decodeError;
        error.outcomeUnknown = m_isPost;
        finish(error, {});
    }

    void cancel()
    {
        if (m_done)
            return;
        m_reason = AbortReason::User;
        m_retryTimer.stop();
        m_deadline.stop();
        if (QNetworkReply *net = m_net) {
            m_net = nullptr;
            if (m_client)
                emit m_client->answerReceived(m_url, 0); // no answer will come
            net->disconnect(this);
            net->abort();
            net->deleteLater();
        }
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.outcomeUnknown = m_isPost && m_sent;
        finish(error, {});
    }

    // A server may echo what it was sent, whole, in pieces, in another case
    // or percent-encoded: no piece of the token reaches a message, the
    // journal or the CLI's stderr (TokenRedactor).
    // Server texts are also cut to a length a message can show: redaction
    // costs text × token, and a hostile server may send megabytes.
    ApiError redacted(ApiError error) const
    {
        const TokenRedactor redactor(m_settings.token);
        const auto clean = [&redactor](const QString &text) {
            constexpr qsizetype MaxShown = 4096;
            const QString shown = text.size() > MaxShown ? text.left(MaxShown) + QStringLiteral("…") : text;
            return redactor.redact(shown);
        };
        error.detail = clean(error.detail);
        error.bfError.errorType = clean(error.bfError.errorType);
        error.bfError.errorMessage = clean(error.bfError.errorMessage);
        for (QString &parameter : error.bfError.errorParameters)
            parameter = clean(parameter);
        error.decodeError.reason = clean(error.decodeError.reason);
        error.decodeError.jsonPath = clean(error.decodeError.jsonPath);
        return error;
    }

    void finish(const ApiError &error, SessionPage page)
    {
        if (m_done)
            return;
        m_done = true;
        m_retryTimer.stop();
        m_deadline.stop();
        m_reply->m_finished = true;
        m_reply->m_error = redacted(error);
        m_reply->m_page = std::move(page);
        recycleBuffer();
        emit m_reply->finished();
        m_reply->deleteLater();
    }

    ApiReply *m_reply;
    QPointer<ApiClient> m_client;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<ReceiveBufferPool> m_buffers;
    QPointer<RequestGate> m_gate;
    const bool m_isPost;
    const QUrl m_url;
    const QByteArray m_body;
    const Settings m_settings;
    QPointer<QNetworkReply> m_net;
    QTimer m_retryTimer;
    QTimer m_deadline; // the whole answer, per attempt
    QByteArray m_buffer;
    QString m_redirectTarget;
    AbortReason m_reason = AbortReason::None;
    bool m_sent = false;
    bool m_decoding = false;
    bool m_done = false;
};

ApiReply::ApiReply(QObject *parent)
    : QObject(parent)
{
}

void ApiReply::abort()
{
    if (m_abort && !m_finished)
        m_abort();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)),
      m_receiveBuffers(new ReceiveBufferPool(this)), m_gate(new RequestGate(this))
{
    connect(m_gate, &RequestGate::held, this, &ApiClient::rateLimited);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

void ApiClient::setAccessToken(const QByteArray &token)
{
    const QByteArray trimmed = token.trimmed();
    if (trimmed != m_token)
        ++m_tokenGeneration;
    m_token = trimmed;
}

void ApiClient::setTransferTimeout(int milliseconds)
{
    m_timeoutMs = qMax(1, milliseconds);
}

void ApiClient::setMaxResponseBytes(qint64 bytes)
{
    m_maxResponseBytes = qMax<qint64>(1, bytes);
}

void ApiClient::setMaxAttempts(int attempts)
{
    m_maxAttempts = qMax(1, attempts);
}

void ApiClient::setRetryBaseDelay(int milliseconds)
{
    m_retryBaseDelayMs = qMax(0, milliseconds);
}

void ApiClient::setMaxRetryAfter(int seconds)
{
    m_maxRetryAfterSeconds = qMax(0, seconds);
}

QUrl ApiClient::endpointUrl(const QByteArray &relativePath) const
{
    QUrl url = m_baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    QByteArray relative = relativePath;
    while (relative.startsWith('/'))
        relative.remove(0, 1);
    url.setPath(path + QLatin1Char('/') + QString::fromLatin1(relative), QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ApiClient::urlFor(const ListQuery &query) const
{
    QByteArray path = "usage-sessions/" + QUrl::toPercentEncoding(query.subscriptionId);
    if (query.activeOnly)
        path += "/active";
    QUrl url = endpointUrl(path);

    QByteArray encoded;
    const auto add = [&encoded](const char *key, const QString &value) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded += key;
        encoded += '=';
        encoded += QUrl::toPercentEncoding(value);
    };
    for (const QString &organization : query.organizations)
        add("organizations", organization);
    add("offset", QString::number(query.offset));
    add("records", QString::number(query.records));
    if (!query.orderBy.isEmpty())
        add("order_by", query.orderBy);
    if (!query.order.isEmpty())
        add("order", query.order);
    url.setQuery(QString::fromLatin1(encoded), QUrl::StrictMode);
    return url;
}

ApiReply *ApiClient::list(const ListQuery &query)
{
    if (query.subscriptionId.isEmpty()) {
        auto *reply = send(Method::Get, QUrl(), {});
        return reply;
    }
    return send(Method::Get, urlFor(query), {});
}

ApiReply *ApiClient::start(const SessionBatch &batch)
{
    return send(Method::Post, endpointUrl("usage-sessions/start"), SessionCodec::encodeBatch(batch));
}

ApiReply *ApiClient::stop(const SessionBatch &batch)
{
    return send(Method::Post, endpointUrl("usage-sessions/stop"), SessionCodec::encodeBatch(batch));
}

ApiReply *ApiClient::send(Method method, const QUrl &url, const QByteArray &body)
{
    auto *reply = new ApiReply(this);
    ApiCall::Settings settings;
    settings.token = m_token;
    settings.timeoutMs = m_timeoutMs;
    settings.maxResponseBytes = m_maxResponseBytes;
    settings.maxAttempts = m_maxAttempts;
    settings.retryBaseDelayMs = m_retryBaseDelayMs;
    settings.maxRetryAfterSeconds = m_maxRetryAfterSeconds;
    auto *call = new ApiCall(reply, this, m_network, m_receiveBuffers, m_gate, method == Method::Post, url,
                             body, settings);
    if (!m_token.isEmpty()) {
        connect(reply, &ApiReply::finished, this, [this, reply, token = m_token] {
            // Only the token in use now: an old call's 401 says nothing about a newer token.
            if (reply->error().httpStatus == 401 && token == m_token)
                emit accessTokenRefused(token);
        });
    }

    const QString scheme = url.scheme().toLower();
    if (m_baseUrl.isEmpty() || !m_baseUrl.isValid() || url.host().isEmpty()) {
        call->failLater(invalidRequest(url.isEmpty() && !m_baseUrl.isEmpty()
                                           ? ApiError::tr("no subscription ID was given.")
                                           : ApiError::tr("the server address is missing or not a valid URL.")));
    } else if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        call->failLater(invalidRequest(
            ApiError::tr("the server address must start with https:// (it starts with %1://).").arg(scheme)));
    } else if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        call->failLater(invalidRequest(
            ApiError::tr("plain http:// is only allowed to this computer (localhost); the access token would travel unencrypted to %1. Use https:// instead.")
                .arg(url.host())));
    } else {
        call->begin();
    }
    return reply;
}

} // namespace BillForward
