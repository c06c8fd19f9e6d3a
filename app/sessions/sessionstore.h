#pragma once

#include "memory/chunkedarray.h"
#include "sessions/sessioncolumn.h"
#include "sessions/sessionkey.h"
#include "wire/usagesession.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringView>

#include <array>
#include <memory>
#include <string>
#include <vector>

// What the store keeps of one session: the two strings unique to it, the
// numbers, and the seven strings sessions share (subscription, organization,
// pricing component ID and name, unit, changedBy, state) as IDs into the
// store's table of distinct strings: 112 bytes where a UsageSession is 256.
struct CompactSession
{
    enum Shared : int {
        SubscriptionId, OrganizationId, PricingComponentId, PricingComponentName, Uom, ChangedBy, State,
        SharedCount
    };

    QString sessionId;
    QString description;
    BillForward::Timestamp created = BillForward::NoTimestamp;
    BillForward::Timestamp start = BillForward::NoTimestamp;
    BillForward::Timestamp stop = BillForward::NoTimestamp;
    qint64 uduration = 0;
    qint32 sessionix = 0;
    quint32 shared[SharedCount] = {};
};

// 8192 sessions, 0.9 MB a chunk.
using SessionChunks = ChunkedArray<CompactSession, 13>;
// 16,384 numbers, 64 KB a chunk.
template <typename T>
using RowNumbers = ChunkedArray<T, 14>;

// All sessions loaded for the open subscription(s), each once, in arrival
// order. Rows keep their index until removeNotSeenSince() compacts the store.
class SessionStore
{
public:
    struct MergeResult
    {
        QList<int> inserted; // rows appended
        QList<int> changed;  // rows whose fields changed
        bool isEmpty() const { return inserted.isEmpty() && changed.isEmpty(); }
    };

    SessionStore();

    int size() const { return int(m_sessions.size()); }
    bool isEmpty() const { return m_sessions.empty(); }
    // Rows are on their way (a subscription is being opened): the memory for
    // the first ones is made ready off this thread meanwhile.
    void expectRows() { m_sessions.prepareNextChunk(); }
    bool hasPreparedRows() const { return m_sessions.hasPreparedChunk(); }
    // A copy of the row as a session (nine QString copies: for one row at a
    // time; loops over many rows read the fields below, which copy nothing).
    BillForward::UsageSession at(int row) const;

    // The fields of a row in place: references stay valid until the next
    // merge(), removal or clear().
    const QString &sessionId(int row) const { return record(row).sessionId; }
    const QString &description(int row) const { return record(row).description; }
    const QString &subscriptionId(int row) const { return shared(row, CompactSession::SubscriptionId); }
    const QString &organizationId(int row) const { return shared(row, CompactSession::OrganizationId); }
    const QString &pricingComponentId(int row) const { return shared(row, CompactSession::PricingComponentId); }
    const QString &pricingComponentName(int row) const { return shared(row, CompactSession::PricingComponentName); }
    const QString &uom(int row) const { return shared(row, CompactSession::Uom); }
    const QString &changedBy(int row) const { return shared(row, CompactSession::ChangedBy); }
    const QString &state(int row) const { return shared(row, CompactSession::State); }
    BillForward::Timestamp created(int row) const { return record(row).created; }
    BillForward::Timestamp start(int row) const { return record(row).start; }
    BillForward::Timestamp stop(int row) const { return record(row).stop; }
    qint64 uduration(int row) const { return record(row).uduration; }
    // How long the row's session has run at `nowUtcMs`: its duration once
    // ended, the time since its start while active (0 before its start).
    qint64 durationAt(int row, qint64 nowUtcMs) const
    {
        if (!isActive(row))
            return uduration(row);
        const BillForward::Timestamp begin = start(row);
        return begin == BillForward::NoTimestamp ? 0 : qMax<qint64>(0, nowUtcMs - begin);
    }
    // Where the row's session ends on a time axis, the one rule the totals,
    // the period filter, the timeline and its strip share: an active one at
    // `nowUtcMs` (never before its start), an ended one at its stop, or at
    // start + uduration when the server gave no stop. NoTimestamp without a start.
    BillForward::Timestamp endAt(int row, qint64 nowUtcMs) const
    {
        const BillForward::Timestamp begin = start(row);
        if (begin == BillForward::NoTimestamp)
            return BillForward::NoTimestamp;
        if (isActive(row))
            return qMax(begin, nowUtcMs);
        const BillForward::Timestamp end = stop(row);
        return end != BillForward::NoTimestamp ? end : begin + qMax<qint64>(0, uduration(row));
    }
    qint32 sessionix(int row) const { return record(row).sessionix; }
    // Counts removals and clears: a row number kept from an earlier
    // generation may name another session now (rows appended keep theirs).
    int layoutGeneration() const { return m_layoutGeneration; }
    BillForward::SessionState stateKind(int row) const
    {
        const quint32 id = record(row).shared[CompactSession::State];
        return id == ActiveId ? BillForward::SessionState::Active
            : id == HistoricId ? BillForward::SessionState::Historic : BillForward::SessionState::Other;
    }
    bool isActive(int row) const { return record(row).shared[CompactSession::State] == ActiveId; }
    int activeCount() const { return m_activeCount; } // rows whose state is Active
    // The text of a string column; an empty string for the numeric ones.
    const QString &text(int row, SessionColumn column) const;
    // The row itself, for readers of many fields (filters); its shared
    // strings through sharedText().
    const CompactSession &compact(int row) const { return record(row); }
    // The ID of a shared string (equal IDs, equal strings), and its text.
    quint32 sharedId(int row, CompactSession::Shared field) const { return record(row).shared[field]; }
    const QString &sharedText(quint32 id) const { return m_strings[id]; }
    int sharedTextCount() const { return int(m_strings.size()); }
    // Bits of the hash of the row's address (subscription, session ID,
    // unit), kept from the merge: equal addresses, equal bits, so a pass
    // over many rows groups them without hashing a string.
    quint32 addressBits(int row) const { return m_hashes[size_t(row)] >> 16; }
    SessionKey keyOf(int row) const;
    SessionAddress addressOf(int row) const { return {subscriptionId(row), sessionId(row), uom(row)}; }
    int indexOf(const SessionKey &key) const; // -1 when absent
    // The part a billing-period cut started where `row` stopped (sessionix
    // + 1, starting at its stop), or -1.
    int nextPartOf(int row) const;
    // Every row of these addresses (every use, every part), in row order:
    // one pass over 4 bytes a row, for a few addresses at a time.
    QList<int> rowsOf(const QList<SessionAddress> &addresses) const;

