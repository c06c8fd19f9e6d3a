#include "cli/attentionformatter.h"

#include "sessions/durationformat.h"
#include "wire/jsonwriter.h"
#include "wire/sessioncodec.h"
#include "wire/sessioncsv.h"


#include <algorithm>

namespace BillForward {

namespace {

QString timeText(Timestamp t)
{
    return t == NoTimestamp ? QString() : WireTime::toString(t);
}

qint64 runMsOf(const FlaggedSession &f, qint64 nowUtcMs)
{
    return qMax<qint64>(0, nowUtcMs - f.attention.runStartUtcMs);
}

// Table cells stay on one line.
QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

QStringList AttentionFormatter::columns()
{
    return {QStringLiteral("subscriptionID"),   QStringLiteral("sessionID"),
            QStringLiteral("uom"),              QStringLiteral("sessionix"),
            QStringLiteral("organizationID"),   QStringLiteral("pricingComponentID"),
            QStringLiteral("pricingComponentName"), QStringLiteral("start"),
            QStringLiteral("runStart"),         QStringLiteral("runMs"),
            QStringLiteral("limitMs"),          QStringLiteral("pastLimitMs"),
            QStringLiteral("reason"),           QStringLiteral("reasonText")};
}

QString AttentionFormatter::reasonKey(Attention::Reason reason)
{
    switch (reason) {
    case Attention::Reason::OverLimit: return QStringLiteral("over-limit");
    case Attention::Reason::OverPercentile: return QStringLiteral("over-percentile");
    case Attention::Reason::FutureStart: return QStringLiteral("future-start");
    case Attention::Reason::None: break;
    }
    return QStringLiteral("none");
}

void AttentionFormatter::sortByUrgency(QList<FlaggedSession> &flagged)
{
    std::stable_sort(flagged.begin(), flagged.end(), [](const FlaggedSession &a, const FlaggedSession &b) {
        if (a.attention.pastLimitMs != b.attention.pastLimitMs)
            return a.attention.pastLimitMs > b.attention.pastLimitMs;
        if (a.session.subscriptionId != b.session.subscriptionId)
            return a.session.subscriptionId < b.session.subscriptionId;
        if (a.session.sessionId != b.session.sessionId)
            return a.session.sessionId < b.session.sessionId;
        return a.session.uom < b.session.uom;
    });
}

QByteArray AttentionFormatter::format(const QList<FlaggedSession> &flagged, SessionFormatter::Format format,
                                      const Context &context)
{
    switch (format) {
    case SessionFormatter::Format::Json: return toJson(flagged, context.nowUtcMs);
    case SessionFormatter::Format::Csv: return toCsv(flagged, context.nowUtcMs);
    case SessionFormatter::Format::Table: break;
    }
    return toTable(flagged, context);
}

QByteArray AttentionFormatter::toJson(const QList<FlaggedSession> &flagged, qint64 nowUtcMs)
{
    // Written in the order of columns(), as the CSV is (a DOM would sort the names).
    QByteArray out = "[";
    JsonWriter json(out);
    for (qsizetype i = 0; i < flagged.size(); ++i) {
        const FlaggedSession &f = flagged.at(i);
        const UsageSession &s = f.session;
        json.raw(i == 0 ? "{\"subscriptionID\":" : ",{\"subscriptionID\":");
        json.string(s.subscriptionId);
        json.raw(",\"sessionID\":");
        json.string(s.sessionId);
        json.raw(",\"uom\":");
        json.string(s.uom);
        json.raw(",\"sessionix\":");
        json.integer(s.sessionix);
        json.raw(",\"organizationID\":");
        json.string(s.organizationId);
        json.raw(",\"pricingComponentID\":");
        json.string(s.pricingComponentId);
        json.raw(",\"pricingComponentName\":");
        json.string(s.pricingComponentName);
        json.raw(",\"start\":");
        json.timestamp(s.start);
        json.raw(",\"runStart\":");
        json.timestamp(f.attention.runStartUtcMs);
        json.raw(",\"runMs\":");
        json.integer(runMsOf(f, nowUtcMs));
        json.raw(",\"limitMs\":");
        json.integer(f.attention.limitMs);
        json.raw(",\"pastLimitMs\":");
        json.integer(f.attention.pastLimitMs);
        json.raw(",\"reason\":");
        json.string(reasonKey(f.attention.reason));
        json.raw(",\"reasonText\":");
        json.string(f.attention.text());
        json.raw('}');
    }
    out += "]\n";
    return out;
}

QByteArray AttentionFormatter::toCsv(const QList<FlaggedSession> &flagged, qint64 nowUtcMs)
{
    // Raw values for scripts, CRLF line ends: SessionCsv's conventions.
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted << SessionCsv::field(cell);
        return quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    };
    QString out = line(columns());
    for (const FlaggedSession &f : flagged) {
        const UsageSession &s = f.session;
        out += line({s.subscriptionId, s.sessionId, s.uom, QString::number(s.sessionix), s.organizationId,
                     s.pricingComponentId, s.pricingComponentName, timeText(s.start),
                     timeText(f.attention.runStartUtcMs), QString::number(runMsOf(f, nowUtcMs)),
                     QString::number(f.attention.limitMs), QString::number(f.attention.pastLimitMs),
                     reasonKey(f.attention.reason), f.attention.text()});
    }
    return out.toUtf8();
}

QString AttentionFormatter::summary(const QList<FlaggedSession> &flagged, const Context &context)
{
    // No %n: the English text has no translation file to pick a plural form.
    const int read = context.subscriptions - context.unreadableSubscriptions;
    QString line;
    if (!flagged.isEmpty())
        line = tr("%1 of %2 active sessions need attention (%3 of %4 subscriptions read).")
                   .arg(flagged.size())
                   .arg(context.activeSessions)
                   .arg(read)
                   .arg(context.subscriptions);
    else if (context.unreadableSubscriptions > 0)
        line = tr("Cannot tell: %1 of %2 subscriptions could not be read, and no session of the others needs attention.")
                   .arg(context.unreadableSubscriptions)
                   .arg(context.subscriptions);
    else
        line = tr("No active session needs attention (%1 of %2 subscriptions read, %3 active sessions).")
                   .arg(read)
                   .arg(context.subscriptions)
                   .arg(context.activeSessions);
    return line + QLatin1Char('\n');
}

QByteArray AttentionFormatter::toTable(const QList<FlaggedSession> &flagged, const Context &context)
{
    // A monitoring system shows a check's first line as its status.
    QString out = summary(flagged, context);
    if (flagged.isEmpty())
        return out.toUtf8();
    QList<QStringList> rows;
    rows.reserve(flagged.size() + 1);
    rows.append({tr("SUBSCRIPTION"), tr("SESSION"), tr("UNIT"), tr("PRICING COMPONENT"), tr("RUN START"),
                 tr("RUN TIME"), tr("LIMIT"), tr("REASON")});
    for (const FlaggedSession &f : flagged) {
        const UsageSession &s = f.session;
        rows.append({oneLine(s.subscriptionId), oneLine(s.sessionId), oneLine(s.uom),
                     oneLine(s.pricingComponentName.isEmpty() ? s.pricingComponentId : s.pricingComponentName),
                     timeText(f.attention.runStartUtcMs), DurationFormat::forScripts(runMsOf(f, context.nowUtcMs)),
                     f.attention.limitMs > 0 ? DurationFormat::forScripts(f.attention.limitMs) : QString(),
                     oneLine(f.attention.text())});
    }
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows))
        SessionFormatter::widen(widths, row);
    for (const QStringList &row : std::as_const(rows))
        out += SessionFormatter::tableLine(row, widths);
    return out.toUtf8();
}

} // namespace BillForward
