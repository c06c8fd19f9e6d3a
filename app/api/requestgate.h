#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace BillForward {

// Holds every request of one ApiClient while the server asked to wait (a
// 429 with Retry-After): the server limits the client, not one call, so a
// call made meanwhile by another caller waits too, and the calls held go
// out in the order they came once the wait is over.
class RequestGate final : public QObject
{
    Q_OBJECT

public:
    explicit RequestGate(QObject *parent = nullptr);

    // Nothing passes for `milliseconds` from now; a later hold than the
    // one under way extends it, an earlier one changes nothing.
    void holdFor(qint64 milliseconds);
    bool isOpen() const;
    qint64 remainingMs() const; // 0 when open

    // Runs `send` now when the gate is open and nothing waits before it,
    // else when the hold ends, after those that came first. Dropped when
    // `context` is gone by then.
    void pass(QObject *context, std::function<void()> send);
    int waiting() const { return int(m_waiting.size()); }

signals:
    // A hold began or grew: nothing is sent for `seconds` (rounded up).
    void held(int seconds);

private:
    void release();

    struct Waiting
    {
        QPointer<QObject> context;
        std::function<void()> send;
    };
    QDeadlineTimer m_until{0};
    QTimer m_timer;
    std::deque<Waiting> m_waiting;
};

} // namespace BillForward
