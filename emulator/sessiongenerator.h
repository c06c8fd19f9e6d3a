#pragma once

#include <QString>

namespace Emulator {

class SessionDatabase;

// Bulk data for load tests (--generate SUB:COUNT): historic sessions spread
// over the past year, written in one transaction through one prepared insert.
class SessionGenerator final
{
public:
    static bool generate(SessionDatabase &database, const QString &subscriptionId, qint64 count,
                         const QString &organizationId, quint32 seed, qint64 nowMs,
                         QString *error);

    // Many subscriptions for sweeps of a watch list
    // (--generate-subscriptions N:M): `subscriptions` of about
    // `sessionsEach` sessions each (within 10 %), of which a few (1 to 5)
    // are active, started within the last three days. The same seed makes
    // the same data; the IDs are subscriptionIdOf(0 .. N-1).
    static bool generateSubscriptions(SessionDatabase &database, int subscriptions, int sessionsEach,
                                      const QString &organizationId, quint32 seed, qint64 nowMs,
                                      QString *error);
    static QString subscriptionIdOf(int index);
};

} // namespace Emulator
