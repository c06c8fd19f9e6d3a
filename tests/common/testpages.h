#pragma once

// Hand-written wire JSON for tests (independent of the codec under test).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace TestSupport {

// A Historic session (or Active with active = true) created `createdSecs`
// after 2026-01-01T00:00:00Z.
inline QByteArray sessionJson(const QString &subscription, const QString &sessionId,
                              const QString &uom = QStringLiteral("minutes"), int sessionix = 0,
                              qint64 createdSecs = 0, bool active = false)
{
    const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const auto iso = [](const QDateTime &t) { return t.toString(Qt::ISODate).toUtf8(); };
    const QDateTime created = base.addSecs(createdSecs);
    const QByteArray stop = active ? QByteArray("null") : '"' + iso(created.addSecs(60)) + '"';
    return "{\"@type\":\"usageSession\",\"created\":\"" + iso(created)
        + "\",\"changedBy\":\"5A4D0E1C-0000-4000-8000-000000000001\",\"organizationID\":\"ORG-1\","
          "\"subscriptionID\":\""
        + subscription.toUtf8() + "\",\"sessionID\":\"" + sessionId.toUtf8()
        + "\",\"pricingComponentID\":\"PCO-1\",\"pricingComponentName\":\"Minutes\",\"uom\":\""
        + uom.toUtf8() + "\",\"description\":\"test\",\"sessionix\":" + QByteArray::number(sessionix)
        + ",\"start\":\"" + iso(created) + "\",\"stop\":" + stop + ",\"state\":\""
        + (active ? "Active" : "Historic") + "\",\"uduration\":" + (active ? "0" : "60000") + '}';
}

// A UsageSessionPagedMetadata around already encoded sessions.
inline QByteArray pageJson(const QList<QByteArray> &sessions, qint64 offset = 0, int records = 8766,
                           const QByteArray &nextPage = {})
{
    QByteArray out = "{\"@type\":\"UsageSessionPagedMetadata\"";
    if (!nextPage.isEmpty())
        out += ",\"nextPage\":\"" + nextPage + '"';
    out += ",\"currentPage\":" + QByteArray::number(records > 0 ? offset / records : 0)
        + ",\"currentOffset\":" + QByteArray::number(offset) + ",\"recordsRequested\":"
        + QByteArray::number(records) + ",\"recordsReturned\":" + QByteArray::number(sessions.size())
        + ",\"executionTime\":3,\"results\":[";
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (i > 0)
            out += ',';
        out += sessions.at(i);
    }
    return out + "]}";
}

} // namespace TestSupport
