#include "emulator/sessiondatabase.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>

namespace Emulator {

namespace {

QAtomicInteger<quint32> connectionCounter;

constexpr qint64 MaxJsonCacheBytes = qint64(256) * 1024 * 1024;

struct SortColumn
{
    const char *jsonName;
    SortField field;
    const char *column; // nullptr: order by the row id alone
};

// The whitelist: JSON field name -> fixed column.
constexpr SortColumn sortColumns[] = {
    { "@type", SortField::Type, nullptr },
    { "created", SortField::Created, "created" },
    { "changedBy", SortField::ChangedBy, "changed_by" },
    { "organizationID", SortField::OrganizationId, "organization" },
    { "subscriptionID", SortField::SubscriptionId, "subscription" },
    { "sessionID", SortField::SessionId, "session_id" },
    { "pricingComponentID", SortField::PricingComponentId, "pricing_component_id" },
    { "pricingComponentName", SortField::PricingComponentName, "pricing_component_name" },
    { "uom", SortField::Uom, "uom" },
    { "description", SortField::Description, "description" },
    { "sessionix", SortField::Sessionix, "sessionix" },
    { "start", SortField::Start, "start" },
    { "stop", SortField::Stop, "stop" },
    { "state", SortField::State, "state" },
    { "uduration", SortField::Uduration, "uduration" },
};

const char *columnOf(SortField field)
{
    for (const auto &c : sortColumns) {
        if (c.field == field)
            return c.column;
    }
    return nullptr;
}

const QString selectColumns = QStringLiteral(
        "id, subscription, session_id, uom, organization, pricing_component_id, "
        "pricing_component_name, description, changed_by, state, created, start, stop, "
        "uduration, sessionix");

// Columns are NOT NULL: a null QString would bind as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant timestampValue(BillForward::Timestamp t)
{
    return t == BillForward::NoTimestamp ? QVariant(QMetaType::fromType<qint64>())
                                         : QVariant(qint64(t));
}

BillForward::Timestamp timestampFrom(const QVariant &v)
{
    return v.isNull() ? BillForward::NoTimestamp : v.toLongLong();
}

StoredSession sessionFrom(const QSqlQuery &q)
{
    StoredSession s;
    s.rowId = q.value(0).toLongLong();
    auto &u = s.session;
    u.subscriptionId = q.value(1).toString();
    u.sessionId = q.value(2).toString();
    u.uom = q.value(3).toString();
    u.organizationId = q.value(4).toString();
    u.pricingComponentId = q.value(5).toString();
    u.pricingComponentName = q.value(6).toString();
    u.description = q.value(7).toString();
    u.changedBy = q.value(8).toString();
    u.state = q.value(9).toString();
    u.created = timestampFrom(q.value(10));
    u.start = timestampFrom(q.value(11));
    u.stop = timestampFrom(q.value(12));
    u.uduration = q.value(13).toLongLong();
    u.sessionix = q.value(14).toInt();
    return s;
}

} // namespace

std::optional<SortField> sortFieldFromJsonName(const QString &name)
{
    for (const auto &c : sortColumns) {
        if (name == QLatin1String(c.jsonName))
            return c.field;
    }
    return std::nullopt;
}

SessionDatabase::SessionDatabase()
    : m_connectionName(QStringLiteral("usa-emulator-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

SessionDatabase::~SessionDatabase()
{
    close();
}

bool SessionDatabase::open(const QString &path, QString *error)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_lastError = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
            if (error)
                *error = m_lastError;
            return false;
        }
    }
    // WAL with synchronous=NORMAL: a committed transaction survives the
    // process being killed (kill -9); only an OS crash or power loss may
    // lose the last commits, which is fine for an emulator.
    const bool ok = (path.isEmpty() || exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
            // Room for sorting while an index is built after a bulk load
            // (see dropSecondaryIndexes()), in memory rather than in temp files.
            && exec(QStringLiteral("PRAGMA cache_size=-65536"))
            && exec(QStringLiteral("PRAGMA temp_store=MEMORY"))
            && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS sessions ("
                                   "id INTEGER PRIMARY KEY,"
                                   "subscription TEXT NOT NULL,"
                                   "session_id TEXT NOT NULL,"
                                   "uom TEXT NOT NULL,"
                                   "organization TEXT NOT NULL,"
                                   "pricing_component_id TEXT NOT NULL,"
                                   "pricing_component_name TEXT NOT NULL,"
                                   "description TEXT NOT NULL,"
                                   "changed_by TEXT NOT NULL,"
                                   "state TEXT NOT NULL,"
                                   "created INTEGER,"
                                   "start INTEGER,"
                                   "stop INTEGER,"
                                   "uduration INTEGER NOT NULL,"
                                   "sessionix INTEGER NOT NULL,"
                                   "json BLOB NOT NULL)"))
            && createSecondaryIndexes()
            // At most one active incarnation per subscription + session + unit.
            && exec(QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS sessions_active "
                                   "ON sessions (subscription, session_id, uom) "
                                   "WHERE state = 'Active'"));
    if (!ok) {
        if (error)
            *error = m_lastError;
        close();
        return false;
    }
    return true;
}

