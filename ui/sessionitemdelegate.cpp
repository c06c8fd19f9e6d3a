#include "sessionitemdelegate.h"

#include "palettecolors.h"

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

QColor SessionItemDelegate::activeColor(const QPalette &palette)
{
    return PaletteColors::activeText(palette);
}

QColor SessionItemDelegate::historicColor(const QPalette &palette)
{
    return PaletteColors::historicText(palette);
}

QColor SessionItemDelegate::highlightColor(const QPalette &palette)
{
    return PaletteColors::changedRowBackground(palette);
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
            option->palette.setColor(QPalette::Text, activeColor(option->palette));
            option->font.setBold(true);
            break;
        case BillForward::SessionState::Historic:
            option->icon = m_historicIcon;
            option->palette.setColor(QPalette::Text, historicColor(option->palette));
            break;
        case BillForward::SessionState::Other:
            option->icon = m_otherIcon;
            break;
        }
    }
    if (index.data(SessionTableModel::RecentlyChangedRole).toBool())
        option->backgroundBrush = highlightColor(option->palette);
    if (index.data(SessionTableModel::PendingActionRole).toBool())
        option->font.setItalic(true);
}
