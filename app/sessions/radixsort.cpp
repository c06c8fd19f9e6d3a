#include "sessions/radixsort.h"

#include <algorithm>
#include <array>

void radixSort(RadixItem *items, size_t count, std::vector<RadixItem> &buffer)
{
    if (count < 2)
        return;
    if (count < 64) {
        std::stable_sort(items, items + count, [](const RadixItem &a, const RadixItem &b) { return a.key < b.key; });
        return;
    }
    quint64 differing = 0;
    const quint64 firstKey = items[0].key;
    for (size_t i = 1; i < count; ++i)
        differing |= items[i].key ^ firstKey;
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
        const quint64 key = items[i].key;
        for (int j = 0; j < byteCount; ++j)
            ++counts[size_t(j)][(key >> (8 * bytes[j])) & 0xff];
    }
    buffer.resize(qMax(buffer.size(), count));
    RadixItem *source = items;
    RadixItem *target = buffer.data();
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
            target[offsets[(source[i].key >> shift) & 0xff]++] = source[i];
        std::swap(source, target);
    }
    if (source != items)
        std::copy(source, source + count, items);
}

void radixSort(quint64 *keys, size_t count, std::vector<quint64> &buffer)
{
    if (count < 64) {
        std::sort(keys, keys + count);
        return;
    }
    quint64 differing = 0;
    const quint64 firstKey = keys[0];
    for (size_t i = 1; i < count; ++i)
        differing |= keys[i] ^ firstKey;
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
        const quint64 key = keys[i];
        for (int j = 0; j < byteCount; ++j)
            ++counts[size_t(j)][(key >> (8 * bytes[j])) & 0xff];
    }
    buffer.resize(qMax(buffer.size(), count));
    quint64 *source = keys;
    quint64 *target = buffer.data();
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
            target[offsets[(source[i] >> shift) & 0xff]++] = source[i];
        std::swap(source, target);
    }
    if (source != keys)
        std::copy(source, source + count, keys);
}
