#pragma once

#include <QList>

class SessionStore;

// The parts of one run of a session: a session cut at billing-period
// boundaries goes on as sessionix 1, 2… of the same subscription, session
// ID and unit, each part starting where the one before stopped. Another run
// of the same ID (a kiosk's next day, from sessionix 0 again) is a lineage
// of its own.
struct SessionLineage
{
    QList<int> storeRows;       // ordered by sessionix
    qint64 totalDurationMs = 0; // historic uduration plus the active one's elapsed time

    static SessionLineage of(const SessionStore &store, int storeRow, qint64 nowUtcMs);
};
