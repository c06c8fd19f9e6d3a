#pragma once

#include <functional>

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
// priority is 0); elsewhere it asks for QThread::LowPriority. Only ever
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

} // namespace BackgroundThreads
} // namespace BillForward
