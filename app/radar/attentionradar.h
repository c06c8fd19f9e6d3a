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
// rows only, each kept as a few numbers in one vector (a clock tick reads
// no store row):
//  - a run's start is the start of its first part: parts of a run cut at
//    billing-period ends chain by sessionix + 1 and start == previous stop.
//    Only active rows with sessionix > 0 need one; they are resolved
//    together, a part back per pass over the rows' stops (a bit table of
//    the starts looked for, so a row is read further only when its stop
//    may be one), at most MaxPartsBackPerEvaluation passes an evaluation,
//    and looked for again only while their first part is missing and only
//    after ended rows arrived;
//  - the 99th percentile of a pricing component's ended sessions is taken
//    by nth_element over its durations, kept per component as rows merge,
//    and taken again only for components whose ended rows changed, when
//    an active row of the component needs it.
// When several reasons apply, the first of these is given: a start in the
// future (the run time means nothing then), the user's limit (a rule the
// user set), the percentile (a guess from the data).
class AttentionRadar
{
public:
    static constexpr int MinimumSample = 100;                        // ended sessions before a percentile counts
    static constexpr qint64 DefaultClockToleranceMs = 5LL * 60 * 1000; // a device's clock may be this far ahead
    static constexpr int MaxPartsBackPerEvaluation = 3;              // passes over the rows for run starts

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

    Attention attentionOf(int row) const;
    bool needsAttention(int row) const
    {
        const auto it = m_runningIndex.constFind(row);
        return it != m_runningIndex.cend() && m_running[size_t(*it)].reason != Attention::Reason::None;
    }
    int count() const { return m_flaggedCount; }
    QList<int> flaggedRows() const; // in no particular order
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
    // An active row and its last verdict.
    struct Running
    {
        int row;
        qint64 start;
        qint64 runStart;        // the start of its run's first part known
        qint32 runSessionix;    // that part's sessionix (0: the run's start is known)
        quint32 component;      // componentOf()
        int limit;              // into m_limitList
        Attention::Reason reason = Attention::Reason::None;
        qint64 limitMs = 0;
        qint64 pastLimitMs = 0;
        int sampleSize = 0;
    };

    quint32 componentOf(int row) const; // the shared ID sessions of one component share
    int limitIndexOf(int row);
    void rebuild();                     // from the whole store
    void addEnded(int row);
    void addActive(int row);
    void removeActive(int row);
    void takePercentile(Sample &sample);
    void resolveRunStarts();
    void judge(Running &running, qint64 nowUtcMs);

    const SessionStore &m_store;
    AttentionLimits m_limits;
    qint64 m_clockToleranceMs = DefaultClockToleranceMs;
    std::vector<Running> m_running;
    QHash<int, int> m_runningIndex; // store row -> index into m_running
    // Active rows with sessionix > 0 whose run was not followed back to its
    // sessionix 0 yet: looked for again when ended rows arrive.
    QSet<int> m_unresolvedRuns;
    std::vector<Sample> m_samples; // by componentOf() (a shared string ID: small, dense)
    QHash<LimitKey, int> m_limitCache;
    std::vector<Limit> m_limitList;
    QList<int> m_leftSinceEvaluation; // flagged rows that ended or went since
    int m_flaggedCount = 0;
    qint64 m_evaluatedAt = 0;
    bool m_stale = false;
    bool m_needsRebuild = false;
    bool m_renumbered = false; // cleared with rows flagged: report every row
    bool m_runStartsStale = false;
};
