#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Turns what a user pastes or picks into subscription IDs: text with IDs
// separated by newlines, commas, semicolons, tabs or spaces, or a CSV file
// with a column of them (found by its header, else the first column).
// A `#` that starts a line or follows a blank, outside quotes, starts a
// comment to the end of the line; a byte-order mark is skipped. Valid IDs
// come out once each, in the order given; everything else is reported with
// where it was, never dropped silently. The watch list and
// `usage-session-cli check --subscriptions-file` both read through it.
class SubscriptionListParser
{
    Q_DECLARE_TR_FUNCTIONS(SubscriptionListParser)

public:
    struct Result
    {
        QStringList ids;      // valid, each once, in order
        QStringList problems; // translated, one per bad entry or line
        QString error;        // translated: the file could not be read at all
        // A CSV of several columns and no header naming one: the first
        // column was taken, which may not hold the IDs.
        bool columnGuessed = false;
        bool ok() const { return error.isEmpty(); }
    };

    static Result fromText(const QString &text);
    // A column of IDs; its header (subscriptionID, subscription, id, any
    // case, spaces or underscores) picks it, else the first column. Tabs
    // without a header are IDs pasted with blanks between them.
    static Result fromCsv(const QString &text);
    // A CSV file when its first line holds a comma, semicolon, tab or
    // quote, or only a header, or its name ends in .csv; plain text
    // otherwise. `-` reads standard input.
    static Result fromFile(const QString &path);

    // A list of IDs is text, not a document: larger files are refused unread.
    static constexpr qint64 MaxFileBytes = 8 * 1024 * 1024;

private:
    // `name` stands for the file in messages; `csvByName`: it ends in .csv.
    static Result fromBytes(const QByteArray &data, const QString &name, bool csvByName);
};
