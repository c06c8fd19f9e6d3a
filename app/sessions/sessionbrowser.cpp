#include "sessions/sessionbrowser.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <utility>

SessionBrowser::SessionBrowser(QObject *parent)
    : QObject(parent)
    , m_view(std::make_unique<SessionView>(m_store))
    , m_model(new SessionTableModel(m_store, *m_view, m_pager, this))
{
    m_highlightTimer.setSingleShot(true);
    m_highlightTimer.setInterval(HighlightMs);
    connect(&m_highlightTimer, &QTimer::timeout, m_model, [this] { m_model->setRecentlyChanged({}); });
    m_view->setAttentionSource(&m_radar);
    m_model->setAttentionSource(&m_radar);
    m_attentionTimer.setSingleShot(true);
    m_attentionTimer.setInterval(AttentionDelayMs);
    connect(&m_attentionTimer, &QTimer::timeout, this, &SessionBrowser::evaluateAttention);
}

SessionBrowser::~SessionBrowser() = default;

void SessionBrowser::clear()
{
    m_store.clear();
    m_store.expectRows();
    m_refreshGeneration = -1;
    m_tally.clear();
    m_radar.clear();
    m_highlightTimer.stop();
    m_model->setRecentlyChanged({});
    m_view->rebuild(m_nowUtcMs);
    m_pager.setRowCount(0);
    m_pager.setPage(0);
    m_model->resetPage();
    markPendingRows();
    evaluateAttention();
    emit contentChanged();
}

void SessionBrowser::addSessions(const QList<BillForward::UsageSession> &sessions)
{
    const SessionStore::MergeResult merged = m_store.merge(sessions);
    if (merged.isEmpty())
        return;
    m_tally.add(m_store, merged.inserted);
    m_tally.notice(m_store, merged.changed);
    m_radar.noteMerged(merged);
    // Not timer restarts: a load that merges for seconds is judged every
    // AttentionDelayMs meanwhile.
    if (!m_attentionTimer.isActive())
        m_attentionTimer.start();
    // The page index stays: rows arriving while the user reads page 3 do
    // not move them back to page 1.
    m_view->update(merged);
    markPendingAmong(merged);
    showView();
    if (!merged.changed.isEmpty())
        emit rowsChanged(merged.changed);
}

void SessionBrowser::beginRefresh()
{
    m_refreshGeneration = m_store.beginGeneration();
}

void SessionBrowser::endRefresh(bool completed)
{
    const int generation = m_refreshGeneration;
    m_refreshGeneration = -1;
    if (!completed || generation < 0)
        return;
    std::vector<int> newRowOfOldRow;
    if (m_store.removeNotSeenSince(generation, &newRowOfOldRow) == 0)
        return;
    afterRemoval(newRowOfOldRow);
}

void SessionBrowser::endRefreshOf(const QSet<QString> &completeSubscriptions)
{
    const int generation = m_refreshGeneration;
    m_refreshGeneration = -1;
    if (generation < 0 || completeSubscriptions.isEmpty())
        return;
    std::vector<int> newRowOfOldRow;
    if (m_store.removeNotSeenSince(generation, completeSubscriptions, &newRowOfOldRow) == 0)
        return;
    afterRemoval(newRowOfOldRow);
}

void SessionBrowser::afterRemoval(const std::vector<int> &newRowOfOldRow)
{
    m_radar.noteRemoved();
    m_view->remap(newRowOfOldRow);
    m_tally.recount(m_store);
    markPendingRows(); // rows moved
    evaluateAttention(); // its verdicts named rows by their old numbers
    showView();
}

void SessionBrowser::setFilter(const SessionFilter &filter)
{
    m_view->setFilter(filter);
    m_pager.setPage(0);
    showView();
}

void SessionBrowser::setSort(const QList<SessionView::SortKey> &keys)
{
    m_view->setNow(m_nowUtcMs);
    m_view->setSort(keys);
    m_pager.setPage(0);
    showView();
}

void SessionBrowser::setPageSize(int rows)
{
    const int firstRow = m_pager.firstRow();
    m_pager.setPageSize(rows);
    m_pager.setPage(firstRow / m_pager.pageSize());
    showView();
}

void SessionBrowser::setPage(int page)
{
    m_pager.setPage(page);
    showView();
}

void SessionBrowser::setNow(qint64 utcMs)
{
    m_nowUtcMs = utcMs;
    // A filter of the clock (duration:>8h, this month) lets rows in and
    // out as time passes; the view says when a look is due.
    // Listeners hear of it only when a row came or went: a relayout at
    // every tick would cost the timeline a lane rebuild a second.
    if (m_view->followNow(utcMs, [this] { emit aboutToReorder(); })) {
        showView();
        emit reordered();
    }
    m_model->setNow(utcMs);
    evaluateAttention();
}

