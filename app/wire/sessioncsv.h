#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace BillForward {

// Sessions as RFC 4180 CSV: a header of the contract's JSON names, one
// line per session, CRLF line ends, UTF-8. The one CSV form of sessions,
// for the window's export and the CLI alike.
namespace SessionCsv {

// The columns: JSON names of UsageSession, in the contract's order.
QStringList columns();
// One field: quoted when it holds a comma, quote, CR or LF.
QString field(const QString &value);
// The header line and a line per session.
QByteArray encode(const QList<UsageSession> &sessions);

} // namespace SessionCsv
} // namespace BillForward
