#pragma once

#include <QTcpServer>
#include <QUrl>

// A TCP proxy on loopback in front of the emulator that loses requests
// before they reach it: POSTs only (the request never applied, the client
// sees the connection close after sending), or everything (server
// unreachable). Other requests pass through unchanged.
class DroppingProxy final : public QObject
{
    Q_OBJECT

public:
    enum class Mode { PassThrough, DropPosts, DropAll };

    DroppingProxy(const QUrl &upstream, QObject *parent = nullptr);
    bool listen();
    QUrl url() const; // the upstream URL with the proxy's port
    void setMode(Mode mode) { m_mode = mode; }
    int dropped() const { return m_dropped; }

private:
    void onConnection();

    QTcpServer m_server;
    QUrl m_upstream;
    Mode m_mode = Mode::PassThrough;
    int m_dropped = 0;
};