void SessionDatabase::close()
{
    for (sqlite3_stmt **st : { &m_rawInsert, &m_rawJson }) {
        if (*st) {
            sqlite3_finalize(*st);
            *st = nullptr;
        }
    }
    m_rawDb = nullptr;
    m_orderCache.clear();
    forgetJson();
    m_findActive.reset();
    m_insert.reset();
    m_update.reset();
    m_jsonOf.reset();
    m_listQueries.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SessionDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
            && QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool SessionDatabase::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql)) {
        setError(sql, q);
        return false;
    }
    return true;
}

bool SessionDatabase::prepare(QSqlQuery &query, const QString &sql)
{
    if (!query.prepare(sql)) {
        setError(sql, query);
        return false;
    }
    return true;
}

QSqlQuery *SessionDatabase::cachedStatement(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        slot->setForwardOnly(true);
        if (!prepare(*slot, sql)) {
            slot.reset();
            return nullptr;
        }
    }
    return slot.get();
}

void SessionDatabase::setError(const QString &what, const QSqlQuery &query)
{
    m_lastError = tr("Database error in \"%1\": %2").arg(what, query.lastError().text());
}

qint64 SessionDatabase::count()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sessions")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool SessionDatabase::list(const ListQuery &query, QList<QByteArray> &json)
{
    json.clear();
    // The SQL is built from fixed fragments only; every value is bound.
    // The inner query picks the page's row ids (from an index alone for
    // created and start); the outer one fetches only those rows' JSON, so
    // neither OFFSET nor a sort drags whole rows along.
    QString sql = QStringLiteral("SELECT id FROM sessions WHERE subscription = ?");
    if (query.activeOnly)
        sql += QStringLiteral(" AND state = 'Active'");
    if (!query.organizations.isEmpty()) {
        sql += QStringLiteral(" AND organization IN (?");
        sql += QStringLiteral(",?").repeated(query.organizations.size() - 1);
        sql += QLatin1Char(')');
    }
    const QString direction = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order = QStringLiteral(" ORDER BY ");
    if (const char *column = columnOf(query.orderBy)) {
        order += QLatin1String(column);
        order += direction;
        order += QStringLiteral(", ");
    }
    order += QStringLiteral("id") + direction;

    if (rawHandle())
        return listFromOrderCache(query, sql, order, json);
    sql = QStringLiteral("SELECT json FROM sessions WHERE id IN (") + sql + order
            + QStringLiteral(" LIMIT ? OFFSET ?)") + order;

    QSqlQuery *statement = cachedStatement(m_listQueries[sql], sql);
    if (!statement)
        return false;
    QSqlQuery &q = *statement;
    int i = 0;
    q.bindValue(i++, query.subscriptionId);
    for (const QString &org : query.organizations)
        q.bindValue(i++, org);
    q.bindValue(i++, query.limit);
    q.bindValue(i++, query.offset);
    if (!q.exec()) {
        setError(sql, q);
        return false;
    }
    while (q.next())
        json.append(q.value(0).toByteArray());
    q.finish();
    return true;
}

