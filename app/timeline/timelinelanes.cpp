#include "timeline/timelinelanes.h"

#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"

#include <algorithm>
#include <limits>

namespace {


// Where a lane's key starts probing: the address bits the store keeps, the
// shared-string IDs and the ID's length and last character. No string is hashed.
quint32 slotHash(const SessionStore &store, int row)
{
    const QString &id = store.sessionId(row);
    quint32 h = store.addressBits(row) * 0x9E3779B1u;
    h ^= store.sharedId(row, CompactSession::SubscriptionId) * 0x85EBCA77u;
    h ^= store.sharedId(row, CompactSession::Uom) * 0xC2B2AE3Du;
    h ^= quint32(id.size()) * 0x27D4EB2Fu;
    if (!id.isEmpty())
        h ^= quint32(id.back().unicode()) * 0x165667B1u;
    return h ^ (h >> 15);
}

bool sameAddress(const SessionStore &store, int a, int b)
{
    return store.addressBits(a) == store.addressBits(b)
        && store.sharedId(a, CompactSession::SubscriptionId) == store.sharedId(b, CompactSession::SubscriptionId)
        && store.sharedId(a, CompactSession::Uom) == store.sharedId(b, CompactSession::Uom)
        && store.sessionId(a) == store.sessionId(b);
}

} // namespace

void TimelineLanes::clear()
{
    m_lanes.clear();
    m_bars.clear();
    m_parts.clear();
    m_barOfStoreRow.clear();
    m_earliest = m_latest = 0;
    m_hasOpen = false;
}

