#include "sessions/sessionstore.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>
#include <limits>

using BillForward::UsageSession;

namespace {

// An address (subscription, session ID, unit), shared strings by their IDs:
// only the session ID's text is hashed.
size_t addressHash(quint32 subscriptionId, QStringView sessionId, quint32 uom)
{
    return qHashMulti(0, sessionId, subscriptionId, uom);
}

// What the key index places a row by. The upper half is the address's, so
// the rows of one address are found by a pass over these numbers alone
// (rowsOf()); the lower half mixes in the part's sessionix and start, so
// the uses of a reused ID (a kiosk's every day) spread over the index
// instead of lengthening one probe chain.
constexpr int AddressBits = 16;
static_assert(AddressBits == 16, "SessionStore::addressBits() in the header shifts by 16");
quint32 keyHash(size_t address, qint32 sessionix, BillForward::Timestamp start)
{
    constexpr quint32 addressMask = ~quint32(0) << (32 - AddressBits);
    return (quint32(address) & addressMask) | (quint32(qHashMulti(address, sessionix, start)) & ~addressMask);
}

quint32 addressBitsOf(quint32 hash)
{
    return hash >> (32 - AddressBits);
}

const QString *sharedFieldOf(const UsageSession &s, int field)
{
    switch (field) {
    case CompactSession::SubscriptionId: return &s.subscriptionId;
    case CompactSession::OrganizationId: return &s.organizationId;
    case CompactSession::PricingComponentId: return &s.pricingComponentId;
    case CompactSession::PricingComponentName: return &s.pricingComponentName;
    case CompactSession::Uom: return &s.uom;
    case CompactSession::ChangedBy: return &s.changedBy;
    default: return &s.state;
    }
}

bool hasBuffer(const QString &s)
{
    // No buffer: empty, or QString::fromRawData (memory the store does not own).
    return const_cast<QString &>(s).data_ptr().d_ptr() != nullptr;
}

// What malloc hands out for a request: 8 bytes of header, 16-byte steps.
qint64 mallocBytes(qint64 bytes)
{
    return qMax<qint64>(32, (bytes + 8 + 15) & ~qint64(15));
}

qint64 heapBytesOf(const QString &s, bool shared = true)
{
    const auto *d = const_cast<QString &>(s).data_ptr().d_ptr();
    if (!d)
        return 0;
    const qint64 bytes = mallocBytes(qint64(sizeof(QArrayData)) + qint64(d->alloc + 1) * qint64(sizeof(char16_t)));
    // Strings shared with others are counted once across their holders.
    return shared ? bytes / qMax(1, d->ref_.loadRelaxed()) : bytes;
}

bool sameContent(const CompactSession &known, const UsageSession &s, const quint32 *ids)
{
    return known.sessionix == s.sessionix && known.created == s.created && known.start == s.start
        && known.stop == s.stop && known.uduration == s.uduration
        && std::equal(ids, ids + CompactSession::SharedCount, known.shared)
        && known.sessionId == s.sessionId && known.description == s.description;
}

} // namespace

SessionStore::SessionStore()
{
    clear();
}

UsageSession SessionStore::at(int row) const
{
    const CompactSession &r = record(row);
    UsageSession s;
    s.subscriptionId = m_strings[r.shared[CompactSession::SubscriptionId]];
    s.sessionId = r.sessionId;
    s.uom = m_strings[r.shared[CompactSession::Uom]];
    s.organizationId = m_strings[r.shared[CompactSession::OrganizationId]];
    s.pricingComponentId = m_strings[r.shared[CompactSession::PricingComponentId]];
    s.pricingComponentName = m_strings[r.shared[CompactSession::PricingComponentName]];
    s.description = r.description;
    s.changedBy = m_strings[r.shared[CompactSession::ChangedBy]];
    s.state = m_strings[r.shared[CompactSession::State]];
    s.created = r.created;
    s.start = r.start;
    s.stop = r.stop;
    s.uduration = r.uduration;
    s.sessionix = r.sessionix;
    return s;
}

SessionKey SessionStore::keyOf(int row) const
{
    const CompactSession &r = record(row);
    return {m_strings[r.shared[CompactSession::SubscriptionId]], r.sessionId,
            m_strings[r.shared[CompactSession::Uom]], r.sessionix, r.start};
}

