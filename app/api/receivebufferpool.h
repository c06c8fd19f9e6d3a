#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <vector>

namespace BillForward {

// Response bodies of several MB, used again for the next response. The
// first touch of fresh memory costs a page fault per 4 KiB; measured here
// while loading a million sessions, that was 60,000 faults on the GUI
// thread as page bodies arrived, and stalls of up to 50 ms. A buffer that
// held the previous page has its memory mapped already.
//
// Buffers are let go after a while without calls, so that an idle window
// does not hold on to a load's worth of buffers.
class ReceiveBufferPool final : public QObject
{
public:
    explicit ReceiveBufferPool(QObject *parent = nullptr);

    // An empty buffer with room for at least `bytes`: a kept one if one is
    // big enough, else a new one.
    QByteArray take(qsizetype bytes);
    // Keeps `buffer` for a later take() when it is big enough to be worth it
    // and nobody else shares it.
    void give(QByteArray &&buffer);

    qsizetype size() const { return qsizetype(m_buffers.size()); }
    void setIdleRelease(int milliseconds) { m_idle.setInterval(milliseconds); }

    static constexpr qsizetype MinimumBytes = 256 * 1024;
    static constexpr size_t MaximumBuffers = 8;

private:
    std::vector<QByteArray> m_buffers;
    QTimer m_idle;
};

} // namespace BillForward
