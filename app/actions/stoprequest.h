#pragma once

#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QList>

// What the stop confirmation asks for: these sessions, at this time.
struct StopRequest
{
    QList<BillForward::UsageSession> sessions;
    BillForward::Timestamp stop = BillForward::NoTimestamp; // NoTimestamp: now, by the server's clock
    QString organizationId;                                 // optional

    // How long `session` will have run when stopped at `stopAt` (ms, >= 0).
    static qint64 durationAt(const BillForward::UsageSession &session, BillForward::Timestamp stopAt);

    // The stop call: subscription, session ID and unit of each, and the
    // start of the use meant (SessionActionRunner::stop() keeps it for
    // reconciliation and does not send it).
    BillForward::SessionBatch toBatch() const;
};