const QString &SessionStore::text(int row, SessionColumn column) const
{
    const CompactSession &r = record(row);
    switch (column) {
    case SessionColumn::State: return m_strings[r.shared[CompactSession::State]];
    case SessionColumn::SessionId: return r.sessionId;
    case SessionColumn::Uom: return m_strings[r.shared[CompactSession::Uom]];
    case SessionColumn::PricingComponentName: return m_strings[r.shared[CompactSession::PricingComponentName]];
    case SessionColumn::PricingComponentId: return m_strings[r.shared[CompactSession::PricingComponentId]];
    case SessionColumn::Description: return r.description;
    case SessionColumn::SubscriptionId: return m_strings[r.shared[CompactSession::SubscriptionId]];
    case SessionColumn::OrganizationId: return m_strings[r.shared[CompactSession::OrganizationId]];
    case SessionColumn::ChangedBy: return m_strings[r.shared[CompactSession::ChangedBy]];
    default: return m_strings[EmptyId];
    }
}

quint32 SessionStore::intern(const QString &s)
{
    if (s.isEmpty())
        return EmptyId;
    const quintptr data = quintptr(s.constData());
    RecentString &recent = m_recent[size_t((data * 0x9E3779B97F4A7C15ull) >> 56)];
    // The remembered string holds its buffer, so the same address and size
    // is the same text (whether `s` shares that buffer or merely points at it).
    if (recent.text.constData() == s.constData() && recent.text.size() == s.size())
        return recent.id;
    const bool buffered = hasBuffer(s);
    quint32 id = 0;
    const auto known = m_ids.constFind(s);
    if (known != m_ids.cend()) {
        id = known.value();
    } else {
        id = quint32(m_strings.size());
        // Text the store does not own is copied; a buffer is shared.
        m_strings.push_back(buffered ? s : QString(s.constData(), s.size()));
        m_ids.insert(m_strings.back(), id);
    }
    if (buffered)
        recent = RecentString{s, id};
    return id;
}

void SessionStore::internShared(const UsageSession &session, quint32 *ids)
{
    for (int field = 0; field < CompactSession::SharedCount; ++field)
        ids[field] = intern(*sharedFieldOf(session, field));
}

size_t SessionStore::shardNumber(size_t hash)
{
    // Fibonacci hashing: every bit of the hash decides the shard, whose
    // table then probes from the hash's low bits.
    return size_t((quint32(hash) * 0x9E3779B1u) >> (32 - IndexShardBits));
}

namespace {

void placeInTable(std::vector<qint32> &table, qint32 row, size_t hash)
{
    const size_t mask = table.size() - 1;
    size_t i = hash & mask;
    while (table[i] != -1)
        i = (i + 1) & mask;
    table[i] = row;
}

} // namespace

template<typename Matches>
int SessionStore::probe(size_t hash, const Matches &matches) const
{
    const std::vector<qint32> &table = shardFor(hash).table;
    if (table.empty())
        return -1;
    const size_t mask = table.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const qint32 row = table[i];
        if (row == -1)
            return -1;
        if (row < 0 || m_hashes[size_t(row)] != quint32(hash))
            continue; // removed, or another key: its row is not read
        if (matches(row, m_sessions[size_t(row)]))
            return row;
    }
}

int SessionStore::findSlot(const UsageSession &session, const quint32 *ids, size_t hash) const
{
    return probe(hash, [&](int, const CompactSession &r) {
        return r.sessionix == session.sessionix && r.start == session.start
            && r.shared[CompactSession::Uom] == ids[CompactSession::Uom]
            && r.shared[CompactSession::SubscriptionId] == ids[CompactSession::SubscriptionId]
            && r.sessionId == session.sessionId;
    });
}

size_t SessionStore::shardLimit(size_t shardNumber, size_t slotCount)
{
    // 35% to 69% by shard number, 52% on average, so the shards of a
    // uniform hash double at different store sizes, not within a few
    // slices of each other.
    return slotCount * (35 + 35 * shardNumber / (size_t(1) << IndexShardBits)) / 100;
}

void SessionStore::insertIntoIndex(int row, size_t hash)
{
    const size_t number = shardNumber(hash);
    IndexShard &shard = m_index[number];
    if (size_t(shard.rows + shard.tombstones + 1) > shardLimit(number, shard.table.size()))
        rebuildShard(number, shard.rows + 1);
    placeInTable(shard.table, row, hash);
    ++shard.rows;
}

void SessionStore::rebuildShard(size_t number, int rows)
{
    IndexShard &shard = m_index[number];
    size_t capacity = 16;
    while (shardLimit(number, capacity) < size_t(rows))
        capacity *= 2;
    std::vector<qint32> old(capacity, -1);
    old.swap(shard.table);
    shard.tombstones = 0;
    // Hashes kept per row: a rebuild rehashes no strings.
    for (const qint32 row : old) {
        if (row >= 0)
            placeInTable(shard.table, row, m_hashes[size_t(row)]);
    }
}

int SessionStore::idOf(const QString &s) const
{
    if (s.isEmpty())
        return int(EmptyId);
    const auto known = m_ids.constFind(s);
    return known == m_ids.cend() ? -1 : int(known.value());
}

