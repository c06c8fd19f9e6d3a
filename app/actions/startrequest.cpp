#include "actions/startrequest.h"

QStringList StartRequest::linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
        lines.removeLast();
    return lines;
}

QStringList StartRequest::cleanSessionIds() const
{
    QStringList ids;
    for (const QString &line : sessionIds) {
        const QString id = line.trimmed();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

BillForward::SessionBatch StartRequest::toBatch() const
{
    BillForward::SessionBatch batch;
    batch.organizationId = organizationId.trimmed();
    const QStringList ids = cleanSessionIds();
    for (const QString &id : ids) {
        BillForward::UsageSession session;
        session.subscriptionId = subscriptionId.trimmed();
        session.sessionId = id;
        session.uom = uom.trimmed();
        session.pricingComponentName = pricingComponentName.trimmed();
        session.pricingComponentId = pricingComponentId.trimmed();
        session.description = description.trimmed();
        session.start = start;
        batch.usageSessions.append(session);
    }
    return batch;
}
