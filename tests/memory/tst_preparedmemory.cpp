#include "memory/preparedgrowth.h"
#include "sessions/sessionstore.h"

#include <QTest>

#include <QThread>

#include <numeric>

namespace {

// An element that keeps the thread that constructed it when a value is
// moved in.
struct MadeOn
{
    MadeOn() : thread(QThread::currentThread()) { }
    explicit MadeOn(int v) : value(v) { }
    MadeOn &operator=(MadeOn &&other) noexcept
    {
        value = other.value;
        return *this;
    }
    QThread *thread = nullptr;
    int value = 0;
};

} // namespace

// Structures that grow into memory made on another thread: whatever the
// timing of that thread, they hold exactly what was put in.
class TestPreparedMemory : public QObject
{
    Q_OBJECT

private slots:
    void chunkedArrayKeepsEveryElement()
    {
        // 256 KB chunks: big enough to be made ahead on a thread.
        using Numbers = ChunkedArray<qint64, 15>;
        Numbers numbers;
        const qint64 count = qint64(Numbers::ChunkSize) * 5 + 123;
        for (qint64 i = 0; i < count; ++i)
            numbers.push_back(i * 3);
        QCOMPARE(numbers.size(), size_t(count));
        for (qint64 i = 0; i < count; ++i) {
            if (numbers[size_t(i)] != i * 3)
                QFAIL(qPrintable(QStringLiteral("element %1 is %2").arg(i).arg(numbers[size_t(i)])));
        }
        QVERIFY(numbers.capacityBytes() >= count * qint64(sizeof(qint64)));

        numbers.shrink(Numbers::ChunkSize + 7);
        for (qint64 i = 0; i < qint64(Numbers::ChunkSize) * 2; ++i)
            numbers.push_back(-i);
        QCOMPARE(numbers.size(), Numbers::ChunkSize * 3 + 7);
        QCOMPARE(numbers[Numbers::ChunkSize + 6], qint64(Numbers::ChunkSize + 6) * 3);
        QCOMPARE(numbers[Numbers::ChunkSize + 7], qint64(0));
        QCOMPARE(numbers[numbers.size() - 1], -(qint64(Numbers::ChunkSize) * 2 - 1));

        numbers.clear();
        QVERIFY(numbers.empty());
        numbers.push_back(42);
        QCOMPARE(numbers[0], qint64(42));
    }

    void chunkedArrayTakesTheChunksPreparedForIt()
    {
        // 256 KB chunks of elements that remember which thread made them.
        using Elements = ChunkedArray<MadeOn, 14>;
        Elements elements;
        QThread *const here = QThread::currentThread();
        QVERIFY(!elements.hasPreparedChunk());
        elements.prepareNextChunk(); // elements are coming
        QTRY_VERIFY(elements.hasPreparedChunk());
        elements.push_back(MadeOn(1));
        QCOMPARE(elements[0].value, 1);
        QVERIFY(elements[0].thread != here); // the first chunk is the prepared one
        // Starting a chunk asks for the next at once: it is there before
        // this one is full.
        QTRY_VERIFY(elements.hasPreparedChunk());
        for (int i = 1; i <= int(Elements::ChunkSize); ++i)
            elements.push_back(MadeOn(i + 1));
        QCOMPARE(elements[Elements::ChunkSize].value, int(Elements::ChunkSize) + 1);
        QVERIFY(elements[Elements::ChunkSize].thread != here);
    }

    void growthKeepsContents_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("one at a time") << 1;
        QTest::newRow("slices") << 1000;
        QTest::newRow("pages") << 70000;
    }

    void growthKeepsContents()
    {
        QFETCH(int, batch);
        PreparedGrowth<int> growth;
        std::vector<int> grown;
        int next = 0;
        while (grown.size() < 600'000) {
            growth.reserve(grown, size_t(batch));
            const size_t capacity = grown.capacity();
            QVERIFY(capacity >= grown.size() + size_t(batch));
            for (int i = 0; i < batch; ++i)
                grown.push_back(next++);
            QCOMPARE(grown.capacity(), capacity); // the reserve sufficed
        }
        std::vector<int> expected(grown.size());
        std::iota(expected.begin(), expected.end(), 0);
        QVERIFY(grown == expected);
    }

    void growthUsesThePreparedVector()
    {
        PreparedGrowth<int> growth;
        std::vector<int> grown;
        grown.reserve(200'000);
        const size_t capacity = grown.capacity();
        grown.resize(capacity / 2, 7);
        growth.reserve(grown, 1); // half full: nothing made yet
        QVERIFY(!growth.isPrepared());
        grown.resize(capacity * 3 / 4, 7);
        growth.reserve(grown, 1); // three quarters full: a bigger one is made
        QTRY_VERIFY(growth.isPrepared());
        grown.resize(capacity, 7);
        growth.reserve(grown, 1);
        QCOMPARE(grown.capacity(), capacity * 2);
        QCOMPARE(grown.size(), capacity);
        QVERIFY(std::all_of(grown.cbegin(), grown.cend(), [](int v) { return v == 7; }));
    }
};

QTEST_GUILESS_MAIN(TestPreparedMemory)
#include "tst_preparedmemory.moc"
