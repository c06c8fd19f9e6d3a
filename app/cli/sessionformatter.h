#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace BillForward {

// Writes sessions for the command line: `json` (the contract's names, as the
// server writes them), `csv` (RFC 4180, a header of the JSON names) or
// `table` (aligned columns for people).
class SessionFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::SessionFormatter)

public:
    enum class Format { Table, Csv, Json };

    static std::optional<Format> parseFormat(const QString &name);
    static QByteArray format(const QList<UsageSession> &sessions, Format format);

    static QByteArray toJson(const QList<UsageSession> &sessions);
    static QByteArray toCsv(const QList<UsageSession> &sessions);
    static QByteArray toTable(const QList<UsageSession> &sessions);

    // The CSV columns: JSON names of UsageSession.
    static QStringList csvColumns();
    // One RFC 4180 field: quoted when it holds a comma, quote, CR or LF.
    static QString csvField(const QString &value);
    // Milliseconds as h:mm:ss (days fold into hours).
    static QString formatDuration(qint64 milliseconds);
};

} // namespace BillForward
