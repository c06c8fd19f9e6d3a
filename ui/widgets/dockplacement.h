#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;

// Keeps a side dock beside the window's content while the window is wide
// enough for both, and moves it below the content while it is not (a
// 1280x720 screen with a side list on the left leaves no room for the
// details beside the table). It moves back once the window is wide again,
// unless the user has placed the dock somewhere else in the meantime; a
// floating dock is left alone.
class DockPlacement final : public QObject
{
    Q_OBJECT

public:
    // `besideWidth`: the dock's width beside the content; `contentWidth`: the
    // least the content (the table) should keep next to it.
    DockPlacement(QMainWindow *window, QDockWidget *dock, int besideWidth, int contentWidth);

    bool isMovedBelow() const { return m_movedBelow; }
    // The window width under which the dock goes below, with the other
    // side docks as they are now.
    int narrowBelow() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    QMainWindow *m_window;
    QDockWidget *m_dock;
    int m_besideWidth;
    int m_contentWidth;
    int m_homeArea = 0; // Qt::DockWidgetArea it came from
    bool m_movedBelow = false;
    bool m_moving = false;
    bool m_queued = false;
};
