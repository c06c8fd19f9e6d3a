#include "timeline/concurrencysteps.h"

#include "concurrency/workthreads.h"
#include "sessions/radixsort.h"
#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"

#include <algorithm>
#include <cstring>

namespace {

// An event as a sort key: times within 2^62 ms of 1970 (any a server
// sends) offset to be positive, and a bit for a start or a stop.
constexpr quint64 Offset = quint64(1) << 62;
constexpr quint64 StartBit = 1;
quint64 startAt(qint64 utcMs) { return ((quint64(utcMs) + Offset) << 1) | StartBit; }
quint64 stopAt(qint64 utcMs) { return (quint64(utcMs) + Offset) << 1; }
qint64 timeOf(quint64 event) { return qint64((event >> 1) - Offset); }

int floorLog2(size_t n)
{
    int log = 0;
    while (n >>= 1)
        ++log;
    return log;
}

} // namespace

ConcurrencySteps ConcurrencySteps::of(const SessionStore &store, const SessionView &view, qint64 nowUtcMs)
{
    return fromEvents(eventsOf(store, view, nowUtcMs));
}

ConcurrencySteps::Events ConcurrencySteps::eventsOf(const SessionStore &store, const SessionView &view,
                                                    qint64 nowUtcMs)
{
    Events events;
    events.nowUtcMs = nowUtcMs;
    readRows(store, shownRows(store, view), 0, store.size(), &events);
    return events;
}

std::vector<quint8> ConcurrencySteps::shownRows(const SessionStore &store, const SessionView &view)
{
    // The view's rows in its sort order would read the store all over the
    // place; a mark per store row lets readRows() read it in order.
    std::vector<quint8> shown;
    if (view.size() == store.size())
        return shown;
    shown.assign(size_t(store.size()), 0);
    for (int viewRow = 0, end = view.size(); viewRow < end; ++viewRow)
        shown[size_t(view.storeRow(viewRow))] = 1;
    return shown;
}

void ConcurrencySteps::readRows(const SessionStore &store, const std::vector<quint8> &shown, int firstRow,
                                int endRow, Events *events)
{
    const bool everyRow = shown.empty();
    endRow = std::min({endRow, store.size(), everyRow ? endRow : int(shown.size())});
    if (endRow <= firstRow)
        return;
    const qint64 now = events->nowUtcMs;
    // Two events a row at most; each half of the pass writes its own part.
    const size_t base = events->items.size();
    events->items.resize(base + 2 * size_t(endRow - firstRow));
    size_t written[2] = {0, 0};
    size_t firstOfHalf[2] = {0, 0};
    int running[2] = {0, 0};
    WorkThreads::splitInTwo(firstRow, endRow, [&](int half, int begin, int end) {
        quint64 *out = events->items.data() + base + 2 * size_t(begin - firstRow);
        size_t count = 0;
        int open = 0;
        for (int row = begin; row < end; ++row) {
            if (!everyRow && !shown[size_t(row)])
                continue;
            const BillForward::Timestamp start = store.start(row);
            if (start == BillForward::NoTimestamp)
                continue;
            // Only an active row runs until now and grows with the clock; any
            // other ends where the store's one rule says (a row with no stop at
            // start + uduration). An end after now (a clock ahead of ours) is
            // clipped, so that every event is at or before now and advanceTo() can move them.
            const bool untilNow = store.isActive(row);
            const qint64 last = std::min<qint64>(store.endAt(row, now), now);
            if (last <= start)
                continue; // ran for no time, or starts after now
            out[count++] = startAt(start);
            out[count++] = stopAt(last);
            if (untilNow)
                ++open;
        }
        firstOfHalf[half] = base + 2 * size_t(begin - firstRow);
        written[half] = count;
        running[half] = open;
    });
    if (written[1] > 0 && firstOfHalf[1] != base + written[0])
        std::memmove(events->items.data() + base + written[0], events->items.data() + firstOfHalf[1],
                     written[1] * sizeof(quint64));
    events->items.resize(base + written[0] + written[1]);
    events->running += running[0] + running[1];
}

ConcurrencySteps ConcurrencySteps::fromEvents(Events events)
{
    ConcurrencySteps steps;
    steps.m_now = events.nowUtcMs;
    steps.m_running = events.running;
    std::vector<quint64> &items = events.items;
    {
        std::vector<quint64> buffer;
        radixSort(items.data(), items.size(), buffer);
    }
    // Events at one time become one step; a time whose starts and stops
    // cancel out makes none.
    steps.m_times.reserve(items.size());
    steps.m_counts.reserve(items.size());
    int count = 0;
    for (size_t i = 0, n = items.size(); i < n;) {
        const qint64 time = timeOf(items[i]);
        int change = 0;
        for (; i < n && timeOf(items[i]) == time; ++i)
            change += (items[i] & StartBit) ? 1 : -1;
        if (change == 0)
            continue;
        count += change;
        steps.m_times.push_back(time);
        steps.m_counts.push_back(count);
        if (count > steps.m_maximum) {
            steps.m_maximum = count;
            steps.m_maximumAt = time;
        }
    }
    steps.buildBlockMaxima(0);
    return steps;
}

