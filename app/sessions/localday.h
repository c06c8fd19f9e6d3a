#pragma once

#include <QDate>
#include <QDateTime>

// Where a local day begins. Not always 00:00: where daylight saving time
// starts at midnight (America/Santiago, America/Havana, Asia/Beirut) the
// clock jumps from 23:59:59 to 01:00, and QDateTime(day, 00:00) is
// invalid. Period, the filter's started-between bounds and the time axis
// all use this one rule.
struct LocalDay
{
    // The first instant of `day` in local time; invalid only for an invalid date.
    static QDateTime start(QDate day) { return day.startOfDay(Qt::LocalTime); }
    // Whether `time` is, in local time, the first instant of its day.
    static bool isStart(const QDateTime &time)
    {
        return time.isValid() && time.timeSpec() == Qt::LocalTime && time == start(time.date());
    }
};
