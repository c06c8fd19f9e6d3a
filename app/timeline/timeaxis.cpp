#include "timeline/timeaxis.h"

#include "sessions/localday.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;

const std::array<TimeAxis::Step, 17> &steps()
{
    using U = TimeAxis::Unit;
    static const std::array<TimeAxis::Step, 17> all{{
        {U::Minute, 1}, {U::Minute, 5}, {U::Minute, 15}, {U::Minute, 30},
        {U::Hour, 1}, {U::Hour, 3}, {U::Hour, 6}, {U::Hour, 12},
        {U::Day, 1}, {U::Week, 1}, {U::Month, 1}, {U::Month, 3},
        {U::Year, 1}, {U::Year, 2}, {U::Year, 5}, {U::Year, 10}, {U::Year, 50},
    }};
    return all;
}

// The first tick at or before `local`: the step's boundary in local time.
// Days begin at LocalDay::start (01:00 where DST starts at midnight);
// minutes and hours are floored on the wall clock at `local`'s offset, so
// a tick never lands in a DST gap.
QDateTime floorTo(const QDateTime &local, const TimeAxis::Step &step)
{
    const QDate date = local.date();
    switch (step.unit) {
    case TimeAxis::Unit::Minute:
    case TimeAxis::Unit::Hour: {
        const qint64 stepMs = step.unit == TimeAxis::Unit::Hour ? step.count * HourMs : step.count * MinuteMs;
        const qint64 offsetMs = qint64(local.offsetFromUtc()) * 1000;
        const qint64 wallMs = local.toMSecsSinceEpoch() + offsetMs;
        const qint64 remainder = ((wallMs % stepMs) + stepMs) % stepMs;
        return QDateTime::fromMSecsSinceEpoch(wallMs - remainder - offsetMs, Qt::LocalTime);
    }
    case TimeAxis::Unit::Day:
        return LocalDay::start(date);
    case TimeAxis::Unit::Week:
        return LocalDay::start(date.addDays(1 - date.dayOfWeek())); // Monday
    case TimeAxis::Unit::Month:
        return LocalDay::start(QDate(date.year(), date.month() - (date.month() - 1) % step.count, 1));
    case TimeAxis::Unit::Year:
        return LocalDay::start(QDate(date.year() - date.year() % step.count, 1, 1));
    }
    return local;
}

// Calendar steps go from day start to day start: tick.addDays() would keep
// a 01:00 start of day (a DST gap at midnight) on the following days.
QDateTime next(const QDateTime &tick, const TimeAxis::Step &step)
{
    switch (step.unit) {
    case TimeAxis::Unit::Minute: return tick.addSecs(qint64(step.count) * 60);
    case TimeAxis::Unit::Hour: return tick.addSecs(qint64(step.count) * 3600);
    case TimeAxis::Unit::Day: return LocalDay::start(tick.date().addDays(step.count));
    case TimeAxis::Unit::Week: return LocalDay::start(tick.date().addDays(7 * step.count));
    case TimeAxis::Unit::Month: return LocalDay::start(tick.date().addMonths(step.count));
    case TimeAxis::Unit::Year: return LocalDay::start(tick.date().addYears(step.count));
    }
    return LocalDay::start(tick.date().addDays(1));
}

QString labelOf(const QDateTime &t, TimeAxis::Unit unit, bool iso, const QLocale &locale)
{
    switch (unit) {
    case TimeAxis::Unit::Minute:
    case TimeAxis::Unit::Hour:
        return t.toString(QStringLiteral("HH:mm"));
    case TimeAxis::Unit::Day:
    case TimeAxis::Unit::Week:
        return iso ? t.toString(QStringLiteral("MM-dd")) : locale.toString(t.date(), QStringLiteral("ddd d"));
    case TimeAxis::Unit::Month:
        return iso ? t.toString(QStringLiteral("yyyy-MM")) : locale.toString(t.date(), QStringLiteral("MMM"));
    case TimeAxis::Unit::Year:
        return t.toString(QStringLiteral("yyyy"));
    }
    return {};
}

// The coarser label a tick belongs to: its day under minute and hour
// ticks, its month under days and weeks, its year under months.
QString contextOf(const QDateTime &t, TimeAxis::Unit unit, bool iso, const QLocale &locale)
{
    switch (unit) {
    case TimeAxis::Unit::Minute:
    case TimeAxis::Unit::Hour:
        return iso ? t.toString(QStringLiteral("yyyy-MM-dd"))
                   : locale.toString(t.date(), QLocale::LongFormat);
    case TimeAxis::Unit::Day:
    case TimeAxis::Unit::Week:
        return iso ? t.toString(QStringLiteral("yyyy-MM")) : locale.toString(t.date(), QStringLiteral("MMMM yyyy"));
    case TimeAxis::Unit::Month:
        return iso ? QString() : t.toString(QStringLiteral("yyyy"));
    case TimeAxis::Unit::Year:
        return {};
    }
    return {};
}

} // namespace

qint64 TimeAxis::Step::nominalMs() const
{
    switch (unit) {
    case Unit::Minute: return count * MinuteMs;
    case Unit::Hour: return count * HourMs;
    case Unit::Day: return count * DayMs;
    case Unit::Week: return count * 7 * DayMs;
    case Unit::Month: return count * 30 * DayMs;
    case Unit::Year: return count * 365 * DayMs;
    }
    return DayMs;
}

TimeAxis::Step TimeAxis::stepFor(const TimeScale &scale, double minSpacing)
{
    for (const Step &step : steps()) {
        if (double(step.nominalMs()) / scale.msPerPixel() >= minSpacing)
            return step;
    }
    return steps().back();
}

QList<TimeAxis::Tick> TimeAxis::ticks(const TimeScale &scale, double width, double minSpacing, bool iso8601,
                                      const QLocale &locale)
{
    QList<Tick> result;
    if (width <= 0)
        return result;
    const Step step = stepFor(scale, minSpacing);
    const qint64 from = scale.timeAt(0);
    const qint64 to = scale.timeAt(width);
    // Far outside what QDateTime handles quickly (or at all): no ticks.
    constexpr qint64 Limit = qint64(9999 - 1970) * 365 * DayMs;
    if (from < -Limit || to > Limit)
        return result;
    QDateTime tick = floorTo(QDateTime::fromMSecsSinceEpoch(from, Qt::LocalTime), step);
    QString lastContext;
    for (int guard = 0; guard < 10000 && tick.isValid(); ++guard, tick = next(tick, step)) {
        const qint64 utc = tick.toMSecsSinceEpoch();
        if (utc < from)
            continue;
        if (utc >= to)
            break;
        Tick t;
        t.utcMs = utc;
        t.x = scale.xOf(utc);
        t.label = labelOf(tick, step.unit, iso8601, locale);
        const QString context = contextOf(tick, step.unit, iso8601, locale);
        if (context != lastContext)
            t.context = context;
        lastContext = context;
        result.append(t);
    }
    return result;
}
