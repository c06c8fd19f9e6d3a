#pragma once

#include <QList>

class SessionStore;

// Sessions cut at billing-period boundaries are incarnations 0…n of one
// logical session (same subscription, session ID and unit).
struct SessionLineage
{
    QList<int> storeRows;    // ordered by sessionix
    qint64 totalDurationMs = 0; // historic uduration plus the active one's elapsed time

    static SessionLineage of(const SessionStore &store, int storeRow, qint64 nowUtcMs);
};
