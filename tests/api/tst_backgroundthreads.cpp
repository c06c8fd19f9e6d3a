#include "api/backgroundthreads.h"

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
#include <new>
#include <vector>

using namespace BillForward;

class TestBackgroundThreads : public QObject
{
    Q_OBJECT

private slots:
    void loweredThreadYieldsTheCallerKeepsItsPriority()
    {
#ifndef Q_OS_LINUX
        QSKIP("thread nice values are Linux's");
#endif
        const int callerNice = BackgroundThreads::currentThreadNiceValue();
        std::atomic<int> before{-100}, after{-100}, afterSecondCall{-100}, policy{-100};
        QThread *thread = QThread::create([&] {
            before = BackgroundThreads::currentThreadNiceValue();
            BackgroundThreads::lowerCurrentThreadPriority();
            after = BackgroundThreads::currentThreadNiceValue();
#ifdef Q_OS_LINUX
            policy = sched_getscheduler(0);
#endif
            BackgroundThreads::lowerCurrentThreadPriority(); // once per thread, not again
            afterSecondCall = BackgroundThreads::currentThreadNiceValue();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(before.load(), callerNice);
        QCOMPARE(after.load(), qMin(19, callerNice + 10));
        QCOMPARE(afterSecondCall.load(), after.load());
        QCOMPARE(BackgroundThreads::currentThreadNiceValue(), callerNice);
#ifdef Q_OS_LINUX
        QCOMPARE(policy.load(), SCHED_BATCH); // its wake-ups do not preempt
        QCOMPARE(sched_getscheduler(0), SCHED_OTHER);
#endif
    }

    void tasksRunOnLoweredThreadsOffTheCaller()
    {
        const int callerNice = BackgroundThreads::currentThreadNiceValue();
        QSemaphore done;
        std::atomic<int> nice{-100};
        std::atomic<bool> onCaller{true};
        QThread *caller = QThread::currentThread();
        BackgroundThreads::start([&] {
            nice = BackgroundThreads::currentThreadNiceValue();
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
        const int callerNice = BackgroundThreads::currentThreadNiceValue();
        QThread *caller = QThread::currentThread();
        // Held until released, so that the next two queue behind it.
        QSemaphore mayFinish;
        std::future<int> first = BackgroundThreads::makeAhead([&] {
            mayFinish.acquire();
            return BackgroundThreads::currentThreadNiceValue();
        });
        std::atomic<bool> firstDoneBeforeSecond{false};
        std::future<bool> second = BackgroundThreads::makeAhead([&] {
            firstDoneBeforeSecond = BackgroundThreads::isMade(first);
            return QThread::currentThread() != caller;
        });
        std::future<std::vector<int>> failing = BackgroundThreads::makeAhead([]() -> std::vector<int> {
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
        BackgroundThreads::releaseInBackground(std::move(witness));
        QCOMPARE(goneOn.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QThread *thread = goneOn.get();
        QVERIFY(thread != QThread::currentThread());
        std::future<QThread *> aheadThread = BackgroundThreads::makeAhead([] { return QThread::currentThread(); });
        QCOMPARE(thread, aheadThread.get());
    }

    void waitForDoneWaitsForEveryTask()
    {
        QSemaphore started;
        QSemaphore mayFinish;
        std::atomic<int> finished{0};
        for (int i = 0; i < 3; ++i) {
            BackgroundThreads::start([&] {
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
        BackgroundThreads::waitForDone();
        QCOMPARE(finished.load(), 3);
        QVERIFY(releaser->wait(10000));
        delete releaser;
    }
};

QTEST_GUILESS_MAIN(TestBackgroundThreads)
#include "tst_backgroundthreads.moc"
