#pragma once

#include "actions/connectionprofile.h"
#include "api/apierror.h"
#include "sessions/sessionloader.h"

#include <QObject>

class ConnectionController;
class TokenResolver;

// Where the window's connection really is, for the status bar: connecting
// (the token being looked up, the server being asked), waiting for the user
// to give a token, connected once the server accepted the token, or failed
// and why. Learnt from the signals of the token resolver, the connection
// (set up, token check) and the loader (an answer that accepted or refused
// the token).
class ConnectionStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State { NotConnected, Connecting, WaitingForToken, Connected, Failed };
    Q_ENUM(State)

    ConnectionStatus(ConnectionController *connection, TokenResolver *resolver, SessionLoader *loader,
                     QObject *parent = nullptr);

    // The window starts connecting to `profile` (its token is looked up next).
    void connecting(const ConnectionProfile &profile);

    State state() const { return m_state; }
    bool isFailed() const { return m_state == State::Failed; }
    // The profile being connected or connected: what Retry connects again.
    const ConnectionProfile &profile() const { return m_profile; }
    // "Connected to “Demo”", "Waiting for the access token for “Sandbox”"…
    QString text() const;

signals:
    void changed();

private:
    void set(State state, const QString &reason = {});
    void onLoadFinished(SessionLoader::Origin origin, const BillForward::ApiError &error);

    ConnectionController *m_connection;
    ConnectionProfile m_profile;
    State m_state = State::NotConnected;
    QString m_reason;
};
