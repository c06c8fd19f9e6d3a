#include "cli/clicheckcommand.h"

#include "api/apierror.h"
#include "cli/clioutput.h"
#include "process/signalwatcher.h"
#include "sessions/sessionbrowser.h"
#include "watch/watchloader.h"

#include <QDateTime>
#include <QPair>

#include <algorithm>

namespace BillForward {

CliCheckCommand::CliCheckCommand(ApiClient *client, const QStringList &subscriptionIds,
                                 const AttentionLimits &limits, SessionFormatter::Format format, QObject *parent)
    : QObject(parent), m_client(client), m_subscriptionIds(subscriptionIds), m_limits(limits), m_format(format)
{
}

CliCheckCommand::~CliCheckCommand() = default;

void CliCheckCommand::run()
{
    m_browser = new SessionBrowser(this);
    m_browser->setAttentionLimits(m_limits);
    // The radar judges at the browser's now(): set before rows arrive, so
    // none is judged at the epoch.
    m_browser->setNow(QDateTime::currentMSecsSinceEpoch());
    m_loader = new WatchLoader(m_browser, this);
    m_loader->setClient(m_client);
    m_loader->setConcurrency(m_requestsInFlight);
    connect(m_loader, &WatchLoader::sweepFinished, this, &CliCheckCommand::finish);
    // The app asks for a new token; a check has nobody to ask.
    connect(m_loader, &WatchLoader::tokenRefused, this, [this] {
        ApiError refused;
        refused.kind = ApiError::Kind::Http;
        refused.httpStatus = 401;
        for (const QString &id : std::as_const(m_subscriptionIds)) {
            const ApiError error = m_loader->stateOf(id).error;
            if (error.httpStatus == 401) {
                refused = error;
                break;
            }
        }
        // What was found before the refusal still needs attention: exit 2
        // with the rest named unreadable; with nothing found, it cannot tell.
        m_tokenRefusal = refused;
        m_browser->setNow(QDateTime::currentMSecsSinceEpoch());
        if (flaggedSessions().isEmpty()) {
            fail(refused.kindName(), refused.message());
            return;
        }
        finish();
        m_loader->cancel();
    });
    m_interrupts = new SignalWatcher(this);
    connect(m_interrupts, &SignalWatcher::terminationRequested, this, [this] {
        fail(QStringLiteral("interrupted"),
             tr("the check was interrupted before every subscription was read; nothing was judged."));
    });
    m_loader->open(m_subscriptionIds, WatchLoader::Origin::User);
}

int CliCheckCommand::exitCodeOf(qsizetype flagged, int unreadableSubscriptions)
{
    if (flagged > 0)
        return NeedsAttention;
    return unreadableSubscriptions > 0 ? CannotTell : NothingNeedsAttention;
}

QString CliCheckCommand::exitCodesHelp()
{
    return tr("Exit status of check (the monitoring-plugin convention of Nagios and Icinga):\n"
              "  0  no active session needs attention, and every subscription was read\n"
              "  2  at least one active session needs attention, even if some subscriptions could not be read\n"
              "     (those are named on standard error)\n"
              "  3  cannot tell: the command line is wrong, the server could not be reached or refused the\n"
              "     token, or some subscriptions could not be read and none of the others needs attention\n");
}

QList<FlaggedSession> CliCheckCommand::flaggedSessions() const
{
    QList<FlaggedSession> flagged;
    const SessionStore &store = m_browser->store();
    for (const SessionKey &key : m_browser->needingAttention()) {
        const int row = store.indexOf(key);
        if (row < 0)
            continue;
        const Attention attention = m_browser->attentionOf(row);
        if (attention.needsAttention())
            flagged.append({store.at(row), attention});
    }
    AttentionFormatter::sortByUrgency(flagged);
    return flagged;
}

void CliCheckCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    AttentionFormatter::Context context;
    context.nowUtcMs = QDateTime::currentMSecsSinceEpoch();
    m_browser->setNow(context.nowUtcMs);
    const QList<FlaggedSession> flagged = flaggedSessions();

    context.subscriptions = int(m_subscriptionIds.size());
    context.activeSessions = m_browser->store().activeCount();
    reportUnreadable(context);

    const int code = exitCodeOf(flagged.size(), context.unreadableSubscriptions);
    if (code == CannotTell) {
        const QString why = context.unreadableSubscriptions == context.subscriptions
            ? tr("no subscription could be read, so the check cannot tell whether a session needs attention.")
            : tr("%1 of %2 subscriptions could not be read, and no session in the others needs attention: the "
                 "check cannot tell. See the errors above.")
                  .arg(context.unreadableSubscriptions)
                  .arg(context.subscriptions);
        CliOutput::writeLine(stderr, QStringLiteral("error: cannot-tell: ") + why);
    }
    // CSV and JSON are for scripts: nothing they could take for "all
    // clear" when the check cannot tell. The table's summary line is what
    // a monitoring system shows, so it is written either way.
    if (code != CannotTell || m_format == SessionFormatter::Format::Table)
        CliOutput::write(stdout, AttentionFormatter::format(flagged, m_format, context));
    emit done(code);
}

void CliCheckCommand::reportUnreadable(AttentionFormatter::Context &context) const
{
    QList<QPair<QString, ApiError>> failed;
    for (const QString &id : std::as_const(m_subscriptionIds)) {
        const WatchLoader::SubscriptionState state = m_loader->stateOf(id);
        if (state.error.isError())
            failed.append({id, state.error});
        else if (!state.listed && m_tokenRefusal.isError())
            failed.append({id, m_tokenRefusal});
    }
    context.unreadableSubscriptions = int(failed.size());
    if (failed.isEmpty())
        return;
    // An unreachable server or a refused token fails them all alike: one
    // line says it, not one per subscription.
    const auto line = [](const ApiError &error) { return qMakePair(error.kindName(), error.message()); };
    const bool allAlike = failed.size() == m_subscriptionIds.size() && failed.size() > 1
        && std::all_of(failed.cbegin(), failed.cend(),
                       [&](const auto &f) { return line(f.second) == line(failed.constFirst().second); });
    if (allAlike) {
        CliOutput::writeLine(stderr, QStringLiteral("error: %1: ").arg(failed.constFirst().second.kindName())
                                         + tr("none of the %1 subscriptions could be read:").arg(failed.size())
                                         + QLatin1Char(' ') + failed.constFirst().second.message());
        return;
    }
    for (const auto &[id, error] : std::as_const(failed))
        CliOutput::writeLine(stderr, QStringLiteral("error: %1: %2: %3").arg(error.kindName(), id, error.message()));
}

void CliCheckCommand::fail(const QString &kind, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_loader->cancel();
    CliOutput::writeLine(stderr, QStringLiteral("error: %1: %2").arg(kind, message));
    emit done(CannotTell);
}

} // namespace BillForward
