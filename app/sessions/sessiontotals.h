#pragma once

#include "sessions/period.h"
#include "wire/usagesession.h"

#include <QList>
#include <QString>

#include <array>
#include <vector>

class SessionStore;

// What a clerk is asked for about a set of sessions: how many, in which
// state, how long per unit, from when to when. Counted over store rows in
// any order (the browser's filtered view, a selection, what the CLI read),
// in one pass over the compact rows: units are added up by their shared
// string ID, so no row costs a string.
//
// With period bounds only the part of each session inside [from, to)
// counts, as a bill would: a session straddling `from` counts from it, an
// active one up to min(now, to). A session wholly inside counts what its
// Duration cell shows (SessionStore::durationAt). Every row given is
// clipped, whatever selected it; one wholly outside the period is not
// counted at all (not on this bill).
//
// The count is kept in two parts: the rows that are not active are added
// up once (they no longer change with the clock); the active rows are kept
// as a list (SessionStore::activeCount() is small) and counted at the
// current now by result(). So advanceTo() a new now costs the active rows
// only, not a recount of the set. Row numbers are only valid while the
// store's layoutGeneration() stays the same (isCurrent()).
class SessionTotals
{
public:
    enum StateIndex : int { Active, Historic, Other, StateCount };

    // One unit, one state.
    struct Bucket
    {
        int count = 0;
        qint64 durationMs = 0;
        BillForward::Timestamp earliestStart = BillForward::NoTimestamp;
        BillForward::Timestamp latestStop = BillForward::NoTimestamp;
        bool running = false; // an active session's counted part ends at now
    };
    struct Unit
    {
        QString name;
        std::array<Bucket, StateCount> states;
        Bucket total() const;
    };
    struct Result
    {
        std::array<int, StateCount> counts = {};
        QList<Unit> units; // by name
        BillForward::Timestamp earliestStart = BillForward::NoTimestamp;
        BillForward::Timestamp latestStop = BillForward::NoTimestamp;
        bool running = false; // the latest stop is "still running"
        int count() const { return counts[Active] + counts[Historic] + counts[Other]; }
    };

    SessionTotals(const SessionStore &store, qint64 nowUtcMs, const Period::Bounds &bounds = {});

    void add(int storeRow);
    template <typename Rows>
    void addAll(const Rows &rows)
    {
        for (const int row : rows)
            add(row);
    }
    // The totals at now: the closed part plus the active rows counted at now.
    Result result() const;
    // Moves now on (a clock tick): only the active rows count differently.
    void advanceTo(qint64 nowUtcMs) { m_now = nowUtcMs; }
    qint64 now() const { return m_now; }
    const Period::Bounds &bounds() const { return m_bounds; }
    // False once rows were removed or cleared since counting began.
    bool isCurrent() const;
    // Whether a clock tick changes anything: some row counted is active.
    bool hasActiveRows() const { return !m_activeRows.empty(); }

    // The part of [start, end) inside `bounds` a session counts (the
    // clipping rule above), for one row.
    static qint64 clippedDurationAt(const SessionStore &store, int row, qint64 nowUtcMs, const Period::Bounds &bounds);

private:
    // Units are few: a flat list of them, found by their shared-string ID.
    struct Units
    {
        std::vector<quint32> ids;
        std::vector<std::array<Bucket, StateCount>> buckets;
        // The slot of a recent unit by the low bits of its ID (+1; 0: none),
        // so a row finds its unit without a search.
        std::array<quint32, 64> recent = {};
        std::array<Bucket, StateCount> &of(quint32 unitId);
    };
    static void merge(Bucket &into, const Bucket &from);
    void addTo(Units &units, int storeRow, qint64 now) const;

    const SessionStore &m_store;
    qint64 m_now;
    Period::Bounds m_bounds;
    bool m_unbounded;
    int m_generation;
    Units m_closed; // the rows that are not active
    std::vector<int> m_activeRows;
};
