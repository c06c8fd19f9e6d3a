#pragma once

#include "sessions/sessioncolumn.h"
#include "sessions/sessionfilter.h"

#include <QList>

#include <vector>

class SessionStore;

// The filtered, sorted order of the store's rows: a permutation of row
// indexes with precomputed sort keys, so a sort or a filter change over a
// million sessions takes a fraction of a second (QSortFilterProxyModel takes
// seconds to minutes at that size). Pages of it are what the table shows.
class SessionView
{
public:
    struct SortKey
    {
        SessionColumn column = SessionColumn::Created;
        Qt::SortOrder order = Qt::AscendingOrder;
        friend bool operator==(const SortKey &a, const SortKey &b) { return a.column == b.column && a.order == b.order; }
    };
    struct StateCounts { int all = 0; int active = 0; int historic = 0; };

    explicit SessionView(const SessionStore &store);

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_filter; }
    // Primary first; ties broken by the next keys, then by row (stable).
    void setSort(const QList<SortKey> &keys);
    const QList<SortKey> &sort() const { return m_sort; }

    // Recomputes from the store (after a merge or removal). `nowUtcMs` is
    // the time active sessions' elapsed durations are sorted by.
    void rebuild(qint64 nowUtcMs);

    int size() const { return int(m_rows.size()); }       // rows that pass the filter
    int storeRow(int viewRow) const { return m_rows[size_t(viewRow)]; }
    int viewRowOf(int storeRow) const;                    // -1 when filtered out
    // Per state, for rows passing every filter but the state choice.
    StateCounts stateCounts() const { return m_counts; }

private:
    const SessionStore &m_store;
    SessionFilter m_filter;
    QList<SortKey> m_sort;
    std::vector<int> m_rows;
    StateCounts m_counts;
};
