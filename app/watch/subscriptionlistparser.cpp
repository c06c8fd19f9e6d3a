#include "watch/subscriptionlistparser.h"

#include "watch/subscriptionid.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace {

// Adds a token: once if valid, else a problem naming where it was.
struct Collector
{
    SubscriptionListParser::Result &result;
    QSet<QString> seen;

    void add(const QString &raw, const QString &where)
    {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            return;
        if (!SubscriptionId::isValid(id)) {
            const QString shown = id.size() > 40 ? id.left(40) + QStringLiteral("…") : id;
            result.problems << SubscriptionListParser::tr("%1: “%2” is not a subscription ID (no spaces, slashes or "
                                                          "control characters, at most %3 characters).")
                                   .arg(where, shown)
                                   .arg(SubscriptionId::MaxLength);
            return;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            result.ids << id;
        }
    }
};

QChar delimiterOf(const QString &firstLine)
{
    int best = 0;
    QChar delimiter = QLatin1Char(',');
    for (const QChar candidate : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        const int count = int(firstLine.count(candidate));
        if (count > best) {
            best = count;
            delimiter = candidate;
        }
    }
    return delimiter;
}

struct CsvRow
{
    QStringList fields;
    int line = 0; // where the row starts, from 1
};

// RFC 4180 with any delimiter: quoted fields may hold delimiters, quotes
// ("") and line breaks. An unclosed quote ends the text and is reported.
QList<CsvRow> splitCsv(const QString &text, QChar delimiter, int *unclosedQuoteLine)
{
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    *unclosedQuoteLine = 0;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRow = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
        bool blank = true;
        for (const QString &f : std::as_const(row.fields))
            blank = blank && f.trimmed().isEmpty();
        if (!blank)
            rows << row;
        row = CsvRow();
        row.line = line;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == delimiter) {
            row.fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the row
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            if (!c.isSpace())
                fieldStarted = true;
            field += c;
        }
    }
    if (quoted)
        *unclosedQuoteLine = quoteLine;
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

// The text without its comments: from a `#` that starts a line or follows a
// blank, outside quotes, to the end of the line ("SUB#1" keeps its `#`).
// Lines stay where they were, so problems name the right line. In CSV a
// quote may span lines; in pasted text each line starts unquoted.
QString withoutComments(const QString &text, bool quotesSpanLines)
{
    QString kept;
    kept.reserve(text.size());
    bool quoted = false;
    bool inComment = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            inComment = false;
            if (!quotesSpanLines)
                quoted = false;
            kept += c;
            continue;
        }
        if (inComment)
            continue;
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('#') && !quoted && (i == 0 || text.at(i - 1).isSpace())) {
            inComment = true;
            continue;
        }
        kept += c;
    }
    return kept;
}

QString tooLargeMessage(const QString &name)
{
    return SubscriptionListParser::tr("The file %1 is larger than %2 MB: a list of subscription IDs is far smaller. "
                                      "Choose the file that holds only the IDs.")
        .arg(name)
        .arg(SubscriptionListParser::MaxFileBytes / (1024 * 1024));
}

QString firstNonBlankLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line;
    }
    return {};
}

QString normalizedHeader(const QString &cell)
{
    QString key = cell.trimmed().toLower();
    key.remove(QRegularExpression(QStringLiteral("[\\s_\\-.]")));
    return key;
}

// The column a header names: the most specific name wins.
int headerColumn(const QStringList &cells)
{
    static const QStringList names = {QStringLiteral("subscriptionid"), QStringLiteral("subscriptionids"),
                                      QStringLiteral("subscription"), QStringLiteral("subscriptions"),
                                      QStringLiteral("id"), QStringLiteral("ids")};
    int best = -1;
    int bestRank = int(names.size());
    for (int column = 0; column < cells.size(); ++column) {
        const int rank = int(names.indexOf(normalizedHeader(cells.at(column))));
        if (rank >= 0 && rank < bestRank) {
            bestRank = rank;
            best = column;
        }
    }
    return best;
}

} // namespace

