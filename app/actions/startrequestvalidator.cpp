#include "actions/startrequestvalidator.h"

#include <QDateTime>
#include <QHash>

namespace {

bool containsSpace(const QString &text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

void StartRequestValidator::setActiveSessions(const QList<BillForward::UsageSession> &sessions)
{
    m_active.clear();
    for (const BillForward::UsageSession &session : sessions) {
        if (session.isActive())
            m_active.insert(activeKey(session.subscriptionId, session.sessionId, session.uom));
    }
}

QString StartRequestValidator::activeKey(const QString &subscription, const QString &session,
                                         const QString &uom)
{
    return subscription + QChar(0x1f) + session + QChar(0x1f) + uom;
}

FieldIssues StartRequestValidator::validate(const StartRequest &request) const
{
    FieldIssues issues;
    const QString subscription = request.subscriptionId.trimmed();
    if (subscription.isEmpty())
        issues.append({ActionField::Subscription, tr("Enter the subscription ID.")});
    else if (containsSpace(subscription) || subscription.contains(QLatin1Char('/')))
        issues.append({ActionField::Subscription,
                       tr("The subscription ID may not contain spaces or slashes.")});

    const QString uom = request.uom.trimmed();

    // Session IDs: one per line, none blank, none twice, none already running.
    QHash<QString, int> firstLine;
    int nonEmpty = 0;
    for (int i = 0; i < request.sessionIds.size(); ++i) {
        const QString id = request.sessionIds.at(i).trimmed();
        const int line = i + 1;
        if (id.isEmpty()) {
            issues.append({ActionField::SessionIds,
                           tr("Line %1 is empty: enter a session ID or remove the line.").arg(line)});
            continue;
        }
        ++nonEmpty;
        if (containsSpace(id)) {
            issues.append({ActionField::SessionIds,
                           tr("Line %1 (“%2”) contains a space: enter one session ID per line.")
                               .arg(line)
                               .arg(id)});
            continue;
        }
        const auto seen = firstLine.constFind(id);
        if (seen != firstLine.constEnd()) {
            issues.append({ActionField::SessionIds,
                           tr("Session ID “%1” is listed twice (lines %2 and %3).")
                               .arg(id)
                               .arg(seen.value())
                               .arg(line)});
            continue;
        }
        firstLine.insert(id, line);
        if (!subscription.isEmpty() && !uom.isEmpty()
            && m_active.contains(activeKey(subscription, id, uom)))
            issues.append({ActionField::SessionIds,
                           tr("Session “%1” is already running in %2.").arg(id, uom)});
    }
    if (nonEmpty == 0 && !hasIssue(issues, ActionField::SessionIds))
        issues.append({ActionField::SessionIds, tr("Enter at least one session ID.")});

    if (request.pricingComponentName.trimmed().isEmpty()
        && request.pricingComponentId.trimmed().isEmpty())
        issues.append({ActionField::PricingComponent,
                       tr("Enter the pricing component’s name or ID.")});

    if (uom.isEmpty())
        issues.append({ActionField::Uom, tr("Enter the unit of measure (for example minutes).")});

    if (request.description.size() > 1000)
        issues.append({ActionField::Description,
                       tr("The description is too long (at most 1000 characters).")});

    if (request.start != BillForward::NoTimestamp) {
        const BillForward::Timestamp now =
            m_now != BillForward::NoTimestamp ? m_now : QDateTime::currentMSecsSinceEpoch();
        if (request.start > now + FutureToleranceMs)
            issues.append({ActionField::StartTime,
                           tr("The start time is in the future: choose a time up to now.")});
    }
    return issues;
}
