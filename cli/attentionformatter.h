#pragma once

#include "cli/sessionformatter.h"
#include "radar/attention.h"
#include "wire/usagesession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace BillForward {

// An active session the radar flagged, and why.
struct FlaggedSession
{
    UsageSession session;
    Attention attention;
};

// Writes what `check` found, in SessionFormatter's three forms: `json` (an
// array of objects), `csv` (RFC 4180, a header of the same names) and
// `table` (a summary line for a monitoring system's status, then aligned
// columns for people). JSON and CSV carry the session's contract names
// (subscriptionID, sessionID, uom, ...), times as the wire writes them,
// durations in milliseconds as `uduration` is, the reason as a stable key
// (reasonKey()) and as the radar's sentence (reasonText).
class AttentionFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::AttentionFormatter)

public:
    // `nowUtcMs`: the instant the radar judged at, for the run times.
    // `sessionsChecked`/`subscriptionsChecked`: for the table's summary.
    struct Context
    {
        qint64 nowUtcMs = 0;
        qint64 activeSessions = 0;
        int subscriptions = 0;
        int unreadableSubscriptions = 0;
    };

    static QByteArray format(const QList<FlaggedSession> &flagged, SessionFormatter::Format format,
                             const Context &context);

    // The JSON names, which are also the CSV header.
    static QStringList columns();
    // over-limit, over-percentile, future-start: the same in every language.
    static QString reasonKey(Attention::Reason reason);
    // Most urgent first: furthest past its limit, then by subscription and session.
    static void sortByUrgency(QList<FlaggedSession> &flagged);

private:
    static QByteArray toJson(const QList<FlaggedSession> &flagged, qint64 nowUtcMs);
    static QByteArray toCsv(const QList<FlaggedSession> &flagged, qint64 nowUtcMs);
    static QByteArray toTable(const QList<FlaggedSession> &flagged, const Context &context);
    static QString summary(const QList<FlaggedSession> &flagged, const Context &context);
};

} // namespace BillForward
