#pragma once

#include "ui/celltextcache.h"

#include <QHash>
#include <QIcon>
#include <QPalette>
#include <QStyledItemDelegate>

// How a cell looks (the model only says what it holds): state icon and
// colour, IDs in a monospace font, a brief highlight for rows the last
// refresh changed, italics while a start or stop is under way.
class SessionItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SessionItemDelegate(QObject *parent = nullptr);

    // Picked for the palette the cell is painted with, light or dark (see PaletteColors).
    static QColor activeColor(const QPalette &palette);
    static QColor historicColor(const QPalette &palette);
    static QColor highlightColor(const QPalette &palette);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Does once, before any rows arrive, what the first paint with rows
    // otherwise did in the middle of a load: loads the fonts cells are drawn
    // in (the monospace one for IDs, bold for active states) and renders
    // their digits and letters at the size of `viewFont`, and blends an area
    // big enough that Qt's raster engine starts the threads it splits such
    // fills over.
    void prepareForPainting(const QFont &viewFont) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // A cell (text, or the state's icon and text) as the style would paint
    // it, with the text shaped once (see CellTextCache).
    void paintCell(QPainter *painter, const QStyleOptionViewItem &cell) const;

    struct CellLayout
    {
        bool hasIcon = false;
        QRect icon; // relative to the cell
        QRect text;
    };
    struct LayoutKey
    {
        QString text;
        QFont font;
        QSize size, decorationSize;
        int decorationPosition, decorationAlignment, displayAlignment, direction;
        friend bool operator==(const LayoutKey &a, const LayoutKey &b)
        {
            return a.size == b.size && a.decorationSize == b.decorationSize
                && a.decorationPosition == b.decorationPosition && a.decorationAlignment == b.decorationAlignment
                && a.displayAlignment == b.displayAlignment && a.direction == b.direction && a.text == b.text
                && a.font == b.font;
        }
        friend size_t qHash(const LayoutKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.size.width(), key.size.height(), key.displayAlignment);
        }
    };
    const CellLayout &layoutOf(const QStyleOptionViewItem &cell) const;
    mutable QHash<LayoutKey, CellLayout> m_layouts;

    mutable CellTextCache m_texts;

    // The state and highlight colours of the palette cells were last painted
    // with, worked out (contrast against both row backgrounds) once per
    // palette rather than for every cell.
    struct CellColours
    {
        qint64 paletteKey = 0;
        QColor active, historic, highlight;
    };
    const CellColours &coloursFor(const QPalette &palette) const;
    mutable CellColours m_colours;
    QIcon m_activeIcon;
    QIcon m_historicIcon;
    QIcon m_otherIcon;
    QIcon m_attentionIcon; // an active session the radar flags
    QFont m_monospace;
};