QStringList SessionBrowser::uoms() const
{
    return m_tally.units(m_store);
}

QStringList SessionBrowser::pricingComponents() const
{
    return m_tally.pricingComponents(m_store);
}

UsageTally::Suggestions SessionBrowser::startSuggestions(const QString &subscriptionId, int currentRow) const
{
    return m_tally.suggestionsFor(m_store, subscriptionId, currentRow);
}

QList<BillForward::UsageSession> SessionBrowser::activeSessionsOf(const QString &subscriptionId) const
{
    QList<BillForward::UsageSession> active;
    if (m_store.activeCount() == 0)
        return active;
    for (int row = 0; row < m_store.size(); ++row) {
        if (m_store.isActive(row) && m_store.subscriptionId(row) == subscriptionId)
            active.append(m_store.at(row));
    }
    return active;
}

QList<BillForward::UsageSession> SessionBrowser::shownSessions() const
{
    QList<BillForward::UsageSession> sessions;
    sessions.reserve(m_view->size());
    for (int viewRow = 0; viewRow < m_view->size(); ++viewRow)
        sessions << m_store.at(m_view->storeRow(viewRow));
    return sessions;
}

void SessionBrowser::highlight(const QSet<int> &storeRows)
{
    if (storeRows.isEmpty())
        return;
    m_model->setRecentlyChanged(storeRows);
    m_highlightTimer.start();
}

void SessionBrowser::setPendingAddresses(const QList<SessionAddress> &addresses)
{
    m_pendingAddresses = addresses;
    m_pendingAddressSet = QSet<SessionAddress>(addresses.cbegin(), addresses.cend());
    markPendingRows();
}

// A merge touches only its own rows: a pending address's running use may
// appear or end among them, the other rows keep their marks. (A pass over
// the whole store per slice would cost a 1M-row load a pass per page.)
void SessionBrowser::markPendingAmong(const SessionStore::MergeResult &merged)
{
    if (m_pendingAddressSet.isEmpty() && m_pendingRows.isEmpty())
        return;
    QSet<int> rows = m_pendingRows;
    for (const QList<int> *touched : {&merged.inserted, &merged.changed}) {
        for (const int row : *touched) {
            if (m_store.isActive(row) && m_pendingAddressSet.contains(m_store.addressOf(row)))
                rows.insert(row);
            else
                rows.remove(row);
        }
    }
    if (rows == m_pendingRows)
        return;
    m_pendingRows = rows;
    m_model->setPendingRows(rows);
}

void SessionBrowser::markPendingRows()
{
    if (m_pendingAddresses.isEmpty() && m_pendingRows.isEmpty())
        return;
    QSet<int> rows;
    const QList<int> ofAddresses = m_store.rowsOf(m_pendingAddresses);
    for (const int row : ofAddresses) {
        if (m_store.isActive(row))
            rows.insert(row);
    }
    if (rows == m_pendingRows)
        return;
    m_pendingRows = rows;
    m_model->setPendingRows(rows);
}

void SessionBrowser::showView()
{
    m_pager.setRowCount(m_view->size());
    m_model->refreshPage();
    emit contentChanged();
}

void SessionBrowser::setAttentionLimits(const AttentionLimits &limits)
{
    if (limits == m_attentionLimits)
        return;
    m_attentionLimits = limits;
    m_radar.setLimits(limits);
    evaluateAttention();
}

Attention SessionBrowser::attentionOf(int storeRow) const
{
    return m_radar.attentionOf(storeRow);
}

int SessionBrowser::needsAttentionCount() const
{
    return m_radar.count();
}

QList<SessionKey> SessionBrowser::needingAttention() const
{
    QList<SessionKey> keys;
    keys.reserve(m_radar.count());
    const QList<int> rows = m_radar.flaggedRows();
    for (const int row : rows)
        keys.append(m_store.keyOf(row));
    return keys;
}

void SessionBrowser::evaluateAttention()
{
    m_attentionTimer.stop();
    QElapsedTimer cost;
    cost.start();
    // Before the window's clock first ticks, the radar judges at the system's.
    const qint64 now = m_nowUtcMs != 0 ? m_nowUtcMs : QDateTime::currentMSecsSinceEpoch();
    const int countBefore = m_radar.count();
    const AttentionRadar::Changes changes = m_radar.evaluate(now);
    if (changes.any) {
        emit aboutToReorder();
        m_view->updateAttention(changes.rows, changes.allRows);
        showView();
        emit reordered();
    }
    m_model->attentionJudged();
    // While rows keep arriving, the radar takes at most about a twentieth
    // of the GUI thread (a verdict over a million rows costs tens of ms).
    m_attentionTimer.setInterval(int(qBound(qint64(AttentionDelayMs), cost.elapsed() * 20, qint64(10 * 1000))));
    if (changes.any || countBefore != m_radar.count())
        emit attentionChanged();
}
