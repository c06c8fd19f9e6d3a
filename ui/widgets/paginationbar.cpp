#include "ui/widgets/paginationbar.h"

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
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 2, 6, 2);

    m_range = new QLabel(this);
    m_range->setAccessibleName(tr("Rows shown"));
    m_range->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_range, 1);

    auto *sizeLabel = new QLabel(tr("Rows per &page:"), this);
    m_pageSize = new QComboBox(this);
    m_pageSize->setAccessibleName(tr("Rows per page"));
    m_pageSize->setAccessibleDescription(tr("How many sessions one page of the table shows."));
    for (const int size : pageSizes())
        m_pageSize->addItem(QLocale().toString(size), size);
    sizeLabel->setBuddy(m_pageSize);
    row->addWidget(sizeLabel);
    row->addWidget(m_pageSize);
    row->addSpacing(12);

    m_first = makeButton(QStringLiteral(":/icons/page-first.svg"), tr("First page"), this);
    m_previous = makeButton(QStringLiteral(":/icons/page-previous.svg"), tr("Previous page"), this);
    m_next = makeButton(QStringLiteral(":/icons/page-next.svg"), tr("Next page"), this);
    m_last = makeButton(QStringLiteral(":/icons/page-last.svg"), tr("Last page"), this);
    m_page = new QSpinBox(this);
    m_page->setAccessibleName(tr("Page number"));
    m_page->setAccessibleDescription(tr("The page of the filtered sessions the table shows; type a number to go there."));
    m_page->setMinimum(1);
    m_page->setKeyboardTracking(false);
    m_pageCount = new QLabel(this);
    auto *pageLabel = new QLabel(tr("Pa&ge"), this);
    pageLabel->setBuddy(m_page);

    row->addWidget(m_first);
    row->addWidget(m_previous);
    row->addWidget(pageLabel);
    row->addWidget(m_page);
    row->addWidget(m_pageCount);
    row->addWidget(m_next);
    row->addWidget(m_last);

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
