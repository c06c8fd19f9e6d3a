#pragma once

#include "sessions/sessionview.h"

#include <QString>

#include <optional>

// The one text form of a table sort key, for the settings (table/sort)
// and for saved views and views files: columns by jsonNameOf(), orders
// as "ascending" / "descending". The short "asc" / "desc" that the
// table's settings held before are read as well.
namespace SortKeyText {

QString orderName(Qt::SortOrder order);
// nullopt: not an order name.
std::optional<Qt::SortOrder> orderOf(const QString &name);

// "uduration:descending".
QString toText(const SessionView::SortKey &key);
// nullopt: a column or an order this version does not know. A key
// without ":order" sorts ascending.
std::optional<SessionView::SortKey> fromText(const QString &text);

QStringList toTexts(const QList<SessionView::SortKey> &keys);
// The keys it can read, in order; the others are left out.
QList<SessionView::SortKey> fromTexts(const QStringList &texts);

} // namespace SortKeyText
