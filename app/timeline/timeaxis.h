#pragma once

#include "timeline/timescale.h"

#include <QList>
#include <QLocale>
#include <QString>

// The ticks and labels of a timeline's time axis for a scale and a width:
// the step adapts from a minute to years so labels keep apart (1, 5, 15,
// 30 min, 1, 3, 6, 12 h, a day, a week, a month, 3 months, a year…), in
// local time, or ISO 8601 when asked; a coarser context label (the day, the
// month or the year) at the first tick and wherever it changes.
class TimeAxis
{
public:
    enum class Unit { Minute, Hour, Day, Week, Month, Year };
    struct Step
    {
        Unit unit = Unit::Hour;
        int count = 1;
        qint64 nominalMs() const; // a month as 30 days, a year as 365
    };
    struct Tick
    {
        qint64 utcMs = 0;
        double x = 0;     // through the scale
        QString label;
        QString context;  // empty where it is the same as the tick before
    };

    // The finest step whose ticks are at least `minSpacing` pixels apart.
    static Step stepFor(const TimeScale &scale, double minSpacing);
    // The ticks within [0, width) pixels.
    static QList<Tick> ticks(const TimeScale &scale, double width, double minSpacing, bool iso8601,
                             const QLocale &locale = QLocale());
};
