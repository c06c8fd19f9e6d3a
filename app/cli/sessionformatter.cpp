#include "cli/sessionformatter.h"

#include "wire/sessioncodec.h"

namespace BillForward {

namespace {

QString timeText(Timestamp t)
{
    return t == NoTimestamp ? QString() : WireTime::toString(t);
}

// The values of one session in csvColumns() order.
QStringList csvValues(const UsageSession &s)
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

// Table cells stay on one line.
QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

std::optional<SessionFormatter::Format> SessionFormatter::parseFormat(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("table"))
        return Format::Table;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    if (n == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QByteArray SessionFormatter::format(const QList<UsageSession> &sessions, Format format)
{
    switch (format) {
    case Format::Json: return toJson(sessions);
    case Format::Csv: return toCsv(sessions);
    case Format::Table: break;
    }
    return toTable(sessions);
}

QByteArray SessionFormatter::toJson(const QList<UsageSession> &sessions)
{
    return SessionCodec::encodeSessions(sessions) + '\n';
}

QStringList SessionFormatter::csvColumns()
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

QString SessionFormatter::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\r')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray SessionFormatter::toCsv(const QList<UsageSession> &sessions)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const UsageSession &s : sessions) {
        QStringList fields = csvValues(s);
        for (QString &field : fields)
            field = csvField(field);
        out += fields.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QString SessionFormatter::formatDuration(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QByteArray SessionFormatter::toTable(const QList<UsageSession> &sessions)
{
    QList<QStringList> rows;
    rows.reserve(sessions.size() + 1);
    rows.append({tr("SUBSCRIPTION"), tr("SESSION"), tr("UNIT"), tr("IX"), tr("STATE"), tr("START"),
                 tr("STOP"), tr("DURATION"), tr("PRICING COMPONENT"), tr("ORGANIZATION"),
                 tr("DESCRIPTION")});
    for (const UsageSession &s : sessions) {
        rows.append({oneLine(s.subscriptionId), oneLine(s.sessionId), oneLine(s.uom),
                     QString::number(s.sessionix), oneLine(s.state), timeText(s.start),
                     timeText(s.stop),
                     s.isActive() && s.uduration == 0 ? QString() : formatDuration(s.uduration),
                     oneLine(s.pricingComponentName.isEmpty() ? s.pricingComponentId
                                                              : s.pricingComponentName),
                     oneLine(s.organizationId), oneLine(s.description)});
    }
    const qsizetype columns = rows.first().size();
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < columns; ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < columns; ++c) {
            if (c > 0)
                line += QLatin1String("  ");
            line += c + 1 < columns ? row.at(c).leftJustified(widths[c]) : row.at(c);
        }
        // The last column may be empty: no trailing blanks.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace BillForward
