#include "sessions/text/textcollation.h"

#include <unicode/ucol.h>
#include <unicode/ucoleitr.h>
#include <unicode/uset.h>

#include <algorithm>
#include <vector>

namespace {

UCollator *openCollator(const QLocale &locale, UColAttributeValue strength)
{
    const QByteArray name = locale.language() == QLocale::C ? QByteArrayLiteral("en") : locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(name.constData(), &status);
    if (U_FAILURE(status))
        return nullptr;
    // What QCollator sets: canonical equivalents equal ("a" + U+0308 is
    // "ä"), punctuation ordered rather than ignored, digits as text.
    ucol_setAttribute(collator, UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
    ucol_setAttribute(collator, UCOL_STRENGTH, strength, &status);
    ucol_setAttribute(collator, UCOL_ALTERNATE_HANDLING, UCOL_NON_IGNORABLE, &status);
    ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_OFF, &status);
    if (U_FAILURE(status)) {
        ucol_close(collator);
        return nullptr;
    }
    return collator;
}

const UChar *utf16(QStringView text)
{
    return reinterpret_cast<const UChar *>(text.utf16());
}

// The character's primary weight when it has exactly one (its collation
// elements may add accents or case at lower levels), else 0.
quint32 singlePrimaryWeight(const UCollator *collator, char16_t c)
{
    UErrorCode status = U_ZERO_ERROR;
    const UChar text = c;
    UCollationElements *elements = ucol_openElements(collator, &text, 1, &status);
    if (U_FAILURE(status))
        return 0;
    int weights = 0;
    quint32 weight = 0;
    bool lastHadPrimary = false;
    for (qint32 ce = ucol_next(elements, &status); ce != UCOL_NULLORDER && U_SUCCESS(status);
         ce = ucol_next(elements, &status)) {
        const quint32 high = quint32(ce) >> 16;
        if ((ce & 0xC0) == 0xC0) { // a continuation: the low half of the previous primary
            if (lastHadPrimary)
                weight |= high;
            continue;
        }
        lastHadPrimary = high != 0;
        if (lastHadPrimary) {
            ++weights;
            weight = high << 16;
        }
    }
    ucol_closeElements(elements);
    return U_SUCCESS(status) && weights == 1 ? weight : 0;
}

} // namespace

TextCollation::TextCollation(const QLocale &locale)
    : m_locale(locale)
    , m_collator(openCollator(locale, UCOL_DEFAULT_STRENGTH))
{
    if (m_collator)
        learnPrimaryRanks(locale);
}

TextCollation::~TextCollation()
{
    if (m_collator)
        ucol_close(m_collator);
}

std::unique_ptr<TextCollation> TextCollation::clone() const
{
    return std::make_unique<TextCollation>(m_locale);
}

int TextCollation::compare(QStringView a, QStringView b) const
{
    if (!m_collator) {
        const int c = a.compare(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    return int(ucol_strcoll(m_collator, utf16(a), qint32(a.size()), utf16(b), qint32(b.size())));
}

void TextCollation::appendSortKey(QStringView text, std::string *key) const
{
    const size_t start = key->size();
    if (!m_collator) { // code-point order: UTF-16 units, big-endian
        key->resize(start + size_t(text.size()) * 2);
        for (qsizetype i = 0; i < text.size(); ++i) {
            (*key)[start + size_t(i) * 2] = char(text.utf16()[i] >> 8);
            (*key)[start + size_t(i) * 2 + 1] = char(text.utf16()[i] & 0xff);
        }
        return;
    }
    qint32 room = qint32(qMin<qsizetype>(text.size(), 1 << 20) * 4 + 16);
    for (;;) {
        key->resize(start + size_t(room));
        const qint32 length = ucol_getSortKey(m_collator, utf16(text), qint32(text.size()),
                                              reinterpret_cast<uint8_t *>(key->data() + start), room);
        if (length <= room) { // length counts the final 0, which is dropped
            key->resize(start + size_t(qMax(length - 1, 0)));
            return;
        }
        room = length;
    }
}

void TextCollation::learnPrimaryRanks(const QLocale &locale)
{
    std::array<quint32, 256> weights{};
    for (char16_t c = 0x20; c < 0x100; ++c) {
        if (c < 0x7F || c >= 0xA0)
            weights[c] = singlePrimaryWeight(m_collator, c);
    }

    // A contraction ("ch" in Czech, "aa" in Danish) orders two characters
    // as one: a string holding one is not a sequence of single weights.
    // Taking its last character out of the simple ones is enough, since a
    // string with a character that is not simple is ranked the slow way.
    UErrorCode status = U_ZERO_ERROR;
    USet *contractions = uset_openEmpty();
    ucol_getContractionsAndExpansions(m_collator, contractions, nullptr, true, &status);
    if (U_FAILURE(status)) {
        uset_close(contractions);
        return;
    }
    for (qint32 i = 0, count = uset_getItemCount(contractions); i < count; ++i) {
        UChar32 first = 0, last = 0;
        UChar text[32];
        status = U_ZERO_ERROR;
        const qint32 length = uset_getItem(contractions, i, &first, &last, text, 32, &status);
        if (length <= 0 || length > 32 || U_FAILURE(status))
            continue;
        const bool allSimple = std::all_of(text, text + length, [&](UChar c) { return c < 0x100 && weights[c]; });
        if (allSimple)
            weights[text[length - 1]] = 0;
    }
    uset_close(contractions);

    std::vector<quint32> distinct;
    for (quint32 w : weights) {
        if (w)
            distinct.push_back(w);
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    if (distinct.size() > 255)
        return;
    std::array<quint8, 256> ranks{};
    for (size_t c = 0; c < weights.size(); ++c) {
        if (weights[c])
            ranks[c] = quint8(std::lower_bound(distinct.begin(), distinct.end(), weights[c]) - distinct.begin() + 1);
    }

    // Trust the ranks only if ICU, comparing at the primary level, orders
    // the characters the same way; otherwise every string goes the slow way.
    UCollator *primary = openCollator(locale, UCOL_PRIMARY);
    if (!primary)
        return;
    std::vector<char16_t> simple;
    for (char16_t c = 0; c < 0x100; ++c) {
        if (ranks[c])
            simple.push_back(c);
    }
    std::stable_sort(simple.begin(), simple.end(), [&](char16_t a, char16_t b) { return ranks[a] < ranks[b]; });
    bool agrees = true;
    for (size_t i = 1; i < simple.size() && agrees; ++i) {
        const UChar a = simple[i - 1], b = simple[i];
        const UCollationResult order = ucol_strcoll(primary, &a, 1, &b, 1);
        agrees = ranks[a] == ranks[b] ? order == UCOL_EQUAL : order == UCOL_LESS;
    }
    ucol_close(primary);
    if (agrees)
        m_primaryRanks = ranks;
}