sqlite3 *SessionDatabase::rawHandle()
{
    if (!m_rawDb && isOpen()) {
        const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_rawDb = *static_cast<sqlite3 *const *>(handle.constData());
    }
    return m_rawDb;
}

// OFFSET costs SQLite a step per skipped row, so each ordering a client
// pages through is kept as a vector of row ids until the next write; a page
// is then a slice of it. Beside the ids sit the rows' JSON, filled on first
// use from the hot JSON cache or one primary-key lookup: serving a page
// again touches no SQLite and copies nothing but references.
bool SessionDatabase::listFromOrderCache(const ListQuery &query, const QString &idSql,
                                         const QString &order, QList<QByteArray> &json)
{
    QString key = idSql + order + QChar(0) + query.subscriptionId;
    for (const QString &org : query.organizations)
        key += QChar(0) + org;
    auto it = m_orderCache.find(key);
    if (it == m_orderCache.end() || it->second.generation != m_generation) {
        if (m_orderCache.size() > 32)
            m_orderCache.clear();
        // Straight to SQLite: a QVariant per row through QSqlQuery costs more
        // than walking the index.
        const QByteArray sql = (idSql + order).toUtf8();
        sqlite3_stmt *st = nullptr;
        int rc = sqlite3_prepare_v2(m_rawDb, sql.constData(), int(sql.size()), &st, nullptr);
        QList<QByteArray> values = { query.subscriptionId.toUtf8() };
        for (const QString &org : query.organizations)
            values << org.toUtf8();
        for (int i = 0; rc == SQLITE_OK && i < int(values.size()); ++i) {
            rc = sqlite3_bind_text(st, i + 1, values.at(i).constData(), int(values.at(i).size()),
                                   SQLITE_STATIC);
        }
        OrderCache fresh;
        fresh.generation = m_generation;
        while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
            fresh.ids.push_back(sqlite3_column_int64(st, 0));
            rc = SQLITE_OK;
        }
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE) {
            m_lastError = tr("Database error in \"%1\": %2")
                                  .arg(idSql, QString::fromUtf8(sqlite3_errmsg(m_rawDb)));
            return false;
        }
        it = m_orderCache.insert_or_assign(key, std::move(fresh)).first;
    }

    OrderCache &cache = it->second;
    const std::vector<qint64> &ids = cache.ids;
    if (query.offset >= qint64(ids.size()))
        return true;
    const qint64 end = qMin<qint64>(qint64(ids.size()), query.offset + query.limit);
    if (!m_rawJson
        && sqlite3_prepare_v2(m_rawDb, "SELECT json FROM sessions WHERE id = ?", -1, &m_rawJson,
                              nullptr) != SQLITE_OK) {
        m_rawJson = nullptr;
        m_lastError = QString::fromUtf8(sqlite3_errmsg(m_rawDb));
        return false;
    }
    cache.json.resize(ids.size());
    json.reserve(end - query.offset);
    for (size_t i = size_t(query.offset); i < size_t(end); ++i) {
        QByteArray &row = cache.json[i];
        if (row.isNull())
            row = cachedJsonOf(ids[i]);
        if (!row.isNull())
            json.append(row);
    }
    return true;
}

QByteArray SessionDatabase::cachedJsonOf(qint64 rowId)
{
    if (const auto hit = m_jsonCache.constFind(rowId); hit != m_jsonCache.cend())
        return *hit;
    QByteArray row;
    sqlite3_bind_int64(m_rawJson, 1, rowId);
    if (sqlite3_step(m_rawJson) == SQLITE_ROW) {
        row = QByteArray(static_cast<const char *>(sqlite3_column_blob(m_rawJson, 0)),
                         sqlite3_column_bytes(m_rawJson, 0));
    }
    sqlite3_reset(m_rawJson);
    if (row.isNull())
        return row;
    // A bound on memory for huge generated subscriptions: start over rather
    // than track recency.
    if (m_jsonCacheBytes > MaxJsonCacheBytes)
        forgetJson();
    m_jsonCacheBytes += row.size();
    m_jsonCache.insert(rowId, row);
    return row;
}

