#pragma once

#include "actions/actionpolicy.h"
#include "actions/actionresult.h"
#include "actions/journalentry.h"
#include "sessions/sessionkey.h"
#include "wire/usagesession.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <map>
#include <memory>

class ActionJournal;

namespace BillForward {
class ApiClient;
}

// Sends start and stop batches through the ApiClient, one answer per batch:
// - refuses a batch when the policy forbids changes or when it touches a
//   session with an action still pending (no double sends);
// - on success reports the sessions as the server now has them;
// - on a BFError reports the message and which batch items it names;
// - when the answer does not tell whether the batch was applied
//   (ApiError::outcomeUnknown), asks the server for the subscriptions'
//   active sessions and decides item by item whether it took effect,
//   within a page and time limit, cancellable. It never resends on its own.
// Every batch is written to the journal (and synced to disk) before it is
// sent, and again when its outcome is known; a batch whose first line
// cannot be written is not sent.
class SessionActionRunner final : public QObject
{
    Q_OBJECT

public:
    explicit SessionActionRunner(BillForward::ApiClient *client, QObject *parent = nullptr);
    ~SessionActionRunner() override;

    void setPolicy(const ActionPolicy &policy);
    const ActionPolicy &policy() const { return m_policy; }
    // Production: allow changes for as long as this policy stays set.
    bool unlockProduction();
    void setJournal(ActionJournal *journal); // not owned; may be null
    // A start "took effect" when the session now running was created no
    // earlier than the send time minus this (clocks of client and server differ).
    void setClockSkewAllowance(qint64 milliseconds) { m_skewMs = milliseconds; }

    // Returns the action's id (> 0), or 0 when refused (refused() says why).
    int start(const BillForward::SessionBatch &batch);
    // A stop item's `start`, when set, names the use meant (an ID is reused
    // for many): it is not sent, but tells reconciliation that a use of the
    // same ID running now, started since, is another one.
    int stop(const BillForward::SessionBatch &batch);

    // Stops held before sending (HeldStops' undo window): their sessions
    // count as pending from now on, so nothing else takes them. Returns the
    // reservation (< 0), or 0 when refused (refused() says why). release()
    // frees them; the held stop is then sent with stop() or recorded as
    // undone with journalUndone().
    int reserve(const QList<BillForward::SessionBatch> &batches);
    void release(int reservation);
    // A held stop the user undid: nothing was sent. Returns false when the
    // journal could not be written (its errorString() says why).
    bool journalUndone(const BillForward::SessionBatch &batch);
    QString journalError() const;

    // A session (subscription + session ID + unit: what a start or stop
    // addresses, whichever use or part) with an action under way, or held.
    bool isPending(const SessionAddress &address) const;
    bool isPending(const BillForward::UsageSession &session) const;
    QList<SessionAddress> pendingAddresses() const;
    bool isBusy() const { return !m_actions.empty(); }
    // A start or stop sent and not answered yet (not counting reconciliation).
    bool isAwaitingAnswer() const;
    bool isReconciling() const;
    // Reconciliation reads at most `maxPages` pages of active sessions in
    // all and ends after `timeoutMs`; what it has not learnt by then is
    // told as unknown. Defaults: 100 pages (a million active sessions), 60 s.
    void setReconcileLimits(int maxPages, int timeoutMs);
    // Ends every reconciliation now (the user stops it, or switches
    // connections): items not yet known are finished as unknown, and the
    // journal records them so.
    void cancelReconciliation();
    // Why a batch would be refused now, or empty.
    QString refusalFor(const BillForward::SessionBatch &batch) const;

signals:
    void pendingChanged();
    void refused(const QString &reason);
    // The answer was lost: the runner is asking the server what happened.
    void reconciling(int id);
    void finished(const ActionResult &result);

private:
    struct Pending;

    int send(ActionResult::Action action, const BillForward::SessionBatch &batch);
    void onSent(int id);
    void reconcile(int id);
    void listNext(int id, const QString &subscriptionId, qint64 offset);
    void decide(int id);
    void stopReconciling(int id);
    void finish(int id);
    bool journalSent(const Pending &pending);
    JournalEntry journalEntryFor(const QString &action, const QList<BillForward::UsageSession> &sessions) const;
    void journalOutcome(const Pending &pending);

    BillForward::ApiClient *m_client;
    ActionPolicy m_policy;
    ActionJournal *m_journal = nullptr;
    qint64 m_skewMs = 2 * 60 * 1000;
    int m_maxReconcilePages = 100;
    int m_reconcileTimeoutMs = 60 * 1000;
    int m_nextId = 1;
    int m_nextReservation = -1; // below zero: never an action's id
    std::map<int, std::unique_ptr<Pending>> m_actions;
    QHash<SessionAddress, int> m_pending;
};
