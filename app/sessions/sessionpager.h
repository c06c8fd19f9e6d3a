#pragma once

#include <QCoreApplication>
#include <QString>

// Page arithmetic over the view: which rows the table shows and the
// "rows 101–200 of 3,412 (filtered from 9,812)" text.
class SessionPager
{
    Q_DECLARE_TR_FUNCTIONS(SessionPager)

public:
    void setPageSize(int rows);         // 50, 100, 500, 1000
    int pageSize() const { return m_pageSize; }
    void setRowCount(int filteredRows); // keeps the page in range
    int rowCount() const { return m_rowCount; }
    void setPage(int page);             // 0-based, clamped
    int page() const { return m_page; }
    int pageCount() const;              // at least 1
    int firstRow() const;               // view row of the page's first row
    int rowsOnPage() const;
    QString rangeText(int totalInStore) const;

private:
    int m_pageSize = 100;
    int m_rowCount = 0;
    int m_page = 0;
};
