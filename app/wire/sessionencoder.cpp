#include "wire/jsonwriter.h"
#include "wire/sessioncodec.h"

// Encoding writes bytes straight into a QByteArray: no QJsonObject, no DOM.

namespace BillForward::SessionCodec {

namespace {

// Every field, in a fixed order. Unset datetimes are written as null (only
// `stop` is unset in practice); no field is ever left out.
void writeSession(JsonWriter &w, const UsageSession &s)
{
    w.raw(R"({"@type":"usageSession","created":)");
    w.timestamp(s.created);
    w.raw(R"(,"changedBy":)");
    w.string(s.changedBy);
    w.raw(R"(,"organizationID":)");
    w.string(s.organizationId);
    w.raw(R"(,"subscriptionID":)");
    w.string(s.subscriptionId);
    w.raw(R"(,"sessionID":)");
    w.string(s.sessionId);
    w.raw(R"(,"pricingComponentID":)");
    w.string(s.pricingComponentId);
    w.raw(R"(,"pricingComponentName":)");
    w.string(s.pricingComponentName);
    w.raw(R"(,"uom":)");
    w.string(s.uom);
    w.raw(R"(,"description":)");
    w.string(s.description);
    w.raw(R"(,"sessionix":)");
    w.integer(s.sessionix);
    w.raw(R"(,"start":)");
    w.timestamp(s.start);
    w.raw(R"(,"stop":)");
    w.timestamp(s.stop);
    w.raw(R"(,"state":)");
    w.string(s.state);
    w.raw(R"(,"uduration":)");
    w.integer(s.uduration);
    w.raw('}');
}

// Only what a caller sets on a start or stop; server-set fields (created,
// changedBy, sessionix, state, uduration) are never sent.
void writeRequestSession(JsonWriter &w, const UsageSession &s)
{
    char separator = '{';
    const auto stringField = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        w.raw(separator);
        separator = ',';
        w.raw(key);
        w.string(value);
    };
    const auto timeField = [&](const char *key, Timestamp value) {
        if (value == NoTimestamp)
            return;
        w.raw(separator);
        separator = ',';
        w.raw(key);
        w.timestamp(value);
    };
    stringField(R"("organizationID":)", s.organizationId);
    stringField(R"("subscriptionID":)", s.subscriptionId);
    stringField(R"("sessionID":)", s.sessionId);
    stringField(R"("pricingComponentID":)", s.pricingComponentId);
    stringField(R"("pricingComponentName":)", s.pricingComponentName);
    stringField(R"("uom":)", s.uom);
    stringField(R"("description":)", s.description);
    timeField(R"("start":)", s.start);
    timeField(R"("stop":)", s.stop);
    if (separator == '{')
        w.raw('{');
    w.raw('}');
}

} // namespace

QByteArray encodeSession(const UsageSession &session)
{
    QByteArray out;
    out.reserve(640);
    appendSession(out, session);
    return out;
}

void appendSession(QByteArray &out, const UsageSession &session)
{
    JsonWriter w(out);
    writeSession(w, session);
}

QByteArray encodeSessions(const QList<UsageSession> &sessions)
{
    QByteArray out;
    out.reserve(2 + sessions.size() * 600);
    JsonWriter w(out);
    w.raw('[');
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (i != 0)
            w.raw(',');
        writeSession(w, sessions.at(i));
    }
    w.raw(']');
    return out;
}

QByteArray encodeBatch(const SessionBatch &batch)
{
    QByteArray out;
    JsonWriter w(out);
    w.raw(R"({"usageSessions":[)");
    for (qsizetype i = 0; i < batch.usageSessions.size(); ++i) {
        if (i != 0)
            w.raw(',');
        writeRequestSession(w, batch.usageSessions.at(i));
    }
    w.raw(']');
    if (!batch.organizationId.isEmpty()) {
        w.raw(R"(,"organizationID":)");
        w.string(batch.organizationId);
    }
    w.raw('}');
    return out;
}

QByteArray encodeError(const BFError &error)
{
    QByteArray out;
    JsonWriter w(out);
    w.raw(R"({"errorType":)");
    w.string(error.errorType);
    w.raw(R"(,"errorMessage":)");
    w.string(error.errorMessage);
    if (error.errorCode) {
        w.raw(R"(,"errorCode":)");
        w.integer(*error.errorCode);
    }
    w.raw(R"(,"errorParameters":[)");
    for (qsizetype i = 0; i < error.errorParameters.size(); ++i) {
        if (i != 0)
            w.raw(',');
        w.string(error.errorParameters.at(i));
    }
    w.raw("]}");
    return out;
}

QByteArray encodePage(const SessionPage &metadata, const QList<QByteArray> &encodedSessions)
{
    qsizetype bytes = 256 + metadata.nextPage.size() * 3;
    for (const QByteArray &session : encodedSessions)
        bytes += session.size() + 1;
    QByteArray out;
    out.reserve(bytes);
    JsonWriter w(out);
    w.raw('{');
    if (!metadata.nextPage.isEmpty()) {
        w.raw(R"("nextPage":)");
        w.string(metadata.nextPage);
        w.raw(',');
    }
    w.raw(R"("currentPage":)");
    w.integer(metadata.currentPage);
    w.raw(R"(,"currentOffset":)");
    w.integer(metadata.currentOffset);
    w.raw(R"(,"recordsRequested":)");
    w.integer(metadata.recordsRequested);
    w.raw(R"(,"recordsReturned":)");
    w.integer(metadata.recordsReturned);
    w.raw(R"(,"executionTime":)");
    w.integer(metadata.executionTime);
    w.raw(R"(,"results":[)");
    for (qsizetype i = 0; i < encodedSessions.size(); ++i) {
        if (i != 0)
            out.append(',');
        out.append(encodedSessions.at(i));
    }
    out.append("]}");
    return out;
}

} // namespace BillForward::SessionCodec
