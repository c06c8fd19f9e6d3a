#pragma once

#include "sessions/period.h"

#include <QPointer>
#include <QToolButton>

class QAction;
class QActionGroup;
class QMenu;
class PeriodRangeDialog;

// The filter bar's period: a button whose menu offers Any time, Today,
// This week, This month, Last month, This year and "A range of dates…"
// (first and last day, included). It names the period chosen; a period
// set from elsewhere (a saved view's "last week") is named too.
class PeriodPicker final : public QToolButton
{
    Q_OBJECT

public:
    explicit PeriodPicker(QWidget *parent = nullptr);

    // Shows `period` without emitting periodPicked().
    void setPeriod(const Period &period);
    const Period &period() const { return m_period; }
    // The menu's choice for `kind` (Kind::Range: "A range of dates…").
    QAction *actionFor(Period::Kind kind) const;
    // The range dialog while it is open, else none.
    PeriodRangeDialog *rangeDialog() const;

signals:
    void periodPicked(const Period &period);

private:
    void pick(const Period &period);
    void askForRange();
    void showPeriod();

    Period m_period;
    QMenu *m_menu;
    QActionGroup *m_group;
    QList<QPair<Period::Kind, QAction *>> m_actions;
    // Cleared by the dialog's own deletion, also while this picker is being destroyed.
    QPointer<PeriodRangeDialog> m_dialog;
};
