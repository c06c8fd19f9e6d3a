#pragma once

#include "wire/usagesession.h"

// A session as the wire carries it, for the tests of what writes sessions
// out (CSV, JSON, the CLI's table): started 2026-01-01T00:00:00Z and, when
// ended, stopped 1 h 02 min 03 s later.
namespace WireSamples {

inline BillForward::UsageSession session(const QString &id, bool active)
{
    BillForward::UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-1");
    s.sessionId = id;
    s.uom = QStringLiteral("minutes");
    s.organizationId = QStringLiteral("ORG-1");
    s.pricingComponentId = QStringLiteral("PCO-1");
    s.pricingComponentName = QStringLiteral("Minutes");
    s.changedBy = QStringLiteral("user");
    s.state = active ? QStringLiteral("Active") : QStringLiteral("Historic");
    s.created = 1767225600000; // 2026-01-01T00:00:00Z
    s.start = s.created;
    if (!active) {
        s.stop = s.created + 3723000;
        s.uduration = 3723000;
    }
    return s;
}

} // namespace WireSamples
