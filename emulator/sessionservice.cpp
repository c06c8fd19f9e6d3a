#include "emulator/sessionservice.h"

#include "emulator/sessiondatabase.h"
#include "wire/sessioncodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <limits>

namespace Emulator {

using BillForward::NoTimestamp;
using BillForward::SessionBatch;
using BillForward::SessionPage;
using BillForward::UsageSession;
namespace SessionCodec = BillForward::SessionCodec;

namespace {

constexpr qint64 DefaultRecords = 8766;
constexpr qint64 MaxRecords = 10000;

QString itemPath(qsizetype index, const char *field)
{
    return QStringLiteral("usageSessions[%1].%2").arg(index).arg(QLatin1String(field));
}

// A made-up but stable pricing component ID for a name no session of the
// subscription was charged to yet.
QString madeUpComponentId(const QString &subscriptionId, const QString &name)
{
    const QByteArray hex = QCryptographicHash::hash((subscriptionId + QLatin1Char('/') + name).toUtf8(),
                                                    QCryptographicHash::Sha1)
                                   .toHex()
                                   .toUpper();
    return QStringLiteral("PCO-%1-%2-%3-%4-%5")
            .arg(QLatin1String(hex.mid(0, 8)), QLatin1String(hex.mid(8, 4)),
                 QLatin1String(hex.mid(12, 4)), QLatin1String(hex.mid(16, 4)),
                 QLatin1String(hex.mid(20, 8)));
}

QByteArray percentEncoded(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

Answer pageAnswer(SessionPage &metadata, const QList<QByteArray> &json, const QElapsedTimer &timer)
{
    metadata.recordsReturned = json.size();
    metadata.executionTime = timer.elapsed();
    Answer answer;
    answer.body = SessionCodec::encodePage(metadata, json);
    return answer;
}

Answer decodeFailure(const BillForward::DecodeError &error)
{
    QStringList parameters;
    if (!error.jsonPath.isEmpty())
        parameters << error.jsonPath;
    return Answer::error(400, QStringLiteral("ValidationError"), error.message(), parameters);
}

} // namespace

Answer Answer::error(int status, const QString &type, const QString &message,
                     const QStringList &parameters)
{
    BillForward::BFError e;
    e.errorType = type;
    e.errorMessage = message;
    e.errorParameters = parameters;
    Answer answer;
    answer.status = status;
    answer.body = SessionCodec::encodeError(e);
    return answer;
}

SessionService::SessionService(SessionDatabase &database, QString defaultOrganizationId)
    : m_database(database)
    , m_defaultOrganizationId(std::move(defaultOrganizationId))
{
}

QString SessionService::emulatorUserId()
{
    return QStringLiteral("6E6D5A3C-0B1F-4F7A-9C2E-5D8B7A41E0C3");
}

qint64 SessionService::now() const
{
    const qint64 ms = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    // The emulator writes whole seconds, like BillForward.
    return ms - ms % 1000;
}

Answer SessionService::list(const QString &subscriptionId, bool activeOnly,
                            const QUrlQuery &query)
{
    QElapsedTimer timer;
    timer.start();

    ListQuery listQuery;
    listQuery.subscriptionId = subscriptionId;
    listQuery.activeOnly = activeOnly;
    QStringList invalid;

    const auto organizations = query.allQueryItemValues(QStringLiteral("organizations"),
                                                        QUrl::FullyDecoded);
    // Capped: each one is a bound SQL variable and a linear duplicate check,
    // so a long list would hold the (single-threaded) server for long.
    constexpr qsizetype MaxOrganizations = 100;
    for (const QString &value : organizations) {
        const auto parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const QString org = part.trimmed();
            if (!org.isEmpty() && !listQuery.organizations.contains(org))
                listQuery.organizations << org;
            if (listQuery.organizations.size() > MaxOrganizations)
                break;
        }
        if (listQuery.organizations.size() > MaxOrganizations) {
            invalid << QStringLiteral("organizations");
            break;
        }
    }

