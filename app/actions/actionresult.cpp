#include "actions/actionresult.h"

namespace {

// Why a write's outcome was not known, in a few words.
QString unconfirmedReason(const BillForward::ApiError &error)
{
    using Kind = BillForward::ApiError::Kind;
    switch (error.kind) {
    case Kind::Http:
    case Kind::Redirect:
        if (error.httpStatus > 0)
            return ActionResult::tr("HTTP %1").arg(error.httpStatus);
        return ActionResult::tr("a redirect");
    case Kind::Timeout:
        return ActionResult::tr("no answer in time");
    case Kind::Decode:
    case Kind::TooLarge:
        return ActionResult::tr("an unreadable answer");
    case Kind::Cancelled:
        return ActionResult::tr("cancelled after sending");
    default:
        break;
    }
    return ActionResult::tr("the connection was lost");
}

} // namespace

QList<int> ActionResult::failingIndices() const
{
    QList<int> indices;
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).problem.isEmpty())
            indices.append(i);
    }
    return indices;
}

int ActionResult::count(ItemOutcome outcome) const
{
    int n = 0;
    for (const Item &item : items) {
        if (item.outcome == outcome)
            ++n;
    }
    return n;
}

QString ActionResult::actionKey(Action action)
{
    return action == Action::Start ? QStringLiteral("start") : QStringLiteral("stop");
}

QString ActionResult::outcomeKey(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::TookEffect:
        return QStringLiteral("took-effect");
    case ItemOutcome::DidNotTakeEffect:
        return QStringLiteral("did-not-take-effect");
    case ItemOutcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString ActionResult::outcomeText(ItemOutcome outcome)
{
    switch (outcome) {
    case ItemOutcome::TookEffect:
        return tr("took effect");
    case ItemOutcome::DidNotTakeEffect:
        return tr("did not take effect");
    case ItemOutcome::Unknown:
        break;
    }
    // Unknown has several causes (no answer, a check cut short by its limits
    // or by the user); the summary says which, so the item does not guess.
    return tr("still unknown");
}

QString ActionResult::summary() const
{
    const int n = int(items.size());
    switch (status) {
    case Status::Succeeded:
        if (action == Action::Start)
            return n == 1 ? tr("Started 1 session.") : tr("Started %1 sessions.").arg(n);
        return n == 1 ? tr("Stopped 1 session.") : tr("Stopped %1 sessions.").arg(n);
    case Status::Failed:
        return (action == Action::Start ? tr("Nothing was started: %1") : tr("Nothing was stopped: %1"))
            .arg(error.message());
    case Status::Reconciled:
        break;
    }
    const int took = count(ItemOutcome::TookEffect);
    const int not_ = count(ItemOutcome::DidNotTakeEffect);
    const int unknown = count(ItemOutcome::Unknown);
    QString text = tr("The server did not confirm the change (%1), so the app asked the server what happened.")
                       .arg(unconfirmedReason(error));
    text += QLatin1Char(' ');
    text += tr("%1 took effect, %2 did not, %3 still unknown.").arg(took).arg(not_).arg(unknown);
    if (unknown > 0)
        text += QLatin1Char(' ') + tr("Check those sessions before trying again.");
    return text;
}
