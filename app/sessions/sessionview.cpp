#include "sessions/sessionview.h"

#include "concurrency/workthreads.h"
#include "radar/attentionradar.h"
#include "sessions/radixsort.h"
#include "sessions/sessionmatcher.h"
#include "sessions/sessionstore.h"
#include "sessions/text/textranks.h"
#include "sessions/timeterm.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <limits>

namespace {

enum class ColumnKind { Number, Ordinal, Collated };

ColumnKind kindOf(SessionColumn column)
{
    switch (column) {
    case SessionColumn::Start:
    case SessionColumn::Stop:
    case SessionColumn::Duration:
    case SessionColumn::Sessionix:
    case SessionColumn::Created:
    case SessionColumn::Attention:
        return ColumnKind::Number;
    // IDs are opaque machine strings: code-point order, which is also what
    // makes ranking a million unique session IDs fast.
    case SessionColumn::SessionId:
    case SessionColumn::PricingComponentId:
    case SessionColumn::SubscriptionId:
    case SessionColumn::OrganizationId:
    case SessionColumn::ChangedBy:
        return ColumnKind::Ordinal;
    default:
        return ColumnKind::Collated;
    }
}

const QString &stringOf(const SessionStore &store, int row, SessionColumn column)
{
    return store.text(row, column);
}

qint64 numberOf(const SessionStore &store, const AttentionRadar *radar, int row, SessionColumn column, qint64 now)
{
    switch (column) {
    case SessionColumn::Attention: { // furthest past its limit first when ascending, rows not flagged last
        if (!radar || !radar->needsAttention(row))
            return std::numeric_limits<qint64>::max();
        return -radar->attentionOf(row).pastLimitMs;
    }
    case SessionColumn::Start: return store.start(row);
    case SessionColumn::Created: return store.created(row);
    case SessionColumn::Sessionix: return store.sessionix(row);
    case SessionColumn::Stop: { // active sessions (no stop) last when ascending
        const qint64 stop = store.stop(row);
        return stop == BillForward::NoTimestamp ? std::numeric_limits<qint64>::max() : stop;
    }
    default: // Duration
        if (store.isActive(row)) {
            const qint64 start = store.start(row);
            return start == BillForward::NoTimestamp ? 0 : now - start;
        }
        return store.uduration(row);
    }
}

// Ranks of a string column whose values are mostly shared (units, pricing
// components, states…): each distinct string is found by its data pointer
// and compared once. Returns false when there are too many distinct
// strings for that to pay.
template<typename Less, typename Equal>
bool sharedStringRanks(const SessionStore &store, SessionColumn column, Less less, Equal equal,
                       std::vector<quint32> *ranks)
{
    const size_t n = size_t(store.size());
    const size_t limit = n / 8 + 1024;
    struct Slot { const QChar *data; qsizetype size; quint32 id; };
    const auto hashOf = [](const QChar *data, qsizetype size) {
        return size_t(((quintptr(data) >> 3) * 0x9E3779B97F4A7C15ull + quint64(size)) >> 20);
    };
    std::vector<Slot> table(2048, Slot{nullptr, -1, 0});
    std::vector<int> representative; // a row per distinct string buffer
    std::vector<quint32> idOfRow(n);
    const QChar *lastData = nullptr;
    qsizetype lastSize = -1;
    quint32 lastId = 0;
    for (size_t row = 0; row < n; ++row) {
        const QString &s = stringOf(store, int(row), column);
        if (s.constData() == lastData && s.size() == lastSize) {
            idOfRow[row] = lastId;
            continue;
        }
        size_t mask = table.size() - 1;
        size_t i = hashOf(s.constData(), s.size()) & mask;
        while (table[i].size >= 0 && !(table[i].data == s.constData() && table[i].size == s.size()))
            i = (i + 1) & mask;
        if (table[i].size < 0) {
            if (representative.size() >= limit)
                return false;
            table[i] = Slot{s.constData(), s.size(), quint32(representative.size())};
            representative.push_back(int(row));
            if (representative.size() * 2 > table.size()) {
                std::vector<Slot> old(table.size() * 2, Slot{nullptr, -1, 0});
                old.swap(table);
                mask = table.size() - 1;
                for (const Slot &slot : old) {
                    if (slot.size < 0)
                        continue;
                    size_t j = hashOf(slot.data, slot.size) & mask;
                    while (table[j].size >= 0)
                        j = (j + 1) & mask;
                    table[j] = slot;
                }
            }
            lastId = quint32(representative.size() - 1);
        } else {
            lastId = table[i].id;
        }
        idOfRow[row] = lastId;
        lastData = s.constData();
        lastSize = s.size();
    }
    std::vector<quint32> order(representative.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    const auto textOf = [&](quint32 id) -> const QString & {
        return stringOf(store, representative[id], column);
    };
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return less(textOf(a), textOf(b)); });
    std::vector<quint32> rankOfId(order.size());
    quint32 rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && !equal(textOf(order[i]), textOf(order[i - 1])))
            ++rank;
        rankOfId[order[i]] = rank;
    }
    ranks->resize(n);
    for (size_t row = 0; row < n; ++row)
        (*ranks)[row] = rankOfId[idOfRow[row]];
    return true;
}

} // namespace

