#pragma once

#include "api/apierror.h"
#include "cli/attentionformatter.h"
#include "cli/sessionformatter.h"
#include "radar/attentionlimits.h"

#include <QObject>
#include <QStringList>

class SessionBrowser;
class SignalWatcher;
class WatchLoader;

namespace BillForward {

class ApiClient;

// `usage-session-cli check`: the app's "All watched" sweep and radar, once,
// for a monitoring system or a cron job. A WatchLoader reads the active
// sessions of every subscription (paced as the app's sweep: a few requests
// in flight, 429's Retry-After honoured, a failing subscription stopping
// no other) into a SessionBrowser, whose radar judges them against the
// limits. Prints the sessions that need attention (AttentionFormatter), one
// stderr line per subscription that could not be read, and finishes with
// the monitoring-plugin exit code (exitCodeOf()).
class CliCheckCommand final : public QObject
{
    Q_OBJECT

public:
    // Nagios, Icinga and their kin read these; 1 (warning) is not used.
    enum ExitCode { NothingNeedsAttention = 0, NeedsAttention = 2, CannotTell = 3 };

    CliCheckCommand(ApiClient *client, const QStringList &subscriptionIds, const AttentionLimits &limits,
                    SessionFormatter::Format format, QObject *parent = nullptr);
    ~CliCheckCommand() override;

    void setRequestsInFlight(int requests) { m_requestsInFlight = requests; }
    void run();

    // Something flagged is worth saying whatever else failed; nothing
    // flagged means nothing only when every subscription was read.
    static int exitCodeOf(qsizetype flagged, int unreadableSubscriptions);
    // The exit-status table, for --help.
    static QString exitCodesHelp();

signals:
    void done(int exitCode);

private:
    void finish();
    QList<FlaggedSession> flaggedSessions() const;
    // One stderr line per subscription that could not be read; counts them.
    void reportUnreadable(AttentionFormatter::Context &context) const;
    void fail(const QString &kind, const QString &message);

    ApiClient *m_client;
    QStringList m_subscriptionIds;
    AttentionLimits m_limits;
    SessionFormatter::Format m_format;
    SessionBrowser *m_browser = nullptr;
    WatchLoader *m_loader = nullptr;
    SignalWatcher *m_interrupts = nullptr;
    bool m_finished = false;
    int m_requestsInFlight = 4;
    ApiError m_tokenRefusal; // set when the token was refused mid-sweep
};

} // namespace BillForward
