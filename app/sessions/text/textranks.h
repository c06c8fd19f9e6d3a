#pragma once

#include <QStringView>

#include <functional>
#include <vector>

class TextCollation;

// The order of a text column's rows, and their ranks (0 = first; equal
// texts share a rank), so that sorting a million rows by it is a radix
// sort of integers. Both go through byte strings in a radix sort, 8 bytes
// a pass, and compare texts one with another only where bytes cannot tell
// them apart.
namespace TextRanks {

using TextOf = std::function<QStringView(int row)>;

// Every row in the order of its text, equal texts by row, and whether
// each row's text differs from the one before it.
struct Order
{
    std::vector<int> rows;
    std::vector<bool> startsGroup;
};

// Code-unit order, as QString::compare(Qt::CaseSensitive): IDs.
Order ordinalOrder(int count, const TextOf &textOf);

// The collation's order: human text. Texts made of characters with one
// primary weight each are ordered by those weights and, among equal ones,
// by comparing; a few others are merged in by comparing; when there are
// many others, every text is ordered by its ICU sort key.
Order collatedOrder(int count, const TextOf &textOf, const TextCollation &collation);

// Each row's rank in `order`.
std::vector<quint32> ranks(const Order &order, int count);
// The ranks of the two orders.
std::vector<quint32> ordinal(int count, const TextOf &textOf);
std::vector<quint32> collated(int count, const TextOf &textOf, const TextCollation &collation);

} // namespace TextRanks
