#include "cli/cliwritecommand.h"

#include "actions/actionjournal.h"
#include "actions/actionpolicy.h"
#include "actions/connectionprofile.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "cli/clioutput.h"
#include "process/signalwatcher.h"

namespace BillForward {

using CliOutput::writeLine;

CliWriteCommand::CliWriteCommand(ApiClient *client, Action action, const SessionBatch &batch,
                                 SessionFormatter::Format format, QObject *parent)
    : QObject(parent), m_client(client), m_action(action), m_batch(batch), m_format(format),
      m_journalPath(ActionJournal::defaultPath())
{
}

CliWriteCommand::~CliWriteCommand() = default;

void CliWriteCommand::run()
{
    // The connection as the app would see it: production is decided by the
    // same function (ConnectionProfile::environmentOf) from the same URL.
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("usage-session-cli"), m_client->baseUrl());
    if (!m_batch.organizationId.isEmpty())
        profile.organizations = {m_batch.organizationId};
    ActionPolicy policy(profile);
    if (policy.needsUnlock()) {
        if (!m_allowProduction) {
            refuse(tr("%1 is BillForward production: nothing was sent. Starts and stops there change what "
                      "customers are charged; add --allow-production to do it on purpose.")
                       .arg(m_client->baseUrl().host()));
            return;
        }
        policy.unlock();
    }

    m_journal = std::make_unique<ActionJournal>(m_journalPath);
    m_runner = new SessionActionRunner(m_client, this);
    m_runner->setJournal(m_journal.get());
    m_runner->setPolicy(policy);
    connect(m_runner, &SessionActionRunner::refused, this, &CliWriteCommand::refuse);
    connect(m_runner, &SessionActionRunner::reconciling, this, [] {
        writeLine(stderr, QStringLiteral("note: ")
                              + tr("the server did not confirm the change; asking it what happened (Ctrl+C stops "
                                   "checking)…"));
    });
    // Ctrl+C (or SIGTERM) while checking ends the check: the items not known
    // yet are reported and journalled as unknown (exit 3). Before that, the
    // POST is on its way: the journal's "sent" line already records it.
    m_interrupts = new SignalWatcher(this);
    connect(m_interrupts, &SignalWatcher::terminationRequested, this, [this] {
        if (m_runner->isReconciling()) {
            m_runner->cancelReconciliation();
            return;
        }
        if (m_finished)
            return;
        m_finished = true;
        writeLine(stderr, QStringLiteral("error: outcome-unknown: ")
                              + tr("interrupted while waiting for the server's answer; the request may have "
                                   "reached the server: check with list before trying again."));
        emit done(OutcomeUnknown);
    });
    connect(m_runner, &SessionActionRunner::finished, this, &CliWriteCommand::finish);
    if (m_action == Action::Start)
        m_runner->start(m_batch);
    else
        m_runner->stop(m_batch);
}

int CliWriteCommand::exitCodeOf(const ActionResult &result)
{
    switch (result.status) {
    case ActionResult::Status::Succeeded:
        return Done;
    case ActionResult::Status::Failed:
        return RefusedOrFailed;
    case ActionResult::Status::Reconciled:
        break;
    }
    if (result.count(ActionResult::ItemOutcome::Unknown) > 0)
        return OutcomeUnknown;
    if (result.count(ActionResult::ItemOutcome::TookEffect) == result.items.size())
        return Done;
    return RefusedOrFailed;
}

QString CliWriteCommand::exitCodesHelp()
{
    return tr("Exit status of list, start and stop:\n"
              "  0  done: every session listed, started or stopped\n"
              "  1  refused or failed: nothing changed, or the items marked did-not-take-effect did not\n"
              "  2  the command line is wrong; nothing was sent\n"
              "  3  outcome unknown: the server may have applied the change; check with list before\n"
              "     trying again (a script must not simply retry on 3)\n"
              "\n"
              "start and stop against production (billforward.net) need --allow-production.\n"
              "Every start and stop is written to the app's journal before it is sent.\n"
              "CSV output is raw, for scripts: values are not guarded against spreadsheet formulas.\n");
}

void CliWriteCommand::finish(const ActionResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    const int code = exitCodeOf(result);
    if (result.status == ActionResult::Status::Failed) {
        writeLine(stderr, QStringLiteral("error: %1: %2").arg(result.error.kindName(), result.error.message()));
        emit done(code);
        return;
    }
    if (result.status == ActionResult::Status::Reconciled) {
        // What became of each item, one line each, for people and for scripts.
        writeLine(stderr, QStringLiteral("%1: %2: %3")
                              .arg(code == Done ? QStringLiteral("note") : QStringLiteral("error"),
                                   code == OutcomeUnknown ? QStringLiteral("outcome-unknown")
                                                          : result.error.kindName(),
                                   result.summary()));
        for (const ActionResult::Item &item : result.items)
            writeLine(stderr, QStringLiteral("%1: %2/%3 (%4)")
                                  .arg(ActionResult::outcomeKey(item.outcome), item.requested.subscriptionId,
                                       item.requested.sessionId, item.requested.uom));
    }
    CliOutput::write(stdout, SessionFormatter::format(result.affected, m_format));
    emit done(code);
}

void CliWriteCommand::refuse(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    writeLine(stderr, QStringLiteral("error: refused: %1").arg(message));
    emit done(RefusedOrFailed);
}

} // namespace BillForward
