#include "views/filterjson.h"

#include <QJsonDocument>
#include <QTest>

// The filter as JSON: every part survives a round trip, and a wrong entry
// is refused with a message naming it.
class tst_FilterJson : public QObject
{
    Q_OBJECT

private slots:
    void everyPartSurvivesARoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::addColumn<QStringList>("units");
        QTest::addColumn<QStringList>("components");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("period");

        QTest::newRow("empty") << QString() << int(SessionFilter::StateChoice::All) << QStringList() << QStringList()
                               << QDate() << QDate() << QString();
        QTest::newRow("everything")
            << QStringLiteral("uom:minutes  desc:\"night shift\" duration:>8h") << int(SessionFilter::StateChoice::Active)
            << QStringList{QStringLiteral("minutes"), QStringLiteral("seats")}
            << QStringList{QStringLiteral("Support hours"), QStringLiteral("pc-7")} << QDate(2026, 11, 1)
            << QDate(2026, 11, 30) << QStringLiteral("this-month");
        QTest::newRow("historic, open start, fixed range")
            << QStringLiteral("ended:last-month") << int(SessionFilter::StateChoice::Historic) << QStringList()
            << QStringList{QStringLiteral("Café")} << QDate() << QDate(2026, 12, 1)
            << QStringLiteral("2026-11-01..2026-12-01");
        QTest::newRow("needs attention, month") << QStringLiteral("ö") << int(SessionFilter::StateChoice::NeedsAttention)
                                                << QStringList{QStringLiteral("seats")} << QStringList() << QDate(2026, 1, 1)
                                                << QDate() << QStringLiteral("2026-11");
    }

    void everyPartSurvivesARoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QFETCH(QStringList, units);
        QFETCH(QStringList, components);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, period);

        SessionFilter filter;
        filter.setText(text);
        filter.setState(SessionFilter::StateChoice(state));
        filter.setUoms(QSet<QString>(units.cbegin(), units.cend()));
        filter.setPricingComponents(QSet<QString>(components.cbegin(), components.cend()));
        filter.setStartedBetween(from, to);
        filter.setPeriod(*Period::parse(period));

        // Through text, as a file holds it.
        const QByteArray bytes = QJsonDocument(FilterJson::toJson(filter)).toJson();
        QString error;
        const std::optional<SessionFilter> back = FilterJson::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->text(), text);
        QCOMPARE(back->terms(), filter.terms());
        QCOMPARE(int(back->state()), state);
        QCOMPARE(back->uoms(), filter.uoms());
        QCOMPARE(back->pricingComponents(), filter.pricingComponents());
        QCOMPARE(back->startedFrom(), from);
        QCOMPARE(back->startedTo(), to);
        QVERIFY(back->period() == filter.period());
        QCOMPARE(back->period().text(), filter.period().text());
        QCOMPARE(FilterJson::toJson(*back), FilterJson::toJson(filter));
    }

    void aRelativePeriodStaysRelative()
    {
        SessionFilter filter;
        filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
        const QJsonObject json = FilterJson::toJson(filter);
        QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("this-month"));
        const std::optional<SessionFilter> back = FilterJson::fromJson(json);
        QVERIFY(back);
        QVERIFY(back->period().isRelative());
        QCOMPARE(back->period().kind(), Period::Kind::ThisMonth);
    }

    void equalFiltersGiveEqualJson()
    {
        // Sets have no order: the JSON sorts them, so "modified" compares
        // what the user sees, not how a hash happened to lay it out.
        SessionFilter a;
        SessionFilter b;
        QSet<QString> forward;
        QSet<QString> backward;
        for (int i = 0; i < 50; ++i)
            forward.insert(QString::number(i));
        for (int i = 49; i >= 0; --i)
            backward.insert(QString::number(i));
        a.setUoms(forward);
        b.setUoms(backward);
        QCOMPARE(QJsonDocument(FilterJson::toJson(a)).toJson(), QJsonDocument(FilterJson::toJson(b)).toJson());
    }

    void aWrongEntryIsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("text a number") << QByteArray(R"({"text": 3})") << QStringLiteral("“text”");
        QTest::newRow("unknown state") << QByteArray(R"({"state": "sleeping"})") << QStringLiteral("sleeping");
        QTest::newRow("units not a list") << QByteArray(R"({"units": "minutes"})") << QStringLiteral("“units”");
        QTest::newRow("a unit not a name") << QByteArray(R"({"units": [1]})") << QStringLiteral("“units”");
        QTest::newRow("a bad date") << QByteArray(R"({"startedFrom": "2026-13-01"})") << QStringLiteral("startedFrom");
        QTest::newRow("a bad period") << QByteArray(R"({"period": "next-decade"})") << QStringLiteral("next-decade");
        QTest::newRow("period a number") << QByteArray(R"({"period": 5})") << QStringLiteral("“period”");
    }

    void aWrongEntryIsRefusedByName()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!FilterJson::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void leftOutEntriesAreNoRestriction()
    {
        const std::optional<SessionFilter> filter = FilterJson::fromJson(QJsonObject{});
        QVERIFY(filter);
        QVERIFY(filter->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FilterJson)
#include "tst_filterjson.moc"
