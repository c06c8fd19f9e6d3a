#include "sessions/sessiontotals.h"

#include "sessions/sessionstore.h"

#include <algorithm>
#include <limits>

using BillForward::NoTimestamp;
using BillForward::SessionState;
using BillForward::Timestamp;

namespace {

struct Span
{
    Timestamp from = NoTimestamp; // NoTimestamp: the row is not inside the bounds at all
    Timestamp to = NoTimestamp;
    qint64 durationMs = 0;
    bool running = false;
};

bool unbounded(const Period::Bounds &bounds)
{
    return bounds.fromUtcMs == std::numeric_limits<qint64>::min() && bounds.toUtcMs == std::numeric_limits<qint64>::max();
}

// The counted part of one row: [start, stop) (an active one's up to now)
// clipped to the bounds.
Span spanOf(const SessionStore &store, int row, qint64 now, const Period::Bounds &bounds, bool isUnbounded)
{
    const CompactSession &session = store.compact(row);
    const bool active = store.isActive(row);
    const Timestamp stopsAt = store.endAt(row, now);
    Span span;
    if (session.start == NoTimestamp) {
        // Nothing to clip by: only an unbounded total can count it.
        if (isUnbounded)
            span.durationMs = store.durationAt(row, now);
        return span;
    }
    const Timestamp end = qMax(stopsAt, session.start); // a stop before the start ran for nothing
    if (session.start >= bounds.fromUtcMs && end <= bounds.toUtcMs)
        span.durationMs = store.durationAt(row, now); // wholly inside: what the Duration cell shows
    else
        span.durationMs = qMax<qint64>(0, qMin(end, bounds.toUtcMs) - qMax(session.start, bounds.fromUtcMs));
    const Timestamp from = qMax(session.start, bounds.fromUtcMs);
    const Timestamp to = qMin(end, bounds.toUtcMs);
    if (from > to || (from == to && session.start < end))
        return span; // outside the bounds (a zero-length session at the edge still counts)
    span.from = from;
    span.to = to;
    span.running = active && end < bounds.toUtcMs;
    return span;
}

} // namespace

SessionTotals::Bucket SessionTotals::Unit::total() const
{
    Bucket sum;
    for (const Bucket &bucket : states)
        merge(sum, bucket);
    return sum;
}

SessionTotals::SessionTotals(const SessionStore &store, qint64 nowUtcMs, const Period::Bounds &bounds)
    : m_store(store)
    , m_now(nowUtcMs)
    , m_bounds(bounds)
    , m_unbounded(unbounded(bounds))
    , m_generation(store.layoutGeneration())
{
}

bool SessionTotals::isCurrent() const
{
    return m_store.layoutGeneration() == m_generation;
}

std::array<SessionTotals::Bucket, SessionTotals::StateCount> &SessionTotals::Units::of(quint32 unitId)
{
    quint32 &hint = recent[unitId % recent.size()];
    if (hint != 0 && ids[hint - 1] == unitId)
        return buckets[hint - 1];
    const auto found = std::find(ids.begin(), ids.end(), unitId);
    const size_t slot = size_t(found - ids.begin());
    if (found == ids.end()) {
        ids.push_back(unitId);
        buckets.emplace_back();
    }
    hint = quint32(slot + 1);
    return buckets[slot];
}

void SessionTotals::add(int storeRow)
{
    if (m_store.isActive(storeRow))
        m_activeRows.push_back(storeRow); // counted at now, in result()
    else
        addTo(m_closed, storeRow, m_now);
}

void SessionTotals::addTo(Units &units, int storeRow, qint64 now) const
{
    const Span span = spanOf(m_store, storeRow, now, m_bounds, m_unbounded);
    if (!m_unbounded && span.from == NoTimestamp)
        return; // not inside the period at all: not on this bill
    const SessionState state = m_store.stateKind(storeRow);
    Bucket &bucket = units.of(m_store.sharedId(storeRow, CompactSession::Uom))[state == SessionState::Active ? Active
                                              : state == SessionState::Historic ? Historic : Other];
    ++bucket.count;
    bucket.durationMs += span.durationMs;
    if (span.from == NoTimestamp)
        return;
    if (bucket.earliestStart == NoTimestamp || span.from < bucket.earliestStart)
        bucket.earliestStart = span.from;
    if (bucket.latestStop == NoTimestamp || span.to > bucket.latestStop)
        bucket.latestStop = span.to;
    bucket.running = bucket.running || span.running;
}

void SessionTotals::merge(Bucket &into, const Bucket &from)
{
    into.count += from.count;
    into.durationMs += from.durationMs;
    if (from.earliestStart != NoTimestamp
        && (into.earliestStart == NoTimestamp || from.earliestStart < into.earliestStart))
        into.earliestStart = from.earliestStart;
    if (from.latestStop != NoTimestamp && (into.latestStop == NoTimestamp || from.latestStop > into.latestStop))
        into.latestStop = from.latestStop;
    into.running = into.running || from.running;
}

SessionTotals::Result SessionTotals::result() const
{
    Units units = m_closed; // a copy of a few units
    const int size = m_store.size();
    for (const int row : m_activeRows) {
        if (row < size) // a row of a cleared store counts no more
            addTo(units, row, m_now);
    }
    Result result;
    Bucket all;
    for (size_t i = 0; i < units.ids.size(); ++i) {
        Unit unit;
        unit.name = m_store.sharedText(units.ids[i]);
        unit.states = units.buckets[i];
        for (int state = 0; state < StateCount; ++state) {
            result.counts[size_t(state)] += unit.states[size_t(state)].count;
            merge(all, unit.states[size_t(state)]);
        }
        result.units.append(unit);
    }
    std::sort(result.units.begin(), result.units.end(),
              [](const Unit &a, const Unit &b) { return a.name.localeAwareCompare(b.name) < 0; });
    result.earliestStart = all.earliestStart;
    result.latestStop = all.latestStop;
    result.running = all.running;
    return result;
}

qint64 SessionTotals::clippedDurationAt(const SessionStore &store, int row, qint64 nowUtcMs,
                                        const Period::Bounds &bounds)
{
    return spanOf(store, row, nowUtcMs, bounds, unbounded(bounds)).durationMs;
}
