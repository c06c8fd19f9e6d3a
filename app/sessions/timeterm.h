#pragma once

#include "sessions/period.h"
#include "sessions/sessionfilter.h"

#include <QCoreApplication>
#include <QString>

#include <limits>
#include <optional>

// The values of the filter language's terms of time, read once:
// `duration:>8h` (also `>=`, `<`, `<=`; the duration as DurationText
// reads it) and `ended:this-month` (Period's text form).
class TimeTerm
{
    Q_DECLARE_TR_FUNCTIONS(TimeTerm)

public:
    // The durations a `duration:` term accepts, both ends included.
    struct DurationRange
    {
        qint64 minMs = std::numeric_limits<qint64>::min();
        qint64 maxMs = std::numeric_limits<qint64>::max();
    };

    // nullopt with `error` (translated, says what to type) when `value` is
    // not a comparison and a duration.
    static std::optional<DurationRange> parseDuration(QStringView value, QString *error = nullptr);
    // An `ended:` value: a period (an empty one is refused).
    static std::optional<Period> parseEnded(QStringView value, QString *error = nullptr);
    // Why `term` is not understood; empty when it is (or is not a term of time).
    static QString problemOf(const SessionFilter::Term &term);
    // Whether `term`'s answer for a session can change with the clock alone.
    static bool dependsOnNow(const SessionFilter::Term &term);
};
