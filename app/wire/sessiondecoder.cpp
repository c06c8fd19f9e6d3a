#include "wire/sessioncodec.h"
#include "wire/stringpool.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <string_view>

// Decoding uses simdjson's On-Demand API: it walks the document once, in
// order, and materialises only the values it is asked for (unknown fields
// are skipped without being parsed).

namespace BillForward {

QString DecodeError::message() const
{
    if (jsonPath.isEmpty())
        return QCoreApplication::translate("BillForward::DecodeError", "Invalid JSON: %1").arg(reason);
    return QCoreApplication::translate("BillForward::DecodeError", "Invalid JSON at %1: %2")
        .arg(jsonPath, reason);
}

namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using namespace std::string_view_literals;

// The shortest session a page may hold:
// {"subscriptionID":"","sessionID":"","uom":""}
constexpr std::size_t MinPageSessionBytes = 44;
// Parser memory kept per thread between calls (about 6.7x the document);
// larger documents release it when done.
constexpr std::size_t RetainedParserCapacity = std::size_t(8) << 20;

struct ThreadParser
{
    od::parser parser;
    std::unique_ptr<char[]> buffer;
    std::size_t bufferCapacity = 0;
};

thread_local ThreadParser t_parser;

const char *typeName(od::json_type type)
{
    switch (type) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
    }
    return "an unknown value";
}

// Where a value sits: `field`, or `array[index].field`.
struct Path
{
    const char *array = nullptr;
    qsizetype index = -1;

    QString at(const char *field) const
    {
        QString path;
        if (array) {
            path = QLatin1String(array) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
            if (field)
                path += QLatin1Char('.');
        }
        if (field)
            path += QLatin1String(field);
        return path;
    }
};

// Nesting of the values the decoder reads; unknown values may nest up to
// MaxDepth in all.
constexpr int TopDepth = 2;
constexpr int SessionDepth = 4; // {"results":[{"field":
constexpr int MaxDepth = 64;

constexpr unsigned SeenSubscription = 1;
constexpr unsigned SeenSession = 2;
constexpr unsigned SeenUom = 4;

// At most QuotedChars characters of a value a server sent, and its length:
// enough to recognise it, too little to carry a secret it may have echoed
// into a field (errors reach logs, the journal and the CLI's stderr).
constexpr qsizetype QuotedChars = 6;

QString quoted(std::string_view text)
{
    const QString value = qStringFromUtf8(text);
    if (value.size() <= QuotedChars)
        return QLatin1Char('"') + value + QLatin1Char('"');
    return QStringLiteral("\"%1…\" (%2 characters)").arg(value.left(QuotedChars)).arg(value.size());
}

class Decoder final
{
public:
    explicit Decoder(DecodeError &error) : m_error(error) {}

    bool fail(QString path, QString reason)
    {
        m_error.jsonPath = std::move(path);
        m_error.reason = std::move(reason);
        return false;
    }

    bool syntax(error_code code)
    {
        return fail(QString(), QStringLiteral("not valid JSON (%1)")
                                   .arg(QLatin1String(simdjson::error_message(code))));
    }

    bool wrongType(const Path &path, const char *field, const char *expected, od::json_type got)
    {
        return fail(path.at(field), QStringLiteral("expected %1, got %2")
                                        .arg(QLatin1String(expected), QLatin1String(typeName(got))));
    }

    // Null is consumed and validated here, so that `nul` is not taken for it.
    bool typeOf(od::value &value, od::json_type &type)
    {
        if (const error_code e = value.type().get(type))
            return syntax(e);
        if (type == od::json_type::null) {
            bool isNull = false;
            if (const error_code e = value.is_null().get(isNull))
                return syntax(e);
            if (!isNull)
                return syntax(simdjson::N_ATOM_ERROR);
        }
        return true;
    }

    // A string or null (null reads as "not set").
    bool string(od::value &value, const Path &path, const char *field, std::string_view &out,
                bool &isSet)
    {
        od::json_type type = od::json_type::null;
        if (!typeOf(value, type))
            return false;
        isSet = false;
        if (type == od::json_type::null)
            return true;
        if (type != od::json_type::string)
            return wrongType(path, field, "a string", type);
        if (const error_code e = value.get_string().get(out))
            return syntax(e);
        isSet = true;
        return true;
    }

