#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>

class QAbstractHttpServer;
class QTcpSocket;

namespace Emulator {

// The TCP side of the server, kept in one small file because Qt's HTTP
// server set-up changes by Qt 6.8 (listen() goes, bind() takes the
// QTcpServer). Each accepted socket gets a guard that refuses a request
// body over the limit before QHttpServer buffers it: Qt 6.4 has no limit.
class HttpListener final : public QTcpServer
{
    Q_OBJECT

public:
    HttpListener(qint64 maxBodyBytes, QObject *parent = nullptr);

    // Listens and hands the connections to `server`; returns the bound port,
    // 0 on failure (with the reason in *error).
    static quint16 listen(QAbstractHttpServer &server, const QHostAddress &address, quint16 port,
                          qint64 maxBodyBytes, QString *error);
    // The server finished reading a request on `socket`: the next bytes
    // start a new one.
    static void requestComplete(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBodyBytes;
};

} // namespace Emulator
