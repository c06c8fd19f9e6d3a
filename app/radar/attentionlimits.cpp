#include "radar/attentionlimits.h"

#include "wire/usagesession.h"

qint64 AttentionLimits::limitFor(const BillForward::UsageSession &session) const
{
    Q_UNUSED(session);
    return defaultMs; // skeleton: the radar's part fills this in
}
