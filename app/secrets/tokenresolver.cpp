#include "secrets/tokenresolver.h"

#include "credentials/environmenttoken.h"
#include "credentials/serverorigin.h"
#include "secrets/tokenvault.h"

#include <QCryptographicHash>
#include <QTimer>

namespace {

QByteArray fingerprint(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

} // namespace

bool TokenResolver::environmentTokenAppliesTo(const ConnectionProfile &profile)
{
    if (profile.kind == ConnectionProfile::Kind::Demo)
        return false;
    return EnvironmentToken::appliesTo(profile.baseUrl, profile.id == ConnectionProfile::commandLineId());
}

TokenResolver::TokenResolver(TokenVault *vault, QObject *parent) : QObject(parent), m_vault(vault) {}

bool TokenResolver::isRefused(const QString &profileId, const QByteArray &token) const
{
    const auto it = m_refused.constFind(profileId);
    return it != m_refused.constEnd() && it->contains(fingerprint(token));
}

void TokenResolver::ready(int generation, const QString &profileId, const QByteArray &token)
{
    // Always after resolve() returns, so callers can connect and call in any order.
    QTimer::singleShot(0, this, [this, generation, profileId, token] {
        if (generation != m_generation)
            return;
        m_profileId.clear();
        emit tokenReady(profileId, token);
    });
}

void TokenResolver::resolve(const ConnectionProfile &profile)
{
    const int generation = ++m_generation;
    const QString id = profile.id;
    m_profileId = id;
    m_server = profile.baseUrl;
    if (profile.kind == ConnectionProfile::Kind::Demo) {
        ready(generation, id, {});
        return;
    }
    const QString origin = ServerOrigin::of(profile.baseUrl);
    const auto session = m_sessionTokens.constFind(id);
    if (session != m_sessionTokens.constEnd()) {
        if (session->origin == origin && !isRefused(id, session->token)) {
            ready(generation, id, session->token);
            return;
        }
        m_sessionTokens.remove(id); // given for another server, or refused
    }
    const QByteArray fromEnvironment =
        EnvironmentToken::forServer(profile.baseUrl, id == ConnectionProfile::commandLineId());
    if (!fromEnvironment.isEmpty() && !isRefused(id, fromEnvironment)) {
        ready(generation, id, fromEnvironment);
        return;
    }
    const bool refusedBefore = m_refused.contains(id);
    m_vault->read(id, profile.baseUrl, this, [this, generation, id, origin,
                                              refusedBefore](const TokenVault::Result &result) {
        if (generation != m_generation)
            return;
        if (result.status == TokenVault::Status::Ok && !result.token.isEmpty() && !isRefused(id, result.token)) {
            m_profileId.clear();
            emit tokenReady(id, result.token);
            return;
        }
        const bool keychainWorks = result.status != TokenVault::Status::Unavailable;
        if (!keychainWorks)
            emit keychainProblem(result.message);
        QString reason;
        if (refusedBefore) {
            reason = tr("The server refused the access token. Enter a valid token for %1.").arg(origin);
            if (!keychainWorks)
                reason += QLatin1Char(' ') + tr("It will be kept for this session only.");
        } else if (!keychainWorks) {
            reason = tr("%1 Enter the access token: it will be kept for this session only.").arg(result.message);
        } else if (result.status == TokenVault::Status::OtherServer) {
            reason = tr("%1 Enter the access token for %2.").arg(result.message, origin);
        } else {
            reason = tr("No access token is stored for this connection. Enter it to connect.");
        }
        // The command-line connection's token is never remembered (see the class comment).
        const bool unsaved = id == ConnectionProfile::commandLineId();
        if (unsaved && keychainWorks)
            reason += QLatin1Char(' ')
                + tr("This connection is not saved: the token is kept until the app closes. To keep it in the "
                     "system keychain, save the connection with Edit connection….");
        emit tokenNeeded(id, reason, keychainWorks && !unsaved);
    });
}

void TokenResolver::provideToken(const QString &profileId, const QByteArray &token, bool remember)
{
    if (profileId != m_profileId)
        return;
    m_profileId.clear();
    ++m_generation;
    if (token.isEmpty()) {
        emit resolveCancelled(profileId);
        return;
    }
    // Typed again by the user after a refusal: their choice, tried once more.
    if (m_refused.contains(profileId))
        m_refused[profileId].remove(fingerprint(token));
    m_sessionTokens.insert(profileId, {ServerOrigin::of(m_server), token});
    if (remember && profileId != ConnectionProfile::commandLineId()) {
        m_vault->write(profileId, m_server, token, this, [this](const TokenVault::Result &result) {
            if (result.status != TokenVault::Status::Ok)
                emit keychainProblem(tr("The token was not stored in the system keychain: %1 It is kept only "
                                        "until the app closes.")
                                         .arg(result.message));
        });
    }
    emit tokenReady(profileId, token);
}

void TokenResolver::cancel()
{
    if (m_profileId.isEmpty())
        return;
    const QString id = m_profileId;
    m_profileId.clear();
    ++m_generation;
    emit resolveCancelled(id);
}

void TokenResolver::setSessionToken(const QString &profileId, const QUrl &server, const QByteArray &token)
{
    if (token.isEmpty())
        m_sessionTokens.remove(profileId);
    else
        m_sessionTokens.insert(profileId, {ServerOrigin::of(server), token});
}

void TokenResolver::carrySessionToken(const QString &fromId, const QString &toId)
{
    const auto session = m_sessionTokens.constFind(fromId);
    if (session == m_sessionTokens.constEnd() || fromId == toId)
        return;
    m_sessionTokens.insert(toId, *session);
    m_sessionTokens.remove(fromId);
}

void TokenResolver::forget(const QString &profileId)
{
    m_sessionTokens.remove(profileId);
}

void TokenResolver::refuse(const QString &profileId, const QByteArray &token)
{
    if (token.isEmpty())
        return;
    m_refused[profileId].insert(fingerprint(token));
    const auto session = m_sessionTokens.constFind(profileId);
    if (session != m_sessionTokens.constEnd() && session->token == token)
        m_sessionTokens.remove(profileId);
}
