#include "views/sessionlayout.h"

QString sessionLayoutKey(SessionLayout layout)
{
    switch (layout) {
    case SessionLayout::Table: return QStringLiteral("table");
    case SessionLayout::Timeline: return QStringLiteral("timeline");
    case SessionLayout::TableAndTimeline: return QStringLiteral("tableAndTimeline");
    }
    return QStringLiteral("table");
}

std::optional<SessionLayout> sessionLayoutOfKey(const QString &key)
{
    for (const SessionLayout layout : {SessionLayout::Table, SessionLayout::Timeline, SessionLayout::TableAndTimeline}) {
        if (key == sessionLayoutKey(layout))
            return layout;
    }
    return std::nullopt;
}