void TimelineLanes::build(const SessionStore &store, const SessionView &view)
{
    clear();
    const int rows = view.size();
    if (rows == 0)
        return;

    // Each view row's lane, lanes numbered by their first row in the view.
    size_t slotCount = 16;
    while (slotCount < size_t(rows) * 2)
        slotCount *= 2;
    std::vector<int> table(slotCount, -1); // lane numbers
    std::vector<int> laneOfRow(static_cast<size_t>(rows));
    // The slots first, then the probes with the slot a few rows ahead
    // fetched meanwhile: the table (8 MB at a million rows) is far larger
    // than the cache, and each probe would otherwise wait for memory.
    std::vector<quint32> slotOfRow(static_cast<size_t>(rows));
    for (int viewRow = 0; viewRow < rows; ++viewRow)
        slotOfRow[size_t(viewRow)] = quint32(slotHash(store, view.storeRow(viewRow)) & (slotCount - 1));
    constexpr int Ahead = 16;
    for (int viewRow = 0; viewRow < rows; ++viewRow) {
        if (viewRow + Ahead < rows)
            __builtin_prefetch(&table[slotOfRow[size_t(viewRow + Ahead)]]);
        const int row = view.storeRow(viewRow);
        size_t slot = slotOfRow[size_t(viewRow)];
        int lane;
        while ((lane = table[slot]) >= 0 && !sameAddress(store, m_lanes[size_t(lane)].storeRow, row))
            slot = (slot + 1) & (slotCount - 1);
        if (lane < 0) {
            lane = int(m_lanes.size());
            table[slot] = lane;
            m_lanes.push_back({0, 0, row});
        }
        laneOfRow[size_t(viewRow)] = lane;
    }
    std::vector<int>().swap(table);
    std::vector<quint32>().swap(slotOfRow);

    // The rows grouped by lane (a counting sort), each lane's by start.
    std::vector<int> laneStart(m_lanes.size() + 1, 0);
    for (const int lane : laneOfRow)
        ++laneStart[size_t(lane) + 1];
    for (size_t lane = 0; lane < m_lanes.size(); ++lane)
        laneStart[lane + 1] += laneStart[lane];
    m_parts.resize(size_t(rows));
    {
        std::vector<int> fill(laneStart.begin(), laneStart.end() - 1);
        for (int viewRow = 0; viewRow < rows; ++viewRow)
            m_parts[size_t(fill[size_t(laneOfRow[size_t(viewRow)])]++)] = view.storeRow(viewRow);
    }
    std::vector<int>().swap(laneOfRow);

    m_barOfStoreRow.assign(size_t(store.size()), -1);
    m_bars.reserve(size_t(rows));
    m_earliest = std::numeric_limits<qint64>::max();
    m_latest = std::numeric_limits<qint64>::min();
    // A running bar stays open and grows with the clock; any other ends
    // where the store's one rule says (which needs no clock for it).
    const auto stopOf = [&store](int row) {
        return store.isActive(row) ? BillForward::NoTimestamp : store.endAt(row, 0);
    };
    for (size_t laneIndex = 0; laneIndex < m_lanes.size(); ++laneIndex) {
        Lane &lane = m_lanes[laneIndex];
        const auto first = m_parts.begin() + laneStart[laneIndex];
        const auto end = m_parts.begin() + laneStart[laneIndex + 1];
        if (end - first > 1) {
            std::sort(first, end, [&store](int a, int b) {
                const qint64 sa = store.start(a), sb = store.start(b);
                return sa != sb ? sa < sb : store.sessionix(a) < store.sessionix(b);
            });
        }
        lane.firstBar = int(m_bars.size());
        for (auto it = first; it != end; ++it) {
            const int row = *it;
            const qint64 start = store.start(row);
            const qint64 stop = stopOf(row);
            Bar *last = m_bars.size() > size_t(lane.firstBar) ? &m_bars.back() : nullptr;
            // A cut's next part: the next sessionix, starting where the last part stopped.
            const bool continues = last && !last->isOpen() && start == last->stop
                && store.sessionix(row) == store.sessionix(m_parts[size_t(last->firstPart + last->partCount - 1)]) + 1;
            if (continues) {
                last->stop = stop;
                ++last->partCount;
            } else {
                m_bars.push_back({start, stop, int(it - m_parts.begin()), 1, int(laneIndex)});
            }
            m_barOfStoreRow[size_t(row)] = int(m_bars.size()) - 1;
            if (start != BillForward::NoTimestamp)
                m_earliest = std::min(m_earliest, start);
            if (stop == BillForward::NoTimestamp)
                m_hasOpen = true;
            else
                m_latest = std::max(m_latest, stop);
        }
        lane.barCount = int(m_bars.size()) - lane.firstBar;
    }
    if (m_earliest == std::numeric_limits<qint64>::max())
        m_earliest = 0;
    if (m_latest == std::numeric_limits<qint64>::min())
        m_latest = m_earliest;
}

int TimelineLanes::barOfStoreRow(int storeRow) const
{
    return storeRow >= 0 && size_t(storeRow) < m_barOfStoreRow.size() ? m_barOfStoreRow[size_t(storeRow)] : -1;
}

std::pair<int, int> TimelineLanes::barsBetween(int laneIndex, qint64 fromUtcMs, qint64 toUtcMs, qint64 nowUtcMs) const
{
    const Lane &l = lane(laneIndex);
    const auto first = m_bars.begin() + l.firstBar;
    const auto end = first + l.barCount;
    // Runs of one address follow each other, so their stops ascend like their starts.
    const auto from = std::partition_point(first, end, [&](const Bar &b) {
        const qint64 stop = b.isOpen() ? std::max(nowUtcMs, b.start) : b.stop;
        return stop < fromUtcMs && !b.isOpen();
    });
    const auto to = std::partition_point(from, end, [&](const Bar &b) { return b.start < toUtcMs; });
    return {int(from - m_bars.begin()), int(to - m_bars.begin())};
}

int TimelineLanes::firstBarStartingFrom(int index, qint64 utcMs) const
{
    const Lane &l = lane(m_bars[size_t(index)].lane);
    const auto end = m_bars.begin() + l.firstBar + l.barCount;
    return int(std::partition_point(m_bars.begin() + index, end, [utcMs](const Bar &b) { return b.start < utcMs; })
               - m_bars.begin());
}
