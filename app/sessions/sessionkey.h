#pragma once

#include "wire/usagesession.h"

#include <QHashFunctions>
#include <QString>

// What start and stop address on the server: subscription + session ID +
// unit. It names at most one active use at a time, but devices reuse their
// IDs, so over time it names many uses.
struct SessionAddress
{
    QString subscriptionId;
    QString sessionId;
    QString uom;

    static SessionAddress of(const BillForward::UsageSession &session);
    friend bool operator==(const SessionAddress &a, const SessionAddress &b)
    {
        return a.sessionId == b.sessionId && a.uom == b.uom && a.subscriptionId == b.subscriptionId;
    }
};
size_t qHash(const SessionAddress &address, size_t seed = 0) noexcept;

// What identifies one row of the store: one part (`sessionix`) of one use
// (`start`) of an address. Every use of a reused ID starts at `sessionix`
// 0 again, so without `start` the uses would collapse into one.
struct SessionKey
{
    QString subscriptionId;
    QString sessionId;
    QString uom;
    qint32 sessionix = 0;
    BillForward::Timestamp start = BillForward::NoTimestamp;

    static SessionKey of(const BillForward::UsageSession &session);
    SessionAddress address() const { return {subscriptionId, sessionId, uom}; }
    friend bool operator==(const SessionKey &a, const SessionKey &b)
    {
        return a.sessionix == b.sessionix && a.start == b.start && a.sessionId == b.sessionId && a.uom == b.uom
            && a.subscriptionId == b.subscriptionId;
    }
};
size_t qHash(const SessionKey &key, size_t seed = 0) noexcept;
