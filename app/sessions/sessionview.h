#pragma once

#include "memory/preparedgrowth.h"
#include "sessions/sessioncolumn.h"
#include "sessions/sessionfilter.h"
#include "sessions/sessionstore.h"
#include "sessions/text/textcollation.h"
#include "sessions/text/sessionidcopy.h"
#include "sessions/text/textranks.h"

#include <QList>

#include <functional>
#include <vector>

class AttentionRadar;
class SessionMatcher;
class SessionStore;

// The filtered, sorted order of the store's rows: a permutation of row
// indexes with precomputed sort keys, so a sort or a filter change scales
// to a million sessions, where QSortFilterProxyModel's comparisons do not.
// Pages of it are what the table shows.
class SessionView
{
public:
    struct SortKey
    {
        SessionColumn column = SessionColumn::Created;
        Qt::SortOrder order = Qt::AscendingOrder;
        friend bool operator==(const SortKey &a, const SortKey &b) { return a.column == b.column && a.order == b.order; }
    };
    struct StateCounts { int all = 0; int active = 0; int historic = 0; int needsAttention = 0; };

    explicit SessionView(const SessionStore &store);

    // The radar whose verdicts the NeedsAttention state choice and the
    // needsAttention count follow (none: no row needs attention).
    void setAttentionSource(const AttentionRadar *radar) { m_radar = radar; }
    // After the radar judged again: `storeRows` changed their verdict
    // (`allRows`: look at every row).
    void updateAttention(const QList<int> &storeRows, bool allRows);

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // Primary first; ties broken by the next keys, then by row (stable).
    void setSort(const QList<SortKey> &keys);
    const QList<SortKey> &sort() const { return m_sort; }

    // Recomputes from the store (after a merge or removal). `nowUtcMs` is
    // the time active sessions' elapsed durations are sorted by.
    void rebuild(qint64 nowUtcMs);
    // The time the next full sort compares active durations at.
    void setNow(qint64 nowUtcMs) { m_sortNow = nowUtcMs; }
    // Whether followNow(nowUtcMs) would look at rows again: the filter
    // depends on the clock (SessionFilter::dependsOnNow()), and the
    // calendar moved a relative period, or enough time passed since the
    // last look (every tick while few sessions run, else once a minute).
    bool dueForNow(qint64 nowUtcMs) const;
    // setNow(), and when due, the filter again: every row when a relative
    // period moved on, else only the active rows (the only ones whose
    // answer the clock alone changes). True when rows came or went;
    // `aboutToChange` (when given) is called just before they do, and
    // not at all when no row's answer changed.
    bool followNow(qint64 nowUtcMs, const std::function<void()> &aboutToChange = {});
    static constexpr int FewActiveRows = 20000;
    static constexpr qint64 NowRecheckMs = 60 * 1000;
    // After a merge: places the inserted and changed rows without sorting
    // everything again (a fetch merges a million sessions in pages). Active
    // durations keep being compared at the time of the last full sort, so
    // rows do not wander while the clock ticks.
    void update(const SessionStore::MergeResult &merged);
    // After SessionStore::removeNotSeenSince(): drops removed rows and
    // renumbers the others, keeping the order.
    void remap(const std::vector<int> &newRowOfOldRow);

    int size() const { return int(rows().size()); }       // rows that pass the filter
    int storeRow(int viewRow) const { return rows()[size_t(viewRow)]; }
    int viewRowOf(int storeRow) const;                    // -1 when filtered out
    // Per state, for rows passing every filter but the state choice.
    StateCounts stateCounts() const { return m_counts; }

    // How the view orders a column's values: -1, 0 or 1, ascending.
    int compareValues(SessionColumn column, int storeRowA, int storeRowB) const;

private:
    enum Flag : quint8 { PassesIgnoringState = 1, Passes = 2, Active = 4, Historic = 8, NeedsAttention = 16 };

    quint8 flagsOf(SessionMatcher &matcher, int row, bool stateKnown) const;
    void evaluate(int firstRow, int endRow, bool stateKnown); // sets m_flags for rows
    void evaluatePassing(); // after a narrowing filter change: rows that passed only
    static bool narrows(const SessionFilter &from, const SessionFilter &to);
    // The clock the filter is evaluated at: the last setNow(), or the system's.
    qint64 filterNow() const;
    // Where the filter's relative periods lie at `nowUtcMs`.
    std::vector<Period::Bounds> relativeBounds(qint64 nowUtcMs) const;
    void noteEvaluatedAt(qint64 nowUtcMs);
    // Whether the clock can no longer change any row's answer: it enters
    // the filter only through a fixed period that had ended by the last
    // look and still has (an active session then overlaps it for good).
    bool settledByNow(qint64 nowUtcMs) const;
    // The store's active rows, found again only when they changed.
    const std::vector<int> &activeRows();
    void recount();
    void sortAll();
    void columnKeys(SessionColumn column, Qt::SortOrder order, std::vector<quint64> *keys) const;
    // The order of a column whose texts are (nearly) all different, found
    // without first trying them as shared strings; false for other columns.
    bool uniqueTextOrder(SessionColumn column, TextRanks::Order *order) const;
    // `rows` (sized) gets `order`'s rows, or for descending its groups of
    // equal texts last to first, ties still by row.
    static void placeInOrder(const TextRanks::Order &order, Qt::SortOrder direction, std::vector<int> *rows);
    void collectRows();                            // m_rows from m_all and m_flags
    // New rows last in arrival order: the passing ones go last in m_rows.
    void appendPassing(const QList<int> &rows);
    // Merges `batch`, sorted, into `into`, sorted the same way.
    void mergeSorted(const std::vector<int> &batch, std::vector<int> *into) const;
    bool lessThan(int a, int b) const;

    const SessionStore &m_store;
    const AttentionRadar *m_radar = nullptr;
    SessionFilter m_filter;
    QList<SortKey> m_sort;
    TextCollation m_collator;
    qint64 m_sortNow = 0;
    std::vector<int> m_all;     // every store row, sorted
    PreparedGrowth<int> m_allGrowth; // a load grows m_all (and m_flags) slice by slice
    const std::vector<int> &rows() const { return m_unfiltered ? m_all : m_rows; }

    std::vector<int> m_rows;    // the rows passing the filter, sorted; unused when unfiltered
    PreparedGrowth<int> m_rowsGrowth; // a filtered load grows m_rows slice by slice
    bool m_unfiltered = true;
    std::vector<quint8> m_flags; // per store row
    PreparedGrowth<quint8> m_flagsGrowth;
    StateCounts m_counts;
    // Session IDs for text filters: built at the first filter that looks
    // into them, kept in step as rows arrive, dropped when rows go.
    SessionIdCopy m_idCopy;
    // When and where in the calendar the filter was last evaluated (followNow).
    qint64 m_evaluatedNow = 0;
    std::vector<Period::Bounds> m_evaluatedBounds;
    std::vector<int> m_activeRows; // activeRows()'s last answer
};
