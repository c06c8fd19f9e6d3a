#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

class HeldStops;

class QStatusBar;
class QWidget;
class SessionActionRunner;

// Asks before the window closes or switches connections while a stop is
// held in its undo window: "Send now", "Undo the stop" or "Cancel" (stay).
// Window-modal and non-blocking: no nested event loop under the loader.
class HeldStopsQuestion final : public QObject
{
    Q_OBJECT

public:
    HeldStopsQuestion(HeldStops *held, SessionActionRunner *runner, QWidget *window);

    // True when nothing is held: go on now. Otherwise asks and returns
    // false; `proceed` runs once the user chose "Undo the stop", or "Send
    // now" and the server has answered the stops sent (so that closing
    // cannot cut them off). "Cancel" runs nothing, nor does a "Send now" the
    // runner refused, nor a question that went away because the stop left
    // at its deadline meanwhile.
    // While it waits for those answers the status bar shows `waitingNote`
    // ("Waiting for the server's answer… before closing"), and each further
    // attempt shows it again instead of being ignored with no word.
    bool clearToLeave(const QString &question, const QString &waitingNote, std::function<void()> proceed);
    QMessageBox *box() const { return m_box; }

private:
    void proceedWhenAnswered();
    void showWaitingNote();
    QStatusBar *statusBar() const; // the window's, when it is a QMainWindow

    HeldStops *m_held;
    SessionActionRunner *m_runner;
    QWidget *m_window;
    QPointer<QMessageBox> m_box;
    std::function<void()> m_proceed;
    QString m_waitingNote;
};
