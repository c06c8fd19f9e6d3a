#include "sessions/text/textranks.h"

#include "concurrency/workthreads.h"
#include "sessions/radixsort.h"
#include "sessions/text/textcollation.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

namespace {

std::u16string_view unitsOf(QStringView text)
{
    return {text.utf16(), size_t(text.size())};
}

// Eight bytes of `text` from `offset` as a big-endian number, zeros past
// its end: the key of one radix pass.
quint64 packedBytes(const char *text, size_t length, size_t offset)
{
    if (offset >= length)
        return 0;
    unsigned char bytes[8] = {};
    std::memcpy(bytes, text + offset, qMin<size_t>(8, length - offset));
    return qFromBigEndian<quint64>(bytes);
}

// Byte strings back to back, each standing for one row: a million texts
// read here, eight bytes at a time, cost far fewer cache misses than a
// million QStrings scattered over the heap.
struct ByteTexts
{
    std::string bytes;
    std::vector<quint32> ends; // where each text ends; it starts where the one before ends
    int firstRow = 0;
    bool rowsFollow = true;    // text i is row firstRow + i, until a row is refused
    std::vector<int> rows;     // each text's row, once they no longer follow

    size_t size() const { return ends.size(); }
    size_t start(size_t i) const { return i == 0 ? 0 : ends[i - 1]; }
    int rowOf(size_t i) const { return rowsFollow ? firstRow + int(i) : rows[i]; }
};

// The texts of all rows in two parts, one per encoding thread; text i is
// the first part's i-th, or past its end the second part's.
struct EncodedTexts
{
    ByteTexts parts[2];
    bool tooLong = false; // a part past 4 GB, which `ends` cannot address: not encoded

