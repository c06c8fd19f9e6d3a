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

} // namespace

bool SessionGenerator::generate(SessionDatabase &database, const QString &subscriptionId,
                                qint64 count, const QString &organizationId, quint32 seed,
                                qint64 nowMs, QString *error)
{
    if (count <= 0)
        return true;
    QRandomGenerator random(seed ^ qHash(subscriptionId));
    const qint64 now = nowMs - nowMs % 1000;
    constexpr qint64 year = qint64(365) * 24 * 3600 * 1000;
    const qint64 first = now - year;
    const qint64 step = qMax<qint64>(1000, year / count);

    BillForward::UsageSession s;
    s.subscriptionId = subscriptionId;
    s.organizationId = organizationId;
    s.changedBy = SessionService::emulatorUserId();
    s.state = QStringLiteral("Historic");
    s.sessionix = 0;

    // Large loads skip the per-row index updates and index once at the end;
    // all of it is one transaction, so an interrupted load leaves nothing.
    const bool bulk = count >= BulkRows;
    if (!database.begin() || (bulk && !database.dropSecondaryIndexes())) {
        if (error)
            *error = database.lastError();
        database.rollback();
        return false;
    }
    const QString prefix = QStringLiteral("GEN-%1-").arg(seed, 8, 16, QLatin1Char('0')).toUpper();
    const QString descriptionPrefix = QStringLiteral("Generated load session ");
    for (qint64 i = 0; i < count; ++i) {
        const Component &c = components[i % 3];
        s.pricingComponentId = QLatin1String(c.id);
        s.pricingComponentName = QLatin1String(c.name);
        s.uom = QLatin1String(c.uom);
        const QString number = QString::number(i);
        s.sessionId = prefix + number;
        s.description = descriptionPrefix + number;
        s.start = first + i * step % year;
        const qint64 duration = 1000 * qint64(30 + random.bounded(4 * 3600));
        s.stop = s.start + duration;
        s.uduration = duration;
        s.created = s.start;
        if (database.insert(s, BillForward::SessionCodec::encodeSession(s)) == 0) {
            if (error)
                *error = database.lastError();
            database.rollback();
            return false;
        }
    }
    if ((bulk && !database.createSecondaryIndexes()) || !database.commit()) {
        if (error)
            *error = database.lastError();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace Emulator
