#include "ui/sessionlayoutswitch.h"

#include "settings/appsettings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QSplitter>

#include <algorithm>
#include <cmath>

SessionLayoutSwitch::SessionLayoutSwitch(QSplitter *splitter, QWidget *table, QWidget *timeline, QObject *parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_table(table)
    , m_timeline(timeline)
    , m_group(new QActionGroup(this))
    , m_toggle(new QAction(tr("&Timeline"), this))
{
    const struct { SessionLayout layout; QString text; const char *name; } choices[] = {
        {SessionLayout::Table, tr("Sessions as a &table"), "layoutTableAction"},
        {SessionLayout::Timeline, tr("Sessions on a ti&meline"), "layoutTimelineAction"},
        {SessionLayout::TableAndTimeline, tr("Table an&d timeline"), "layoutTableAndTimelineAction"},
    };
    for (const auto &choice : choices) {
        auto *action = new QAction(choice.text, m_group);
        action->setObjectName(QLatin1String(choice.name));
        action->setCheckable(true);
        action->setData(int(choice.layout));
        connect(action, &QAction::triggered, this, [this, layout = choice.layout] { setLayout(layout); });
        m_menuActions.append(action);
    }
    m_group->setExclusive(true);
    m_toggle->setObjectName(QStringLiteral("timelineToggleAction"));
    m_toggle->setCheckable(true);
    m_toggle->setStatusTip(tr("Show the sessions on a time axis, below the table"));
    m_toggle->setToolTip(tr("Show or hide the timeline"));
    connect(m_toggle, &QAction::triggered, this, [this](bool on) {
        setLayout(on ? m_lastWithTimeline : SessionLayout::Table);
    });
    // Only the user's drags move it: programmatic sizes are not remembered.
    connect(m_splitter, &QSplitter::splitterMoved, this, &SessionLayoutSwitch::rememberTimelineShare);
    apply();
}

void SessionLayoutSwitch::rememberTimelineShare()
{
    const QList<int> sizes = m_splitter->sizes();
    const int table = sizes.value(m_splitter->indexOf(m_table));
    const int timeline = sizes.value(m_splitter->indexOf(m_timeline));
    if (table > 0 && timeline > 0)
        AppSettings::TimelineShare.write(double(timeline) / (table + timeline));
}

void SessionLayoutSwitch::restore()
{
    // An older or hand-edited settings file: the table.
    setLayout(sessionLayoutOfKey(AppSettings::SessionLayoutChoice.read()).value_or(SessionLayout::Table));
}

void SessionLayoutSwitch::setLayout(SessionLayout layout)
{
    const bool changed = layout != m_layout;
    m_layout = layout;
    if (layout != SessionLayout::Table)
        m_lastWithTimeline = layout;
    apply();
    AppSettings::SessionLayoutChoice.write(sessionLayoutKey(layout));
    if (changed)
        emit layoutChanged(layout);
}

void SessionLayoutSwitch::apply()
{
    QWidget *focus = QApplication::focusWidget();
    const bool focusInTable = focus && (focus == m_table || m_table->isAncestorOf(focus));
    const bool focusInTimeline = focus && m_timeline->isAncestorOf(focus);
    m_table->setVisible(m_layout != SessionLayout::Timeline);
    m_timeline->setVisible(m_layout != SessionLayout::Table);
    for (QAction *action : std::as_const(m_menuActions))
        action->setChecked(action->data().toInt() == int(m_layout));
    m_toggle->setChecked(m_layout != SessionLayout::Table);
    // The keyboard focus goes along to what is still shown.
    if (focusInTable && m_layout == SessionLayout::Timeline) {
        // Its first control (a focus proxy would put the pane in the Tab
        // chain a second time).
        const auto children = m_timeline->findChildren<QWidget *>();
        const auto first = std::find_if(children.begin(), children.end(), [](const QWidget *child) {
            return (child->focusPolicy() & Qt::TabFocus) == Qt::TabFocus;
        });
        (first != children.end() ? *first : m_timeline)->setFocus();
    }
    else if (focusInTimeline && m_layout == SessionLayout::Table)
        m_table->setFocus();
    if (m_layout == SessionLayout::TableAndTimeline && m_splitter->sizes().contains(0)) {
        // Relative sizes: before the first layout the splitter has no
        // height yet, and Qt shares out the real one in this ratio.
        constexpr int Whole = 10000;
        const double stored = AppSettings::TimelineShare.read(); // a hand-edited file may say anything
        const double share = std::isfinite(stored) ? std::clamp(stored, 0.1, 0.9) : 0.5;
        const int timeline = int(share * Whole);
        QList<int> sizes(m_splitter->count(), 0);
        sizes[m_splitter->indexOf(m_table)] = Whole - timeline;
        sizes[m_splitter->indexOf(m_timeline)] = timeline;
        m_splitter->setSizes(sizes);
    }
}