SubscriptionListParser::Result SubscriptionListParser::fromText(const QString &text)
{
    Result result;
    Collector collector{result, {}};
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QString kept = withoutComments(text, false);
    if (kept.startsWith(QChar(0xfeff)))
        kept.remove(0, 1);
    const QStringList lines = kept.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList tokens = lines.at(i).split(separators, Qt::SkipEmptyParts);
        for (const QString &token : tokens) {
            QString id = token;
            // "SUB-1" pasted from a spreadsheet or a JSON list keeps its quotes.
            if (id.size() >= 2 && id.startsWith(QLatin1Char('"')) && id.endsWith(QLatin1Char('"')))
                id = id.mid(1, id.size() - 2);
            collector.add(id, lines.size() > 1 ? tr("Line %1").arg(i + 1) : tr("The text"));
        }
    }
    return result;
}

SubscriptionListParser::Result SubscriptionListParser::fromCsv(const QString &text)
{
    Result result;
    Collector collector{result, {}};
    QString kept = withoutComments(text, true);
    if (kept.startsWith(QChar(0xfeff)))
        kept.remove(0, 1);
    const QChar delimiter = delimiterOf(firstNonBlankLine(kept));
    int unclosedQuoteLine = 0;
    const QList<CsvRow> rows = splitCsv(kept, delimiter, &unclosedQuoteLine);
    if (rows.isEmpty())
        return result;
    int column = headerColumn(rows.constFirst().fields);
    const bool hasHeader = column >= 0;
    // Tabs without a header: IDs pasted with blanks between them.
    if (!hasHeader && delimiter == QLatin1Char('\t'))
        return fromText(kept);
    if (!hasHeader) {
        column = 0;
        for (const CsvRow &row : rows)
            result.columnGuessed = result.columnGuessed || row.fields.size() > 1;
    }
    for (int i = hasHeader ? 1 : 0; i < rows.size(); ++i) {
        const CsvRow &row = rows.at(i);
        const QString where = tr("Line %1").arg(row.line);
        if (column >= row.fields.size()) {
            result.problems << tr("%1: has no column %2 (the subscription IDs).").arg(where).arg(column + 1);
            continue;
        }
        const QString cell = row.fields.at(column).trimmed();
        if (cell.isEmpty()) {
            result.problems << tr("%1: the subscription ID is empty.").arg(where);
            continue;
        }
        collector.add(cell, where);
    }
    if (unclosedQuoteLine > 0)
        result.problems << tr("Line %1: a quote opened here is never closed; the rest of the file was read as one "
                              "field. Close the quote and try again.")
                               .arg(unclosedQuoteLine);
    return result;
}

SubscriptionListParser::Result SubscriptionListParser::fromFile(const QString &path)
{
    Result result;
    if (path == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            result.error = tr("Cannot read the file %1: %2. Check that you may read it.")
                               .arg(tr("standard input"), input.errorString());
            return result;
        }
        // Read one byte past the limit, never all of a stream that does not end.
        return fromBytes(input.read(MaxFileBytes + 1), tr("standard input"), false);
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("The file %1 does not exist. Choose another file.").arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("%1 is not a file. Choose a text or CSV file.").arg(path);
        return result;
    }
    if (info.size() > MaxFileBytes) {
        result.error = tooLargeMessage(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the file %1: %2. Check that you may read it.").arg(path, file.errorString());
        return result;
    }
    return fromBytes(file.readAll(), path,
                     info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0);
}

SubscriptionListParser::Result SubscriptionListParser::fromBytes(const QByteArray &data, const QString &name,
                                                                 bool csvByName)
{
    Result result;
    if (data.size() > MaxFileBytes) {
        result.error = tooLargeMessage(name);
        return result;
    }
    if (data.contains('\0')) {
        result.error = tr("The file %1 is not text (a spreadsheet or an image?). Save it as CSV or plain text and "
                          "try again.")
                           .arg(name);
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.error = tr("The file %1 is not UTF-8 text. Save it as UTF-8 CSV or plain text and try again.").arg(name);
        return result;
    }
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QString firstLine = firstNonBlankLine(withoutComments(text, true));
    // A lone header line ("subscriptionID") is a column's name, not an ID.
    const bool csv = csvByName || firstLine.contains(QLatin1Char(',')) || firstLine.contains(QLatin1Char(';'))
        || firstLine.contains(QLatin1Char('\t')) || firstLine.contains(QLatin1Char('"'))
        || headerColumn({firstLine}) >= 0;
    return csv ? fromCsv(text) : fromText(text);
}
