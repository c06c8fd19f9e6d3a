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
};

QTEST_GUILESS_MAIN(tst_SessionBrowser)
#include "tst_sessionbrowser.moc"
