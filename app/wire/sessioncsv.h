#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace BillForward {

// Sessions as RFC 4180 CSV: a header of the contract's JSON names, one
// line per session, CRLF line ends, UTF-8. The one CSV form of sessions,
// for the window's export and the CLI alike: the window's file is opened
// by people in spreadsheets (formulas neutralised), the CLI's is read by
// scripts (raw values).
namespace SessionCsv {

enum class Cells {
    Raw,                 // every value as the server sent it
    FormulasNeutralised, // see neutralised()
};

// The columns: JSON names of UsageSession, in the contract's order.
QStringList columns();
// One field: quoted when it holds a comma, quote, CR or LF.
QString field(const QString &value);
// A spreadsheet runs a cell that starts with = + - @, a tab or a CR as a
// formula (CSV injection); a leading apostrophe makes it text. Other
// values come back unchanged.
QString neutralised(const QString &value);
// The header line and a line per session.
QByteArray encode(const QList<UsageSession> &sessions, Cells cells = Cells::Raw);

} // namespace SessionCsv
} // namespace BillForward
