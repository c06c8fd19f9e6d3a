#include "sessions/sessionbrowser.h"
#include "sessiontestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using BillForward::UsageSession;
using TestData::session;

namespace {

QList<UsageSession> sessions(int first, int count)
{
    QList<UsageSession> list;
    for (int i = first; i < first + count; ++i) {
        UsageSession s = session(QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0')), 0, i % 4 == 0);
        s.uom = i % 2 ? QStringLiteral("minutes") : QStringLiteral("GB");
        s.pricingComponentName = i % 3 ? QStringLiteral("Voice") : QString();
        s.pricingComponentId = QStringLiteral("PCO-%1").arg(i % 3);
        list.append(s);
    }
    return list;
}

} // namespace

class tst_SessionBrowser : public QObject
{
    Q_OBJECT

private slots:
    void batchesKeepThePage()
    {
        SessionBrowser browser;
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy content(&browser, &SessionBrowser::contentChanged);
        browser.setPageSize(50);
        browser.addSessions(sessions(0, 120));
        QCOMPARE(browser.store().size(), 120);
        QCOMPARE(browser.view().size(), 120);
        QCOMPARE(browser.pager().pageCount(), 3);
        QVERIFY(content.size() >= 1);
        browser.setPage(1);
        const int storeRowShown = browser.model()->storeRowAt(0);
        browser.addSessions(sessions(120, 100));
        QCOMPARE(browser.pager().page(), 1);
        QCOMPARE(browser.model()->storeRowAt(0), storeRowShown);
        QCOMPARE(browser.pager().pageCount(), 5);
    }

