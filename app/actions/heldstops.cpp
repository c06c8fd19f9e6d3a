#include "actions/heldstops.h"

#include "actions/connectionprofile.h"
#include "actions/sessionactionrunner.h"

#include <QDateTime>
#include <QTimer>

#include <cmath>

struct HeldStops::Unit
{
    QList<BillForward::SessionBatch> batches;
    int reservation = 0;
    QDeadlineTimer deadline;
    // Time left when paused (the deadline does not run then); 0: due.
    qint64 leftWhenPaused = 0;
    std::unique_ptr<QTimer> ticker;
};

HeldStops::HeldStops(SessionActionRunner *runner, QObject *parent) : QObject(parent), m_runner(runner) {}

HeldStops::~HeldStops() = default;

void HeldStops::setDelaySeconds(int seconds)
{
    m_delaySeconds = ConnectionProfile::boundedUndoSeconds(seconds);
}

int HeldStops::hold(const QList<BillForward::SessionBatch> &batches)
{
    return hold(batches, QDateTime::currentMSecsSinceEpoch());
}

int HeldStops::hold(const QList<BillForward::SessionBatch> &batches, BillForward::Timestamp confirmedAt)
{
    QList<BillForward::SessionBatch> fixed = batches;
    for (BillForward::SessionBatch &batch : fixed) {
        for (BillForward::UsageSession &session : batch.usageSessions) {
            if (session.stop == BillForward::NoTimestamp)
                session.stop = confirmedAt;
        }
    }
    if (m_delaySeconds == 0 && !m_paused) {
        bool anySent = false;
        for (const BillForward::SessionBatch &batch : std::as_const(fixed))
            anySent = m_runner->stop(batch) > 0 || anySent;
        if (!anySent)
            return 0;
        const int id = m_nextId++;
        int sessions = 0;
        for (const BillForward::SessionBatch &batch : std::as_const(fixed))
            sessions += int(batch.usageSessions.size());
        emit sent(id, sessions);
        return id;
    }
    const int reservation = m_runner->reserve(fixed);
    if (reservation == 0)
        return 0;
    const int id = m_nextId++;
    auto unit = std::make_unique<Unit>();
    unit->batches = fixed;
    unit->reservation = reservation;
    unit->deadline = QDeadlineTimer(qint64(m_delaySeconds) * 1000, Qt::PreciseTimer);
    // One timer for the countdown and the deadline: a tick at each whole
    // second left, the last one at the deadline itself (single-shot, re-armed).
    unit->ticker = std::make_unique<QTimer>();
    unit->ticker->setTimerType(Qt::PreciseTimer);
    unit->ticker->setSingleShot(true);
    unit->ticker->setInterval(1000);
    connect(unit->ticker.get(), &QTimer::timeout, this, [this, id] { onTick(id); });
    if (m_paused)
        unit->leftWhenPaused = qint64(m_delaySeconds) * 1000;
    else
        unit->ticker->start();
    m_units.emplace(id, std::move(unit));
    emit held(id);
    emit countdown(id, secondsLeft(id));
    emit changed();
    return id;
}

void HeldStops::onTick(int id)
{
    const auto found = m_units.find(id);
    if (found == m_units.end())
        return;
    const qint64 left = found->second->deadline.remainingTime();
    if (left <= 0) {
        sendNow(id);
        return;
    }
    arm(id, left);
    emit countdown(id, secondsLeft(id));
}

void HeldStops::arm(int id, qint64 left)
{
    Unit &unit = *m_units.at(id);
    // Next at the next whole second left (or the deadline): a tick that came
    // a little early waits out the rest and never sends before the deadline.
    const qint64 toNextSecond = left % 1000;
    unit.ticker->start(int(toNextSecond == 0 ? 1000 : toNextSecond));
}

