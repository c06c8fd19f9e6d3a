#include "memory/heapreuse.h"

#include <QTest>

#include <sys/resource.h>

#include <cstdlib>
#include <cstring>

namespace {

long pageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

// Allocates and writes `bytes`, then frees them: the page faults that took.
long faultsToFill(size_t bytes)
{
    const long before = pageFaults();
    char *block = static_cast<char *>(std::malloc(bytes));
    std::memset(block, 1, bytes);
    asm volatile("" : : "r"(block) : "memory"); // the writes happen: the block escapes
    const long faults = pageFaults() - before;
    std::free(block);
    return faults;
}

} // namespace

class TestHeapReuse : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer's allocator is not glibc's");
#elif !defined(__GLIBC__)
        QSKIP("a glibc policy");
#endif
        keepFreedMemoryForReuse();
    }

    void freedBlocksAreUsedAgain_data()
    {
        QTest::addColumn<int>("megabytes");
        QTest::newRow("a receive buffer") << 4;
        QTest::newRow("sort buffers") << 24;
    }

    void freedBlocksAreUsedAgain()
    {
        QFETCH(int, megabytes);
        const size_t bytes = size_t(megabytes) << 20;
        const long pages = long(bytes / 4096);
        const long first = faultsToFill(bytes);
        QVERIFY2(first > pages / 2, qPrintable(QStringLiteral("%1 faults").arg(first))); // fresh memory
        // The same size again, and again: the kept memory, no fresh pages.
        for (int i = 0; i < 3; ++i) {
            const long again = faultsToFill(bytes);
            QVERIFY2(again < pages / 20, qPrintable(QStringLiteral("%1 faults of %2 pages").arg(again).arg(pages)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHeapReuse)
#include "tst_heapreuse.moc"
