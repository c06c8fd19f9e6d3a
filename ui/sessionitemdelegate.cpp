#include "ui/sessionitemdelegate.h"

#include "ui/widgets/palettecolors.h"

#include "sessions/sessioncolumn.h"
#include "sessions/sessiontablemodel.h"
#include "wire/usagesession.h"

#include <QApplication>
#include <QFontDatabase>
#include <QImage>
#include <QPainter>

SessionItemDelegate::SessionItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_activeIcon(QStringLiteral(":/icons/state-active.svg"))
    , m_historicIcon(QStringLiteral(":/icons/state-historic.svg"))
    , m_otherIcon(QStringLiteral(":/icons/state-other.svg"))
    , m_attentionIcon(QStringLiteral(":/icons/state-attention.svg"))
    , m_monospace(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
}

void SessionItemDelegate::prepareForPainting(const QFont &viewFont) const
{
    QFont mono = m_monospace;
    mono.setPointSizeF(viewFont.pointSizeF());
    QFont bold = viewFont;
    bold.setBold(true);
    // Drawn inside the image: glyphs clipped away would not be rendered.
    QImage canvas(1024, 64, QImage::Format_ARGB32_Premultiplied);
    canvas.fill(Qt::white);
    QPainter painter(&canvas);
    const QString sample = QStringLiteral("0123456789abcdefghijklmnopqrstuvwxyz-:ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const QFont fonts[] = {mono, bold, viewFont};
    for (int i = 0; i < 3; ++i) {
        painter.setFont(fonts[i]);
        painter.drawText(QPointF(2, 18 + 20 * i), sample);
    }
    painter.end();
    QImage area(256, 256, QImage::Format_ARGB32_Premultiplied);
    area.fill(Qt::white);
    QPainter blender(&area);
    blender.fillRect(area.rect(), QColor(0, 0, 0, 128)); // translucent: blended span by span
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

const SessionItemDelegate::CellColours &SessionItemDelegate::coloursFor(const QPalette &palette) const
{
    if (m_colours.paletteKey != palette.cacheKey() || !m_colours.active.isValid()) {
        m_colours.paletteKey = palette.cacheKey();
        m_colours.active = activeColor(palette);
        m_colours.historic = historicColor(palette);
        m_colours.highlight = highlightColor(palette);
    }
    return m_colours;
}

void SessionItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // All from the view's palette, before the state colour changes it: the
    // whole row has one highlight, which the state colours read on.
    const CellColours &colours = coloursFor(option->palette);

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
            // Needs attention: a warning sign instead of the running one (the tooltip says why).
            option->icon = index.data(SessionTableModel::AttentionReasonRole).toInt() != 0 ? m_attentionIcon : m_activeIcon;
            option->palette.setColor(QPalette::Text, colours.active);
            option->font.setBold(true);
            break;
        case BillForward::SessionState::Historic:
            option->icon = m_historicIcon;
            option->palette.setColor(QPalette::Text, colours.historic);
            break;
        case BillForward::SessionState::Other:
            option->icon = m_otherIcon;
            break;
        }
    }
    if (index.data(SessionTableModel::RecentlyChangedRole).toBool())
        option->backgroundBrush = colours.highlight;
    if (index.data(SessionTableModel::PendingActionRole).toBool())
        option->font.setItalic(true);
    if (index.data(SessionTableModel::NewSinceSeenRole).toBool())
        option->font.setBold(true); // started since the user last looked (All watched)
}

void SessionItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool paintedHere = !(cell.features & QStyleOptionViewItem::HasCheckIndicator)
        && !(cell.state & QStyle::State_Editing) && !(cell.displayAlignment & Qt::AlignHCenter)
        && !cell.text.contains(QChar::LineSeparator) && !cell.text.contains(QLatin1Char('\n'));
    if (!paintedHere) {
        // Check boxes, editors, centred or multi-line text: no column has them.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    paintCell(painter, cell);
}

// Where the style puts a cell's icon and text, relative to the cell: asked
// once per kind of cell (the style lays the text out to answer).
const SessionItemDelegate::CellLayout &SessionItemDelegate::layoutOf(const QStyleOptionViewItem &cell) const
{
    const bool icon = cell.features & QStyleOptionViewItem::HasDecoration;
    if (!icon) {
        static const CellLayout plain;
        return plain;
    }
    const LayoutKey key{cell.text, cell.font, cell.rect.size(), cell.decorationSize,
                        int(cell.decorationPosition), int(cell.decorationAlignment), int(cell.displayAlignment),
                        int(cell.direction)};
    const auto found = m_layouts.constFind(key);
    if (found != m_layouts.constEnd())
        return *found;
    if (m_layouts.size() >= 256)
        m_layouts.clear();
    QStyleOptionViewItem atOrigin = cell;
    atOrigin.rect.moveTo(0, 0);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    CellLayout layout;
    layout.hasIcon = true;
    layout.icon = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &atOrigin, widget);
    layout.text = style->subElementRect(QStyle::SE_ItemViewItemText, &atOrigin, widget);
    return *m_layouts.insert(key, layout);
}

// What QCommonStyle's CE_ItemViewItem does for a cell without a check box:
// the panel, the icon, the text inside the focus frame's margin, the focus
// frame; the text from the cache, the icon and text places from layoutOf().
void SessionItemDelegate::paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const
{
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const CellLayout &layout = layoutOf(cell);
    painter->save();
    painter->setClipRect(cell.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);

    if (layout.hasIcon) {
        QIcon::Mode mode = QIcon::Normal;
        if (!(cell.state & QStyle::State_Enabled))
            mode = QIcon::Disabled;
        else if (cell.state & QStyle::State_Selected)
            mode = QIcon::Selected;
        const QIcon::State state = cell.state & QStyle::State_Open ? QIcon::On : QIcon::Off;
        cell.icon.paint(painter, layout.icon.translated(cell.rect.topLeft()), cell.decorationAlignment, mode, state);
    }

    if (!cell.text.isEmpty()) {
        QPalette::ColorGroup group = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(cell.palette.color(group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                     : QPalette::Text));
        const QRect area = layout.hasIcon ? layout.text.translated(cell.rect.topLeft()) : cell.rect;
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = area.adjusted(margin, 0, -margin, 0);
        const QStaticText &text = m_texts.text(cell.text, cell.font, textRect.width(), cell.textElideMode);
        // Placed as QTextLayout places a line: horizontally to the fraction
        // of a pixel, vertically on whole pixels.
        const Qt::Alignment alignment = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
        const qreal room = textRect.width() - text.size().width();
        const qreal x = textRect.x() + (alignment & Qt::AlignRight ? room : 0);
        const int lineHeight = QFontMetrics(cell.font).height();
        int y = textRect.y();
        if (alignment & Qt::AlignBottom)
            y += textRect.height() - lineHeight;
        else if (alignment & Qt::AlignVCenter)
            y += (textRect.height() - lineHeight) / 2;
        painter->setFont(cell.font);
        painter->drawStaticText(QPointF(x, y), text);
    }

    if (cell.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = cell.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor = cell.palette.color(group, cell.state & QStyle::State_Selected ? QPalette::Highlight
                                                                                             : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}
