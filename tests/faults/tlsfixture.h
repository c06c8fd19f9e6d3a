#pragma once

// A TLS server on loopback with a self-signed certificate made at test time
// by the openssl command-line tool: either it only shakes hands (a server
// the client must not trust), or it answers every request over TLS with a
// redirect (to test https -> http).

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include "testserver.h"

namespace FaultTest {

struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    // For CN/SAN 127.0.0.1; false when openssl is missing or failed.
    bool generate(const QString &directory, const QString &name)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return false;
        const QString keyPath = directory + QLatin1Char('/') + name + QStringLiteral(".key");
        const QString certPath = directory + QLatin1Char('/') + name + QStringLiteral(".pem");
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return false;
        QFile keyFile(keyPath);
        QFile certFile(certPath);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        return !key.isNull() && !certificate.isNull();
    }
};

class TlsServer final : public QSslServer
{
public:
    // `redirectTo` empty: shake hands and never answer.
    TlsServer(const SelfSignedCertificate &identity, const QUrl &redirectTo = {})
        : m_redirectTo(redirectTo)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(identity.certificate);
        configuration.setPrivateKey(identity.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        setSslConfiguration(configuration);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection())
                serve(qobject_cast<QSslSocket *>(socket));
        });
    }

    bool start() { return listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const { return TestSupport::loopbackUrl(QStringLiteral("https"), serverPort(), path); }
    int requestsAnswered() const { return m_answered; }

private:
    void serve(QSslSocket *socket)
    {
        if (!socket)
            return;
        socket->setParent(this);
        connect(socket, &QSslSocket::readyRead, this, [this, socket] {
            m_buffers[socket] += socket->readAll();
            if (m_redirectTo.isEmpty() || !m_buffers[socket].contains("\r\n\r\n"))
                return;
            m_buffers.remove(socket);
            ++m_answered;
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + m_redirectTo.toEncoded()
                          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    }

    QUrl m_redirectTo;
    QHash<QSslSocket *, QByteArray> m_buffers;
    int m_answered = 0;
};

} // namespace FaultTest
