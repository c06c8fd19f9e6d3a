#pragma once

// What the window shows of the sessions: the table, the timeline, or both
// side by side. Kept across restarts and in saved views.
enum class SessionLayout { Table, Timeline, TableAndTimeline };
