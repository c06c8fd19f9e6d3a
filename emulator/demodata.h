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
// a month boundary (sessionix > 0), and in the first subscription one
// active session for each reason the radar flags (app/radar: running past
// 24 h, longer than 99 % of its component's, starting in the future).
// Repeatable: the same seed and day give the same sessions but for those
// three, whose times follow nowMs.
class DemoData final
{
public:
    static QStringList subscriptionIds();
    static QStringList organizationIds();

    // Times are relative to nowMs rounded down to the day (UTC), but for
    // the radar's three.
    static QList<BillForward::UsageSession> sessions(quint32 seed, qint64 nowMs);
    static bool fill(SessionDatabase &database, quint32 seed, qint64 nowMs, QString *error);
};

} // namespace Emulator
