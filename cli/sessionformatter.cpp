#include "cli/sessionformatter.h"

#include "sessions/durationformat.h"
#include "wire/sessioncodec.h"
#include "wire/sessioncsv.h"

namespace BillForward {

namespace {

QString timeText(Timestamp t)
{
    return t == NoTimestamp ? QString() : WireTime::toString(t);
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
    case Format::Csv: return SessionCsv::encode(sessions);
    case Format::Table: break;
    }
    return toTable(sessions);
}

QByteArray SessionFormatter::toJson(const QList<UsageSession> &sessions)
{
    return SessionCodec::encodeSessions(sessions) + '\n';
}

QStringList SessionFormatter::tableHeader()
{
    return {tr("SUBSCRIPTION"), tr("SESSION"), tr("UNIT"), tr("IX"), tr("STATE"), tr("START"),
            tr("STOP"), tr("DURATION"), tr("PRICING COMPONENT"), tr("ORGANIZATION"), tr("DESCRIPTION")};
}

QStringList SessionFormatter::tableCells(const UsageSession &s)
{
    return {oneLine(s.subscriptionId), oneLine(s.sessionId), oneLine(s.uom),
            QString::number(s.sessionix), oneLine(s.state), timeText(s.start),
            timeText(s.stop),
            s.isActive() && s.uduration == 0 ? QString() : DurationFormat::forScripts(s.uduration),
            oneLine(s.pricingComponentName.isEmpty() ? s.pricingComponentId : s.pricingComponentName),
            oneLine(s.organizationId), oneLine(s.description)};
}

void SessionFormatter::widen(QList<qsizetype> &widths, const QStringList &cells)
{
    if (widths.size() < cells.size())
        widths.resize(cells.size(), 0);
    for (qsizetype c = 0; c < cells.size(); ++c)
        widths[c] = qMax(widths[c], cells.at(c).size());
}

QString SessionFormatter::tableLine(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype c = 0; c < cells.size(); ++c) {
        if (c > 0)
            line += QLatin1String("  ");
        line += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.value(c)) : cells.at(c);
    }
    // The last column may be empty: no trailing blanks.
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line + QLatin1Char('\n');
}

QByteArray SessionFormatter::toTable(const QList<UsageSession> &sessions)
{
    QList<QStringList> rows;
    rows.reserve(sessions.size() + 1);
    rows.append(tableHeader());
    for (const UsageSession &s : sessions)
        rows.append(tableCells(s));
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows))
        widen(widths, row);
    QString out;
    for (const QStringList &row : std::as_const(rows))
        out += tableLine(row, widths);
    return out.toUtf8();
}

} // namespace BillForward
