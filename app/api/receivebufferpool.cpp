#include "api/receivebufferpool.h"

#include "concurrency/workthreads.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace BillForward {

namespace {

// Maps the pages of a new buffer from a background thread, while the GUI
// thread waits for the body to arrive: the kernel then has them ready when
// the bytes are written. MADV_POPULATE_WRITE changes no byte, so the buffer
// may be written meanwhile, and a range freed meanwhile only makes the call
// fail. Elsewhere, or on kernels before 5.14, the faults stay where they were.
void mapPagesInBackground(const QByteArray &buffer)
{
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const auto begin = (quintptr(buffer.constData()) + page - 1) & ~(page - 1);
    const auto end = (quintptr(buffer.constData()) + quintptr(buffer.capacity())) & ~(page - 1);
    if (end <= begin)
        return;
    WorkThreads::startInBackground([begin, end] { madvise(reinterpret_cast<void *>(begin), end - begin, MADV_POPULATE_WRITE); });
#else
    Q_UNUSED(buffer);
#endif
}

} // namespace

QByteArray ReceiveBufferPool::take(qsizetype bytes)
{
    // The smallest kept buffer that fits, so that big ones stay for big pages.
    auto best = m_buffers.end();
    for (auto it = m_buffers.begin(); it != m_buffers.end(); ++it) {
        if (it->capacity() >= bytes && (best == m_buffers.end() || it->capacity() < best->capacity()))
            best = it;
    }
    QByteArray buffer;
    if (best != m_buffers.end()) {
        buffer = std::move(*best);
        m_buffers.erase(best);
    } else {
        // Pages of one list call differ in size by a few bytes: with some
        // room to spare, this buffer also fits the next, slightly bigger one.
        buffer.reserve(bytes + bytes / 16);
        if (bytes >= MinimumBytes)
            mapPagesInBackground(buffer);
    }
    return buffer;
}

void ReceiveBufferPool::give(QByteArray &&buffer)
{
    QByteArray kept = std::move(buffer);
    if (m_users <= 0)
        return;
    // A shared buffer would be copied on the next write: no use keeping it.
    if (kept.capacity() < MinimumBytes || !kept.isDetached())
        return;
    kept.resize(0); // keeps the capacity
    if (m_buffers.size() == MaximumBuffers) {
        const auto byCapacity = [](const QByteArray &a, const QByteArray &b) { return a.capacity() < b.capacity(); };
        const auto smallest = std::min_element(m_buffers.begin(), m_buffers.end(), byCapacity);
        if (smallest->capacity() >= kept.capacity())
            return;
        m_buffers.erase(smallest);
    }
    m_buffers.push_back(std::move(kept));
}

void ReceiveBufferPool::removeUser()
{
    if (--m_users <= 0) {
        m_users = 0;
        m_buffers.clear();
    }
}

} // namespace BillForward
