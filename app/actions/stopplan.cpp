#include "actions/stopplan.h"

StopPlan StopPlan::of(const StopRequest &request, BillForward::Timestamp now)
{
    StopPlan plan;
    QHash<QString, qsizetype> batchOf; // organization -> index in batches
    for (const BillForward::UsageSession &session : request.sessions) {
        auto found = batchOf.constFind(session.organizationId);
        if (found == batchOf.cend()) {
            BillForward::SessionBatch batch;
            batch.organizationId = session.organizationId;
            plan.batches.append(batch);
            found = batchOf.insert(session.organizationId, plan.batches.size() - 1);
        }
        BillForward::UsageSession item;
        item.subscriptionId = session.subscriptionId;
        item.sessionId = session.sessionId;
        item.uom = session.uom;
        item.start = session.start; // names the use meant; SessionActionRunner does not send it
        item.stop = request.stopOf(session, now);
        plan.batches[*found].usageSessions.append(item);
    }
    return plan;
}

int StopPlan::sessionCount() const
{
    int count = 0;
    for (const BillForward::SessionBatch &batch : batches)
        count += int(batch.usageSessions.size());
    return count;
}

BillForward::SessionBatch StopPlan::withoutRefused(const ActionResult &result)
{
    BillForward::SessionBatch rest;
    if (result.action != ActionResult::Action::Stop || result.status != ActionResult::Status::Failed)
        return rest;
    const QList<int> refused = result.failingIndices();
    if (refused.isEmpty())
        return rest;
    rest.organizationId = result.organizationId;
    for (int index = 0; index < result.items.size(); ++index) {
        if (!refused.contains(index))
            rest.usageSessions.append(result.items.at(index).requested);
    }
    return rest;
}
