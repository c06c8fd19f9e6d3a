#include "actions/stoprequest.h"

qint64 StopRequest::durationAt(const BillForward::UsageSession &session, BillForward::Timestamp stopAt)
{
    if (session.start == BillForward::NoTimestamp || stopAt == BillForward::NoTimestamp)
        return 0;
    return qMax<qint64>(0, stopAt - session.start);
}

BillForward::SessionBatch StopRequest::toBatch() const
{
    BillForward::SessionBatch batch;
    batch.organizationId = organizationId;
    for (const BillForward::UsageSession &session : sessions) {
        BillForward::UsageSession item;
        item.subscriptionId = session.subscriptionId;
        item.sessionId = session.sessionId;
        item.uom = session.uom;
        item.stop = stop;
        batch.usageSessions.append(item);
    }
    return batch;
}

QString StopRequest::durationText(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds) / 1000;
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 days = hours / 24;
    auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (days > 0)
        return QCoreApplication::translate("StopRequest", "%1 d %2 h").arg(days).arg(two(hours % 24));
    if (hours > 0)
        return QCoreApplication::translate("StopRequest", "%1 h %2 min").arg(hours).arg(two(minutes % 60));
    if (minutes > 0)
        return QCoreApplication::translate("StopRequest", "%1 min %2 s").arg(minutes).arg(two(seconds % 60));
    return QCoreApplication::translate("StopRequest", "%1 s").arg(seconds);
}
