#pragma once

#include "actions/fieldissue.h"
#include "actions/startrequest.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QSet>

// Checks a StartRequest before anything is sent, field by field, so the form
// can mark each problem where it is.
class StartRequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(StartRequestValidator)

public:
    // How far ahead of `now` a start may be (clocks differ a little).
    static constexpr qint64 FutureToleranceMs = 60 * 1000;

    void setNow(BillForward::Timestamp utcMs) { m_now = utcMs; }
    // Sessions known to be running: starting one of them again would fail.
    void setActiveSessions(const QList<BillForward::UsageSession> &sessions);

    FieldIssues validate(const StartRequest &request) const;

private:
    static QString activeKey(const QString &subscription, const QString &session, const QString &uom);

    BillForward::Timestamp m_now = BillForward::NoTimestamp; // NoTimestamp: the clock
    QSet<QString> m_active;
};