void SessionDatabase::forgetJson()
{
    m_jsonCache.clear();
    m_jsonCacheBytes = 0;
    // Emptied in place: a page being served holds a reference into one.
    for (auto &entry : m_orderCache)
        std::fill(entry.second.json.begin(), entry.second.json.end(), QByteArray());
}

bool SessionDatabase::createSecondaryIndexes()
{
    return exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_created "
                               "ON sessions (subscription, created, id)"))
            && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_start "
                                   "ON sessions (subscription, start, id)"))
            && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_state "
                                   "ON sessions (subscription, state)"))
            && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS sessions_component "
                                   "ON sessions (subscription, pricing_component_id)"));
}

bool SessionDatabase::dropSecondaryIndexes()
{
    return exec(QStringLiteral("DROP INDEX IF EXISTS sessions_created"))
            && exec(QStringLiteral("DROP INDEX IF EXISTS sessions_start"))
            && exec(QStringLiteral("DROP INDEX IF EXISTS sessions_state"))
            && exec(QStringLiteral("DROP INDEX IF EXISTS sessions_component"));
}

bool SessionDatabase::begin()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool SessionDatabase::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void SessionDatabase::rollback()
{
    ++m_generation;
    forgetJson();
    exec(QStringLiteral("ROLLBACK"));
}

std::optional<StoredSession> SessionDatabase::findActive(const QString &subscriptionId,
                                                         const QString &sessionId,
                                                         const QString &uom)
{
    static const QString sql = QStringLiteral("SELECT %1 FROM sessions WHERE subscription = ? "
                                              "AND session_id = ? AND uom = ? AND state = 'Active'")
                                       .arg(selectColumns);
    QSqlQuery *statement = cachedStatement(m_findActive, sql);
    if (!statement)
        return std::nullopt;
    QSqlQuery &q = *statement;
    q.bindValue(0, subscriptionId);
    q.bindValue(1, sessionId);
    q.bindValue(2, uom);
    std::optional<StoredSession> result;
    if (q.exec() && q.next())
        result = sessionFrom(q);
    q.finish();
    return result;
}

QString SessionDatabase::pricingComponentNameFor(const QString &subscriptionId,
                                                 const QString &componentId)
{
    return latestOfComponent("pricing_component_name", "pricing_component_id", subscriptionId, componentId);
}

QString SessionDatabase::pricingComponentIdFor(const QString &subscriptionId,
                                               const QString &componentName)
{
    return latestOfComponent("pricing_component_id", "pricing_component_name", subscriptionId, componentName);
}

QString SessionDatabase::latestOfComponent(const char *wanted, const char *known,
                                           const QString &subscriptionId, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT %1 FROM sessions WHERE subscription = ? AND %2 = ? AND %1 <> '' "
                             "ORDER BY id DESC LIMIT 1")
                      .arg(QLatin1String(wanted), QLatin1String(known)));
    q.addBindValue(subscriptionId);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

void SessionDatabase::bindSession(QSqlQuery &q, const BillForward::UsageSession &s,
                                  const QByteArray &json)
{
    q.bindValue(0, text(s.subscriptionId));
    q.bindValue(1, text(s.sessionId));
    q.bindValue(2, text(s.uom));
    q.bindValue(3, text(s.organizationId));
    q.bindValue(4, text(s.pricingComponentId));
    q.bindValue(5, text(s.pricingComponentName));
    q.bindValue(6, text(s.description));
    q.bindValue(7, text(s.changedBy));
    q.bindValue(8, text(s.state));
    q.bindValue(9, timestampValue(s.created));
    q.bindValue(10, timestampValue(s.start));
    q.bindValue(11, timestampValue(s.stop));
    q.bindValue(12, s.uduration);
    q.bindValue(13, s.sessionix);
    q.bindValue(14, json);
}

