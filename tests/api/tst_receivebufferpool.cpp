#include "api/receivebufferpool.h"

#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#include <unistd.h>
#endif

using BillForward::ReceiveBufferPool;

namespace {

#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
// Pages of the buffer's whole capacity, and how many of them are mapped.
struct Residency
{
    size_t pages = 0;
    size_t mapped = 0;
};

Residency residencyOf(const QByteArray &buffer)
{
    const auto page = quintptr(sysconf(_SC_PAGESIZE));
    const auto begin = (quintptr(buffer.constData()) + page - 1) & ~(page - 1);
    const auto end = (quintptr(buffer.constData()) + quintptr(buffer.capacity())) & ~(page - 1);
    std::vector<unsigned char> flags((end - begin) / page);
    if (mincore(reinterpret_cast<void *>(begin), end - begin, flags.data()) != 0)
        return {};
    Residency residency{flags.size(), 0};
    for (const unsigned char f : flags)
        residency.mapped += f & 1;
    return residency;
}
#endif

QByteArray filled(qsizetype bytes)
{
    QByteArray buffer;
    buffer.reserve(bytes);
    buffer.fill('x', bytes);
    return buffer;
}

} // namespace

class TestReceiveBufferPool : public QObject
{
    Q_OBJECT

private slots:
    void newBufferHasRoomAndIsEmpty()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        const QByteArray buffer = pool.take(1 << 20);
        QVERIFY(buffer.isEmpty());
        QVERIFY(buffer.capacity() >= 1 << 20);
        QCOMPARE(pool.size(), 0);
    }

    void newBufferIsMappedInTheBackground()
    {
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
        {
            // Kernels before 5.14 do not know the advice: nothing to show there.
            const size_t page = size_t(sysconf(_SC_PAGESIZE));
            void *probe = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            QVERIFY(probe != MAP_FAILED);
            const bool known = madvise(probe, page, MADV_POPULATE_WRITE) == 0;
            munmap(probe, page);
            if (!known)
                QSKIP("this kernel does not prefault pages (MADV_POPULATE_WRITE)");
        }
        ReceiveBufferPool pool;
        pool.addUser();
        // Nothing here writes to the buffer: its pages get mapped all the same.
        const QByteArray buffer = pool.take(16 << 20);
        QVERIFY(residencyOf(buffer).pages >= 4096);
        QTRY_COMPARE(residencyOf(buffer).mapped, residencyOf(buffer).pages);
        QVERIFY(buffer.isEmpty());
#else
        QSKIP("pages are mapped ahead on Linux only");
#endif
    }

    void givenBufferServesTheNextTake()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        QByteArray first = filled(1 << 20);
        const char *memory = first.constData();
        pool.give(std::move(first));
        QCOMPARE(pool.size(), 1);

        const QByteArray again = pool.take(900 * 1024);
        QCOMPARE(again.constData(), memory); // the same memory, not a copy
        QVERIFY(again.isEmpty());            // and none of the old bytes
        QCOMPARE(pool.size(), 0);
    }

    void tooSmallANeedIsNotServedByAKeptBuffer()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        QByteArray kept = filled(ReceiveBufferPool::MinimumBytes);
        const char *memory = kept.constData();
        pool.give(std::move(kept));
        const QByteArray bigger = pool.take(4 << 20);
        QVERIFY(bigger.constData() != memory);
        QVERIFY(bigger.capacity() >= 4 << 20);
        QCOMPARE(pool.size(), 1); // still there for a smaller page
    }

    void smallestFittingBufferIsTaken()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        QByteArray big = filled(8 << 20);
        QByteArray middle = filled(2 << 20);
        QByteArray small = filled(1 << 20);
        const char *middleMemory = middle.constData();
        pool.give(std::move(big));
        pool.give(std::move(small));
        pool.give(std::move(middle));
        QCOMPARE(pool.take(1536 * 1024).constData(), middleMemory);
        QCOMPARE(pool.size(), 2);
    }

    void smallOrSharedBuffersAreNotKept()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        pool.give(filled(1024));
        QCOMPARE(pool.size(), 0);

        QByteArray shared = filled(1 << 20);
        const QByteArray otherHolder = shared;
        pool.give(std::move(shared));
        QCOMPARE(pool.size(), 0);
        QCOMPARE(otherHolder.size(), 1 << 20); // untouched
    }

    void atMostSoManyBuffersTheBiggestKept()
    {
        ReceiveBufferPool pool;
        pool.addUser(); // a call in flight
        for (size_t i = 0; i < ReceiveBufferPool::MaximumBuffers; ++i)
            pool.give(filled(1 << 20));
        QCOMPARE(size_t(pool.size()), ReceiveBufferPool::MaximumBuffers);
        QByteArray bigger = filled(2 << 20);
        const char *biggerMemory = bigger.constData();
        pool.give(std::move(bigger)); // replaces one of the smaller ones
        QCOMPARE(size_t(pool.size()), ReceiveBufferPool::MaximumBuffers);
        QByteArray smallest = filled(512 * 1024);
        const char *smallestMemory = smallest.constData();
        pool.give(std::move(smallest)); // smaller than every kept one: dropped
        QCOMPARE(size_t(pool.size()), ReceiveBufferPool::MaximumBuffers);
        QVERIFY(pool.take(256 * 1024).constData() != smallestMemory);
        QCOMPARE(pool.take(1536 * 1024).constData(), biggerMemory);
    }

    void buffersGoWithTheLastUser()
    {
        ReceiveBufferPool pool;
        pool.give(filled(1 << 20));
        QCOMPARE(pool.size(), 0); // no call in flight: nothing to keep it for

        pool.addUser();
        pool.addUser();
        pool.give(filled(1 << 20));
        QCOMPARE(pool.size(), 1);
        pool.removeUser();
        QCOMPARE(pool.size(), 1); // another call may still take it
        pool.removeUser();
        QCOMPARE(pool.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiveBufferPool)
#include "tst_receivebufferpool.moc"
