#include "api/apiclient.h"
#include "emulatorfixture.h"
#include "emulator/sessiongenerator.h"
#include "sessions/sessionbrowser.h"
#include "testpages.h"
#include "testserver.h"
#include "watch/watchloader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using BillForward::ApiClient;
using BillForward::ApiError;
using BillForward::UsageSession;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

constexpr int Subscriptions = 12;

QStringList generatedIds(int count)
{
    QStringList ids;
    for (int index = 0; index < count; ++index)
        ids << Emulator::SessionGenerator::subscriptionIdOf(index);
    return ids;
}

// Every active session of these subscriptions, listed one call at a time
// with a client of its own: what a sweep must show.
QSet<SessionKey> activeKeysOf(const QUrl &url, const QStringList &ids, const QByteArray &token = {})
{
    ApiClient client;
    client.setBaseUrl(url);
    client.setAccessToken(token);
    QSet<SessionKey> keys;
    for (const QString &id : ids) {
        BillForward::ListQuery query;
        query.subscriptionId = id;
        query.activeOnly = true;
        BillForward::ApiReply *reply = client.list(query);
        QSignalSpy finished(reply, &BillForward::ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk() || reply->page().hasNextPage())
            return {};
        for (const UsageSession &session : reply->page().results)
            keys.insert(SessionKey::of(session));
    }
    return keys;
}

QSet<SessionKey> keysIn(const SessionStore &store)
{
    QSet<SessionKey> keys;
    for (int row = 0; row < store.size(); ++row)
        keys.insert(store.keyOf(row));
    return keys;
}

// The client's attempts as they leave and as their answers come, on one clock.
struct WireLog
{
    QElapsedTimer clock;
    QList<qint64> sent;
    QList<qint64> limited; // 429 answers

    void attach(ApiClient &client, QObject *context)
    {
        clock.start();
        QObject::connect(&client, &ApiClient::requestSent, context, [this](const QUrl &) { sent << clock.elapsed(); });
        QObject::connect(&client, &ApiClient::answerReceived, context, [this](const QUrl &, int status) {
            if (status == 429)
                limited << clock.elapsed();
        });
    }
};

} // namespace

// The "All watched" sweep over real HTTP: the emulator (with a gauge of the
// requests it is answering) and a scripted server for failures.
class tst_WatchLoader : public QObject
{
    Q_OBJECT

private:
    EmulatorFixture m_emulator;
    std::shared_ptr<Emulator::RequestGauge> m_gauge = std::make_shared<Emulator::RequestGauge>();
    QStringList m_ids = generatedIds(Subscriptions);
    QSet<SessionKey> m_expected;

    struct Sweeper
    {
        ApiClient client;
        SessionBrowser browser;
        WatchLoader loader{&browser};

        explicit Sweeper(const QUrl &url, const QByteArray &token = {})
        {
            client.setBaseUrl(url);
            client.setAccessToken(token);
            client.setTransferTimeout(10000);
            loader.setClient(&client);
            browser.setPageSize(1000);
        }
    };

private slots:
    void initTestCase()
    {
        Emulator::Options options;
        options.generatedSubscriptions = Subscriptions;
        options.sessionsPerGeneratedSubscription = 20;
        options.latencyMinMs = 100;
        options.latencyMaxMs = 150;
        options.gauge = m_gauge;
        QVERIFY(m_emulator.start(options));
        m_expected = activeKeysOf(m_emulator.url, m_ids);
        QVERIFY(m_expected.size() >= Subscriptions);
    }

    void concurrencyIsClamped()
    {
        Sweeper sweeper(m_emulator.url);
        QCOMPARE(sweeper.loader.concurrency(), 4);
        sweeper.loader.setConcurrency(10);
        QCOMPARE(sweeper.loader.concurrency(), WatchLoader::MaxConcurrency);
        sweeper.loader.setConcurrency(0);
        QCOMPARE(sweeper.loader.concurrency(), 1);
    }

