#include "actions/sessionactionrunner.h"

#include "actions/actionjournal.h"
#include "api/apiclient.h"

#include <QDateTime>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

struct SessionActionRunner::Pending
{
    ActionResult result;
    QString journalId;
    QString profileName;
    QString baseUrl;
    QStringList organizations;
    QPointer<BillForward::ApiReply> reply;
    // Reconciliation: the active sessions of each subscription of the batch,
    // and the subscriptions whose every page came (the others stay unknown).
    QHash<QString, QList<BillForward::UsageSession>> active;
    QSet<QString> complete;
    QList<QPointer<BillForward::ApiReply>> lists;
    int pagesAsked = 0;
    bool reconciling = false;
    std::unique_ptr<QTimer> deadline;

    // The deadline may be what is firing now: never delete it in its own signal.
    void dropDeadline()
    {
        if (!deadline)
            return;
        deadline->stop();
        deadline.release()->deleteLater();
    }
};

SessionActionRunner::SessionActionRunner(BillForward::ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

SessionActionRunner::~SessionActionRunner()
{
    for (auto &entry : m_actions) {
        if (entry.second->reply)
            entry.second->reply->disconnect(this);
        for (const QPointer<BillForward::ApiReply> &list : std::as_const(entry.second->lists)) {
            if (list)
                list->disconnect(this);
        }
    }
}

void SessionActionRunner::setReconcileLimits(int maxPages, int timeoutMs)
{
    m_maxReconcilePages = qMax(1, maxPages);
    m_reconcileTimeoutMs = qMax(1, timeoutMs);
}

bool SessionActionRunner::isAwaitingAnswer() const
{
    for (const auto &entry : m_actions) {
        if (!entry.second->reconciling)
            return true;
    }
    return false;
}

bool SessionActionRunner::isReconciling() const
{
    for (const auto &entry : m_actions) {
        if (entry.second->reconciling)
            return true;
    }
    return false;
}

void SessionActionRunner::cancelReconciliation()
{
    QList<int> ids;
    for (const auto &entry : m_actions) {
        if (entry.second->reconciling)
            ids.append(entry.first);
    }
    for (const int id : std::as_const(ids))
        stopReconciling(id);
}

void SessionActionRunner::stopReconciling(int id)
{
    const auto found = m_actions.find(id);
    if (found == m_actions.end())
        return;
    Pending &pending = *found->second;
    pending.dropDeadline();
    // Disconnected first: abort() answers at once, and that answer must not
    // count as a subscription read.
    for (const QPointer<BillForward::ApiReply> &list : std::as_const(pending.lists)) {
        if (list) {
            list->disconnect(this);
            list->abort();
        }
    }
    pending.lists.clear();
    decide(id);
}

void SessionActionRunner::setPolicy(const ActionPolicy &policy)
{
    m_policy = policy;
}

bool SessionActionRunner::unlockProduction()
{
    return m_policy.unlock();
}

void SessionActionRunner::setJournal(ActionJournal *journal)
{
    m_journal = journal;
}

bool SessionActionRunner::isPending(const SessionAddress &address) const
{
    return m_pending.contains(address);
}

bool SessionActionRunner::isPending(const BillForward::UsageSession &session) const
{
    return m_pending.contains(SessionAddress::of(session));
}

QList<SessionAddress> SessionActionRunner::pendingAddresses() const
{
    return m_pending.keys();
}

QString SessionActionRunner::refusalFor(const BillForward::SessionBatch &batch) const
{
    if (!m_policy.canModify())
        return m_policy.refusal();
    if (batch.usageSessions.isEmpty())
        return tr("There is nothing to send.");
    for (const BillForward::UsageSession &session : batch.usageSessions) {
        if (isPending(session))
            return tr("Session “%1” (%2) is still being started or stopped: wait for the answer.")
                .arg(session.sessionId, session.uom);
    }
    return {};
}

int SessionActionRunner::reserve(const QList<BillForward::SessionBatch> &batches)
{
    QSet<SessionAddress> addresses;
    for (const BillForward::SessionBatch &batch : batches) {
        const QString refusal = refusalFor(batch);
        if (!refusal.isEmpty()) {
            emit refused(refusal);
            return 0;
        }
        for (const BillForward::UsageSession &session : batch.usageSessions)
            addresses.insert(SessionAddress::of(session));
    }
    if (addresses.isEmpty()) {
        emit refused(tr("There is nothing to send."));
        return 0;
    }
    const int reservation = m_nextReservation--;
    for (const SessionAddress &address : std::as_const(addresses))
        m_pending.insert(address, reservation);
    emit pendingChanged();
    return reservation;
}

void SessionActionRunner::release(int reservation)
{
    if (reservation >= 0)
        return;
    bool released = false;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value() == reservation) {
            it = m_pending.erase(it);
            released = true;
        } else {
            ++it;
        }
    }
    if (released)
        emit pendingChanged();
}

