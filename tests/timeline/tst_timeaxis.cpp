#include "timeline/timeaxis.h"

#include "../common/timetestsupport.h"

#include <QTest>

// The time axis's ticks where local days do not begin at 00:00: in
// America/Santiago DST starts at midnight, so 6 Sep 2026 begins at 01:00
// (04:00 UTC). Day, week and hour ticks must go on across that day.

using TimeTestSupport::GapAtMidnightZone;
using TimeTestSupport::local;
using TimeTestSupport::ScopedLocalZone;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

qint64 utcAt(int y, int mo, int d, int h)
{
    return QDateTime(QDate(y, mo, d), QTime(h, 0), Qt::UTC).toMSecsSinceEpoch();
}

QList<qint64> instantsOf(const QList<TimeAxis::Tick> &ticks)
{
    QList<qint64> instants;
    for (const TimeAxis::Tick &tick : ticks)
        instants << tick.utcMs;
    return instants;
}

} // namespace

class tst_TimeAxis : public QObject
{
    Q_OBJECT

private slots:
    void dayTicksCrossADayThatBeginsAtOne()
    {
        const ScopedLocalZone zone(GapAtMidnightZone);
        // 20 min a pixel: a day is 72 px, day ticks; 3 Sep 12:00 to 11 Sep.
        const TimeScale scale(local(2026, 9, 3, 12), 20 * Minute);
        const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(scale, 8 * 72, 60, true, QLocale::c());
        QCOMPARE(int(TimeAxis::stepFor(scale, 60).unit), int(TimeAxis::Unit::Day));
        const QList<qint64> expected{
            local(2026, 9, 4), local(2026, 9, 5),
            utcAt(2026, 9, 6, 4), // 01:00 -04 → -03: the day's first instant
            local(2026, 9, 7), local(2026, 9, 8), local(2026, 9, 9), local(2026, 9, 10), local(2026, 9, 11),
        };
        QCOMPARE(instantsOf(ticks), expected);
        QCOMPARE(ticks.at(2).label, QStringLiteral("09-06"));
        QCOMPARE(ticks.at(3).label, QStringLiteral("09-07"));
    }

    void aViewStartingOnThatDayHasTicks()
    {
        const ScopedLocalZone zone(GapAtMidnightZone);
        // The view begins inside 6 Sep: the first tick floors to its start.
        const TimeScale days(utcAt(2026, 9, 6, 10), 20 * Minute);
        const QList<TimeAxis::Tick> dayTicks = TimeAxis::ticks(days, 4 * 72, 60, true, QLocale::c());
        QVERIFY(dayTicks.size() >= 3);
        QCOMPARE(dayTicks.constFirst().utcMs, local(2026, 9, 7));
        // Weeks: Monday 31 Aug, then 7 Sep and on, though 6 Sep is in between.
        const TimeScale weeks(local(2026, 8, 30), 2 * Hour); // a week is 84 px
        QCOMPARE(int(TimeAxis::stepFor(weeks, 60).unit), int(TimeAxis::Unit::Week));
        const QList<TimeAxis::Tick> weekTicks = TimeAxis::ticks(weeks, 4 * 84, 60, true, QLocale::c());
        QCOMPARE(instantsOf(weekTicks),
                 (QList<qint64>{local(2026, 8, 31), local(2026, 9, 7), local(2026, 9, 14), local(2026, 9, 21)}));
    }

    void hourTicksCrossTheGap()
    {
        const ScopedLocalZone zone(GapAtMidnightZone);
        // 1 min a pixel: hour ticks, 5 Sep 22:00 to 6 Sep 03:00 local. The
        // clock goes 23:00, then 01:00: one hour less, no tick lost after it.
        const qint64 from = local(2026, 9, 5, 21, 30);
        const TimeScale scale(from, Minute);
        QCOMPARE(int(TimeAxis::stepFor(scale, 50).unit), int(TimeAxis::Unit::Hour));
        const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(scale, 5 * 60, 50, true, QLocale::c());
        QStringList labels;
        for (const TimeAxis::Tick &tick : ticks)
            labels << tick.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("22:00"), QStringLiteral("23:00"), QStringLiteral("01:00"),
                                      QStringLiteral("02:00"), QStringLiteral("03:00")}));
        QCOMPARE(ticks.at(2).utcMs, utcAt(2026, 9, 6, 4));
        QCOMPARE(ticks.at(2).context, QStringLiteral("2026-09-06"));
    }

    void berlinDaysStillBeginAtMidnight()
    {
        const TimeScale scale(local(2026, 3, 27, 12), 20 * Minute);
        const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(scale, 4 * 72, 60, true, QLocale::c());
        QCOMPARE(instantsOf(ticks),
                 (QList<qint64>{local(2026, 3, 28), local(2026, 3, 29), local(2026, 3, 30), local(2026, 3, 31)}));
        // Across the spring change (02:00 → 03:00) hour ticks go on.
        const TimeScale hours(local(2026, 3, 29, 0, 30), Minute);
        QStringList labels;
        for (const TimeAxis::Tick &tick : TimeAxis::ticks(hours, 4 * 60, 50, true, QLocale::c()))
            labels << tick.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("01:00"), QStringLiteral("03:00"), QStringLiteral("04:00"),
                                      QStringLiteral("05:00")}));
    }
};

int main(int argc, char **argv)
{
    // Before anything reads the zone; the Santiago cases switch to it.
    qputenv("TZ", "Europe/Berlin");
    QCoreApplication app(argc, argv);
    tst_TimeAxis test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timeaxis.moc"
