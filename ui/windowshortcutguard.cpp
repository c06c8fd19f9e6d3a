#include "ui/windowshortcutguard.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QWidget>

WindowShortcutGuard::WindowShortcutGuard(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    // On the application: a spin box or combo box hands the event to its
    // inner line edit by a direct call no filter on that line edit sees.
    qApp->installEventFilter(this);
}

WindowShortcutGuard::~WindowShortcutGuard()
{
    qApp->removeEventFilter(this);
}

bool WindowShortcutGuard::isWindowShortcut(const QKeyEvent *event) const
{
    for (const QKeySequence::StandardKey editing : {QKeySequence::Copy, QKeySequence::Cut, QKeySequence::Paste,
                                                    QKeySequence::Undo, QKeySequence::Redo, QKeySequence::SelectAll}) {
        if (event->matches(editing))
            return false;
    }
    const QKeySequence pressed(QKeyCombination(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key())));
    const auto actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (!action->isEnabled())
            continue;
        const auto shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut.matches(pressed) == QKeySequence::ExactMatch)
                return true;
        }
    }
    return false;
}

bool WindowShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window || !isWindowShortcut(static_cast<QKeyEvent *>(event)))
        return false;
    // Not accepted and not handed on to the field: the shortcut map runs it.
    event->ignore();
    return true;
}