bool SessionActionRunner::journalUndone(const BillForward::SessionBatch &batch)
{
    if (!m_journal)
        return true;
    JournalEntry entry = journalEntryFor(ActionResult::actionKey(ActionResult::Action::Stop), batch.usageSessions);
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.outcome = JournalEntry::undoneOutcome();
    return m_journal->append(entry);
}

QString SessionActionRunner::journalError() const
{
    return m_journal ? m_journal->errorString() : QString();
}

JournalEntry SessionActionRunner::journalEntryFor(const QString &action,
                                                  const QList<BillForward::UsageSession> &sessions) const
{
    JournalEntry entry;
    entry.profileName = m_policy.profile().name;
    entry.baseUrl = m_client->baseUrl().adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    entry.action = action;
    entry.sessions = sessions;
    return entry;
}

int SessionActionRunner::start(const BillForward::SessionBatch &batch)
{
    return send(ActionResult::Action::Start, batch);
}

int SessionActionRunner::stop(const BillForward::SessionBatch &batch)
{
    return send(ActionResult::Action::Stop, batch);
}

int SessionActionRunner::send(ActionResult::Action action, const BillForward::SessionBatch &batch)
{
    const QString refusal = refusalFor(batch);
    if (!refusal.isEmpty()) {
        emit refused(refusal);
        return 0;
    }
    const int id = m_nextId++;
    auto pending = std::make_unique<Pending>();
    pending->result.id = id;
    pending->result.action = action;
    pending->result.organizationId = batch.organizationId;
    for (const BillForward::UsageSession &session : batch.usageSessions) {
        ActionResult::Item item;
        item.requested = session;
        pending->result.items.append(item);
    }
    pending->journalId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    pending->profileName = m_policy.profile().name;
    pending->baseUrl = m_client->baseUrl().adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    pending->organizations = m_policy.profile().organizations;
    pending->result.sentAt = QDateTime::currentMSecsSinceEpoch();
    // No write without its record: a send the journal cannot hold is not made.
    if (!journalSent(*pending)) {
        emit refused(tr("Nothing was sent: the journal of starts and stops could not be written (%1). "
                        "Free some disk space or fix the folder's permissions, then try again.")
                         .arg(m_journal->errorString()));
        return 0;
    }
    for (const BillForward::UsageSession &session : batch.usageSessions)
        m_pending.insert(SessionAddress::of(session), id);

    BillForward::ApiReply *reply = nullptr;
    if (action == ActionResult::Action::Start) {
        reply = m_client->start(batch);
    } else {
        // A stop names the address; the start of the use meant stays with
        // the item, for reconciliation, and is not sent.
        BillForward::SessionBatch body = batch;
        for (BillForward::UsageSession &session : body.usageSessions)
            session.start = BillForward::NoTimestamp;
        reply = m_client->stop(body);
    }
    pending->reply = reply;
    m_actions.emplace(id, std::move(pending));
    connect(reply, &BillForward::ApiReply::finished, this, [this, id] { onSent(id); });
    emit pendingChanged();
    return id;
}

