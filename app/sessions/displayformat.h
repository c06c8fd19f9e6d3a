#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

// How times and numbers are shown to people: by default in the user's locale
// (the locale's short date with a four-digit year, its time with seconds:
// "27.02.2026 13:15:51" in German), or in ISO 8601 ("2026-02-27 13:15:51")
// when the user chose it. The C locale always gets ISO 8601, so tests and
// scripts see one stable form.
class DisplayFormat
{
public:
    static bool isIso8601();
    static void setIso8601(bool on);

    // A QDateTime format string for locale (also fit for a QDateTimeEdit).
    static QString dateTimeFormat(const QLocale &locale = QLocale());
    static QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
    // A UTC millisecond timestamp (BillForward::Timestamp) in local time;
    // empty for NoTimestamp.
    static QString timestamp(qint64 utcMs, const QLocale &locale = QLocale());
    static QString number(qint64 value, const QLocale &locale = QLocale());
};
