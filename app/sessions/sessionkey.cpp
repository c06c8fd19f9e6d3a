#include "sessions/sessionkey.h"

SessionAddress SessionAddress::of(const BillForward::UsageSession &session)
{
    return {session.subscriptionId, session.sessionId, session.uom};
}

size_t qHash(const SessionAddress &address, size_t seed) noexcept
{
    return qHashMulti(seed, address.subscriptionId, address.sessionId, address.uom);
}

SessionKey SessionKey::of(const BillForward::UsageSession &session)
{
    return {session.subscriptionId, session.sessionId, session.uom, session.sessionix, session.start};
}

size_t qHash(const SessionKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.subscriptionId, key.sessionId, key.uom, key.sessionix, key.start);
}
