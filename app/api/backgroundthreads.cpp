#include "api/backgroundthreads.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace BillForward::BackgroundThreads {

namespace {

constexpr int NiceIncrement = 10;
constexpr int LowestNice = 19;

class BackgroundPool final : public QThreadPool
{
public:
    BackgroundPool()
    {
        setObjectName(QStringLiteral("usage-session-background"));
        // Pages arrive faster than one thread decodes them.
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(BackgroundPool, backgroundPool)

class AheadPool final : public QThreadPool
{
public:
    AheadPool()
    {
        setObjectName(QStringLiteral("usage-session-ahead"));
        setMaxThreadCount(1);
    }
};

Q_GLOBAL_STATIC(AheadPool, aheadPool)

thread_local bool lowered = false;

} // namespace

void lowerCurrentThreadPriority()
{
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    const id_t thread = id_t(gettid());
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        setpriority(PRIO_PROCESS, thread, qMin(LowestNice, nice + NiceIncrement));
    // A batch thread does not preempt the thread running when it wakes.
    // Without it, a woken decoding thread (nice +10, but with CPU time
    // owed from its sleep) took the GUI thread's core for up to 6 ms.
    const sched_param none{};
    sched_setscheduler(pid_t(thread), SCHED_BATCH, &none);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

int currentThreadNiceValue()
{
#ifdef Q_OS_LINUX
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
    return errno == 0 ? nice : 0;
#else
    return 0;
#endif
}

void start(std::function<void()> task)
{
    backgroundPool()->start([task = std::move(task)] {
        lowerCurrentThreadPriority(); // once per thread
        task();
    });
}

void waitForDone()
{
    backgroundPool()->waitForDone();
    aheadPool()->waitForDone();
}

void startAhead(std::function<void()> task)
{
    aheadPool()->start([task = std::move(task)] {
        lowerCurrentThreadPriority(); // once per thread
        task();
    });
}

} // namespace BillForward::BackgroundThreads
