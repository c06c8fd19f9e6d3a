#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace BillForward {

// The subscription IDs of `check --subscriptions-file`: a text file with
// one ID per line, or a CSV file whose subscription column is named in
// its header (subscriptionID, "Subscription ID", subscription_id: what
// `list --format csv` and spreadsheets write), or a CSV of one column.
// Blank lines and `#` comments (a line's rest after a `#` that starts it
// or follows a blank) are skipped; repeated IDs count once, in the order
// first seen.
class SubscriptionIdFile final
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::SubscriptionIdFile)

public:
    struct Result
    {
        QStringList ids;
        QString error; // says what is wrong and where; empty when read
        bool ok() const { return error.isEmpty(); }
    };

    // `-` reads standard input.
    static Result read(const QString &path);
    // `source` names the file in messages.
    static Result parse(const QByteArray &text, const QString &source);
};

} // namespace BillForward
