// Load with fault injection: the emulator executable with 100k sessions,
// 5% of answers failing with 500, a random latency and a rate limit. A burst
// of single list calls gives the figures (requests, errors, p50/p99
// latency); then SessionFetcher, retrying, must still return every session
// exactly once.

#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "api/sessionfetcher.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace BillForward;

namespace {

const QString Subscription = QStringLiteral("SUB-LOAD-0001");
constexpr int Sessions = 100000;

} // namespace

class tst_Load : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void burstFigures();
    void fetchUnderFaultsReturnsEverySessionOnce();

private:
    TestSupport::EmulatorProcess m_emulator;
};

void tst_Load::initTestCase()
{
    QVERIFY(m_emulator.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                              Subscription + QStringLiteral(":") + QString::number(Sessions),
                              QStringLiteral("--fail-rate"), QStringLiteral("0.05"), QStringLiteral("--latency-ms"),
                              QStringLiteral("0-10"), QStringLiteral("--rate-limit"), QStringLiteral("150"),
                              QStringLiteral("--seed"), QStringLiteral("7")}));
}

void tst_Load::burstFigures()
{
    constexpr int Requests = 400;
    constexpr int InFlight = 8;
    ApiClient client;
    client.setBaseUrl(m_emulator.url());
    client.setMaxAttempts(1); // every answer counts, faults included
    QRandomGenerator random(11);
    QList<qint64> latencies;
    QHash<QString, int> errors;
    int sent = 0;
    int done = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> sendOne = [&] {
        if (sent >= Requests)
            return;
        ++sent;
        ListQuery query;
        query.subscriptionId = Subscription;
        query.offset = random.bounded(Sessions);
        query.records = 200;
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QPointer<ApiReply> reply = client.list(query);
        connect(reply.data(), &ApiReply::finished, this, [&, reply, clock] {
            latencies.append(clock->nsecsElapsed() / 1000);
            if (reply && reply->error().isError())
                ++errors[QStringLiteral("%1 %2").arg(reply->error().httpStatus).arg(reply->error().kindName())];
            ++done;
            sendOne();
        });
    };
    for (int i = 0; i < InFlight; ++i)
        sendOne();
    QTRY_VERIFY_WITH_TIMEOUT(done == Requests, 120000);
    const qint64 elapsedMs = wall.elapsed();

    std::sort(latencies.begin(), latencies.end());
    const auto percentile = [&](double p) { return latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size()))); };
    int errorCount = 0;
    QStringList kinds;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        errorCount += it.value();
        kinds << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    }
    qInfo("load burst: %d requests (%d in flight) in %lld ms = %.0f req/s; %d errors (%s); latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
          Requests, InFlight, qlonglong(elapsedMs), Requests * 1000.0 / qMax<qint64>(1, elapsedMs), errorCount,
          qPrintable(kinds.join(QStringLiteral(", "))), percentile(0.50) / 1000.0, percentile(0.99) / 1000.0,
          latencies.last() / 1000.0);
    // Only injected faults: 500 ServerError and 429 RateLimited, nothing else.
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        QVERIFY2(it.key() == QLatin1String("500 ServerError") || it.key() == QLatin1String("429 RateLimited"),
                 qPrintable(it.key()));
    QVERIFY(errors.value(QStringLiteral("500 ServerError")) > 0); // the faults were really on
}

void tst_Load::fetchUnderFaultsReturnsEverySessionOnce()
{
    ApiClient client;
    client.setBaseUrl(m_emulator.url());
    client.setMaxAttempts(12);
    client.setRetryBaseDelay(20);
    SessionFetcher fetcher(&client);
    fetcher.setPageSize(2000);
    fetcher.setConcurrency(4);
    QSet<QString> keys;
    qint64 delivered = 0;
    connect(&fetcher, &SessionFetcher::sessionsArrived, this, [&](const QList<UsageSession> &sessions) {
        delivered += sessions.size();
        for (const UsageSession &s : sessions)
            keys.insert(s.sessionId + QLatin1Char('|') + s.uom + QLatin1Char('|') + QString::number(s.sessionix));
    });
    QSignalSpy finished(&fetcher, &SessionFetcher::finished);
    QElapsedTimer clock;
    clock.start();
    fetcher.start({Subscription}, false);
    QVERIFY(finished.wait(240000));
    const auto error = finished.constFirst().constFirst().value<ApiError>();
    QVERIFY2(!error.isError(), qPrintable(error.message()));
    qInfo("fetch under faults: %lld sessions in %lld ms, %lld distinct", qlonglong(delivered),
          qlonglong(clock.elapsed()), qlonglong(keys.size()));
    QCOMPARE(delivered, qint64(Sessions));
    QCOMPARE(keys.size(), qsizetype(Sessions));
}

QTEST_GUILESS_MAIN(tst_Load)
#include "tst_load.moc"
