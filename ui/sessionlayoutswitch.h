#pragma once

#include "views/sessionlayout.h"

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;
class QSplitter;
class QWidget;

// Shows the table, the timeline or both (in a splitter, the timeline
// below): the View menu's checkable group, the toolbar's toggle, and the
// choice and the splitter's share kept across restarts.
class SessionLayoutSwitch final : public QObject
{
    Q_OBJECT

public:
    SessionLayoutSwitch(QSplitter *splitter, QWidget *table, QWidget *timeline, QObject *parent);

    SessionLayout layout() const { return m_layout; }
    void setLayout(SessionLayout layout);
    void restore(); // the layout kept from the last run

    // Table, Timeline, Table and timeline: for the View menu.
    QList<QAction *> menuActions() const { return m_menuActions; }
    // Checked while the timeline shows: for the toolbar.
    QAction *timelineToggle() const { return m_toggle; }

signals:
    void layoutChanged(SessionLayout layout);

private:
    void apply();
    void rememberTimelineShare();

    QSplitter *m_splitter;
    QWidget *m_table;
    QWidget *m_timeline;
    QActionGroup *m_group;
    QList<QAction *> m_menuActions;
    QAction *m_toggle;
    SessionLayout m_layout = SessionLayout::Table;
    SessionLayout m_lastWithTimeline = SessionLayout::TableAndTimeline;
};
