#pragma once

#include <QFont>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QString>

// Cell texts shaped once and kept. Shaping (HarfBuzz, through QTextLayout)
// is the costly part of painting a text cell, and the same page is painted
// over and over: every 200 ms while a load streams in, on every hover and
// selection change. A cached text paints from its glyph positions.
class CellTextCache
{
public:
    // `text` as painted in `font` within `width` pixels, elided with `mode`
    // when it does not fit.
    const QStaticText &text(const QString &text, const QFont &font, int width, Qt::TextElideMode mode);

    qsizetype size() const { return m_texts.size(); }
    void clear();

    // Past this many entries the cache starts over: a few pages of cells.
    static constexpr qsizetype Capacity = 8192;

private:
    struct Key
    {
        QString text;
        int font = 0;  // index into m_fonts
        int width = 0;
        Qt::TextElideMode mode = Qt::ElideRight;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.font == b.font && a.width == b.width && a.mode == b.mode && a.text == b.text;
        }
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.font, key.width, int(key.mode));
        }
    };
    int fontIndex(const QFont &font);

    QHash<Key, QStaticText> m_texts;
    QList<QFont> m_fonts; // the few fonts cells use: regular, monospace, bold, italic
};
