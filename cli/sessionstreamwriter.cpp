#include "cli/sessionstreamwriter.h"

#include "wire/sessioncodec.h"
#include "wire/sessioncsv.h"

namespace BillForward {

SessionStreamWriter::SessionStreamWriter(SessionFormatter::Format format, FILE *stream)
    : m_format(format), m_stream(stream)
{
}

void SessionStreamWriter::write(const QList<UsageSession> &sessions)
{
    if (sessions.isEmpty())
        return;
    if (!m_begun)
        begin(sessions);
    switch (m_format) {
    case SessionFormatter::Format::Json: {
        const QByteArray array = SessionCodec::encodeSessions(sessions); // [a,b]
        QByteArray out = m_anyRow ? QByteArrayLiteral(",") : QByteArray();
        out += QByteArrayView(array).sliced(1, array.size() - 2);
        put(out);
        break;
    }
    case SessionFormatter::Format::Csv: {
        // SessionCsv writes a header before every batch: the first is kept by begin().
        static const qsizetype headerSize = SessionCsv::encode({}).size();
        put(SessionCsv::encode(sessions).mid(headerSize));
        break;
    }
    case SessionFormatter::Format::Table: {
        QString out;
        for (const UsageSession &session : sessions)
            out += SessionFormatter::tableLine(SessionFormatter::tableCells(session), m_widths);
        put(out.toUtf8());
        break;
    }
    }
    m_anyRow = true;
}

void SessionStreamWriter::finish()
{
    if (!m_begun)
        begin({});
    if (m_format == SessionFormatter::Format::Json)
        put(QByteArrayLiteral("]\n"));
}

void SessionStreamWriter::begin(const QList<UsageSession> &first)
{
    m_begun = true;
    switch (m_format) {
    case SessionFormatter::Format::Json:
        put(QByteArrayLiteral("["));
        return;
    case SessionFormatter::Format::Csv:
        put(SessionCsv::encode({}));
        return;
    case SessionFormatter::Format::Table: {
        const QStringList header = SessionFormatter::tableHeader();
        SessionFormatter::widen(m_widths, header);
        for (const UsageSession &session : first)
            SessionFormatter::widen(m_widths, SessionFormatter::tableCells(session));
        put(SessionFormatter::tableLine(header, m_widths).toUtf8());
        return;
    }
    }
}

void SessionStreamWriter::put(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

} // namespace BillForward
