#include "radar/attentionradar.h"

#include <algorithm>
#include <limits>

AttentionRadar::AttentionRadar(const SessionStore &store)
    : m_store(store)
{
}

void AttentionRadar::setLimits(const AttentionLimits &limits)
{
    m_limits = limits;
    m_limitCache.clear();
    m_limitList.clear();
    for (Running &running : m_running)
        running.limit = limitIndexOf(running.row);
    m_stale = true;
}

void AttentionRadar::clear()
{
    if (m_flaggedCount > 0)
        m_renumbered = true;
    m_flaggedCount = 0;
    m_running.clear();
    m_runningIndex.clear();
    m_unresolvedRuns.clear();
    m_samples.clear();
    m_limitCache.clear(); // shared string IDs start over with the store
    m_limitList.clear();
    m_leftSinceEvaluation.clear();
    m_needsRebuild = false;
    m_runStartsStale = false;
    m_stale = true;
}

quint32 AttentionRadar::componentOf(int row) const
{
    const quint32 id = m_store.sharedId(row, CompactSession::PricingComponentId);
    return m_store.sharedText(id).isEmpty() ? m_store.sharedId(row, CompactSession::PricingComponentName) : id;
}

int AttentionRadar::limitIndexOf(int row)
{
    const LimitKey key{m_store.sharedId(row, CompactSession::PricingComponentName),
                       m_store.sharedId(row, CompactSession::PricingComponentId),
                       m_store.sharedId(row, CompactSession::Uom)};
    const auto known = m_limitCache.constFind(key);
    if (known != m_limitCache.cend())
        return *known;
    Limit limit;
    limit.ms = m_limits.limitFor(m_store.sharedText(key.name), m_store.sharedText(key.id),
                                 m_store.sharedText(key.unit), &limit.appliesTo);
    m_limitList.push_back(limit);
    const int index = int(m_limitList.size() - 1);
    m_limitCache.insert(key, index);
    return index;
}

void AttentionRadar::addEnded(int row)
{
    if (m_store.stateKind(row) != BillForward::SessionState::Historic)
        return;
    const quint32 component = componentOf(row);
    if (component >= m_samples.size())
        m_samples.resize(size_t(m_store.sharedTextCount()));
    Sample &sample = m_samples[component];
    const qint64 seconds = qBound<qint64>(0, m_store.uduration(row) / 1000, std::numeric_limits<quint32>::max());
    sample.durations.push_back(quint32(seconds));
    sample.dirty = true;
}

// A new active row, or one that changed (its verdict stays until judged again).
void AttentionRadar::addActive(int row)
{
    const auto known = m_runningIndex.constFind(row);
    Running *running = nullptr;
    if (known != m_runningIndex.cend()) {
        running = &m_running[size_t(*known)];
    } else {
        m_runningIndex.insert(row, int(m_running.size()));
        m_running.push_back(Running{row, 0, 0, 0, 0, 0});
        running = &m_running.back();
    }
    running->start = m_store.start(row);
    running->runStart = running->start;
    running->runSessionix = m_store.sessionix(row);
    running->component = componentOf(row);
    running->limit = limitIndexOf(row);
    if (m_store.sessionix(row) > 0) {
        m_unresolvedRuns.insert(row);
        m_runStartsStale = true;
    } else {
        m_unresolvedRuns.remove(row);
    }
}

void AttentionRadar::removeActive(int row)
{
    const auto known = m_runningIndex.find(row);
    if (known == m_runningIndex.end())
        return;
    const size_t index = size_t(*known);
    m_runningIndex.erase(known);
    if (m_running[index].reason != Attention::Reason::None) {
        --m_flaggedCount;
        m_leftSinceEvaluation.append(row);
    }
    if (index + 1 != m_running.size()) { // the last one takes its place
        m_running[index] = m_running.back();
        m_runningIndex[m_running[index].row] = int(index);
    }
    m_running.pop_back();
    m_unresolvedRuns.remove(row);
}

