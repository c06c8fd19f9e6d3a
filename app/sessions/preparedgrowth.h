#pragma once

#include "api/backgroundthreads.h"

#include <algorithm>
#include <future>
#include <vector>

// Growth of a std::vector into memory that another thread wrote first.
// Memory written for the first time costs a page fault, 4-11 us a page on
// the virtual machines measured: a row permutation doubling from 2 to 4 MB
// in the middle of a load held the GUI thread for 5-11 ms in faults alone.
// Once the vector is three quarters full, a vector of twice its capacity is
// allocated and zero-filled on a background thread; the growth that follows
// copies into it, which takes a fraction of a millisecond.
template <typename T>
class PreparedGrowth
{
public:
    // Makes room in `v` for `extra` more elements (size unchanged).
    void reserve(std::vector<T> &v, size_t extra)
    {
        const size_t needed = v.size() + extra;
        if (needed > v.capacity()) {
            // One still being made is left for the next growth: the GUI
            // thread does not wait for a thread that may be waiting for a core.
            std::vector<T> bigger = isPrepared() ? m_next.get() : std::vector<T>();
            if (bigger.capacity() < needed) // none ready, or outgrown: as std::vector would
                bigger.reserve(std::max(needed, v.capacity() * 2));
            bigger.assign(v.cbegin(), v.cend());
            v.swap(bigger);
        }
        if (!m_next.valid() && v.capacity() >= SmallestPrepared && needed * 4 >= v.capacity() * 3) {
            const size_t capacity = v.capacity() * 2;
            m_next = BillForward::BackgroundThreads::makeAhead([capacity] {
                std::vector<T> next(capacity); // value-initialized: every page written here
                next.clear();                  // keeps the capacity
                return next;
            });
        }
    }

    // Whether a bigger vector is made and waiting.
    bool isPrepared() const
    {
        return BillForward::BackgroundThreads::isMade(m_next);
    }

private:
    // Smaller vectors fault in little: not worth a thread.
    static constexpr size_t SmallestPrepared = 256 * 1024 / sizeof(T);
    std::future<std::vector<T>> m_next;
};
