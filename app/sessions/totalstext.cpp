#include "sessions/totalstext.h"

#include "sessions/displayformat.h"
#include "sessions/durationformat.h"

#include <QStringList>

QString TotalsText::forSet(const SessionTotals::Result &totals, const Period &period, const QLocale &locale)
{
    return describe(totals, period, locale);
}

QString TotalsText::forSelection(const SessionTotals::Result &totals, const Period &period, const QLocale &locale)
{
    return tr("Selected: %1").arg(describe(totals, period, locale));
}

QString TotalsText::describe(const SessionTotals::Result &totals, const Period &period, const QLocale &locale)
{
    const int count = totals.count();
    // "%Ln sessions" is a numerus string: a language with several plural
    // forms (pl, ru, cs) gets the right one for each n, digits grouped.
    // English has no catalogue, so its singular stays a string of its own.
    QString sessions = count == 0 ? tr("No sessions")
        : count == 1              ? tr("1 session")
                                  : tr("%Ln sessions", nullptr, count);
    if (!period.isNull())
        sessions = tr("%1, %2").arg(sessions, period.label()); // "in today" would read wrong
    if (count == 0)
        return sessions;

    QString states = tr("%1 active, %2 ended")
                         .arg(locale.toString(totals.counts[SessionTotals::Active]),
                              locale.toString(totals.counts[SessionTotals::Historic]));
    if (totals.counts[SessionTotals::Other] > 0)
        states = tr("%1, %2 other").arg(states, locale.toString(totals.counts[SessionTotals::Other]));

    QStringList parts{tr("%1: %2").arg(sessions, states)};
    for (const SessionTotals::Unit &unit : totals.units) {
        const SessionTotals::Bucket total = unit.total();
        if (total.count == 0)
            continue;
        const QString duration = DurationFormat::forPeople(total.durationMs, locale);
        const QString name = unit.name.isEmpty() ? tr("(no unit)") : unit.name;
        parts << (total.running ? tr("%1: %2 (running)").arg(name, duration) : tr("%1: %2").arg(name, duration));
    }
    if (totals.earliestStart != BillForward::NoTimestamp) {
        const QString stop = totals.running ? tr("running") : DisplayFormat::timestamp(totals.latestStop, locale);
        parts << tr("%1 – %2").arg(DisplayFormat::timestamp(totals.earliestStart, locale), stop);
    }
    return parts.join(QStringLiteral(" · "));
}
