#include "testserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace TestSupport {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return QByteArrayLiteral("Status");
    }
}

bool hasHeaderIn(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const
{
    return hasHeaderIn(headers, name);
}

QStringList RecordedRequest::queryValues(const QString &key) const
{
    QStringList values;
    const QList<QByteArray> items = rawQuery.split('&');
    for (const QByteArray &item : items) {
        const int eq = item.indexOf('=');
        const QByteArray k = eq < 0 ? item : item.left(eq);
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(k)) != key)
            continue;
        values.append(eq < 0 ? QString()
                             : QString::fromUtf8(QByteArray::fromPercentEncoding(item.mid(eq + 1))));
    }
    return values;
}

TestResponse TestResponse::json(int status, const QByteArray &body)
{
    return text(status, body, QByteArrayLiteral("application/json"));
}

TestResponse TestResponse::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    TestResponse r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

TestResponse TestResponse::bfError(int status, const QByteArray &errorType,
                                   const QByteArray &errorMessage)
{
    return json(status, "{\"errorType\":\"" + errorType + "\",\"errorMessage\":\"" + errorMessage
                            + "\",\"errorParameters\":[]}");
}

TestResponse TestResponse::redirect(int status, const QUrl &location)
{
    TestResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return r;
}

TestResponse TestResponse::closeWithoutAnswer()
{
    TestResponse r;
    r.behaviour = Behaviour::CloseWithoutAnswer;
    return r;
}

TestResponse TestResponse::neverAnswer()
{
    TestResponse r;
    r.behaviour = Behaviour::NeverAnswer;
    return r;
}

// One accepted connection: parses requests one after another and plays the
// scripted answers.
class TestConnection final : public QObject
{
public:
    TestConnection(TestServer *server, QTcpSocket *socket, int index)
        : QObject(server), m_server(server), m_socket(socket), m_index(index)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { deleteLater(); });
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (!m_busy && parseOne()) {
        }
    }

    // Takes one complete request off the buffer and answers it.
    bool parseOne()
    {
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qint64 contentLength = 0;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qint64 total = headerEnd + 4 + contentLength;
        if (m_buffer.size() < total)
            return false;
        request.body = m_buffer.mid(headerEnd + 4, contentLength);
        m_buffer.remove(0, total);

        const int question = request.target.indexOf('?');
        request.rawPath = question < 0 ? request.target : request.target.left(question);
        request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.rawPath));
        request.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
        request.port = m_server->port();
        request.connection = m_index;
        request.receivedAtMs = m_server->m_clock.elapsed();

        m_server->m_requests.append(request);
        const int index = int(m_server->m_requests.size()) - 1;
        const TestResponse response = m_server->answerFor(request);
        emit m_server->requestReceived(index);
        play(response);
        return true;
    }

    void play(const TestResponse &response)
    {
        using B = TestResponse::Behaviour;
        switch (response.behaviour) {
        case B::CloseWithoutAnswer:
            m_busy = true;
            m_socket->disconnectFromHost();
            return;
        case B::NeverAnswer:
            m_busy = true; // later requests on this connection are never read either
            return;
        default:
            break;
        }
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response] {
                m_busy = false;
                send(response);
                onReadyRead();
            });
            return;
        }
        send(response);
    }

    void send(const TestResponse &response)
    {
        using B = TestResponse::Behaviour;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
        for (const auto &h : response.headers)
            head += h.first + ": " + h.second + "\r\n";
        if (!hasHeaderIn(response.headers, "Content-Length")
            && !hasHeaderIn(response.headers, "Transfer-Encoding"))
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        if (response.closeAfter || response.behaviour == B::CutBody)
            head += "Connection: close\r\n";
        head += "\r\n";

        if (response.behaviour == B::Trickle) {
            m_socket->write(head);
            m_busy = true;
            m_pending = response.body;
            auto *timer = new QTimer(this);
            timer->setInterval(response.trickleIntervalMs);
            const int chunk = qMax(1, response.trickleBytes);
            connect(timer, &QTimer::timeout, this, [this, timer, chunk, response] {
                if (m_socket->state() != QAbstractSocket::ConnectedState) {
                    timer->deleteLater();
                    return;
                }
                m_socket->write(m_pending.left(chunk));
                m_pending.remove(0, chunk);
                if (m_pending.isEmpty()) {
                    timer->deleteLater();
                    m_busy = false;
                    if (response.closeAfter)
                        m_socket->disconnectFromHost();
                    else
                        onReadyRead();
                }
            });
            timer->start();
            return;
        }
        if (response.behaviour == B::CutBody) {
            m_busy = true;
            m_socket->write(head + response.body.left(response.cutAfterBytes));
            m_socket->disconnectFromHost();
            return;
        }
        m_socket->write(head + response.body);
        if (response.closeAfter) {
            m_busy = true;
            m_socket->disconnectFromHost();
        }
    }

    TestServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_buffer;
    QByteArray m_pending;
    int m_index = 0;
    bool m_busy = false;
};

TestServer::TestServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    m_default = TestResponse::text(404, QByteArrayLiteral("no scripted answer"));
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            new TestConnection(this, socket, m_connections);
        }
    });
}

TestServer::~TestServer() = default;

bool TestServer::listen()
{
    m_clock.start();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestServer::port() const
{
    return m_server->serverPort();
}

QUrl loopbackUrl(const QString &scheme, quint16 port, const QString &path)
{
    QUrl u;
    u.setScheme(scheme);
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port);
    u.setPath(path);
    return u;
}

QUrl TestServer::url(const QString &path) const
{
    return loopbackUrl(QStringLiteral("http"), port(), path);
}

void TestServer::enqueue(const TestResponse &response)
{
    m_queue.append(response);
}

void TestServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void TestServer::setDefaultResponse(const TestResponse &response)
{
    m_default = response;
}

TestResponse TestServer::answerFor(const RecordedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_handler)
        return m_handler(request);
    return m_default;
}

} // namespace TestSupport
