// Figures of the wire codec: decode throughput and memory per stored session
// of SessionCodec::decodePage, against a plain QJsonDocument path.
// Build in Release and run: bench-decode [sessions ...] (default 100000 1000000)

#include "wire/sessioncodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

using namespace BillForward;

namespace {

constexpr int PageSize = 10000; // the largest page the API serves
constexpr int Rounds = 3;

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

QString hex(QRandomGenerator &random, int digits)
{
    return QStringLiteral("%1").arg(random.generate64() & ((quint64(1) << (4 * digits)) - 1), digits, 16,
                                    QLatin1Char('0'))
        .toUpper();
}

QString billForwardId(QRandomGenerator &random, const char *prefix)
{
    return QLatin1String(prefix) + hex(random, 8) + QLatin1Char('-') + hex(random, 4) + QLatin1Char('-')
        + hex(random, 4) + QLatin1Char('-') + hex(random, 4) + QLatin1Char('-') + hex(random, 8);
}

QString uuid(QRandomGenerator &random)
{
    return (hex(random, 8) + QLatin1Char('-') + hex(random, 4) + QLatin1Char('-') + hex(random, 4)
            + QLatin1Char('-') + hex(random, 4) + QLatin1Char('-') + hex(random, 12))
        .toLower();
}

// Realistic pages: a handful of organizations, subscriptions, pricing
// components, units and users; unique 36-character session IDs.
QList<QByteArray> makePages(int count, qint64 &jsonBytes)
{
    QRandomGenerator random(20260227);
    QStringList organizations, subscriptions, components, users;
    for (int i = 0; i < 3; ++i)
        organizations << billForwardId(random, "ORG-");
    for (int i = 0; i < 40; ++i)
        subscriptions << billForwardId(random, "SUB-");
    for (int i = 0; i < 8; ++i)
        components << billForwardId(random, "PCO-");
    for (int i = 0; i < 5; ++i)
        users << uuid(random);
    const QStringList componentNames = {
        QStringLiteral("Compute minutes"), QStringLiteral("Storage GB-month"), QStringLiteral("Support hours"),
        QStringLiteral("API requests"), QStringLiteral("Bandwidth GB"), QStringLiteral("Seat time"),
        QStringLiteral("GPU minutes"), QStringLiteral("Premium line minutes")};
    const QStringList units = {QStringLiteral("minutes"), QStringLiteral("GB"), QStringLiteral("hours"),
                               QStringLiteral("requests")};
    const QStringList descriptions = {
        QStringLiteral("Nightly batch run for the reporting warehouse"),
        QStringLiteral("Interactive session started from the customer portal"),
        QStringLiteral("Scheduled backup window, retained for thirty days"),
        QStringLiteral("Support call escalated to the second line team"),
        QStringLiteral("Load test of the staging environment before release")};
    const Timestamp base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

    QList<QByteArray> pages;
    QList<QByteArray> encoded;
    encoded.reserve(PageSize);
    jsonBytes = 0;
    for (int i = 0; i < count; ++i) {
        UsageSession s;
        const int component = int(random.bounded(components.size()));
        s.organizationId = organizations.at(int(random.bounded(organizations.size())));
        s.subscriptionId = subscriptions.at(int(random.bounded(subscriptions.size())));
        s.sessionId = uuid(random);
        s.pricingComponentId = components.at(component);
        s.pricingComponentName = componentNames.at(component);
        s.uom = units.at(component % units.size());
        s.description = descriptions.at(int(random.bounded(descriptions.size())));
        s.changedBy = users.at(int(random.bounded(users.size())));
        s.created = base + qint64(random.bounded(365 * 86400)) * 1000;
        s.start = s.created + (random.bounded(4) == 0 ? qint64(random.bounded(1000)) : 0);
        s.sessionix = int(random.bounded(4));
        if (random.bounded(10) < 7) {
            s.state = QStringLiteral("Historic");
            s.stop = s.start + qint64(random.bounded(86400000));
            s.uduration = s.stop - s.start;
        } else {
            s.state = QStringLiteral("Active");
        }
        encoded << SessionCodec::encodeSession(s);
        if (encoded.size() == PageSize || i == count - 1) {
            SessionPage meta;
            meta.currentPage = pages.size();
            meta.currentOffset = qint64(pages.size()) * PageSize;
            meta.recordsRequested = PageSize;
            meta.recordsReturned = encoded.size();
            meta.executionTime = 42;
            if (i != count - 1)
                meta.nextPage = QStringLiteral("usage-sessions/%1?offset=%2&records=%3")
                                    .arg(subscriptions.first())
                                    .arg(meta.currentOffset + PageSize)
                                    .arg(PageSize);
            pages << SessionCodec::encodePage(meta, encoded);
            jsonBytes += pages.last().size();
            encoded.clear();
        }
    }
    return pages;
}

// The naive path the codec is measured against: a DOM, a QString per field,
// QDateTime for dates.
struct PlainSession
{
    QString subscriptionId, sessionId, uom, organizationId, pricingComponentId, pricingComponentName,
        description, changedBy, state;
    QDateTime created, start, stop;
    qint64 uduration = 0;
    int sessionix = 0;
};

QDateTime plainTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs) : QDateTime();
}

