#include "ui/actionresultmessage.h"

#include "actions/stopplan.h"

QString ActionResultMessage::sessionLabel(const BillForward::UsageSession &session)
{
    return tr("%1 (%2)").arg(session.sessionId, session.uom);
}

QString ActionResultMessage::resendButtonText()
{
    return tr("Resend without the refused items");
}

ActionResultMessage ActionResultMessage::of(const ActionResult &result)
{
    const bool start = result.action == ActionResult::Action::Start;
    ActionResultMessage message;
    message.text = result.summary();
    QStringList lines;
    // A stop spanning organizations is one request each: say which this was.
    if (!result.organizationId.isEmpty() && result.status != ActionResult::Status::Succeeded)
        lines << tr("Request for organization %1.").arg(result.organizationId);
    switch (result.status) {
    case ActionResult::Status::Succeeded:
        message.severity = Severity::Success;
        message.title = start ? tr("Sessions started") : tr("Sessions stopped");
        return message;
    case ActionResult::Status::Failed: {
        message.severity = Severity::Failure;
        message.title = start ? tr("Could not start sessions") : tr("Could not stop sessions");
        const QList<int> named = result.failingIndices();
        if (!named.isEmpty()) {
            lines << tr("The server named:");
            for (const int index : named) {
                const ActionResult::Item &item = result.items.at(index);
                lines << tr("• %1 — %2").arg(sessionLabel(item.requested), item.problem);
            }
        } else {
            lines << tr("It concerns the whole request:");
            for (const ActionResult::Item &item : result.items)
                lines << tr("• %1").arg(sessionLabel(item.requested));
        }
        lines << QString() << tr("Nothing was changed: the server applies all sessions of a request or none.");
        message.resend = StopPlan::withoutRefused(result);
        if (message.offersResend())
            lines << (message.resend.usageSessions.size() == 1
                          ? tr("“%1” sends the 1 other session again, at the stop time you confirmed.")
                                .arg(resendButtonText())
                          : tr("“%1” sends the %2 other sessions again, at the stop times you confirmed.")
                                .arg(resendButtonText())
                                .arg(message.resend.usageSessions.size()));
        break;
    }
    case ActionResult::Status::Reconciled: {
        const int total = int(result.items.size());
        const int took = result.count(ActionResult::ItemOutcome::TookEffect);
        message.severity = took == total ? Severity::Warning : Severity::Failure;
        if (took == total)
            message.title = start ? tr("The start took effect") : tr("The stop took effect");
        else if (result.count(ActionResult::ItemOutcome::Unknown) > 0)
            message.title = start ? tr("Whether the start took effect is unknown")
                                  : tr("Whether the stop took effect is unknown");
        else
            message.title = start ? tr("The start did not fully take effect")
                                  : tr("The stop did not fully take effect");
        for (const ActionResult::Item &item : result.items)
            lines << tr("• %1: %2").arg(sessionLabel(item.requested), ActionResult::outcomeText(item.outcome));
        if (start && took < total)
            lines << QString() << tr("Nothing is sent again on its own: start the missing sessions yourself "
                                     "once you have checked them.");
        break;
    }
    }
    message.details = lines.join(QLatin1Char('\n'));
    return message;
}
