#include "sessions/sessionkey.h"

SessionKey SessionKey::of(const BillForward::UsageSession &session)
{
    return {session.subscriptionId, session.sessionId, session.uom, session.sessionix};
}

size_t qHash(const SessionKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.subscriptionId, key.sessionId, key.uom, key.sessionix);
}
