#include "actions/journalentry.h"

#include "wire/sessioncodec.h"

#include <QJsonArray>

namespace {

QJsonObject sessionToJson(const BillForward::UsageSession &session)
{
    QJsonObject object;
    object.insert(QStringLiteral("subscriptionID"), session.subscriptionId);
    object.insert(QStringLiteral("sessionID"), session.sessionId);
    object.insert(QStringLiteral("uom"), session.uom);
    if (!session.pricingComponentId.isEmpty())
        object.insert(QStringLiteral("pricingComponentID"), session.pricingComponentId);
    if (!session.pricingComponentName.isEmpty())
        object.insert(QStringLiteral("pricingComponentName"), session.pricingComponentName);
    if (!session.description.isEmpty())
        object.insert(QStringLiteral("description"), session.description);
    if (session.start != BillForward::NoTimestamp)
        object.insert(QStringLiteral("start"), BillForward::WireTime::toString(session.start));
    if (session.stop != BillForward::NoTimestamp)
        object.insert(QStringLiteral("stop"), BillForward::WireTime::toString(session.stop));
    return object;
}

BillForward::Timestamp timeOf(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : BillForward::NoTimestamp;
}

BillForward::UsageSession sessionFromJson(const QJsonObject &object)
{
    BillForward::UsageSession session;
    session.subscriptionId = object.value(QStringLiteral("subscriptionID")).toString();
    session.sessionId = object.value(QStringLiteral("sessionID")).toString();
    session.uom = object.value(QStringLiteral("uom")).toString();
    session.pricingComponentId = object.value(QStringLiteral("pricingComponentID")).toString();
    session.pricingComponentName = object.value(QStringLiteral("pricingComponentName")).toString();
    session.description = object.value(QStringLiteral("description")).toString();
    session.start = timeOf(object.value(QStringLiteral("start")));
    session.stop = timeOf(object.value(QStringLiteral("stop")));
    return session;
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), id);
    object.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(QStringLiteral("profile"), profileName);
    object.insert(QStringLiteral("baseUrl"), baseUrl);
    object.insert(QStringLiteral("action"), action);
    QJsonArray array;
    for (const BillForward::UsageSession &session : sessions)
        array.append(sessionToJson(session));
    object.insert(QStringLiteral("sessions"), array);
    object.insert(QStringLiteral("outcome"), outcome);
    if (!errorType.isEmpty())
        object.insert(QStringLiteral("errorType"), errorType);
    if (!errorMessage.isEmpty())
        object.insert(QStringLiteral("errorMessage"), errorMessage);
    if (!itemOutcomes.isEmpty())
        object.insert(QStringLiteral("itemOutcomes"), QJsonArray::fromStringList(itemOutcomes));
    return object;
}

JournalEntry JournalEntry::fromJson(const QJsonObject &object)
{
    JournalEntry entry;
    entry.id = object.value(QStringLiteral("id")).toString();
    entry.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                     .toUTC();
    entry.profileName = object.value(QStringLiteral("profile")).toString();
    entry.baseUrl = object.value(QStringLiteral("baseUrl")).toString();
    entry.action = object.value(QStringLiteral("action")).toString();
    const QJsonArray array = object.value(QStringLiteral("sessions")).toArray();
    for (const QJsonValue &value : array)
        entry.sessions.append(sessionFromJson(value.toObject()));
    entry.outcome = object.value(QStringLiteral("outcome")).toString();
    entry.errorType = object.value(QStringLiteral("errorType")).toString();
    entry.errorMessage = object.value(QStringLiteral("errorMessage")).toString();
    const QJsonArray outcomes = object.value(QStringLiteral("itemOutcomes")).toArray();
    for (const QJsonValue &value : outcomes)
        entry.itemOutcomes.append(value.toString());
    return entry;
}

QString JournalEntry::sessionsText() const
{
    QStringList parts;
    for (const BillForward::UsageSession &session : sessions)
        parts.append(QStringLiteral("%1/%2 (%3)").arg(session.subscriptionId, session.sessionId, session.uom));
    return parts.join(QStringLiteral(", "));
}

QString JournalEntry::outcomeText() const
{
    if (outcome == QLatin1String("ok"))
        return tr("OK");
    if (outcome == QLatin1String("sent"))
        return tr("Sent, no answer recorded");
    if (isUndone())
        return tr("Undone before sending: nothing was sent");
    if (outcome == QLatin1String("error"))
        return tr("Refused: %1 — %2").arg(errorType, errorMessage);
    int took = 0;
    int notTaken = 0;
    int unknown = 0;
    for (const QString &item : itemOutcomes) {
        if (item == QLatin1String("took-effect"))
            ++took;
        else if (item == QLatin1String("did-not-take-effect"))
            ++notTaken;
        else
            ++unknown;
    }
    return tr("Not confirmed (%1); reconciled: %2 took effect, %3 did not, %4 still unknown")
        .arg(errorType)
        .arg(took)
        .arg(notTaken)
        .arg(unknown);
}
