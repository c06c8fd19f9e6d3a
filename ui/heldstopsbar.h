#pragma once

#include <QWidget>

class HeldStops;
class QAction;
class QLabel;
class QPushButton;
class QStatusBar;

// The undo window in the status bar: "Stopping 3 sessions in 4 s —" and an
// Undo button (Tab reaches it; Ctrl+Z anywhere in the window but a text
// field, which keeps Ctrl+Z for its own editing) for the stop held last.
// Hidden while nothing is held; says so in the status bar when a stop is
// undone or handed on to be sent.
class HeldStopsBar final : public QWidget
{
    Q_OBJECT

public:
    // Adds itself to `bar`, and its Ctrl+Z action to `window`.
    HeldStopsBar(HeldStops *held, QStatusBar *bar, QWidget *window);

    QString text() const;
    QLabel *label() const { return m_label; }
    QPushButton *undoButton() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }

private:
    void update();
    void undoLatest();

    HeldStops *m_held;
    QStatusBar *m_bar;
    QLabel *m_label;
    QPushButton *m_undo;
    QAction *m_undoAction;
};
