#include "secrets/tokenvault.h"

#include "secrets/tokenvaultworker.h"

#include "credentials/serverorigin.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>

struct TokenVault::Job
{
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QTimer *timer = nullptr;
    bool isRead = false;
    QString origin; // read(): the origin the token must have been stored for
};

QString TokenVault::serviceName()
{
    return QStringLiteral("UsageSessionAdmin");
}

TokenVault::TokenVault(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<TokenVault::Result>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("TokenVault"));
    m_worker = new TokenVaultWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TokenVaultWorker::jobDone, this, &TokenVault::complete);
    m_thread->start();
}

TokenVault::~TokenVault()
{
    for (Job *job : std::as_const(m_jobs))
        delete job;
    m_jobs.clear();
    m_worker->disconnect(this);
    m_thread->quit();
    // A hung keychain job would keep the thread busy for many seconds: let it
    // finish on its own rather than block the caller (the thread object is
    // left to the end of the process in that case).
    if (m_thread->wait(1000)) {
        delete m_thread;
    } else {
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

void TokenVault::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

void TokenVault::read(const QString &profileId, const QUrl &server, QObject *context, Callback done)
{
    run(Op::Read, profileId, {}, ServerOrigin::of(server), context, std::move(done));
}

void TokenVault::write(const QString &profileId, const QUrl &server, const QByteArray &token, QObject *context,
                       Callback done)
{
    run(Op::Write, profileId, entry(ServerOrigin::of(server), token), {}, context, std::move(done));
}

void TokenVault::remove(const QString &profileId, QObject *context, Callback done)
{
    run(Op::Remove, profileId, {}, {}, context, std::move(done));
}

// {"origin":"https://host:443","token":"…"}: the keychain entry of one profile.
QByteArray TokenVault::entry(const QString &origin, const QByteArray &token)
{
    QJsonObject object;
    object.insert(QStringLiteral("origin"), origin);
    object.insert(QStringLiteral("token"), QString::fromUtf8(token));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void TokenVault::run(Op op, const QString &profileId, const QByteArray &data, const QString &origin,
                     QObject *context, Callback done)
{
    const int id = m_nextId++;
    auto *job = new Job;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->isRead = op == Op::Read;
    job->origin = origin;
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    // A write may open the keyring's unlock prompt, which waits for the
    // user: a short timeout would report a failure while they type.
    const int timeoutMs = op == Op::Write ? std::max(m_timeoutMs, WriteTimeoutMs) : m_timeoutMs;
    connect(job->timer, &QTimer::timeout, this, [this, id, timeoutMs] {
        Result result;
        result.status = Status::Unavailable;
        result.message = tr("The system keychain did not answer within %1 seconds.")
                             .arg(timeoutMs / 1000.0, 0, 'g', 3);
        complete(id, result);
    });
    m_jobs.insert(id, job);
    job->timer->start(timeoutMs);
    const int opCode = op == Op::Read ? 0 : op == Op::Write ? 1 : 2;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, opCode, profileId, data] {
        worker->runJob(id, opCode, profileId, data);
    }, Qt::QueuedConnection);
}

void TokenVault::complete(int id, const TokenVault::Result &answer)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return; // timed out before, or answered twice
    job->timer->deleteLater();
    Result result = answer;
    if (job->isRead && result.status == Status::Ok) {
        const QJsonObject object = QJsonDocument::fromJson(result.token).object();
        const QString recorded = object.value(QStringLiteral("origin")).toString();
        const QByteArray token = object.value(QStringLiteral("token")).toString().toUtf8();
        result.token.clear();
        if (recorded.isEmpty() || token.isEmpty()) {
            result.status = Status::OtherServer;
            result.message = tr("The stored access token does not say which server it is for (it was stored by "
                                "an older version).");
        } else if (recorded != job->origin) {
            result.status = Status::OtherServer;
            result.message = tr("The stored access token is for %1, not for this connection’s server.")
                                 .arg(recorded);
        } else {
            result.token = token;
        }
    }
    if (result.status == Status::Unavailable) {
        const bool first = !m_knownUnavailable;
        m_knownUnavailable = true;
        m_unavailableReason = result.message;
        if (first)
            emit unavailable(result.message);
    } else {
        m_knownUnavailable = false;
        m_unavailableReason.clear();
    }
    const bool contextGone = job->hasContext && !job->context;
    Callback done = std::move(job->done);
    delete job;
    if (!contextGone && done)
        done(result);
}