    qint64 offset = 0;
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok || offset < 0 || offset > std::numeric_limits<qint64>::max() / 2)
            invalid << QStringLiteral("offset");
    }
    qint64 records = DefaultRecords;
    if (query.hasQueryItem(QStringLiteral("records"))) {
        bool ok = false;
        records = query.queryItemValue(QStringLiteral("records")).toLongLong(&ok);
        if (!ok || records < 1 || records > MaxRecords)
            invalid << QStringLiteral("records");
    }
    QString orderBy = QStringLiteral("created");
    if (query.hasQueryItem(QStringLiteral("order_by"))) {
        orderBy = query.queryItemValue(QStringLiteral("order_by"), QUrl::FullyDecoded);
        if (const auto field = sortFieldFromJsonName(orderBy))
            listQuery.orderBy = *field;
        else
            invalid << QStringLiteral("order_by");
    }
    QString order = QStringLiteral("ASC");
    if (query.hasQueryItem(QStringLiteral("order"))) {
        order = query.queryItemValue(QStringLiteral("order"), QUrl::FullyDecoded).toUpper();
        if (order == QLatin1String("DESC"))
            listQuery.descending = true;
        else if (order != QLatin1String("ASC"))
            invalid << QStringLiteral("order");
    }
    if (!invalid.isEmpty()) {
        return Answer::error(400, QStringLiteral("ValidationError"),
                             tr("Invalid query parameter: %1.").arg(invalid.join(QStringLiteral(", "))),
                             invalid);
    }

    const qint64 served = m_pageCap > 0 ? qMin<qint64>(records, m_pageCap) : records;
    listQuery.offset = offset;
    listQuery.limit = served + 1; // one more tells whether a next page exists
    QList<QByteArray> json;
    if (!m_database.list(listQuery, json))
        return databaseFailure(KeepTransaction);

    SessionPage metadata;
    metadata.currentOffset = offset;
    metadata.recordsRequested = records;
    metadata.currentPage = offset / records;
    if (json.size() > served) {
        json.removeLast();
        QByteArray next = "/usage-sessions/" + percentEncoded(subscriptionId);
        if (activeOnly)
            next += "/active";
        next += '?';
        for (const QString &org : std::as_const(listQuery.organizations))
            next += "organizations=" + percentEncoded(org) + '&';
        next += "offset=" + QByteArray::number(offset + served)
                + "&records=" + QByteArray::number(records)
                + "&order_by=" + percentEncoded(orderBy)
                + "&order=" + order.toLatin1();
        metadata.nextPage = QString::fromLatin1(next);
    }
    return pageAnswer(metadata, json, timer);
}

Answer SessionService::start(QByteArrayView body)
{
    QElapsedTimer timer;
    timer.start();

    SessionBatch batch;
    if (std::optional<Answer> refused = readBatch(body, BatchKind::Start, batch))
        return *refused;
    if (!m_database.begin())
        return databaseFailure(KeepTransaction);
    const qint64 created = now();
    QList<QByteArray> json;
    QSet<QString> keys;
    for (qsizetype i = 0; i < batch.usageSessions.size(); ++i) {
        const UsageSession &item = batch.usageSessions.at(i);
        const QString key = item.subscriptionId + QChar(0) + item.sessionId + QChar(0) + item.uom;
        if (keys.contains(key)) {
            m_database.rollback();
            return Answer::error(400, QStringLiteral("ValidationError"),
                                 tr("Session %1 (%2) appears twice in this request.")
                                         .arg(item.sessionId, item.uom),
                                 { itemPath(i, "sessionID") });
        }
        keys.insert(key);
        if (m_database.findActive(item.subscriptionId, item.sessionId, item.uom)) {
            m_database.rollback();
            return Answer::error(400, QStringLiteral("ValidationError"),
                                 tr("Session %1 (%2) is already active.").arg(item.sessionId, item.uom),
                                 { itemPath(i, "sessionID") });
        }

        UsageSession session;
        session.subscriptionId = item.subscriptionId;
        session.sessionId = item.sessionId;
        session.uom = item.uom;
        session.organizationId = !item.organizationId.isEmpty() ? item.organizationId
                : !batch.organizationId.isEmpty()               ? batch.organizationId
                                                                : m_defaultOrganizationId;
        session.pricingComponentId = item.pricingComponentId;
        session.pricingComponentName = item.pricingComponentName;
        if (session.pricingComponentName.isEmpty()) {
            session.pricingComponentName =
                    m_database.pricingComponentNameFor(session.subscriptionId, session.pricingComponentId);
        } else if (session.pricingComponentId.isEmpty()) {
            session.pricingComponentId =
                    m_database.pricingComponentIdFor(session.subscriptionId, session.pricingComponentName);
            if (session.pricingComponentId.isEmpty())
                session.pricingComponentId =
                        madeUpComponentId(session.subscriptionId, session.pricingComponentName);
        }
        session.description = item.description;
        session.changedBy = emulatorUserId();
        session.state = QStringLiteral("Active");
        session.created = created;
        session.start = item.start != NoTimestamp ? item.start : created;
        session.stop = NoTimestamp;
        session.uduration = 0;
        session.sessionix = 0;

        QByteArray encoded = SessionCodec::encodeSession(session);
        if (m_database.insert(session, encoded) == 0)
            return databaseFailure(RollBack);
        json.append(std::move(encoded));
    }
    return committed(json, timer);
}

