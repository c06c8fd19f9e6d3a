#include "secrets/tokenresolver.h"

#include "secrets/tokenvault.h"

#include <QTimer>
#include <QUrl>

namespace {

int portOrDefault(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOrDefault(a) == portOrDefault(b);
}

} // namespace

bool TokenResolver::environmentTokenAppliesTo(const ConnectionProfile &profile)
{
    if (profile.kind == ConnectionProfile::Kind::Demo)
        return false;
    const QString baseUrl = qEnvironmentVariable(baseUrlVariable().constData()).trimmed();
    if (baseUrl.isEmpty())
        return profile.id == ConnectionProfile::commandLineId();
    // Read as the app's command line reads it (main.cpp).
    const QUrl url = QUrl::fromUserInput(baseUrl);
    return url.isValid() && !url.host().isEmpty() && sameOrigin(url, profile.baseUrl);
}

TokenResolver::TokenResolver(TokenVault *vault, QObject *parent) : QObject(parent), m_vault(vault) {}

void TokenResolver::resolve(const ConnectionProfile &profile)
{
    const int generation = ++m_generation;
    const QString id = profile.id;
    m_profileId = id;
    auto ready = [this, generation, id](const QByteArray &token) {
        // Always after resolve() returns, so callers can connect and call in any order.
        QTimer::singleShot(0, this, [this, generation, id, token] {
            if (generation != m_generation)
                return;
            m_profileId.clear();
            emit tokenReady(id, token);
        });
    };
    if (profile.kind == ConnectionProfile::Kind::Demo) {
        ready({});
        return;
    }
    if (m_sessionTokens.contains(id)) {
        ready(m_sessionTokens.value(id));
        return;
    }
    const QByteArray fromEnvironment =
        environmentTokenAppliesTo(profile) ? qgetenv(environmentVariable().constData()) : QByteArray();
    if (!fromEnvironment.isEmpty()) {
        ready(fromEnvironment);
        return;
    }
    m_vault->read(id, this, [this, generation, id](const TokenVault::Result &result) {
        if (generation != m_generation)
            return;
        if (result.status == TokenVault::Status::Ok && !result.token.isEmpty()) {
            m_profileId.clear();
            emit tokenReady(id, result.token);
            return;
        }
        if (result.status == TokenVault::Status::Unavailable) {
            emit keychainProblem(result.message);
            emit tokenNeeded(id,
                             tr("%1 Enter the access token: it will be kept for this session only.")
                                 .arg(result.message),
                             false);
            return;
        }
        emit tokenNeeded(id, tr("No access token is stored for this connection. Enter it to connect."),
                         true);
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
    m_sessionTokens.insert(profileId, token);
    if (remember) {
        m_vault->write(profileId, token, this, [this](const TokenVault::Result &result) {
            if (result.status != TokenVault::Status::Ok)
                emit keychainProblem(result.message);
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

void TokenResolver::setSessionToken(const QString &profileId, const QByteArray &token)
{
    if (token.isEmpty())
        m_sessionTokens.remove(profileId);
    else
        m_sessionTokens.insert(profileId, token);
}

void TokenResolver::forget(const QString &profileId)
{
    m_sessionTokens.remove(profileId);
}
