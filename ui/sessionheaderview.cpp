#include "ui/sessionheaderview.h"

#include <QHelpEvent>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace {

QString arrowOf(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("↑") : QStringLiteral("↓");
}

QString superscript(int number)
{
    static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
    return digits.at(number % 10);
}

} // namespace

SessionHeaderView::SessionHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
}

void SessionHeaderView::setSortKeys(const QList<SessionView::SortKey> &keys)
{
    m_keys = keys;
    QStringList names;
    for (const SessionView::SortKey &key : keys)
        names << model()->headerData(int(key.column), Qt::Horizontal).toString() + QLatin1Char(' ') + arrowOf(key.order);
    m_description = tr("Sorted by %1. Click a column to sort by it, Shift+click to add it as a tie-breaker.")
                        .arg(names.join(tr(", then ")));
    setAccessibleDescription(m_description);
    if (!keys.isEmpty())
        setSortIndicator(int(keys.constFirst().column), keys.constFirst().order);
    viewport()->update();
}

void SessionHeaderView::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    for (int i = 0; i < m_keys.size(); ++i) {
        if (int(m_keys.at(i).column) != logicalIndex)
            continue;
        // Qt's styles draw SortDown for ascending, as QHeaderView does.
        option->sortIndicator = m_keys.at(i).order == Qt::AscendingOrder ? QStyleOptionHeader::SortDown
                                                                         : QStyleOptionHeader::SortUp;
        if (m_keys.size() > 1)
            option->text += superscript(i + 1);
        return;
    }
    option->sortIndicator = QStyleOptionHeader::None;
}

bool SessionHeaderView::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip || m_description.isEmpty())
        return QHeaderView::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int logical = logicalIndexAt(help->pos());
    const QString own = logical >= 0 ? model()->headerData(logical, orientation(), Qt::ToolTipRole).toString()
                                     : QString();
    QToolTip::showText(help->globalPos(), own.isEmpty() ? m_description : own + QStringLiteral("\n\n") + m_description,
                       this);
    return true;
}