    void changedRowsAreReported()
    {
        SessionBrowser browser;
        browser.addSessions(sessions(0, 10));
        QSignalSpy rows(&browser, &SessionBrowser::rowsChanged);
        QList<UsageSession> again = sessions(0, 10);
        again[4].description = QStringLiteral("edited");
        again[7].uduration = 1;
        browser.addSessions(again);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).at(0).value<QList<int>>(), (QList<int>{4, 7}));
        browser.addSessions(again); // nothing new
        QCOMPARE(rows.size(), 1);
    }

    void openingPreparesTheFirstRows()
    {
        SessionBrowser browser;
        QVERIFY(!browser.store().hasPreparedRows()); // a window with nothing open holds none
        browser.clear(); // a subscription is being opened
        QTRY_VERIFY(browser.store().hasPreparedRows());
        browser.addSessions(sessions(0, 3));
        QCOMPARE(browser.store().size(), 3);
        QCOMPARE(browser.store().sessionId(2), QStringLiteral("S-0002"));
    }

    void refreshRemovesUnseenOnlyWhenCompleted()
    {
        SessionBrowser browser;
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setSort({{SessionColumn::SessionId, Qt::DescendingOrder}});
        browser.addSessions(sessions(0, 10));

        browser.beginRefresh();
        browser.addSessions(sessions(0, 5));
        browser.endRefresh(false); // an interrupted refresh removes nothing
        QCOMPARE(browser.store().size(), 10);

        browser.beginRefresh();
        browser.addSessions(sessions(3, 4));
        browser.endRefresh(true);
        QCOMPARE(browser.store().size(), 4);
        QCOMPARE(browser.view().size(), 4);
        QCOMPARE(browser.model()->rowCount(), 4);
        QCOMPARE(browser.model()->index(0, int(SessionColumn::SessionId)).data().toString(), QStringLiteral("S-0006"));
        QCOMPARE(browser.model()->index(3, int(SessionColumn::SessionId)).data().toString(), QStringLiteral("S-0003"));
        QCOMPARE(browser.uoms(), (QStringList{QStringLiteral("GB"), QStringLiteral("minutes")}));
    }

    void choicesAreSortedAndUnique()
    {
        SessionBrowser browser;
        browser.addSessions(sessions(0, 30));
        QCOMPARE(browser.uoms(), (QStringList{QStringLiteral("GB"), QStringLiteral("minutes")}));
        QCOMPARE(browser.pricingComponents(), (QStringList{QStringLiteral("PCO-0"), QStringLiteral("Voice")}));
    }

    void filterSortPageSize()
    {
        SessionBrowser browser;
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setPageSize(10);
        browser.addSessions(sessions(0, 100));
        browser.setPage(3);
        SessionFilter filter;
        filter.setUoms({QStringLiteral("GB")});
        filter.setState(SessionFilter::StateChoice::Active);
        browser.setFilter(filter);
        QCOMPARE(browser.pager().page(), 0);
        QCOMPARE(browser.view().size(), 25);
        QCOMPARE(browser.view().stateCounts().all, 50);
        QCOMPARE(browser.filter().uoms(), filter.uoms());
        QCOMPARE(browser.pager().rangeText(browser.store().size()), QStringLiteral("rows 1–10 of 25 (filtered from 100)"));

        browser.setFilter(SessionFilter());
        browser.setPage(4); // rows 40…49
        browser.setPageSize(25); // keeps row 40 in sight: page 1 (25…49)
        QCOMPARE(browser.pager().page(), 1);
        browser.setSort({{SessionColumn::SessionId, Qt::DescendingOrder}});
        QCOMPARE(browser.model()->index(0, int(SessionColumn::SessionId)).data().toString(), QStringLiteral("S-0099"));

        QSignalSpy reset(browser.model(), &QAbstractItemModel::modelReset);
        browser.clear();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(browser.store().size(), 0);
        QCOMPARE(browser.model()->rowCount(), 0);
        QVERIFY(browser.uoms().isEmpty());
    }

    // The marks follow their sessions: a refresh that removes rows before
    // them moves them, a pending start's row appears marked, and an ended
    // use or part of the same ID is never marked.
    void pendingRowsFollowTheirSessions()
    {
        SessionBrowser browser;
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<UsageSession> all = sessions(0, 10);
        UsageSession endedUse = all.at(8); // S-0008 ran the day before, too
        endedUse.state = QStringLiteral("Historic");
        endedUse.start -= 86'400'000;
        endedUse.stop = endedUse.start + 3'600'000;
        endedUse.uduration = 3'600'000;
        all.append(endedUse);
        browser.addSessions(all);
        QCOMPARE(browser.store().size(), 11);
        const SessionAddress stopping = SessionAddress::of(all.at(8));
        const SessionAddress starting = SessionAddress::of(session(QStringLiteral("S-NEW"), 0, true));
        browser.setPendingAddresses({stopping, starting});
        const auto pendingRows = [&browser] {
            QList<int> rows;
            for (int row = 0; row < browser.model()->rowCount(); ++row) {
                const QModelIndex index = browser.model()->index(row, int(SessionColumn::SessionId));
                if (index.data(SessionTableModel::PendingActionRole).toBool())
                    rows << browser.model()->storeRowAt(row);
            }
            return rows;
        };
        QCOMPARE(pendingRows(), QList<int>{8});
        QVERIFY(browser.store().isActive(8));

        UsageSession endedNew = session(QStringLiteral("S-NEW")); // an earlier use, ended
        endedNew.start -= 86'400'000;
        endedNew.stop -= 86'400'000;
        browser.beginRefresh();
        browser.addSessions(sessions(5, 5) + QList<UsageSession>{endedUse, endedNew}); // rows 0-4 go: S-0008 moves to row 3
        browser.endRefresh(true);
        const int active = browser.store().indexOf(SessionKey::of(all.at(8)));
        QCOMPARE(active, 3);
        QCOMPARE(pendingRows(), QList<int>{active});

        UsageSession started = session(QStringLiteral("S-NEW"), 0, true);
        browser.addSessions({started});
        const int startedRow = browser.store().indexOf(SessionKey::of(started));
        QCOMPARE(browser.store().size(), 8);
        QList<int> marked = pendingRows();
        std::sort(marked.begin(), marked.end());
        QCOMPARE(marked, (QList<int>{active, startedRow}));

        browser.setPendingAddresses({});
        QVERIFY(pendingRows().isEmpty());
    }

    void highlightEndsByItself()
    {
        SessionBrowser browser;
        browser.addSessions(sessions(0, 5));
        const auto highlighted = [&browser] {
            int count = 0;
            for (int row = 0; row < browser.model()->rowCount(); ++row)
                count += browser.model()->index(row, 0).data(SessionTableModel::RecentlyChangedRole).toBool();
            return count;
        };
        browser.highlight({1, 3});
        QCOMPARE(highlighted(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(highlighted(), 0, SessionBrowser::HighlightMs + 3000);
        browser.highlight({2});
        QCOMPARE(highlighted(), 1);
        browser.clear(); // a new subscription: nothing of the old one stays lit
        browser.addSessions(sessions(0, 5));
        QCOMPARE(highlighted(), 0);
    }

    // Most used first, what the current row uses first of all, and only
    // what the subscription itself uses.
    void startSuggestionsRankByUse()
    {
        SessionBrowser browser;
        QList<UsageSession> list = sessions(0, 30); // minutes 15, GB 15; PCO-0 (no name), PCO-1, PCO-2 10 each
        for (int i = 0; i < 4; ++i) {
            UsageSession other = session(QStringLiteral("O-%1").arg(i), 0, true);
            other.subscriptionId = QStringLiteral("SUB-2");
            other.uom = QStringLiteral("seats");
            other.pricingComponentId = QStringLiteral("PCO-9");
            list.append(other);
        }
        list.append(session(QStringLiteral("S-EXTRA"))); // one more minutes, "Calls"/PCO-1 renamed
        browser.addSessions(list);
        UsageTally::Suggestions suggestions = browser.startSuggestions(QStringLiteral("SUB-1"), -1);
        QCOMPARE(suggestions.units, (QStringList{QStringLiteral("minutes"), QStringLiteral("GB")}));
        QCOMPARE(suggestions.pricingComponents,
                 (QList<QPair<QString, QString>>{qMakePair(QStringLiteral("Calls"), QStringLiteral("PCO-1")),
                                                 qMakePair(QString(), QStringLiteral("PCO-0")),
                                                 qMakePair(QStringLiteral("Voice"), QStringLiteral("PCO-2"))}));

        const int gbRow = browser.store().indexOf(SessionKey::of(list.at(0)));
        QCOMPARE(browser.store().uom(gbRow), QStringLiteral("GB"));
        suggestions = browser.startSuggestions(QStringLiteral("SUB-1"), gbRow);
        QCOMPARE(suggestions.units.constFirst(), QStringLiteral("GB"));
        QCOMPARE(suggestions.pricingComponents.constFirst(), qMakePair(QString(), QStringLiteral("PCO-0")));

        suggestions = browser.startSuggestions(QStringLiteral("SUB-2"), gbRow); // a row of another subscription
        QCOMPARE(suggestions.units, QStringList{QStringLiteral("seats")});
        QCOMPARE(suggestions.pricingComponents.size(), 1);
        QCOMPARE(browser.activeSessionsOf(QStringLiteral("SUB-2")).size(), 4);
        QCOMPARE(browser.activeSessionsOf(QStringLiteral("SUB-1")).size(), 8); // every fourth of 30
    }

    // The radar through the browser: judged a moment after rows arrive, at
    // once when the clock ticks or the limits change; the NeedsAttention
    // choice, its count and the model's reason follow.
    void needsAttentionFiltersCountsAndExplains()
    {
        using TestData::utc;
        constexpr qint64 H = 60LL * 60 * 1000;
        const qint64 now = utc("2026-02-03T10:00:00Z");
        SessionBrowser browser;
        QAbstractItemModelTester tester(browser.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.setNow(now);
        const auto running = [](const QString &id, qint64 start, const QString &uom) {
            UsageSession s = session(id, 0, true);
            s.start = s.created = start;
            s.uom = uom;
            return s;
        };
        QList<UsageSession> list = sessions(0, 8); // ended ones and a few running since Feb 1st, 10:00
        for (UsageSession &s : list) {
            if (s.state == QLatin1String("Active"))
                s.state = QStringLiteral("Historic"), s.stop = s.start + H, s.uduration = H;
        }
        list << running(QStringLiteral("WEEKEND"), now - 50 * H, QStringLiteral("minutes"))
             << running(QStringLiteral("FRESH"), now - 20 * H, QStringLiteral("GB"))
             << running(QStringLiteral("AHEAD"), now + 30 * H, QStringLiteral("GB"));
        QSignalSpy changed(&browser, &SessionBrowser::attentionChanged);
        browser.addSessions(list);
        QCOMPARE(browser.needsAttentionCount(), 0); // not judged inside the merge
        QVERIFY(changed.wait());
        QCOMPARE(browser.needsAttentionCount(), 2);
        QCOMPARE(browser.view().stateCounts().needsAttention, 2);
        const auto rowOf = [&](const QString &id) {
            for (int row = 0; row < browser.store().size(); ++row) {
                if (browser.store().sessionId(row) == id)
                    return row;
            }
            return -1;
        };
        QCOMPARE(browser.attentionOf(rowOf(QStringLiteral("WEEKEND"))).reason, Attention::Reason::OverLimit);
        QCOMPARE(browser.attentionOf(rowOf(QStringLiteral("AHEAD"))).reason, Attention::Reason::FutureStart);
        QVERIFY(!browser.attentionOf(rowOf(QStringLiteral("FRESH"))).needsAttention());
        QList<SessionKey> keys = browser.needingAttention();
        std::sort(keys.begin(), keys.end(), [](const SessionKey &a, const SessionKey &b) { return a.sessionId < b.sessionId; });
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).sessionId, QStringLiteral("AHEAD"));
        QCOMPARE(keys.at(1).sessionId, QStringLiteral("WEEKEND"));

        SessionFilter filter;
        filter.setState(SessionFilter::StateChoice::NeedsAttention);
        browser.setFilter(filter);
        QCOMPARE(browser.view().size(), 2);
        QCOMPARE(browser.view().stateCounts().all, 11); // the other choices' counts stay
        QCOMPARE(browser.view().stateCounts().active, 3);
        QStringList shown;
        for (int row = 0; row < browser.model()->rowCount(); ++row)
            shown << browser.model()->index(row, int(SessionColumn::SessionId)).data().toString();
        QCOMPARE(shown, (QStringList{QStringLiteral("WEEKEND"), QStringLiteral("AHEAD")}));
        const QModelIndex weekend = browser.model()->index(0, int(SessionColumn::State));
        QCOMPARE(weekend.data(SessionTableModel::AttentionReasonRole).toInt(), int(Attention::Reason::OverLimit));
        QCOMPARE(weekend.data(SessionTableModel::AttentionTextRole).toString(),
                 browser.attentionOf(rowOf(QStringLiteral("WEEKEND"))).text());
        QVERIFY2(weekend.data(Qt::ToolTipRole).toString().contains(QStringLiteral("past its limit of")),
                 qPrintable(weekend.data(Qt::ToolTipRole).toString()));

        // Five hours on, FRESH has run 25 h: flagged at the tick, shown at once.
        changed.clear();
        browser.setNow(now + 5 * H);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(browser.needsAttentionCount(), 3);
        QCOMPARE(browser.view().size(), 3);
        const QModelIndex fresh = browser.model()->index(browser.view().viewRowOf(rowOf(QStringLiteral("FRESH"))),
                                                          int(SessionColumn::SessionId));
        QCOMPARE(fresh.data(SessionTableModel::AttentionReasonRole).toInt(), int(Attention::Reason::OverLimit));

        // Sorted by the verdict: furthest past its limit first (WEEKEND by
        // 31 h, AHEAD 25 h ahead, FRESH by 1 h), the rows needing none last.
        browser.setFilter(SessionFilter());
        browser.setSort({{SessionColumn::Attention, Qt::AscendingOrder}});
        QStringList byAttention;
        for (int row = 0; row < 4; ++row)
            byAttention << browser.model()->index(row, int(SessionColumn::SessionId)).data().toString();
        QCOMPARE(byAttention.mid(0, 3),
                 (QStringList{QStringLiteral("WEEKEND"), QStringLiteral("AHEAD"), QStringLiteral("FRESH")}));
        QVERIFY(!browser.model()->index(3, int(SessionColumn::Attention)).data(SessionTableModel::RawValueRole).isValid());
        const QModelIndex first = browser.model()->index(0, int(SessionColumn::Attention));
        QCOMPARE(first.data().toString(), QStringLiteral("1 d 7 h past limit"));
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), browser.attentionOf(rowOf(QStringLiteral("WEEKEND"))).text());
        QCOMPARE(first.data(SessionTableModel::RawValueRole).toLongLong(), 31 * H);
        browser.setSort({});
        browser.setFilter(filter);

        // A day and a half for GB: FRESH is fine again.
        AttentionLimits limits;
        limits.perUnit.insert(QStringLiteral("GB"), 36 * H);
        browser.setAttentionLimits(limits);
        QCOMPARE(browser.attentionLimits(), limits);
        QCOMPARE(browser.needsAttentionCount(), 2);
        QCOMPARE(browser.view().size(), 2);

        // The count beside the choices follows the other filters.
        filter.setUoms({QStringLiteral("GB")});
        browser.setFilter(filter);
        QCOMPARE(browser.view().stateCounts().needsAttention, 1);
        QCOMPARE(browser.view().size(), 1);

        // WEEKEND is stopped: judged again after the merge.
        UsageSession stopped = running(QStringLiteral("WEEKEND"), now - 50 * H, QStringLiteral("minutes"));
        stopped.state = QStringLiteral("Historic");
        stopped.stop = now;
        stopped.uduration = 50 * H;
        browser.setFilter(SessionFilter());
        browser.addSessions({stopped});
        QVERIFY(changed.wait());
        QCOMPARE(browser.needsAttentionCount(), 1);
        QCOMPARE(browser.view().stateCounts().needsAttention, 1);

        browser.clear();
        QCOMPARE(browser.needsAttentionCount(), 0);
        QCOMPARE(browser.view().stateCounts().needsAttention, 0);
    }

    void activeCountFollowsMergesAndRemovals()
    {
        SessionBrowser browser;
        browser.addSessions(sessions(0, 20)); // 0, 4, 8, 12, 16 active
        QCOMPARE(browser.store().activeCount(), 5);
        QList<UsageSession> again = sessions(0, 20);
        again[4].state = QStringLiteral("Historic"); // stopped
        again[5].state = QStringLiteral("Active");
        again[6].state = QStringLiteral("Active");
        browser.addSessions(again);
        QCOMPARE(browser.store().activeCount(), 6);
        browser.beginRefresh();
        browser.addSessions(again.mid(6)); // rows 0-5 go, 0 and 5 active among them
        browser.endRefresh(true);
        int active = 0;
        for (int row = 0; row < browser.store().size(); ++row)
            active += browser.store().isActive(row);
        QCOMPARE(browser.store().activeCount(), active);
        QCOMPARE(active, 4); // 6, 8, 12, 16
        browser.clear();
        QCOMPARE(browser.store().activeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SessionBrowser)
#include "tst_sessionbrowser.moc"
