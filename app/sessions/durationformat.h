#pragma once

#include <QLocale>
#include <QString>

// Human text for an elapsed time: "45 s", "12 min 05 s", "3 h 12 min 05 s",
// "2 d 3 h 12 min 05 s", numbers in locale's digits and grouping, the units
// through the translation. Milliseconds are dropped; negative counts as 0.
QString formatDuration(qint64 ms, const QLocale &locale = QLocale());
