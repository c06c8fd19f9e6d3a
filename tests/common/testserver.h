#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;

namespace TestSupport {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as it arrived on the wire.
struct RecordedRequest
{
    QByteArray method;        // "GET", "POST", ...
    QByteArray target;        // the raw request-target: "/RestAPI/usage-sessions/SUB%2F1?offset=0"
    QByteArray rawPath;       // target up to '?', still percent-encoded
    QString path;             // rawPath percent-decoded
    QByteArray rawQuery;      // target after '?', still encoded
    QUrlQuery query;          // rawQuery parsed (values stay percent-encoded; use
                              // queryValues() for decoded values)
    HeaderList headers;       // in arrival order, names as sent
    QByteArray body;
    quint16 port = 0;         // the server's port (tells two servers apart)
    int connection = 0;       // 1-based index of the TCP connection it came on
    qint64 receivedAtMs = 0;  // ms since the server started listening

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    // Every value of a query item, percent-decoded ('+' stays '+').
    QStringList queryValues(const QString &key) const;
};

// What to answer to one request.
struct TestResponse
{
    enum class Behaviour {
        Normal,             // status line, headers, body (after delayMs)
        CloseWithoutAnswer, // read the request, then close the connection
        NeverAnswer,        // read the request, keep the connection open, say nothing
        Trickle,            // headers at once, then trickleBytes every trickleIntervalMs
        CutBody,            // full Content-Length, send cutAfterBytes of the body, close
    };

    int status = 200;
    QByteArray reason;          // empty: a standard phrase for the status
    HeaderList headers;         // extra headers; Content-Length is added unless it or
                                // Transfer-Encoding is given (the body is sent as is)
    QByteArray body;
    Behaviour behaviour = Behaviour::Normal;
    int delayMs = 0;            // Normal/Trickle/CutBody: wait before the first byte
    int trickleBytes = 1;
    int trickleIntervalMs = 100;
    qint64 cutAfterBytes = 0;
    bool closeAfter = false;    // send "Connection: close" and close after answering

    static TestResponse json(int status, const QByteArray &body);
    static TestResponse text(int status, const QByteArray &body,
                             const QByteArray &contentType = QByteArrayLiteral("text/plain"));
    // A BFError body, as the API sends on every error.
    static TestResponse bfError(int status, const QByteArray &errorType,
                                const QByteArray &errorMessage);
    static TestResponse redirect(int status, const QUrl &location);
    static TestResponse closeWithoutAnswer();
    static TestResponse neverAnswer();

    TestResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

// `scheme`://127.0.0.1:`port``path`: where a test's own server listens.
QUrl loopbackUrl(const QString &scheme, quint16 port, const QString &path);

// A scripted HTTP/1.1 server on 127.0.0.1 (free port) for tests. Answers come,
// in this order, from the queue (enqueue(), one per request), else from the
// handler, else the default response (404). Every request is recorded.
// Keep-alive connections are supported; request bodies need Content-Length.
// Runs on the thread that created it: the test's event loop must run
// (QSignalSpy::wait, QTRY_*).
//
// Reuse from another test folder's CMakeLists.txt:
//     if(NOT TARGET usa_testserver)
//         add_subdirectory(${CMAKE_CURRENT_SOURCE_DIR}/../common ${CMAKE_BINARY_DIR}/tests/common)
//     endif()
//     usa_add_test(tst_x SOURCES tst_x.cpp LIBRARIES usa_testserver ...)
// and `#include "testserver.h"`.

class TestServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<TestResponse(const RecordedRequest &)>;

    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    bool listen();                 // 127.0.0.1, port 0
    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path = {}) const;

    void enqueue(const TestResponse &response);
    void setHandler(Handler handler);
    void setDefaultResponse(const TestResponse &response);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    RecordedRequest lastRequest() const { return m_requests.isEmpty() ? RecordedRequest() : m_requests.last(); }
    void clearRequests() { m_requests.clear(); }
    // Connections accepted so far (each TCP connection counts once).
    int connectionCount() const { return m_connections; }

signals:
    void requestReceived(int index);

private:
    friend class TestConnection;
    TestResponse answerFor(const RecordedRequest &request);

    QTcpServer *m_server = nullptr;
    QList<TestResponse> m_queue;
    Handler m_handler;
    TestResponse m_default;
    QList<RecordedRequest> m_requests;
    QElapsedTimer m_clock;
    int m_connections = 0;
};

} // namespace TestSupport

// Test rows carry scripted answers.
Q_DECLARE_METATYPE(TestSupport::TestResponse)
