#include "sessionitemdelegate.h"

#include "sessions/sessioncolumn.h"
#include "sessions/sessiontablemodel.h"
#include "wire/usagesession.h"

#include <QFontDatabase>

SessionItemDelegate::SessionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_activeIcon(QStringLiteral(":/icons/state-active.svg"))
    , m_historicIcon(QStringLiteral(":/icons/state-historic.svg"))
    , m_otherIcon(QStringLiteral(":/icons/state-other.svg"))
    , m_monospace(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

QColor SessionItemDelegate::activeColor()
{
    return QColor(0x1b, 0x7f, 0x3b);
}

QColor SessionItemDelegate::historicColor()
{
    return QColor(0x5f, 0x63, 0x68);
}

QColor SessionItemDelegate::highlightColor()
{
    return QColor(0xff, 0xf1, 0xa8);
}

void SessionItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);

    if (index.data(SessionTableModel::IsIdentifierRole).toBool()) {
        QFont font = m_monospace;
        font.setPointSizeF(option->font.pointSizeF());
        option->font = font;
    }
    if (index.column() == int(SessionColumn::State)) {
        const auto kind = BillForward::SessionState(index.data(SessionTableModel::StateKindRole).toInt());
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(12, 12);
        switch (kind) {
        case BillForward::SessionState::Active:
            option->icon = m_activeIcon;
            option->palette.setColor(QPalette::Text, activeColor());
            option->font.setBold(true);
            break;
        case BillForward::SessionState::Historic:
            option->icon = m_historicIcon;
            option->palette.setColor(QPalette::Text, historicColor());
            break;
        case BillForward::SessionState::Other:
            option->icon = m_otherIcon;
            break;
        }
    }
    if (index.data(SessionTableModel::RecentlyChangedRole).toBool())
        option->backgroundBrush = highlightColor();
    if (index.data(SessionTableModel::PendingActionRole).toBool())
        option->font.setItalic(true);
}