void SessionActionRunner::onSent(int id)
{
    const auto found = m_actions.find(id);
    if (found == m_actions.end())
        return;
    Pending &pending = *found->second;
    BillForward::ApiReply *reply = pending.reply;
    if (!reply)
        return;
    ActionResult &result = pending.result;
    if (reply->isOk()) {
        result.status = ActionResult::Status::Succeeded;
        result.affected = reply->page().results;
        for (ActionResult::Item &item : result.items)
            item.outcome = ActionResult::ItemOutcome::TookEffect;
        finish(id);
        return;
    }
    result.error = reply->error();
    if (result.error.outcomeUnknown) {
        reconcile(id);
        return;
    }
    // All or nothing: a refused batch changed nothing. Point at the items named.
    result.status = ActionResult::Status::Failed;
    static const QRegularExpression itemParameter(QStringLiteral("^usageSessions\\[(\\d+)\\](?:\\.(.+))?$"));
    for (const QString &parameter : result.error.bfError.errorParameters) {
        const QRegularExpressionMatch match = itemParameter.match(parameter);
        if (!match.hasMatch())
            continue;
        const int index = match.captured(1).toInt();
        if (index < 0 || index >= result.items.size())
            continue;
        QString field = match.captured(2);
        if (field.isEmpty())
            field = QStringLiteral("usageSession");
        QString &problem = result.items[index].problem;
        problem = problem.isEmpty() ? field : problem + QStringLiteral(", ") + field;
    }
    for (ActionResult::Item &item : result.items)
        item.outcome = ActionResult::ItemOutcome::DidNotTakeEffect;
    finish(id);
}

void SessionActionRunner::reconcile(int id)
{
    Pending &pending = *m_actions.at(id);
    pending.result.status = ActionResult::Status::Reconciled;
    pending.reconciling = true;
    // However the server behaves (slow, or paging without end), the user
    // gets an answer: what is not known by then is told as unknown.
    pending.deadline = std::make_unique<QTimer>();
    pending.deadline->setSingleShot(true);
    connect(pending.deadline.get(), &QTimer::timeout, this, [this, id] { stopReconciling(id); });
    pending.deadline->start(m_reconcileTimeoutMs);
    QStringList subscriptions;
    for (const ActionResult::Item &item : std::as_const(pending.result.items)) {
        if (!subscriptions.contains(item.requested.subscriptionId))
            subscriptions.append(item.requested.subscriptionId);
    }
    for (const QString &subscription : std::as_const(subscriptions))
        listNext(id, subscription, 0);
    // Last: a receiver may cancel at once, which finishes (and frees) the action.
    emit reconciling(id);
}

void SessionActionRunner::listNext(int id, const QString &subscriptionId, qint64 offset)
{
    Pending &pending = *m_actions.at(id);
    BillForward::ListQuery query;
    query.subscriptionId = subscriptionId;
    query.activeOnly = true;
    query.organizations = pending.organizations;
    query.offset = offset;
    query.records = 10000;
    ++pending.pagesAsked;
    BillForward::ApiReply *reply = m_client->list(query);
    pending.lists.append(reply);
    connect(reply, &BillForward::ApiReply::finished, this,
            [this, id, subscriptionId, offset, reply, records = query.records] {
                const auto found = m_actions.find(id);
                if (found == m_actions.end())
                    return;
                Pending &pending = *found->second;
                pending.lists.removeAll(reply);
                if (reply->isOk()) {
                    const BillForward::SessionPage &page = reply->page();
                    pending.active[subscriptionId].append(page.results);
                    if (!page.results.isEmpty() && (page.hasNextPage() || page.results.size() >= records)) {
                        // Past the page limit the subscription stays unknown.
                        if (pending.pagesAsked < m_maxReconcilePages) {
                            listNext(id, subscriptionId, offset + page.results.size());
                            return;
                        }
                    } else {
                        pending.complete.insert(subscriptionId);
                    }
                }
                if (pending.lists.isEmpty()) // every subscription listed, or given up
                    decide(id);
            });
}

