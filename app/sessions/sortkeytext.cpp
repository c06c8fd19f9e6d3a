#include "sessions/sortkeytext.h"

#include <QStringList>

namespace SortKeyText {

namespace {

const QString Ascending = QStringLiteral("ascending");
const QString Descending = QStringLiteral("descending");
const QLatin1Char Separator(':');

} // namespace

QString orderName(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? Ascending : Descending;
}

std::optional<Qt::SortOrder> orderOf(const QString &name)
{
    if (name == Ascending || name == QLatin1String("asc"))
        return Qt::AscendingOrder;
    if (name == Descending || name == QLatin1String("desc"))
        return Qt::DescendingOrder;
    return std::nullopt;
}

QString toText(const SessionView::SortKey &key)
{
    return jsonNameOf(key.column) + Separator + orderName(key.order);
}

std::optional<SessionView::SortKey> fromText(const QString &text)
{
    const qsizetype separator = text.lastIndexOf(Separator);
    const QString name = separator < 0 ? text : text.left(separator);
    const std::optional<SessionColumn> column = columnOfJsonName(name);
    const std::optional<Qt::SortOrder> order =
        separator < 0 ? std::optional(Qt::AscendingOrder) : orderOf(text.mid(separator + 1));
    if (!column || !order)
        return std::nullopt;
    return SessionView::SortKey{*column, *order};
}

QStringList toTexts(const QList<SessionView::SortKey> &keys)
{
    QStringList texts;
    for (const SessionView::SortKey &key : keys)
        texts << toText(key);
    return texts;
}

QList<SessionView::SortKey> fromTexts(const QStringList &texts)
{
    QList<SessionView::SortKey> keys;
    for (const QString &text : texts) {
        if (const std::optional<SessionView::SortKey> key = fromText(text))
            keys.append(*key);
    }
    return keys;
}

} // namespace SortKeyText
