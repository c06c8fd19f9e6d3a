#include "sessions/text/sessionidcopy.h"

#include "concurrency/workthreads.h"
#include "sessions/text/asciifold.h"

#include <cstring>
#include <limits>

bool SessionIdCopy::Part::append(const QString &id)
{
    const size_t start = text.size();
    const auto n = size_t(id.size());
    if (start + n + 1 > std::numeric_limits<quint32>::max())
        return false;
    text.resize(start + n + 1);
    char *out = text.data() + start;
    const auto *in = reinterpret_cast<const char16_t *>(id.constData());
    for (size_t i = 0; i < n; ++i) {
        const char16_t c = in[i];
        if (c == 0 || c >= 128) { // left to the slow test, which folds any script
            std::memset(out, 0, n + 1);
            break;
        }
        out[i] = char(foldedAscii(c));
    }
    out[n] = 0;
    ends.push_back(quint32(text.size()));
    return true;
}

bool SessionIdCopy::holds(int rows) const
{
    int held = 0;
    for (const Part &part : m_parts)
        held += part.size();
    return !m_parts.empty() && held == rows;
}

void SessionIdCopy::buildPart(Part *part, int firstRow, int endRow,
                              const std::function<const QString &(int row)> &idOf)
{
    // Each ID's characters are a cache miss of their own: asked for a few
    // rows ahead, several are on their way at once.
    constexpr int Ahead = 16;
    constexpr int Sample = 64;
    part->firstRow = firstRow;
    part->ends.reserve(size_t(endRow - firstRow));
    for (int row = firstRow; row < endRow; ++row) {
        if (row == firstRow + Sample) // room for a sixteenth more than the sample's average
            part->text.reserve(part->text.size() / Sample * size_t(endRow - firstRow) * 17 / 16);
        if (row + Ahead < endRow)
            __builtin_prefetch(idOf(row + Ahead).constData());
        if (!part->append(idOf(row)))
            return; // the caller sees the part short
    }
}

bool SessionIdCopy::build(int rows, const std::function<const QString &(int row)> &idOf)
{
    clear();
    if (m_tooLong)
        return false;
    m_parts.resize(WorkThreads::worthSplitting(rows) ? 2 : 1);
    WorkThreads::splitInTwo(0, rows, [&](int part, int begin, int end) { buildPart(&m_parts[size_t(part)], begin, end, idOf); });
    if (!holds(rows)) {
        clear();
        m_tooLong = true;
        return false;
    }
    return true;
}

void SessionIdCopy::append(const QString &id)
{
    if (m_parts.empty())
        return;
    if (!m_parts.back().append(id)) {
        clear();
        m_tooLong = true;
    }
}

void SessionIdCopy::clear()
{
    std::vector<Part>().swap(m_parts);
}

bool SessionIdCopy::scan(QStringView foldedNeedle, int firstRow, int endRow, std::vector<quint8> *result) const
{
    if (m_parts.empty() || firstRow < 0 || firstRow > endRow
        || endRow > m_parts.back().firstRow + m_parts.back().size()) {
        return false;
    }
    std::string needle;
    bool asciiNeedle = true;
    for (const QChar ch : foldedNeedle) {
        const char16_t c = ch.unicode();
        if (c == 0)
            return false;
        if (c >= 128)
            asciiNeedle = false;
        needle.push_back(char(foldedAscii(c)));
    }
    result->assign(size_t(endRow - firstRow), needle.empty() ? 1 : 0);
    for (const Part &part : m_parts) {
        const int begin = qMax(firstRow, part.firstRow);
        const int end = qMin(endRow, part.firstRow + part.size());
        if (begin >= end)
            continue;
        quint8 *out = result->data() + (begin - firstRow);
        // An ID stored as NULs is not plain ASCII, or empty (as cheap to
        // test slowly); a folded needle beyond ASCII is in no ASCII ID.
        for (int row = begin; row < end; ++row) {
            if (part.text[part.start(row - part.firstRow)] == 0)
                out[row - begin] = 2;
        }
        if (!needle.empty() && asciiNeedle)
            scanPart(part, needle, begin, end, out);
    }
    return true;
}

void SessionIdCopy::scanPart(const Part &part, const std::string &needle, int firstRow, int endRow, quint8 *out)
{
    const char *text = part.text.data();
    size_t i = size_t(firstRow - part.firstRow); // of the part's rows
    size_t pos = part.start(int(i));
    const size_t end = part.ends[size_t(endRow - part.firstRow - 1)];
    while (pos < end) {
        const void *hit = memmem(text + pos, end - pos, needle.data(), needle.size());
        if (!hit)
            break;
        const size_t at = size_t(static_cast<const char *>(hit) - text);
        while (part.ends[i] <= at) // hits ascend: walk, no search
            ++i;
        out[i - size_t(firstRow - part.firstRow)] = 1;
        pos = part.ends[i];
    }
}

qint64 SessionIdCopy::capacityBytes() const
{
    qint64 bytes = qint64(m_parts.capacity() * sizeof(Part));
    for (const Part &part : m_parts)
        bytes += qint64(part.text.capacity() + part.ends.capacity() * sizeof(quint32));
    return bytes;
}
