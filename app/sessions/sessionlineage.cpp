#include "sessions/sessionlineage.h"

#include "sessions/sessionstore.h"

#include <algorithm>

SessionLineage SessionLineage::of(const SessionStore &store, int storeRow, qint64 nowUtcMs)
{
    SessionLineage lineage;
    if (storeRow < 0 || storeRow >= store.size())
        return lineage;
    lineage.storeRows = store.rowsOfSession(store.subscriptionId(storeRow), store.sessionId(storeRow),
                                            store.uom(storeRow));
    std::sort(lineage.storeRows.begin(), lineage.storeRows.end(), [&store](int a, int b) {
        const qint32 ia = store.sessionix(a), ib = store.sessionix(b);
        return ia != ib ? ia < ib : a < b;
    });
    for (int row : std::as_const(lineage.storeRows))
        lineage.totalDurationMs += store.durationAt(row, nowUtcMs);
    return lineage;
}
