#pragma once

#include "actions/actionresult.h"
#include "actions/stoprequest.h"
#include "wire/usagesession.h"

#include <QList>
#include <QMetaType>

// A confirmed stop, ready to send: one batch per organization (a request
// names at most one organizationID), every item's stop instant fixed when
// the user confirmed, so that sending it later stops at the same instants.
// Sessions of several subscriptions of one organization share a batch.
struct StopPlan
{
    QList<BillForward::SessionBatch> batches; // in the order the organizations first appear

    // `now`: the instant of the confirmation (UTC ms).
    static StopPlan of(const StopRequest &request, BillForward::Timestamp now);
    int sessionCount() const;
    bool isEmpty() const { return batches.isEmpty(); }

    // The batch of a refused stop without the items the server named (all
    // or nothing: none of it was applied), ready to confirm and send again.
    // Empty when the server named no item or named them all.
    static BillForward::SessionBatch withoutRefused(const ActionResult &result);
};

Q_DECLARE_METATYPE(StopPlan)
