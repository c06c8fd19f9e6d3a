#include "ui/connectionstatus.h"

#include "ui/connectioncontroller.h"

#include "secrets/tokenresolver.h"

ConnectionStatus::ConnectionStatus(ConnectionController *connection, TokenResolver *resolver, SessionLoader *loader,
                                   QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    connect(resolver, &TokenResolver::tokenNeeded, this, [this](const QString &profileId) {
        if (profileId == m_profile.id)
            set(State::WaitingForToken);
    });
    connect(resolver, &TokenResolver::tokenReady, this, [this](const QString &profileId) {
        if (profileId == m_profile.id)
            set(State::Connecting);
    });
    connect(resolver, &TokenResolver::resolveCancelled, this, [this](const QString &profileId) {
        if (profileId == m_profile.id)
            set(State::Failed, tr("no access token was given."));
    });
    connect(connection, &ConnectionController::ready, this, [this] {
        m_profile = m_connection->profile();
        set(m_connection->isAccepted() ? State::Connected : State::Connecting);
    });
    connect(connection, &ConnectionController::failed, this,
            [this](const QString &message) { set(State::Failed, message); });
    connect(connection, &ConnectionController::tokenAccepted, this, [this] { set(State::Connected); });
    connect(connection, &ConnectionController::checkFailed, this,
            [this](const BillForward::ApiError &error) { set(State::Failed, error.message()); });
    connect(loader, &SessionLoader::loadFinished, this, &ConnectionStatus::onLoadFinished);

    if (connection->isReady()) {
        m_profile = connection->profile();
        m_state = connection->isAccepted() ? State::Connected : State::Connecting;
    }
}

void ConnectionStatus::connecting(const ConnectionProfile &profile)
{
    m_profile = profile;
    set(State::Connecting);
}

void ConnectionStatus::onLoadFinished(SessionLoader::Origin, const BillForward::ApiError &error)
{
    if (!m_connection->isReady() || m_state == State::WaitingForToken)
        return;
    if (!error.isError())
        set(State::Connected); // an answer to a list: the token works
    else if (error.httpStatus == 401)
        set(State::Failed, error.message());
}

void ConnectionStatus::set(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    emit changed();
}

QString ConnectionStatus::text() const
{
    const QString name = m_profile.name.isEmpty() ? m_connection->profileName() : m_profile.name;
    switch (m_state) {
    case State::NotConnected:
        break;
    case State::Connecting:
        return tr("Connecting to “%1”…").arg(name);
    case State::WaitingForToken:
        return tr("Waiting for the access token for “%1”").arg(name);
    case State::Connected:
        return tr("Connected to “%1”").arg(name);
    case State::Failed:
        return tr("Not connected to “%1”: %2").arg(name, m_reason);
    }
    return tr("Not connected");
}
