#include "views/savedview.h"

#include "views/filterjson.h"

#include "sessions/sortkeytext.h"

#include <QJsonArray>

namespace {

const QString NameKey = QStringLiteral("name");
const QString FilterKey = QStringLiteral("filter");
const QString SortKey = QStringLiteral("sort");
const QString ColumnKey = QStringLiteral("column");
const QString OrderKey = QStringLiteral("order");
const QString ColumnsKey = QStringLiteral("columns");
const QString PageSizeKey = QStringLiteral("pageSize");
const QString LayoutKey = QStringLiteral("layout");

} // namespace

QJsonObject SavedView::toJson() const
{
    QJsonArray sortArray;
    for (const SessionView::SortKey &key : sort)
        sortArray.append(QJsonObject{{ColumnKey, jsonNameOf(key.column)},
                                     {OrderKey, SortKeyText::orderName(key.order)}});
    QJsonArray columnArray;
    for (const SessionColumn column : columns)
        columnArray.append(jsonNameOf(column));
    return QJsonObject{{NameKey, name},
                       {FilterKey, FilterJson::toJson(filter)},
                       {SortKey, sortArray},
                       {ColumnsKey, columnArray},
                       {PageSizeKey, pageSize},
                       {LayoutKey, sessionLayoutKey(layout)}};
}

std::optional<SavedView> SavedView::fromJson(const QJsonObject &object, QString *error, QStringList *unknownColumns)
{
    const auto refuse = [error](const QString &message) -> std::optional<SavedView> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    SavedView view;
    const QJsonValue name = object.value(NameKey);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return refuse(tr("A view has no name."));
    view.name = name.toString().trimmed();
    const auto refuseIn = [&](const QString &what) {
        return refuse(tr("View “%1”: %2").arg(view.name, what));
    };

    // A newer version's column: named for the caller that reads leniently.
    const auto leaveOut = [unknownColumns](const QString &column) {
        if (unknownColumns && !unknownColumns->contains(column))
            unknownColumns->append(column);
        return unknownColumns != nullptr;
    };

    const QJsonValue filter = object.value(FilterKey);
    if (!filter.isUndefined()) {
        if (!filter.isObject())
            return refuseIn(tr("its filter is not an object."));
        QString filterError;
        const std::optional<SessionFilter> parsed = FilterJson::fromJson(filter.toObject(), &filterError);
        if (!parsed)
            return refuseIn(filterError);
        view.filter = *parsed;
    }

    const QJsonValue sort = object.value(SortKey);
    if (!sort.isUndefined() && !sort.isArray())
        return refuseIn(tr("its sort is not a list."));
    const QJsonArray sortArray = sort.toArray();
    for (const QJsonValue &entry : sortArray) {
        const QJsonObject key = entry.toObject();
        const std::optional<SessionColumn> column = columnOfJsonName(key.value(ColumnKey).toString());
        const QString order = key.value(OrderKey).toString(SortKeyText::orderName(Qt::AscendingOrder));
        const std::optional<Qt::SortOrder> sortOrder = SortKeyText::orderOf(order);
        if (!sortOrder)
            return refuseIn(tr("its sort order “%1” is neither ascending nor descending.").arg(order));
        if (!column && !leaveOut(key.value(ColumnKey).toString()))
            return refuseIn(tr("it sorts by “%1”, which is not a column.").arg(key.value(ColumnKey).toString()));
        if (column)
            view.sort.append({*column, *sortOrder});
    }

    const QJsonValue columns = object.value(ColumnsKey);
    if (!columns.isUndefined() && !columns.isArray())
        return refuseIn(tr("its columns are not a list."));
    const QJsonArray columnArray = columns.toArray();
    for (const QJsonValue &entry : columnArray) {
        const std::optional<SessionColumn> column = columnOfJsonName(entry.toString());
        if (!column && !leaveOut(entry.toString()))
            return refuseIn(tr("it shows “%1”, which is not a column.").arg(entry.toString()));
        if (column && !view.columns.contains(*column))
            view.columns.append(*column);
    }

    const QJsonValue pageSize = object.value(PageSizeKey);
    if (!pageSize.isUndefined()) {
        const int rows = pageSize.toInt(0);
        if (!pageSize.isDouble() || rows < 1 || rows > MaxPageSize || rows != pageSize.toDouble())
            return refuseIn(tr("its page size is not a number of rows from 1 to %1.").arg(MaxPageSize));
        view.pageSize = rows;
    }

    const QJsonValue layout = object.value(LayoutKey);
    if (!layout.isUndefined()) {
        const std::optional<SessionLayout> known = sessionLayoutOfKey(layout.toString());
        if (!known)
            return refuseIn(tr("its layout “%1” is not one of table, timeline, tableAndTimeline.")
                                .arg(layout.toString()));
        view.layout = *known;
    }
    return view;
}

bool SavedView::sameContentAs(const SavedView &other) const
{
    QJsonObject mine = toJson();
    QJsonObject theirs = other.toJson();
    mine.remove(NameKey);
    theirs.remove(NameKey);
    return mine == theirs;
}
