#include "api/requestgate.h"

namespace BillForward {

RequestGate::RequestGate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: Retry-After is a minimum.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestGate::release);
}

void RequestGate::holdFor(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return;
    const QDeadlineTimer until(milliseconds, Qt::PreciseTimer);
    if (!isOpen() && until.deadlineNSecs() <= m_until.deadlineNSecs())
        return;
    m_until = until;
    m_timer.start(int(qMin<qint64>(milliseconds, std::numeric_limits<int>::max())));
    emit held(int(qMin<qint64>((milliseconds + 999) / 1000, std::numeric_limits<int>::max())));
}

bool RequestGate::isOpen() const
{
    return m_until.hasExpired();
}

qint64 RequestGate::remainingMs() const
{
    return isOpen() ? 0 : qMax<qint64>(1, (m_until.remainingTimeNSecs() + 999'999) / 1'000'000);
}

void RequestGate::pass(QObject *context, std::function<void()> send)
{
    if (isOpen() && m_waiting.empty()) {
        send();
        return;
    }
    m_waiting.push_back({context, std::move(send)});
    if (isOpen() && !m_timer.isActive())
        m_timer.start(0);
}

void RequestGate::release()
{
    // A timer rounds to milliseconds: never let a request out before the instant.
    if (!isOpen()) {
        m_timer.start(int(qMin<qint64>(remainingMs(), std::numeric_limits<int>::max())));
        return;
    }
    while (!m_waiting.empty() && isOpen()) {
        Waiting next = std::move(m_waiting.front());
        m_waiting.pop_front();
        if (next.context)
            next.send();
    }
}

} // namespace BillForward
