#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;
class SessionPager;

// Under the table: page size, first/previous/next/last, the page number and
// "rows 101–200 of 3,412 (filtered from 9,812)".
class PaginationBar final : public QWidget
{
    Q_OBJECT

public:
    explicit PaginationBar(QWidget *parent = nullptr);

    // Shows the pager's state without emitting anything.
    void update(const SessionPager &pager, int totalInStore);
    static QList<int> pageSizes() { return {50, 100, 500, 1000}; }

signals:
    void pageSizeRequested(int rows);
    void pageRequested(int page); // 0-based

private:
    QComboBox *m_pageSize;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QSpinBox *m_page;
    QLabel *m_pageCount;
    QLabel *m_range;
    int m_lastPage = 0;
};