SessionView::SessionView(const SessionStore &store)
    : m_store(store)
{
}

int SessionView::compareValues(SessionColumn column, int a, int b) const
{
    switch (kindOf(column)) {
    case ColumnKind::Number: {
        const qint64 va = numberOf(m_store, m_radar, a, column, m_sortNow);
        const qint64 vb = numberOf(m_store, m_radar, b, column, m_sortNow);
        return va < vb ? -1 : (vb < va ? 1 : 0);
    }
    case ColumnKind::Ordinal: {
        const int c = QString::compare(stringOf(m_store, a, column), stringOf(m_store, b, column), Qt::CaseSensitive);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ColumnKind::Collated: {
        const int c = m_collator.compare(stringOf(m_store, a, column), stringOf(m_store, b, column));
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    }
    return 0;
}

bool SessionView::lessThan(int a, int b) const
{
    for (const SortKey &key : m_sort) {
        const int c = compareValues(key.column, a, b);
        if (c != 0)
            return key.order == Qt::AscendingOrder ? c < 0 : c > 0;
    }
    return a < b;
}

// Whether every session `to` accepts (ignoring the state) is one `from`
// accepts: the same choices and dates, and each of from's terms kept or
// lengthened ("3f" typed on to "3fa"). Then only rows that passed need a look.
bool SessionView::narrows(const SessionFilter &from, const SessionFilter &to)
{
    if (from.uoms() != to.uoms() || from.pricingComponents() != to.pricingComponents()
        || from.startedFrom() != to.startedFrom() || from.startedTo() != to.startedTo()
        || from.period() != to.period())
        return false;
    for (const SessionFilter::Term &old : from.terms()) {
        if (old.field == SessionFilter::TermField::State || old.value.isEmpty())
            continue;
        if (old.field == SessionFilter::TermField::Duration || old.field == SessionFilter::TermField::Ended) {
            // Not text: ">8h" lengthened to ">8h30m" narrows, "<8h" to "<8h30m" widens.
            if (!to.terms().contains(old))
                return false;
            continue;
        }
        const QString oldFolded = old.value.toCaseFolded();
        const auto kept = std::find_if(to.terms().cbegin(), to.terms().cend(), [&](const SessionFilter::Term &term) {
            return term.field == old.field && SessionMatcher::containsFolded(term.value.toCaseFolded(), oldFolded);
        });
        if (kept == to.terms().cend())
            return false;
    }
    return true;
}

void SessionView::setFilter(const SessionFilter &filter)
{
    // Rows that failed at an older clock may pass now: all are looked at.
    const bool sameClock = !filter.dependsOnNow() || m_evaluatedNow == filterNow();
    const bool narrowing = m_flags.size() == size_t(m_store.size()) && sameClock && narrows(m_filter, filter);
    m_filter = filter;
    noteEvaluatedAt(filterNow());
    if (m_all.size() != size_t(m_store.size())) {
        rebuild(m_sortNow);
        return;
    }
    if (narrowing)
        evaluatePassing();
    else
        evaluate(0, m_store.size(), true);
    recount();
    collectRows();
}

void SessionView::setSort(const QList<SortKey> &keys)
{
    m_sort = keys;
    if (m_all.size() != size_t(m_store.size())) {
        rebuild(m_sortNow);
        return;
    }
    sortAll();
    collectRows();
}

qint64 SessionView::filterNow() const
{
    return m_sortNow != 0 ? m_sortNow : QDateTime::currentMSecsSinceEpoch();
}

std::vector<Period::Bounds> SessionView::relativeBounds(qint64 nowUtcMs) const
{
    std::vector<Period::Bounds> bounds;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowUtcMs);
    if (m_filter.period().isRelative())
        bounds.push_back(m_filter.period().resolve(now));
    for (const SessionFilter::Term &term : m_filter.terms()) {
        if (term.field != SessionFilter::TermField::Ended)
            continue;
        const std::optional<Period> period = TimeTerm::parseEnded(term.value);
        if (period && period->isRelative())
            bounds.push_back(period->resolve(now));
    }
    return bounds;
}

void SessionView::noteEvaluatedAt(qint64 nowUtcMs)
{
    m_evaluatedNow = nowUtcMs;
    m_evaluatedBounds = relativeBounds(nowUtcMs);
}

bool SessionView::settledByNow(qint64 nowUtcMs) const
{
    if (m_filter.period().kind() != Period::Kind::Range)
        return false;
    const QList<SessionFilter::Term> &terms = m_filter.terms();
    if (std::any_of(terms.cbegin(), terms.cend(), [](const SessionFilter::Term &term) { return TimeTerm::dependsOnNow(term); }))
        return false;
    const qint64 end = m_filter.period().resolve().toUtcMs;
    return end != std::numeric_limits<qint64>::max() && m_evaluatedNow >= end && nowUtcMs >= end;
}

bool SessionView::dueForNow(qint64 nowUtcMs) const
{
    if (!m_filter.dependsOnNow() || nowUtcMs == m_evaluatedNow || settledByNow(nowUtcMs))
        return false;
    if (relativeBounds(nowUtcMs) != m_evaluatedBounds)
        return true;
    return m_store.activeCount() > 0
        && (m_store.activeCount() <= FewActiveRows || nowUtcMs < m_evaluatedNow
            || nowUtcMs - m_evaluatedNow >= NowRecheckMs);
}

const std::vector<int> &SessionView::activeRows()
{
    // Still right when every row kept is in the store, active, and there
    // are as many as the store counts (merges and removals change them).
    const int size = m_store.size();
    const bool same = m_activeRows.size() == size_t(m_store.activeCount())
        && std::all_of(m_activeRows.cbegin(), m_activeRows.cend(),
                       [&](int row) { return row < size && m_store.isActive(row); });
    if (!same) {
        m_activeRows.clear();
        for (int row = 0; row < size; ++row) {
            if (m_store.isActive(row))
                m_activeRows.push_back(row);
        }
    }
    return m_activeRows;
}

bool SessionView::followNow(qint64 nowUtcMs, const std::function<void()> &aboutToChange)
{
    const bool due = dueForNow(nowUtcMs);
    const bool calendarMoved = due && relativeBounds(nowUtcMs) != m_evaluatedBounds;
    m_sortNow = nowUtcMs;
    if (!due)
        return false;
    noteEvaluatedAt(nowUtcMs);
    const auto announce = [&] {
        if (aboutToChange)
            aboutToChange();
    };
    if (m_flags.size() != size_t(m_store.size()) || m_all.size() != size_t(m_store.size())) {
        announce();
        rebuild(m_sortNow);
        return true;
    }
    constexpr quint8 Verdict = Passes | PassesIgnoringState;
    bool changed = false;
    if (calendarMoved) {
        // Once a day or month: every row again (performance.md).
        const std::vector<quint8> before = m_flags;
        evaluate(0, m_store.size(), true);
        for (size_t row = 0; row < m_flags.size() && !changed; ++row)
            changed = (before[row] ^ m_flags[row]) & Verdict;
    } else {
        // Only an active session's answer moves with the clock (its
        // duration, its overlap with the period); a historic one's stays.
        SessionMatcher matcher(m_filter, nowUtcMs);
        for (int row : activeRows()) {
            quint8 &flags = m_flags[size_t(row)];
            const quint8 now = flagsOf(matcher, row, true);
            changed = changed || ((now ^ flags) & Verdict);
            flags = now;
        }
    }
    if (changed) {
        announce();
        recount();
        collectRows();
    }
    return changed;
}

void SessionView::rebuild(qint64 nowUtcMs)
{
    m_sortNow = nowUtcMs;
    noteEvaluatedAt(filterNow());
    m_idCopy.clear();
    m_flags.assign(size_t(m_store.size()), 0);
    evaluate(0, m_store.size(), false);
    recount();
    sortAll();
    collectRows();
}

void SessionView::update(const SessionStore::MergeResult &merged)
{
    const size_t n = size_t(m_store.size());
    if (m_all.size() + size_t(merged.inserted.size()) != n) { // not in step: start over
        rebuild(m_sortNow);
        return;
    }
    for (int row : merged.inserted)
        m_idCopy.append(m_store.sessionId(row)); // once built
    if (n > m_flags.size())
        m_flagsGrowth.reserve(m_flags, n - m_flags.size());
    m_flags.resize(n, 0);
    std::vector<int> batch;
    batch.reserve(size_t(merged.inserted.size() + merged.changed.size()));
    for (int row : merged.changed)
        batch.push_back(row);
    for (int row : merged.inserted)
        batch.push_back(row);
    if (batch.empty())
        return;
    // The counts follow the batch's rows (new rows start at 0) rather than
    // a recount over every row after each slice of a load.
    const auto count = [this](quint8 flags, int sign) {
        if (!(flags & PassesIgnoringState))
            return;
        m_counts.all += sign;
        if (flags & Active)
            m_counts.active += sign;
        else if (flags & Historic)
            m_counts.historic += sign;
        if (flags & NeedsAttention)
            m_counts.needsAttention += sign;
    };
    {
        SessionMatcher matcher(m_filter, filterNow());
        for (int row : batch) {
            count(m_flags[size_t(row)], -1);
            m_flags[size_t(row)] = flagsOf(matcher, row, false);
            count(m_flags[size_t(row)], 1);
        }
    }

    m_allGrowth.reserve(m_all, batch.size());
    if (m_sort.isEmpty()) { // arrival order: new rows go last, changed ones stay
        for (int row : merged.inserted)
            m_all.push_back(row);
        if (merged.changed.isEmpty()) { // a load: the passing new rows go last too
            appendPassing(merged.inserted);
            return;
        }
    } else if (batch.size() > n / 4) {
        sortAll();
    } else {
        const auto less = [this](int a, int b) { return lessThan(a, b); };
        std::sort(batch.begin(), batch.end(), less);
        if (!merged.changed.isEmpty()) {
            // Changed rows move: out of both lists, back in with the new ones.
            std::vector<bool> moving(n, false);
            for (int row : merged.changed)
                moving[size_t(row)] = true;
            const auto isMoving = [&](int row) { return moving[size_t(row)]; };
            m_all.erase(std::remove_if(m_all.begin(), m_all.end(), isMoving), m_all.end());
            if (!m_unfiltered)
                m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), isMoving), m_rows.end());
        }
        mergeSorted(batch, &m_all);
        if (!m_unfiltered) {
            std::vector<int> passing;
            for (int row : batch) {
                if (m_flags[size_t(row)] & Passes)
                    passing.push_back(row);
            }
            m_rowsGrowth.reserve(m_rows, passing.size());
            mergeSorted(passing, &m_rows);
        }
        return;
    }
    collectRows();
}

