#include "views/savedview.h"
#include "viewtestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// One saved view as JSON: every part comes back, columns by name, and a
// wrong entry is refused with the view's name and the entry's.
class tst_SavedView : public QObject
{
    Q_OBJECT

private slots:
    void everyPartSurvivesARoundTrip()
    {
        const SavedView view = ViewTestData::fullView(QStringLiteral("Last month by unit"));
        const QByteArray bytes = QJsonDocument(view.toJson()).toJson();
        QString error;
        const std::optional<SavedView> back = SavedView::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->name, view.name);
        QCOMPARE(back->filter.text(), view.filter.text());
        QCOMPARE(back->filter.state(), view.filter.state());
        QCOMPARE(back->filter.uoms(), view.filter.uoms());
        QCOMPARE(back->filter.pricingComponents(), view.filter.pricingComponents());
        QCOMPARE(back->filter.startedFrom(), view.filter.startedFrom());
        QCOMPARE(back->filter.startedTo(), view.filter.startedTo());
        QVERIFY(back->filter.period() == view.filter.period());
        QCOMPARE(back->sort, view.sort);
        QCOMPARE(back->columns, view.columns);
        QCOMPARE(back->pageSize, 500);
        QCOMPARE(back->layout, SessionLayout::TableAndTimeline);
        QVERIFY(back->sameContentAs(view));
    }

    void columnsAreNamedNotNumbered()
    {
        const QJsonObject json = ViewTestData::fullView(QStringLiteral("v")).toJson();
        QCOMPARE(json.value(QStringLiteral("columns")).toArray(),
                 (QJsonArray{QStringLiteral("uom"), QStringLiteral("stop"), QStringLiteral("sessionID"),
                             QStringLiteral("attention")}));
        QCOMPARE(json.value(QStringLiteral("sort")).toArray().at(1).toObject(),
                 (QJsonObject{{QStringLiteral("column"), QStringLiteral("stop")},
                              {QStringLiteral("order"), QStringLiteral("descending")}}));
        QCOMPARE(json.value(QStringLiteral("layout")).toString(), QStringLiteral("tableAndTimeline"));
    }

    // One set of names for the settings (view/sessionLayout) and views files.
    void layoutsAndSortOrdersHaveOneNameEach()
    {
        for (const SessionLayout layout : {SessionLayout::Table, SessionLayout::Timeline, SessionLayout::TableAndTimeline})
            QCOMPARE(sessionLayoutOfKey(sessionLayoutKey(layout)), layout);
        QCOMPARE(sessionLayoutKey(SessionLayout::TableAndTimeline), QStringLiteral("tableAndTimeline"));
        QVERIFY(!sessionLayoutOfKey(QStringLiteral("map")));

        // A views file written before the one codec still reads; so does the table's short form.
        const QByteArray today = R"({"name": "v", "sort": [{"column": "uduration", "order": "descending"},
                                    {"column": "uom"}, {"column": "start", "order": "desc"}], "layout": "timeline"})";
        const std::optional<SavedView> view = SavedView::fromJson(QJsonDocument::fromJson(today).object());
        QVERIFY(view);
        QCOMPARE(view->sort, (QList<SessionView::SortKey>{{SessionColumn::Duration, Qt::DescendingOrder},
                                                          {SessionColumn::Uom, Qt::AscendingOrder},
                                                          {SessionColumn::Start, Qt::DescendingOrder}}));
        QCOMPARE(view->layout, SessionLayout::Timeline);
        const QJsonArray sort = view->toJson().value(QStringLiteral("sort")).toArray();
        QCOMPARE(sort.at(2).toObject().value(QStringLiteral("order")).toString(), QStringLiteral("descending"));
    }

    // A newer version's column: left out and named when the caller asks (the
    // settings after a downgrade), the view refused otherwise (a file to import).
    void unknownColumnsAreLeftOutWhenAsked()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"name": "v", "columns": ["state", "colour", "uom"],
            "sort": [{"column": "weight", "order": "descending"}, {"column": "uom"}]})").object();
        QStringList unknown;
        const std::optional<SavedView> view = SavedView::fromJson(json, nullptr, &unknown);
        QVERIFY(view);
        QCOMPARE(view->columns, (QList<SessionColumn>{SessionColumn::State, SessionColumn::Uom}));
        QCOMPARE(view->sort, (QList<SessionView::SortKey>{{SessionColumn::Uom, Qt::AscendingOrder}}));
        QCOMPARE(unknown, (QStringList{QStringLiteral("weight"), QStringLiteral("colour")}));
        QVERIFY(!SavedView::fromJson(json));
    }

    void sameContentIgnoresTheNameOnly()
    {
        const SavedView a = ViewTestData::fullView(QStringLiteral("a"));
        SavedView b = ViewTestData::fullView(QStringLiteral("b"));
        QVERIFY(a.sameContentAs(b));
        b.pageSize = 50;
        QVERIFY(!a.sameContentAs(b));
        b = ViewTestData::fullView(QStringLiteral("b"));
        b.columns.swapItemsAt(0, 1);
        QVERIFY(!a.sameContentAs(b));
        b = ViewTestData::fullView(QStringLiteral("b"));
        b.filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
        QVERIFY(!a.sameContentAs(b));
    }

    void aWrongEntryIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << QByteArray(R"({"pageSize": 50})") << QStringLiteral("no name");
        QTest::newRow("blank name") << QByteArray(R"({"name": "  "})") << QStringLiteral("no name");
        QTest::newRow("unknown column") << QByteArray(R"({"name": "v", "columns": ["state", "colour"]})")
                                        << QStringLiteral("“colour”");
        QTest::newRow("sort by unknown column")
            << QByteArray(R"({"name": "v", "sort": [{"column": "weight"}]})") << QStringLiteral("“weight”");
        QTest::newRow("bad order") << QByteArray(R"({"name": "v", "sort": [{"column": "uom", "order": "up"}]})")
                                   << QStringLiteral("“up”");
        QTest::newRow("page size zero") << QByteArray(R"({"name": "v", "pageSize": 0})") << QStringLiteral("page size");
        QTest::newRow("page size text") << QByteArray(R"({"name": "v", "pageSize": "100"})") << QStringLiteral("page size");
        QTest::newRow("page size fraction") << QByteArray(R"({"name": "v", "pageSize": 10.5})") << QStringLiteral("page size");
        QTest::newRow("unknown layout") << QByteArray(R"({"name": "v", "layout": "map"})") << QStringLiteral("“map”");
        QTest::newRow("bad filter") << QByteArray(R"({"name": "v", "filter": {"state": "sleeping"}})")
                                    << QStringLiteral("sleeping");
        QTest::newRow("filter not an object") << QByteArray(R"({"name": "v", "filter": []})") << QStringLiteral("filter");
    }

    void aWrongEntryIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!SavedView::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        if (json.contains("\"v\""))
            QVERIFY2(error.contains(QStringLiteral("“v”")), qPrintable(error)); // which view
    }
};

QTEST_GUILESS_MAIN(tst_SavedView)
#include "tst_savedview.moc"
