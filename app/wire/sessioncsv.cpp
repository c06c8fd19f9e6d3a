#include "wire/sessioncsv.h"

#include "wire/sessioncodec.h"

namespace BillForward::SessionCsv {

namespace {

QString timeText(Timestamp t)
{
    return t == NoTimestamp ? QString() : WireTime::toString(t);
}

// The values of one session in columns() order.
QStringList valuesOf(const UsageSession &s)
{
    return {timeText(s.created),
            s.changedBy,
            s.organizationId,
            s.subscriptionId,
            s.sessionId,
            s.pricingComponentId,
            s.pricingComponentName,
            s.uom,
            s.description,
            QString::number(s.sessionix),
            timeText(s.start),
            timeText(s.stop),
            s.state,
            QString::number(s.uduration)};
}

QString line(const QStringList &values, Cells cells = Cells::Raw)
{
    QString text;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            text += QLatin1Char(',');
        text += field(cells == Cells::Raw ? values.at(i) : neutralised(values.at(i)));
    }
    return text + QLatin1String("\r\n");
}

} // namespace

QStringList columns()
{
    return {QStringLiteral("created"),
            QStringLiteral("changedBy"),
            QStringLiteral("organizationID"),
            QStringLiteral("subscriptionID"),
            QStringLiteral("sessionID"),
            QStringLiteral("pricingComponentID"),
            QStringLiteral("pricingComponentName"),
            QStringLiteral("uom"),
            QStringLiteral("description"),
            QStringLiteral("sessionix"),
            QStringLiteral("start"),
            QStringLiteral("stop"),
            QStringLiteral("state"),
            QStringLiteral("uduration")};
}

QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString neutralised(const QString &value)
{
    if (value.isEmpty() || !QStringLiteral("=+-@\t\r").contains(value.at(0)))
        return value;
    return QLatin1Char('\'') + value;
}

QByteArray encode(const QList<UsageSession> &sessions, Cells cells)
{
    QString out = line(columns());
    for (const UsageSession &session : sessions)
        out += line(valuesOf(session), cells);
    return out.toUtf8();
}

} // namespace BillForward::SessionCsv
