#include "ui/filterbar.h"

#include "ui/widgets/flowlayout.h"
#include "ui/widgets/palettecolors.h"
#include "ui/widgets/periodpicker.h"

#include "sessions/displayformat.h"
#include "sessions/timeterm.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QToolButton *makeStateButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setCheckable(true);
    button->setAutoRaise(false);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

// Asks for room for its whole placeholder, so that in the wrapping bar
// the other controls move to the next row before the hint is cut.
class SearchField final : public QLineEdit
{
public:
    using QLineEdit::QLineEdit;

    QSize sizeHint() const override
    {
        QSize hint = QLineEdit::sizeHint();
        const int clearButton = hint.height();
        hint.setWidth(std::max(hint.width(), fontMetrics().horizontalAdvance(placeholderText()) + 2 * clearButton));
        return hint;
    }
};

QSet<QString> checkedIn(QMenu *menu)
{
    QSet<QString> out;
    const auto actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isCheckable() && action->isChecked())
            out.insert(action->data().toString());
    }
    return out;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 4, 6, 2);
    outer->setSpacing(4);
    // Groups that belong together wrap as one: in a narrow window the bar
    // takes a second row rather than squeezing the search field or cutting
    // the rarer filters (the window must fit 1280x720 with side panels).
    m_controls = new FlowLayout;
    m_controls->setSpacing(6);
    outer->addLayout(m_controls);

    auto *searchGroup = new QWidget(this);
    auto *searchRow = new QHBoxLayout(searchGroup);
    searchRow->setContentsMargins(0, 0, 0, 0);
    auto *searchLabel = new QLabel(tr("&Search:"), searchGroup);
    m_search = new SearchField(searchGroup);
    m_search->setPlaceholderText(tr("Session ID, description, unit… or uom:minutes state:active pc:…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search sessions"));
    m_search->setToolTip(tr("Search as you type. Terms like uom:minutes, state:active, session:…, pc:…, "
                            "org:…, sub:… or desc:… restrict one field; duration:>8h, duration:<30m and "
                            "ended:last-month restrict by time. Ctrl+F to focus, Esc to clear."));
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 26);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchGroup->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_controls->addWidget(searchGroup);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(m_search, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, &FilterBar::applySearchText);

    auto *stateGroup = new QWidget(this);
    auto *stateRow = new FlowLayout(stateGroup); // counts in the millions make it wide
    stateRow->setContentsMargins(0, 0, 0, 0);
    stateRow->setSpacing(2);
    auto *states = new QButtonGroup(this);
    states->setExclusive(true);
    m_stateAll = makeStateButton(stateGroup);
    m_stateActive = makeStateButton(stateGroup);
    m_stateHistoric = makeStateButton(stateGroup);
    m_stateAttention = makeStateButton(stateGroup);
    m_stateAll->setObjectName(QStringLiteral("allStatesButton"));
    m_stateAttention->setObjectName(QStringLiteral("needsAttentionButton"));
    m_stateAll->setAccessibleName(tr("Show all states"));
    m_stateActive->setAccessibleName(tr("Show active sessions only"));
    m_stateHistoric->setAccessibleName(tr("Show historic sessions only"));
    m_stateAttention->setAccessibleName(tr("Show sessions that need attention only"));
    m_stateAttention->setToolTip(tr("Running sessions that need a look: past their time limit, longer than "
                                    "nearly all ended sessions of their pricing component, or starting in the "
                                    "future"));
    m_stateAll->setChecked(true);
    for (QToolButton *button : {m_stateAll, m_stateActive, m_stateHistoric, m_stateAttention}) {
        states->addButton(button);
        stateRow->addWidget(button);
    }
    m_controls->addWidget(stateGroup);
    connect(m_stateAll, &QToolButton::clicked, this, [this] { applyState(SessionFilter::StateChoice::All); });
    connect(m_stateActive, &QToolButton::clicked, this, [this] { applyState(SessionFilter::StateChoice::Active); });
    connect(m_stateHistoric, &QToolButton::clicked, this,
            [this] { applyState(SessionFilter::StateChoice::Historic); });
    connect(m_stateAttention, &QToolButton::clicked, this,
            [this] { applyState(SessionFilter::StateChoice::NeedsAttention); });

    m_uomMenu = new QMenu(this);
    m_uomButton = new QToolButton(this);
    m_uomButton->setText(tr("Units"));
    m_uomButton->setMenu(m_uomMenu);
    m_uomButton->setPopupMode(QToolButton::InstantPopup);
    m_uomButton->setAccessibleName(tr("Filter by unit"));
    m_pcMenu = new QMenu(this);
    m_pcButton = new QToolButton(this);
    m_pcButton->setText(tr("Pricing components"));
    m_pcButton->setMenu(m_pcMenu);
    m_pcButton->setPopupMode(QToolButton::InstantPopup);
    m_pcButton->setAccessibleName(tr("Filter by pricing component"));
    m_controls->addWidget(m_uomButton);
    m_controls->addWidget(m_pcButton);
    connect(m_uomMenu, &QMenu::triggered, this, [this] { applyChecked(m_uomMenu); });
    connect(m_pcMenu, &QMenu::triggered, this, [this] { applyChecked(m_pcMenu); });

    auto *dateGroup = new QWidget(this);
    auto *dateRow = new QHBoxLayout(dateGroup);
    dateRow->setContentsMargins(0, 0, 0, 0);
    m_dateEnabled = new QCheckBox(tr("Started &between"), dateGroup);
    m_dateEnabled->setAccessibleName(tr("Filter by start date"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), dateGroup);
    m_to = new QDateEdit(QDate::currentDate(), dateGroup);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_from->setObjectName(QStringLiteral("startedFrom"));
    m_to->setObjectName(QStringLiteral("startedTo"));
    m_from->setAccessibleName(tr("Started on or after"));
    m_to->setAccessibleName(tr("Started on or before"));
    m_from->setAccessibleDescription(tr("First day of the start-date range, in local time. "
                                        "Turn on “Started between” to use it."));
    m_to->setAccessibleDescription(tr("Last day of the start-date range, in local time, included."));
    refreshDateFormat();
    auto *andLabel = new QLabel(tr("and"), dateGroup);
    dateRow->addWidget(m_dateEnabled);
    dateRow->addWidget(m_from);
    dateRow->addWidget(andLabel);
    dateRow->addWidget(m_to);
    m_controls->addWidget(dateGroup);
    connect(m_dateEnabled, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyDates();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::applyDates);

    m_period = new PeriodPicker(this);
    m_controls->addWidget(m_period);
    connect(m_period, &PeriodPicker::periodPicked, this, [this](const Period &period) {
        m_filter.setPeriod(period);
        commit();
    });

    m_chipArea = new QWidget(this);
    PaletteColors::follow(m_chipArea, [this] {
        const auto buttons = m_chipArea->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->property("chip").toBool())
                PaletteColors::setStyleSheetIfChanged(button, chipStyleSheet());
        }
    });
    m_chipLayout = new FlowLayout(m_chipArea);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    outer->addWidget(m_chipArea);

    setChoices({}, {});
    setCounts({});
    setNeedsAttentionCount(0);
    syncWidgets();
    rebuildChips();
}