    bool internedString(od::value &value, const Path &path, const char *field, QString &out,
                        bool *wasSet = nullptr)
    {
        std::string_view text;
        bool isSet = false;
        if (!string(value, path, field, text, isSet))
            return false;
        out = isSet ? m_pool.intern(text) : QString();
        if (wasSet)
            *wasSet = isSet;
        return true;
    }

    bool plainString(od::value &value, const Path &path, const char *field, QString &out,
                     bool *wasSet = nullptr)
    {
        std::string_view text;
        bool isSet = false;
        if (!string(value, path, field, text, isSet))
            return false;
        out = isSet ? qStringFromUtf8(text) : QString();
        if (wasSet)
            *wasSet = isSet;
        return true;
    }

    // Reads a value nobody asked for, so that it is validated like the rest
    // (On-Demand would otherwise skip it unchecked). Depth is bounded.
    bool skip(od::value &value, int depth);

    bool timestamp(od::value &value, const Path &path, const char *field, Timestamp &out)
    {
        std::string_view text;
        bool isSet = false;
        if (!string(value, path, field, text, isSet))
            return false;
        if (!isSet) {
            out = NoTimestamp;
            return true;
        }
        if (!WireTime::parse(QByteArrayView(text.data(), qsizetype(text.size())), out)) {
            return fail(path.at(field), QStringLiteral("not a valid datetime: %1").arg(quoted(text)));
        }
        return true;
    }

    // An integer or null (null leaves `out` unchanged).
    bool integer(od::value &value, const Path &path, const char *field, qint64 &out)
    {
        od::json_type type = od::json_type::null;
        if (!typeOf(value, type))
            return false;
        if (type == od::json_type::null)
            return true;
        if (type != od::json_type::number)
            return wrongType(path, field, "an integer", type);
        int64_t number = 0;
        if (value.get_int64().get(number) != simdjson::SUCCESS)
            return fail(path.at(field), QStringLiteral("expected a 64-bit integer"));
        out = number;
        return true;
    }

    bool object(od::value &value, const Path &path, const char *field, od::object &out)
    {
        od::json_type type = od::json_type::null;
        if (const error_code e = value.type().get(type))
            return syntax(e);
        if (type != od::json_type::object)
            return wrongType(path, field, "an object", type);
        if (const error_code e = value.get_object().get(out))
            return syntax(e);
        return true;
    }

    bool array(od::value &value, const Path &path, const char *field, od::array &out)
    {
        od::json_type type = od::json_type::null;
        if (const error_code e = value.type().get(type))
            return syntax(e);
        if (type != od::json_type::array)
            return wrongType(path, field, "an array", type);
        if (const error_code e = value.get_array().get(out))
            return syntax(e);
        return true;
    }

    // Calls `read(key, value)` for each member of `object`, in order, until
    // one returns false.
    template<typename Read>
    bool members(od::object &object, Read &&read);

    enum class Field { Read, Failed, Unknown };

    bool session(od::object &object, UsageSession &s, const Path &path, bool requireIds);
    Field sessionField(std::string_view key, od::value &value, UsageSession &s, const Path &path,
                       unsigned &seen);
    // Each element of `items` (at `name` in the document) into `sessions`.
    bool sessions(od::array &items, const char *name, std::size_t maxItems,
                  QList<UsageSession> &sessions, bool requireIds);

    bool topObject(od::document &doc, od::object &out)
    {
        const error_code e = doc.get_object().get(out);
        if (e == simdjson::INCORRECT_TYPE)
            return fail(QString(), QStringLiteral("the document is not a JSON object"));
        return e ? syntax(e) : true;
    }

    bool atEnd(od::document &doc)
    {
        const char *location = nullptr;
        if (doc.current_location().get(location) == simdjson::OUT_OF_BOUNDS)
            return true;
        return fail(QString(), QStringLiteral("unexpected text after the JSON object"));
    }

private:
    DecodeError &m_error;
    StringPool m_pool;
};

