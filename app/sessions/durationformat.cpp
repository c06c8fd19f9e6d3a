#include "sessions/durationformat.h"

#include <QCoreApplication>

namespace DurationFormat {

QString forPeople(qint64 ms, const QLocale &locale)
{
    const qint64 totalSeconds = ms > 0 ? ms / 1000 : 0;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds / 3600 % 24;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    // The locale's digits and grouping ("1.234 d" in German); minutes and
    // seconds keep two digits so that a column of durations lines up.
    const auto number = [&locale](qint64 n) { return locale.toString(n); };
    const auto twoDigits = [&locale](qint64 n) { return locale.toString(n).rightJustified(2, locale.zeroDigit().at(0)); };
    if (days > 0)
        return QCoreApplication::translate("formatDuration", "%1 d %2 h %3 min %4 s")
            .arg(number(days), number(hours), twoDigits(minutes), twoDigits(seconds));
    if (hours > 0)
        return QCoreApplication::translate("formatDuration", "%1 h %2 min %3 s")
            .arg(number(hours), twoDigits(minutes), twoDigits(seconds));
    if (minutes > 0)
        return QCoreApplication::translate("formatDuration", "%1 min %2 s").arg(number(minutes), twoDigits(seconds));
    return QCoreApplication::translate("formatDuration", "%1 s").arg(number(seconds));
}

QString forScripts(qint64 ms)
{
    const qint64 seconds = ms > 0 ? ms / 1000 : 0;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace DurationFormat