int SessionStore::indexOf(const SessionKey &key) const
{
    const int subscription = idOf(key.subscriptionId);
    const int unit = idOf(key.uom);
    if (subscription < 0 || unit < 0) // a string no row holds
        return -1;
    const size_t address = addressHash(quint32(subscription), key.sessionId, quint32(unit));
    return probe(keyHash(address, key.sessionix, key.start), [&](int, const CompactSession &r) {
        return r.sessionix == key.sessionix && r.start == key.start && r.shared[CompactSession::Uom] == quint32(unit)
            && r.shared[CompactSession::SubscriptionId] == quint32(subscription) && r.sessionId == key.sessionId;
    });
}

int SessionStore::nextPartOf(int row) const
{
    const CompactSession &r = record(row);
    if (r.stop == BillForward::NoTimestamp || r.sessionix == std::numeric_limits<qint32>::max())
        return -1;
    const quint32 subscription = r.shared[CompactSession::SubscriptionId];
    const quint32 unit = r.shared[CompactSession::Uom];
    const size_t address = addressHash(subscription, r.sessionId, unit);
    return probe(keyHash(address, r.sessionix + 1, r.stop), [&](int, const CompactSession &next) {
        return next.sessionix == r.sessionix + 1 && next.start == r.stop
            && next.shared[CompactSession::Uom] == unit
            && next.shared[CompactSession::SubscriptionId] == subscription && next.sessionId == r.sessionId;
    });
}

QList<int> SessionStore::rowsOf(const QList<SessionAddress> &addresses) const
{
    struct Wanted { quint32 subscription; quint32 unit; quint32 bits; const QString *sessionId; };
    std::vector<Wanted> wanted;
    std::vector<bool> bitsWanted(size_t(1) << AddressBits);
    for (const SessionAddress &address : addresses) {
        const int subscription = idOf(address.subscriptionId);
        const int unit = idOf(address.uom);
        if (subscription < 0 || unit < 0)
            continue;
        const quint32 bits =
            addressBitsOf(quint32(addressHash(quint32(subscription), address.sessionId, quint32(unit))));
        wanted.push_back({quint32(subscription), quint32(unit), bits, &address.sessionId});
        bitsWanted[bits] = true;
    }
    QList<int> rows;
    if (wanted.empty())
        return rows;
    for (size_t row = 0; row < m_sessions.size(); ++row) {
        const quint32 bits = addressBitsOf(m_hashes[row]);
        if (!bitsWanted[bits])
            continue; // another address: its row is not read
        const CompactSession &r = m_sessions[row];
        for (const Wanted &w : wanted) {
            if (w.bits == bits && r.shared[CompactSession::SubscriptionId] == w.subscription
                && r.shared[CompactSession::Uom] == w.unit && r.sessionId == *w.sessionId) {
                rows.append(int(row));
                break;
            }
        }
    }
    return rows;
}

SessionStore::MergeResult SessionStore::merge(QList<UsageSession> sessions)
{
    MergeResult result;
    const int stamp = ++m_stamp;
    m_stampTimes.push_back(QDateTime::currentMSecsSinceEpoch());
    const size_t sizeBefore = m_sessions.size();
    // A list shared with the caller (the usual case: a signal's argument)
    // is read, not detached: detaching would copy every session once more
    // on the GUI thread. Its unique strings are then shared, not moved.
    const bool owned = sessions.isDetached();
    const auto fill = [&](CompactSession &r, qsizetype i, const quint32 *ids) {
        const UsageSession &session = sessions.at(i);
        if (owned) {
            r.sessionId = std::move(sessions[i].sessionId);
            r.description = std::move(sessions[i].description);
        } else {
            r.sessionId = session.sessionId;
            r.description = session.description;
        }
        r.created = session.created;
        r.start = session.start;
        r.stop = session.stop;
        r.uduration = session.uduration;
        r.sessionix = session.sessionix;
        m_activeCount += int(ids[CompactSession::State] == ActiveId) - int(r.shared[CompactSession::State] == ActiveId);
        std::copy(ids, ids + CompactSession::SharedCount, r.shared);
    };
    quint32 ids[CompactSession::SharedCount];
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        const UsageSession &session = sessions.at(i);
        internShared(session, ids);
        const size_t hash = keyHash(addressHash(ids[CompactSession::SubscriptionId], session.sessionId,
                                                ids[CompactSession::Uom]),
                                    session.sessionix, session.start);
        const int row = findSlot(session, ids, hash);
        if (row >= 0) {
            m_seenStamp[size_t(row)] = stamp;
            CompactSession &known = m_sessions[size_t(row)];
            if (!sameContent(known, session, ids)) {
                fill(known, i, ids);
                if (size_t(row) < sizeBefore && m_changedStamp[size_t(row)] != stamp)
                    result.changed.append(row);
                m_changedStamp[size_t(row)] = stamp;
            }
            continue;
        }
        CompactSession added;
        fill(added, i, ids);
        m_sessions.push_back(std::move(added));
        m_hashes.push_back(quint32(hash));
        insertIntoIndex(int(m_sessions.size() - 1), hash);
        m_seenStamp.push_back(int(stamp));
        m_changedStamp.push_back(int(stamp));
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
    return removeRows([this, generation](size_t row) { return m_seenStamp[row] < generation; },
                      newRowOfOldRow);
}

