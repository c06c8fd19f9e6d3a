#include "ui/widgets/screenfit.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

#include <algorithm>

ScreenFit::ScreenFit(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_window->installEventFilter(this);
    fit();
}

QRect ScreenFit::fitted(const QRect &frame, const QMargins &margins, const QRect &available, const QSize &minimum)
{
    const QSize client = frame.marginsRemoved(margins).size();
    const QSize room = available.marginsRemoved(margins).size();
    const QSize size = client.boundedTo(room).expandedTo(minimum);
    QRect out(frame.topLeft(), size.grownBy(margins));
    // Inside from the right and bottom first, then from the left and top:
    // a window larger than the screen keeps its title bar reachable.
    out.moveRight(std::min(out.right(), available.right()));
    out.moveBottom(std::min(out.bottom(), available.bottom()));
    out.moveLeft(std::max(out.left(), available.left()));
    out.moveTop(std::max(out.top(), available.top()));
    return out;
}

void ScreenFit::fit()
{
    if (m_window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen))
        return;
    const QRect frame = m_window->frameGeometry();
    QScreen *screen = QGuiApplication::screenAt(frame.center());
    if (!screen)
        screen = m_window->screen();
    if (!screen)
        return;
    const QRect client = m_window->geometry();
    const QMargins margins(client.left() - frame.left(), client.top() - frame.top(), frame.right() - client.right(),
                           frame.bottom() - client.bottom());
    const QRect target = fitted(frame, margins, screen->availableGeometry(), m_window->minimumSizeHint());
    const QSize clientSize = target.marginsRemoved(margins).size();
    if (clientSize != client.size())
        m_window->resize(clientSize);
    if (target.topLeft() != frame.topLeft())
        m_window->move(target.topLeft());
}

bool ScreenFit::eventFilter(QObject *watched, QEvent *event)
{
    // Once, when the frame is about to be known: later the place is the
    // user's (a window dragged half off the screen stays there).
    if (watched == m_window && event->type() == QEvent::Show) {
        m_window->removeEventFilter(this);
        QTimer::singleShot(0, this, &ScreenFit::fit);
    }
    return QObject::eventFilter(watched, event);
}
