#pragma once

#include <thread>

// The machines this runs on have two cores or more: work over many rows
// splits in two, the second half on a helper thread. Below 100,000 rows a
// thread costs more than it saves.
namespace TwoThreads {

inline bool worthIt(int rows)
{
    return rows >= 100000;
}

// Calls work(0, begin, middle) on this thread and work(1, middle, end) on
// a helper when the range is worth it, else work(0, begin, end). Returns
// once both are done.
template<typename Work>
void run(int begin, int end, const Work &work)
{
    if (!worthIt(end - begin)) {
        work(0, begin, end);
        return;
    }
    const int middle = begin + (end - begin) / 2;
    std::thread helper([&] { work(1, middle, end); });
    work(0, begin, middle);
    helper.join();
}

} // namespace TwoThreads
