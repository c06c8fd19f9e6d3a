#include "ui/widgets/dockplacement.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

DockPlacement::DockPlacement(QMainWindow *window, QDockWidget *dock, int besideWidth, int contentWidth)
    : QObject(dock)
    , m_window(window)
    , m_dock(dock)
    , m_besideWidth(besideWidth)
    , m_contentWidth(contentWidth)
{
    m_window->installEventFilter(this);
    connect(m_dock, &QDockWidget::dockLocationChanged, this, [this] {
        if (!m_moving)
            m_movedBelow = false; // the user's own choice from now on
    });
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            place();
    });
}

int DockPlacement::narrowBelow() const
{
    int sides = 0;
    const auto docks = m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly);
    for (const QDockWidget *other : docks) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(const_cast<QDockWidget *>(other));
        if (other != m_dock && !other->isHidden() && !other->isFloating()
            && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            sides += other->width();
    }
    return sides + m_besideWidth + m_contentWidth;
}

bool DockPlacement::eventFilter(QObject *watched, QEvent *event)
{
    // After the resize: moving a dock inside the window's own resize would
    // lay it out twice.
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Show) && !m_queued) {
        m_queued = true;
        QTimer::singleShot(0, this, [this] {
            m_queued = false;
            place();
        });
    }
    return QObject::eventFilter(watched, event);
}

void DockPlacement::place()
{
    // Re-entered while moving (addDockWidget() shows the dock again).
    if (m_moving || m_dock->isFloating() || m_dock->isHidden())
        return;
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(m_dock);
    const bool narrow = m_window->width() < narrowBelow();
    m_moving = true;
    if (narrow && !m_movedBelow && (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea)) {
        m_homeArea = area;
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
        m_window->resizeDocks({m_dock}, {m_window->height() / 3}, Qt::Vertical);
        m_movedBelow = true;
    } else if (!narrow && m_movedBelow && area == Qt::BottomDockWidgetArea) {
        m_window->addDockWidget(Qt::DockWidgetArea(m_homeArea), m_dock);
        m_window->resizeDocks({m_dock}, {m_besideWidth}, Qt::Horizontal);
        m_movedBelow = false;
    }
    m_moving = false;
}
