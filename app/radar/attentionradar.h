#pragma once

#include "radar/attention.h"
#include "radar/attentionlimits.h"
#include "sessions/sessionstore.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <vector>

// Finds the active sessions of a SessionStore that need a human at an
// instant (see Attention). Kept in step with the store by noteMerged() /
// noteRemoved() / clear(), which only record what changed (cheap enough
// for every slice of a load); evaluate() does the work, over the active
// rows only:
//  - a run's start is the start of its first part: parts of a run cut at
//    billing-period ends chain by sessionix + 1 and start == previous stop.
//    Only active rows with sessionix > 0 need one; they are resolved
//    together, with one SessionStore::rowsOf() pass and a hash of their
//    addresses' parts, and looked for again only while their first part
//    is missing and only after ended rows arrived;
//  - the 99th percentile of a pricing component's ended sessions is taken
//    by nth_element over its durations, kept per component as rows merge,
//    and taken again only for components whose ended rows changed.
// When several reasons apply, the first of these is given: a start in the
// future (the run time means nothing then), the user's limit (a rule the
// user set), the percentile (a guess from the data).
class AttentionRadar
{
public:
    static constexpr int MinimumSample = 100;                        // ended sessions before a percentile counts
    static constexpr qint64 DefaultClockToleranceMs = 5LL * 60 * 1000; // a device's clock may be this far ahead

    explicit AttentionRadar(const SessionStore &store);

    void setLimits(const AttentionLimits &limits);
    const AttentionLimits &limits() const { return m_limits; }
    void setClockTolerance(qint64 ms) { m_clockToleranceMs = ms; }

    // The store was cleared, merged into, or had rows removed (renumbered).
    void clear();
    void noteMerged(const SessionStore::MergeResult &merged);
    void noteRemoved();
    // Whether the store changed since the last evaluate().
    bool isStale() const { return m_stale; }

    struct Changes
    {
        bool any = false;        // the set of rows flagged, or a row's reason, changed
        bool allRows = false;    // rows were renumbered: look at every row again
        QList<int> rows;         // otherwise: the rows whose reason changed (flagged or no longer)
    };
    // Judges every active row at `nowUtcMs`.
    Changes evaluate(qint64 nowUtcMs);

    Attention attentionOf(int row) const { return m_flagged.value(row); }
    bool needsAttention(int row) const { return m_flagged.contains(row); }
    int count() const { return int(m_flagged.size()); }
    const QHash<int, Attention> &flagged() const { return m_flagged; }
    qint64 evaluatedAt() const { return m_evaluatedAt; }

private:
    struct Sample
    {
        // Of the component's ended rows in whole seconds, in no order: 4
        // bytes an ended session (a percentile needs no milliseconds).
        std::vector<quint32> durations;
        qint64 percentile99 = 0;
        bool dirty = false;
    };
    struct LimitKey
    {
        quint32 name, id, unit;
        friend bool operator==(const LimitKey &a, const LimitKey &b)
        {
            return a.name == b.name && a.id == b.id && a.unit == b.unit;
        }
        friend size_t qHash(const LimitKey &key, size_t seed) { return qHashMulti(seed, key.name, key.id, key.unit); }
    };
    struct Limit { qint64 ms; QString appliesTo; };

    quint32 componentOf(int row) const; // the shared ID sessions of one component share
    void rebuild();                     // from the whole store
    void addEnded(int row);
    void addActive(int row);
    void takePercentile(Sample &sample);
    void resolveRunStarts();
    const Limit &limitOf(int row);
    Attention judge(int row, qint64 nowUtcMs);

    const SessionStore &m_store;
    AttentionLimits m_limits;
    qint64 m_clockToleranceMs = DefaultClockToleranceMs;
    QSet<int> m_active;
    // Active rows with sessionix > 0 whose run was not followed back to its
    // sessionix 0 yet: looked for again when ended rows arrive.
    QSet<int> m_unresolvedRuns;
    QHash<int, qint64> m_runStarts;   // of active rows with sessionix > 0, where an earlier part is loaded
    QHash<quint32, Sample> m_samples; // by componentOf()
    QHash<LimitKey, Limit> m_limitCache;
    QHash<int, Attention> m_flagged;
    qint64 m_evaluatedAt = 0;
    bool m_stale = false;
    bool m_needsRebuild = false;
    bool m_runStartsStale = false;
};
