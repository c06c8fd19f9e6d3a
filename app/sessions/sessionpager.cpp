#include "sessions/sessionpager.h"

#include <QLocale>

void SessionPager::setPageSize(int rows)
{
    m_pageSize = qMax(1, rows);
    setPage(m_page);
}

void SessionPager::setRowCount(int filteredRows)
{
    m_rowCount = qMax(0, filteredRows);
    setPage(m_page);
}

void SessionPager::setPage(int page)
{
    m_page = qBound(0, page, pageCount() - 1);
}

int SessionPager::pageCount() const
{
    return qMax(1, int((qint64(m_rowCount) + m_pageSize - 1) / m_pageSize));
}

int SessionPager::firstRow() const
{
    return m_page * m_pageSize;
}

int SessionPager::rowsOnPage() const
{
    return qBound(0, m_rowCount - firstRow(), m_pageSize);
}

QString SessionPager::rangeText(int totalInStore) const
{
    const QLocale locale;
    const bool filtered = totalInStore > m_rowCount;
    if (m_rowCount == 0)
        return filtered ? tr("no rows (filtered from %1)").arg(locale.toString(totalInStore)) : tr("no rows");
    const QString first = locale.toString(firstRow() + 1);
    const QString last = locale.toString(firstRow() + rowsOnPage());
    const QString count = locale.toString(m_rowCount);
    if (filtered)
        return tr("rows %1–%2 of %3 (filtered from %4)").arg(first, last, count, locale.toString(totalInStore));
    return tr("rows %1–%2 of %3").arg(first, last, count);
}
