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

    // The table's pieces, for output written as it arrives.
    static QStringList tableHeader();
    static QStringList tableCells(const UsageSession &session);
    // The widest cell of each column.
    static void widen(QList<qsizetype> &widths, const QStringList &cells);
    // One line: cells padded to `widths` (a longer cell is kept whole and
    // pushes the rest of its line right), no trailing blanks, a newline.
    static QString tableLine(const QStringList &cells, const QList<qsizetype> &widths);
};

} // namespace BillForward
