#include "sessions/displayformat.h"

#include "wire/usagesession.h"

#include <atomic>

namespace {

// Set once at start (and from the View menu) on the GUI thread; atomic so a
// worker formatting text never reads a torn value.
std::atomic<bool> g_iso8601{false};

const QString IsoFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");

} // namespace

bool DisplayFormat::isIso8601()
{
    return g_iso8601.load(std::memory_order_relaxed);
}

void DisplayFormat::setIso8601(bool on)
{
    g_iso8601.store(on, std::memory_order_relaxed);
}

QString DisplayFormat::dateTimeFormat(const QLocale &locale)
{
    if (isIso8601() || locale.language() == QLocale::C)
        return IsoFormat;
    // Short formats give a two-digit year and no seconds ("27.02.26 13:15"):
    // billing needs both, so widen them and keep the locale's order and
    // separators.
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(QLatin1Char('s'))) {
        const qsizetype minutes = time.indexOf(QLatin1String("mm"));
        if (minutes >= 0) {
            // The separator the locale puts before the minutes, e.g. ':' or '.'.
            const QChar separator = minutes > 0 ? time.at(minutes - 1) : QLatin1Char(':');
            time.insert(minutes + 2, separator + QStringLiteral("ss"));
        }
    }
    return date + QLatin1Char(' ') + time;
}

QString DisplayFormat::dateTime(const QDateTime &time, const QLocale &locale)
{
    if (!time.isValid())
        return {};
    return locale.toString(time, dateTimeFormat(locale));
}

QString DisplayFormat::timestamp(qint64 utcMs, const QLocale &locale)
{
    if (utcMs == BillForward::NoTimestamp)
        return {};
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMs), locale);
}

QString DisplayFormat::number(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}