void SessionView::appendPassing(const QList<int> &rows)
{
    if (m_unfiltered)
        return;
    m_rowsGrowth.reserve(m_rows, size_t(rows.size()));
    for (int row : rows) {
        if (m_flags[size_t(row)] & Passes)
            m_rows.push_back(row);
    }
}

void SessionView::mergeSorted(const std::vector<int> &batch, std::vector<int> *into) const
{
    // Merged in place from the back (a load merges a slice into a million
    // rows several hundred times: no new vector each time). Batches mostly
    // land in one place (arrivals ordered by creation: all at the top or
    // the end), so gallop back from the last insertion point before a
    // binary search: a couple of comparisons a row where a search over a
    // million rows costs twenty cache misses.
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::vector<int> &rows = *into;
    const auto gallopBack = [&](std::vector<int>::iterator high, int row) {
        size_t step = 1;
        while (size_t(high - rows.begin()) > step && less(row, *(high - qsizetype(step)))) {
            high -= qsizetype(step);
            step *= 2;
        }
        const auto low = size_t(high - rows.begin()) > step ? high - qsizetype(step) : rows.begin();
        return std::upper_bound(low, high, row, less);
    };
    const size_t oldSize = rows.size();
    rows.resize(oldSize + batch.size());
    auto end = rows.begin() + qsizetype(oldSize); // old rows not yet moved: [begin, end)
    auto out = rows.end();                        // filled from the back
    for (auto row = batch.crbegin(); row != batch.crend(); ++row) {
        const auto to = gallopBack(end, *row);
        out = std::move_backward(to, end, out);
        *--out = *row;
        end = to;
    }
}

