#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QStringView>

namespace BillForward {

// Appends JSON tokens to a byte array without building a DOM. Output is
// always valid UTF-8: a lone surrogate in a QString becomes U+FFFD.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    // Pre-escaped ASCII, such as `{"sessionID":`.
    void raw(const char *ascii) { m_out.append(ascii); }
    void raw(char c) { m_out.append(c); }
    void string(QStringView text);
    void integer(qint64 value);
    // A quoted WireTime, or null for NoTimestamp and years outside 1..9999.
    void timestamp(Timestamp utcMsecs);
    void null() { m_out.append("null"); }

private:
    QByteArray &m_out;
};

namespace WireTimeDetail {
// Writes `YYYY-MM-DDTHH:MM:SS[.mmm]Z` to `out` (at least 24 bytes) and
// returns its length, or 0 when the time cannot be written.
int formatTo(char *out, Timestamp utcMsecs);
} // namespace WireTimeDetail

} // namespace BillForward
