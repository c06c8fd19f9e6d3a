#include "sessions/sessionlineage.h"
#include "sessions/sessionstore.h"
#include "sessiontestdata.h"

#include <QTest>

using BillForward::UsageSession;
using TestData::session;
using TestData::utc;

namespace {

constexpr qint64 Hour = 3'600'000;

// A part of a run of `id`: from `start` to `stop` (0: still active).
UsageSession part(const QString &id, qint32 sessionix, qint64 start, qint64 stop)
{
    return stop == 0 ? TestData::running(id, start, sessionix) : TestData::ended(id, start, stop, sessionix);
}

} // namespace

class tst_SessionLineage : public QObject
{
    Q_OBJECT

private slots:
    void incarnationsInOrderWithTotal_data()
    {
        QTest::addColumn<int>("fromRow");
        for (int row : {0, 2, 3, 5})
            QTest::addRow("from row %d", row) << row;
    }

    void incarnationsInOrderWithTotal()
    {
        QFETCH(int, fromRow);
        const qint64 now = utc("2026-03-01T00:00:00Z");
        const qint64 cut1 = utc("2026-02-01T00:00:00Z"), cut2 = utc("2026-02-28T00:00:00Z");
        const UsageSession first = part(QStringLiteral("call-1"), 0, cut1 - 1'000'000, cut1);
        const UsageSession second = part(QStringLiteral("call-1"), 1, cut1, cut2);
        const UsageSession current = part(QStringLiteral("call-1"), 2, cut2, 0);
        UsageSession otherUnit = first;
        otherUnit.uom = QStringLiteral("GB");
        UsageSession otherSubscription = second;
        otherSubscription.subscriptionId = QStringLiteral("SUB-2");
        SessionStore store;
        // Rows: 0 current, 1 other unit, 2 first, 3 second, 4 other subscription, 5 unrelated
        store.merge({current, otherUnit, first, second, otherSubscription, session(QStringLiteral("call-2"))});

        const SessionLineage lineage = SessionLineage::of(store, fromRow, now);
        if (fromRow == 5) {
            QCOMPARE(lineage.storeRows, QList<int>{5});
            QCOMPARE(lineage.totalDurationMs, store.at(5).uduration);
            return;
        }
        QCOMPARE(lineage.storeRows, (QList<int>{2, 3, 0}));
        QCOMPARE(lineage.totalDurationMs, 1'000'000 + (cut2 - cut1) + (now - cut2));
    }

    // A kiosk runs every day under the same ID, each run from sessionix 0;
    // a run cut at a billing-period end goes on as sessionix 1. Each run is
    // a lineage of its own, even one restarted the second the last stopped.
    void separateRunsOfOneIdAreNotChained_data()
    {
        QTest::addColumn<int>("fromRow");
        QTest::addColumn<QList<int>>("expected");
        // Rows: 0 day-1 run, 1 day-2 run part 0, 2 day-2 run part 1 (after
        // the cut at midnight), 3 day-3 run restarted as day 2's ended, 4 its cut part
        QTest::newRow("a run of one part") << 0 << QList<int>{0};
        QTest::newRow("from the first part") << 1 << QList<int>{1, 2};
        QTest::newRow("from the part after the cut") << 2 << QList<int>{1, 2};
        QTest::newRow("a restart at the second of the stop") << 3 << QList<int>{3, 4};
        QTest::newRow("its part after the cut") << 4 << QList<int>{3, 4};
    }

    void separateRunsOfOneIdAreNotChained()
    {
        QFETCH(int, fromRow);
        QFETCH(QList<int>, expected);
        const QString kiosk = QStringLiteral("kiosk-1");
        const qint64 day1 = utc("2026-01-30T20:00:00Z"), midnight = utc("2026-02-01T00:00:00Z");
        const qint64 restart = midnight + 2 * Hour, later = utc("2026-03-01T00:00:00Z");
        SessionStore store;
        store.merge({part(kiosk, 0, day1, day1 + Hour), part(kiosk, 0, midnight - Hour, midnight),
                     part(kiosk, 1, midnight, restart), part(kiosk, 0, restart, later),
                     part(kiosk, 1, later, 0)});
        QCOMPARE(store.size(), 5);

        const SessionLineage lineage = SessionLineage::of(store, fromRow, later + Hour);
        QCOMPARE(lineage.storeRows, expected);
        qint64 total = 0;
        for (const int row : expected)
            total += store.durationAt(row, later + Hour);
        QCOMPARE(lineage.totalDurationMs, total);
    }

    // An active-only list holds the running part alone: the lineage is what is known.
    void missingPartEndsTheChain()
    {
        SessionStore store;
        const qint64 cut = utc("2026-02-01T00:00:00Z");
        store.merge({part(QStringLiteral("k"), 2, cut, 0), part(QStringLiteral("k"), 0, cut - 2 * Hour, cut - Hour)});
        QCOMPARE(SessionLineage::of(store, 0, cut + Hour).storeRows, QList<int>{0});
        QCOMPARE(SessionLineage::of(store, 1, cut + Hour).storeRows, QList<int>{1});
    }

    void outOfRange()
    {
        SessionStore store;
        const SessionLineage lineage = SessionLineage::of(store, 3, 0);
        QVERIFY(lineage.storeRows.isEmpty());
        QCOMPARE(lineage.totalDurationMs, 0);
    }
};

QTEST_GUILESS_MAIN(tst_SessionLineage)
#include "tst_sessionlineage.moc"