int SessionStore::removeNotSeenSince(int generation, const QSet<QString> &subscriptions,
                                     std::vector<int> *newRowOfOldRow)
{
    // By the subscription's shared-string ID: no string compared per row.
    std::vector<char> listed(m_strings.size(), 0);
    bool any = false;
    for (const QString &subscription : subscriptions) {
        const int id = idOf(subscription);
        if (id >= 0) {
            listed[size_t(id)] = 1;
            any = true;
        }
    }
    if (!any) {
        if (newRowOfOldRow) {
            newRowOfOldRow->resize(m_sessions.size());
            for (size_t row = 0; row < newRowOfOldRow->size(); ++row)
                (*newRowOfOldRow)[row] = int(row);
        }
        return 0;
    }
    return removeRows(
        [&](size_t row) {
            return m_seenStamp[row] < generation
                && listed[m_sessions[row].shared[CompactSession::SubscriptionId]] != 0;
        },
        newRowOfOldRow);
}

template<typename Removed>
int SessionStore::removeRows(const Removed &isRemoved, std::vector<int> *newRowOfOldRow)
{
    std::vector<int> newRow(m_sessions.size(), -1);
    size_t kept = 0;
    for (size_t row = 0; row < m_sessions.size(); ++row) {
        if (isRemoved(row)) {
            m_activeCount -= int(m_sessions[row].shared[CompactSession::State] == ActiveId);
            continue;
        }
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
        ++m_layoutGeneration;
        m_sessions.shrink(kept);
        m_seenStamp.shrink(kept);
        m_changedStamp.shrink(kept);
        m_hashes.shrink(kept);
        // Renumber the index in place, no hashing: removed rows leave
        // tombstones, which a rebuild clears once they outnumber the rows.
        for (size_t number = 0; number < m_index.size(); ++number) {
            IndexShard &shard = m_index[number];
            for (qint32 &slot : shard.table) {
                if (slot < 0)
                    continue;
                slot = newRow[size_t(slot)];
                if (slot < 0) {
                    slot = -2;
                    --shard.rows;
                    ++shard.tombstones;
                }
            }
            if (shard.tombstones > shard.rows)
                rebuildShard(number, shard.rows);
        }
    }
    if (newRowOfOldRow)
        newRowOfOldRow->swap(newRow);
    return removed;
}

void SessionStore::clear()
{
    // Swaps release the memory, which clear() would keep.
    ++m_layoutGeneration;
    m_sessions.clear();
    m_activeCount = 0;
    m_recent.fill(RecentString());
    QHash<QString, quint32>().swap(m_ids);
    std::vector<QString>().swap(m_strings);
    for (const QString &s : {QString(), QStringLiteral("Active"), QStringLiteral("Historic")}) {
        m_ids.insert(s, quint32(m_strings.size()));
        m_strings.push_back(s);
    }
    m_seenStamp.clear();
    m_changedStamp.clear();
    m_hashes.clear();
    for (IndexShard &shard : m_index)
        shard = IndexShard();
}

qint64 SessionStore::approximateBytes() const
{
    qint64 bytes = m_sessions.capacityBytes() + m_seenStamp.capacityBytes() + m_changedStamp.capacityBytes()
        + m_hashes.capacityBytes() + qint64(m_stampTimes.capacity() * sizeof(qint64))
        + qint64(sizeof(m_recent) + m_strings.capacity() * sizeof(QString));
    for (const IndexShard &shard : m_index)
        bytes += qint64(shard.table.capacity() * sizeof(qint32));
    // QHash: a byte of offset per slot, and a QString and an ID per entry.
    bytes += qint64(m_ids.capacity()) * qint64(1 + sizeof(QString) + sizeof(quint32));
    // The shared strings in full, whoever else holds them.
    for (const QString &s : m_strings)
        bytes += heapBytesOf(s, false);
    for (size_t row = 0; row < m_sessions.size(); ++row) {
        const CompactSession &r = m_sessions[row];
        bytes += heapBytesOf(r.sessionId) + heapBytesOf(r.description);
    }
    return bytes;
}
