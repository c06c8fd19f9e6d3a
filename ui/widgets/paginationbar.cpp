#include "ui/widgets/paginationbar.h"

#include "ui/widgets/flowlayout.h"

#include "sessions/sessionpager.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>

namespace {

QToolButton *makeButton(const QString &icon, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setIcon(QIcon(icon));
    button->setToolTip(name);
    button->setAccessibleName(name);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PaginationBar::PaginationBar(QWidget *parent)
    : QWidget(parent)
{
    // The range, the page size and the page buttons wrap as three groups
    // when the window is narrow, instead of widening it.
    auto *row = new FlowLayout(this);
    row->setContentsMargins(6, 2, 6, 2);
    row->setSpacing(12);

    m_range = new QLabel(this);
    m_range->setAccessibleName(tr("Rows shown"));
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_range->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    row->addWidget(m_range);

    auto *sizeGroup = new QWidget(this);
    auto *sizeRow = new QHBoxLayout(sizeGroup);
    sizeRow->setContentsMargins(0, 0, 0, 0);
    auto *sizeLabel = new QLabel(tr("Rows per &page:"), sizeGroup);
    m_pageSize = new QComboBox(sizeGroup);
    m_pageSize->setAccessibleName(tr("Rows per page"));
    m_pageSize->setAccessibleDescription(tr("How many sessions one page of the table shows."));
    for (const int size : pageSizes())
        m_pageSize->addItem(QLocale().toString(size), size);
    sizeLabel->setBuddy(m_pageSize);
    sizeRow->addWidget(sizeLabel);
    sizeRow->addWidget(m_pageSize);
    row->addWidget(sizeGroup);

    auto *pageGroup = new QWidget(this);
    auto *pageRow = new QHBoxLayout(pageGroup);
    pageRow->setContentsMargins(0, 0, 0, 0);
    m_first = makeButton(QStringLiteral(":/icons/page-first.svg"), tr("First page"), pageGroup);
    m_previous = makeButton(QStringLiteral(":/icons/page-previous.svg"), tr("Previous page"), pageGroup);
    m_next = makeButton(QStringLiteral(":/icons/page-next.svg"), tr("Next page"), pageGroup);
    m_last = makeButton(QStringLiteral(":/icons/page-last.svg"), tr("Last page"), pageGroup);
    m_page = new QSpinBox(pageGroup);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setAccessibleDescription(tr("The page of the filtered sessions the table shows; type a number to go there."));
    m_page->setMinimum(1);
    m_page->setKeyboardTracking(false);
    m_pageCount = new QLabel(pageGroup);
    auto *pageLabel = new QLabel(tr("Pa&ge"), pageGroup);
    pageLabel->setBuddy(m_page);

    pageRow->addWidget(m_first);
    pageRow->addWidget(m_previous);
    pageRow->addWidget(pageLabel);
    pageRow->addWidget(m_page);
    pageRow->addWidget(m_pageCount);
    pageRow->addWidget(m_next);
    pageRow->addWidget(m_last);
    row->addWidget(pageGroup);

    connect(m_pageSize, &QComboBox::activated, this, [this](int index) {
        emit pageSizeRequested(m_pageSize->itemData(index).toInt());
    });
    connect(m_first, &QToolButton::clicked, this, [this] { emit pageRequested(0); });
    connect(m_previous, &QToolButton::clicked, this, [this] { emit pageRequested(m_page->value() - 2); });
    connect(m_next, &QToolButton::clicked, this, [this] { emit pageRequested(m_page->value()); });
    connect(m_last, &QToolButton::clicked, this, [this] { emit pageRequested(m_lastPage); });
    connect(m_page, &QSpinBox::valueChanged, this, [this](int value) { emit pageRequested(value - 1); });
}

void PaginationBar::update(const SessionPager &pager, int totalInStore)
{
    const QSignalBlocker b1(m_pageSize), b2(m_page);
    m_pageSize->setCurrentIndex(m_pageSize->findData(pager.pageSize()));
    m_lastPage = pager.pageCount() - 1;
    m_page->setMaximum(pager.pageCount());
    m_page->setValue(pager.page() + 1);
    m_pageCount->setText(tr("of %1").arg(QLocale().toString(pager.pageCount())));
    m_first->setEnabled(pager.page() > 0);
    m_previous->setEnabled(pager.page() > 0);
    m_next->setEnabled(pager.page() < m_lastPage);
    m_last->setEnabled(pager.page() < m_lastPage);
    m_range->setText(pager.rangeText(totalInStore));
}
