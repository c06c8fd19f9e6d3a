#pragma once

#include "wire/usagesession.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>

#include <map>
#include <memory>

class QTimer;
class SessionActionRunner;

// The undo window of stops: a confirmed stop is held for a few seconds
// before the runner sends it, so that a slip of the hand can be taken back.
// One held unit per confirmation (its batches, one per organization); the
// stop time of each item is fixed when it is held (a stop "now" gets the
// confirmation instant), so the time sent is never the moment it leaves.
// Each unit leaves exactly once: at its deadline or on sendNow() through
// SessionActionRunner::stop(), or undone (journalled, nothing sent). While
// held its sessions are reserved with the runner, so they show as pending
// and a second stop of them is refused.
class HeldStops final : public QObject
{
    Q_OBJECT

public:
    explicit HeldStops(SessionActionRunner *runner, QObject *parent = nullptr);
    ~HeldStops() override;

    // Seconds from confirmation to sending (bounded to 0..30; 0 sends at once).
    // Applies to stops held from now on.
    void setDelaySeconds(int seconds);
    int delaySeconds() const { return m_delaySeconds; }

    // Holds one confirmation's batches, confirmed at `confirmedAt` (ms UTC).
    // Returns the unit's id (> 0; also when sent at once with no delay), or
    // 0 when the runner refused it (its refused() says why).
    int hold(const QList<BillForward::SessionBatch> &batches, BillForward::Timestamp confirmedAt);
    int hold(const QList<BillForward::SessionBatch> &batches);

    bool isHolding() const { return !m_units.empty(); }
    bool isHeld(int id) const { return m_units.count(id) > 0; }
    // The unit held last (the one the status bar offers to undo), or 0.
    int latest() const;
    QList<int> heldIds() const;
    int sessionCount(int id) const;
    int totalSessionCount() const;
    // Whole seconds until `id` is sent, rounded (a tick may come a little early), at least 1.
    int secondsLeft(int id) const;
    // The batches as they will be sent (stop instants filled in).
    QList<BillForward::SessionBatch> batches(int id) const;

    // Sends `id` now. Nothing happens for an id no longer held.
    void sendNow(int id);
    // Drops `id`: nothing is sent, the journal records an undone stop.
    void undo(int id);
    void sendAllNow();
    void undoAll();

    // While the connection has no token (refused, a new one not given yet)
    // nothing can be sent: the deadlines wait, keeping the time they had
    // left, and a unit due meanwhile (its deadline, or sendNow()) leaves on
    // resume(). Undo still works. The stop instants do not move: they were
    // fixed at the confirmation.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

signals:
    void held(int id);
    // Once a second while `id` is held.
    void countdown(int id, int secondsLeft);
    // `id` was handed to the runner (`sessions`: those it took; a refusal
    // comes as its refused()); the answers come through the runner too.
    void sent(int id, int sessions);
    // `journalError` is empty when the undone stop was journalled.
    void undone(int id, int sessions, const QString &journalError);
    // Any of the above: what is held changed.
    void changed();
    // pause() or resume() changed whether stops can leave.
    void pausedChanged(bool paused);

private:
    struct Unit;

    void onTick(int id);
    void arm(int id, qint64 remainingMs);
    std::unique_ptr<Unit> take(int id);

    SessionActionRunner *m_runner;
    int m_delaySeconds = 5;
    int m_nextId = 1;
    bool m_paused = false;
    std::map<int, std::unique_ptr<Unit>> m_units;
};