    size_t size() const { return parts[0].size() + parts[1].size(); }
    std::string_view text(size_t i) const
    {
        const bool second = i >= parts[0].size();
        const ByteTexts &part = parts[second];
        const size_t j = second ? i - parts[0].size() : i;
        const size_t start = part.start(j);
        return {part.bytes.data() + start, part.ends[j] - start};
    }
    int rowOf(size_t i) const
    {
        return i < parts[0].size() ? parts[0].rowOf(i) : parts[1].rowOf(i - parts[0].size());
    }
};

// Encodes rows [begin, end), whose texts are `textOf(row)`, into `texts`
// with `encode(row, &bytes, thread)`; a row it refuses (returns false)
// goes to `*refused`. Room for the bytes is reserved once from the first
// texts' sizes: growing a buffer of tens of MB copies it into fresh
// memory, which costs more than the encoding (room reserved and never
// written costs nothing).
template<typename Encode>
void encodeRange(const TextRanks::TextOf &textOf, const Encode &encode, int thread, int begin, int end, ByteTexts *texts,
                 std::vector<int> *refused)
{
    constexpr int Sample = 64;
    // Each text's characters are a cache miss of their own: asked for a
    // few rows ahead, several are on their way at once.
    constexpr int Ahead = 16;
    texts->firstRow = begin;
    texts->ends.reserve(size_t(end - begin));
    std::string &bytes = texts->bytes;
    for (int row = begin; row < end; ++row) {
        if (row + Ahead < end)
            __builtin_prefetch(textOf(row + Ahead).data());
        if (row == begin + Sample) // room for a quarter more than the sample's average
            bytes.reserve(bytes.size() / Sample * size_t(end - begin) * 5 / 4 + Sample);
        const size_t before = bytes.size();
        if (!encode(row, &bytes, thread)) {
            bytes.resize(before);
            if (texts->rowsFollow) { // the rows so far, listed
                texts->rowsFollow = false;
                texts->rows.reserve(size_t(end - begin));
                for (size_t i = 0; i < texts->size(); ++i)
                    texts->rows.push_back(texts->firstRow + int(i));
            }
            refused->push_back(row);
            continue;
        }
        if (bytes.size() > std::numeric_limits<quint32>::max())
            return; // the caller sees the part unfinished
        texts->ends.push_back(quint32(bytes.size()));
        if (!texts->rowsFollow)
            texts->rows.push_back(row);
    }
}

// Encodes every row; rows `encode` refuses go to `*refused` (in order).
// Two threads for big columns: reading the texts is most of the work.
template<typename Encode>
EncodedTexts encodeRows(int count, const TextRanks::TextOf &textOf, const Encode &encode, std::vector<int> *refused)
{
    std::vector<int> refusedByPart[2];
    EncodedTexts texts;
    WorkThreads::splitInTwo(0, count, [&](int part, int begin, int end) {
        encodeRange(textOf, encode, part, begin, end, &texts.parts[part], &refusedByPart[part]);
    });
    std::vector<int> ignored;
    std::vector<int> *left = refused ? refused : &ignored;
    for (const std::vector<int> &rows : refusedByPart)
        left->insert(left->end(), rows.cbegin(), rows.cend());
    texts.tooLong = texts.size() + left->size() != size_t(count); // a part stopped early
    return texts;
}

// Byte order of the texts, a prefix before the longer text: an MSD radix
// sort taking eight bytes a pass, so a million unique IDs take a pass or
// two over their bytes and no comparisons at all.
TextRanks::Order orderBytes(const EncodedTexts &texts)
{
    const size_t n = texts.size();
    std::vector<RadixItem> items(n);
    for (size_t i = 0; i < n; ++i)
        items[i] = RadixItem{0, int(i)};
    std::vector<RadixItem> buffer;
    std::vector<bool> startsGroup(n, true);
    struct Range { size_t begin, end, offset; };
    std::vector<Range> stack{{0, n, 0}};
    while (!stack.empty()) {
        const Range r = stack.back();
        stack.pop_back();
        if (r.end - r.begin < 2)
            continue;
        size_t longest = 0;
        for (size_t i = r.begin; i < r.end; ++i) {
            const std::string_view text = texts.text(size_t(items[i].row));
            items[i].key = packedBytes(text.data(), text.size(), r.offset);
            longest = qMax(longest, text.size());
        }
        if (r.offset >= longest) {
            // The same bytes but for trailing zeros, which only the length
            // tells apart.
            const auto length = [&](const RadixItem &item) { return texts.text(size_t(item.row)).size(); };
            std::stable_sort(items.begin() + qsizetype(r.begin), items.begin() + qsizetype(r.end),
                             [&](const RadixItem &a, const RadixItem &b) { return length(a) < length(b); });
            for (size_t i = r.begin + 1; i < r.end; ++i)
                startsGroup[i] = length(items[i]) != length(items[i - 1]);
            continue;
        }
        radixSort(items.data() + r.begin, r.end - r.begin, buffer);
        size_t groupStart = r.begin;
        for (size_t i = r.begin + 1; i <= r.end; ++i) {
            if (i == r.end || items[i].key != items[groupStart].key) {
                if (i - groupStart > 1)
                    stack.push_back(Range{groupStart, i, r.offset + 8});
                groupStart = i;
            }
        }
    }
    TextRanks::Order ordering;
    ordering.rows.resize(n);
    for (size_t i = 0; i < n; ++i)
        ordering.rows[i] = texts.rowOf(size_t(items[i].row));
    ordering.startsGroup.swap(startsGroup);
    return ordering;
}

// Every row in the order `compare` (negative, 0, positive) gives, ties by
// row: for texts too long to encode.
template<typename Compare>
TextRanks::Order compareRows(int count, const Compare &compare)
{
    TextRanks::Order order;
    order.rows.resize(size_t(count));
    for (int row = 0; row < count; ++row)
        order.rows[size_t(row)] = row;
    std::stable_sort(order.rows.begin(), order.rows.end(), [&](int a, int b) { return compare(a, b) < 0; });
    order.startsGroup.resize(size_t(count), true);
    for (size_t i = 1; i < order.rows.size(); ++i)
        order.startsGroup[i] = compare(order.rows[i - 1], order.rows[i]) != 0;
    return order;
}

// Writes `length` bytes at the end of `bytes` with `write(char *)`.
template<typename Write>
bool appendBytes(std::string *bytes, size_t length, const Write &write)
{
    const size_t start = bytes->size();
    bytes->resize(start + length);
    return write(bytes->data() + start);
}

// Appends `byteOf(unit)` for each UTF-16 unit of `text`; refuses the text
// (returns false) at the first unit it maps to a negative number.
template<typename ByteOf>
bool appendUnitBytes(std::string *bytes, QStringView text, const ByteOf &byteOf)
{
    return appendBytes(bytes, size_t(text.size()), [&](char *out) {
        for (const char16_t c : unitsOf(text)) {
            const int byte = byteOf(c);
            if (byte < 0)
                return false;
            *out++ = char(byte);
        }
        return true;
    });
}

} // namespace

