#include "sessions/sessionstore.h"

#include <QDateTime>

#include <cstring>
#include <limits>

using BillForward::UsageSession;

namespace {

size_t lineageHash(QStringView subscriptionId, QStringView sessionId, QStringView uom)
{
    return qHashMulti(0, subscriptionId, sessionId, uom);
}

size_t lineageHash(const UsageSession &session)
{
    return lineageHash(session.subscriptionId, session.sessionId, session.uom);
}

bool sameKey(const UsageSession &a, const UsageSession &b)
{
    return a.sessionix == b.sessionix && a.sessionId == b.sessionId && a.uom == b.uom
        && a.subscriptionId == b.subscriptionId;
}

qint64 heapBytesOf(const QString &s)
{
    const auto *d = const_cast<QString &>(s).data_ptr().d_ptr();
    if (!d)
        return 0;
    // Shared strings are counted once across their holders.
    const int holders = qMax(1, d->ref_.loadRelaxed());
    return (qint64(sizeof(QArrayData)) + qint64(d->alloc + 1) * qint64(sizeof(char16_t))) / holders;
}

} // namespace

SessionKey SessionKey::of(const UsageSession &session)
{
    return {session.subscriptionId, session.sessionId, session.uom, session.sessionix};
}

size_t qHash(const SessionKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.subscriptionId, key.sessionId, key.uom, key.sessionix);
}

int SessionStore::findSlot(const UsageSession &session, size_t hash) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const qint32 row = m_slots[i];
        if (row == -1)
            return -1;
        if (row >= 0 && sameKey(m_sessions[size_t(row)], session))
            return row;
    }
}

void SessionStore::insertIntoIndex(int row, size_t hash)
{
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i] != -1)
        i = (i + 1) & mask;
    m_slots[i] = row;
}

void SessionStore::rebuildIndex()
{
    // Load factor at most 1/2: short probe chains for 4 bytes a slot.
    size_t capacity = 16;
    while (capacity < m_sessions.size() * 2)
        capacity *= 2;
    m_slots.assign(capacity, -1);
    m_tombstones = 0;
    // Hashes kept per row: growing the index at a million sessions rehashes
    // no strings (that took ~190 ms on the GUI thread in one merge).
    for (size_t row = 0; row < m_sessions.size(); ++row)
        insertIntoIndex(int(row), m_hashes[row]);
}

int SessionStore::indexOf(const SessionKey &key) const
{
    if (m_slots.empty())
        return -1;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = lineageHash(key.subscriptionId, key.sessionId, key.uom) & mask;; i = (i + 1) & mask) {
        const qint32 row = m_slots[i];
        if (row == -1)
            return -1;
        if (row < 0)
            continue;
        const UsageSession &s = m_sessions[size_t(row)];
        if (s.sessionix == key.sessionix && s.sessionId == key.sessionId && s.uom == key.uom
            && s.subscriptionId == key.subscriptionId)
            return row;
    }
}

QList<int> SessionStore::rowsOfSession(QStringView subscriptionId, QStringView sessionId, QStringView uom) const
{
    QList<int> rows;
    if (m_slots.empty())
        return rows;
    const size_t mask = m_slots.size() - 1;
    for (size_t i = lineageHash(subscriptionId, sessionId, uom) & mask;; i = (i + 1) & mask) {
        const qint32 row = m_slots[i];
        if (row == -1)
            return rows;
        if (row < 0)
            continue;
        const UsageSession &s = m_sessions[size_t(row)];
        if (s.sessionId == sessionId && s.uom == uom && s.subscriptionId == subscriptionId)
            rows.append(row);
    }
}

