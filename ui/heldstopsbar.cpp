#include "ui/heldstopsbar.h"

#include "actions/heldstops.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

HeldStopsBar::HeldStopsBar(HeldStops *held, QStatusBar *bar, QWidget *window)
    : QWidget(bar), m_held(held), m_bar(bar)
{
    setObjectName(QStringLiteral("heldStopsBar"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("heldStopsText"));
    m_label->setAccessibleName(tr("Stop waiting to be sent"));
    // No mnemonic: Alt+U is the Subscription field's; Tab and Ctrl+Z reach it.
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoHeldStopButton"));
    m_undo->setAccessibleName(tr("Undo the stop"));
    m_undo->setToolTip(tr("Take the stop back: nothing is sent (Ctrl+Z)"));
    m_undo->setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_undo);

    m_undoAction = new QAction(tr("Undo the stop"), window);
    m_undoAction->setObjectName(QStringLiteral("undoHeldStopAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WindowShortcut);
    window->addAction(m_undoAction);

    // Permanent: a message shown meanwhile (a refresh, an answer) must not hide the Undo.
    bar->addPermanentWidget(this);
    connect(m_undo, &QPushButton::clicked, this, &HeldStopsBar::undoLatest);
    connect(m_undoAction, &QAction::triggered, this, &HeldStopsBar::undoLatest);
    connect(m_held, &HeldStops::changed, this, &HeldStopsBar::update);
    connect(m_held, &HeldStops::countdown, this, &HeldStopsBar::update);
    connect(m_held, &HeldStops::sent, this, [this](int, int sessions) {
        m_bar->showMessage(sessions == 1 ? tr("Stopping 1 session…") : tr("Stopping %1 sessions…").arg(sessions));
    });
    connect(m_held, &HeldStops::undone, this, [this](int, int sessions, const QString &journalError) {
        const QString text = sessions == 1 ? tr("Stop of 1 session undone: nothing was sent.")
                                           : tr("Stop of %1 sessions undone: nothing was sent.").arg(sessions);
        m_bar->showMessage(journalError.isEmpty() ? text : tr("%1 The journal could not record it: %2").arg(text, journalError),
                           10000);
    });
    update();
}

QString HeldStopsBar::text() const
{
    return m_label->text();
}

void HeldStopsBar::update()
{
    const int id = m_held->latest();
    const bool holding = id != 0;
    m_undoAction->setEnabled(holding);
    if (!holding) {
        // The button had the focus: leave it where the user can go on.
        if (m_undo->hasFocus() && parentWidget())
            m_undo->clearFocus();
        m_label->clear();
        hide();
        return;
    }
    const int sessions = m_held->sessionCount(id);
    const int seconds = m_held->secondsLeft(id);
    if (m_held->isPaused()) {
        // Sent with no token it would be refused (401): it waits for one.
        m_label->setText(sessions == 1 ? tr("Stop of 1 session waits for the access token —")
                                       : tr("Stop of %1 sessions waits for the access token —").arg(sessions));
    } else {
        m_label->setText(sessions == 1 ? tr("Stopping 1 session in %1 s —").arg(seconds)
                                       : tr("Stopping %1 sessions in %2 s —").arg(sessions).arg(seconds));
    }
    m_undo->setAccessibleDescription(m_label->text());
    show();
}

void HeldStopsBar::undoLatest()
{
    const int id = m_held->latest();
    if (id != 0)
        m_held->undo(id);
}
