#include "sessions/sessionstore.h"
#include "sessiontestdata.h"

#include <QDateTime>
#include <QTest>

using BillForward::UsageSession;
using TestData::session;

Q_DECLARE_METATYPE(BillForward::UsageSession)

class tst_SessionStore : public QObject
{
    Q_OBJECT

private slots:
    // One answer for the table, the lineage, the details panel and the
    // selection's total: ended sessions their duration, running ones the
    // time since their start.
    void durationAtCountsRunningSessionsToNow()
    {
        SessionStore store;
        BillForward::UsageSession running = session(QStringLiteral("run"), 0, true);
        BillForward::UsageSession ended = session(QStringLiteral("done"));
        BillForward::UsageSession noStart = session(QStringLiteral("nostart"), 0, true);
        noStart.start = BillForward::NoTimestamp;
        store.merge({running, ended, noStart});
        const qint64 start = TestData::utc("2026-02-01T10:00:00Z");
        QCOMPARE(store.durationAt(0, start + 90'000), qint64(90'000));
        QCOMPARE(store.durationAt(0, start - 5'000), qint64(0)); // a clock behind the start
        QCOMPARE(store.durationAt(1, start + 90'000'000), ended.uduration);
        QCOMPARE(store.durationAt(2, start), qint64(0));
    }

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
        QTest::newRow("start") << QStringLiteral("start");
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
        else if (field == QLatin1String("start"))
            other.start += 86'400'000; // the same ID used again the next day
        else
            other.sessionId = QStringLiteral("b");
        SessionStore store;
        store.merge({session(QStringLiteral("a"))});
        const auto result = store.merge({other});
        QCOMPARE(result.inserted, QList<int>{1});
        QCOMPARE(store.indexOf(SessionKey::of(other)), 1);
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("a")))), 0);
    }

    // A kiosk reuses its ID every day, each use from sessionix 0: every use
    // is a row of its own, found by its key, and an update (the stop of the
    // running use) changes that use's row only.
    void everyUseOfAnIdIsARow()
    {
        SessionStore store;
        QList<UsageSession> uses;
        for (int day = 0; day < 3; ++day) {
            UsageSession use = session(QStringLiteral("kiosk-1"), 0, day == 2);
            use.start += day * 86'400'000;
            use.created = use.start;
            if (day < 2)
                use.stop += day * 86'400'000;
            uses.append(use);
        }
        QCOMPARE(store.merge(uses).inserted, (QList<int>{0, 1, 2}));
        QCOMPARE(store.activeCount(), 1);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(store.indexOf(SessionKey::of(uses.at(row))), row);
            QVERIFY(store.keyOf(row) == SessionKey::of(uses.at(row)));
        }
        QCOMPARE(store.rowsOf({SessionAddress::of(uses.at(0))}), (QList<int>{0, 1, 2}));

        UsageSession stopped = uses.at(2);
        stopped.state = QStringLiteral("Historic");
        stopped.stop = stopped.start + 60'000;
        stopped.uduration = 60'000;
        const SessionStore::MergeResult result = store.merge({stopped});
        QVERIFY(result.inserted.isEmpty());
        QCOMPARE(result.changed, QList<int>{2});
        QCOMPARE(store.activeCount(), 0);
        QCOMPARE(store.at(0), uses.at(0));
        QCOMPARE(store.at(1), uses.at(1));
    }

    // Thousands of uses of a few IDs (devices of an integration): each merge
    // finds its row among them without walking past all of the ID's uses.
    void manyUsesOfFewIdsStayFindable()
    {
        SessionStore store;
        QList<UsageSession> batch;
        for (int i = 0; i < 6000; ++i) {
            UsageSession use = session(QStringLiteral("device-%1").arg(i % 3));
            use.start += qint64(i) * 60'000;
            batch.append(use);
        }
        QCOMPARE(store.merge(batch).inserted.size(), 6000);
        QCOMPARE(store.merge(batch).inserted.size(), 0);
        for (int i = 0; i < 6000; i += 11)
            QCOMPARE(store.indexOf(SessionKey::of(batch.at(i))), i);
        QCOMPARE(store.rowsOf({SessionAddress::of(batch.at(1))}).size(), 2000);
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
        QCOMPARE(store.rowsOf({SessionAddress::of(batch.at(10))}), QList<int>{10});
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

    // A sweep of many subscriptions listed only some completely: the rows of
    // the others stay, seen or not.
    void removeNotSeenOfSomeSubscriptions()
    {
        SessionStore store;
        const auto of = [](const char *subscription, const char *id) {
            UsageSession s = session(QString::fromLatin1(id));
            s.subscriptionId = QString::fromLatin1(subscription);
            return s;
        };
        store.merge({of("SUB-A", "a1"), of("SUB-B", "b1"), of("SUB-A", "a2"), of("SUB-C", "c1"), of("SUB-B", "b2")});
        const int generation = store.beginGeneration();
        store.merge({of("SUB-A", "a2"), of("SUB-B", "b2")});
        std::vector<int> newRowOfOldRow;
        // SUB-B failed this time: only SUB-A and SUB-C were listed completely.
        QCOMPARE(store.removeNotSeenSince(generation, {QStringLiteral("SUB-A"), QStringLiteral("SUB-C"),
                                                       QStringLiteral("SUB-UNKNOWN")},
                                          &newRowOfOldRow),
                 2);
        QCOMPARE(newRowOfOldRow, (std::vector<int>{-1, 0, 1, -1, 2}));
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.at(0).sessionId, QStringLiteral("b1"));
        QCOMPARE(store.at(1).sessionId, QStringLiteral("a2"));
        QCOMPARE(store.at(2).sessionId, QStringLiteral("b2"));
        for (int row = 0; row < store.size(); ++row)
            QCOMPARE(store.indexOf(SessionKey::of(store.at(row))), row);
        // No subscription the store knows: nothing removed, rows stay where they are.
        const int next = store.beginGeneration();
        QCOMPARE(store.removeNotSeenSince(next, {QStringLiteral("SUB-NONE")}, &newRowOfOldRow), 0);
        QCOMPARE(newRowOfOldRow, (std::vector<int>{0, 1, 2}));
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

    // Every field of the compact row comes back as it was merged, through
    // at() and through the accessors that copy nothing.
    void atReturnsEveryFieldMerged_data()
    {
        QTest::addColumn<UsageSession>("merged");
        UsageSession plain = session(QStringLiteral("a"));
        QTest::newRow("historic") << plain;
        QTest::newRow("active") << session(QStringLiteral("b"), 3, true);
        UsageSession empty;
        empty.sessionId = QStringLiteral("c");
        QTest::newRow("empty strings, no times") << empty;
        UsageSession other = session(QStringLiteral("d"));
        other.state = QStringLiteral("Suspended");
        other.description = QStringLiteral("Grüße, 通话");
        other.pricingComponentName = QString(); // falls back to the ID in filters
        other.uduration = -5;
        other.sessionix = 2147483647;
        QTest::newRow("unknown state, non-ASCII") << other;
        // Heap strings (as the decoder makes) rather than literals.
        UsageSession heap = session(QStringLiteral("e-%1").arg(5));
        heap.uom = QStringLiteral("GB-%1").arg(1);
        heap.organizationId = QStringLiteral("ORG-%1").arg(2);
        heap.changedBy = heap.organizationId; // one buffer in two fields
        QTest::newRow("heap strings") << heap;
    }

    void atReturnsEveryFieldMerged()
    {
        QFETCH(UsageSession, merged);
        SessionStore store;
        store.merge({session(QStringLiteral("first")), merged});
        const int row = 1;
        QCOMPARE(store.at(row), merged);
        QCOMPARE(store.at(row).stateKind(), merged.stateKind());
        QCOMPARE(store.stateKind(row), merged.stateKind());
        QCOMPARE(store.isActive(row), merged.isActive());
        QCOMPARE(store.sessionId(row), merged.sessionId);
        QCOMPARE(store.description(row), merged.description);
        QCOMPARE(store.subscriptionId(row), merged.subscriptionId);
        QCOMPARE(store.organizationId(row), merged.organizationId);
        QCOMPARE(store.pricingComponentId(row), merged.pricingComponentId);
        QCOMPARE(store.pricingComponentName(row), merged.pricingComponentName);
        QCOMPARE(store.uom(row), merged.uom);
        QCOMPARE(store.changedBy(row), merged.changedBy);
        QCOMPARE(store.state(row), merged.state);
        QCOMPARE(store.created(row), merged.created);
        QCOMPARE(store.start(row), merged.start);
        QCOMPARE(store.stop(row), merged.stop);
        QCOMPARE(store.uduration(row), merged.uduration);
        QCOMPARE(store.sessionix(row), merged.sessionix);
        QVERIFY(store.keyOf(row) == SessionKey::of(merged));
        QCOMPARE(store.indexOf(SessionKey::of(merged)), row);
        QCOMPARE(store.text(row, SessionColumn::State), merged.state);
        QCOMPARE(store.text(row, SessionColumn::SessionId), merged.sessionId);
        QCOMPARE(store.text(row, SessionColumn::Uom), merged.uom);
        QCOMPARE(store.text(row, SessionColumn::PricingComponentName), merged.pricingComponentName);
        QCOMPARE(store.text(row, SessionColumn::PricingComponentId), merged.pricingComponentId);
        QCOMPARE(store.text(row, SessionColumn::Description), merged.description);
        QCOMPARE(store.text(row, SessionColumn::SubscriptionId), merged.subscriptionId);
        QCOMPARE(store.text(row, SessionColumn::OrganizationId), merged.organizationId);
        QCOMPARE(store.text(row, SessionColumn::ChangedBy), merged.changedBy);
        QCOMPARE(store.text(row, SessionColumn::Start), QString());
        // Merging the same again changes nothing.
        QVERIFY(store.merge({merged}).isEmpty());
    }

    void sharedStringsAreInterned()
    {
        SessionStore store;
        QList<UsageSession> batch;
        for (int i = 0; i < 100; ++i) {
            UsageSession s = session(QStringLiteral("s-%1").arg(i));
            // A buffer of its own per session, as from different pages.
            s.uom = QStringLiteral("unit-%1").arg(i % 3);
            s.subscriptionId = QStringLiteral("SUB-%1").arg(1);
            batch.append(s);
        }
        store.merge(batch);
        const int before = store.sharedTextCount();
        QVERIFY2(before < 20, QByteArray::number(before));
        for (int row = 0; row < store.size(); ++row) {
            QCOMPARE(store.uom(row), QStringLiteral("unit-%1").arg(row % 3));
            QCOMPARE(store.sharedId(row, CompactSession::Uom), store.sharedId(row % 3, CompactSession::Uom));
            // One buffer per distinct string, whatever the merged sessions held.
            QCOMPARE(store.uom(row).constData(), store.uom(row % 3).constData());
            QCOMPARE(store.subscriptionId(row).constData(), store.subscriptionId(0).constData());
        }
        QVERIFY(store.sharedId(0, CompactSession::Uom) != store.sharedId(1, CompactSession::Uom));
        QCOMPARE(store.sharedText(store.sharedId(2, CompactSession::Uom)), QStringLiteral("unit-2"));
        store.merge(batch);
        QCOMPARE(store.sharedTextCount(), before);
    }

    // The store remembers recent string buffers by address: a buffer freed
    // and its address reused for other text must not be taken for the old.
    void recycledBuffersAreNotMistaken()
    {
        SessionStore store;
        for (int i = 0; i < 300; ++i) {
            UsageSession s = session(QStringLiteral("s-%1").arg(i));
            s.organizationId = QStringLiteral("ORG-%1").arg(i);
            s.changedBy = QStringLiteral("user-%1").arg(i % 7);
            store.merge({s}); // the batch and its buffers are freed after each merge
        }
        for (int row = 0; row < store.size(); ++row) {
            QCOMPARE(store.organizationId(row), QStringLiteral("ORG-%1").arg(row));
            QCOMPARE(store.changedBy(row), QStringLiteral("user-%1").arg(row % 7));
        }
    }

    void mergeUpdatesASharedString_data()
    {
        QTest::addColumn<QString>("field");
        for (const char *field : {"organization", "pricingComponentId", "pricingComponentName", "changedBy", "state"})
            QTest::newRow(field) << QString::fromLatin1(field);
    }

    void mergeUpdatesASharedString()
    {
        QFETCH(QString, field);
        SessionStore store;
        store.merge({session(QStringLiteral("a"), 0, true), session(QStringLiteral("b"), 0, true),
                     session(QStringLiteral("c"), 0, true)});
        const UsageSession untouched = store.at(0);
        UsageSession edited = session(QStringLiteral("b"), 0, true);
        const QString value = QStringLiteral("new %1").arg(field);
        if (field == QLatin1String("organization"))
            edited.organizationId = value;
        else if (field == QLatin1String("pricingComponentId"))
            edited.pricingComponentId = value;
        else if (field == QLatin1String("pricingComponentName"))
            edited.pricingComponentName = value;
        else if (field == QLatin1String("changedBy"))
            edited.changedBy = value;
        else
            edited.state = QStringLiteral("Historic");
        const auto result = store.merge({edited});
        QCOMPARE(result.changed, QList<int>{1});
        QVERIFY(result.inserted.isEmpty());
        QCOMPARE(store.at(1), edited);
        QCOMPARE(store.isActive(1), edited.isActive());
        // Rows sharing the old string keep it.
        QCOMPARE(store.at(0), untouched);
        QCOMPARE(store.at(2), session(QStringLiteral("c"), 0, true));
        QCOMPARE(store.isActive(2), true);
    }

    void removalKeepsEveryRowsStrings()
    {
        SessionStore store;
        QList<UsageSession> all;
        for (int i = 0; i < 2000; ++i) {
            UsageSession s = session(QStringLiteral("s-%1").arg(i), i % 2, i % 5 == 0);
            s.uom = QStringLiteral("unit-%1").arg(i % 4);
            s.pricingComponentName = QStringLiteral("pc-%1").arg(i % 9);
            s.description = QStringLiteral("session %1").arg(i);
            all.append(s);
        }
        store.merge(all);
        const int generation = store.beginGeneration();
        QList<UsageSession> kept;
        for (int i = 0; i < all.size(); ++i) {
            if (i % 3)
                kept.append(all.at(i));
        }
        store.merge(kept);
        QCOMPARE(store.removeNotSeenSince(generation), int(all.size() - kept.size()));
        QCOMPARE(store.size(), kept.size());
        for (int row = 0; row < store.size(); ++row) {
            QCOMPARE(store.at(row), kept.at(row));
            QCOMPARE(store.isActive(row), kept.at(row).isActive());
            QCOMPARE(store.indexOf(SessionKey::of(kept.at(row))), row);
        }
        // Strings of removed rows stay known: a session coming back is whole.
        QCOMPARE(store.merge({all.at(3)}).inserted, QList<int>{int(kept.size())});
        QCOMPARE(store.at(store.size() - 1), all.at(3));
    }

    // The index is 64 tables that grow one at a time and keep tombstones
    // of removed rows: every row must stay findable through growth, removal
    // of a third of the rows, their return, and a second incarnation each.
    void indexSurvivesGrowthAndRemoval()
    {
        SessionStore store;
        const int n = 40000;
        const auto id = [](int i) { return QStringLiteral("S-%1").arg(i); };
        for (int first = 0; first < n; first += 1000) {
            QList<UsageSession> slice;
            for (int i = first; i < first + 1000; ++i)
                slice.append(session(id(i)));
            QCOMPARE(store.merge(std::move(slice)).inserted.size(), 1000);
        }
        QCOMPARE(store.size(), n);
        const int generation = store.beginGeneration();
        QList<UsageSession> seen;
        for (int i = 0; i < n; ++i) {
            if (i % 3 != 0)
                seen.append(session(id(i)));
        }
        store.merge(seen);
        const int removed = store.removeNotSeenSince(generation);
        QCOMPARE(removed, (n + 2) / 3);
        for (int i = 0; i < n; ++i) {
            const int row = store.indexOf(SessionKey::of(session(id(i))));
            if (i % 3 == 0) {
                QCOMPARE(row, -1);
            } else {
                QVERIFY(row >= 0);
                QCOMPARE(store.sessionId(row), id(i));
            }
        }
        QList<UsageSession> back;
        for (int i = 0; i < n; i += 3) {
            back.append(session(id(i)));
            UsageSession cut = session(id(i));
            cut.sessionix = 1; // the next incarnation of the same session
            back.append(cut);
        }
        QCOMPARE(store.merge(back).inserted.size(), back.size());
        for (int i = 0; i < n; ++i) {
            SessionKey key = SessionKey::of(session(id(i)));
            const int row = store.indexOf(key);
            QVERIFY(row >= 0);
            QCOMPARE(store.sessionId(row), id(i));
            key.sessionix = 1;
            QCOMPARE(store.indexOf(key) >= 0, i % 3 == 0);
            if (i % 97 == 0)
                QCOMPARE(store.rowsOf({key.address()}).size(), i % 3 == 0 ? 2 : 1);
        }
        QCOMPARE(store.indexOf(SessionKey::of(session(QStringLiteral("S-unknown")))), -1);
    }

    void approximateBytesIsSane()
    {
        SessionStore store;
        QCOMPARE(store.size(), 0);
        const qint64 empty = store.approximateBytes();
        QVERIFY(empty > 0 && empty < 64 * 1024);
        // Enough rows that the granularity of the chunks (8192 rows each,
        // the last part-filled, one more made ahead) is a small share.
        const int n = 100000;
        QList<UsageSession> batch;
        for (int i = 0; i < n; ++i) {
            UsageSession s = session(QStringLiteral("3fa85f64-5717-4562-b3fc-%1").arg(i, 12, 10, QLatin1Char('0')));
            s.uom = QStringLiteral("unit-%1").arg(i % 4); // heap strings, shared by many rows
            batch.append(s);
        }
        store.merge(std::move(batch));
        const qint64 perSession = (store.approximateBytes() - empty) / n;
        // The record, its session ID's heap buffer (36 characters), the
        // stamps, hash and index slots: no less, and far below what nine
        // QStrings a session (256 B) plus an ID would take.
        const qint64 least = qint64(sizeof(CompactSession)) + 16 + 74 + 3 * 4;
        QVERIFY2(perSession >= least && perSession < 300, QByteArray::number(perSession));
        QVERIFY(sizeof(CompactSession) <= 128);
    }
};

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
