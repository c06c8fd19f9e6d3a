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
// `table` (aligned columns for people). CSV is SessionCsv's.
class SessionFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::SessionFormatter)

public:
    enum class Format { Table, Csv, Json };

    static std::optional<Format> parseFormat(const QString &name);
    static QByteArray format(const QList<UsageSession> &sessions, Format format);

    static QByteArray toJson(const QList<UsageSession> &sessions);
    static QByteArray toTable(const QList<UsageSession> &sessions);

    // Milliseconds as h:mm:ss (days fold into hours).

};

} // namespace BillForward
