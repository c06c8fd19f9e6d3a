#include "ui/heldstopsquestion.h"

#include "actions/heldstops.h"
#include "actions/sessionactionrunner.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

HeldStopsQuestion::HeldStopsQuestion(HeldStops *held, SessionActionRunner *runner, QWidget *window)
    : QObject(window), m_held(held), m_runner(runner), m_window(window)
{
    connect(m_runner, &SessionActionRunner::finished, this, &HeldStopsQuestion::proceedWhenAnswered);
    // Sent at its deadline (or undone) while the question was open: there is
    // nothing left to ask about, and no answer is taken for the user.
    connect(m_held, &HeldStops::changed, this, [this] {
        if (m_box && !m_held->isHolding()) {
            QMessageBox *box = m_box;
            m_box = nullptr;
            box->reject();
        }
    });
}

bool HeldStopsQuestion::clearToLeave(const QString &question, const QString &waitingNote,
                                     std::function<void()> proceed)
{
    if (!m_held->isHolding() && !m_proceed)
        return true;
    if (m_proceed) {
        showWaitingNote(); // the window stays until the server answers: say why
        return false;
    }
    if (m_box)
        return false; // asked already: the question is open
    const int sessions = m_held->totalSessionCount();
    const QString waiting = sessions == 1 ? tr("A stop of 1 session is waiting to be sent.")
                                          : tr("A stop of %1 sessions is waiting to be sent.").arg(sessions);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop not sent yet"), waiting, QMessageBox::NoButton,
                                m_window);
    box->setObjectName(QStringLiteral("heldStopsQuestion"));
    box->setInformativeText(question);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *send = box->addButton(tr("&Send now"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendHeldStopsButton"));
    send->setAccessibleName(tr("Send the stop now"));
    QPushButton *undo = box->addButton(tr("&Undo the stop"), QMessageBox::DestructiveRole);
    undo->setObjectName(QStringLiteral("undoHeldStopsButton"));
    undo->setAccessibleName(tr("Undo the stop: nothing is sent"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelLeavingButton"));
    cancel->setAccessibleName(tr("Cancel: stay, the stop stays held"));
    box->setDefaultButton(send);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, send, undo, proceed, waitingNote](QAbstractButton *clicked) {
        m_box = nullptr; // answered: the next attempt asks again (the box goes later)
        if (clicked == undo) {
            m_held->undoAll();
            proceed();
        } else if (clicked == send) {
            const int expected = m_held->totalSessionCount();
            int handed = 0;
            const QMetaObject::Connection counting =
                connect(m_held, &HeldStops::sent, this, [&handed](int, int sessions) { handed += sessions; });
            m_held->sendAllNow();
            disconnect(counting);
            // A stop the runner refused (its message says why) is not left behind by closing.
            if (handed < expected)
                return;
            m_proceed = proceed;
            m_waitingNote = waitingNote;
            if (m_runner->isAwaitingAnswer())
                showWaitingNote();
            proceedWhenAnswered();
        }
    });
    m_box = box;
    box->open();
    return false;
}

void HeldStopsQuestion::proceedWhenAnswered()
{
    if (!m_proceed || m_runner->isAwaitingAnswer())
        return;
    const std::function<void()> proceed = std::move(m_proceed);
    m_proceed = nullptr;
    if (QStatusBar *bar = statusBar(); bar && bar->currentMessage() == m_waitingNote)
        bar->clearMessage();
    proceed();
}

void HeldStopsQuestion::showWaitingNote()
{
    if (QStatusBar *bar = statusBar())
        bar->showMessage(m_waitingNote);
}

QStatusBar *HeldStopsQuestion::statusBar() const
{
    auto *window = qobject_cast<QMainWindow *>(m_window);
    return window ? window->statusBar() : nullptr;
}
