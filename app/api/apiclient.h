#pragma once

#include "api/apierror.h"
#include "wire/usagesession.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace BillForward {

class ReceiveBufferPool;
class RequestGate;

// The parameters of the two list calls.
struct ListQuery
{
    QString subscriptionId;
    bool activeOnly = false;        // GET /usage-sessions/{id}/active
    QStringList organizations;      // repeated `organizations` items
    qint64 offset = 0;
    int records = 8766;
    QString orderBy = QStringLiteral("created");
    QString order = QStringLiteral("ASC");
};

// One call in flight. Emits finished() exactly once (also after abort()),
// then deletes itself later; hold it in a QPointer.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    // The decoded answer (a page of a list call; the affected sessions of a
    // start or stop).
    const SessionPage &page() const { return m_page; }
    SessionPage takePage() { return std::move(m_page); }
    int attempts() const { return m_attempts; }

    // Cancels the call; finished() follows with Kind::Cancelled.
    void abort();

signals:
    void finished();

private:
    friend class ApiClient;
    friend class ApiCall;
    explicit ApiReply(QObject *parent);

    bool m_finished = false;
    ApiError m_error;
    SessionPage m_page;
    int m_attempts = 0;
    std::function<void()> m_abort;
};

// The BillForward usage-sessions API. Owns the QNetworkAccessManager; all
// calls are asynchronous and return an ApiReply.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Any base URL: `https://app.billforward.net/v1`, `http://127.0.0.1:8080/RestAPI`,
    // a path prefix or none.
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Kept in memory only; never logged.
    void setAccessToken(const QByteArray &token);
    bool hasAccessToken() const { return !m_token.isEmpty(); }
    // Goes up whenever the token changes (also when cleared): a caller that
    // notes it as a request leaves can tell whether the token was replaced since.
    quint64 tokenGeneration() const { return m_tokenGeneration; }
    void setTransferTimeout(int milliseconds);     // default 30,000
    void setMaxResponseBytes(qint64 bytes);        // default 256 MiB
    void setMaxAttempts(int attempts);             // GET tries, default 3
    void setRetryBaseDelay(int milliseconds);      // first backoff, default 500
    // A 429 asking to wait longer than this is not retried (default 60 s);
    // it still holds every request for its Retry-After (rateLimited()).
    void setMaxRetryAfter(int seconds);
    int transferTimeout() const { return m_timeoutMs; }
    int maxAttempts() const { return m_maxAttempts; }

    ApiReply *list(const ListQuery &query);
    ApiReply *start(const SessionBatch &batch);
    ApiReply *stop(const SessionBatch &batch);

    // Where a call would go, for logs and the journal (never carries a token).
    QUrl urlFor(const ListQuery &query) const;
    // `relativePath` is already percent-encoded ("usage-sessions/start"); joined
    // to the base URL's path with exactly one slash.
    QUrl endpointUrl(const QByteArray &relativePath) const;

signals:
    // A call made with the current token was answered 401: the token is
    // refused and must not be sent again (the caller asks for another).
    void accessTokenRefused(const QByteArray &token);
    // The server answered 429 with Retry-After: no request of this client
    // (new calls, retries, any caller's) leaves for `seconds`; calls made
    // meanwhile wait and then go in the order they were made.
    void rateLimited(int seconds);
    // Every attempt as it leaves and as its answer (or failure) comes back:
    // for measuring what is in flight (the benchmark), never the token.
    void requestSent(const QUrl &url);
    void answerReceived(const QUrl &url, int httpStatus);

private:
    enum class Method { Get, Post };
    ApiReply *send(Method method, const QUrl &url, const QByteArray &body);

    QNetworkAccessManager *m_network = nullptr;
    ReceiveBufferPool *m_receiveBuffers = nullptr;
    RequestGate *m_gate = nullptr;
    QUrl m_baseUrl;
    QByteArray m_token;
    quint64 m_tokenGeneration = 0;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = qint64(256) << 20;
    int m_maxAttempts = 3;
    int m_retryBaseDelayMs = 500;
    int m_maxRetryAfterSeconds = 60;
};

} // namespace BillForward
