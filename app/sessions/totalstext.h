#pragma once

#include "sessions/period.h"
#include "sessions/sessiontotals.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// SessionTotals in one line for people, as a clerk pastes it into an
// email: "412 sessions in this month: 12 active, 400 ended · minutes:
// 1 d 2 h 05 min 00 s (running) · seats: 56 h · 1.11.2026 08:00:00 –
// running". Numbers, durations and times in the locale's (or ISO 8601)
// forms.
class TotalsText
{
    Q_DECLARE_TR_FUNCTIONS(TotalsText)

public:
    // The filtered set's totals; `period` (None: any time) names the part counted.
    static QString forSet(const SessionTotals::Result &totals, const Period &period,
                          const QLocale &locale = QLocale());
    // The selection's: "Selected: 3 sessions: …".
    static QString forSelection(const SessionTotals::Result &totals, const Period &period,
                                const QLocale &locale = QLocale());

private:
    static QString describe(const SessionTotals::Result &totals, const Period &period, const QLocale &locale);
};
