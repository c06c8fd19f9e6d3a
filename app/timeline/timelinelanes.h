#pragma once

#include "wire/usagesession.h"

#include <QtGlobal>

#include <utility>
#include <vector>

class SessionStore;
class SessionView;

// The filtered, sorted sessions as a timeline's lanes: one lane per
// subscription + session ID + unit, in the order of its first row in the
// view (so lanes follow the table's sort); in a lane, one bar per run of
// the ID (IDs are reused run after run), a run's parts across
// billing-period cuts (sessionix 0, 1, 2…, each starting where the one
// before stopped) joined into one bar. Built in one pass with no string
// hashing: a million rows take a fraction of a second.
class TimelineLanes
{
public:
    struct Bar
    {
        qint64 start = 0; // UTC ms of the run's first part
        qint64 stop = BillForward::NoTimestamp; // of its last part; none: running
        int firstPart = 0; // index into partRow()
        int partCount = 0; // more than one: the run was cut, cuts at the later parts' starts
        int lane = 0;
        bool isOpen() const { return stop == BillForward::NoTimestamp; }
    };
    struct Lane
    {
        int firstBar = 0; // bars of a lane are contiguous, ordered by start
        int barCount = 0;
        int storeRow = 0; // its first row in the view, for its label
    };

    void build(const SessionStore &store, const SessionView &view);
    void clear();

    int laneCount() const { return int(m_lanes.size()); }
    const Lane &lane(int index) const { return m_lanes[size_t(index)]; }
    int barCount() const { return int(m_bars.size()); }
    const Bar &bar(int index) const { return m_bars[size_t(index)]; }
    // Store row of a bar's part, parts of one bar in sessionix order.
    int partRow(int index) const { return m_parts[size_t(index)]; }
    int lastPartRow(const Bar &bar) const { return m_parts[size_t(bar.firstPart + bar.partCount - 1)]; }
    // The bar a store row is part of; -1 when the view does not show it.
    int barOfStoreRow(int storeRow) const;

    // The span of every bar: the earliest start, the latest stop (a running
    // bar: none, see hasOpenBars()). Empty lanes: both 0.
    qint64 earliestStart() const { return m_earliest; }
    qint64 latestStop() const { return m_latest; }
    bool hasOpenBars() const { return m_hasOpen; }

    // The bars of `lane` that may reach into [fromUtcMs, toUtcMs), as
    // [first, end) bar indexes; a running bar reaches `nowUtcMs`.
    std::pair<int, int> barsBetween(int lane, qint64 fromUtcMs, qint64 toUtcMs, qint64 nowUtcMs) const;
    // From bar `index` of its lane, the first bar starting at or after
    // `utcMs` (the lane's end when none): skips bars a pixel hides.
    int firstBarStartingFrom(int index, qint64 utcMs) const;

private:
    std::vector<Lane> m_lanes;
    std::vector<Bar> m_bars;
    std::vector<int> m_parts;
    std::vector<int> m_barOfStoreRow;
    qint64 m_earliest = 0;
    qint64 m_latest = 0;
    bool m_hasOpen = false;
};