void AttentionRadar::noteMerged(const SessionStore::MergeResult &merged)
{
    m_stale = true;
    if (m_needsRebuild)
        return;
    for (const int row : merged.inserted) {
        if (m_store.isActive(row)) {
            addActive(row);
        } else {
            addEnded(row);
            if (!m_unresolvedRuns.isEmpty())
                m_runStartsStale = true; // it may be an earlier part of a running one
        }
    }
    for (const int row : merged.changed) {
        if (!m_runningIndex.contains(row)) { // an ended row changed: its old duration is in a sample somewhere
            m_needsRebuild = true;
            return;
        }
        if (m_store.isActive(row)) {
            addActive(row); // its start may have moved
            continue;
        }
        removeActive(row);
        addEnded(row);
        if (!m_unresolvedRuns.isEmpty())
            m_runStartsStale = true;
    }
}

void AttentionRadar::noteRemoved()
{
    m_needsRebuild = true;
    m_stale = true;
}

void AttentionRadar::rebuild()
{
    clear();
    for (int row = 0, n = m_store.size(); row < n; ++row) {
        if (m_store.isActive(row))
            addActive(row);
        else
            addEnded(row);
    }
}

// Taken when an active row of the component is judged, so components
// (and loads) without running sessions never pay for it.
void AttentionRadar::takePercentile(Sample &sample)
{
    sample.dirty = false;
    const size_t n = sample.durations.size();
    if (n < size_t(MinimumSample))
        return;
    // Nearest rank: the smallest duration at least 99 % of the sample is
    // no longer than. "Longer than 99 %" is longer than that.
    const size_t rank = (n * 99 + 99) / 100 - 1;
    std::nth_element(sample.durations.begin(), sample.durations.begin() + qsizetype(rank), sample.durations.end());
    sample.percentile99 = qint64(sample.durations[rank]) * 1000;
}

// The running parts after a cut whose first part is not known yet, all
// at once, one part back per pass: a pass reads each row's stop and looks
// at a row further only when a bit table of the starts looked for says
// its stop may be one (a million rows: a few ms, no string read).
void AttentionRadar::resolveRunStarts()
{
    m_runStartsStale = false;
    if (m_unresolvedRuns.isEmpty())
        return;
    struct Walk { int row; qint64 start; qint32 sessionix; };
    std::vector<Walk> walks;
    walks.reserve(size_t(m_unresolvedRuns.size()));
    for (const int row : std::as_const(m_unresolvedRuns)) { // from where an earlier evaluation got to
        const Running &running = m_running[size_t(m_runningIndex.value(row))];
        walks.push_back({row, running.runStart, running.runSessionix});
    }
    constexpr int TableBits = 20;
    const auto slotOf = [](qint64 time) { return size_t((quint64(time) * 0x9E3779B97F4A7C15ull) >> (64 - TableBits)); };
    bool found = false;
    for (int pass = 0; pass < MaxPartsBackPerEvaluation; ++pass) {
        std::vector<bool> mayBe(size_t(1) << TableBits);
        QMultiHash<qint64, size_t> walksStartingAt; // index into walks
        for (size_t i = 0; i < walks.size(); ++i) {
            if (walks[i].sessionix == 0)
                continue;
            mayBe[slotOf(walks[i].start)] = true;
            walksStartingAt.insert(walks[i].start, i);
        }
        found = false;
        if (walksStartingAt.isEmpty())
            break;
        for (int row = 0, n = m_store.size(); row < n; ++row) {
            const qint64 stop = m_store.stop(row);
            if (stop == BillForward::NoTimestamp || !mayBe[slotOf(stop)])
                continue;
            for (auto it = walksStartingAt.constFind(stop); it != walksStartingAt.cend() && it.key() == stop; ++it) {
                Walk &walk = walks[*it];
                const int part = walk.row;
                if (m_store.sessionix(row) != walk.sessionix - 1
                    || m_store.sharedId(row, CompactSession::SubscriptionId) != m_store.sharedId(part, CompactSession::SubscriptionId)
                    || m_store.sharedId(row, CompactSession::Uom) != m_store.sharedId(part, CompactSession::Uom)
                    || m_store.sessionId(row) != m_store.sessionId(part))
                    continue;
                walk.start = m_store.start(row);
                walk.sessionix = m_store.sessionix(row);
                found = true;
            }
        }
        if (!found)
            break;
    }
    for (const Walk &walk : walks) {
        Running &running = m_running[size_t(m_runningIndex.value(walk.row))];
        running.runStart = walk.start;
        running.runSessionix = walk.sessionix;
        if (walk.sessionix == 0)
            m_unresolvedRuns.remove(walk.row);
    }
    // The last pass still found parts: the next evaluation goes on back.
    m_runStartsStale = found;
}

