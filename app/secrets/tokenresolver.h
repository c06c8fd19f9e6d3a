#pragma once

#include "actions/connectionprofile.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>

class TokenVault;

// Finds the access token for a connection, in this order: the token entered
// earlier in this session (memory), BILLFORWARD_ACCESS_TOKEN from the
// environment (for its own server only: EnvironmentToken), the keychain.
// Every token is bound to the origin it was given for: one kept in memory or
// in the keychain for another origin than the profile's is never handed out.
// A token the server refused (refuse()) is not handed out again in this
// session, wherever it comes from. When none is left it emits tokenNeeded():
// the window asks the user (TokenPromptDialog) and calls provideToken(). A
// Demo profile needs no token. Tokens entered here stay in memory only,
// unless provideToken(..., remember = true) and the keychain works. The
// command-line connection's token is never written to the keychain: its id is
// shared and no profile deletion reaches it (saving the connection gives it
// an id of its own, and carrySessionToken() moves the token there).
class TokenResolver final : public QObject
{
    Q_OBJECT

public:
    // The environment's token belongs to the server the environment names
    // (EnvironmentToken::appliesTo, the CLI's rule too): a profile at
    // BILLFORWARD_BASE_URL's origin, or, when that is unset, the
    // command-line connection only.
    static bool environmentTokenAppliesTo(const ConnectionProfile &profile);

    explicit TokenResolver(TokenVault *vault, QObject *parent = nullptr);

    // Asynchronous: tokenReady() or tokenNeeded() follows (a newer resolve() wins).
    void resolve(const ConnectionProfile &profile);
    // The user's answer to tokenNeeded(). An empty token cancels (resolveCancelled()).
    void provideToken(const QString &profileId, const QByteArray &token, bool remember = false);
    void cancel();
    // A token entered elsewhere (the profile dialog, --token-file) for `server`'s origin.
    void setSessionToken(const QString &profileId, const QUrl &server, const QByteArray &token);
    // The connection `fromId` was saved as `toId` (the --base-url one gets an
    // id of its own): its session token, still bound to its origin, follows.
    void carrySessionToken(const QString &fromId, const QString &toId);
    // Drops the session token of a profile (e.g. the profile was deleted).
    void forget(const QString &profileId);
    // The server answered 401 to `token`: it is dropped and not handed out
    // again for this profile in this session (the next resolve() asks).
    void refuse(const QString &profileId, const QByteArray &token);
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
    struct SessionToken
    {
        QString origin;
        QByteArray token;
    };
    bool isRefused(const QString &profileId, const QByteArray &token) const;
    void ready(int generation, const QString &profileId, const QByteArray &token);

    TokenVault *m_vault;
    QHash<QString, SessionToken> m_sessionTokens;
    QHash<QString, QSet<QByteArray>> m_refused; // SHA-256 of refused tokens, per profile
    QString m_profileId; // being resolved
    QUrl m_server;       // its server
    int m_generation = 0;
};
