#include "sessions/sessionstore.h"
#include "sessiontestdata.h"

#include <QDateTime>
#include <QTest>

using BillForward::UsageSession;
using TestData::session;

class tst_SessionStore : public QObject
{
    Q_OBJECT

private slots:
    void mergeInsertsInArrivalOrder()
    {
        SessionStore store;
        const auto result = store.merge({session(QStringLiteral("a")), session(QStringLiteral("b")),
                                         session(QStringLiteral("c"))});
        QCOMPARE(result.inserted, (QList<int>{0, 1, 2}));
        QVERIFY(result.changed.isEmpty());
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.at(1).sessionId, QStringLiteral("b"));
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("c")))), 2);
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("zz")))), -1);
    }

    void mergeUpdatesInPlaceAndReportsChangedRows()
    {
        SessionStore store;
        store.merge({session(QStringLiteral("a")), session(QStringLiteral("b"), 0, true),
                     session(QStringLiteral("c"))});
        UsageSession stopped = session(QStringLiteral("b"));
        stopped.uduration = 42;
        const auto result = store.merge({session(QStringLiteral("a")), stopped, session(QStringLiteral("d"))});
        QCOMPARE(result.changed, QList<int>{1});
        QCOMPARE(result.inserted, QList<int>{3});
        QCOMPARE(store.size(), 4);
        QCOMPARE(store.at(1), stopped); // same row: identity kept
        QVERIFY(!store.at(1).isActive());
        // Nothing new: nothing reported.
        QVERIFY(store.merge({session(QStringLiteral("a")), stopped}).isEmpty());
    }

    void duplicateInOneBatchIsOneRow()
    {
        SessionStore store;
        UsageSession later = session(QStringLiteral("a"));
        later.description = QStringLiteral("newer");
        const auto result = store.merge({session(QStringLiteral("a")), later});
        QCOMPARE(result.inserted, QList<int>{0});
        QVERIFY(result.changed.isEmpty());
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.at(0).description, QStringLiteral("newer"));
    }

    void keyFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("sessionix") << QStringLiteral("sessionix");
        QTest::newRow("uom") << QStringLiteral("uom");
        QTest::newRow("subscription") << QStringLiteral("subscription");
        QTest::newRow("session") << QStringLiteral("session");
    }

    void keyFields()
    {
        QFETCH(QString, field);
        UsageSession other = session(QStringLiteral("a"));
        if (field == QLatin1String("sessionix"))
            other.sessionix = 1;
        else if (field == QLatin1String("uom"))
            other.uom = QStringLiteral("GB");
        else if (field == QLatin1String("subscription"))
            other.subscriptionId = QStringLiteral("SUB-2");
        else
            other.sessionId = QStringLiteral("b");
        SessionStore store;
        store.merge({session(QStringLiteral("a"))});
        const auto result = store.merge({other});
        QCOMPARE(result.inserted, QList<int>{1});
        QCOMPARE(store.indexOf(SessionKey::of(other)), 1);
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("a")))), 0);
    }

    void manyRowsStayFindable()
    {
        SessionStore store;
        QList<UsageSession> batch;
        for (int i = 0; i < 5000; ++i)
            batch.append(session(QStringLiteral("s-%1").arg(i), i % 3));
        store.merge(batch);
        QCOMPARE(store.size(), 5000);
        for (int i = 0; i < 5000; i += 7)
            QCOMPARE(store.indexOf(SessionKey::of(batch.at(i))), i);
        QCOMPARE(store.rowsOfSession(u"SUB-1", u"s-10", u"minutes"), QList<int>{10});
    }

    void generationsRemoveUnseenKeepingOrder()
    {
        SessionStore store;
        store.merge({session(QStringLiteral("a")), session(QStringLiteral("b")), session(QStringLiteral("c")),
                     session(QStringLiteral("d"))});
        const int generation = store.beginGeneration();
        store.merge({session(QStringLiteral("d")), session(QStringLiteral("a"))});
        store.merge({session(QStringLiteral("c"))});
        std::vector<int> newRowOfOldRow;
        QCOMPARE(store.removeNotSeenSince(generation, &newRowOfOldRow), 1);
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.at(0).sessionId, QStringLiteral("a"));
        QCOMPARE(store.at(1).sessionId, QStringLiteral("c"));
        QCOMPARE(store.at(2).sessionId, QStringLiteral("d"));
        QCOMPARE(newRowOfOldRow, (std::vector<int>{0, -1, 1, 2}));
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("b")))), -1);
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("d")))), 2);
        // Everything seen since: nothing to remove.
        const int next = store.beginGeneration();
        store.merge({session(QStringLiteral("a")), session(QStringLiteral("c")), session(QStringLiteral("d"))});
        QCOMPARE(store.removeNotSeenSince(next), 0);
        QCOMPARE(store.size(), 3);
        // A removed session that comes back is a new row, findable again.
        QCOMPARE(store.merge({session(QStringLiteral("b"))}).inserted, QList<int>{3});
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("b")))), 3);
    }

    void repeatedRefreshesKeepTheIndexRight()
    {
        SessionStore store;
        QList<UsageSession> all;
        for (int i = 0; i < 3000; ++i)
            all.append(session(QStringLiteral("s-%1").arg(i), i % 2));
        store.merge(all);
        for (int round = 1; round <= 4; ++round) {
            const int generation = store.beginGeneration();
            QList<UsageSession> kept;
            for (int row = 0; row < store.size(); ++row) {
                if (row % (round + 2))
                    kept.append(store.at(row));
            }
            store.merge(kept);
            store.merge({session(QStringLiteral("new-%1").arg(round))});
            QVERIFY(store.removeNotSeenSince(generation) > 0);
            QCOMPARE(store.size(), kept.size() + 1);
            for (int row = 0; row < store.size(); ++row)
                QCOMPARE(store.indexOf(SessionKey::of(store.at(row))), row);
            for (const UsageSession &gone : std::as_const(all)) {
                if (!kept.contains(gone) && store.indexOf(SessionKey::of(gone)) >= 0)
                    QCOMPARE(store.at(store.indexOf(SessionKey::of(gone))), gone);
            }
        }
    }

    void changedAtFollowsChanges()
    {
        SessionStore store;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        store.merge({session(QStringLiteral("a")), session(QStringLiteral("b"))});
        QVERIFY(store.changedAt(0) >= before);
        const qint64 firstChange = store.changedAt(1);
        UsageSession changed = session(QStringLiteral("b"));
        changed.description = QStringLiteral("edited");
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > firstChange);
        store.merge({session(QStringLiteral("a")), changed});
        QVERIFY(store.changedAt(1) > firstChange);
        QCOMPARE(store.changedAt(0), firstChange); // unchanged row keeps its time
    }

    void sharedStringsCountOnce()
    {
        SessionStore store;
        const auto add = [&store](int first) {
            QList<UsageSession> batch;
            for (int i = first; i < first + 1000; ++i)
                batch.append(session(QStringLiteral("s-%1").arg(i)));
            store.merge(batch);
        };
        add(0);
        const qint64 before = store.approximateBytes();
        QVERIFY(before > qint64(1000 * sizeof(UsageSession)));
        add(1000); // the batch is gone: the store holds the only references
        // A session of shared strings costs its session ID and two stamps,
        // its struct being preallocated in a chunk.
        const qint64 perSession = (store.approximateBytes() - before) / 1000;
        QVERIFY2(perSession > 0 && perSession < 80, QByteArray::number(perSession));
        store.clear();
        QCOMPARE(store.size(), 0);
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("s-1")))), -1);
    }
};

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