    // Inserts new sessions, updates known ones in place. Every row merged is
    // marked as seen in the current generation.
    MergeResult merge(QList<BillForward::UsageSession> sessions);

    // A refresh: call beginGeneration(), merge() what the server sent, then
    // removeNotSeenSince() drops rows the server no longer lists (an active
    // list whose session stopped). Returns the number of rows removed; the
    // remaining rows keep their relative order.
    int beginGeneration();
    int removeNotSeenSince(int generation);
    // The same; `newRowOfOldRow` (when given) gets, for every row before the
    // removal, its row after it or -1 when removed, so views can remap.
    int removeNotSeenSince(int generation, std::vector<int> *newRowOfOldRow);
    // The same for the rows of these subscriptions only: the others stay,
    // seen or not (a sweep of many subscriptions that could not list them all).
    int removeNotSeenSince(int generation, const QSet<QString> &subscriptions,
                           std::vector<int> *newRowOfOldRow);

    // When a row last changed or was inserted (UTC ms, wall clock), for the
    // brief highlight.
    qint64 changedAt(int row) const { return m_stampTimes[size_t(m_changedStamp[size_t(row)])]; }

    void clear();
    // Approximate heap bytes held, strings included once (for the benchmark).
    qint64 approximateBytes() const;

private:
    // IDs the constructor gives the strings every store holds.
    static constexpr quint32 EmptyId = 0, ActiveId = 1, HistoricId = 2;

    const CompactSession &record(int row) const { return m_sessions[size_t(row)]; }
    const QString &shared(int row, CompactSession::Shared field) const { return m_strings[record(row).shared[field]]; }
    quint32 intern(const QString &s);
    int idOf(const QString &s) const; // -1 when no row holds the string
    void internShared(const BillForward::UsageSession &session, quint32 *ids);
    // Walks the key index's probe chain for `hash`, calling
    // `matches(row, session)` for the rows with that hash until it returns
    // true; returns that row, or -1.
    template<typename Matches>
    int probe(size_t hash, const Matches &matches) const;
    // Removes the rows `isRemoved(row)` names, compacting the rest.
    template<typename Removed>
    int removeRows(const Removed &isRemoved, std::vector<int> *newRowOfOldRow);
    int findSlot(const BillForward::UsageSession &session, const quint32 *ids, size_t hash) const;
    void insertIntoIndex(int row, size_t hash);

    // The key index: open-addressing tables of row numbers hashed by the
    // whole key (address, sessionix, start), so a merge probes past few
    // rows however often an ID is reused; load about 1/2. 64 tables, picked by the
    // hash, each growing on its own: a rebuild redoes one shard, not the
    // whole index, within a merge on the GUI thread.
    struct IndexShard
    {
        std::vector<qint32> table; // row, -1 for an empty slot, -2 for a removed row
        int rows = 0;              // rows indexed
        int tombstones = 0;        // slots of removed rows
    };
    static constexpr int IndexShardBits = 6;
    static size_t shardNumber(size_t hash);
    const IndexShard &shardFor(size_t hash) const { return m_index[shardNumber(hash)]; }
    // How many of a shard's slots may hold rows or tombstones.
    static size_t shardLimit(size_t shardNumber, size_t slotCount);
    // A table with room for `rows` rows, its tombstones gone.
    void rebuildShard(size_t shardNumber, int rows);

    // Memory per session is the design constraint (1M sessions): one stamp
    // counter serves both generations and merges, so a row costs two ints
    // for "seen" and "changed at", one for its hash and two slots at most
    // in the key index.
    SessionChunks m_sessions;
    // The shared strings, each once; never shrinks but on clear() (distinct
    // strings are few: units, components, subscriptions).
    std::vector<QString> m_strings;
    QHash<QString, quint32> m_ids;
    // The decoder hands out one QString per distinct value of a page, so a
    // buffer seen before is its ID without hashing the text. Each entry
    // holds its string, so a buffer's address cannot be reused for other
    // text while it is remembered.
    struct RecentString { QString text; quint32 id = 0; };
    std::array<RecentString, 256> m_recent;
    RowNumbers<int> m_seenStamp;
    RowNumbers<int> m_changedStamp;
    std::vector<qint64> m_stampTimes{0}; // wall time of each stamp
    std::array<IndexShard, 1 << IndexShardBits> m_index;
    // Per row: its key hash (the index holds < 2^32 slots), whose upper
    // half is its address's. A rebuild rehashes no strings, a probe passes
    // rows of other keys by their hash, mostly in cache, instead of reading
    // each row, and rowsOf() finds an address's rows by these alone.
    RowNumbers<quint32> m_hashes;
    int m_stamp = 0;
    int m_activeCount = 0;
    int m_layoutGeneration = 0;

};
