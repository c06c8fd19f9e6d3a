#include "sessions/sessionlineage.h"
#include "sessions/sessionstore.h"
#include "sessiontestdata.h"

#include <QTest>

using BillForward::UsageSession;
using TestData::session;
using TestData::utc;

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
        UsageSession current = session(QStringLiteral("call-1"), 2, true);
        current.start = now - 90'000;
        UsageSession first = session(QStringLiteral("call-1"), 0);
        first.uduration = 1'000'000;
        UsageSession second = session(QStringLiteral("call-1"), 1);
        second.uduration = 2'000'000;
        UsageSession otherUnit = session(QStringLiteral("call-1"), 0);
        otherUnit.uom = QStringLiteral("GB");
        UsageSession otherSubscription = session(QStringLiteral("call-1"), 1);
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
        QCOMPARE(lineage.totalDurationMs, qint64(1'000'000 + 2'000'000 + 90'000));
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
