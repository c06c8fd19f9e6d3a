#pragma once

#include "cli/sessionformatter.h"
#include "wire/usagesession.h"

#include <QList>

#include <cstdio>

namespace BillForward {

// Writes sessions to a stream as they arrive, in the order given, so that a
// list of any length never sits in memory whole. JSON is one array; CSV a
// header, then rows; a table takes its column widths from the header and
// the first sessions written (a longer cell later is kept whole).
//
// finish() ends the output (the array's `]`). Output that is never
// finished, because the list failed half-way, stays open: no JSON parser
// takes a list cut short for a whole one.
class SessionStreamWriter final
{
public:
    SessionStreamWriter(SessionFormatter::Format format, FILE *stream);

    void write(const QList<UsageSession> &sessions);
    void finish();

private:
    void begin(const QList<UsageSession> &first);
    void put(const QByteArray &bytes);

    SessionFormatter::Format m_format;
    FILE *m_stream;
    bool m_begun = false;
    bool m_anyRow = false;
    QList<qsizetype> m_widths; // table only
};

} // namespace BillForward