void HeldStops::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    for (auto &entry : m_units) {
        Unit &unit = *entry.second;
        unit.ticker->stop();
        unit.leftWhenPaused = std::max<qint64>(0, unit.deadline.remainingTime());
    }
    emit pausedChanged(true);
    emit changed();
}

void HeldStops::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    QList<int> due;
    for (auto &entry : m_units) {
        Unit &unit = *entry.second;
        if (unit.leftWhenPaused <= 0) {
            due.append(entry.first);
            continue;
        }
        unit.deadline = QDeadlineTimer(unit.leftWhenPaused, Qt::PreciseTimer);
        arm(entry.first, unit.leftWhenPaused);
    }
    emit pausedChanged(false);
    for (const int id : std::as_const(due))
        sendNow(id);
    emit changed();
}

int HeldStops::latest() const
{
    return m_units.empty() ? 0 : m_units.rbegin()->first;
}

QList<int> HeldStops::heldIds() const
{
    QList<int> ids;
    for (const auto &entry : m_units)
        ids.append(entry.first);
    return ids;
}

int HeldStops::sessionCount(int id) const
{
    const auto found = m_units.find(id);
    if (found == m_units.end())
        return 0;
    int count = 0;
    for (const BillForward::SessionBatch &batch : std::as_const(found->second->batches))
        count += int(batch.usageSessions.size());
    return count;
}

int HeldStops::totalSessionCount() const
{
    int count = 0;
    for (const auto &entry : m_units)
        count += sessionCount(entry.first);
    return count;
}

int HeldStops::secondsLeft(int id) const
{
    const auto found = m_units.find(id);
    if (found == m_units.end())
        return 0;
    const qint64 left = m_paused ? found->second->leftWhenPaused : found->second->deadline.remainingTime();
    return std::max(1, int(std::lround(double(left) / 1000.0)));
}

QList<BillForward::SessionBatch> HeldStops::batches(int id) const
{
    const auto found = m_units.find(id);
    return found == m_units.end() ? QList<BillForward::SessionBatch>() : found->second->batches;
}

std::unique_ptr<HeldStops::Unit> HeldStops::take(int id)
{
    const auto found = m_units.find(id);
    if (found == m_units.end())
        return {};
    std::unique_ptr<Unit> unit = std::move(found->second);
    m_units.erase(found);
    // The ticker may be what is firing now: never delete it in its own signal.
    unit->ticker->stop();
    unit->ticker.release()->deleteLater();
    m_runner->release(unit->reservation);
    return unit;
}

void HeldStops::sendNow(int id)
{
    if (m_paused) {
        // No token to send it with: it leaves as soon as one is given.
        const auto found = m_units.find(id);
        if (found != m_units.end())
            found->second->leftWhenPaused = 0;
        return;
    }
    // Taken out first: whatever the runner's signals do, this unit cannot leave twice.
    const std::unique_ptr<Unit> unit = take(id);
    if (!unit)
        return;
    int sessions = 0;
    for (const BillForward::SessionBatch &batch : std::as_const(unit->batches)) {
        if (m_runner->stop(batch) > 0) // a refusal is told by the runner's refused()
            sessions += int(batch.usageSessions.size());
    }
    emit sent(id, sessions);
    emit changed();
}

void HeldStops::undo(int id)
{
    const std::unique_ptr<Unit> unit = take(id);
    if (!unit)
        return;
    QString journalError;
    int sessions = 0;
    for (const BillForward::SessionBatch &batch : std::as_const(unit->batches)) {
        sessions += int(batch.usageSessions.size());
        if (!m_runner->journalUndone(batch) && journalError.isEmpty())
            journalError = m_runner->journalError();
    }
    emit undone(id, sessions, journalError);
    emit changed();
}

void HeldStops::sendAllNow()
{
    const QList<int> ids = heldIds();
    for (const int id : ids)
        sendNow(id);
}

void HeldStops::undoAll()
{
    const QList<int> ids = heldIds();
    for (const int id : ids)
        undo(id);
}