template<typename Read>
bool Decoder::members(od::object &object, Read &&read)
{
    for (auto member : object) {
        od::field field;
        if (const error_code e = std::move(member).get(field))
            return syntax(e);
        std::string_view key;
        if (const error_code e = field.unescaped_key().get(key))
            return syntax(e);
        if (!read(key, field.value()))
            return false;
    }
    return true;
}

bool Decoder::session(od::object &object, UsageSession &s, const Path &path, bool requireIds)
{
    unsigned seen = 0;
    const bool ok = members(object, [&](std::string_view key, od::value &value) {
        switch (sessionField(key, value, s, path, seen)) {
        case Field::Read:
            return true;
        case Field::Failed:
            return false;
        case Field::Unknown:
            break;
        }
        return skip(value, SessionDepth);
    });
    if (!ok)
        return false;
    if (requireIds) {
        if (!(seen & SeenSubscription))
            return fail(path.at("subscriptionID"), QStringLiteral("required field is missing"));
        if (!(seen & SeenSession))
            return fail(path.at("sessionID"), QStringLiteral("required field is missing"));
        if (!(seen & SeenUom))
            return fail(path.at("uom"), QStringLiteral("required field is missing"));
    }
    return true;
}

bool Decoder::skip(od::value &value, int depth)
{
    if (depth > MaxDepth)
        return fail(QString(), QStringLiteral("values are nested deeper than %1 levels").arg(MaxDepth));
    od::json_type type = od::json_type::null;
    if (!typeOf(value, type))
        return false;
    error_code e = simdjson::SUCCESS;
    switch (type) {
    case od::json_type::array: {
        od::array items;
        if ((e = value.get_array().get(items)))
            break;
        for (auto element : items) {
            od::value item;
            if ((e = std::move(element).get(item)))
                break;
            if (!skip(item, depth + 1))
                return false;
        }
        break;
    }
    case od::json_type::object: {
        od::object object;
        if ((e = value.get_object().get(object)))
            break;
        for (auto member : object) {
            od::field field;
            std::string_view key;
            if ((e = std::move(member).get(field)) || (e = field.unescaped_key().get(key)))
                break;
            if (!skip(field.value(), depth + 1))
                return false;
        }
        break;
    }
    case od::json_type::number: {
        double number = 0;
        e = value.get_double().get(number);
        break;
    }
    case od::json_type::string: {
        std::string_view text;
        e = value.get_string().get(text);
        break;
    }
    case od::json_type::boolean: {
        bool flag = false;
        e = value.get_bool().get(flag);
        break;
    }
    case od::json_type::null:
        break; // validated by typeOf()
    }
    return e ? syntax(e) : true;
}

Decoder::Field Decoder::sessionField(std::string_view key, od::value &value, UsageSession &s,
                                     const Path &path, unsigned &seen)
{
    const auto read = [](bool ok) { return ok ? Field::Read : Field::Failed; };
    switch (key.size()) {
    case 3:
        if (key == "uom"sv) {
            bool isSet = false;
            const Field result = read(internedString(value, path, "uom", s.uom, &isSet));
            seen = isSet ? seen | SeenUom : seen & ~SeenUom;
            return result;
        }
        break;
    case 4:
        if (key == "stop"sv)
            return read(timestamp(value, path, "stop", s.stop));
        break;
    case 5:
        if (key == "start"sv)
            return read(timestamp(value, path, "start", s.start));
        else if (key == "state"sv)
            return read(internedString(value, path, "state", s.state));
        break;
    case 7:
        if (key == "created"sv)
            return read(timestamp(value, path, "created", s.created));
        break;
    case 9:
        if (key == "sessionID"sv) {
            bool isSet = false;
            const Field result = read(plainString(value, path, "sessionID", s.sessionId, &isSet));
            seen = isSet ? seen | SeenSession : seen & ~SeenSession;
            return result;
        } else if (key == "changedBy"sv) {
            return read(internedString(value, path, "changedBy", s.changedBy));
        } else if (key == "uduration"sv) {
            return read(integer(value, path, "uduration", s.uduration));
        } else if (key == "sessionix"sv) {
            qint64 ix = s.sessionix;
            if (!integer(value, path, "sessionix", ix))
                return Field::Failed;
            if (ix < std::numeric_limits<qint32>::min() || ix > std::numeric_limits<qint32>::max()) {
                fail(path.at("sessionix"), QStringLiteral("out of range for a 32-bit integer"));
                return Field::Failed;
            }
            s.sessionix = qint32(ix);
            return Field::Read;
        }
        break;
    case 11:
        if (key == "description"sv)
            return read(internedString(value, path, "description", s.description));
        break;
    case 14:
        if (key == "subscriptionID"sv) {
            bool isSet = false;
            const Field result = read(internedString(value, path, "subscriptionID", s.subscriptionId, &isSet));
            seen = isSet ? seen | SeenSubscription : seen & ~SeenSubscription;
            return result;
        } else if (key == "organizationID"sv) {
            return read(internedString(value, path, "organizationID", s.organizationId));
        }
        break;
    case 18:
        if (key == "pricingComponentID"sv)
            return read(internedString(value, path, "pricingComponentID", s.pricingComponentId));
        break;
    case 20:
        if (key == "pricingComponentName"sv)
            return read(internedString(value, path, "pricingComponentName", s.pricingComponentName));
        break;
    default:
        break;
    }
    return Field::Unknown;
}

