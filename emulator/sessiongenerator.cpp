#include "emulator/sessiongenerator.h"

#include "emulator/sessiondatabase.h"
#include "emulator/sessionservice.h"
#include "wire/sessioncodec.h"

#include <QRandomGenerator>

namespace Emulator {

namespace {

struct Component
{
    const char *id;
    const char *name;
    const char *uom;
};

constexpr Component components[] = {
    { "PCO-5A1E0C37-94B2-4D1A-8E55-0F3B9C6E7A10", "Compute minutes", "minutes" },
    { "PCO-7C2D91E4-3B6A-4F08-A1C9-52E7D8B40F21", "Data transfer", "GB" },
    { "PCO-1F8B6A29-C4E3-47D5-9B02-6D3A5E8C1F32", "API requests", "API calls" },
};

constexpr qint64 BulkRows = 10000;

// Writes `historic` ended sessions spread over the past year and `active`
// ones started within the last three days, inside the caller's transaction.
bool writeSessions(SessionDatabase &database, const QString &subscriptionId, qint64 historic, int active,
                   const QString &organizationId, const QString &idPrefix, QRandomGenerator &random,
                   qint64 nowMs)
{
    const qint64 now = nowMs - nowMs % 1000;
    constexpr qint64 year = qint64(365) * 24 * 3600 * 1000;
    constexpr qint64 threeDays = qint64(3) * 24 * 3600 * 1000;
    const qint64 first = now - year;
    const qint64 step = qMax<qint64>(1000, year / qMax<qint64>(1, historic));

    BillForward::UsageSession s;
    s.subscriptionId = subscriptionId;
    s.organizationId = organizationId;
    s.changedBy = SessionService::emulatorUserId();
    s.sessionix = 0;
    const QString historicState = QStringLiteral("Historic");
    const QString activeState = QStringLiteral("Active");
    const QString descriptionPrefix = QStringLiteral("Generated load session ");
    for (qint64 i = 0; i < historic + active; ++i) {
        const Component &c = components[i % 3];
        s.pricingComponentId = QLatin1String(c.id);
        s.pricingComponentName = QLatin1String(c.name);
        s.uom = QLatin1String(c.uom);
        const QString number = QString::number(i);
        s.sessionId = idPrefix + number;
        s.description = descriptionPrefix + number;
        if (i < historic) {
            s.state = historicState;
            s.start = first + i * step % year;
            const qint64 duration = 1000 * qint64(30 + random.bounded(4 * 3600));
            s.stop = s.start + duration;
            s.uduration = duration;
        } else {
            // Past the ended ones in `created` order: an active session started last.
            s.state = activeState;
            s.start = now - 1000 * qint64(random.bounded(int(threeDays / 1000)));
            s.stop = BillForward::NoTimestamp;
            s.uduration = 0;
        }
        s.created = s.start;
        if (database.insert(s, BillForward::SessionCodec::encodeSession(s)) == 0)
            return false;
    }
    return true;
}

// One transaction around `write`; large loads index once at the end.
template<typename Write>
bool inTransaction(SessionDatabase &database, qint64 rows, QString *error, const Write &write)
{
    // Large loads skip the per-row index updates and index once at the end;
    // all of it is one transaction, so an interrupted load leaves nothing.
    const bool bulk = rows >= BulkRows;
    if (!database.begin() || (bulk && !database.dropSecondaryIndexes()) || !write()
        || (bulk && !database.createSecondaryIndexes()) || !database.commit()) {
        if (error)
            *error = database.lastError();
        database.rollback();
        return false;
    }
    return true;
}

QString prefixOf(quint32 seed)
{
    return QStringLiteral("GEN-%1-").arg(seed, 8, 16, QLatin1Char('0')).toUpper();
}

} // namespace

bool SessionGenerator::generate(SessionDatabase &database, const QString &subscriptionId,
                                qint64 count, const QString &organizationId, quint32 seed,
                                qint64 nowMs, QString *error)
{
    if (count <= 0)
        return true;
    QRandomGenerator random(seed ^ qHash(subscriptionId));
    return inTransaction(database, count, error, [&] {
        return writeSessions(database, subscriptionId, count, 0, organizationId, prefixOf(seed), random, nowMs);
    });
}

QString SessionGenerator::subscriptionIdOf(int index)
{
    return QStringLiteral("SUB-GEN-%1").arg(index, 5, 10, QLatin1Char('0'));
}

bool SessionGenerator::generateSubscriptions(SessionDatabase &database, int subscriptions, int sessionsEach,
                                             const QString &organizationId, quint32 seed, qint64 nowMs,
                                             QString *error)
{
    if (subscriptions <= 0 || sessionsEach <= 0)
        return true;
    QRandomGenerator random(seed);
    return inTransaction(database, qint64(subscriptions) * sessionsEach, error, [&] {
        for (int index = 0; index < subscriptions; ++index) {
            const int spread = sessionsEach / 10;
            const int count = qMax(1, sessionsEach - spread + int(random.bounded(2 * spread + 1)));
            const int active = qMin(count, 1 + int(random.bounded(5)));
            const QString prefix = prefixOf(seed) + QStringLiteral("%1-").arg(index);
            if (!writeSessions(database, subscriptionIdOf(index), count - active, active, organizationId, prefix,
                               random, nowMs)) {
                return false;
            }
        }
        return true;
    });
}

} // namespace Emulator
