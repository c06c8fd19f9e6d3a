#pragma once

#include "wire/usagesession.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Emulator {

class SessionDatabase;

// Believable sessions for demos (--demo-data): six subscriptions in two
// organizations, a few thousand sessions over the last four months across
// call minutes, storage, API calls and seats; some running now, some cut at
// a month boundary (sessionix > 0). Repeatable: the same seed and day give
// the same sessions.
class DemoData final
{
public:
    static QStringList subscriptionIds();
    static QStringList organizationIds();

    // Times are relative to nowMs rounded down to the day (UTC).
    static QList<BillForward::UsageSession> sessions(quint32 seed, qint64 nowMs);
    static bool fill(SessionDatabase &database, quint32 seed, qint64 nowMs, QString *error);
};

} // namespace Emulator
