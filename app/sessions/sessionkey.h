#pragma once

#include "wire/usagesession.h"

#include <QHashFunctions>
#include <QString>

// What identifies one row of the store: a session incarnation.
struct SessionKey
{
    QString subscriptionId;
    QString sessionId;
    QString uom;
    qint32 sessionix = 0;

    static SessionKey of(const BillForward::UsageSession &session);
    friend bool operator==(const SessionKey &a, const SessionKey &b)
    {
        return a.sessionix == b.sessionix && a.sessionId == b.sessionId && a.uom == b.uom
            && a.subscriptionId == b.subscriptionId;
    }
};
size_t qHash(const SessionKey &key, size_t seed = 0) noexcept;