void FilterBar::setFilter(const SessionFilter &filter)
{
    m_filter = filter;
    syncWidgets();
    rebuildChips();
}

void FilterBar::setChoices(const QStringList &uoms, const QStringList &pricingComponents)
{
    if (uoms == m_uomChoices && pricingComponents == m_pcChoices && !m_uomMenu->isEmpty())
        return;
    m_uomChoices = uoms;
    m_pcChoices = pricingComponents;
    fillMenu(m_uomMenu, uoms, m_filter.uoms());
    fillMenu(m_pcMenu, pricingComponents, m_filter.pricingComponents());
}

void FilterBar::setCounts(const SessionView::StateCounts &counts)
{
    const QLocale locale;
    m_stateAll->setText(tr("All %1").arg(locale.toString(counts.all)));
    m_stateActive->setText(tr("Active %1").arg(locale.toString(counts.active)));
    m_stateHistoric->setText(tr("Historic %1").arg(locale.toString(counts.historic)));
    setNeedsAttentionCount(counts.needsAttention);
}

void FilterBar::setNeedsAttentionCount(int count)
{
    m_stateAttention->setText(tr("Needs attention %1").arg(QLocale().toString(count)));
    // Bold while there is something to look at, so it catches the eye.
    QFont font = m_stateAttention->font();
    if (font.bold() != (count > 0)) {
        font.setBold(count > 0);
        m_stateAttention->setFont(font);
    }
}

