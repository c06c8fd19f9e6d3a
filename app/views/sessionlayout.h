#pragma once

#include <QString>

#include <optional>

// What the window shows of the sessions: the table, the timeline, or both
// (split one above the other, the timeline below the table). Kept across
// restarts and in saved views.
enum class SessionLayout { Table, Timeline, TableAndTimeline };

// The stable name of a layout in the settings and in views files:
// "table", "timeline", "tableAndTimeline". Never translated.
QString sessionLayoutKey(SessionLayout layout);
// nullopt for a name this version does not know (a newer one's, a hand edit).
std::optional<SessionLayout> sessionLayoutOfKey(const QString &key);
