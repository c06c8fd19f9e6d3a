#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace BillForward {

// Why a body could not be decoded, and where: `jsonPath` is like
// `results[3].start` (empty when the document as a whole is broken).
struct DecodeError
{
    QString jsonPath;
    QString reason; // plain English, for logs and the error message
    QString message() const;
};

// The JSON wire format of the usage-sessions API (contract:
// shared/spec/usage-sessions-api.md). Decoding accepts everything a real
// server may send (unknown fields, @type tags, fractional seconds, numeric
// offsets, absent or null `stop`, unknown `state` values) and rejects what
// cannot be a valid answer with the JSON path of the first problem.
// Decoding is reentrant: call it from any thread.
namespace SessionCodec {

inline constexpr qint64 MaxDocumentBytes = qint64(1) << 30;

bool decodePage(QByteArrayView json, SessionPage &page, DecodeError &error);
bool decodeBatch(QByteArrayView json, SessionBatch &batch, DecodeError &error);
bool decodeSession(QByteArrayView json, UsageSession &session, DecodeError &error);
// Lenient: true when the body is a JSON object with at least an errorType
// or an errorMessage.
bool decodeError(QByteArrayView json, BFError &error);

// A session with every field, as a server writes it: `stop` null while
// active.
QByteArray encodeSession(const UsageSession &session);
void appendSession(QByteArray &out, const UsageSession &session);
// A JSON array of sessions, as encodeSession writes each.
QByteArray encodeSessions(const QList<UsageSession> &sessions);
// A CompoundUsageSession holding only the fields that are set.
QByteArray encodeBatch(const SessionBatch &batch);
QByteArray encodeError(const BFError &error);
// A page from sessions already encoded (the emulator keeps each session's
// JSON beside its columns, so it never builds a DOM to answer).
QByteArray encodePage(const SessionPage &metadata, const QList<QByteArray> &encodedSessions);

} // namespace SessionCodec

// ISO 8601 datetimes of the wire.
namespace WireTime {

// Accepts `YYYY-MM-DDTHH:MM:SS`, optional fraction (any number of digits,
// kept to milliseconds), then `Z`, `+HH:MM`, `+HHMM` or `+HH` (or minus).
bool parse(QByteArrayView text, Timestamp &out);
// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when milliseconds are non-zero.
QByteArray format(Timestamp utcMsecs);
QString toString(Timestamp utcMsecs);

} // namespace WireTime

} // namespace BillForward
