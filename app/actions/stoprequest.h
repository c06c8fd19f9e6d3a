#pragma once

#include "radar/attention.h"
#include "sessions/sessionkey.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// What the stop confirmation asks for: these sessions, at this time.
struct StopRequest
{
    enum class When {
        Now,        // the instant the user confirms
        At,         // `stop`, the same for every session
        AsOfLimit,  // each session at its limit instant (those without one: now)
    };

    QList<BillForward::UsageSession> sessions;
    When when = When::Now;
    BillForward::Timestamp stop = BillForward::NoTimestamp; // When::At
    // Per session (by key): the instant its limit was reached, that is the
    // start of the first part of its run + its limit. The radar knows it.
    QHash<SessionKey, BillForward::Timestamp> limitInstants;

    // How long `session` will have run when stopped at `stopAt` (ms, >= 0).
    static qint64 durationAt(const BillForward::UsageSession &session, BillForward::Timestamp stopAt);

    // The instant a session the radar found past its limit reached it (its
    // run's start + the limit), or NoTimestamp when it has no limit crossed.
    static BillForward::Timestamp limitInstant(const Attention &attention);

    // Whether `session` has a limit instant to stop at.
    bool hasLimit(const BillForward::UsageSession &session) const;
    // The limit instant falls before the start of the session's current
    // part: the earlier parts of its run already ended and were billed, so
    // the stop can only end this part, at its start.
    bool limitBeforeCurrentPart(const BillForward::UsageSession &session) const;
    // `session` starts after `now` (its device's clock runs ahead): however
    // asked, it can only stop at its start, billed nothing, since the server
    // refuses a stop before the start.
    static bool startsAfter(const BillForward::UsageSession &session, BillForward::Timestamp now);
    // A chosen time before the start of a session already running: a slip
    // to point out (StopRequestValidator), not to mend silently.
    bool chosenBeforeStart(const BillForward::UsageSession &session, BillForward::Timestamp now) const;
    // The instant `session` stops at, when confirmed at `now` (UTC ms): never
    // before its start. As of its limit: never after `now` either, unless
    // the session starts later.
    BillForward::Timestamp stopOf(const BillForward::UsageSession &session, BillForward::Timestamp now) const;

private:
    // The instant asked for, before it is held to the session's start.
    BillForward::Timestamp askedStopOf(const BillForward::UsageSession &session, BillForward::Timestamp now) const;
};