void SessionView::remap(const std::vector<int> &newRowOfOldRow)
{
    m_idCopy.clear();
    std::vector<int> all;
    all.reserve(m_all.size());
    for (int row : m_all) {
        const int newRow = newRowOfOldRow[size_t(row)];
        if (newRow >= 0)
            all.push_back(newRow);
    }
    m_all.swap(all);
    std::vector<quint8> flags(size_t(m_store.size()), 0);
    for (size_t row = 0; row < newRowOfOldRow.size() && row < m_flags.size(); ++row) {
        if (newRowOfOldRow[row] >= 0)
            flags[size_t(newRowOfOldRow[row])] = m_flags[row];
    }
    m_flags.swap(flags);
    if (m_all.size() != size_t(m_store.size())) {
        rebuild(m_sortNow);
        return;
    }
    recount();
    collectRows();
}

void SessionView::updateAttention(const QList<int> &storeRows, bool allRows)
{
    if (m_flags.size() != size_t(m_store.size())) {
        rebuild(m_sortNow);
        return;
    }
    if (allRows) {
        evaluate(0, m_store.size(), true);
    } else {
        if (storeRows.isEmpty())
            return;
        // A few rows: their flags again, the rest keep theirs.
        SessionMatcher matcher(m_filter, filterNow());
        for (const int row : storeRows) {
            if (row >= 0 && size_t(row) < m_flags.size())
                m_flags[size_t(row)] = flagsOf(matcher, row, true);
        }
    }
    recount();
    // Sorted by the radar's verdict: the order follows it (a clock tick
    // that changes no verdict moves no row, as with active durations).
    const bool sortedByAttention = std::any_of(m_sort.cbegin(), m_sort.cend(), [](const SortKey &key) {
        return key.column == SessionColumn::Attention;
    });
    if (sortedByAttention)
        sortAll();
    if (sortedByAttention || m_filter.state() == SessionFilter::StateChoice::NeedsAttention)
        collectRows();
}