bool plainDecode(const QByteArray &json, QList<PlainSession> &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonArray results = doc.object().value(QLatin1String("results")).toArray();
    for (const QJsonValue &item : results) {
        const QJsonObject o = item.toObject();
        PlainSession s;
        s.subscriptionId = o.value(QLatin1String("subscriptionID")).toString();
        s.sessionId = o.value(QLatin1String("sessionID")).toString();
        s.uom = o.value(QLatin1String("uom")).toString();
        s.organizationId = o.value(QLatin1String("organizationID")).toString();
        s.pricingComponentId = o.value(QLatin1String("pricingComponentID")).toString();
        s.pricingComponentName = o.value(QLatin1String("pricingComponentName")).toString();
        s.description = o.value(QLatin1String("description")).toString();
        s.changedBy = o.value(QLatin1String("changedBy")).toString();
        s.state = o.value(QLatin1String("state")).toString();
        s.created = plainTime(o.value(QLatin1String("created")));
        s.start = plainTime(o.value(QLatin1String("start")));
        s.stop = plainTime(o.value(QLatin1String("stop")));
        s.uduration = o.value(QLatin1String("uduration")).toInteger();
        s.sessionix = o.value(QLatin1String("sessionix")).toInt();
        out.append(std::move(s));
    }
    return true;
}

// CPU time of this thread: other processes on a busy machine do not count.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Figures
{
    double seconds = 0;
    double cpuSeconds = 0;
    double bytesPerSession = 0;
    bool ok = true;
};

template<typename Session, typename Decode>
Figures measure(int count, Decode decode)
{
    qint64 jsonBytes = 0;
    QList<QByteArray> pages = makePages(count, jsonBytes);
    {
        // Warm up: the codec keeps a parser per thread.
        QList<Session> warm;
        decode(pages.first(), warm);
    }
    Figures figures;
    QList<Session> all;
    // The machine is shared and noisy: the best of a few rounds.
    for (int round = 0; round < Rounds; ++round) {
        all = QList<Session>();
        all.reserve(count);
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        for (const QByteArray &page : std::as_const(pages))
            figures.ok = decode(page, all) && figures.ok;
        const double cpu = threadCpuSeconds() - cpuStart;
        const double wall = double(timer.nsecsElapsed()) / 1e9;
        figures.cpuSeconds = round == 0 ? cpu : std::min(figures.cpuSeconds, cpu);
        figures.seconds = round == 0 ? wall : std::min(figures.seconds, wall);
        figures.ok = figures.ok && all.size() == count;
    }
    pages.clear();
    pages.squeeze();
    malloc_trim(0);
    const std::size_t holding = heapInUse();
    all.clear();
    all.squeeze();
    const std::size_t released = heapInUse();
    figures.bytesPerSession = double(holding - released) / count;
    return figures;
}

void report(const char *name, int count, qint64 jsonBytes, const Figures &f)
{
    std::printf("  %-36s %7.1f MB/s %9.0f sessions/s (CPU time; wall: %6.1f MB/s) %5.0f B/session%s\n",
                name, double(jsonBytes) / 1e6 / f.cpuSeconds, count / f.cpuSeconds,
                double(jsonBytes) / 1e6 / f.seconds, f.bytesPerSession, f.ok ? "" : "  DECODE FAILED");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {100000, 1000000};

    for (const int count : std::as_const(sizes)) {
        qint64 jsonBytes = 0;
        makePages(count, jsonBytes);
        std::printf("%d sessions, %.1f MB of JSON (%.0f B/session), pages of %d:\n", count,
                    double(jsonBytes) / 1e6, double(jsonBytes) / count, PageSize);

        const Figures codec = measure<UsageSession>(count, [](const QByteArray &json, QList<UsageSession> &out) {
            SessionPage page;
            DecodeError error;
            if (!SessionCodec::decodePage(json, page, error))
                return false;
            out.append(std::move(page.results));
            return true;
        });
        report("SessionCodec::decodePage", count, jsonBytes, codec);

        const Figures plain = measure<PlainSession>(count, plainDecode);
        report("QJsonDocument -> QStrings+QDateTime", count, jsonBytes, plain);
        std::fflush(stdout);
    }
    return 0;
}