int FilterBar::rowCount() const
{
    return m_controls->rowCount();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_debounce.stop();
        applySearchText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBar::applySearchText()
{
    if (m_search->text() == m_filter.text())
        return;
    m_filter.setText(m_search->text());
    commit();
}

void FilterBar::applyState(SessionFilter::StateChoice state)
{
    m_filter.setState(state);
    commit();
}

void FilterBar::applyChecked(QMenu *menu)
{
    if (menu == m_uomMenu)
        m_filter.setUoms(checkedIn(menu));
    else
        m_filter.setPricingComponents(checkedIn(menu));
    commit();
}

void FilterBar::applyDates()
{
    if (m_dateEnabled->isChecked())
        m_filter.setStartedBetween(m_from->date(), m_to->date());
    else
        m_filter.setStartedBetween({}, {});
    commit();
}

void FilterBar::commit()
{
    syncWidgets();
    rebuildChips();
    emit filterChanged(m_filter);
}

void FilterBar::syncWidgets()
{
    if (m_search->text() != m_filter.text()) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(m_filter.text());
    }
    switch (m_filter.state()) {
    case SessionFilter::StateChoice::All:
        m_stateAll->setChecked(true);
        break;
    case SessionFilter::StateChoice::Active:
        m_stateActive->setChecked(true);
        break;
    case SessionFilter::StateChoice::Historic:
        m_stateHistoric->setChecked(true);
        break;
    case SessionFilter::StateChoice::NeedsAttention:
        m_stateAttention->setChecked(true);
        break;
    }
    fillMenu(m_uomMenu, m_uomChoices, m_filter.uoms());
    fillMenu(m_pcMenu, m_pcChoices, m_filter.pricingComponents());
    m_uomButton->setText(m_filter.uoms().isEmpty() ? tr("Units: any") : tr("Units: %n", nullptr, int(m_filter.uoms().size())));
    m_pcButton->setText(m_filter.pricingComponents().isEmpty()
                            ? tr("Pricing components: any")
                            : tr("Pricing components: %n", nullptr, int(m_filter.pricingComponents().size())));
    const bool dates = m_filter.startedFrom().isValid() || m_filter.startedTo().isValid();
    const QSignalBlocker b1(m_dateEnabled), b2(m_from), b3(m_to);
    m_dateEnabled->setChecked(dates);
    m_from->setEnabled(dates);
    m_to->setEnabled(dates);
    if (m_filter.startedFrom().isValid())
        m_from->setDate(m_filter.startedFrom());
    if (m_filter.startedTo().isValid())
        m_to->setDate(m_filter.startedTo());
    m_period->setPeriod(m_filter.period());
}

void FilterBar::fillMenu(QMenu *menu, const QStringList &items, const QSet<QString> &checked)
{
    menu->clear();
    QStringList all = items;
    for (const QString &value : checked) {
        if (!all.contains(value))
            all << value; // still shown so it can be unchecked
    }
    if (all.isEmpty()) {
        menu->addAction(tr("(nothing loaded yet)"))->setEnabled(false);
        return;
    }
    for (const QString &value : std::as_const(all)) {
        QAction *action = menu->addAction(value);
        action->setCheckable(true);
        action->setChecked(checked.contains(value));
        action->setData(value);
    }
}

void FilterBar::refreshDateFormat()
{
    // The dates carry no time, so ISO 8601 is just the date part.
    const QString format = DisplayFormat::isIso8601() || QLocale().language() == QLocale::C
        ? QStringLiteral("yyyy-MM-dd")
        : QLocale().dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to})
        edit->setDisplayFormat(format);
    if (m_period) { // a range's label is in dates too
        m_period->setPeriod(m_filter.period());
        rebuildChips();
    }
}

QString FilterBar::chipStyleSheet() const
{
    const QPalette palette = PaletteColors::inheritedPalette(m_chipArea);
    const QColor background = PaletteColors::chipBackground(palette);
    return QStringLiteral("QToolButton { border: 1px solid %1; border-radius: 9px; background: %2;"
                          " padding: 1px 8px; color: %3; }"
                          "QToolButton:hover, QToolButton:focus { border: 2px solid %1; }")
        .arg(PaletteColors::chipBorder(palette).name(), background.name(), PaletteColors::chipText(palette).name());
}

void FilterBar::rebuildChips()
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            // Later: this may run inside the clicked() of one of these chips.
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const QList<SessionFilter::Chip> chips = m_filter.chips();
    if (chips.isEmpty()) {
        m_chipArea->hide();
        return;
    }
    auto *label = new QLabel(tr("Filters:"), m_chipArea);
    m_chipLayout->addWidget(label);
    for (const SessionFilter::Chip &chip : chips) {
        auto *button = new QToolButton(m_chipArea);
        button->setText(chip.label + QStringLiteral("  ×"));
        const QString problem = chip.kind == SessionFilter::Chip::Kind::Term
            ? TimeTerm::problemOf(m_filter.terms().value(chip.termIndex))
            : QString();
        if (problem.isEmpty()) {
            button->setToolTip(tr("Remove this filter"));
        } else {
            // It matches nothing: say why, where the eye already is.
            button->setToolTip(tr("%1\nRemove this filter, or correct it in the search field.").arg(problem));
            button->setAccessibleDescription(problem);
        }
        button->setAccessibleName(tr("Remove filter %1").arg(chip.label));
        button->setProperty("chip", true);
        PaletteColors::setStyleSheetIfChanged(button, chipStyleSheet());
        connect(button, &QToolButton::clicked, this, [this, chip] {
            m_filter.clearChip(chip);
            commit();
        });
        m_chipLayout->addWidget(button);
    }
    auto *clearAll = new QToolButton(m_chipArea);
    clearAll->setText(tr("Clear all"));
    clearAll->setAutoRaise(true);
    clearAll->setAccessibleName(tr("Clear all filters"));
    connect(clearAll, &QToolButton::clicked, this, [this] {
        m_filter = SessionFilter();
        commit();
    });
    m_chipLayout->addWidget(clearAll);
    m_chipArea->show();
}
