#pragma once

#include <QStringView>

#include <functional>
#include <vector>

class TextCollation;

// Ranks of a text column (0 = first; equal texts share a rank), so that
// sorting a million rows by it is a radix sort of integers. Both rank
// through byte strings in a radix sort, 8 bytes a pass, and compare texts
// one with another only where bytes cannot tell them apart.
namespace TextRanks {

using TextOf = std::function<QStringView(int row)>;

// Code-unit order, as QString::compare(Qt::CaseSensitive): IDs.
std::vector<quint32> ordinal(int count, const TextOf &textOf);

// The collation's order: human text. Texts made of characters with one
// primary weight each are ranked by those weights and, among equal ones,
// by comparing; a few others are merged in by comparing; when there are
// many others, every text is ranked by its ICU sort key.
std::vector<quint32> collated(int count, const TextOf &textOf, const TextCollation &collation);

} // namespace TextRanks