    void sweepShowsEveryActiveSessionWithinTheCeiling_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
        QTest::newRow("6") << 6;
    }

    void sweepShowsEveryActiveSessionWithinTheCeiling()
    {
        QFETCH(int, concurrency);
        Sweeper sweeper(m_emulator.url);
        sweeper.loader.setConcurrency(concurrency);
        QSignalSpy progress(&sweeper.loader, &WatchLoader::progress);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        m_gauge->most = 0;
        sweeper.loader.open(m_ids);
        QVERIFY(sweeper.loader.isSweeping());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QVERIFY(!sweeper.loader.isSweeping());

        QCOMPARE(keysIn(sweeper.browser.store()), m_expected);
        QCOMPARE(sweeper.browser.store().activeCount(), int(m_expected.size()));
        int active = 0;
        for (const QString &id : std::as_const(m_ids)) {
            const WatchLoader::SubscriptionState state = sweeper.loader.stateOf(id);
            QVERIFY(state.listed);
            QVERIFY(!state.error.isError());
            QVERIFY(state.active >= 1 && state.active <= 5);
            active += state.active;
        }
        QCOMPARE(active, int(m_expected.size()));

        // "n of 12 subscriptions", from 0 to all, one step a subscription.
        QCOMPARE(progress.size(), Subscriptions + 1);
        for (int i = 0; i < progress.size(); ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i);
            QCOMPARE(progress.at(i).at(1).toInt(), Subscriptions);
        }
        QCOMPARE(sweeper.loader.subscriptionsDone(), Subscriptions);

        // Measured at the server: the ceiling held, and was used.
        QVERIFY2(m_gauge->most <= concurrency, qPrintable(QString::number(m_gauge->most)));
        if (concurrency > 1)
            QVERIFY2(m_gauge->most >= 2, qPrintable(QString::number(m_gauge->most)));
    }

    void sweepsNeverOverlap()
    {
        Sweeper sweeper(m_emulator.url);
        QSignalSpy started(&sweeper.loader, &WatchLoader::sweepStarted);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        QVERIFY(!sweeper.loader.refresh()); // nothing to sweep yet
        sweeper.loader.open(m_ids);
        QVERIFY(!sweeper.loader.refresh());
        QVERIFY(!sweeper.loader.refresh(WatchLoader::Origin::Background));
        QVERIFY(finished.wait(30000));
        QCOMPARE(started.size(), 1);
        QVERIFY(sweeper.loader.refresh(WatchLoader::Origin::Background));
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(1).at(0).value<SessionLoader::Origin>(), SessionLoader::Origin::Background);
        QVERIFY(!sweeper.loader.refresh());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(1).at(0).value<SessionLoader::Origin>(), SessionLoader::Origin::Background);
        // Merged in place: the same rows, once each.
        QCOMPARE(keysIn(sweeper.browser.store()), m_expected);
        QCOMPARE(sweeper.browser.store().size(), int(m_expected.size()));
    }

    // Auto-refresh rests at least as long as the last sweep took, and at
    // least its own interval.
    void autoRefreshWaitsASweepsDuration()
    {
        Sweeper sweeper(m_emulator.url);
        sweeper.loader.setConcurrency(1); // 12 × 100-150 ms: longer than the 1 s interval
        sweeper.loader.setAutoRefreshSeconds(1);
        QElapsedTimer clock;
        qint64 endedAt = -1;
        qint64 gap = -1;
        qint64 sweepMs = -1;
        connect(&sweeper.loader, &WatchLoader::sweepFinished, this, [&] {
            endedAt = clock.elapsed();
            sweepMs = sweeper.loader.lastSweepMs();
        });
        connect(&sweeper.loader, &WatchLoader::sweepStarted, this, [&](SessionLoader::Origin origin) {
            if (endedAt >= 0 && gap < 0 && origin == SessionLoader::Origin::Background)
                gap = clock.elapsed() - endedAt;
        });
        clock.start();
        sweeper.loader.open(m_ids);
        QTRY_VERIFY_WITH_TIMEOUT(gap >= 0, 30000);
        QVERIFY2(sweepMs > 1000, qPrintable(QString::number(sweepMs)));
        QVERIFY2(gap >= sweepMs, qPrintable(QStringLiteral("%1 ms after a sweep of %2 ms").arg(gap).arg(sweepMs)));
        sweeper.loader.setAutoRefreshSeconds(0);
        sweeper.loader.cancel();
    }

    // A 429 holds every request of the sweep for its Retry-After; the
    // sweep then completes.
    void rateLimitPausesTheWholeSweep()
    {
        EmulatorFixture limited;
        Emulator::Options options;
        options.generatedSubscriptions = Subscriptions;
        options.sessionsPerGeneratedSubscription = 20;
        options.rateLimitPerSecond = 4;
        QVERIFY(limited.start(options));
        const QSet<SessionKey> expected = activeKeysOf(limited.url, m_ids); // its own "now": other starts
        QVERIFY(expected.size() >= Subscriptions);
        Sweeper sweeper(limited.url);
        WireLog wire;
        wire.attach(sweeper.client, this);
        QSignalSpy paused(&sweeper.loader, &WatchLoader::paused);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        sweeper.loader.open(m_ids);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(keysIn(sweeper.browser.store()), expected);
        QVERIFY(!paused.isEmpty());
        QCOMPARE(paused.constFirst().constFirst().toInt(), 1);
        QVERIFY(!wire.limited.isEmpty());
        for (const qint64 limitedAt : std::as_const(wire.limited)) {
            for (const qint64 sentAt : std::as_const(wire.sent)) {
                if (sentAt > limitedAt)
                    QVERIFY2(sentAt - limitedAt >= 1000,
                             qPrintable(QStringLiteral("sent %1 ms after a 429").arg(sentAt - limitedAt)));
            }
        }
    }

    // A 401 pauses the sweep and asks once; resume() lists what was left,
    // nothing twice, nothing lost.
    void refusedTokenPausesUntilResume()
    {
        const QByteArray token = QByteArrayLiteral("watch-token-1");
        auto gauge = std::make_shared<Emulator::RequestGauge>();
        EmulatorFixture guarded;
        Emulator::Options options;
        options.generatedSubscriptions = 6;
        options.sessionsPerGeneratedSubscription = 20;
        options.token = token;
        options.gauge = gauge;
        QVERIFY(guarded.start(options));
        const QStringList ids = generatedIds(6);
        const QSet<SessionKey> expected = activeKeysOf(guarded.url, ids, token);
        QVERIFY(!expected.isEmpty());
        gauge->total = 0;

        Sweeper sweeper(guarded.url, token);
        sweeper.loader.setConcurrency(1);
        QSignalSpy refused(&sweeper.loader, &WatchLoader::tokenRefused);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        int listed = 0;
        connect(&sweeper.loader, &WatchLoader::subscriptionFinished, this, [&] {
            if (++listed == 2)
                sweeper.client.setAccessToken("a-revoked-token");
        });
        sweeper.loader.open(ids);
        QVERIFY(refused.wait(20000));
        QVERIFY(sweeper.loader.isPausedForToken());
        QVERIFY(sweeper.loader.isSweeping());
        QCOMPARE(sweeper.loader.subscriptionsDone(), 2);
        QCOMPARE(gauge->total.load(), 3); // two listed, one refused, none after
        QVERIFY(!sweeper.loader.refresh());

        sweeper.client.setAccessToken(token);
        sweeper.loader.resume();
        QVERIFY(!sweeper.loader.isPausedForToken());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(keysIn(sweeper.browser.store()), expected);
        QCOMPARE(gauge->total.load(), 3 + 4); // the four left, each once
        for (const QString &id : ids)
            QVERIFY(sweeper.loader.stateOf(id).listed);
    }

    // A 401 to a token replaced since the request left is no refusal of
    // the token in use: the subscription is listed again, nothing pauses.
    void refusalOfAReplacedTokenDoesNotPause()
    {
        const QByteArray token = QByteArrayLiteral("watch-token-2");
        EmulatorFixture guarded;
        Emulator::Options options;
        options.generatedSubscriptions = 3;
        options.sessionsPerGeneratedSubscription = 10;
        options.token = token;
        options.latencyMinMs = 300; // time to replace the token while the first request is out
        options.latencyMaxMs = 300;
        QVERIFY(guarded.start(options));
        const QStringList ids = generatedIds(3);
        const QSet<SessionKey> expected = activeKeysOf(guarded.url, ids, token);
        QVERIFY(!expected.isEmpty());

        Sweeper sweeper(guarded.url, "an-old-token");
        sweeper.loader.setConcurrency(1);
        QSignalSpy refused(&sweeper.loader, &WatchLoader::tokenRefused);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        QSignalSpy sent(&sweeper.client, &ApiClient::requestSent);
        sweeper.loader.open(ids);
        QTRY_VERIFY_WITH_TIMEOUT(!sent.isEmpty(), 5000);
        sweeper.client.setAccessToken(token); // the user typed the new one meanwhile
        QVERIFY(finished.wait(20000));
        QCOMPARE(refused.size(), 0);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(keysIn(sweeper.browser.store()), expected);
    }

    // The token cleared mid-sweep (another call's 401 did it): what is sent
    // next goes with no token, and its 401 pauses the sweep; it is not sent
    // again and again until a new token comes.
    void clearedTokenPausesInsteadOfResending()
    {
        const QByteArray token = QByteArrayLiteral("watch-token-3");
        auto gauge = std::make_shared<Emulator::RequestGauge>();
        EmulatorFixture guarded;
        Emulator::Options options;
        options.generatedSubscriptions = 4;
        options.sessionsPerGeneratedSubscription = 10;
        options.token = token;
        options.gauge = gauge;
        QVERIFY(guarded.start(options));
        const QStringList ids = generatedIds(4);
        const QSet<SessionKey> expected = activeKeysOf(guarded.url, ids, token);
        QVERIFY(!expected.isEmpty());
        gauge->total = 0;

        Sweeper sweeper(guarded.url, token);
        sweeper.loader.setConcurrency(1);
        QSignalSpy refused(&sweeper.loader, &WatchLoader::tokenRefused);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        connect(&sweeper.loader, &WatchLoader::subscriptionFinished, this, [&] {
            sweeper.client.setAccessToken({}); // as ConnectionController does on a refusal
        });
        sweeper.loader.open(ids);
        QVERIFY(refused.wait(5000));
        QVERIFY(sweeper.loader.isPausedForToken());
        QCOMPARE(sweeper.loader.subscriptionsDone(), 1);
        QCOMPARE(gauge->total.load(), 2); // one listed, one refused, none after

        disconnect(&sweeper.loader, &WatchLoader::subscriptionFinished, this, nullptr);
        sweeper.client.setAccessToken(token);
        sweeper.loader.resume();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(keysIn(sweeper.browser.store()), expected);
        QCOMPARE(gauge->total.load(), 2 + 3);
    }

    // A server that refuses every new token too: the subscription is sent
    // again a bounded number of times, then the sweep waits for the user.
    void replacedTokenRequeuesAreCapped()
    {
        TestServer server;
        QVERIFY(server.listen());
        int answered = 0;
        server.setHandler([&](const TestSupport::RecordedRequest &) {
            ++answered;
            return TestResponse::bfError(401, "AuthenticationError", "no");
        });
        Sweeper sweeper(server.url(QStringLiteral("/RestAPI")), "token-0");
        sweeper.loader.setConcurrency(1);
        QSignalSpy refused(&sweeper.loader, &WatchLoader::tokenRefused);
        int generation = 0;
        // Every request leaves, then the token is replaced before its answer.
        connect(&sweeper.client, &ApiClient::requestSent, this, [&] {
            sweeper.client.setAccessToken("token-" + QByteArray::number(++generation));
        });
        sweeper.loader.open({QStringLiteral("SUB-A")});
        QVERIFY(refused.wait(10000));
        QVERIFY(sweeper.loader.isPausedForToken());
        QCOMPARE(answered, 3); // the first, and two requeues
    }

    // One subscription fails: it is marked with its error and keeps its
    // rows; the others are listed, and their sessions no longer active go.
    void failingSubscriptionKeepsItsRows_data()
    {
        QTest::addColumn<TestResponse>("failure");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("403") << TestResponse::bfError(403, "PermissionsError", "not yours") << 403
                             << int(ApiError::Kind::Http);
        QTest::newRow("500") << TestResponse::bfError(500, "ServerError", "boom") << 500 << int(ApiError::Kind::Http);
        QTest::newRow("bad-json") << TestResponse::json(200, "{\"results\":[{") << 200
                                  << int(ApiError::Kind::Decode);
        QTest::newRow("timeout") << TestResponse::neverAnswer() << 0 << int(ApiError::Kind::Timeout);
        // A server that names a next page again and again, holding nothing new: a paging error.
        const QByteArray again = TestSupport::pageJson(
            {TestSupport::sessionJson(QStringLiteral("SUB-B"), QStringLiteral("b1"), QStringLiteral("minutes"), 0, 3,
                                      true)},
            0, 8766, "/next");
        QTest::newRow("paging") << TestResponse::json(200, again) << 0 << int(ApiError::Kind::Paging);
    }

    void failingSubscriptionKeepsItsRows()
    {
        QFETCH(TestResponse, failure);
        QFETCH(int, status);
        QFETCH(int, kind);
        TestServer server;
        QVERIFY(server.listen());
        int round = 1;
        const auto active = [](const char *subscription, const char *id, int createdSecs) {
            return TestSupport::sessionJson(QString::fromLatin1(subscription), QString::fromLatin1(id),
                                            QStringLiteral("minutes"), 0, createdSecs, true);
        };
        server.setHandler([&](const TestSupport::RecordedRequest &request) {
            if (request.path.endsWith(QLatin1String("/SUB-A/active")))
                return TestResponse::json(200, round == 1 ? TestSupport::pageJson({active("SUB-A", "a1", 1),
                                                                                    active("SUB-A", "a2", 2)})
                                                          : TestSupport::pageJson({active("SUB-A", "a2", 2)}));
            if (request.path.endsWith(QLatin1String("/SUB-B/active")))
                return round == 1 ? TestResponse::json(200, TestSupport::pageJson({active("SUB-B", "b1", 3),
                                                                                   active("SUB-B", "b2", 4)}))
                                  : failure;
            if (request.path.endsWith(QLatin1String("/SUB-C/active")))
                return TestResponse::json(200, round == 1 ? TestSupport::pageJson({active("SUB-C", "c1", 5)})
                                                          : TestSupport::pageJson({active("SUB-C", "c1", 5),
                                                                                   active("SUB-C", "c2", 6)}));
            return TestResponse::text(404, "no");
        });
        Sweeper sweeper(server.url(QStringLiteral("/RestAPI")));
        sweeper.client.setRetryBaseDelay(10);
        sweeper.client.setTransferTimeout(300);
        const QStringList ids = {QStringLiteral("SUB-A"), QStringLiteral("SUB-B"), QStringLiteral("SUB-C")};
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        sweeper.loader.open(ids);
        QVERIFY(finished.wait(20000));
        QCOMPARE(sweeper.browser.store().size(), 5);

        round = 2;
        QVERIFY(sweeper.loader.refresh());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(1).at(1).toInt(), 1);
        const WatchLoader::SubscriptionState failed = sweeper.loader.stateOf(QStringLiteral("SUB-B"));
        QCOMPARE(int(failed.error.kind), kind);
        QCOMPARE(failed.error.httpStatus, status);
        QVERIFY(!failed.error.message().isEmpty());
        QCOMPARE(failed.active, 2); // what its last listing had
        QVERIFY(!sweeper.loader.stateOf(QStringLiteral("SUB-A")).error.isError());
        QCOMPARE(sweeper.loader.stateOf(QStringLiteral("SUB-A")).active, 1);
        QCOMPARE(sweeper.loader.stateOf(QStringLiteral("SUB-C")).active, 2);

        QStringList shown;
        const SessionStore &store = sweeper.browser.store();
        for (int row = 0; row < store.size(); ++row)
            shown << store.sessionId(row);
        shown.sort();
        // a1 is no longer active: gone. SUB-B's rows stay. c2 is new.
        QCOMPARE(shown, (QStringList{QStringLiteral("a2"), QStringLiteral("b1"), QStringLiteral("b2"),
                                     QStringLiteral("c1"), QStringLiteral("c2")}));
    }

    // A cancelled sweep is no finished one: whoever judges a finished sweep
    // (the alerts) must not judge a half-swept browser.
    void cancelledSweepDoesNotFinish()
    {
        Sweeper sweeper(m_emulator.url);
        sweeper.loader.setConcurrency(1);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        QSignalSpy progress(&sweeper.loader, &WatchLoader::subscriptionFinished);
        sweeper.loader.open(m_ids);
        QVERIFY(progress.wait(10000));
        QVERIFY(sweeper.loader.isSweeping());
        sweeper.loader.cancel();
        QVERIFY(!sweeper.loader.isSweeping());
        QCOMPARE(finished.size(), 0);
        // Nor does one cancelled by open(): only the new one finishes.
        sweeper.loader.open(m_ids.mid(0, 2));
        QVERIFY(progress.wait(10000));
        sweeper.loader.open(m_ids.mid(0, 3));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!sweeper.loader.lastSwept().isNull());
        QCOMPARE(sweeper.loader.subscriptionsDone(), 3);
    }

    // One subscription added: only it is listed, into the rows shown; one
    // removed: its rows and state go, the others' stay, nothing is sent.
    void addAndRemoveTouchOnlyThoseSubscriptions()
    {
        Sweeper sweeper(m_emulator.url);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        const QStringList first = m_ids.mid(0, 4);
        sweeper.loader.open(first);
        QVERIFY(finished.wait(20000));
        const QSet<SessionKey> before = keysIn(sweeper.browser.store());
        QCOMPARE(before, activeKeysOf(m_emulator.url, first));
        sweeper.loader.markSeen();
        const QDateTime swept = sweeper.loader.lastSwept();

        QStringList paths;
        connect(&sweeper.client, &ApiClient::requestSent, this, [&](const QUrl &url) { paths << url.path(); });
        int cleared = 0;
        connect(&sweeper.browser, &SessionBrowser::contentChanged, this, [&] {
            cleared += sweeper.browser.store().size() == 0;
        });
        sweeper.loader.add({m_ids.at(5), m_ids.at(1)}); // one already watched
        QVERIFY(finished.wait(20000));
        QCOMPARE(sweeper.loader.subscriptionIds(), first + QStringList{m_ids.at(5)});
        QCOMPARE(paths.size(), 1);
        QVERIFY2(paths.constFirst().endsWith(m_ids.at(5) + QStringLiteral("/active")), qPrintable(paths.constFirst()));
        QCOMPARE(cleared, 0);
        QCOMPARE(keysIn(sweeper.browser.store()), activeKeysOf(m_emulator.url, first + QStringList{m_ids.at(5)}));
        QVERIFY(sweeper.loader.stateOf(m_ids.at(5)).listed);
        QCOMPARE(sweeper.loader.newSinceSeen(), 0); // newly watched is not newly started
        QCOMPARE(sweeper.loader.lastSwept(), swept); // nor a sweep of the whole list

        paths.clear();
        sweeper.loader.remove({m_ids.at(0), QStringLiteral("SUB-NOT-WATCHED")});
        QCOMPARE(paths.size(), 0);
        QCOMPARE(cleared, 0);
        QCOMPARE(sweeper.loader.subscriptionIds(), (QStringList{m_ids.at(1), m_ids.at(2), m_ids.at(3), m_ids.at(5)}));
        QVERIFY(!sweeper.loader.stateOf(m_ids.at(0)).listed);
        QCOMPARE(keysIn(sweeper.browser.store()), activeKeysOf(m_emulator.url, sweeper.loader.subscriptionIds()));
        QVERIFY(sweeper.loader.endedSinceSeen().isEmpty());
    }

    // Removed while a sweep runs: its rows go at once, the sweep goes on
    // and ends with every other subscription's rows, none twice.
    void removeDuringASweep()
    {
        Sweeper sweeper(m_emulator.url);
        sweeper.loader.setConcurrency(2);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        QSignalSpy listed(&sweeper.loader, &WatchLoader::subscriptionFinished);
        sweeper.loader.open(m_ids);
        QVERIFY(listed.wait(10000));
        const QString gone = listed.constFirst().constFirst().toString();
        sweeper.loader.remove({gone, m_ids.constLast()});
        QVERIFY(sweeper.loader.isSweeping());
        for (const SessionKey &key : keysIn(sweeper.browser.store()))
            QVERIFY(key.subscriptionId != gone);
        sweeper.loader.add({gone}); // and back again, queued in the same sweep
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        QCOMPARE(sweeper.loader.subscriptionsDone(), Subscriptions - 1);
        QStringList expectedIds = m_ids;
        expectedIds.removeLast();
        QCOMPARE(keysIn(sweeper.browser.store()), activeKeysOf(m_emulator.url, expectedIds));
    }

    // What changed since the user last looked: started and stopped sessions.
    void newAndEndedSinceSeen()
    {
        Sweeper sweeper(m_emulator.url);
        QSignalSpy finished(&sweeper.loader, &WatchLoader::sweepFinished);
        sweeper.loader.markSeen(); // nothing finished yet: no reference
        QVERIFY(!sweeper.loader.seenAt().isValid());
        sweeper.loader.open(m_ids);
        QVERIFY(finished.wait(30000));
        QCOMPARE(sweeper.loader.newSinceSeen(), 0);
        sweeper.loader.markSeen();
        QCOMPARE(sweeper.loader.seenAt(), sweeper.loader.lastSwept());
        QCOMPARE(sweeper.loader.newSinceSeen(), 0);
        QVERIFY(sweeper.loader.endedSinceSeen().isEmpty());

        // One session stopped, one started, by someone else.
        const SessionStore &store = sweeper.browser.store();
        const UsageSession running = store.at(0);
        UsageSession stop;
        stop.subscriptionId = running.subscriptionId;
        stop.sessionId = running.sessionId;
        stop.uom = running.uom;
        BillForward::ApiReply *stopped = sweeper.client.stop({{stop}, {}});
        QSignalSpy stopDone(stopped, &BillForward::ApiReply::finished);
        QVERIFY(stopDone.wait(10000));
        QVERIFY2(stopped->isOk(), qPrintable(stopped->error().message()));
        UsageSession start;
        start.subscriptionId = m_ids.at(3);
        start.sessionId = QStringLiteral("watch-new-1");
        start.uom = QStringLiteral("minutes");
        start.pricingComponentName = QStringLiteral("Compute minutes");
        BillForward::ApiReply *started = sweeper.client.start({{start}, {}});
        QSignalSpy startDone(started, &BillForward::ApiReply::finished);
        QVERIFY(startDone.wait(10000));
        QVERIFY2(started->isOk(), qPrintable(started->error().message()));
        const SessionKey startedKey = SessionKey::of(started->page().results.constFirst());

        QVERIFY(sweeper.loader.refresh());
        QVERIFY(finished.wait(30000));
        QCOMPARE(sweeper.loader.newSinceSeen(), 1);
        QVERIFY(sweeper.loader.isNewSinceSeen(startedKey));
        QVERIFY(store.indexOf(startedKey) >= 0);
        QVERIFY(!sweeper.loader.isNewSinceSeen(store.keyOf(store.indexOf(startedKey) == 0 ? 1 : 0)));
        const QList<UsageSession> ended = sweeper.loader.endedSinceSeen();
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.constFirst().sessionId, running.sessionId);
        QCOMPARE(store.indexOf(SessionKey::of(running)), -1); // no longer active: no longer shown
        QCOMPARE(store.size(), int(m_expected.size()));

        // Looked at again: nothing new.
        sweeper.loader.markSeen();
        QCOMPARE(sweeper.loader.newSinceSeen(), 0);
        QVERIFY(sweeper.loader.endedSinceSeen().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_WatchLoader)
#include "tst_watchloader.moc"
