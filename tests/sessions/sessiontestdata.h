#pragma once

#include "wire/usagesession.h"

#include <QDateTime>
#include <QString>

// Sessions for the tests: sensible defaults, one line per variation.
namespace TestData {

inline qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

inline BillForward::UsageSession session(const QString &sessionId, qint32 sessionix = 0, bool active = false)
{
    BillForward::UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-1");
    s.sessionId = sessionId;
    s.uom = QStringLiteral("minutes");
    s.organizationId = QStringLiteral("ORG-1");
    s.pricingComponentId = QStringLiteral("PCO-1");
    s.pricingComponentName = QStringLiteral("Calls");
    s.description = QStringLiteral("a call");
    s.changedBy = QStringLiteral("00000000-0000-0000-0000-000000000001");
    s.state = active ? QStringLiteral("Active") : QStringLiteral("Historic");
    s.created = utc("2026-02-01T10:00:00Z");
    s.start = utc("2026-02-01T10:00:00Z");
    if (!active) {
        s.stop = utc("2026-02-01T11:00:00Z");
        s.uduration = s.stop - s.start;
    }
    s.sessionix = sessionix;
    return s;
}

// A run (or the part `sessionix` of one) from `start` to `stop`, created
// when it started.
inline BillForward::UsageSession ended(const QString &sessionId, qint64 start, qint64 stop, qint32 sessionix = 0)
{
    BillForward::UsageSession s = session(sessionId, sessionix);
    s.created = start;
    s.start = start;
    s.stop = stop;
    s.uduration = stop - start;
    return s;
}

// A run (or the part `sessionix` of one) active since `start`.
inline BillForward::UsageSession running(const QString &sessionId, qint64 start, qint32 sessionix = 0)
{
    BillForward::UsageSession s = session(sessionId, sessionix, true);
    s.created = start;
    s.start = start;
    return s;
}

} // namespace TestData
