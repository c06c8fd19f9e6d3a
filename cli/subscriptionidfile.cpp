#include "cli/subscriptionidfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <optional>

namespace BillForward {

namespace {

struct Row
{
    int line = 0;
    QString text;
};

// The line up to a `#` that starts it or follows a blank, outside quotes.
QString withoutComment(const QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('#') && !quoted && (i == 0 || line.at(i - 1).isSpace()))
            return line.left(i);
    }
    return line;
}

// The first of comma, semicolon (spreadsheets in many languages) and tab
// outside quotes; a null QChar for a line of one column.
QChar separatorOf(const QString &line)
{
    bool quoted = false;
    for (const QChar c : line) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')))
            return c;
    }
    return {};
}

// RFC 4180 cells of one line; nothing when a quote is left open.
std::optional<QStringList> cellsOf(const QString &line, QChar separator)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (!separator.isNull() && c == separator) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    if (quoted)
        return std::nullopt;
    cells << cell.trimmed();
    return cells;
}

// A header cell that names the subscription column, however it is spelled.
bool namesSubscriptions(const QString &cell)
{
    QString letters;
    for (const QChar c : cell) {
        if (c.isLetterOrNumber())
            letters += c.toLower();
    }
    return letters == QLatin1String("subscriptionid") || letters == QLatin1String("subscription")
        || letters == QLatin1String("subscriptionids");
}

} // namespace

SubscriptionIdFile::Result SubscriptionIdFile::read(const QString &path)
{
    QFile file;
    QString source = path;
    bool opened = false;
    if (path == QLatin1String("-")) {
        source = tr("standard input");
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return {{}, tr("cannot read the subscriptions file %1: %2").arg(source, file.errorString())};
    return parse(file.readAll(), source);
}

SubscriptionIdFile::Result SubscriptionIdFile::parse(const QByteArray &text, const QString &source)
{
    QString all = QString::fromUtf8(text);
    if (all.startsWith(QChar(0xFEFF))) // a byte-order mark, as spreadsheets write
        all.remove(0, 1);

    QList<Row> rows;
    const QStringList lines = all.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString kept = withoutComment(lines.at(i)).trimmed();
        if (!kept.isEmpty())
            rows.append({int(i + 1), kept});
    }
    if (rows.isEmpty())
        return {{}, tr("%1 holds no subscription ID: give one per line, or a CSV column named subscriptionID.").arg(source)};

    QChar separator = separatorOf(rows.constFirst().text);
    QList<QStringList> table;
    qsizetype column = -1;
    for (;;) {
        table.clear();
        for (const Row &row : std::as_const(rows)) {
            const std::optional<QStringList> cells = cellsOf(row.text, separator);
            if (!cells)
                return {{}, tr("%1, line %2: a quote is not closed.").arg(source).arg(row.line)};
            table.append(*cells);
        }
        const QStringList &header = table.constFirst();
        const auto named = std::find_if(header.cbegin(), header.cend(), namesSubscriptions);
        column = named == header.cend() ? -1 : named - header.cbegin();
        // Tabs without a header are IDs pasted with blanks between them.
        if (column >= 0 || separator != QLatin1Char('\t'))
            break;
        separator = QChar();
    }
    const qsizetype first = column >= 0 ? 1 : 0; // past the header
    if (column < 0) {
        const bool oneColumn = std::all_of(table.cbegin(), table.cend(),
                                           [](const QStringList &cells) { return cells.size() == 1; });
        if (!oneColumn)
            return {{}, tr("%1 has several columns and no header that names the subscription column: add a first "
                           "line naming it subscriptionID.")
                            .arg(source)};
        column = 0;
    }

    QStringList ids;
    QSet<QString> seen;
    for (qsizetype r = first; r < table.size(); ++r) {
        const QString cell = table.at(r).value(column);
        // A list pasted with blanks between the IDs: IDs hold no blanks.
        const QStringList words = separator.isNull() ? cell.split(QRegularExpression(QStringLiteral("\\s+")),
                                                                  Qt::SkipEmptyParts)
                                                     : QStringList{cell};
        for (const QString &id : words) {
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    if (ids.isEmpty())
        return {{}, tr("%1 holds no subscription ID: give one per line, or a CSV column named subscriptionID.").arg(source)};
    return {ids, {}};
}

} // namespace BillForward