int SessionView::viewRowOf(int storeRow) const
{
    const std::vector<int> &shown = rows();
    const auto it = std::find(shown.cbegin(), shown.cend(), storeRow);
    return it == shown.cend() ? -1 : int(it - shown.cbegin());
}

quint8 SessionView::flagsOf(SessionMatcher &matcher, int row, bool stateKnown) const
{
    quint8 flags = 0;
    BillForward::SessionState kind = BillForward::SessionState::Other;
    if (stateKnown) { // rows keep their state bits between merges
        flags = m_flags[size_t(row)] & (Active | Historic);
        kind = (flags & Active) ? BillForward::SessionState::Active
            : (flags & Historic) ? BillForward::SessionState::Historic : BillForward::SessionState::Other;
    } else {
        kind = m_store.stateKind(row);
        if (kind == BillForward::SessionState::Active)
            flags = Active;
        else if (kind == BillForward::SessionState::Historic)
            flags = Historic;
    }
    if (m_radar && (flags & Active) && m_radar->needsAttention(row))
        flags |= NeedsAttention;
    if (!matcher.restrictsIgnoringState() || matcher.acceptsIgnoringState(m_store, row)) {
        flags |= PassesIgnoringState;
        // The matcher takes NeedsAttention for Active; the radar's verdict is here.
        if (matcher.acceptsState(kind, m_store, row)
            && (m_filter.state() != SessionFilter::StateChoice::NeedsAttention || (flags & NeedsAttention)))
            flags |= Passes;
    }
    return flags;
}

