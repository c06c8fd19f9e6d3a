#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace Emulator {

// The UsageSession fields a list can be ordered by, each mapped to a fixed
// column: order_by is never pasted into SQL.
enum class SortField : quint8 {
    Type, // "@type": the same for every row, so only the tie-break orders
    Created,
    ChangedBy,
    OrganizationId,
    SubscriptionId,
    SessionId,
    PricingComponentId,
    PricingComponentName,
    Uom,
    Description,
    Sessionix,
    Start,
    Stop,
    State,
    Uduration,
};

std::optional<SortField> sortFieldFromJsonName(const QString &name);

struct ListQuery
{
    QString subscriptionId;
    bool activeOnly = false;
    QStringList organizations; // empty: any
    qint64 offset = 0;
    qint64 limit = 8766;
    SortField orderBy = SortField::Created;
    bool descending = false;
};

struct StoredSession
{
    qint64 rowId = 0;
    BillForward::UsageSession session;
};

// The emulator's SQLite store. Each row keeps the session's columns (for
// filtering and ordering) and its wire JSON (for answering without building
// a DOM). Not thread-safe: one instance per thread, on the thread that
// opened it.
class SessionDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(Emulator::SessionDatabase)

public:
    SessionDatabase();
    ~SessionDatabase(); // closes the connection
    SessionDatabase(const SessionDatabase &) = delete;
    SessionDatabase &operator=(const SessionDatabase &) = delete;

    // Empty path: a private in-memory database.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    qint64 count();
    bool isEmpty() { return count() == 0; }

    // Up to query.limit JSON documents of sessions, in order.
    bool list(const ListQuery &query, QList<QByteArray> &json);

    bool begin();
    bool commit();
    void rollback();

    // For bulk loads, inside a transaction: building the ordering and
    // filtering indexes once over all rows costs less than updating them row
    // by row. The unique index on active sessions stays.
    bool dropSecondaryIndexes();
    bool createSecondaryIndexes();

    std::optional<StoredSession> findActive(const QString &subscriptionId,
                                            const QString &sessionId, const QString &uom);
    // Another session of the subscription charged to this component, to fill
    // in the half of pricingComponentID / pricingComponentName a caller left out.
    QString pricingComponentNameFor(const QString &subscriptionId, const QString &componentId);
    QString pricingComponentIdFor(const QString &subscriptionId, const QString &componentName);

    // Inserts, returns the new row id (0 on failure); json = the session's
    // encoded form.
    qint64 insert(const BillForward::UsageSession &session, const QByteArray &json);
    bool update(qint64 rowId, const BillForward::UsageSession &session, const QByteArray &json);
    QByteArray jsonOf(qint64 rowId);


private:
    bool exec(const QString &sql);
    bool prepare(QSqlQuery &query, const QString &sql);
    // The statement kept in `slot`, prepared from `sql` on first use (null
    // when that fails; tried again next time).
    QSqlQuery *cachedStatement(std::unique_ptr<QSqlQuery> &slot, const QString &sql);
    // `wanted` of the subscription's latest session whose `known` column is
    // `value` and whose `wanted` is set. Both are column names of this file.
    QString latestOfComponent(const char *wanted, const char *known, const QString &subscriptionId,
                              const QString &value);
    void bindSession(QSqlQuery &query, const BillForward::UsageSession &session,
                     const QByteArray &json);
    void setError(const QString &what, const QSqlQuery &query);
    sqlite3 *rawHandle();
    bool listFromOrderCache(const ListQuery &query, const QString &idSql, const QString &order,
                            QList<QByteArray> &json);
    QByteArray cachedJsonOf(qint64 rowId);
    void forgetJson();

    QString m_connectionName;
    QString m_lastError;
    std::unique_ptr<QSqlQuery> m_findActive;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_update;
    std::unique_ptr<QSqlQuery> m_jsonOf;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_listQueries; // by SQL text
    sqlite3 *m_rawDb = nullptr;          // the QSQLITE connection's own handle
    sqlite3_stmt *m_rawInsert = nullptr;
    sqlite3_stmt *m_rawJson = nullptr;
    QStringEncoder m_utf8{ QStringEncoder::Utf8 };
    QByteArray m_textBuffer; // the insert's texts, bound without a copy

    struct OrderCache
    {
        quint64 generation = 0;
        std::vector<qint64> ids;
        std::vector<QByteArray> json; // beside ids, filled as pages are served
    };
    std::map<QString, OrderCache> m_orderCache; // by query and bound values
    quint64 m_generation = 0;                    // bumped by every write

    // The wire JSON of rows pages have already served, so paging again costs
    // a hash lookup and no SQLite step or copy per row. An update replaces
    // its row's entry; a rollback forgets them all.
    QHash<qint64, QByteArray> m_jsonCache;
    qint64 m_jsonCacheBytes = 0;
};

} // namespace Emulator
