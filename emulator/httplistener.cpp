#include "emulator/httplistener.h"

#include "emulator/sessionservice.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace Emulator {

namespace {

constexpr qint64 MaxHeaderBytes = 64 * 1024;
constexpr int DrainTimeoutMs = 10000;

// Watches the bytes of each request on one socket. Its readyRead slot is
// connected before QHttpServer's, so it sees new data first.
class RequestSizeGuard final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(Emulator::RequestSizeGuard)

public:
    RequestSizeGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBodyBytes)
        : QObject(socket)
        , m_socket(socket)
        , m_httpServer(httpServer)
        , m_maxBodyBytes(maxBodyBytes)
    {
        connect(socket, &QIODevice::readyRead, this, &RequestSizeGuard::onReadyRead);
    }

    void reset() { m_seen = 0; }

private:
    void onReadyRead()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (m_rejected) {
            m_drained += m_socket->skip(available);
            if (m_drainTarget >= 0 && m_drained >= m_drainTarget)
                m_socket->disconnectFromHost();
            return;
        }
        if (m_seen == 0) {
            const QByteArray head = m_socket->peek(qMin(available, MaxHeaderBytes));
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qint64 declared = contentLength(head.left(end));
                if (declared > m_maxBodyBytes) {
                    m_seen += available;
                    reject(declared - (available - (end + 4)));
                    return;
                }
            }
        }
        m_seen += available;
        if (m_seen > m_maxBodyBytes + MaxHeaderBytes)
            reject(-1);
    }

    static qint64 contentLength(const QByteArray &head)
    {
        const auto lines = head.split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const qint64 value = line.mid(colon + 1).trimmed().toLongLong(&ok);
                return ok ? value : -1;
            }
        }
        return -1;
    }

    // Answers 400 at once, then reads and discards the rest of the body so
    // the client can finish sending and read the answer.
    void reject(qint64 remainingBody)
    {
        m_rejected = true;
        if (m_httpServer)
            disconnect(m_socket, &QIODevice::readyRead, m_httpServer, nullptr);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        m_drainTarget = remainingBody;

        const Answer answer = Answer::error(
                400, QStringLiteral("ValidationError"),
                tr("The request body is larger than %1 bytes.").arg(m_maxBodyBytes));
        QByteArray response = "HTTP/1.1 400 Bad Request\r\n"
                              "Content-Type: application/json\r\n"
                              "Connection: close\r\n"
                              "Content-Length: "
                + QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body;
        m_socket->write(response);
        if (m_drainTarget == 0)
            m_socket->disconnectFromHost();
        QTimer::singleShot(DrainTimeoutMs, m_socket, &QAbstractSocket::abort);
    }

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    qint64 m_maxBodyBytes;
    qint64 m_seen = 0;
    bool m_rejected = false;
    qint64 m_drained = 0;
    qint64 m_drainTarget = -1; // -1: unknown, drain until the client closes
};

} // namespace

HttpListener::HttpListener(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{
}

quint16 HttpListener::listen(QAbstractHttpServer &server, const QHostAddress &address,
                             quint16 port, qint64 maxBodyBytes, QString *error)
{
    auto *listener = new HttpListener(maxBodyBytes, &server);
    if (!listener->QTcpServer::listen(address, port)) {
        if (error)
            *error = listener->errorString();
        delete listener;
        return 0;
    }
    server.bind(listener);
    return listener->serverPort();
}

void HttpListener::requestComplete(QTcpSocket *socket)
{
    const auto children = socket->children();
    for (QObject *child : children) {
        if (auto *guard = dynamic_cast<RequestSizeGuard *>(child))
            guard->reset();
    }
}

void HttpListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Answers go out in several writes; without this, Nagle's algorithm
    // holds the rest of every answer until the client's delayed ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new RequestSizeGuard(socket, parent(), m_maxBodyBytes);
    addPendingConnection(socket);
}

} // namespace Emulator