bool Decoder::sessions(od::array &items, const char *name, std::size_t maxItems,
                       QList<UsageSession> &sessions, bool requireIds)
{
    sessions.clear(); // a repeated key: the last one wins
    std::size_t count = 0;
    if (const error_code e = items.count_elements().get(count))
        return syntax(e);
    sessions.reserve(qsizetype(std::min(count, maxItems)));
    Path path{name, 0};
    for (auto element : items) {
        od::value item;
        if (const error_code e = std::move(element).get(item))
            return syntax(e);
        od::object object;
        if (!this->object(item, path, nullptr, object))
            return false;
        if (!session(object, sessions.emplace_back(), path, requireIds))
            return false;
        ++path.index;
    }
    return true;
}

// Runs `decode` on a padded copy of `json` with this thread's parser.
template<typename Decode>
bool withDocument(QByteArrayView json, DecodeError &error, Decode &&decode)
{
    Decoder decoder(error);
    if (json.size() > SessionCodec::MaxDocumentBytes)
        return decoder.fail(QString(), QStringLiteral("the document is larger than %1 bytes")
                                           .arg(SessionCodec::MaxDocumentBytes));
    ThreadParser &t = t_parser;
    const auto size = std::size_t(json.size());
    const std::size_t needed = size + simdjson::SIMDJSON_PADDING;
    if (t.bufferCapacity < needed) {
        t.buffer.reset(new char[needed]);
        t.bufferCapacity = needed;
    }
    if (size != 0)
        std::memcpy(t.buffer.get(), json.data(), size);
    std::memset(t.buffer.get() + size, 0, simdjson::SIMDJSON_PADDING);

    od::document doc;
    bool ok = false;
    if (const error_code e = t.parser.iterate(t.buffer.get(), size, t.bufferCapacity).get(doc))
        ok = decoder.syntax(e);
    else
        ok = decode(decoder, doc);

    if (t.bufferCapacity > RetainedParserCapacity || t.parser.capacity() > RetainedParserCapacity) {
        doc = od::document();
        t.parser = od::parser();
        t.buffer.reset();
        t.bufferCapacity = 0;
    }
    return ok;
}

// A top-level object with one required array of sessions, `listName`,
// beside fields that `readOther(decoder, key, value)` reads (Field::Unknown:
// skipped). `minItemBytes` is the shortest element the list may hold, to
// reserve no more than the document can fill.
template<typename ReadOther>
bool decodeList(QByteArrayView json, DecodeError &error, const char *listName, std::size_t minItemBytes,
                bool requireIds, QList<UsageSession> &sessions, ReadOther &&readOther)
{
    const std::size_t maxItems = std::size_t(json.size()) / minItemBytes + 1;
    const std::string_view listKey(listName);
    return withDocument(json, error, [&](Decoder &d, od::document &doc) {
        od::object top;
        if (!d.topObject(doc, top))
            return false;
        bool sawList = false;
        const bool ok = d.members(top, [&](std::string_view key, od::value &value) {
            if (key == listKey) {
                od::array items;
                sawList = true;
                return d.array(value, Path(), listName, items)
                    && d.sessions(items, listName, maxItems, sessions, requireIds);
            }
            switch (readOther(d, key, value)) {
            case Decoder::Field::Read:
                return true;
            case Decoder::Field::Failed:
                return false;
            case Decoder::Field::Unknown:
                break;
            }
            return d.skip(value, TopDepth);
        });
        if (!ok)
            return false;
        if (!sawList)
            return d.fail(QLatin1String(listName), QStringLiteral("required field is missing"));
        return d.atEnd(doc);
    });
}

