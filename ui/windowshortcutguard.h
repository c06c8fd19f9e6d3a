#pragma once

#include <QObject>

class QKeyEvent;
class QWidget;

// Lets the window's shortcuts win over a text field that would take the same
// keys for editing. Under the X11 keyboard scheme (every Linux desktop) a
// line edit, spin box or editable combo box claims Ctrl+E as "end of line",
// so File > Export (Ctrl+E) did nothing while the search had the focus. The
// field keeps its real editing keys (copy, cut, paste, undo, redo, select
// all) and every key no enabled action of the window uses.
class WindowShortcutGuard final : public QObject
{
    Q_OBJECT

public:
    // Guards `window` and the widgets in it (not its dialogs).
    explicit WindowShortcutGuard(QWidget *window);
    ~WindowShortcutGuard() override;

    // True when `event` is the shortcut of an enabled action of the window
    // that a text field must not keep for itself.
    bool isWindowShortcut(const QKeyEvent *event) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};
