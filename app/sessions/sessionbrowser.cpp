#include "sessions/sessionbrowser.h"

#include <algorithm>
#include <array>

namespace {

QStringList sortedForPeople(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

} // namespace

SessionBrowser::SessionBrowser(QObject *parent)
    : QObject(parent)
    , m_view(std::make_unique<SessionView>(m_store))
    , m_model(new SessionTableModel(m_store, *m_view, m_pager, this))
{
}

SessionBrowser::~SessionBrowser() = default;

void SessionBrowser::clear()
{
    m_store.clear();
    m_store.expectRows();
    m_refreshGeneration = -1;
    m_uoms.clear();
    m_pricingComponents.clear();
    m_view->rebuild(m_nowUtcMs);
    m_pager.setRowCount(0);
    m_pager.setPage(0);
    m_model->resetPage();
    emit contentChanged();
}

void SessionBrowser::addSessions(const QList<BillForward::UsageSession> &sessions)
{
    const SessionStore::MergeResult merged = m_store.merge(sessions);
    if (merged.isEmpty())
        return;
    collectChoices(merged.inserted);
    collectChoices(merged.changed);
    // The page index stays: rows arriving while the user reads page 3 do
    // not move them back to page 1.
    m_view->update(merged);
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
    m_view->remap(newRowOfOldRow);
    collectAllChoices();
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
    m_view->setNow(utcMs);
    m_model->setNow(utcMs);
}

QStringList SessionBrowser::uoms() const
{
    return sortedForPeople(m_uoms);
}

QStringList SessionBrowser::pricingComponents() const
{
    return sortedForPeople(m_pricingComponents);
}

void SessionBrowser::rebuildView()
{
    m_view->rebuild(m_nowUtcMs);
    showView();
}

void SessionBrowser::showView()
{
    m_pager.setRowCount(m_view->size());
    m_model->refreshPage();
    emit contentChanged();
}

void SessionBrowser::collectChoices(const QList<int> &storeRows)
{
    // Sessions share these strings: a string buffer seen before (remembered
    // in a small direct-mapped table) needs no hashing of its text.
    std::array<const QChar *, 64> seenUoms{};
    std::array<const QChar *, 64> seenComponents{};
    const auto seen = [](std::array<const QChar *, 64> &table, const QString &s) {
        const QChar *data = s.constData();
        const QChar *&slot = table[(quintptr(data) >> 4) & 63];
        if (slot == data)
            return true;
        slot = data;
        return false;
    };
    for (int row : storeRows) {
        const QString &uom = m_store.uom(row);
        if (!seen(seenUoms, uom))
            m_uoms.insert(uom);
        const QString &name = m_store.pricingComponentName(row);
        const QString &component = name.isEmpty() ? m_store.pricingComponentId(row) : name;
        if (!seen(seenComponents, component))
            m_pricingComponents.insert(component);
    }
}

void SessionBrowser::collectAllChoices()
{
    m_uoms.clear();
    m_pricingComponents.clear();
    QList<int> rows;
    rows.reserve(m_store.size());
    for (int row = 0; row < m_store.size(); ++row)
        rows.append(row);
    collectChoices(rows);
}