Answer SessionService::stop(QByteArrayView body)
{
    QElapsedTimer timer;
    timer.start();

    SessionBatch batch;
    if (std::optional<Answer> refused = readBatch(body, BatchKind::Stop, batch))
        return *refused;
    if (!m_database.begin())
        return databaseFailure(KeepTransaction);
    const qint64 defaultStop = now();
    QList<QByteArray> json;
    for (qsizetype i = 0; i < batch.usageSessions.size(); ++i) {
        const UsageSession &item = batch.usageSessions.at(i);
        // Inside the transaction, so a session named twice is not active the
        // second time.
        auto stored = m_database.findActive(item.subscriptionId, item.sessionId, item.uom);
        if (!stored) {
            m_database.rollback();
            return Answer::error(400, QStringLiteral("ValidationError"),
                                 tr("Session %1 (%2) is not active.").arg(item.sessionId, item.uom),
                                 { itemPath(i, "sessionID") });
        }
        UsageSession &session = stored->session;
        const qint64 stop = item.stop != NoTimestamp ? item.stop : defaultStop;
        if (stop < session.start) {
            m_database.rollback();
            return Answer::error(400, QStringLiteral("ValidationError"),
                                 tr("The stop time of session %1 (%2) precedes its start.")
                                         .arg(item.sessionId, item.uom),
                                 { itemPath(i, "stop") });
        }
        session.state = QStringLiteral("Historic");
        session.stop = stop;
        session.uduration = stop - session.start;
        session.changedBy = emulatorUserId();

        QByteArray encoded = SessionCodec::encodeSession(session);
        if (!m_database.update(stored->rowId, session, encoded))
            return databaseFailure(RollBack);
        json.append(std::move(encoded));
    }
    return committed(json, timer);
}

std::optional<Answer> SessionService::readBatch(QByteArrayView body, BatchKind kind, SessionBatch &batch) const
{
    BillForward::DecodeError decodeError;
    if (!SessionCodec::decodeBatch(body, batch, decodeError))
        return decodeFailure(decodeError);
    if (batch.usageSessions.isEmpty()) {
        return Answer::error(400, QStringLiteral("ValidationError"),
                             kind == BatchKind::Start ? tr("No usage sessions to start.") : tr("No usage sessions to stop."),
                             { QStringLiteral("usageSessions") });
    }

    QStringList invalid;
    for (qsizetype i = 0; i < batch.usageSessions.size(); ++i) {
        const UsageSession &item = batch.usageSessions.at(i);
        if (item.subscriptionId.isEmpty())
            invalid << itemPath(i, "subscriptionID");
        if (item.sessionId.isEmpty())
            invalid << itemPath(i, "sessionID");
        if (item.uom.isEmpty())
            invalid << itemPath(i, "uom");
        // A stop names its session; only a start charges a component.
        if (kind == BatchKind::Start && item.pricingComponentId.isEmpty() && item.pricingComponentName.isEmpty())
            invalid << itemPath(i, "pricingComponentID");
    }
    if (!invalid.isEmpty()) {
        return Answer::error(400, QStringLiteral("ValidationError"),
                             tr("Required fields are missing: %1.").arg(invalid.join(QStringLiteral(", "))),
                             invalid);
    }
    return std::nullopt;
}

Answer SessionService::databaseFailure(Transaction transaction)
{
    // Read before the rollback, which would replace it.
    const QString error = m_database.lastError();
    if (transaction == RollBack)
        m_database.rollback();
    return Answer::error(500, QStringLiteral("ServerError"), tr("The emulator's database failed: %1").arg(error));
}

Answer SessionService::committed(const QList<QByteArray> &json, const QElapsedTimer &timer)
{
    if (!m_database.commit())
        return databaseFailure(RollBack);
    SessionPage metadata;
    metadata.recordsRequested = json.size();
    Answer answer = pageAnswer(metadata, json, timer);
    answer.applied = true;
    return answer;
}

} // namespace Emulator
