#include "actions/stoprequest.h"

qint64 StopRequest::durationAt(const BillForward::UsageSession &session, BillForward::Timestamp stopAt)
{
    if (session.start == BillForward::NoTimestamp || stopAt == BillForward::NoTimestamp)
        return 0;
    return qMax<qint64>(0, stopAt - session.start);
}

BillForward::Timestamp StopRequest::limitInstant(const Attention &attention)
{
    const bool crossed = attention.reason == Attention::Reason::OverLimit
        || attention.reason == Attention::Reason::OverPercentile;
    if (!crossed || attention.limitMs <= 0)
        return BillForward::NoTimestamp;
    return attention.runStartUtcMs + attention.limitMs;
}

bool StopRequest::hasLimit(const BillForward::UsageSession &session) const
{
    return limitInstants.contains(SessionKey::of(session));
}

bool StopRequest::limitBeforeCurrentPart(const BillForward::UsageSession &session) const
{
    const auto found = limitInstants.constFind(SessionKey::of(session));
    return found != limitInstants.cend() && session.start != BillForward::NoTimestamp && *found < session.start;
}

bool StopRequest::startsAfter(const BillForward::UsageSession &session, BillForward::Timestamp now)
{
    return session.start != BillForward::NoTimestamp && now != BillForward::NoTimestamp && session.start > now;
}

bool StopRequest::chosenBeforeStart(const BillForward::UsageSession &session, BillForward::Timestamp now) const
{
    return when == When::At && stop != BillForward::NoTimestamp && session.start != BillForward::NoTimestamp
        && !startsAfter(session, now) && stop < session.start;
}

BillForward::Timestamp StopRequest::stopOf(const BillForward::UsageSession &session, BillForward::Timestamp now) const
{
    const BillForward::Timestamp asked = askedStopOf(session, now);
    if (asked != BillForward::NoTimestamp && session.start != BillForward::NoTimestamp && asked < session.start)
        return session.start;
    return asked;
}

BillForward::Timestamp StopRequest::askedStopOf(const BillForward::UsageSession &session,
                                                BillForward::Timestamp now) const
{
    switch (when) {
    case When::Now:
        return now;
    case When::At:
        return stop;
    case When::AsOfLimit:
        break;
    }
    const auto found = limitInstants.constFind(SessionKey::of(session));
    if (found == limitInstants.cend())
        return now;
    BillForward::Timestamp at = *found;
    if (session.start != BillForward::NoTimestamp)
        at = qMax(at, session.start);
    // A limit not reached yet (the radar looked a while ago): stop now.
    return qMin(at, now);
}
