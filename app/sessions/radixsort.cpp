#include "sessions/radixsort.h"

#include <algorithm>
#include <array>

namespace {

quint64 keyOf(const RadixItem &item) { return item.key; }
quint64 keyOf(quint64 key) { return key; }

// The sort for both element types: `T` is moved whole, its key read by keyOf().
template <typename T>
void sortByKey(T *items, size_t count, std::vector<T> &buffer)
{
    if (count < 2)
        return;
    if (count < 64) {
        std::stable_sort(items, items + count, [](const T &a, const T &b) { return keyOf(a) < keyOf(b); });
        return;
    }
    quint64 differing = 0;
    const quint64 firstKey = keyOf(items[0]);
    for (size_t i = 1; i < count; ++i)
        differing |= keyOf(items[i]) ^ firstKey;
    if (!differing)
        return;
    int bytes[8];
    int byteCount = 0;
    for (int b = 0; b < 8; ++b) {
        if ((differing >> (8 * b)) & 0xff)
            bytes[byteCount++] = b;
    }
    std::vector<std::array<size_t, 256>> counts(static_cast<size_t>(byteCount));
    for (auto &c : counts)
        c.fill(0);
    for (size_t i = 0; i < count; ++i) {
        const quint64 key = keyOf(items[i]);
        for (int j = 0; j < byteCount; ++j)
            ++counts[size_t(j)][(key >> (8 * bytes[j])) & 0xff];
    }
    buffer.resize(qMax(buffer.size(), count));
    T *source = items;
    T *target = buffer.data();
    for (int j = 0; j < byteCount; ++j) {
        std::array<size_t, 256> &offsets = counts[size_t(j)];
        size_t sum = 0;
        for (size_t &c : offsets) {
            const size_t n = c;
            c = sum;
            sum += n;
        }
        const int shift = 8 * bytes[j];
        for (size_t i = 0; i < count; ++i)
            target[offsets[(keyOf(source[i]) >> shift) & 0xff]++] = source[i];
        std::swap(source, target);
    }
    if (source != items)
        std::copy(source, source + count, items);
}

} // namespace

void radixSort(RadixItem *items, size_t count, std::vector<RadixItem> &buffer)
{
    sortByKey(items, count, buffer);
}

void radixSort(quint64 *keys, size_t count, std::vector<quint64> &buffer)
{
    sortByKey(keys, count, buffer);
}
