#pragma once

#include <QLocale>
#include <QString>

// How an elapsed time is written, one function per reader.
namespace DurationFormat {

// For people, wherever the app shows a duration (table, details panel,
// stop preview, status bar): "45 s", "12 min 05 s", "3 h 12 min 05 s",
// "2 d 3 h 12 min 05 s", numbers in the locale's digits and grouping, the
// units through the translation. Milliseconds are dropped; negative counts
// as 0.
QString forPeople(qint64 ms, const QLocale &locale = QLocale());

// For scripts (the CLI's table): h:mm:ss, days folded into hours, the
// same in every language.
QString forScripts(qint64 ms);

} // namespace DurationFormat
