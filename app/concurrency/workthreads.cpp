#include "concurrency/workthreads.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace WorkThreads {

namespace {

constexpr int NiceIncrement = 10;
constexpr int LowestNice = 19;

class NamedPool final : public QThreadPool
{
public:
    NamedPool(const char *name, int threads)
    {
        setObjectName(QString::fromLatin1(name));
        setMaxThreadCount(threads);
        // Idle threads stay: a new thread maps its stack, which stalls the
        // process's other threads on some virtual machines.
        setExpiryTimeout(-1);
    }
};

// Pages arrive faster than one thread decodes them.
Q_GLOBAL_STATIC_WITH_ARGS(NamedPool, backgroundPool, ("usage-session-background", qMax(2, QThread::idealThreadCount())))
Q_GLOBAL_STATIC_WITH_ARGS(NamedPool, inOrderPool, ("usage-session-in-order", 1))

thread_local bool lowered = false;

std::function<void()> atLowerPriority(std::function<void()> task)
{
    return [task = std::move(task)] {
        lowerCurrentThreadPriority(); // once per thread
        task();
    };
}

} // namespace

void startInBackground(std::function<void()> task)
{
    backgroundPool()->start(atLowerPriority(std::move(task)));
}

void startInOrder(std::function<void()> task)
{
    inOrderPool()->start(atLowerPriority(std::move(task)));
}

void waitForBackgroundWork()
{
    backgroundPool()->waitForDone();
    inOrderPool()->waitForDone();
}

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
    // A batch thread does not preempt the thread running when it wakes,
    // which a nice value alone does not prevent.
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

} // namespace WorkThreads
