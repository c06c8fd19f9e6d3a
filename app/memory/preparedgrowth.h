#pragma once

#include "concurrency/workthreads.h"

#include <algorithm>
#include <future>
#include <vector>

// Growth of a std::vector into memory another thread wrote first, so the
// page faults of fresh memory stay off the thread that grows it. Once the
// vector is three quarters full, a vector of twice its capacity is made
// (every page written) on a background thread; the growth that follows
// only copies into it.
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
            m_next = WorkThreads::makeAhead([capacity] {
                std::vector<T> next(capacity); // value-initialized: every page written here
                next.clear();                  // keeps the capacity
                return next;
            });
        }
    }

    // Whether a bigger vector is made and waiting.
    bool isPrepared() const
    {
        return WorkThreads::isMade(m_next);
    }

private:
    // Smaller vectors fault in little: not worth a thread.
    static constexpr size_t SmallestPrepared = 256 * 1024 / sizeof(T);
    std::future<std::vector<T>> m_next;
};
