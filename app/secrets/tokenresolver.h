#pragma once

#include "actions/connectionprofile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class TokenVault;

// Finds the access token for a connection, in this order: the token entered
// earlier in this session (memory), BILLFORWARD_ACCESS_TOKEN from the
// environment (for its own connection only, see environmentTokenAppliesTo()),
// the keychain. When none has one it emits tokenNeeded(): the window asks the
// user (TokenPromptDialog) and calls provideToken(). A Demo profile needs no
// token. Tokens entered here stay in memory only, unless
// provideToken(..., remember = true) and the keychain works.
class TokenResolver final : public QObject
{
    Q_OBJECT

public:
    static QByteArray environmentVariable() { return QByteArrayLiteral("BILLFORWARD_ACCESS_TOKEN"); }
    static QByteArray baseUrlVariable() { return QByteArrayLiteral("BILLFORWARD_BASE_URL"); }
    // The environment's token belongs to the server the environment names:
    // a profile at BILLFORWARD_BASE_URL's origin, or, when that is unset, the
    // command-line connection only. A sandbox token is never offered to
    // production because both happen to be set up.
    static bool environmentTokenAppliesTo(const ConnectionProfile &profile);

    explicit TokenResolver(TokenVault *vault, QObject *parent = nullptr);

    // Asynchronous: tokenReady() or tokenNeeded() follows (a newer resolve() wins).
    void resolve(const ConnectionProfile &profile);
    // The user's answer to tokenNeeded(). An empty token cancels (resolveCancelled()).
    void provideToken(const QString &profileId, const QByteArray &token, bool remember = false);
    void cancel();
    // A token entered elsewhere (the profile dialog) when the keychain is unavailable.
    void setSessionToken(const QString &profileId, const QByteArray &token);
    // Drops the session token (e.g. after a 401 with it).
    void forget(const QString &profileId);
    bool hasSessionToken(const QString &profileId) const { return m_sessionTokens.contains(profileId); }
    bool isResolving() const { return !m_profileId.isEmpty(); }

signals:
    void tokenReady(const QString &profileId, const QByteArray &token);
    // Ask the user. `keychainAvailable` says whether "remember" can work;
    // `reason` says why the app asks (no token stored, keychain unavailable...).
    void tokenNeeded(const QString &profileId, const QString &reason, bool keychainAvailable);
    void resolveCancelled(const QString &profileId);
    // The keychain could not be used (a status-bar message, not a modal).
    void keychainProblem(const QString &message);

private:
    TokenVault *m_vault;
    QHash<QString, QByteArray> m_sessionTokens;
    QString m_profileId; // being resolved
    int m_generation = 0;
};
