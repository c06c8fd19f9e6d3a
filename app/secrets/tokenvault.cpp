#include "secrets/tokenvault.h"

#include "secrets/tokenvaultworker.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

struct TokenVault::Job
{
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    QTimer *timer = nullptr;
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

void TokenVault::read(const QString &profileId, QObject *context, Callback done)
{
    run(Op::Read, profileId, {}, context, std::move(done));
}

void TokenVault::write(const QString &profileId, const QByteArray &token, QObject *context, Callback done)
{
    run(Op::Write, profileId, token, context, std::move(done));
}

void TokenVault::remove(const QString &profileId, QObject *context, Callback done)
{
    run(Op::Remove, profileId, {}, context, std::move(done));
}

void TokenVault::run(Op op, const QString &profileId, const QByteArray &token, QObject *context,
                     Callback done)
{
    const int id = m_nextId++;
    auto *job = new Job;
    job->context = context;
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    connect(job->timer, &QTimer::timeout, this, [this, id] {
        Result result;
        result.status = Status::Unavailable;
        result.message = tr("The system keychain did not answer within %1 seconds.")
                             .arg(m_timeoutMs / 1000.0, 0, 'g', 2);
        complete(id, result);
    });
    m_jobs.insert(id, job);
    job->timer->start(m_timeoutMs);
    const int opCode = op == Op::Read ? 0 : op == Op::Write ? 1 : 2;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, opCode, profileId, token] {
        worker->runJob(id, opCode, profileId, token);
    }, Qt::QueuedConnection);
}

void TokenVault::complete(int id, const TokenVault::Result &result)
{
    Job *job = m_jobs.take(id);
    if (!job)
        return; // timed out before, or answered twice
    job->timer->deleteLater();
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
