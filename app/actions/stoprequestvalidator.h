#pragma once

#include "actions/fieldissue.h"
#include "actions/stoprequest.h"

#include <QCoreApplication>

// Checks a StopRequest before anything is sent: only running sessions, and a
// chosen stop time neither before the start of a running session nor in the
// future (sessions that start later stop at their start).
class StopRequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(StopRequestValidator)

public:
    static constexpr qint64 FutureToleranceMs = 60 * 1000;

    void setNow(BillForward::Timestamp utcMs) { m_now = utcMs; }
    FieldIssues validate(const StopRequest &request) const;

private:
    BillForward::Timestamp m_now = BillForward::NoTimestamp; // NoTimestamp: the clock
};
