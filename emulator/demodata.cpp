#include "emulator/demodata.h"

#include "emulator/sessiondatabase.h"
#include "wire/sessioncodec.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace Emulator {

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr int HistoryDays = 120;
constexpr int SessionsPerSubscription = 520;

struct Component
{
    const char *id;
    const char *name;
    const char *uom;
    const char *sessionPrefix;
    qint64 minDuration;
    qint64 maxDuration;
    const char *descriptions[5];
};

constexpr Component components[] = {
    { "PCO-3F2A8C61-7B4D-4E19-A6C3-0D5E9B27F814", "Call minutes", "minutes", "CALL",
      Minute, 2 * Hour,
      { "Support call, ticket #%1", "Conference bridge for the quarterly review",
        "Outbound sales call to Harper & Lane", "Helpdesk callback, case %1",
        "Onboarding call with new customer" } },
    { "PCO-8D17E4B2-5C0A-4F6E-9B38-2A7C1E6D9F05", "Cloud storage transfer", "GB", "XFER",
      5 * Minute, 10 * Hour,
      { "Nightly backup of the file server", "Media archive upload",
        "Database snapshot transfer", "Log shipping to cold storage",
        "Restore test from backup set %1" } },
    { "PCO-C6B95A03-1E7F-4D28-8A4B-7F3D0E52C916", "API requests", "API calls", "SYNC",
      10 * Second, 45 * Minute,
      { "Order sync with the web shop", "Address validation batch %1", "Inventory feed import",
        "Payment status polling", "Price list export to partner portal" } },
    { "PCO-2E4C7D90-A35B-4B61-9F08-C1D6E8A47B27", "Named user seats", "seats", "SEAT",
      2 * Day, 40 * Day,
      { "Seat for a.berger@northwind.example", "Seat for m.keller@northwind.example",
        "Seat for temporary contractor %1", "Seat for s.okafor@bluefin.example",
        "Seat for the night-shift service desk" } },
};

struct Subscription
{
    const char *id;
    int organization;
    int components[3]; // -1: unused
};

constexpr const char *organizations[] = {
    "ORG-7A3E91C4-2B5D-4F68-9E1A-C03B6D82F457", // Northwind Telecom
    "ORG-B41D6F08-93C2-4A7E-8D15-6E2F0A9C3B71", // Bluefin Logistics
};

constexpr Subscription subscriptions[] = {
    { "SUB-604915D4-C20C-C3F0-6C10-6A9C7B20", 0, { 0, 3, -1 } },
    { "SUB-1C8E2A47-5F3B-4D90-A2E6-8B7D01C5F936", 0, { 1, 2, -1 } },
    { "SUB-9B0F3D62-E7A4-4C15-8D3B-F2A6C1E09857", 0, { 0, 1, 2 } },
    { "SUB-E25A7C19-4D8B-4F06-B3C1-7A9E5D20F6B4", 1, { 2, -1, -1 } },
    { "SUB-47D0B8E3-A162-4E9C-9F57-03C8D4B1A6E2", 1, { 0, 3, -1 } },
    { "SUB-C93F6A15-0B2E-4A7D-8C64-E1F5B9072D38", 1, { 1, 3, 2 } },
};

constexpr const char *users[] = {
    "4B8E2F61-9C3A-4D7B-A05E-1F6C8D2E9B34",
    "D7A1C5E9-2F4B-4806-9E3D-6B0A8C5F1E72",
    "91F3B6D2-7E0C-4A58-B1D9-3C5E7A2F8064",
    "2C6E9A04-B8D1-4F37-8A62-E5D0F9B3C718",
};

