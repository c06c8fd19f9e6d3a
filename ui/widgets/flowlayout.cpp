#include "ui/widgets/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty() && (item->expandingDirections() & Qt::Horizontal))
            return Qt::Horizontal;
    }
    return {};
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item and as low as one row: the height a
    // width needs comes from heightForWidth() (a box layout above takes
    // that; a minimum that counted every row would hold it higher).
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    }
    const QMargins margins = contentsMargins();
    return size.grownBy(margins);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width();
        ++visible;
    }
    const QMargins margins = contentsMargins();
    width += std::max(0, visible - 1) * horizontalGap() + margins.left() + margins.right();
    return {width, heightForWidth(width)};
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = horizontalGap();
    const int rowGap = verticalGap();
    const int available = std::max(1, area.width());

    struct Placed
    {
        QLayoutItem *item;
        int width;
    };
    QList<QList<Placed>> rows(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        // Its preferred width, or what is there when that is less (never
        // below its minimum: a row narrower than that is cut, not squeezed).
        const int width = std::max(item->minimumSize().width(), std::min(item->sizeHint().width(), available));
        QList<Placed> &row = rows.last();
        if (!row.isEmpty() && used + gap + width > available) {
            rows.append(QList<Placed>());
            used = 0;
        }
        rows.last().append(Placed{item, width});
        used += (rows.last().size() > 1 ? gap : 0) + width;
    }
    if (rows.last().isEmpty())
        rows.removeLast();

    const Qt::LayoutDirection direction = parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    int y = area.y();
    for (QList<Placed> &row : rows) {
        // Items that may grow share the rest of the row, up to their maximum.
        int left = available - (int(row.size()) - 1) * gap;
        int growing = 0;
        for (const Placed &placed : std::as_const(row)) {
            left -= placed.width;
            if (placed.item->expandingDirections() & Qt::Horizontal)
                ++growing;
        }
        for (Placed &placed : row) {
            if (left <= 0 || growing == 0)
                break;
            if (!(placed.item->expandingDirections() & Qt::Horizontal))
                continue;
            const int share = left / growing;
            const int grown = std::min(placed.width + share, placed.item->maximumSize().width());
            left -= grown - placed.width;
            placed.width = grown;
            --growing;
        }
        int height = 0;
        for (const Placed &placed : std::as_const(row)) {
            const QLayoutItem *item = placed.item;
            const int itemHeight = item->hasHeightForWidth() ? item->heightForWidth(placed.width)
                                                             : item->sizeHint().height();
            height = std::max(height, itemHeight);
        }
        if (apply) {
            int x = area.x();
            for (const Placed &placed : std::as_const(row)) {
                QLayoutItem *item = placed.item;
                const int itemHeight = item->hasHeightForWidth()
                    ? item->heightForWidth(placed.width)
                    : std::min(height, std::max(item->sizeHint().height(), item->minimumSize().height()));
                const int top = y + (height - itemHeight) / 2;
                item->setGeometry(QStyle::visualRect(direction, rect, QRect(x, top, placed.width, itemHeight)));
                x += placed.width + gap;
            }
        }
        y += height + rowGap;
    }
    if (apply)
        m_rows = int(rows.size());
    const int margins = contentsMargins().top() + contentsMargins().bottom();
    return rows.isEmpty() ? margins : y - rowGap - area.y() + margins;
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}
