#include "sessions/sessionlineage.h"

#include "sessions/sessionstore.h"

SessionLineage SessionLineage::of(const SessionStore &store, int storeRow, qint64 nowUtcMs)
{
    SessionLineage lineage;
    if (storeRow < 0 || storeRow >= store.size())
        return lineage;
    lineage.storeRows.append(storeRow);
    // Back: the part before stopped where this one started. Only a part
    // after a cut has one, so only then are the ID's rows looked through.
    if (store.sessionix(storeRow) > 0) {
        const QList<int> sameAddress = store.rowsOf({store.addressOf(storeRow)});
        for (int part = storeRow; store.sessionix(part) > 0;) {
            int before = -1;
            for (const int row : sameAddress) {
                if (store.sessionix(row) == store.sessionix(part) - 1 && store.stop(row) == store.start(part)) {
                    before = row;
                    break;
                }
            }
            if (before < 0)
                break; // not loaded (an active-only list): the lineage starts at what is known
            lineage.storeRows.prepend(before);
            part = before;
        }
    }
    // On: the part after starts where this one stopped (sessionix grows, so this ends).
    for (int next = store.nextPartOf(storeRow); next >= 0; next = store.nextPartOf(next))
        lineage.storeRows.append(next);
    for (const int row : std::as_const(lineage.storeRows))
        lineage.totalDurationMs += store.durationAt(row, nowUtcMs);
    return lineage;
}
