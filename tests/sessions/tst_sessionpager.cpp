#include "sessions/sessionpager.h"

#include <QLocale>
#include <QTest>

class tst_SessionPager : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void pageMath_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("expectedPage");
        QTest::addColumn<int>("pageCount");
        QTest::addColumn<int>("firstRow");
        QTest::addColumn<int>("rowsOnPage");
        QTest::newRow("empty") << 100 << 0 << 0 << 0 << 1 << 0 << 0;
        QTest::newRow("one short page") << 100 << 42 << 0 << 0 << 1 << 0 << 42;
        QTest::newRow("exact pages") << 100 << 300 << 2 << 2 << 3 << 200 << 100;
        QTest::newRow("last partial") << 100 << 3412 << 34 << 34 << 35 << 3400 << 12;
        QTest::newRow("clamped high") << 100 << 3412 << 99 << 34 << 35 << 3400 << 12;
        QTest::newRow("clamped low") << 50 << 120 << -3 << 0 << 3 << 0 << 50;
        QTest::newRow("page size 1000") << 1000 << 1000000 << 999 << 999 << 1000 << 999000 << 1000;
        QTest::newRow("nonsense page size") << 0 << 5 << 4 << 4 << 5 << 4 << 1;
    }

    void pageMath()
    {
        QFETCH(int, pageSize);
        QFETCH(int, rows);
        QFETCH(int, page);
        SessionPager pager;
        pager.setPageSize(pageSize);
        pager.setRowCount(rows);
        pager.setPage(page);
        QTEST(pager.page(), "expectedPage");
        QTEST(pager.pageCount(), "pageCount");
        QTEST(pager.firstRow(), "firstRow");
        QTEST(pager.rowsOnPage(), "rowsOnPage");
    }

    void rowCountKeepsPageInRange()
    {
        SessionPager pager;
        pager.setRowCount(1000);
        pager.setPage(7);
        pager.setRowCount(2000); // more rows arrive: same page
        QCOMPARE(pager.page(), 7);
        pager.setRowCount(250);  // a narrower filter: the last page that exists
        QCOMPARE(pager.page(), 2);
        QCOMPARE(pager.rowsOnPage(), 50);
    }

    void rangeText_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("page");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("text");
        QTest::newRow("filtered") << 3412 << 1 << 9812 << QStringLiteral("rows 101–200 of 3,412 (filtered from 9,812)");
        QTest::newRow("unfiltered") << 3412 << 34 << 3412 << QStringLiteral("rows 3,401–3,412 of 3,412");
        QTest::newRow("first page") << 5 << 0 << 5 << QStringLiteral("rows 1–5 of 5");
        QTest::newRow("no rows") << 0 << 0 << 0 << QStringLiteral("no rows");
        QTest::newRow("all filtered out") << 0 << 0 << 12 << QStringLiteral("no rows (filtered from 12)");
    }

    void rangeText()
    {
        QFETCH(int, rows);
        QFETCH(int, page);
        QFETCH(int, total);
        SessionPager pager;
        pager.setRowCount(rows);
        pager.setPage(page);
        QTEST(pager.rangeText(total), "text");
    }
};

QTEST_GUILESS_MAIN(tst_SessionPager)
#include "tst_sessionpager.moc"
