#pragma once

#include <QLocale>
#include <QStringView>

#include <array>
#include <memory>
#include <string>

struct UCollator;

// A language's order for human text (descriptions, units, component names),
// on ICU directly: QCollator compares, but has no sort keys or weights to
// rank a million strings without a comparison sort.
//
// Besides compare() it knows, for the Latin-1 characters, which ones stand
// for exactly one primary weight with no contraction around them in this
// language: a string made only of those orders, at the primary level, as
// the sequence of its characters' primary ranks, so it can be ranked by
// radix sort like plain bytes.
class TextCollation
{
public:
    // Settings as QCollator's defaults: case sensitive, punctuation not
    // ignored, digits not compared as numbers. The C locale gets English
    // order: people reading a table expect "apple" before "Zebra".
    explicit TextCollation(const QLocale &locale = QLocale());
    ~TextCollation();
    TextCollation(const TextCollation &) = delete;
    TextCollation &operator=(const TextCollation &) = delete;
    // The same collation for use on another thread (ICU does not promise
    // that one collator serves two threads at once).
    std::unique_ptr<TextCollation> clone() const;

    int compare(QStringView a, QStringView b) const; // -1, 0 or 1

    // The primary rank (1…255, equal for 'a', 'A' and 'ä' in most
    // languages) of a simple character, or 0 when `c` is not simple.
    quint8 primaryRank(char16_t c) const { return c < m_primaryRanks.size() ? m_primaryRanks[c] : 0; }

    // ICU's sort key of `text` appended to `key` (without the final 0):
    // byte order of keys is the collation order.
    void appendSortKey(QStringView text, std::string *key) const;

private:
    void learnPrimaryRanks(const QLocale &locale);

    QLocale m_locale;
    UCollator *m_collator = nullptr; // null only if ICU has no data: then code-point order
    std::array<quint8, 256> m_primaryRanks{};
};
