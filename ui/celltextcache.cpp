#include "ui/celltextcache.h"

#include <QFontMetrics>
#include <QTransform>

namespace {

QStaticText preparedText(const QString &text, const QFont &font)
{
    QStaticText prepared(text);
    prepared.setTextFormat(Qt::PlainText);
    prepared.setPerformanceHint(QStaticText::AggressiveCaching);
    prepared.prepare(QTransform(), font);
    return prepared;
}

} // namespace

const QStaticText &CellTextCache::text(const QString &text, const QFont &font, int width, Qt::TextElideMode mode)
{
    Key key{text, fontIndex(font), width, mode};
    auto found = m_texts.constFind(key);
    if (found != m_texts.constEnd())
        return *found;
    if (m_texts.size() >= Capacity) {
        clear();
        key.font = fontIndex(font);
    }

    // Most texts fit: shaped once. The few that do not are shaped again, elided.
    QStaticText prepared = preparedText(text, font);
    if (mode != Qt::ElideNone && prepared.size().width() > width)
        prepared = preparedText(QFontMetrics(font).elidedText(text, mode, width), font);
    return *m_texts.insert(std::move(key), std::move(prepared));
}

void CellTextCache::clear()
{
    m_texts.clear();
    m_fonts.clear();
}

int CellTextCache::fontIndex(const QFont &font)
{
    const qsizetype at = m_fonts.indexOf(font);
    if (at >= 0)
        return int(at);
    m_fonts.append(font);
    return int(m_fonts.size() - 1);
}