void SessionView::evaluate(int firstRow, int endRow, bool stateKnown)
{
    m_flags.resize(size_t(m_store.size()), 0);
    // Text that may be in session IDs: scan the compact copy of them
    // rather than every session's own string.
    const bool scanIds = endRow - firstRow > 1000 && SessionMatcher(m_filter).scansSessionIds();
    if (scanIds && !m_idCopy.holds(m_store.size()))
        m_idCopy.build(m_store.size(), [this](int row) -> const QString & { return m_store.sessionId(row); });
    const qint64 now = filterNow(); // one clock for both halves
    WorkThreads::splitInTwo(firstRow, endRow, [this, stateKnown, scanIds, now](int, int begin, int end) {
        SessionMatcher matcher(m_filter, now);
        if (scanIds)
            matcher.scanIdsOf(m_idCopy, begin, end);
        constexpr int Ahead = 16;
        for (int row = begin; row < end; ++row) {
            if (row + Ahead < end)
                matcher.prefetch(m_store, row + Ahead);
            m_flags[size_t(row)] = flagsOf(matcher, row, stateKnown);
        }
    });
}

void SessionView::evaluatePassing()
{
    std::vector<int> candidates;
    for (size_t row = 0; row < m_flags.size(); ++row) {
        if (m_flags[row] & PassesIgnoringState)
            candidates.push_back(int(row));
    }
    if (candidates.size() > m_flags.size() / 8) { // a full scan is as quick
        evaluate(0, m_store.size(), true);
        return;
    }
    SessionMatcher matcher(m_filter, filterNow());
    for (int row : candidates)
        m_flags[size_t(row)] = flagsOf(matcher, row, true);
}

void SessionView::recount()
{
    StateCounts counts;
    for (quint8 flags : m_flags) {
        if (!(flags & PassesIgnoringState))
            continue;
        ++counts.all;
        if (flags & Active)
            ++counts.active;
        else if (flags & Historic)
            ++counts.historic;
        if (flags & NeedsAttention)
            ++counts.needsAttention;
    }
    m_counts = counts;
}

void SessionView::collectRows()
{
    m_rows.clear();
    m_unfiltered = m_filter.isEmpty();
    if (m_unfiltered) {
        m_rows.shrink_to_fit();
        return;
    }
    for (int row : m_all) {
        if (m_flags[size_t(row)] & Passes)
            m_rows.push_back(row);
    }
    m_rows.shrink_to_fit();
}

void SessionView::sortAll()
{
    const size_t n = size_t(m_store.size());
    // Sorted by one column of unique texts (session IDs): their order is
    // the answer, without ranks and another radix sort of them.
    if (m_sort.size() == 1) {
        TextRanks::Order order;
        if (uniqueTextOrder(m_sort.front().column, &order)) {
            m_all.resize(n);
            placeInOrder(order, m_sort.front().order, &m_all);
            return;
        }
    }
    // Made after the first key's, which may take much scratch memory of
    // its own: theirs is then free for these.
    std::vector<RadixItem> items;
    std::vector<RadixItem> buffer;
    std::vector<quint64> keys;
    // Least significant key first; each radix sort is stable, and rows
    // start in store order, so ties end up by row.
    for (auto key = m_sort.crbegin(); key != m_sort.crend(); ++key) {
        columnKeys(key->column, key->order, &keys);
        if (items.empty()) {
            items.resize(n);
            for (size_t row = 0; row < n; ++row)
                items[row] = RadixItem{keys[row], int(row)};
        } else {
            for (RadixItem &item : items)
                item.key = keys[size_t(item.row)];
        }
        radixSort(items.data(), n, buffer);
    }
    m_all.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_all[i] = items.empty() ? int(i) : items[i].row; // no keys: store order
}

