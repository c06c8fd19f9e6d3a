#include "ui/widgets/periodpicker.h"

#include "ui/dialogs/periodrangedialog.h"

#include <QAction>
#include <QActionGroup>
#include <QDateEdit>
#include <QMenu>

PeriodPicker::PeriodPicker(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("periodButton"));
    setMenu(m_menu);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Filter by period"));
    setToolTip(tr("Show the sessions that ran during a period (not only those started in it); "
                  "running sessions count up to now."));
    m_group->setExclusive(true);
    const auto add = [this](Period::Kind kind, const QString &text) {
        QAction *action = m_menu->addAction(text);
        action->setCheckable(true);
        m_group->addAction(action);
        m_actions.append({kind, action});
        if (kind == Period::Kind::Range)
            connect(action, &QAction::triggered, this, &PeriodPicker::askForRange);
        else
            connect(action, &QAction::triggered, this, [this, kind] { pick(Period::relative(kind)); });
    };
    add(Period::Kind::None, tr("&Any time"));
    m_menu->addSeparator();
    add(Period::Kind::Today, tr("&Today"));
    add(Period::Kind::ThisWeek, tr("This &week"));
    add(Period::Kind::ThisMonth, tr("This &month"));
    add(Period::Kind::LastMonth, tr("&Last month"));
    add(Period::Kind::ThisYear, tr("This &year"));
    m_menu->addSeparator();
    add(Period::Kind::Range, tr("A &range of dates…"));
    showPeriod();
}

QAction *PeriodPicker::actionFor(Period::Kind kind) const
{
    for (const auto &entry : m_actions) {
        if (entry.first == kind)
            return entry.second;
    }
    return nullptr;
}

void PeriodPicker::setPeriod(const Period &period)
{
    m_period = period;
    showPeriod();
}

void PeriodPicker::pick(const Period &period)
{
    m_period = period;
    showPeriod();
    emit periodPicked(m_period);
}

PeriodRangeDialog *PeriodPicker::rangeDialog() const
{
    return m_dialog;
}

void PeriodPicker::askForRange()
{
    showPeriod(); // the check stays on the period in force until OK
    if (m_dialog)
        return;
    // Starts from the period in force, else this month.
    const Period start = m_period.firstDay().isValid() && m_period.lastDay().isValid()
        ? m_period
        : Period::relative(Period::Kind::ThisMonth);
    m_dialog = new PeriodRangeDialog(start.firstDay(), start.lastDay(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this] { pick(m_dialog->period()); });
    m_dialog->open();
}

void PeriodPicker::showPeriod()
{
    setText(m_period.isNull() ? tr("Period: any time") : tr("Period: %1").arg(m_period.label()));
    QAction *current = actionFor(m_period.kind());
    if (current) {
        current->setChecked(true);
    } else if (QAction *checked = m_group->checkedAction()) {
        // A kind the menu does not offer (a saved view's "last week").
        m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
        checked->setChecked(false);
        m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    }
}
