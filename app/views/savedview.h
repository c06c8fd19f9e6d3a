#pragma once

#include "sessions/sessioncolumn.h"
#include "sessions/sessionfilter.h"
#include "sessions/sessionview.h"
#include "views/sessionlayout.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A named way of looking at the sessions: the filter, the sort, the
// visible columns in order, the page size and the layout (table,
// timeline or both). Columns are named by their stable JSON names
// (jsonNameOf), never by position, so a view survives new columns.
struct SavedView
{
    Q_DECLARE_TR_FUNCTIONS(SavedView)

public:
    QString name;
    SessionFilter filter;
    QList<SessionView::SortKey> sort;  // empty: the table's default
    QList<SessionColumn> columns;      // shown, in order; empty: as the table has them
    int pageSize = 100;
    SessionLayout layout = SessionLayout::Table;

    static constexpr int MaxPageSize = 100000;

    // {"name": …, "filter": {FilterJson}, "sort": [{"column": "uom",
    //  "order": "ascending"}], "columns": ["state", …], "pageSize": 100,
    //  "layout": "table"}
    QJsonObject toJson() const;
    // nullopt with `error` (translated, names the wrong entry) for an
    // entry of the wrong type or value: a foreign file is refused whole.
    // With `unknownColumns`, a column this version does not know (a newer
    // one's) is left out of the columns and the sort and named there
    // instead: the rest of the view still reads.
    static std::optional<SavedView> fromJson(const QJsonObject &object, QString *error = nullptr,
                                             QStringList *unknownColumns = nullptr);

    // Everything but the name (whether the window still shows the view).
    bool sameContentAs(const SavedView &other) const;
};
