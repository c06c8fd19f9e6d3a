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
};

} // namespace Emulator
