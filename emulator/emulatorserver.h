#pragma once

#include "emulator/emulatoroptions.h"
#include "emulator/faultinjector.h"
#include "emulator/sessiondatabase.h"
#include "emulator/sessionservice.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QUrl>

namespace Emulator {

// The emulator's HTTP front: routes the usage-sessions API onto
// SessionService, with authentication, the body limit and fault injection.
// It and its database belong to the thread that created it.
class EmulatorServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit EmulatorServer(const Options &options, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Opens the store, adds demo or generated data, starts listening.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    // http://ADDRESS:PORT/BASEPATH (empty until start() succeeded)
    QUrl baseUrl() const { return m_baseUrl; }

    SessionService &service() { return m_service; }
    SessionDatabase &database() { return m_database; }

    // A request as the routing needs it, without a socket: the seam that
    // tests and the fuzzer drive directly (open database() first).
    struct Request
    {
        QHttpServerRequest::Method method = QHttpServerRequest::Method::Get;
        QUrl url;
        QByteArray authorization;
        QByteArray contentLength;
        QByteArray body;
    };
    // Rate limit, authentication, body limit, routing, service: everything
    // but latency and dropped connections.
    Answer answer(const Request &request);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Answer dispatch(const Request &request);
    bool isAuthorized(const Request &request) const;
    static void write(QHttpServerResponder &responder, const Answer &answer);
    void answerWriteFault(QTcpSocket *socket, const Answer &applied);

    Options m_options;
    SessionDatabase m_database;
    SessionService m_service;
    FaultInjector m_faults;
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

} // namespace Emulator