void AttentionRadar::judge(Running &running, qint64 nowUtcMs)
{
    running.reason = Attention::Reason::None;
    running.limitMs = running.pastLimitMs = 0;
    running.sampleSize = 0;
    if (running.start == BillForward::NoTimestamp)
        return;
    if (running.start - nowUtcMs > m_clockToleranceMs) {
        running.reason = Attention::Reason::FutureStart;
        running.pastLimitMs = running.start - nowUtcMs;
        return;
    }
    const qint64 runTime = qMax<qint64>(0, nowUtcMs - running.runStart);
    const qint64 limit = m_limitList[size_t(running.limit)].ms;
    if (runTime > limit) {
        running.reason = Attention::Reason::OverLimit;
        running.limitMs = limit;
        running.pastLimitMs = runTime - limit;
        return;
    }
    if (running.component >= m_samples.size())
        return;
    Sample *sample = &m_samples[running.component];
    if (sample->dirty)
        takePercentile(*sample);
    if (sample->durations.size() >= size_t(MinimumSample) && runTime > sample->percentile99) {
        running.reason = Attention::Reason::OverPercentile;
        running.limitMs = sample->percentile99;
        running.pastLimitMs = runTime - sample->percentile99;
        running.sampleSize = int(sample->durations.size());
    }
}

AttentionRadar::Changes AttentionRadar::evaluate(qint64 nowUtcMs)
{
    Changes changes;
    if (m_needsRebuild) {
        rebuild();
        changes.allRows = true;
    }
    if (m_renumbered) {
        m_renumbered = false;
        changes.allRows = true;
    }
    if (m_runStartsStale)
        resolveRunStarts();
    int flagged = 0;
    for (Running &running : m_running) {
        const Attention::Reason before = running.reason;
        judge(running, nowUtcMs);
        if (running.reason != Attention::Reason::None)
            ++flagged;
        if (running.reason != before && !changes.allRows)
            changes.rows.append(running.row);
    }
    if (!changes.allRows)
        changes.rows += m_leftSinceEvaluation;
    m_leftSinceEvaluation.clear();
    m_flaggedCount = flagged;
    changes.any = changes.allRows || !changes.rows.isEmpty();
    m_evaluatedAt = nowUtcMs;
    m_stale = false;
    return changes;
}

Attention AttentionRadar::attentionOf(int row) const
{
    Attention attention;
    const auto known = m_runningIndex.constFind(row);
    if (known == m_runningIndex.cend())
        return attention;
    const Running &running = m_running[size_t(*known)];
    if (running.reason == Attention::Reason::None)
        return attention;
    attention.reason = running.reason;
    attention.runStartUtcMs = running.runStart;
    attention.limitMs = running.limitMs;
    attention.pastLimitMs = running.pastLimitMs;
    attention.sampleSize = running.sampleSize;
    if (running.reason == Attention::Reason::OverLimit) {
        attention.limitName = m_limitList[size_t(running.limit)].appliesTo;
    } else if (running.reason == Attention::Reason::OverPercentile) {
        const QString &name = m_store.pricingComponentName(row);
        attention.componentName = name.isEmpty() ? m_store.pricingComponentId(row) : name;
    }
    return attention;
}

QList<int> AttentionRadar::flaggedRows() const
{
    QList<int> rows;
    rows.reserve(m_flaggedCount);
    for (const Running &running : m_running) {
        if (running.reason != Attention::Reason::None)
            rows.append(running.row);
    }
    return rows;
}
