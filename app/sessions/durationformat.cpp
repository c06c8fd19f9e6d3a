#include "sessions/durationformat.h"

#include <QCoreApplication>

QString formatDuration(qint64 ms)
{
    const qint64 totalSeconds = ms > 0 ? ms / 1000 : 0;
    const qint64 days = totalSeconds / 86400;
    const qint64 hours = totalSeconds / 3600 % 24;
    const qint64 minutes = totalSeconds / 60 % 60;
    const qint64 seconds = totalSeconds % 60;
    const QString ss = QStringLiteral("%1").arg(seconds, 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg(minutes, 2, 10, QLatin1Char('0'));
    if (days > 0)
        return QCoreApplication::translate("formatDuration", "%1 d %2 h %3 min %4 s")
            .arg(days).arg(hours).arg(mm, ss);
    if (hours > 0)
        return QCoreApplication::translate("formatDuration", "%1 h %2 min %3 s")
            .arg(hours).arg(mm, ss);
    if (minutes > 0)
        return QCoreApplication::translate("formatDuration", "%1 min %2 s").arg(minutes).arg(ss);
    return QCoreApplication::translate("formatDuration", "%1 s").arg(seconds);
}
