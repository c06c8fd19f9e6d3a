#include "wire/jsonwriter.h"

#include <charconv>

namespace BillForward {

void JsonWriter::string(QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const qsizetype start = m_out.size();
    // Worst case: every UTF-16 unit becomes a 6-byte \u00XX escape.
    m_out.resize(start + 2 + text.size() * 6);
    char *d = m_out.data() + start;
    *d++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case u'"': *d++ = '"'; break;
            case u'\\': *d++ = '\\'; break;
            case u'\b': *d++ = 'b'; break;
            case u'\f': *d++ = 'f'; break;
            case u'\n': *d++ = 'n'; break;
            case u'\r': *d++ = 'r'; break;
            case u'\t': *d++ = 't'; break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = Hex[c >> 4];
                *d++ = Hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t u = QChar::surrogateToUcs4(c, *p++);
            *d++ = char(0xf0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3f));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else {
            const char16_t u = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        }
    }
    *d++ = '"';
    m_out.resize(d - m_out.constData());
}

void JsonWriter::integer(qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::timestamp(Timestamp utcMsecs)
{
    char buffer[32];
    buffer[0] = '"';
    const int length = WireTimeDetail::formatTo(buffer + 1, utcMsecs);
    if (length == 0) {
        null();
        return;
    }
    buffer[length + 1] = '"';
    m_out.append(buffer, length + 2);
}

} // namespace BillForward