namespace TextRanks {

std::vector<quint32> ranks(const Order &order, int count)
{
    std::vector<quint32> ranks(size_t(count), 0);
    quint32 rank = 0;
    for (size_t i = 0; i < order.rows.size(); ++i) {
        if (i > 0 && order.startsGroup[i])
            ++rank;
        ranks[size_t(order.rows[i])] = rank;
    }
    return ranks;
}

Order ordinalOrder(int count, const TextOf &textOf)
{
    // One byte a character while every text is Latin-1, else two.
    std::vector<int> wide;
    EncodedTexts texts = encodeRows(
        count, textOf,
        [&](int row, std::string *bytes, int) {
            return appendUnitBytes(bytes, textOf(row), [](char16_t c) { return c <= 0xff ? int(c) : -1; });
        },
        &wide);
    if (!wide.empty() && !texts.tooLong) {
        texts = EncodedTexts(); // its memory is the new encoding's
        texts = encodeRows(
            count, textOf,
            [&](int row, std::string *bytes, int) {
                const QStringView text = textOf(row);
                return appendBytes(bytes, size_t(text.size()) * 2, [&](char *out) {
                    for (const char16_t c : unitsOf(text)) {
                        *out++ = char(c >> 8);
                        *out++ = char(c & 0xff);
                    }
                    return true;
                });
            },
            nullptr);
    }
    if (texts.tooLong) {
        texts = EncodedTexts();
        return compareRows(count, [&](int a, int b) { return textOf(a).compare(textOf(b), Qt::CaseSensitive); });
    }
    return orderBytes(texts);
}

Order collatedOrder(int count, const TextOf &textOf, const TextCollation &collation)
{
    const auto compare = [&](int a, int b) { return collation.compare(textOf(a), textOf(b)); };
    std::vector<int> others;
    EncodedTexts simple = encodeRows(
        count, textOf,
        [&](int row, std::string *bytes, int) {
            return appendUnitBytes(bytes, textOf(row), [&](char16_t c) {
                const quint8 rank = collation.primaryRank(c);
                return rank ? int(rank) : -1;
            });
        },
        &others);
    if (simple.tooLong) {
        simple = EncodedTexts();
        return compareRows(count, compare);
    }

    // Many texts beyond the simple characters (another script, a language
    // with contractions): rank every text by its full sort key. Equal keys
    // are equal texts.
    if (others.size() > size_t(count) / 16 + 64) {
        simple = EncodedTexts();
        const std::unique_ptr<TextCollation> helpersCollation = collation.clone(); // ICU collators are not shared across threads
        const EncodedTexts keys = encodeRows(
            count, textOf,
            [&](int row, std::string *bytes, int thread) {
                (thread == 0 ? collation : *helpersCollation).appendSortKey(textOf(row), bytes);
                return true;
            },
            nullptr);
        return keys.tooLong ? compareRows(count, compare) : orderBytes(keys);
    }

    // Equal primary weights: accents and case decide, by comparing.
    const auto less = [&](int a, int b) { return compare(a, b) < 0; };
    Order ordering = orderBytes(simple);
    simple = EncodedTexts();
    std::vector<int> &sorted = ordering.rows;
    std::vector<bool> &starts = ordering.startsGroup;
    for (size_t begin = 0; begin < sorted.size();) {
        size_t end = begin + 1;
        while (end < sorted.size() && !starts[end])
            ++end;
        if (end - begin > 1) {
            std::stable_sort(sorted.begin() + qsizetype(begin), sorted.begin() + qsizetype(end), less);
            for (size_t i = begin + 1; i < end; ++i)
                starts[i] = compare(sorted[i - 1], sorted[i]) != 0;
        }
        begin = end;
    }
    if (others.empty())
        return ordering;

    // The few others: sorted by comparing, then each placed by a binary
    // search among the simple ones.
    std::stable_sort(others.begin(), others.end(), less);
    Order merged;
    merged.rows.reserve(size_t(count));
    merged.startsGroup.reserve(size_t(count));
    std::vector<bool> isOther;
    isOther.reserve(size_t(count));
    const auto push = [&](int row, bool other, bool startsGroupIfSimple) {
        const bool afterOther = !merged.rows.empty() && isOther.back();
        const bool starts = merged.rows.empty() ? true
            : (other || afterOther) ? compare(merged.rows.back(), row) != 0 : startsGroupIfSimple;
        merged.rows.push_back(row);
        merged.startsGroup.push_back(starts);
        isOther.push_back(other);
    };
    auto from = sorted.cbegin();
    for (int row : others) {
        const auto to = std::upper_bound(from, sorted.cend(), row, less);
        for (auto it = from; it != to; ++it)
            push(*it, false, starts[size_t(it - sorted.cbegin())]);
        push(row, true, true);
        from = to;
    }
    for (auto it = from; it != sorted.cend(); ++it)
        push(*it, false, starts[size_t(it - sorted.cbegin())]);
    return merged;
}

std::vector<quint32> ordinal(int count, const TextOf &textOf)
{
    return ranks(ordinalOrder(count, textOf), count);
}

std::vector<quint32> collated(int count, const TextOf &textOf, const TextCollation &collation)
{
    return ranks(collatedOrder(count, textOf, collation), count);
}

} // namespace TextRanks
