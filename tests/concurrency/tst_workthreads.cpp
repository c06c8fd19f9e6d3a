#include "concurrency/workthreads.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sched.h>
#endif

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <mutex>
#include <new>
#include <tuple>
#include <vector>
#include <algorithm>

class tst_WorkThreads : public QObject
{
    Q_OBJECT

private slots:
    void loweredThreadYieldsTheCallerKeepsItsPriority()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread nice values are Linux's");
#endif
        const int callerNice = WorkThreads::currentThreadNiceValue();
        std::atomic<int> before{-100}, after{-100}, afterSecondCall{-100}, policy{-100};
        QThread *thread = QThread::create([&] {
            before = WorkThreads::currentThreadNiceValue();
            WorkThreads::lowerCurrentThreadPriority();
            after = WorkThreads::currentThreadNiceValue();
#ifdef Q_OS_LINUX
            policy = sched_getscheduler(0);
#endif
            WorkThreads::lowerCurrentThreadPriority(); // once per thread, not again
            afterSecondCall = WorkThreads::currentThreadNiceValue();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(before.load(), callerNice);
        QCOMPARE(after.load(), qMin(19, callerNice + 10));
        QCOMPARE(afterSecondCall.load(), after.load());
        QCOMPARE(WorkThreads::currentThreadNiceValue(), callerNice);
#ifdef Q_OS_LINUX
        QCOMPARE(policy.load(), SCHED_BATCH); // its wake-ups do not preempt
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
#endif
    }

    void tasksRunOnLoweredThreadsOffTheCaller()
    {
        const int callerNice = WorkThreads::currentThreadNiceValue();
        QSemaphore done;
        std::atomic<int> nice{-100};
        std::atomic<bool> onCaller{true};
        QThread *caller = QThread::currentThread();
        WorkThreads::startInBackground([&] {
            nice = WorkThreads::currentThreadNiceValue();
            onCaller = QThread::currentThread() == caller;
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QVERIFY(!onCaller);
#ifdef Q_OS_LINUX
        QCOMPARE(nice.load(), qMin(19, callerNice + 10));
#else
        Q_UNUSED(callerNice);
#endif
    }

    void madeAheadOffTheCallerInOrder()
    {
        const int callerNice = WorkThreads::currentThreadNiceValue();
        QThread *caller = QThread::currentThread();
        // Held until released, so that the next two queue behind it.
        QSemaphore mayFinish;
        std::future<int> first = WorkThreads::makeAhead([&] {
            mayFinish.acquire();
            return WorkThreads::currentThreadNiceValue();
        });
        std::atomic<bool> firstDoneBeforeSecond{false};
        std::future<bool> second = WorkThreads::makeAhead([&] {
            firstDoneBeforeSecond = WorkThreads::isMade(first);
            return QThread::currentThread() != caller;
        });
        std::future<std::vector<int>> failing = WorkThreads::makeAhead([]() -> std::vector<int> {
            throw std::bad_alloc();
        });
        QCOMPARE(first.wait_for(std::chrono::milliseconds(50)), std::future_status::timeout);
        mayFinish.release();
        QCOMPARE(second.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QVERIFY(second.get());
        QVERIFY(firstDoneBeforeSecond); // one at a time, in order
#ifdef Q_OS_LINUX
        QCOMPARE(first.get(), qMin(19, callerNice + 10));
#else
        Q_UNUSED(callerNice);
#endif
        QVERIFY_THROWS_EXCEPTION(std::bad_alloc, failing.get());
    }

    // What a background thread allocated is freed on one: the last copy of
    // what releaseInBackground() takes goes on the ahead thread.
    void releasedOffTheCaller()
    {
        struct Witness
        {
            std::shared_ptr<std::promise<QThread *>> lastGoneOn = std::make_shared<std::promise<QThread *>>();
            Witness() = default;
            Witness(const Witness &) = default; // std::function copies
            Witness(Witness &&) = default;      // a moved-from witness holds nothing
            ~Witness()
            {
                if (lastGoneOn && lastGoneOn.use_count() == 1)
                    lastGoneOn->set_value(QThread::currentThread());
            }
        };
        Witness witness;
        std::future<QThread *> goneOn = witness.lastGoneOn->get_future();
        WorkThreads::releaseInBackground(std::move(witness));
        QCOMPARE(goneOn.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QThread *thread = goneOn.get();
        QVERIFY(thread != QThread::currentThread());
        std::future<QThread *> aheadThread = WorkThreads::makeAhead([] { return QThread::currentThread(); });
        QCOMPARE(thread, aheadThread.get());
    }

    void waitForDoneWaitsForEveryTask()
    {
        QSemaphore started;
        QSemaphore mayFinish;
        std::atomic<int> finished{0};
        for (int i = 0; i < 3; ++i) {
            WorkThreads::startInBackground([&] {
                started.release();
                mayFinish.acquire();
                ++finished;
            });
        }
        QVERIFY(started.tryAcquire(1, 10000)); // at least one is running, held
        QCOMPARE(finished.load(), 0);
        // Let them go from another thread while this one waits.
        QThread *releaser = QThread::create([&] { mayFinish.release(3); });
        releaser->start();
        WorkThreads::waitForBackgroundWork();
        QCOMPARE(finished.load(), 3);
        QVERIFY(releaser->wait(10000));
        delete releaser;
    }

    void smallRangesRunOnTheCallerInOnePart()
    {
        std::vector<std::tuple<int, int, int>> calls;
        QThread *caller = QThread::currentThread();
        bool onCaller = true;
        WorkThreads::splitInTwo(10, 99999 + 10, [&](int part, int begin, int end) {
            calls.emplace_back(part, begin, end);
            onCaller = onCaller && QThread::currentThread() == caller;
        });
        QCOMPARE(calls.size(), size_t(1));
        QCOMPARE(calls.front(), std::make_tuple(0, 10, 99999 + 10));
        QVERIFY(onCaller);
    }

    // Waited work: the second half on another thread at the caller's
    // priority (the GUI thread waits for it), the first half here.
    void splitInTwoRunsTheSecondHalfAtFullPriority()
    {
        const int callerNice = WorkThreads::currentThreadNiceValue();
        QThread *caller = QThread::currentThread();
        std::mutex mutex;
        std::vector<std::tuple<int, int, int, bool, int>> calls;
        WorkThreads::splitInTwo(0, 200000, [&](int part, int begin, int end) {
            const std::lock_guard<std::mutex> lock(mutex);
            calls.emplace_back(part, begin, end, QThread::currentThread() == caller,
                               WorkThreads::currentThreadNiceValue());
        });
        QCOMPARE(calls.size(), size_t(2));
        std::sort(calls.begin(), calls.end());
        QCOMPARE(calls[0], std::make_tuple(0, 0, 100000, true, callerNice));
        QCOMPARE(calls[1], std::make_tuple(1, 100000, 200000, false, callerNice));
    }

    // Waited work that splits again: every half runs, each once.
    void splitInTwoInsideWaitedWorkCompletes()
    {
        std::mutex mutex;
        std::vector<std::tuple<int, int, int>> inner;
        WorkThreads::splitInTwo(0, 400000, [&](int part, int, int) {
            if (part == 0)
                return;
            WorkThreads::splitInTwo(0, 200000, [&](int innerPart, int begin, int end) {
                const std::lock_guard<std::mutex> lock(mutex);
                inner.emplace_back(innerPart, begin, end);
            });
        });
        std::sort(inner.begin(), inner.end());
        QCOMPARE(inner.size(), size_t(2));
        QCOMPARE(inner[0], std::make_tuple(0, 0, 100000));
        QCOMPARE(inner[1], std::make_tuple(1, 100000, 200000));
    }
};

QTEST_GUILESS_MAIN(tst_WorkThreads)
#include "tst_workthreads.moc"
