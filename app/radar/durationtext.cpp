#include "radar/durationtext.h"

#include <QLocale>

#include <array>

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

struct Unit { qint64 ms; int rank; };

// The unit a suffix names, rank 0 for days down to 3 for seconds; rank -1
// when unknown.
Unit unitOf(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("d"))
        return {Day, 0};
    if (s == QLatin1String("h"))
        return {Hour, 1};
    if (s == QLatin1String("m") || s == QLatin1String("min"))
        return {Minute, 2};
    if (s == QLatin1String("s"))
        return {Second, 3};
    return {0, -1};
}

} // namespace

qint64 DurationText::parse(QStringView text, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return qint64(-1);
    };
    const QString shown = text.trimmed().toString();
    if (shown.isEmpty())
        return fail(tr("No duration given: type one like 90m, 8h, 3d or 1d12h."));
    qint64 total = 0;
    int lastRank = -1;
    qsizetype i = 0;
    const qsizetype n = shown.size();
    while (i < n) {
        while (i < n && shown.at(i).isSpace())
            ++i;
        if (i == n)
            break;
        const qsizetype numberStart = i;
        while (i < n && shown.at(i) >= QLatin1Char('0') && shown.at(i) <= QLatin1Char('9'))
            ++i;
        if (i == numberStart)
            return fail(tr("\"%1\" is not a duration: give a number and a unit (d, h, min, s), like 90m, 8h or 1d12h.")
                            .arg(shown));
        bool ok = false;
        const qint64 number = QStringView(shown).mid(numberStart, i - numberStart).toLongLong(&ok);
        while (i < n && shown.at(i).isSpace())
            ++i;
        const qsizetype unitStart = i;
        while (i < n && shown.at(i).isLetter())
            ++i;
        if (i == unitStart)
            return fail(tr("\"%1\" has a number without a unit: add d, h, min or s, like 8h.").arg(shown));
        const QString suffix = shown.mid(unitStart, i - unitStart);
        const Unit unit = unitOf(suffix);
        if (unit.rank < 0)
            return fail(tr("\"%1\" in \"%2\" is not a unit: use d, h, min (or m) or s.").arg(suffix, shown));
        if (unit.rank <= lastRank)
            return fail(tr("\"%1\" names a unit twice or out of order: write the largest first, like 1d12h.").arg(shown));
        lastRank = unit.rank;
        if (!ok || number > MaxMs / unit.ms || total > MaxMs - number * unit.ms)
            return fail(tr("\"%1\" is longer than 100 years: give a shorter duration.").arg(shown));
        total += number * unit.ms;
    }
    if (total < Second)
        return fail(tr("\"%1\" is no time at all: give a duration of at least one second.").arg(shown));
    return total;
}

QString DurationText::format(qint64 ms)
{
    if (ms < Second)
        return QStringLiteral("0 s");
    static constexpr std::array<std::pair<qint64, const char *>, 4> units{
        {{Day, "d"}, {Hour, "h"}, {Minute, "min"}, {Second, "s"}}};
    QStringList parts;
    qint64 rest = ms;
    for (const auto &[size, symbol] : units) {
        if (rest >= size) {
            parts << QStringLiteral("%1 %2").arg(rest / size).arg(QLatin1String(symbol));
            rest %= size;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString DurationText::forPeople(qint64 ms)
{
    const QLocale locale;
    const qint64 seconds = qMax<qint64>(0, ms) / Second;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds / 3600 % 24;
    const qint64 minutes = seconds / 60 % 60;
    const auto number = [&locale](qint64 value) { return locale.toString(value); };
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(number(days), number(hours)) : tr("%1 d").arg(number(days));
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(number(hours), number(minutes)) : tr("%1 h").arg(number(hours));
    if (minutes > 0)
        return tr("%1 min").arg(number(minutes));
    return tr("%1 s").arg(number(seconds));
}
