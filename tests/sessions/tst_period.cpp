#include "sessions/period.h"

#include "../common/timetestsupport.h"

#include <QTest>

// Period: relative kinds at a fixed now (month, year and DST edges), the
// text form both ways, bare dates as local midnight, instants, open ends,
// and refusals that say what to type. Local time is Europe/Berlin (main).

using Kind = Period::Kind;

using TimeTestSupport::local;
using TimeTestSupport::localAt;

class tst_Period : public QObject
{
    Q_OBJECT

private slots:
    void theZoneIsBerlin()
    {
        // The tests below rely on it: winter +01:00, summer +02:00.
        QCOMPARE(localAt(2026, 1, 15).offsetFromUtc(), 3600);
        QCOMPARE(localAt(2026, 7, 15).offsetFromUtc(), 7200);
    }

    void relativeKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        const QDateTime midMarch = localAt(2026, 3, 18, 15, 30); // a Wednesday
        QTest::newRow("today") << int(Kind::Today) << midMarch << local(2026, 3, 18) << local(2026, 3, 19);
        QTest::newRow("yesterday") << int(Kind::Yesterday) << midMarch << local(2026, 3, 17) << local(2026, 3, 18);
        QTest::newRow("this week") << int(Kind::ThisWeek) << midMarch << local(2026, 3, 16) << local(2026, 3, 23);
        QTest::newRow("last week") << int(Kind::LastWeek) << midMarch << local(2026, 3, 9) << local(2026, 3, 16);
        // March has the change to summer time: 31 days of 24 h less one hour.
        QTest::newRow("this month") << int(Kind::ThisMonth) << midMarch << local(2026, 3, 1) << local(2026, 4, 1);
        QTest::newRow("last month") << int(Kind::LastMonth) << midMarch << local(2026, 2, 1) << local(2026, 3, 1);
        QTest::newRow("this year") << int(Kind::ThisYear) << midMarch << local(2026, 1, 1) << local(2027, 1, 1);
        QTest::newRow("last year") << int(Kind::LastYear) << midMarch << local(2025, 1, 1) << local(2026, 1, 1);
        // Edges: the first minute of a month or year, the last one of a year.
        const QDateTime newYear = localAt(2027, 1, 1, 0, 0);
        QTest::newRow("last month at new year") << int(Kind::LastMonth) << newYear << local(2026, 12, 1) << local(2027, 1, 1);
        QTest::newRow("this month at new year") << int(Kind::ThisMonth) << newYear << local(2027, 1, 1) << local(2027, 2, 1);
        QTest::newRow("this year, last minute") << int(Kind::ThisYear) << localAt(2026, 12, 31, 23, 59) << local(2026, 1, 1)
                                                << local(2027, 1, 1);
        QTest::newRow("last year at new year") << int(Kind::LastYear) << newYear << local(2026, 1, 1) << local(2027, 1, 1);
        QTest::newRow("week across a year") << int(Kind::ThisWeek) << newYear << local(2026, 12, 28) << local(2027, 1, 4);
        QTest::newRow("sunday is in the week") << int(Kind::ThisWeek) << localAt(2026, 3, 22, 23) << local(2026, 3, 16)
                                               << local(2026, 3, 23);
        // A now given in UTC is placed in local time first: 23:30 UTC on
        // 31 March is already 1 April in Berlin.
        QTest::newRow("utc now") << int(Kind::ThisMonth)
                                 << QDateTime(QDate(2026, 3, 31), QTime(23, 30), Qt::UTC) << local(2026, 4, 1)
                                 << local(2026, 5, 1);
    }
    void relativeKinds()
    {
        QFETCH(int, kind);
        QFETCH(QDateTime, now);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        const Period period = Period::relative(Kind(kind));
        QVERIFY(period.isRelative());
        const Period::Bounds bounds = period.resolve(now);
        QCOMPARE(bounds.fromUtcMs, from);
        QCOMPARE(bounds.toUtcMs, to);
    }

    void dstDaysAreLocalDays()
    {
        // 29 March 2026 has 23 hours in Berlin, 25 October 25.
        const Period spring = Period::relative(Kind::Today);
        const Period::Bounds short_ = spring.resolve(localAt(2026, 3, 29, 12));
        QCOMPARE(short_.toUtcMs - short_.fromUtcMs, qint64(23) * 3600 * 1000);
        const Period::Bounds long_ = spring.resolve(localAt(2026, 10, 25, 12));
        QCOMPARE(long_.toUtcMs - long_.fromUtcMs, qint64(25) * 3600 * 1000);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(long_.fromUtcMs, Qt::UTC), QDateTime(QDate(2026, 10, 24), QTime(22, 0), Qt::UTC));
    }

    void aDayWhoseMidnightDoesNotExist()
    {
        // America/Santiago: DST starts at 00:00 on 6 Sep 2026, so that day
        // begins at 01:00 -03 (04:00 UTC) and has 23 hours.
        const TimeTestSupport::ScopedLocalZone zone(TimeTestSupport::GapAtMidnightZone);
        QVERIFY(!localAt(2026, 9, 6).isValid()); // the premise
        const qint64 dayStart = QDateTime(QDate(2026, 9, 6), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 nextDay = QDateTime(QDate(2026, 9, 7), QTime(3, 0), Qt::UTC).toMSecsSinceEpoch();

        const Period picked = Period::days(QDate(2026, 9, 6), QDate(2026, 9, 6));
        QCOMPARE(picked.resolve().fromUtcMs, dayStart);
        QCOMPARE(picked.resolve().toUtcMs, nextDay);
        QCOMPARE(picked.firstDay(), QDate(2026, 9, 6));
        QCOMPARE(picked.lastDay(), QDate(2026, 9, 6));
        QCOMPARE(picked.text(), QStringLiteral("2026-09-06..2026-09-07"));

        QString error;
        const std::optional<Period> parsed = Period::parse(u"2026-09-06..2026-09-07", &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, picked);
        QCOMPARE(Period::parse(parsed->text()), parsed);
        const std::optional<Period> day = Period::parse(u"2026-09-06");
        QVERIFY(day);
        QCOMPARE(day->resolve(), picked.resolve());

        // 00:30 that day never happens: refused, saying why.
        QVERIFY(!Period::parse(u"2026-09-06T00:30..2026-09-06T05:00", &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(Period::parse(u"2026-09-06T01:00..2026-09-06T05:00"));

        // Relative periods around it: today on that day, and a week across it.
        const Period::Bounds today = Period::relative(Kind::Today).resolve(localAt(2026, 9, 6, 12));
        QCOMPARE(today.fromUtcMs, dayStart);
        QCOMPARE(today.toUtcMs, nextDay);
        const Period::Bounds september = Period::relative(Kind::ThisMonth).resolve(localAt(2026, 9, 6, 12));
        QCOMPARE(september.fromUtcMs, local(2026, 9, 1));
        QCOMPARE(september.toUtcMs, local(2026, 10, 1));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"today", "yesterday", "this-week", "last-week", "this-month", "last-month", "this-year",
                                 "last-year", "2026-11-01..2026-12-01", "2026-11-01..", "..2026-12-01",
                                 "2026-11-03T08:00:00..2026-11-03T17:30:00", "2026-11-03T08:00:00Z..2026-11-04T00:00:00Z",
                                 "2026-11-03T08:00:00+05:30..2026-11-03T09:00:00-02:00"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QString error;
        const std::optional<Period> period = Period::parse(text, &error);
        QVERIFY2(period, qPrintable(error));
        QCOMPARE(period->text(), text);
        const std::optional<Period> again = Period::parse(period->text());
        QVERIFY(again);
        QCOMPARE(*again, *period);
        QCOMPARE(again->resolve(localAt(2026, 11, 15)), period->resolve(localAt(2026, 11, 15)));
    }

    void shortFormsResolve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("month") << QStringLiteral("2026-11") << local(2026, 11, 1) << local(2026, 12, 1) << QStringLiteral("2026-11-01..2026-12-01");
        QTest::newRow("december") << QStringLiteral("2026-12") << local(2026, 12, 1) << local(2027, 1, 1) << QStringLiteral("2026-12-01..2027-01-01");
        QTest::newRow("bare date is local midnight") << QStringLiteral("2026-11-03") << local(2026, 11, 3) << local(2026, 11, 4)
                                                     << QStringLiteral("2026-11-03..2026-11-04");
        QTest::newRow("a day of 25 hours") << QStringLiteral("2026-10-25") << local(2026, 10, 25) << local(2026, 10, 26)
                                          << QStringLiteral("2026-10-25..2026-10-26");
        QTest::newRow("Z instant") << QStringLiteral("2026-11-03T08:00Z..2026-11-03T09:00Z")
                                  << QDateTime(QDate(2026, 11, 3), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch()
                                  << QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch()
                                  << QStringLiteral("2026-11-03T08:00:00Z..2026-11-03T09:00:00Z");
        QTest::newRow("offset instant") << QStringLiteral("2026-11-03T08:00:00+05:30..2026-11-03T08:00:00+01:00")
                                       << QDateTime(QDate(2026, 11, 3), QTime(2, 30), Qt::UTC).toMSecsSinceEpoch()
                                       << QDateTime(QDate(2026, 11, 3), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch()
                                       << QStringLiteral("2026-11-03T08:00:00+05:30..2026-11-03T08:00:00+01:00");
        QTest::newRow("local time, space") << QStringLiteral("2026-11-03 08:00..2026-11-03 09:00") << local(2026, 11, 3, 8)
                                          << local(2026, 11, 3, 9) << QStringLiteral("2026-11-03T08:00:00..2026-11-03T09:00:00");
        QTest::newRow("open end") << QStringLiteral("2026-11-01..") << local(2026, 11, 1) << std::numeric_limits<qint64>::max()
                                 << QStringLiteral("2026-11-01..");
        QTest::newRow("open start") << QStringLiteral("..2026-11-01") << std::numeric_limits<qint64>::min() << local(2026, 11, 1)
                                   << QStringLiteral("..2026-11-01");
        QTest::newRow("spaces and case") << QStringLiteral("  This-Month ") << local(2026, 11, 1) << local(2026, 12, 1) << QStringLiteral("this-month");
    }
    void shortFormsResolve()
    {
        QFETCH(QString, text);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(QString, canonical);
        QString error;
        const std::optional<Period> period = Period::parse(text, &error);
        QVERIFY2(period, qPrintable(error));
        const Period::Bounds bounds = period->resolve(localAt(2026, 11, 15));
        QCOMPARE(bounds.fromUtcMs, from);
        QCOMPARE(bounds.toUtcMs, to);
        QCOMPARE(period->text(), canonical);
    }

    void emptyIsNone()
    {
        const std::optional<Period> period = Period::parse(u"  ");
        QVERIFY(period);
        QVERIFY(period->isNull());
        QCOMPARE(period->text(), QString());
        QCOMPARE(period->resolve(), Period::Bounds());
        QCOMPARE(period->label(), QStringLiteral("any time"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says"); // a piece of the message
        QTest::newRow("word") << QStringLiteral("soon") << QStringLiteral("“soon” is not a period");
        QTest::newRow("bad month") << QStringLiteral("2026-13") << QStringLiteral("2026-11");
        QTest::newRow("bad day") << QStringLiteral("2026-02-30") << QStringLiteral("not a period");
        QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("not a period");
        QTest::newRow("bad end") << QStringLiteral("2026-11-01..later") << QStringLiteral("not a period");
        QTest::newRow("backwards") << QStringLiteral("2026-12-01..2026-11-01") << QStringLiteral("ends before it starts");
        QTest::newRow("empty range") << QStringLiteral("2026-11-01..2026-11-01") << QStringLiteral("write a later end");
        QTest::newRow("bare time") << QStringLiteral("08:00") << QStringLiteral("not a period");
        QTest::newRow("in the spring gap") << QStringLiteral("2026-03-29T02:30..2026-03-29T04:00")
                                          << QStringLiteral("local time that does not exist");
        QTest::newRow("no such hour") << QStringLiteral("2026-03-29T25:00..") << QStringLiteral("not a period");
    }
    void refusals()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!Period::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void daysAreInclusive()
    {
        const Period period = Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30));
        QCOMPARE(period.text(), QStringLiteral("2026-11-01..2026-12-01"));
        QCOMPARE(period.firstDay(), QDate(2026, 11, 1));
        QCOMPARE(period.lastDay(), QDate(2026, 11, 30));
        QCOMPARE(period.resolve(), (Period::Bounds{local(2026, 11, 1), local(2026, 12, 1)}));
        QVERIFY(!period.isRelative());
        // A relative period's days at a now.
        const Period month = Period::relative(Kind::LastMonth);
        QCOMPARE(month.firstDay(localAt(2027, 1, 10)), QDate(2026, 12, 1));
        QCOMPARE(month.lastDay(localAt(2027, 1, 10)), QDate(2026, 12, 31));
        // Not whole days: none.
        const Period hours = *Period::parse(u"2026-11-03T08:00..2026-11-03T09:00");
        QVERIFY(hours.firstDay().isNull());
        QVERIFY(hours.lastDay().isNull());
    }

    void labels()
    {
        QCOMPARE(Period::relative(Kind::ThisMonth).label(), QStringLiteral("this month"));
        QCOMPARE(Period::relative(Kind::LastWeek).label(), QStringLiteral("last week"));
        QVERIFY(Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)).label().contains(QStringLiteral(" – ")));
        QVERIFY(Period::parse(u"2026-11-01..")->label().startsWith(QStringLiteral("from ")));
        QVERIFY(Period::parse(u"..2026-11-01")->label().startsWith(QStringLiteral("before ")));
    }
};

int main(int argc, char **argv)
{
    // Before anything reads the zone: month edges and DST are Berlin's.
    qputenv("TZ", "Europe/Berlin");
    QCoreApplication app(argc, argv);
    tst_Period test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_period.moc"