SessionStore::MergeResult SessionStore::merge(QList<UsageSession> sessions)
{
    MergeResult result;
    const int stamp = ++m_stamp;
    m_stampTimes.push_back(QDateTime::currentMSecsSinceEpoch());
    const size_t sizeBefore = m_sessions.size();
    // A list shared with the caller (the usual case: a signal's argument)
    // is read, not detached: detaching would copy every session once more
    // on the GUI thread before the store takes its own copy.
    const bool owned = sessions.isDetached();
    const auto take = [&](qsizetype i) { return owned ? std::move(sessions[i]) : UsageSession(sessions.at(i)); };
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const UsageSession &session = sessions.at(i);
        const size_t hash = lineageHash(session);
        const int row = findSlot(session, hash);
        if (row >= 0) {
            m_seenStamp[size_t(row)] = stamp;
            UsageSession &known = m_sessions[size_t(row)];
            if (known != session) {
                known = take(i);
                if (size_t(row) < sizeBefore && m_changedStamp[size_t(row)] != stamp)
                    result.changed.append(row);
                m_changedStamp[size_t(row)] = stamp;
            }
            continue;
        }
        m_sessions.push_back(take(i));
        m_hashes.push_back(quint32(hash));
        if ((m_sessions.size() + size_t(m_tombstones)) * 2 > m_slots.size())
            rebuildIndex();
        else
            insertIntoIndex(int(m_sessions.size() - 1), hash);
        m_seenStamp.push_back(stamp);
        m_changedStamp.push_back(stamp);
        if (!m_idStarts.empty())
            appendFoldedId(m_sessions[m_sessions.size() - 1].sessionId);
        result.inserted.append(int(m_sessions.size() - 1));
    }
    return result;
}

int SessionStore::beginGeneration()
{
    const int stamp = ++m_stamp;
    m_stampTimes.push_back(QDateTime::currentMSecsSinceEpoch());
    return stamp;
}

int SessionStore::removeNotSeenSince(int generation)
{
    return removeNotSeenSince(generation, nullptr);
}

int SessionStore::removeNotSeenSince(int generation, std::vector<int> *newRowOfOldRow)
{
    std::vector<int> newRow(m_sessions.size(), -1);
    size_t kept = 0;
    for (size_t row = 0; row < m_sessions.size(); ++row) {
        if (m_seenStamp[row] < generation)
            continue;
        if (kept != row) {
            m_sessions[kept] = std::move(m_sessions[row]);
            m_seenStamp[kept] = m_seenStamp[row];
            m_changedStamp[kept] = m_changedStamp[row];
            m_hashes[kept] = m_hashes[row];
        }
        newRow[row] = int(kept);
        ++kept;
    }
    const int removed = int(m_sessions.size() - kept);
    if (removed > 0) {
        dropFoldedIds();
        m_sessions.shrink(kept);
        m_seenStamp.resize(kept);
        m_changedStamp.resize(kept);
        m_hashes.resize(kept);
        // Renumber the index in place, no hashing: removed rows leave
        // tombstones, which a rebuild clears once they pile up.
        for (qint32 &slot : m_slots) {
            if (slot < 0)
                continue;
            slot = newRow[size_t(slot)];
            if (slot < 0) {
                slot = -2;
                ++m_tombstones;
            }
        }
        if ((kept + size_t(m_tombstones)) * 2 > m_slots.size() || size_t(m_tombstones) > kept)
            rebuildIndex();
    }
    if (newRowOfOldRow)
        newRowOfOldRow->swap(newRow);
    return removed;
}

void SessionStore::clear()
{
    // Swaps release the memory, which clear() would keep.
    m_sessions.clear();
    dropFoldedIds();
    m_idTooLong = false;
    m_tombstones = 0;
    std::vector<int>().swap(m_seenStamp);
    std::vector<int>().swap(m_changedStamp);
    std::vector<quint32>().swap(m_hashes);
    std::vector<qint32>().swap(m_slots);
}

