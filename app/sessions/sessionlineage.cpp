#include "sessions/sessionlineage.h"

#include "sessions/sessionstore.h"

#include <algorithm>

SessionLineage SessionLineage::of(const SessionStore &store, int storeRow, qint64 nowUtcMs)
{
    SessionLineage lineage;
    if (storeRow < 0 || storeRow >= store.size())
        return lineage;
    const BillForward::UsageSession &session = store.at(storeRow);
    lineage.storeRows = store.rowsOfSession(session.subscriptionId, session.sessionId, session.uom);
    std::sort(lineage.storeRows.begin(), lineage.storeRows.end(), [&store](int a, int b) {
        const qint32 ia = store.at(a).sessionix, ib = store.at(b).sessionix;
        return ia != ib ? ia < ib : a < b;
    });
    for (int row : std::as_const(lineage.storeRows)) {
        const BillForward::UsageSession &s = store.at(row);
        if (s.isActive()) {
            if (s.start != BillForward::NoTimestamp && nowUtcMs > s.start)
                lineage.totalDurationMs += nowUtcMs - s.start;
        } else {
            lineage.totalDurationMs += s.uduration;
        }
    }
    return lineage;
}
