#pragma once

#include <QByteArray>
#include <QObject>

#include <vector>

namespace BillForward {

// Response bodies of several MB, used again for the next response: a
// buffer that held the previous page has its memory mapped already, where
// a fresh one page-faults on the GUI thread as the body is written in.
//
// Buffers are kept while some call uses the pool and let go when the last
// one ends, so that an idle window holds none.
class ReceiveBufferPool final : public QObject
{
public:
    using QObject::QObject;

    // An empty buffer with room for at least `bytes`: a kept one if one is
    // big enough, else a new one.
    QByteArray take(qsizetype bytes);
    // Keeps `buffer` for a later take() when it is big enough to be worth it
    // and nobody else shares it.
    void give(QByteArray &&buffer);

    // A call that may give buffers begins and ends.
    void addUser() { ++m_users; }
    void removeUser();

    qsizetype size() const { return qsizetype(m_buffers.size()); }

    static constexpr qsizetype MinimumBytes = 256 * 1024;
    static constexpr size_t MaximumBuffers = 8;

private:
    std::vector<QByteArray> m_buffers;
    int m_users = 0;
};

} // namespace BillForward
