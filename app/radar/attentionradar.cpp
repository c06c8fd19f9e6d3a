#include "radar/attentionradar.h"

#include <algorithm>
#include <limits>

namespace {

// An ended part of a run: the part after it starts at its stop, with the next sessionix.
struct PartKey
{
    SessionAddress address;
    qint32 sessionix;
    qint64 stop;
    friend bool operator==(const PartKey &a, const PartKey &b)
    {
        return a.sessionix == b.sessionix && a.stop == b.stop && a.address == b.address;
    }
    friend size_t qHash(const PartKey &key, size_t seed) { return qHashMulti(seed, key.address, key.sessionix, key.stop); }
};

} // namespace

AttentionRadar::AttentionRadar(const SessionStore &store)
    : m_store(store)
{
}

void AttentionRadar::setLimits(const AttentionLimits &limits)
{
    m_limits = limits;
    m_limitCache.clear();
    m_stale = true;
}

void AttentionRadar::clear()
{
    m_active.clear();
    m_unresolvedRuns.clear();
    m_runStarts.clear();
    m_samples.clear();
    m_limitCache.clear(); // shared string IDs start over with the store
    m_needsRebuild = false;
    m_runStartsStale = false;
    m_stale = true;
}

quint32 AttentionRadar::componentOf(int row) const
{
    const quint32 id = m_store.sharedId(row, CompactSession::PricingComponentId);
    return m_store.sharedText(id).isEmpty() ? m_store.sharedId(row, CompactSession::PricingComponentName) : id;
}

void AttentionRadar::addEnded(int row)
{
    if (m_store.stateKind(row) != BillForward::SessionState::Historic)
        return;
    Sample &sample = m_samples[componentOf(row)];
    const qint64 seconds = qBound<qint64>(0, m_store.uduration(row) / 1000, std::numeric_limits<quint32>::max());
    sample.durations.push_back(quint32(seconds));
    sample.dirty = true;
}

void AttentionRadar::addActive(int row)
{
    m_active.insert(row);
    m_runStarts.remove(row);
    if (m_store.sessionix(row) > 0) {
        m_unresolvedRuns.insert(row);
        m_runStartsStale = true;
    }
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
        const bool wasActive = m_active.contains(row);
        if (!wasActive) { // an ended row changed: its old duration is in a sample somewhere
            m_needsRebuild = true;
            return;
        }
        if (m_store.isActive(row)) {
            m_unresolvedRuns.remove(row);
            addActive(row); // its start may have moved
            continue;
        }
        m_active.remove(row);
        m_unresolvedRuns.remove(row);
        m_runStarts.remove(row);
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

// All running parts after a cut at once: one pass over the store's kept
// hashes finds every row of their addresses, then each walks back through
// a hash of those rows by (sessionix, stop): linear in the rows found.
void AttentionRadar::resolveRunStarts()
{
    m_runStartsStale = false;
    if (m_unresolvedRuns.isEmpty())
        return;
    QList<SessionAddress> addresses;
    addresses.reserve(m_unresolvedRuns.size());
    for (const int row : std::as_const(m_unresolvedRuns))
        addresses.append(m_store.addressOf(row));
    const QList<int> related = m_store.rowsOf(addresses);
    QHash<PartKey, int> partEndingAt;
    for (const int row : related) {
        if (m_store.stop(row) != BillForward::NoTimestamp)
            partEndingAt.insert({m_store.addressOf(row), m_store.sessionix(row), m_store.stop(row)}, row);
    }
    for (auto it = m_unresolvedRuns.begin(); it != m_unresolvedRuns.end();) {
        const int row = *it;
        const SessionAddress address = m_store.addressOf(row);
        qint64 runStart = m_store.start(row);
        qint32 ix = m_store.sessionix(row);
        while (ix > 0) {
            const int before = partEndingAt.value({address, ix - 1, runStart}, -1);
            if (before < 0)
                break; // not loaded (yet, or an active-only list): the run starts at what is known
            runStart = m_store.start(before);
            ix = m_store.sessionix(before);
        }
        if (runStart != m_store.start(row))
            m_runStarts.insert(row, runStart);
        it = ix == 0 ? m_unresolvedRuns.erase(it) : std::next(it);
    }
}

const AttentionRadar::Limit &AttentionRadar::limitOf(int row)
{
    const LimitKey key{m_store.sharedId(row, CompactSession::PricingComponentName),
                       m_store.sharedId(row, CompactSession::PricingComponentId),
                       m_store.sharedId(row, CompactSession::Uom)};
    auto it = m_limitCache.find(key);
    if (it == m_limitCache.end()) {
        Limit limit;
        limit.ms = m_limits.limitFor(m_store.sharedText(key.name), m_store.sharedText(key.id),
                                     m_store.sharedText(key.unit), &limit.appliesTo);
        it = m_limitCache.insert(key, limit);
    }
    return *it;
}

Attention AttentionRadar::judge(int row, qint64 nowUtcMs)
{
    Attention attention;
    const qint64 start = m_store.start(row);
    if (start == BillForward::NoTimestamp)
        return attention;
    const qint64 runStart = m_runStarts.value(row, start);
    attention.runStartUtcMs = runStart;
    if (start - nowUtcMs > m_clockToleranceMs) {
        attention.reason = Attention::Reason::FutureStart;
        attention.pastLimitMs = start - nowUtcMs;
        return attention;
    }
    const qint64 runTime = qMax<qint64>(0, nowUtcMs - runStart);
    const Limit &limit = limitOf(row);
    if (runTime > limit.ms) {
        attention.reason = Attention::Reason::OverLimit;
        attention.limitMs = limit.ms;
        attention.pastLimitMs = runTime - limit.ms;
        attention.limitName = limit.appliesTo;
        return attention;
    }
    const auto sample = m_samples.find(componentOf(row));
    if (sample == m_samples.end())
        return attention;
    if (sample->dirty)
        takePercentile(*sample);
    if (sample->durations.size() >= size_t(MinimumSample) && runTime > sample->percentile99) {
        attention.reason = Attention::Reason::OverPercentile;
        attention.limitMs = sample->percentile99;
        attention.pastLimitMs = runTime - sample->percentile99;
        attention.sampleSize = int(sample->durations.size());
        const QString &name = m_store.pricingComponentName(row);
        attention.componentName = name.isEmpty() ? m_store.pricingComponentId(row) : name;
    }
    return attention;
}

AttentionRadar::Changes AttentionRadar::evaluate(qint64 nowUtcMs)
{
    Changes changes;
    if (m_needsRebuild) {
        rebuild();
        changes.allRows = true;
    }
    if (m_runStartsStale)
        resolveRunStarts();
    QHash<int, Attention> flagged;
    for (const int row : std::as_const(m_active)) {
        Attention attention = judge(row, nowUtcMs);
        if (attention.needsAttention())
            flagged.insert(row, std::move(attention));
    }
    if (!changes.allRows) {
        for (auto it = flagged.cbegin(); it != flagged.cend(); ++it) {
            const auto old = m_flagged.constFind(it.key());
            if (old == m_flagged.cend() || old->reason != it->reason)
                changes.rows.append(it.key());
        }
        for (auto it = m_flagged.cbegin(); it != m_flagged.cend(); ++it) {
            if (!flagged.contains(it.key()))
                changes.rows.append(it.key());
        }
    }
    changes.any = changes.allRows || !changes.rows.isEmpty();
    m_flagged.swap(flagged);
    m_evaluatedAt = nowUtcMs;
    m_stale = false;
    return changes;
}