qint64 SessionDatabase::insert(const BillForward::UsageSession &session, const QByteArray &json)
{
    // Straight to SQLite: QSqlQuery's per-value binding costs more than the
    // insert itself, which matters for --generate of a million rows.
    ++m_generation;
    if (!m_rawInsert) {
        if (rawHandle()
            && sqlite3_prepare_v2(m_rawDb,
                                  "INSERT INTO sessions (subscription, session_id, uom, "
                                  "organization, pricing_component_id, pricing_component_name, "
                                  "description, changed_by, state, created, start, stop, "
                                  "uduration, sessionix, json) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &m_rawInsert, nullptr) != SQLITE_OK) {
            m_rawInsert = nullptr;
        }
    }
    if (m_rawInsert) {
        sqlite3_stmt *st = m_rawInsert;
        const QString *texts[] = { &session.subscriptionId, &session.sessionId, &session.uom,
                                   &session.organizationId, &session.pricingComponentId,
                                   &session.pricingComponentName, &session.description,
                                   &session.changedBy, &session.state };
        // The database stores UTF-8: encoding all texts into one reused
        // buffer here is cheaper than SQLite translating UTF-16 per value.
        qsizetype space = 0;
        for (const QString *t : texts)
            space += m_utf8.requiredSpace(t->size());
        if (m_textBuffer.size() <= space)
            m_textBuffer.resize(space + 1); // never a null pointer: that would bind NULL
        char *out = m_textBuffer.data();
        int i = 1;
        for (const QString *t : texts) {
            char *const begin = out;
            out = m_utf8.appendToBuffer(out, *t);
            sqlite3_bind_text(st, i++, begin, int(out - begin), SQLITE_STATIC);
        }
        for (BillForward::Timestamp t : { session.created, session.start, session.stop }) {
            if (t == BillForward::NoTimestamp)
                sqlite3_bind_null(st, i++);
            else
                sqlite3_bind_int64(st, i++, t);
        }
        sqlite3_bind_int64(st, i++, session.uduration);
        sqlite3_bind_int64(st, i++, session.sessionix);
        sqlite3_bind_blob(st, i++, json.constData(), int(json.size()), SQLITE_STATIC);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE) {
            m_lastError = tr("Database error in INSERT: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_rawDb)));
            return 0;
        }
        return sqlite3_last_insert_rowid(m_rawDb);
    }

    QSqlQuery *statement = cachedStatement(
            m_insert, QStringLiteral("INSERT INTO sessions (subscription, session_id, uom, "
                                     "organization, pricing_component_id, pricing_component_name, "
                                     "description, changed_by, state, created, start, stop, "
                                     "uduration, sessionix, json) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!statement)
        return 0;
    QSqlQuery &q = *statement;
    bindSession(q, session, json);
    if (!q.exec()) {
        setError(QStringLiteral("INSERT"), q);
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool SessionDatabase::update(qint64 rowId, const BillForward::UsageSession &session,
                             const QByteArray &json)
{
    ++m_generation;
    QSqlQuery *statement = cachedStatement(
            m_update, QStringLiteral("UPDATE sessions SET subscription = ?, session_id = ?, uom = ?, "
                                     "organization = ?, pricing_component_id = ?, "
                                     "pricing_component_name = ?, description = ?, changed_by = ?, "
                                     "state = ?, created = ?, start = ?, stop = ?, uduration = ?, "
                                     "sessionix = ?, json = ? WHERE id = ?"));
    if (!statement)
        return false;
    QSqlQuery &q = *statement;
    bindSession(q, session, json);
    q.bindValue(15, rowId);
    if (!q.exec()) {
        setError(QStringLiteral("UPDATE"), q);
        return false;
    }
    if (auto cached = m_jsonCache.find(rowId); cached != m_jsonCache.end()) {
        m_jsonCacheBytes += json.size() - cached->size();
        *cached = json;
    }
    return q.numRowsAffected() == 1;
}

QByteArray SessionDatabase::jsonOf(qint64 rowId)
{
    QSqlQuery *statement = cachedStatement(m_jsonOf, QStringLiteral("SELECT json FROM sessions WHERE id = ?"));
    if (!statement)
        return {};
    QSqlQuery &q = *statement;
    q.bindValue(0, rowId);
    QByteArray json;
    if (q.exec() && q.next())
        json = q.value(0).toByteArray();
    q.finish();
    return json;
}

} // namespace Emulator
