#pragma once

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <type_traits>

namespace BillForward {

// Threads for work the window does not wait on (decoding pages as they
// arrive, the embedded demo server). They yield the CPU to the GUI thread:
// on a two-core machine loading a million sessions, the GUI thread was
// otherwise preempted for up to 9 ms at a time, several times within one
// event, and missed its 16 ms frames about 60 times per load.
namespace BackgroundThreads {

// Lowers the calling thread's priority for good. On Linux each thread has
// a nice value of its own and this adds 10 to it (QThread::setPriority does
// nothing under Linux's default scheduler, where every thread's static
// priority is 0) and makes it a batch thread (SCHED_BATCH: its wake-ups do
// not preempt); elsewhere it asks for QThread::LowPriority. Only ever
// lowers: a process may not raise its priority back without privileges.
void lowerCurrentThreadPriority();

// The calling thread's nice value (Linux), or 0 where there is none.
int currentThreadNiceValue();

// Runs `task` on a pool of threads at that lower priority, apart from
// QThreadPool::globalInstance(), which stays for work the GUI thread waits
// on (sorting).
void start(std::function<void()> task);

// Waits until every task started has finished (benchmarks measuring memory).
void waitForDone();

// Runs `task` on one thread of its own, at the lower priority, tasks one
// after the other: for memory a structure will need next, made ahead. Not
// the decoding pool, whose queue is seconds long during a load; not a new
// thread each time, whose stack is mapped and unmapped (mapping changes
// stall the process's other threads on some virtual machines).
void startAhead(std::function<void()> task);

// What `make` returns, made by startAhead().
template <typename Make>
auto makeAhead(Make make) -> std::future<std::invoke_result_t<Make>>
{
    using Result = std::invoke_result_t<Make>;
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> result = promise->get_future();
    startAhead([promise, make = std::move(make)]() mutable {
        try {
            promise->set_value(make());
        } catch (...) {
            promise->set_exception(std::current_exception());
        }
    });
    return result;
}

// Lets go of `value` on startAhead()'s thread. For memory a background
// thread allocated, which is freed into that thread's heap under the
// heap's lock: the GUI thread freeing it waited up to 12.6 ms for a lock
// held by a lower-priority thread that had lost its core.
template <typename T>
void releaseInBackground(T value)
{
    startAhead([held = std::move(value)]() mutable {
        const T released = std::move(held); // gone here, whatever copy the queue kept
    });
}

// Whether what makeAhead() makes is there to take, without waiting for it.
template <typename T>
bool isMade(const std::future<T> &made)
{
    return made.valid() && made.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace BackgroundThreads
} // namespace BillForward
