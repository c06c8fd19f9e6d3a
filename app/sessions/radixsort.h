#pragma once

#include <QtGlobal>

#include <vector>

// A row and its 64-bit sort key.
struct RadixItem
{
    quint64 key;
    int row;
};

// Stable LSD radix sort by key, one byte at a time, skipping the bytes in
// which no key differs: ranks of a few distinct strings take one pass,
// times within a year five. Ties keep their order, which makes multi-key
// sorts (least significant key first) and stability by row free.
// `buffer` is scratch space, kept between calls to save allocations.
void radixSort(RadixItem *items, size_t count, std::vector<RadixItem> &buffer);

// The same for bare keys (half the bytes moved per pass): values that
// carry their payload in their low bits, such as a time and a flag.
void radixSort(quint64 *keys, size_t count, std::vector<quint64> &buffer);
