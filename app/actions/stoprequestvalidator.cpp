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
    if (request.when == StopRequest::When::Now)
        return issues;
    const BillForward::Timestamp now =
        m_now != BillForward::NoTimestamp ? m_now : QDateTime::currentMSecsSinceEpoch();
    if (request.when == StopRequest::When::At && request.stop == BillForward::NoTimestamp) {
        issues.append({ActionField::StopTime, tr("Choose the time the sessions stop at.")});
        return issues;
    }
    if (request.when == StopRequest::When::At && request.stop > now + FutureToleranceMs)
        issues.append({ActionField::StopTime, tr("The stop time is in the future: choose a time up to now.")});
    for (const BillForward::UsageSession &session : request.sessions) {
        // A session that starts later is stopped at its start (StopRequest::stopOf).
        if (request.chosenBeforeStart(session, now)) {
            issues.append({ActionField::StopTime,
                           tr("The stop time is before the start of session “%1” (%2 UTC).")
                               .arg(session.sessionId,
                                    DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(session.start, Qt::UTC)))});
        }
    }
    return issues;
}
