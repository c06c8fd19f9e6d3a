#include "actions/stoprequestvalidator.h"

#include "sessions/displayformat.h"

#include <QDateTime>

FieldIssues StopRequestValidator::validate(const StopRequest &request) const
{
    FieldIssues issues;
    if (request.sessions.isEmpty())
        issues.append({ActionField::Sessions, tr("Select at least one running session to stop.")});
    for (const BillForward::UsageSession &session : request.sessions) {
        if (!session.isActive())
            issues.append({ActionField::Sessions,
                           tr("Session “%1” (%2) is not running.").arg(session.sessionId, session.uom)});
    }
    const BillForward::Timestamp now =
        m_now != BillForward::NoTimestamp ? m_now : QDateTime::currentMSecsSinceEpoch();
    if (request.stop != BillForward::NoTimestamp) {
        if (request.stop > now + FutureToleranceMs)
            issues.append({ActionField::StopTime,
                           tr("The stop time is in the future: choose a time up to now.")});
        for (const BillForward::UsageSession &session : request.sessions) {
            if (session.start != BillForward::NoTimestamp && request.stop < session.start) {
                issues.append({ActionField::StopTime,
                               tr("The stop time is before the start of session “%1” (%2 UTC).")
                                   .arg(session.sessionId,
                                        DisplayFormat::dateTime(
                                            QDateTime::fromMSecsSinceEpoch(session.start, Qt::UTC)))});
            }
        }
    }
    return issues;
}