void SessionActionRunner::decide(int id)
{
    Pending &pending = *m_actions.at(id);
    pending.dropDeadline();
    ActionResult &result = pending.result;
    const BillForward::Timestamp notBefore = result.sentAt - m_skewMs;
    for (ActionResult::Item &item : result.items) {
        const BillForward::UsageSession &asked = item.requested;
        if (!pending.complete.contains(asked.subscriptionId)) {
            item.outcome = ActionResult::ItemOutcome::Unknown;
            continue;
        }
        // A named list: `running` points into it after the loop (a temporary
        // from value() would be gone by then).
        const QList<BillForward::UsageSession> sessions = pending.active.value(asked.subscriptionId);
        const BillForward::UsageSession *running = nullptr;
        for (const BillForward::UsageSession &session : sessions) {
            if (session.isActive() && session.sessionId == asked.sessionId && session.uom == asked.uom) {
                running = &session;
                break;
            }
        }
        if (result.action == ActionResult::Action::Stop) {
            if (!running) {
                item.outcome = ActionResult::ItemOutcome::TookEffect;
            } else if (asked.start != BillForward::NoTimestamp) {
                // A use running now that is not the one meant started after
                // the stop ended that one (a device restarting at once).
                item.outcome = running->start == asked.start ? ActionResult::ItemOutcome::DidNotTakeEffect
                                                             : ActionResult::ItemOutcome::TookEffect;
            } else {
                // Without the start meant (the CLI's stop), a use created
                // since shortly before sending may be the one meant, still
                // running, or a new one after the stop: not told apart.
                const BillForward::Timestamp created =
                    running->created != BillForward::NoTimestamp ? running->created : running->start;
                item.outcome = created >= notBefore ? ActionResult::ItemOutcome::Unknown
                                                    : ActionResult::ItemOutcome::DidNotTakeEffect;
            }
            continue;
        }
        bool ours = false;
        if (running) {
            if (asked.start != BillForward::NoTimestamp) {
                ours = running->start == asked.start;
            } else {
                const BillForward::Timestamp created =
                    running->created != BillForward::NoTimestamp ? running->created : running->start;
                ours = created >= notBefore;
            }
        }
        item.outcome = ours ? ActionResult::ItemOutcome::TookEffect
                            : ActionResult::ItemOutcome::DidNotTakeEffect;
        if (ours)
            result.affected.append(*running);
    }
    finish(id);
}

void SessionActionRunner::finish(int id)
{
    const auto found = m_actions.find(id);
    if (found == m_actions.end())
        return;
    std::unique_ptr<Pending> pending = std::move(found->second);
    m_actions.erase(found);
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.value() == id)
            it = m_pending.erase(it);
        else
            ++it;
    }
    journalOutcome(*pending);
    emit pendingChanged();
    emit finished(pending->result);
}

bool SessionActionRunner::journalSent(const Pending &pending)
{
    if (!m_journal)
        return true;
    JournalEntry entry;
    entry.id = pending.journalId;
    entry.time = QDateTime::fromMSecsSinceEpoch(pending.result.sentAt, Qt::UTC);
    entry.profileName = pending.profileName;
    entry.baseUrl = pending.baseUrl;
    entry.action = ActionResult::actionKey(pending.result.action);
    for (const ActionResult::Item &item : pending.result.items)
        entry.sessions.append(item.requested);
    entry.outcome = QStringLiteral("sent");
    return m_journal->append(entry);
}

void SessionActionRunner::journalOutcome(const Pending &pending)
{
    if (!m_journal)
        return;
    const ActionResult &result = pending.result;
    JournalEntry entry;
    entry.id = pending.journalId;
    entry.profileName = pending.profileName;
    entry.baseUrl = pending.baseUrl;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = ActionResult::actionKey(result.action);
    for (const ActionResult::Item &item : result.items)
        entry.sessions.append(item.requested);
    switch (result.status) {
    case ActionResult::Status::Succeeded:
        entry.outcome = QStringLiteral("ok");
        break;
    case ActionResult::Status::Failed:
        entry.outcome = QStringLiteral("error");
        entry.errorType = result.error.kindName();
        entry.errorMessage = result.error.bfError.errorMessage.isEmpty() ? result.error.message()
                                                                          : result.error.bfError.errorMessage;
        break;
    case ActionResult::Status::Reconciled:
        entry.outcome = QStringLiteral("unknown");
        entry.errorType = result.error.kindName();
        entry.errorMessage = result.error.message();
        for (const ActionResult::Item &item : result.items)
            entry.itemOutcomes.append(ActionResult::outcomeKey(item.outcome));
        break;
    }
    m_journal->append(entry);
}
