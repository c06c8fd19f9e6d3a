#include "droppingproxy.h"

#include <QPointer>
#include <QTcpSocket>

DroppingProxy::DroppingProxy(const QUrl &upstream, QObject *parent) : QObject(parent), m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::onConnection);
}

bool DroppingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl DroppingProxy::url() const
{
    QUrl url = m_upstream;
    url.setPort(m_server.serverPort());
    return url;
}

void DroppingProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *upstream = new QTcpSocket(client);
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream, buffer] {
            if (upstream->state() == QAbstractSocket::ConnectedState && buffer->isEmpty()) {
                upstream->write(client->readAll());
                return;
            }
            buffer->append(client->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const bool post = buffer->startsWith("POST ");
            if (m_mode == Mode::DropAll || (m_mode == Mode::DropPosts && post)) {
                // Wait for the whole body, so the client counts the request as sent.
                qsizetype length = 0;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                for (const QByteArray &line : lines) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                ++m_dropped;
                buffer->clear();
                client->abort();
                return;
            }
            if (upstream->state() == QAbstractSocket::UnconnectedState) {
                connect(upstream, &QTcpSocket::connected, this, [upstream, buffer] {
                    upstream->write(*buffer);
                    buffer->clear();
                });
                // upstream is the client's child: it disconnects while the client is
                // being destroyed, when the client may no longer be touched.
                const QPointer<QTcpSocket> guard(client);
                connect(upstream, &QTcpSocket::readyRead, this, [guard, upstream] {
                    if (guard)
                        guard->write(upstream->readAll());
                });
                connect(upstream, &QTcpSocket::disconnected, this, [guard] {
                    if (guard)
                        guard->disconnectFromHost();
                });
                upstream->connectToHost(QHostAddress::LocalHost, quint16(m_upstream.port()));
            } else if (upstream->state() == QAbstractSocket::ConnectedState) {
                upstream->write(*buffer);
                buffer->clear();
            }
        });
    }
}
