#include "cli/summaryformatter.h"

#include "sessions/durationformat.h"
#include "wire/sessioncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace BillForward {

namespace {

// The contract's state names.
QString stateName(int state)
{
    switch (state) {
    case SessionTotals::Active: return QStringLiteral("Active");
    case SessionTotals::Historic: return QStringLiteral("Historic");
    default: return QStringLiteral("Other");
    }
}

bool openFrom(const Period::Bounds &bounds) { return bounds.fromUtcMs == std::numeric_limits<qint64>::min(); }
bool openTo(const Period::Bounds &bounds) { return bounds.toUtcMs == std::numeric_limits<qint64>::max(); }

QString timeText(Timestamp t)
{
    return t == NoTimestamp ? QString() : WireTime::toString(t);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// One line per unit and state that has sessions, in unit order.
template <typename Visit>
void forEachBucket(const SessionTotals::Result &totals, const Visit &visit)
{
    for (const SessionTotals::Unit &unit : totals.units) {
        for (int state = 0; state < SessionTotals::StateCount; ++state) {
            const SessionTotals::Bucket &bucket = unit.states[size_t(state)];
            if (bucket.count > 0)
                visit(unit.name, stateName(state), bucket);
        }
    }
}

SessionTotals::Bucket overall(const SessionTotals::Result &totals)
{
    SessionTotals::Bucket all;
    all.count = totals.count();
    for (const SessionTotals::Unit &unit : totals.units)
        all.durationMs += unit.total().durationMs;
    all.earliestStart = totals.earliestStart;
    all.latestStop = totals.latestStop;
    all.running = totals.running;
    return all;
}

QJsonObject bucketJson(const SessionTotals::Bucket &bucket)
{
    QJsonObject object;
    object.insert(QStringLiteral("sessions"), bucket.count);
    object.insert(QStringLiteral("durationMs"), double(bucket.durationMs));
    object.insert(QStringLiteral("duration"), DurationFormat::forScripts(bucket.durationMs));
    object.insert(QStringLiteral("earliestStart"),
                  bucket.earliestStart == NoTimestamp ? QJsonValue() : QJsonValue(timeText(bucket.earliestStart)));
    object.insert(QStringLiteral("latestStop"), bucket.running || bucket.latestStop == NoTimestamp
                                                    ? QJsonValue()
                                                    : QJsonValue(timeText(bucket.latestStop)));
    object.insert(QStringLiteral("running"), bucket.running);
    return object;
}

} // namespace

QByteArray SummaryFormatter::format(const SessionTotals::Result &totals, const Period::Bounds &bounds,
                                    qint64 nowUtcMs, SessionFormatter::Format format)
{
    switch (format) {
    case SessionFormatter::Format::Json: return toJson(totals, bounds, nowUtcMs);
    case SessionFormatter::Format::Csv: return toCsv(totals, bounds, nowUtcMs);
    case SessionFormatter::Format::Table: break;
    }
    return toTable(totals, bounds, nowUtcMs);
}

QByteArray SummaryFormatter::toTable(const SessionTotals::Result &totals, const Period::Bounds &bounds,
                                     qint64 nowUtcMs)
{
    QString out;
    if (openFrom(bounds) && openTo(bounds))
        out += tr("Whole sessions; active ones counted up to %1.").arg(timeText(nowUtcMs));
    else
        out += tr("Only the part of each session from %1 up to (not including) %2; active ones counted up to %3.")
                   .arg(openFrom(bounds) ? tr("the beginning") : timeText(bounds.fromUtcMs),
                        openTo(bounds) ? tr("the end") : timeText(bounds.toUtcMs), timeText(nowUtcMs));
    out += QLatin1Char('\n');
    const auto cells = [](const QString &unit, const QString &state, const SessionTotals::Bucket &bucket) {
        return QStringList{unit, state, QString::number(bucket.count), DurationFormat::forScripts(bucket.durationMs),
                           timeText(bucket.earliestStart),
                           bucket.running ? tr("running") : timeText(bucket.latestStop)};
    };
    QList<QStringList> rows{{tr("UNIT"), tr("STATE"), tr("SESSIONS"), tr("DURATION"), tr("EARLIEST START"),
                             tr("LATEST STOP")}};
    forEachBucket(totals, [&](const QString &unit, const QString &state, const SessionTotals::Bucket &bucket) {
        rows.append(cells(unit, state, bucket));
    });
    rows.append(cells(tr("(all)"), tr("(all)"), overall(totals)));
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(rows))
        SessionFormatter::widen(widths, row);
    for (const QStringList &row : std::as_const(rows))
        out += SessionFormatter::tableLine(row, widths);
    return out.toUtf8();
}

QByteArray SummaryFormatter::toCsv(const SessionTotals::Result &totals, const Period::Bounds &bounds,
                                   qint64 nowUtcMs)
{
    const QString from = openFrom(bounds) ? QString() : timeText(bounds.fromUtcMs);
    const QString to = openTo(bounds) ? QString() : timeText(bounds.toUtcMs);
    QString out = QStringLiteral("uom,state,sessions,durationMs,duration,earliestStart,latestStop,running,from,to,countedAt\r\n");
    const auto record = [&](const QString &unit, const QString &state, const SessionTotals::Bucket &bucket) {
        out += QStringList{csvField(unit), state, QString::number(bucket.count), QString::number(bucket.durationMs),
                           DurationFormat::forScripts(bucket.durationMs), timeText(bucket.earliestStart),
                           bucket.running ? QString() : timeText(bucket.latestStop),
                           bucket.running ? QStringLiteral("true") : QStringLiteral("false"), from, to,
                           timeText(nowUtcMs)}
                   .join(QLatin1Char(','))
            + QStringLiteral("\r\n");
    };
    forEachBucket(totals, record);
    // Always last, also when nothing matched: a script reads the instants
    // used (from, to, countedAt) from it, as from the table and the JSON.
    record(QStringLiteral("(all)"), QStringLiteral("(all)"), overall(totals));
    return out.toUtf8();
}

QByteArray SummaryFormatter::toJson(const SessionTotals::Result &totals, const Period::Bounds &bounds,
                                    qint64 nowUtcMs)
{
    QJsonObject root;
    root.insert(QStringLiteral("from"), openFrom(bounds) ? QJsonValue() : QJsonValue(timeText(bounds.fromUtcMs)));
    root.insert(QStringLiteral("to"), openTo(bounds) ? QJsonValue() : QJsonValue(timeText(bounds.toUtcMs)));
    root.insert(QStringLiteral("countedAt"), timeText(nowUtcMs));
    QJsonArray rows;
    forEachBucket(totals, [&](const QString &unit, const QString &state, const SessionTotals::Bucket &bucket) {
        QJsonObject row = bucketJson(bucket);
        row.insert(QStringLiteral("uom"), unit);
        row.insert(QStringLiteral("state"), state);
        rows.append(row);
    });
    root.insert(QStringLiteral("totals"), rows);
    root.insert(QStringLiteral("all"), bucketJson(overall(totals)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace BillForward
