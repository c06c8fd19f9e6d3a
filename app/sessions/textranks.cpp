#include "sessions/textranks.h"

#include "sessions/radixsort.h"
#include "sessions/textcollation.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

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
    std::vector<size_t> starts{0}; // one more than rows
    std::vector<int> rows;
    std::vector<quint64> firstKeys; // each text's first eight bytes, taken while they were in cache

    size_t size() const { return rows.size(); }
    size_t length(size_t i) const { return starts[i + 1] - starts[i]; }
    quint64 packed(size_t i, size_t offset) const
    {
        return offset == 0 ? firstKeys[i] : packedBytes(bytes.data() + starts[i], length(i), offset);
    }
    void append(const ByteTexts &other)
    {
        const size_t base = bytes.size();
        bytes += other.bytes;
        for (size_t i = 1; i < other.starts.size(); ++i)
            starts.push_back(base + other.starts[i]);
        rows.insert(rows.end(), other.rows.cbegin(), other.rows.cend());
        firstKeys.insert(firstKeys.end(), other.firstKeys.cbegin(), other.firstKeys.cend());
    }
};

// Encodes every row with `encode(row, &bytes, thread)`; a row it refuses
// (returns false) goes to `*refused`. Two threads (0 and 1) for big
// columns: reading the texts is most of the work.
template<typename Encode>
ByteTexts encodeRows(int count, const Encode &encode, std::vector<int> *refused)
{
    const auto work = [&encode](int thread, int begin, int end, ByteTexts *texts, std::vector<int> *left) {
        for (int row = begin; row < end; ++row) {
            const size_t before = texts->bytes.size();
            if (encode(row, &texts->bytes, thread)) {
                texts->firstKeys.push_back(packedBytes(texts->bytes.data() + before, texts->bytes.size() - before, 0));
                texts->starts.push_back(texts->bytes.size());
                texts->rows.push_back(row);
            } else {
                texts->bytes.resize(before);
                left->push_back(row);
            }
        }
    };
    std::vector<int> ignored;
    std::vector<int> *left = refused ? refused : &ignored;
    ByteTexts texts;
    if (count < 100000) {
        work(0, 0, count, &texts, left);
    } else {
        ByteTexts secondHalf;
        std::vector<int> secondLeft;
        const int middle = count / 2;
        std::thread helper(work, 1, middle, count, &secondHalf, &secondLeft);
        work(0, 0, middle, &texts, left);
        helper.join();
        texts.append(secondHalf);
        left->insert(left->end(), secondLeft.cbegin(), secondLeft.cend());
    }
    return texts;
}

// Rows in order, and whether each differs from the one before it.
struct Ordering
{
    std::vector<int> rows;
    std::vector<bool> startsGroup;
};

// Byte order of the texts, a prefix before the longer text: an MSD radix
// sort taking eight bytes a pass, so a million unique IDs take a pass or
// two over their bytes and no comparisons at all.
Ordering orderBytes(const ByteTexts &texts)
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
            const auto text = size_t(items[i].row);
            items[i].key = texts.packed(text, r.offset);
            longest = qMax(longest, texts.length(text));
        }
        if (r.offset >= longest) {
            // The same bytes but for trailing zeros, which only the length
            // tells apart.
            const auto length = [&](const RadixItem &item) { return texts.length(size_t(item.row)); };
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
    Ordering ordering;
    ordering.rows.resize(n);
    for (size_t i = 0; i < n; ++i)
        ordering.rows[i] = texts.rows[size_t(items[i].row)];
    ordering.startsGroup.swap(startsGroup);
    return ordering;
}

std::vector<quint32> ranksOf(const Ordering &ordering, int count)
{
    std::vector<quint32> ranks(size_t(count), 0);
    quint32 rank = 0;
    for (size_t i = 0; i < ordering.rows.size(); ++i) {
        if (i > 0 && ordering.startsGroup[i])
            ++rank;
        ranks[size_t(ordering.rows[i])] = rank;
    }
    return ranks;
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

std::vector<quint32> ordinal(int count, const TextOf &textOf)
{
    // One byte a character while every text is Latin-1, else two.
    std::vector<int> wide;
    ByteTexts texts = encodeRows(
        count,
        [&](int row, std::string *bytes, int) {
            return appendUnitBytes(bytes, textOf(row), [](char16_t c) { return c <= 0xff ? int(c) : -1; });
        },
        &wide);
    if (!wide.empty()) {
        texts = encodeRows(
            count,
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
    return ranksOf(orderBytes(texts), count);
}

std::vector<quint32> collated(int count, const TextOf &textOf, const TextCollation &collation)
{
    std::vector<int> others;
    ByteTexts simple = encodeRows(
        count,
        [&](int row, std::string *bytes, int) {
            return appendUnitBytes(bytes, textOf(row), [&](char16_t c) {
                const quint8 rank = collation.primaryRank(c);
                return rank ? int(rank) : -1;
            });
        },
        &others);

    // Many texts beyond the simple characters (another script, a language
    // with contractions): rank every text by its full sort key. Equal keys
    // are equal texts.
    if (others.size() > size_t(count) / 16 + 64) {
        const std::unique_ptr<TextCollation> helpersCollation = collation.clone(); // ICU collators are not shared across threads
        const ByteTexts keys = encodeRows(
            count,
            [&](int row, std::string *bytes, int thread) {
                (thread == 0 ? collation : *helpersCollation).appendSortKey(textOf(row), bytes);
                return true;
            },
            nullptr);
        return ranksOf(orderBytes(keys), count);
    }

    // Equal primary weights: accents and case decide, by comparing.
    const auto compare = [&](int a, int b) { return collation.compare(textOf(a), textOf(b)); };
    const auto less = [&](int a, int b) { return compare(a, b) < 0; };
    Ordering ordering = orderBytes(simple);
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
        return ranksOf(ordering, count);

    // The few others: sorted by comparing, then each placed by a binary
    // search among the simple ones.
    std::stable_sort(others.begin(), others.end(), less);
    Ordering merged;
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
    return ranksOf(merged, count);
}

} // namespace TextRanks
