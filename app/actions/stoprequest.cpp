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
        item.start = session.start;
        item.stop = stop;
        batch.usageSessions.append(item);
    }
    return batch;
}
