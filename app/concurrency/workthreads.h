#pragma once

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <thread>
#include <type_traits>

// The one way this program runs work off the GUI thread, in two classes:
//
// - Waited work: the GUI thread waits for it (a sort or a filter split in
//   two halves). It runs at the caller's priority.
// - Background work: nobody waits for it (decoding pages, freeing what a
//   load no longer needs, memory made ahead). It runs at a lower priority
//   and as a batch thread, so that it never preempts the GUI thread.
namespace WorkThreads {

// Whether splitting `rows` rows over two threads pays for the hand-over.
inline bool worthSplitting(int rows)
{
    return rows >= 100000;
}

// Waited work over a range: work(0, begin, middle) on this thread and
// work(1, middle, end) on a thread started for the call, at this thread's
// priority, or work(0, begin, end) alone when the range is small. Returns
// once both halves are done. A thread per call, not a kept one: with a
// kept thread woken for each half, filters ran up to half again slower in
// about half the runs of bench-app-load (docs/performance.md).
template <typename Work>
void splitInTwo(int begin, int end, const Work &work)
{
    if (!worthSplitting(end - begin)) {
        work(0, begin, end);
        return;
    }
    const int middle = begin + (end - begin) / 2;
    std::thread helper([&work, middle, end] { work(1, middle, end); });
    work(0, begin, middle);
    helper.join();
}

// Background work, run by a pool of threads in any order.
void startInBackground(std::function<void()> task);

// Background work run on one thread, one task after the other: memory a
// structure will need next, made ahead. Not the pool, whose queue is
// seconds long during a load.
void startInOrder(std::function<void()> task);

// What `make` returns, made by startInOrder().
template <typename Make>
auto makeAhead(Make make) -> std::future<std::invoke_result_t<Make>>
{
    using Result = std::invoke_result_t<Make>;
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> result = promise->get_future();
    startInOrder([promise, make = std::move(make)]() mutable {
        try {
            promise->set_value(make());
        } catch (...) {
            promise->set_exception(std::current_exception());
        }
    });
    return result;
}

// Whether what makeAhead() makes is there to take, without waiting for it.
template <typename T>
bool isMade(const std::future<T> &made)
{
    return made.valid() && made.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

// Lets go of `value` on startInOrder()'s thread: memory a background
// thread allocated is freed into that thread's heap, under a lock the GUI
// thread would otherwise wait for.
template <typename T>
void releaseInBackground(T value)
{
    startInOrder([held = std::move(value)]() mutable {
        const T released = std::move(held); // gone here, whatever copy the queue kept
    });
}

// Waits until all background work started so far is done (benchmarks).
void waitForBackgroundWork();

// Lowers the calling thread to the background class for good (Linux: nice
// +10 and SCHED_BATCH; elsewhere QThread::LowPriority). Only ever lowers.
void lowerCurrentThreadPriority();

// The calling thread's nice value (Linux), or 0 where there is none.
int currentThreadNiceValue();

} // namespace WorkThreads