bool SessionView::uniqueTextOrder(SessionColumn column, TextRanks::Order *order) const
{
    // Session IDs are unique but for a lineage's cuts; any other text
    // column is known unique only by trying to rank it as shared strings.
    if (column != SessionColumn::SessionId)
        return false;
    const auto textOf = [this, column](int row) -> QStringView { return stringOf(m_store, row, column); };
    *order = TextRanks::ordinalOrder(m_store.size(), textOf);
    return true;
}

void SessionView::placeInOrder(const TextRanks::Order &order, Qt::SortOrder direction, std::vector<int> *rows)
{
    if (direction == Qt::AscendingOrder) {
        std::copy(order.rows.cbegin(), order.rows.cend(), rows->begin());
        return;
    }
    // Groups of equal texts last to first, each keeping its rows in order.
    auto out = rows->begin();
    size_t end = order.rows.size();
    while (end > 0) {
        size_t begin = end - 1;
        while (begin > 0 && !order.startsGroup[begin])
            --begin;
        out = std::copy(order.rows.cbegin() + qsizetype(begin), order.rows.cbegin() + qsizetype(end), out);
        end = begin;
    }
}

void SessionView::columnKeys(SessionColumn column, Qt::SortOrder order, std::vector<quint64> *keys) const
{
    // Keys are unsigned, small (offsets from the least value, or ranks)
    // and ascend in the wanted order, so the radix sort has few bytes to do.
    const size_t n = size_t(m_store.size());
    std::vector<quint64> &k = *keys;
    quint64 largest = 0;
    switch (kindOf(column)) {
    case ColumnKind::Number: {
        k.resize(n);
        constexpr qint64 Lowest = std::numeric_limits<qint64>::min();  // no start, created
        constexpr qint64 Highest = std::numeric_limits<qint64>::max(); // no stop: active
        qint64 least = Highest, most = Lowest;
        for (size_t row = 0; row < n; ++row) {
            const qint64 v = numberOf(m_store, m_radar, int(row), column, m_sortNow);
            k[row] = quint64(v);
            if (v != Lowest && v != Highest) {
                least = qMin(least, v);
                most = qMax(most, v);
            }
        }
        if (least > most)
            least = most = 0;
        largest = quint64(most - least) + 2;
        for (quint64 &v : k) {
            const auto value = qint64(v);
            v = value == Lowest ? 0 : value == Highest ? largest : quint64(value - least) + 1;
        }
        break;
    }
    case ColumnKind::Ordinal:
    case ColumnKind::Collated: {
        std::vector<quint32> ranks;
        const bool ordinal = kindOf(column) == ColumnKind::Ordinal;
        const auto less = [this, ordinal](const QString &a, const QString &b) {
            return ordinal ? QString::compare(a, b, Qt::CaseSensitive) < 0 : m_collator.compare(a, b) < 0;
        };
        const auto equal = [this, ordinal](const QString &a, const QString &b) {
            return ordinal ? a == b : m_collator.compare(a, b) == 0;
        };
        TextRanks::Order textOrder;
        if (uniqueTextOrder(column, &textOrder)) {
            ranks = TextRanks::ranks(textOrder, int(n));
        } else if (!sharedStringRanks(m_store, column, less, equal, &ranks)) {
            // Unique text (descriptions): ranked by radix sort.
            const auto textOf = [this, column](int row) -> QStringView { return stringOf(m_store, row, column); };
            ranks = ordinal ? TextRanks::ordinal(int(n), textOf) : TextRanks::collated(int(n), textOf, m_collator);
        }
        textOrder = TextRanks::Order(); // freed before the keys are made
        k.resize(n);
        for (size_t row = 0; row < n; ++row) {
            k[row] = ranks[row];
            largest = qMax(largest, k[row]);
        }
        break;
    }
    }
    if (order == Qt::DescendingOrder) {
        for (quint64 &v : k)
            v = largest - v;
    }
}
