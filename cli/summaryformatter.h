#pragma once

#include "cli/sessionformatter.h"
#include "sessions/period.h"
#include "sessions/sessiontotals.h"

#include <QByteArray>
#include <QCoreApplication>

namespace BillForward {

// Writes `list --all --summary`: per unit and state the sessions, their
// total duration, earliest start and latest stop, with the UTC instants
// counted between (the --between range, half-open) and the instant active
// sessions were counted up to. json and csv carry milliseconds and wire
// times for scripts; table is for people, one line per unit and state and
// a line for all of them.
class SummaryFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::SummaryFormatter)

public:
    static QByteArray format(const SessionTotals::Result &totals, const Period::Bounds &bounds, qint64 nowUtcMs,
                             SessionFormatter::Format format);

    static QByteArray toTable(const SessionTotals::Result &totals, const Period::Bounds &bounds, qint64 nowUtcMs);
    static QByteArray toCsv(const SessionTotals::Result &totals, const Period::Bounds &bounds, qint64 nowUtcMs);
    static QByteArray toJson(const SessionTotals::Result &totals, const Period::Bounds &bounds, qint64 nowUtcMs);
};

} // namespace BillForward
