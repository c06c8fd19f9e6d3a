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

// Decoding rules, beyond the contract:
// - null is accepted for every optional field and means "not set" (empty
//   string, NoTimestamp, 0); null or absent subscriptionID, sessionID or uom
//   rejects a session of a page (and decodeSession) as missing. decodeBatch
//   checks types only: the emulator validates required fields per item.
// - Numbers must be JSON integers (sessionix within 32 bits, the rest 64).
// - Unknown fields, at any depth, are read and validated but ignored; values
//   nested deeper than 64 levels in all are rejected. A repeated key: the
//   last one wins.
// - Errors of the document as a whole (not JSON, truncated, not an object,
//   text after it, over MaxDocumentBytes) have an empty jsonPath.
// - Memory: results are reserved from their exact count, never more than
//   one per 44 bytes of input for a page (3 for a batch); repeated strings of
//   one call are shared (see StringPool); each thread keeps its parser
//   between calls for documents up to 8 MiB (it takes ~6.7x the document).

bool decodePage(QByteArrayView json, SessionPage &page, DecodeError &error);
bool decodeBatch(QByteArrayView json, SessionBatch &batch, DecodeError &error);
bool decodeSession(QByteArrayView json, UsageSession &session, DecodeError &error);
// Lenient: true when the body is a JSON object with at least an errorType
// or an errorMessage.
bool decodeError(QByteArrayView json, BFError &error);

// A session with every field, as a server writes it: `stop` null while
// active. Every unset datetime (NoTimestamp, or a year outside 1..9999) is
// written as null; no field is ever left out.
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
// Also: lower-case `t`/`z`, `,` before the fraction, and no zone at all
// (read as UTC, as the contract's datetimes are). Digits beyond milliseconds
// are dropped, not rounded. Rejects impossible dates (2026-02-30), second 60,
// offsets beyond 23:59, and results outside years 0001..9999 UTC; `out` is
// left untouched on failure.
bool parse(QByteArrayView text, Timestamp &out);
// `YYYY-MM-DDTHH:MM:SSZ`, with `.mmm` only when milliseconds are non-zero;
// empty for NoTimestamp and outside years 0001..9999.
QByteArray format(Timestamp utcMsecs);
QString toString(Timestamp utcMsecs);

} // namespace WireTime

} // namespace BillForward