int ConcurrencySteps::countAt(qint64 utcMs) const
{
    const auto after = std::upper_bound(m_times.cbegin(), m_times.cend(), utcMs);
    return after == m_times.cbegin() ? 0 : m_counts[size_t(after - m_times.cbegin()) - 1];
}

int ConcurrencySteps::maximumIn(qint64 fromUtcMs, qint64 toUtcMs) const
{
    if (toUtcMs <= fromUtcMs)
        return countAt(fromUtcMs);
    // The step in effect at `from`, and every step that begins before `to`.
    const size_t first = size_t(std::upper_bound(m_times.cbegin(), m_times.cend(), fromUtcMs) - m_times.cbegin());
    const size_t end = size_t(std::lower_bound(m_times.cbegin(), m_times.cend(), toUtcMs) - m_times.cbegin());
    if (end == 0)
        return 0; // before the first step
    return maximumOfSteps(first == 0 ? 0 : first - 1, end - 1);
}

int ConcurrencySteps::maximumOfSteps(size_t first, size_t last) const
{
    const size_t firstBlock = first >> BlockBits;
    const size_t lastBlock = last >> BlockBits;
    if (lastBlock - firstBlock <= 1)
        return *std::max_element(m_counts.cbegin() + qsizetype(first), m_counts.cbegin() + qsizetype(last) + 1);
    const size_t innerFirst = firstBlock + 1;
    const size_t innerLast = lastBlock - 1;
    const int level = floorLog2(innerLast - innerFirst + 1);
    const std::vector<int> &table = m_blockMaxima[size_t(level)];
    int maximum = std::max(table[innerFirst], table[innerLast + 1 - (size_t(1) << level)]);
    const auto counts = m_counts.cbegin();
    maximum = std::max(maximum, *std::max_element(counts + qsizetype(first),
                                                  counts + qsizetype(innerFirst << BlockBits)));
    maximum = std::max(maximum, *std::max_element(counts + qsizetype(lastBlock << BlockBits),
                                                  counts + qsizetype(last) + 1));
    return maximum;
}

void ConcurrencySteps::buildBlockMaxima(size_t firstBlock)
{
    const size_t blocks = (m_counts.size() + (size_t(1) << BlockBits) - 1) >> BlockBits;
    if (m_blockMaxima.empty())
        m_blockMaxima.resize(1);
    std::vector<int> &level0 = m_blockMaxima[0];
    level0.resize(blocks);
    for (size_t block = firstBlock; block < blocks; ++block) {
        const size_t begin = block << BlockBits;
        const size_t end = std::min(m_counts.size(), begin + (size_t(1) << BlockBits));
        level0[block] = *std::max_element(m_counts.cbegin() + qsizetype(begin), m_counts.cbegin() + qsizetype(end));
    }
    // Level k from level k - 1; only what the changed blocks reach is redone.
    const int levels = blocks == 0 ? 1 : floorLog2(blocks) + 1;
    m_blockMaxima.resize(size_t(levels));
    for (int k = 1; k < levels; ++k) {
        const size_t span = size_t(1) << k;
        const size_t half = span >> 1;
        const std::vector<int> &below = m_blockMaxima[size_t(k - 1)];
        std::vector<int> &table = m_blockMaxima[size_t(k)];
        table.resize(blocks - span + 1);
        const size_t from = firstBlock >= span ? firstBlock - span + 1 : 0;
        for (size_t i = from; i + span <= blocks; ++i)
            table[i] = std::max(below[i], below[i + half]);
    }
}

void ConcurrencySteps::advanceTo(qint64 nowUtcMs)
{
    if (nowUtcMs <= m_now)
        return;
    const qint64 before = m_now;
    m_now = nowUtcMs;
    if (m_running == 0 || m_times.empty() || m_times.back() != before || m_counts.back() != 0)
        return;
    // The last step is the drop to 0 at the old now; the active rows' part
    // of it moves to the new now.
    const size_t last = m_times.size() - 1;
    const int running = last == 0 ? 0 : m_counts[last - 1];
    if (running == m_running) {
        m_times[last] = nowUtcMs;
        return; // the counts, and so the maxima, are the same
    }
    m_counts[last] = m_running; // the rows that stopped exactly then are left behind
    m_times.push_back(nowUtcMs);
    m_counts.push_back(0);
    buildBlockMaxima(last >> BlockBits);
}