qint64 SessionStore::approximateBytes() const
{
    qint64 bytes = m_sessions.capacityBytes()
        + qint64((m_seenStamp.capacity() + m_changedStamp.capacity()) * sizeof(int))
        + qint64(m_hashes.capacity() * sizeof(quint32))
        + qint64(m_stampTimes.capacity() * sizeof(qint64))
        + qint64(m_slots.capacity() * sizeof(qint32))
        + qint64(m_idText.capacity() + m_idStarts.capacity() * sizeof(quint32));
    for (size_t row = 0; row < m_sessions.size(); ++row) {
        const UsageSession &s = m_sessions[row];
        for (const QString *field : {&s.subscriptionId, &s.sessionId, &s.uom, &s.organizationId,
                                     &s.pricingComponentId, &s.pricingComponentName, &s.description,
                                     &s.changedBy, &s.state})
            bytes += heapBytesOf(*field);
    }
    return bytes;
}

void SessionStore::dropFoldedIds() const
{
    std::string().swap(m_idText);
    std::vector<quint32>().swap(m_idStarts);
}

void SessionStore::appendFoldedId(const QString &id) const
{
    const size_t start = m_idText.size();
    const qsizetype n = id.size();
    if (start + size_t(n) + 1 > std::numeric_limits<quint32>::max()) { // 4 GB of IDs: scan the slow way
        dropFoldedIds();
        m_idTooLong = true;
        return;
    }
    m_idText.resize(start + size_t(n) + 1);
    char *out = m_idText.data() + start;
    const auto *in = reinterpret_cast<const char16_t *>(id.constData());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c == 0 || c >= 128) { // left to the slow test, which folds any script
            m_idText.resize(start + 1);
            out = m_idText.data() + start;
            out[0] = 0;
            m_idStarts.push_back(quint32(m_idText.size()));
            return;
        }
        out[i] = (c >= u'A' && c <= u'Z') ? char(c + 32) : char(c);
    }
    out[n] = 0;
    m_idStarts.push_back(quint32(m_idText.size()));
}

void SessionStore::prepareIdScan() const
{
    if (m_idTooLong || m_idStarts.size() == m_sessions.size() + 1)
        return;
    dropFoldedIds();
    m_idStarts.reserve(m_sessions.size() + 1);
    m_idStarts.push_back(0);
    for (size_t row = 0; row < m_sessions.size() && !m_idStarts.empty(); ++row) {
        if (row == 64)
            m_idText.reserve(m_idText.size() / 64 * (m_sessions.size() + m_sessions.size() / 16));
        appendFoldedId(m_sessions[row].sessionId);
    }
}

bool SessionStore::scanIds(QStringView foldedNeedle, int firstRow, int endRow, std::vector<quint8> *result) const
{
    if (m_idStarts.size() != m_sessions.size() + 1 || firstRow < 0 || endRow > size() || firstRow > endRow)
        return false;
    std::string needle;
    bool asciiNeedle = true;
    for (const QChar ch : foldedNeedle) {
        const char16_t c = ch.unicode();
        if (c == 0)
            return false;
        if (c >= 128)
            asciiNeedle = false;
        needle.push_back((c >= u'A' && c <= u'Z') ? char(c + 32) : char(c));
    }
    std::vector<quint8> &out = *result;
    out.assign(size_t(endRow - firstRow), needle.empty() ? 1 : 0);
    // An empty copy is an ID that is not plain ASCII (or an empty ID, as
    // cheap to test slowly).
    for (int row = firstRow; row < endRow; ++row) {
        if (m_idStarts[size_t(row) + 1] - m_idStarts[size_t(row)] == 1)
            out[size_t(row - firstRow)] = 2;
    }
    // A folded needle beyond ASCII is in no ASCII ID.
    if (needle.empty() || !asciiNeedle)
        return true;
    const char *text = m_idText.data();
    size_t pos = m_idStarts[size_t(firstRow)];
    const size_t end = m_idStarts[size_t(endRow)];
    size_t row = size_t(firstRow);
    while (pos < end) {
        const void *hit = memmem(text + pos, end - pos, needle.data(), needle.size());
        if (!hit)
            break;
        const size_t at = size_t(static_cast<const char *>(hit) - text);
        while (m_idStarts[row + 1] <= at) // hits ascend: walk, no search
            ++row;
        out[row - size_t(firstRow)] = 1;
        pos = m_idStarts[row + 1];
    }
    return true;
}