Decoder::Field readField(bool ok)
{
    return ok ? Decoder::Field::Read : Decoder::Field::Failed;
}

} // namespace

namespace SessionCodec {

bool decodePage(QByteArrayView json, SessionPage &page, DecodeError &error)
{
    page = SessionPage();
    const Path root;
    const bool ok = decodeList(json, error, "results", MinPageSessionBytes, true, page.results,
                               [&](Decoder &d, std::string_view key, od::value &value) {
        if (key == "nextPage"sv)
            return readField(d.plainString(value, root, "nextPage", page.nextPage));
        if (key == "currentPage"sv)
            return readField(d.integer(value, root, "currentPage", page.currentPage));
        if (key == "currentOffset"sv)
            return readField(d.integer(value, root, "currentOffset", page.currentOffset));
        if (key == "recordsRequested"sv)
            return readField(d.integer(value, root, "recordsRequested", page.recordsRequested));
        if (key == "recordsReturned"sv)
            return readField(d.integer(value, root, "recordsReturned", page.recordsReturned));
        if (key == "executionTime"sv)
            return readField(d.integer(value, root, "executionTime", page.executionTime));
        return Decoder::Field::Unknown;
    });
    if (!ok)
        page = SessionPage();
    return ok;
}

bool decodeBatch(QByteArrayView json, SessionBatch &batch, DecodeError &error)
{
    batch = SessionBatch();
    const Path root;
    // The shortest element of a batch: `{},`
    const bool ok = decodeList(json, error, "usageSessions", 3, false, batch.usageSessions,
                               [&](Decoder &d, std::string_view key, od::value &value) {
        if (key == "organizationID"sv)
            return readField(d.plainString(value, root, "organizationID", batch.organizationId));
        return Decoder::Field::Unknown;
    });
    if (!ok)
        batch = SessionBatch();
    return ok;
}

bool decodeSession(QByteArrayView json, UsageSession &session, DecodeError &error)
{
    session = UsageSession();
    const bool ok = withDocument(json, error, [&](Decoder &d, od::document &doc) {
        od::object top;
        return d.topObject(doc, top) && d.session(top, session, Path(), true) && d.atEnd(doc);
    });
    if (!ok)
        session = UsageSession();
    return ok;
}

bool decodeError(QByteArrayView json, BFError &error)
{
    error = BFError();
    DecodeError ignored;
    bool found = false;
    // Lenient: fields of a wrong type are skipped, not fatal.
    const bool ok = withDocument(json, ignored, [&](Decoder &d, od::document &doc) {
        od::object top;
        if (!d.topObject(doc, top))
            return false;
        return d.members(top, [&](std::string_view key, od::value &value) {
            std::string_view text;
            if (key == "errorType"sv) {
                if (!value.get_string().get(text)) {
                    error.errorType = qStringFromUtf8(text);
                    found = true;
                }
            } else if (key == "errorMessage"sv) {
                if (!value.get_string().get(text)) {
                    error.errorMessage = qStringFromUtf8(text);
                    found = true;
                }
            } else if (key == "errorCode"sv) {
                int64_t code = 0;
                if (!value.get_int64().get(code))
                    error.errorCode = code;
            } else if (key == "errorParameters"sv) {
                od::array parameters;
                if (value.get_array().get(parameters))
                    return true;
                for (auto element : parameters) {
                    od::value parameter;
                    if (std::move(element).get(parameter))
                        return false;
                    if (!parameter.get_string().get(text))
                        error.errorParameters.append(qStringFromUtf8(text));
                }
            }
            return true;
        });
    });
    if (!ok || !found) {
        error = BFError();
        return false;
    }
    return true;
}

} // namespace SessionCodec

} // namespace BillForward