qint64 startOfMonthAfter(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    const QDate next = QDate(d.year(), d.month(), 1).addMonths(1);
    return QDateTime(next, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// The radar's examples, in the first subscription (the one demo mode
// opens), one per reason, timed from now rather than from the day so each
// reason holds at any hour: a conference bridge left open since Friday
// evening (63 h, past the default limit of 24 h), a support call of 5 h
// where 99 % of the subscription's few hundred ended calls took under 2 h,
// and a call whose device clock is 2 h ahead.
QList<BillForward::UsageSession> needingAttention(qint64 nowMs)
{
    const Component &calls = components[0];
    const Subscription &sub = subscriptions[0];
    const qint64 now = nowMs / Second * Second;
    const auto call = [&](int number, qint64 start, const char *description) {
        BillForward::UsageSession s;
        s.subscriptionId = QLatin1String(sub.id);
        s.organizationId = QLatin1String(organizations[sub.organization]);
        s.pricingComponentId = QLatin1String(calls.id);
        s.pricingComponentName = QLatin1String(calls.name);
        s.uom = QLatin1String(calls.uom);
        s.sessionId = QStringLiteral("%1-%2").arg(QLatin1String(calls.sessionPrefix)).arg(number);
        s.description = QLatin1String(description);
        s.changedBy = QLatin1String(users[1]);
        s.state = QStringLiteral("Active");
        s.start = start;
        s.created = start;
        return s;
    };
    return {
        call(20001, now - 63 * Hour, "Conference bridge left open over the weekend"),
        call(20002, now - 5 * Hour, "Support call, ticket #48213 (line never hung up)"),
        call(20003, now + 2 * Hour, "Outbound call from a handset whose clock is 2 h ahead"),
    };
}

} // namespace

QStringList DemoData::subscriptionIds()
{
    QStringList ids;
    for (const auto &s : subscriptions)
        ids << QLatin1String(s.id);
    return ids;
}

QStringList DemoData::organizationIds()
{
    QStringList ids;
    for (const char *o : organizations)
        ids << QLatin1String(o);
    return ids;
}

QList<BillForward::UsageSession> DemoData::sessions(quint32 seed, qint64 nowMs)
{
    QRandomGenerator random(seed);
    const qint64 today = nowMs - nowMs % Day;
    const QString historic = QStringLiteral("Historic");
    const QString active = QStringLiteral("Active");

    QList<BillForward::UsageSession> result;
    for (const auto &sub : subscriptions) {
        int componentCount = 0;
        while (componentCount < 3 && sub.components[componentCount] >= 0)
            ++componentCount;
        for (int n = 0; n < SessionsPerSubscription; ++n) {
            const Component &c = components[sub.components[random.bounded(componentCount)]];
            BillForward::UsageSession s;
            s.subscriptionId = QLatin1String(sub.id);
            s.organizationId = QLatin1String(organizations[sub.organization]);
            s.pricingComponentId = QLatin1String(c.id);
            s.pricingComponentName = QLatin1String(c.name);
            s.uom = QLatin1String(c.uom);
            s.sessionId = QStringLiteral("%1-%2").arg(QLatin1String(c.sessionPrefix)).arg(10000 + n);
            QString description = QLatin1String(c.descriptions[random.bounded(5)]);
            if (description.contains(QLatin1String("%1")))
                description = description.arg(40000 + random.bounded(9999));
            s.description = description;
            s.changedBy = QLatin1String(users[random.bounded(4)]);

            // Recent sessions are more frequent, as in a growing business.
            const double age = random.generateDouble();
            const qint64 start = (today - qint64(age * age * HistoryDays * Day)) / Second * Second
                    - qint64(random.bounded(int(Day / Second))) * Second;
            const qint64 duration = c.minDuration
                    + qint64(random.generateDouble() * double(c.maxDuration - c.minDuration));
            const qint64 end = (start + duration) / Second * Second;

            // One incarnation per billing period the session runs through.
            qint64 from = qMin(start, today - Second);
            for (qint32 ix = 0;; ++ix) {
                const qint64 boundary = startOfMonthAfter(from);
                BillForward::UsageSession part = s;
                part.sessionix = ix;
                part.start = from;
                part.created = from + (ix == 0 ? qint64(random.bounded(3)) * Second : 0);
                if (boundary < end && boundary <= today) {
                    part.state = historic;
                    part.stop = boundary;
                    part.uduration = boundary - from;
                    part.changedBy = QLatin1String(users[0]);
                    result.append(part);
                    from = boundary;
                    continue;
                }
                if (end > today) {
                    part.state = active;
                    part.stop = BillForward::NoTimestamp;
                    part.uduration = 0;
                } else {
                    part.state = historic;
                    part.stop = end;
                    part.uduration = end - from;
                }
                result.append(part);
                break;
            }
        }
    }
    result += needingAttention(nowMs);
    std::stable_sort(result.begin(), result.end(),
                     [](const auto &a, const auto &b) { return a.created < b.created; });
    return result;
}

bool DemoData::fill(SessionDatabase &database, quint32 seed, qint64 nowMs, QString *error)
{
    const auto all = sessions(seed, nowMs);
    if (!database.begin()) {
        if (error)
            *error = database.lastError();
        return false;
    }
    for (const auto &s : all) {
        if (database.insert(s, BillForward::SessionCodec::encodeSession(s)) == 0) {
            if (error)
                *error = database.lastError();
            database.rollback();
            return false;
        }
    }
    if (!database.commit()) {
        if (error)
            *error = database.lastError();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace Emulator
