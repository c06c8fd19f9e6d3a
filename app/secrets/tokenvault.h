#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QThread;
class QTimer;

class TokenVaultWorker;

// Access tokens in the system keychain (QtKeychain; service
// "UsageSessionAdmin", key = profile id). Each entry records the origin
// (scheme, host, port) the token was given for, and read() hands a token out
// only for that origin: a profile whose URL changed gets OtherServer, never
// the old server's token. Asynchronous only: the keychain
// jobs run on a thread of their own, since a keychain without a desktop
// session can block for about 25 s. A job without an answer within the
// timeout counts as "unavailable", and so do all later calls until one
// succeeds.
class TokenVault final : public QObject
{
    Q_OBJECT

public:
    // OtherServer: an entry exists, recorded for another origin (or, from an
    // older version, for none): its token is not handed out.
    enum class Status { Ok, NotFound, OtherServer, Unavailable };
    struct Result
    {
        Status status = Status::Unavailable;
        QByteArray token;   // read() only
        QString message;    // translated, when not Ok; says why, with QtKeychain's own words
    };
    using Callback = std::function<void(const Result &)>;

    static QString serviceName(); // "UsageSessionAdmin"

    explicit TokenVault(QObject *parent = nullptr);
    ~TokenVault() override;

    // Reads and deletes; a write waits at least WriteTimeoutMs (a prompt may be open).
    void setTimeout(int milliseconds); // default 5000
    static constexpr int WriteTimeoutMs = 120000;
    int timeout() const { return m_timeoutMs; }

    // `done` runs once on this object's thread, unless `context` is gone by then.
    // The token stored for `profileId`, if it was stored for `server`'s origin.
    void read(const QString &profileId, const QUrl &server, QObject *context, Callback done);
    void write(const QString &profileId, const QUrl &server, const QByteArray &token, QObject *context,
               Callback done);
    void remove(const QString &profileId, QObject *context, Callback done);

    // True after a job said (or timed out showing) that no keychain is reachable.
    bool isKnownUnavailable() const { return m_knownUnavailable; }
    QString unavailableReason() const { return m_unavailableReason; }

signals:
    // Once, when the keychain is found unavailable (for a status message).
    void unavailable(const QString &message);

private:
    enum class Op { Read, Write, Remove };
    void run(Op op, const QString &profileId, const QByteArray &data, const QString &origin, QObject *context,
             Callback done);
    static QByteArray entry(const QString &origin, const QByteArray &token);
    void complete(int id, const TokenVault::Result &result);

    struct Job;
    QThread *m_thread = nullptr;
    TokenVaultWorker *m_worker = nullptr; // lives on m_thread
    QHash<int, Job *> m_jobs;
    int m_nextId = 1;
    int m_timeoutMs = 5000;
    bool m_knownUnavailable = false;
    QString m_unavailableReason;
};

Q_DECLARE_METATYPE(TokenVault::Result)
