#include "actions/actionjournal.h"
#include "actions/sessionactionrunner.h"
#include "actions/stopplan.h"
#include "api/apiclient.h"
#include "droppingproxy.h"
#include "emulatorfixture.h"
#include "sessions/sessionbrowser.h"
#include "testpages.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Emulator::WriteFault)

using BillForward::SessionBatch;
using BillForward::UsageSession;

namespace {

UsageSession item(const QString &subscription, const QString &id, const QString &uom = QStringLiteral("minutes"))
{
    UsageSession session;
    session.subscriptionId = subscription;
    session.sessionId = id;
    session.uom = uom;
    session.pricingComponentName = QStringLiteral("Minutes");
    return session;
}

SessionBatch batchOf(const QList<UsageSession> &sessions)
{
    SessionBatch batch;
    batch.usageSessions = sessions;
    return batch;
}

} // namespace

class tst_SessionActionRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startOneThenThree();
    void stopTwoMakesThemHistoric();
    void bfErrorNamesTheFailingItem();
    void lostAnswerReconciledTookEffect_data();
    void lostAnswerReconciledTookEffect();
    void unconfirmedWriteIsReconciled_data();
    void unconfirmedWriteIsReconciled();
    void lostRequestReconciledDidNotTakeEffect();
    void lostAnswerOfAReusedIdFindsTheNewUse();
    void lostStopAnswerWithTheIdRestartedTookEffect();
    void lostStopDecidedByTheUseRunning_data();
    void lostStopDecidedByTheUseRunning();
    void stopSendsNoStart();
    void unreachableServerStaysUnknown();
    void refusesSecondActionOnPendingKeys();
    void readOnlyAndLockedProductionRefuse();
    void journalRecordsEachAction();
    void unwritableJournalSendsNothing();
    void sentLineIsOnFileBeforeThePost();
    void reconciliationStopsAtPageLimit();
    void reconciliationStopsAtTimeLimit();
    void reconciliationCancelledStaysUnknown();
    void stopPlanReconciledPerRequest();

private:
    // Sends a batch and waits for its result.
    ActionResult run(SessionActionRunner &runner, ActionResult::Action action, const SessionBatch &batch);
    QList<UsageSession> listOf(const QUrl &url, const QString &subscription, bool activeOnly);
    std::unique_ptr<BillForward::ApiClient> client(const QUrl &url);

    EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
};

void tst_SessionActionRunner::initTestCase()
{
    QVERIFY(m_emulator.start());
}

std::unique_ptr<BillForward::ApiClient> tst_SessionActionRunner::client(const QUrl &url)
{
    auto api = std::make_unique<BillForward::ApiClient>();
    api->setBaseUrl(url);
    api->setTransferTimeout(5000);
    api->setRetryBaseDelay(20);
    return api;
}

ActionResult tst_SessionActionRunner::run(SessionActionRunner &runner, ActionResult::Action action,
                                          const SessionBatch &batch)
{
    QSignalSpy finished(&runner, &SessionActionRunner::finished);
    const int id = action == ActionResult::Action::Start ? runner.start(batch) : runner.stop(batch);
    if (id == 0 || !finished.wait(20000))
        return {};
    const ActionResult result = finished.constFirst().constFirst().value<ActionResult>();
    return result.id == id ? result : ActionResult{};
}

QList<UsageSession> tst_SessionActionRunner::listOf(const QUrl &url, const QString &subscription, bool activeOnly)
{
    auto api = client(url);
    BillForward::ListQuery query;
    query.subscriptionId = subscription;
    query.activeOnly = activeOnly;
    BillForward::ApiReply *reply = api->list(query);
    QSignalSpy finished(reply, &BillForward::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    return reply->page().results;
}

void tst_SessionActionRunner::startOneThenThree()
{
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-START");

    const ActionResult one = run(runner, ActionResult::Action::Start, batchOf({item(sub, QStringLiteral("s1"))}));
    QCOMPARE(one.status, ActionResult::Status::Succeeded);
    QCOMPARE(one.affected.size(), 1);
    QCOMPARE(one.affected.constFirst().sessionId, QStringLiteral("s1"));
    QVERIFY(one.affected.constFirst().isActive());
    QCOMPARE(listOf(m_emulator.url, sub, true).size(), 1);

    const ActionResult three = run(runner, ActionResult::Action::Start,
                                   batchOf({item(sub, QStringLiteral("s2")), item(sub, QStringLiteral("s3")),
                                            item(sub, QStringLiteral("s4"))}));
    QCOMPARE(three.status, ActionResult::Status::Succeeded);
    QCOMPARE(three.affected.size(), 3);
    QCOMPARE(three.count(ActionResult::ItemOutcome::TookEffect), 3);
    const QList<UsageSession> active = listOf(m_emulator.url, sub, true);
    QCOMPARE(active.size(), 4);
    QStringList ids;
    for (const UsageSession &session : active)
        ids.append(session.sessionId);
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("s1"), QStringLiteral("s2"), QStringLiteral("s3"), QStringLiteral("s4")}));
    QVERIFY(!runner.isBusy());
}

void tst_SessionActionRunner::stopTwoMakesThemHistoric()
{
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-STOP");
    const SessionBatch two = batchOf({item(sub, QStringLiteral("a")), item(sub, QStringLiteral("b"))});
    QCOMPARE(run(runner, ActionResult::Action::Start, two).status, ActionResult::Status::Succeeded);

    const ActionResult stopped = run(runner, ActionResult::Action::Stop, two);
    QCOMPARE(stopped.status, ActionResult::Status::Succeeded);
    QCOMPARE(stopped.affected.size(), 2);
    QVERIFY(listOf(m_emulator.url, sub, true).isEmpty());
    const QList<UsageSession> all = listOf(m_emulator.url, sub, false);
    QCOMPARE(all.size(), 2);
    for (const UsageSession &session : all) {
        QCOMPARE(session.stateKind(), BillForward::SessionState::Historic);
        QVERIFY(session.stop != BillForward::NoTimestamp);
    }
}

void tst_SessionActionRunner::bfErrorNamesTheFailingItem()
{
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-ERROR");
    QCOMPARE(run(runner, ActionResult::Action::Start,
                 batchOf({item(sub, QStringLiteral("live")), item(sub, QStringLiteral("done"))}))
                 .status,
             ActionResult::Status::Succeeded);
    QCOMPARE(run(runner, ActionResult::Action::Stop, batchOf({item(sub, QStringLiteral("done"))})).status,
             ActionResult::Status::Succeeded);

    // Stopping a historic one: refused, all or nothing, the second item named.
    const ActionResult result = run(runner, ActionResult::Action::Stop,
                                    batchOf({item(sub, QStringLiteral("live")), item(sub, QStringLiteral("done"))}));
    QCOMPARE(result.status, ActionResult::Status::Failed);
    QCOMPARE(result.error.bfError.errorType, QStringLiteral("ValidationError"));
    QVERIFY(!result.error.bfError.errorMessage.isEmpty());
    QCOMPARE(result.failingIndices(), QList<int>{1});
    QCOMPARE(result.count(ActionResult::ItemOutcome::DidNotTakeEffect), 2);
    QVERIFY(result.summary().contains(result.error.message()));
    const QList<UsageSession> active = listOf(m_emulator.url, sub, true);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.constFirst().sessionId, QStringLiteral("live"));
}

void tst_SessionActionRunner::lostAnswerReconciledTookEffect_data()
{
    QTest::addColumn<bool>("stop");
    QTest::newRow("start") << false;
    QTest::newRow("stop") << true;
}

void tst_SessionActionRunner::lostAnswerReconciledTookEffect()
{
    QFETCH(bool, stop);
    // The emulator applies each change, then drops the connection unanswered.
    EmulatorFixture dropping;
    Emulator::Options options;
    options.dropRate = 1.0;
    QVERIFY(dropping.start(options));
    const QString sub = QStringLiteral("SUB-RUN-LOST");
    const SessionBatch batch = batchOf({item(sub, QStringLiteral("x1")), item(sub, QStringLiteral("x2"))});
    auto api = client(dropping.url);
    SessionActionRunner runner(api.get());
    QSignalSpy reconciling(&runner, &SessionActionRunner::reconciling);
    if (stop) {
        // Started through the lost-answer path too; stopping is what is tested here.
        QCOMPARE(run(runner, ActionResult::Action::Start, batch).count(ActionResult::ItemOutcome::TookEffect), 2);
        reconciling.clear();
    }
    const ActionResult result =
        run(runner, stop ? ActionResult::Action::Stop : ActionResult::Action::Start, batch);
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QVERIFY(result.error.outcomeUnknown);
    QCOMPARE(reconciling.size(), 1);
    QCOMPARE(result.count(ActionResult::ItemOutcome::TookEffect), 2);
    QCOMPARE(listOf(dropping.url, sub, true).size(), stop ? 0 : 2);
    if (!stop) {
        QCOMPARE(result.affected.size(), 2); // the sessions as the server has them now
    }
    QVERIFY(result.summary().contains(QLatin1String("2 took effect")));
}

void tst_SessionActionRunner::unconfirmedWriteIsReconciled_data()
{
    QTest::addColumn<Emulator::WriteFault>("fault");
    QTest::addColumn<bool>("stop");
    const QList<QPair<const char *, Emulator::WriteFault>> faults = {
        {"500-servererror", Emulator::WriteFault::ServerError},
        {"500-empty", Emulator::WriteFault::BareServerError},
        {"303", Emulator::WriteFault::SeeOther},
        {"cut-body", Emulator::WriteFault::CutBody},
        {"drop", Emulator::WriteFault::Drop},
        {"timeout", Emulator::WriteFault::Stall},
    };
    for (const auto &[name, fault] : faults) {
        QTest::addRow("%s-start", name) << fault << false;
        QTest::addRow("%s-stop", name) << fault << true;
    }
}

void tst_SessionActionRunner::unconfirmedWriteIsReconciled()
{
    QFETCH(Emulator::WriteFault, fault);
    QFETCH(bool, stop);
    // The emulator applies each write, then answers it with the fault: the
    // app must not report "nothing changed", it must ask the server.
    EmulatorFixture faulty;
    Emulator::Options options;
    options.writeFault = fault;
    QVERIFY(faulty.start(options));
    const QString sub = QStringLiteral("SUB-RUN-UNCONFIRMED");
    const SessionBatch batch = batchOf({item(sub, QStringLiteral("f1")), item(sub, QStringLiteral("f2"))});
    auto api = client(faulty.url);
    api->setTransferTimeout(1500);
    SessionActionRunner runner(api.get());
    QSignalSpy reconciling(&runner, &SessionActionRunner::reconciling);
    if (stop) {
        QCOMPARE(run(runner, ActionResult::Action::Start, batch).count(ActionResult::ItemOutcome::TookEffect), 2);
        reconciling.clear();
    }
    const ActionResult result = run(runner, stop ? ActionResult::Action::Stop : ActionResult::Action::Start, batch);
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QVERIFY(result.error.outcomeUnknown);
    QCOMPARE(reconciling.size(), 1);
    QCOMPARE(result.count(ActionResult::ItemOutcome::TookEffect), 2);
    QCOMPARE(listOf(faulty.url, sub, true).size(), stop ? 0 : 2);
    QVERIFY2(result.summary().contains(QLatin1String("2 took effect")), qPrintable(result.summary()));
}

void tst_SessionActionRunner::lostRequestReconciledDidNotTakeEffect()
{
    // The request is lost on the way (the proxy closes the connection after
    // reading it, without passing it on): the client cannot tell this from a
    // lost answer, so the runner must ask, and the server says: not started.
    DroppingProxy proxy(m_emulator.url);
    QVERIFY(proxy.listen());
    proxy.setMode(DroppingProxy::Mode::DropPosts);
    auto api = client(proxy.url());
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-NOTTAKEN");
    const ActionResult result =
        run(runner, ActionResult::Action::Start, batchOf({item(sub, QStringLiteral("n1"))}));
    QVERIFY(proxy.dropped() >= 1);
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::DidNotTakeEffect);
    QVERIFY(result.affected.isEmpty());
    QVERIFY(listOf(m_emulator.url, sub, false).isEmpty());
    QVERIFY(!runner.isPending(item(sub, QStringLiteral("n1"))));
}

// kiosk-1 ran twice before (each use from sessionix 0); its third start
// loses its answer. Reconciliation names the new use, and the window shows
// it as a row of its own beside the two ended ones.
void tst_SessionActionRunner::lostAnswerOfAReusedIdFindsTheNewUse()
{
    EmulatorFixture dropping; // applies each change, then drops the connection unanswered
    Emulator::Options options;
    options.dropRate = 1.0;
    QVERIFY(dropping.start(options));
    auto api = client(dropping.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-REUSE");
    const BillForward::Timestamp firstDay = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    for (int day = 0; day < 2; ++day) {
        UsageSession use = item(sub, QStringLiteral("kiosk-1"));
        use.start = firstDay + day * 86'400'000;
        QCOMPARE(run(runner, ActionResult::Action::Start, batchOf({use})).count(ActionResult::ItemOutcome::TookEffect), 1);
        UsageSession stop = item(sub, QStringLiteral("kiosk-1"));
        stop.pricingComponentName.clear();
        stop.stop = use.start + 3'600'000;
        QCOMPARE(run(runner, ActionResult::Action::Stop, batchOf({stop})).count(ActionResult::ItemOutcome::TookEffect), 1);
    }
    SessionBrowser browser;
    browser.addSessions(listOf(dropping.url, sub, false));
    QCOMPARE(browser.store().size(), 2);

    const ActionResult result = run(runner, ActionResult::Action::Start, batchOf({item(sub, QStringLiteral("kiosk-1"))}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::TookEffect);
    QCOMPARE(result.affected.size(), 1);
    const UsageSession now = result.affected.constFirst();
    QVERIFY(now.isActive());
    QCOMPARE(now.sessionix, 0);
    QVERIFY(now.start >= result.sentAt - 1000); // the server's now, in whole seconds
    browser.addSessions(result.affected);
    QCOMPARE(browser.store().size(), 3);
    QCOMPARE(browser.store().activeCount(), 1);
    QCOMPARE(browser.store().indexOf(SessionKey::of(now)), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(browser.store().start(row), firstDay + row * 86'400'000);
        QCOMPARE(browser.store().uduration(row), 3'600'000);
    }
}

// The stop of kiosk-1's use loses its answer, and the device starts kiosk-1
// again before the runner asks: the use running then is another one, so
// the stop took effect (it was told "did not take effect", inviting a
// second stop that would end the new use).
void tst_SessionActionRunner::lostStopAnswerWithTheIdRestartedTookEffect()
{
    EmulatorFixture dropping; // applies each change, then drops the connection unanswered
    Emulator::Options options;
    options.dropRate = 1.0;
    QVERIFY(dropping.start(options));
    auto api = client(dropping.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-RESTART");
    const BillForward::Timestamp firstStart = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    UsageSession use = item(sub, QStringLiteral("kiosk-1"));
    use.start = firstStart;
    QCOMPARE(run(runner, ActionResult::Action::Start, batchOf({use})).count(ActionResult::ItemOutcome::TookEffect), 1);

    auto device = client(dropping.url);
    UsageSession restart = item(sub, QStringLiteral("kiosk-1"));
    restart.start = firstStart + 3'600'000;
    connect(&runner, &SessionActionRunner::reconciling, this, [&device, &restart] {
        BillForward::ApiReply *reply = device->start({{restart}, {}});
        QSignalSpy done(reply, &BillForward::ApiReply::finished);
        QVERIFY(done.wait(10000)); // applied; its answer is dropped too
    });
    UsageSession stop = item(sub, QStringLiteral("kiosk-1"));
    stop.pricingComponentName.clear();
    stop.start = use.start; // the use meant
    stop.stop = firstStart + 1'800'000;
    const ActionResult result = run(runner, ActionResult::Action::Stop, batchOf({stop}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::TookEffect);

    const QList<UsageSession> uses = listOf(dropping.url, sub, false);
    QCOMPARE(uses.size(), 2);
    QCOMPARE(uses.at(0).start, use.start);
    QCOMPARE(uses.at(0).stop, stop.stop);
    QVERIFY(uses.at(1).isActive());
    QCOMPARE(uses.at(1).start, restart.start);
}

// The start of the use meant stays with the runner: a stop names the
// subscription, session ID and unit, as the contract says.
void tst_SessionActionRunner::stopSendsNoStart()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestSupport::RecordedRequest &) {
        return TestSupport::TestResponse::json(
            200, TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("kiosk-1"))}));
    });
    auto api = client(server.url(QStringLiteral("/RestAPI")));
    SessionActionRunner runner(api.get());
    UsageSession stop = item(QStringLiteral("SUB-1"), QStringLiteral("kiosk-1"));
    stop.pricingComponentName.clear();
    stop.start = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    const ActionResult result = run(runner, ActionResult::Action::Stop, batchOf({stop}));
    QCOMPARE(result.status, ActionResult::Status::Succeeded);
    QCOMPARE(result.items.constFirst().requested.start, stop.start);
    const QByteArray body = server.lastRequest().body;
    QVERIFY2(body.contains("\"sessionID\":\"kiosk-1\""), body.constData());
    QVERIFY2(!body.contains("\"start\""), body.constData());
}

void tst_SessionActionRunner::unreachableServerStaysUnknown()
{
    DroppingProxy proxy(m_emulator.url);
    QVERIFY(proxy.listen());
    proxy.setMode(DroppingProxy::Mode::DropAll);
    auto api = client(proxy.url());
    api->setMaxAttempts(1);
    SessionActionRunner runner(api.get());
    const ActionResult result = run(runner, ActionResult::Action::Start,
                                    batchOf({item(QStringLiteral("SUB-RUN-UNKNOWN"), QStringLiteral("u1"))}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::Unknown);
    QVERIFY(result.summary().contains(ActionResult::tr("Check those sessions before trying again.")));
}

void tst_SessionActionRunner::refusesSecondActionOnPendingKeys()
{
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-PENDING");
    QSignalSpy refused(&runner, &SessionActionRunner::refused);
    QSignalSpy finished(&runner, &SessionActionRunner::finished);
    QSignalSpy pendingChanged(&runner, &SessionActionRunner::pendingChanged);
    const int first = runner.start(batchOf({item(sub, QStringLiteral("p1")), item(sub, QStringLiteral("p2"))}));
    QVERIFY(first > 0);
    QVERIFY(runner.isPending(item(sub, QStringLiteral("p1"))));
    SessionKey key;
    key.subscriptionId = sub;
    key.sessionId = QStringLiteral("p2");
    key.uom = QStringLiteral("minutes");
    key.sessionix = 3; // any use and part of the session
    key.start = 1'700'000'000'000;
    QVERIFY(runner.isPending(key.address()));
    QCOMPARE(runner.pendingAddresses().size(), 2);

    QCOMPARE(runner.stop(batchOf({item(sub, QStringLiteral("p2"))})), 0);
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.constFirst().constFirst().toString().contains(QLatin1String("p2")));
    // Another unit is another session: allowed.
    const int other = runner.start(batchOf({item(sub, QStringLiteral("p2"), QStringLiteral("GB"))}));
    QVERIFY(other > 0);

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QVERIFY(!runner.isBusy());
    QVERIFY(runner.pendingAddresses().isEmpty());
    QVERIFY(pendingChanged.size() >= 3);
    QVERIFY(runner.stop(batchOf({item(sub, QStringLiteral("p2"))})) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
    QCOMPARE(listOf(m_emulator.url, sub, false).size(), 3); // nothing sent twice
}

void tst_SessionActionRunner::readOnlyAndLockedProductionRefuse()
{
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    const QString sub = QStringLiteral("SUB-RUN-POLICY");
    QSignalSpy refused(&runner, &SessionActionRunner::refused);

    ConnectionProfile readOnly = ConnectionProfile::custom(QStringLiteral("Look only"), m_emulator.url);
    readOnly.readOnly = true;
    runner.setPolicy(ActionPolicy(readOnly));
    QCOMPARE(runner.start(batchOf({item(sub, QStringLiteral("r1"))})), 0);
    QCOMPARE(runner.stop(batchOf({item(sub, QStringLiteral("r1"))})), 0);
    QCOMPARE(refused.size(), 2);
    QVERIFY(!runner.unlockProduction());

    // Production opens read-only (the policy only looks at the URL; the
    // request would go to the emulator the client points at).
    runner.setPolicy(ActionPolicy(ConnectionProfile::production()));
    QCOMPARE(runner.start(batchOf({item(sub, QStringLiteral("r1"))})), 0);
    QCOMPARE(refused.size(), 3);
    QVERIFY(refused.last().constFirst().toString().contains(QLatin1String("unlock")));
    QVERIFY(runner.unlockProduction());
    QCOMPARE(run(runner, ActionResult::Action::Start, batchOf({item(sub, QStringLiteral("r1"))})).status,
             ActionResult::Status::Succeeded);
    QCOMPARE(listOf(m_emulator.url, sub, true).size(), 1);
}

void tst_SessionActionRunner::journalRecordsEachAction()
{
    const QString path = m_dir.filePath(QStringLiteral("journal.jsonl"));
    ActionJournal journal(path);
    auto api = client(m_emulator.url);
    api->setAccessToken("journal-secret-token");
    SessionActionRunner runner(api.get());
    runner.setJournal(&journal);
    runner.setPolicy(ActionPolicy(ConnectionProfile::custom(QStringLiteral("Emulator"), m_emulator.url)));
    const QString sub = QStringLiteral("SUB-RUN-JOURNAL");
    const SessionBatch batch = batchOf({item(sub, QStringLiteral("j1"))});
    QCOMPARE(run(runner, ActionResult::Action::Start, batch).status, ActionResult::Status::Succeeded);
    QCOMPARE(run(runner, ActionResult::Action::Start, batch).status, ActionResult::Status::Failed);

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1).outcome, QStringLiteral("ok"));
    QCOMPARE(entries.at(0).outcome, QStringLiteral("error"));
    QCOMPARE(entries.at(0).errorType, QStringLiteral("ValidationError"));
    QCOMPARE(entries.at(0).profileName, QStringLiteral("Emulator"));
    QCOMPARE(entries.at(0).baseUrl, m_emulator.url.toString());
    QCOMPARE(entries.at(0).action, QStringLiteral("start"));
    QCOMPARE(entries.at(0).sessions.constFirst().sessionId, QStringLiteral("j1"));
    QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes.count('\n'), 4); // sent + outcome, twice
    QVERIFY(!bytes.contains("journal-secret-token"));
}

// No start or stop leaves without its "sent" line on disk.
void tst_SessionActionRunner::unwritableJournalSendsNothing()
{
    const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ActionJournal journal(blocker + QStringLiteral("/journal.jsonl"));
    auto api = client(m_emulator.url);
    SessionActionRunner runner(api.get());
    runner.setJournal(&journal);
    QSignalSpy refused(&runner, &SessionActionRunner::refused);
    const QString sub = QStringLiteral("SUB-RUN-NOJOURNAL");
    QCOMPARE(runner.start(batchOf({item(sub, QStringLiteral("nj"))})), 0);
    QCOMPARE(refused.size(), 1);
    const QString reason = refused.constFirst().constFirst().toString();
    QVERIFY2(reason.contains(QLatin1String("Nothing was sent")) && reason.contains(blocker), qPrintable(reason));
    QVERIFY(!runner.isBusy());
    QVERIFY(!runner.isPending(item(sub, QStringLiteral("nj"))));
    QVERIFY(listOf(m_emulator.url, sub, false).isEmpty());
}

void tst_SessionActionRunner::sentLineIsOnFileBeforeThePost()
{
    const QString path = m_dir.filePath(QStringLiteral("before-post.jsonl"));
    ActionJournal journal(path);
    QByteArray onFileWhenPosted;
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([&path, &onFileWhenPosted](const TestSupport::RecordedRequest &request) {
        if (request.method == "POST") {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                onFileWhenPosted = file.readAll();
            return TestSupport::TestResponse::bfError(400, "ValidationError", "no");
        }
        return TestSupport::TestResponse::text(404, "");
    });
    auto api = client(server.url(QStringLiteral("/v1")));
    SessionActionRunner runner(api.get());
    runner.setJournal(&journal);
    QCOMPARE(run(runner, ActionResult::Action::Start, batchOf({item(QStringLiteral("SUB-ORDER"), QStringLiteral("o1"))}))
                 .status,
             ActionResult::Status::Failed);
    QCOMPARE(onFileWhenPosted.count('\n'), 1);
    QVERIFY(onFileWhenPosted.contains("\"outcome\":\"sent\""));
    QVERIFY(onFileWhenPosted.contains("SUB-ORDER"));
}

// A server whose active list pages without end (every page full, with a
// nextPage): the runner stops after its page limit and says "unknown".
void tst_SessionActionRunner::reconciliationStopsAtPageLimit()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestSupport::RecordedRequest &request) {
        if (request.method == "POST")
            return TestSupport::TestResponse::text(500, "");
        const qint64 offset = request.query.queryItemValue(QStringLiteral("offset")).toLongLong();
        return TestSupport::TestResponse::json(
            200, TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-LOOP"), QStringLiteral("other"),
                                                                 QStringLiteral("minutes"), 0, 0, true)},
                                       offset, 1, "next"));
    });
    auto api = client(server.url(QStringLiteral("/v1")));
    SessionActionRunner runner(api.get());
    runner.setReconcileLimits(3, 60000);
    const ActionResult result =
        run(runner, ActionResult::Action::Start, batchOf({item(QStringLiteral("SUB-LOOP"), QStringLiteral("l1"))}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::Unknown);
    QCOMPARE(server.requestCount(), 1 + 3); // the POST, then three pages
}

// A server that never answers the reconciliation: the runner's own time
// limit ends it, well before the client's timeout and retries would.
void tst_SessionActionRunner::reconciliationStopsAtTimeLimit()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestSupport::RecordedRequest &request) {
        return request.method == "POST" ? TestSupport::TestResponse::text(500, "")
                                        : TestSupport::TestResponse::neverAnswer();
    });
    auto api = client(server.url(QStringLiteral("/v1")));
    api->setTransferTimeout(120000);
    SessionActionRunner runner(api.get());
    runner.setReconcileLimits(100, 300);
    const ActionResult result =
        run(runner, ActionResult::Action::Stop, batchOf({item(QStringLiteral("SUB-SLOW"), QStringLiteral("t1"))}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::Unknown);
    QVERIFY(!runner.isBusy());
}

void tst_SessionActionRunner::reconciliationCancelledStaysUnknown()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([](const TestSupport::RecordedRequest &request) {
        return request.method == "POST" ? TestSupport::TestResponse::text(502, "")
                                        : TestSupport::TestResponse::neverAnswer();
    });
    const QString path = m_dir.filePath(QStringLiteral("cancelled.jsonl"));
    ActionJournal journal(path);
    auto api = client(server.url(QStringLiteral("/v1")));
    api->setTransferTimeout(120000);
    SessionActionRunner runner(api.get());
    runner.setJournal(&journal);
    QSignalSpy reconciling(&runner, &SessionActionRunner::reconciling);
    QSignalSpy finished(&runner, &SessionActionRunner::finished);
    QVERIFY(runner.start(batchOf({item(QStringLiteral("SUB-CANCEL"), QStringLiteral("c1"))})) > 0);
    QVERIFY(reconciling.wait(10000));
    QVERIFY(runner.isReconciling());
    QVERIFY(!runner.isAwaitingAnswer());
    runner.cancelReconciliation();
    QCOMPARE(finished.size(), 1);
    const ActionResult result = finished.constFirst().constFirst().value<ActionResult>();
    QCOMPARE(result.items.constFirst().outcome, ActionResult::ItemOutcome::Unknown);
    QVERIFY(!runner.isBusy());
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().outcome, QStringLiteral("unknown"));
    QCOMPARE(entries.constFirst().itemOutcomes, QStringList{QStringLiteral("unknown")});

    // Cancelled by a receiver of reconciling() itself: the action ends
    // there, and the runner does not touch it after (ASan build).
    QObject receiver;
    connect(&runner, &SessionActionRunner::reconciling, &receiver, [&runner] { runner.cancelReconciliation(); });
    QVERIFY(runner.start(batchOf({item(QStringLiteral("SUB-CANCEL"), QStringLiteral("c2"))})) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished.constLast().constFirst().value<ActionResult>().items.constFirst().outcome,
             ActionResult::ItemOutcome::Unknown);
    QVERIFY(!runner.isBusy());
}

// A stop's outcome after a lost answer, from the use of the ID running then.
// The CLI's stop names the ID without the start of the use it means. After a
// lost answer, a running use of that ID created long before the stop was
// sent is the one meant: the stop did not take effect. One created since
// shortly before may be the one meant or a new one after the stop: unknown,
// never "did not take effect" (which invites a second stop ending the new use).
// A stop spanning two organizations goes as two requests; both answers are
// lost. Each is reconciled on its own, and each request's pending marks end
// with its own outcome, not with the other's.
void tst_SessionActionRunner::stopPlanReconciledPerRequest()
{
    EmulatorFixture dropping;
    Emulator::Options options;
    options.dropRate = 1.0;
    QVERIFY(dropping.start(options));
    const QString sub = QStringLiteral("SUB-RUN-ORGS");
    auto api = client(dropping.url);
    SessionActionRunner runner(api.get());
    SessionBatch inA = batchOf({item(sub, QStringLiteral("a1"))});
    inA.organizationId = QStringLiteral("ORG-R-A");
    SessionBatch inB = batchOf({item(sub, QStringLiteral("b1")), item(sub, QStringLiteral("b2"))});
    inB.organizationId = QStringLiteral("ORG-R-B");
    QCOMPARE(run(runner, ActionResult::Action::Start, inA).count(ActionResult::ItemOutcome::TookEffect), 1);
    QCOMPARE(run(runner, ActionResult::Action::Start, inB).count(ActionResult::ItemOutcome::TookEffect), 2);

    StopRequest request;
    request.sessions = listOf(dropping.url, sub, true);
    QCOMPARE(request.sessions.size(), 3);
    const StopPlan plan = StopPlan::of(request, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(plan.batches.size(), 2);

    QSignalSpy reconciling(&runner, &SessionActionRunner::reconciling);
    QList<ActionResult> results;
    QList<bool> othersStillPending;
    connect(&runner, &SessionActionRunner::finished, this, [&](const ActionResult &result) {
        results << result;
        bool ownCleared = true;
        for (const ActionResult::Item &item : result.items)
            ownCleared = ownCleared && !runner.isPending(item.requested);
        QVERIFY(ownCleared);
        othersStillPending << (runner.pendingAddresses().size() == (results.size() == 1 ? 3 - int(result.items.size()) : 0));
    });
    for (const SessionBatch &batch : plan.batches)
        QVERIFY(runner.stop(batch) > 0);
    QCOMPARE(runner.pendingAddresses().size(), 3);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 30000);
    QCOMPARE(reconciling.size(), 2);
    QCOMPARE(othersStillPending, (QList<bool>{true, true}));
    QStringList organizations;
    for (const ActionResult &result : std::as_const(results)) {
        QCOMPARE(result.status, ActionResult::Status::Reconciled);
        QCOMPARE(result.count(ActionResult::ItemOutcome::TookEffect), int(result.items.size()));
        organizations << result.organizationId;
    }
    organizations.sort();
    QCOMPARE(organizations, (QStringList{QStringLiteral("ORG-R-A"), QStringLiteral("ORG-R-B")}));
    QVERIFY(listOf(dropping.url, sub, true).isEmpty());
    QVERIFY(!runner.isBusy());
}

void tst_SessionActionRunner::lostStopDecidedByTheUseRunning_data()
{
    QTest::addColumn<bool>("createdJustNow");
    QTest::addColumn<ActionResult::ItemOutcome>("outcome");
    QTest::addColumn<BillForward::Timestamp>("askedStart");
    const BillForward::Timestamp longBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("running since long before") << false << ActionResult::ItemOutcome::DidNotTakeEffect
                                               << BillForward::NoTimestamp;
    QTest::newRow("created just now") << true << ActionResult::ItemOutcome::Unknown << BillForward::NoTimestamp;
    // The app's stop knows the start meant: the running use is that one, or a new one.
    QTest::newRow("start known, the one meant runs") << false << ActionResult::ItemOutcome::DidNotTakeEffect
                                                     << longBefore;
    QTest::newRow("start known, a new use runs") << false << ActionResult::ItemOutcome::TookEffect
                                                 << longBefore - 3'600'000;
}

void tst_SessionActionRunner::lostStopDecidedByTheUseRunning()
{
    QFETCH(bool, createdJustNow);
    QFETCH(ActionResult::ItemOutcome, outcome);
    QFETCH(BillForward::Timestamp, askedStart);
    const QString sub = QStringLiteral("SUB-STOP-NO-START");
    const qint64 sinceBase = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).secsTo(QDateTime::currentDateTimeUtc());
    const QByteArray running =
        TestSupport::sessionJson(sub, QStringLiteral("kiosk-1"), QStringLiteral("minutes"), 0,
                                 createdJustNow ? sinceBase : 0, true);
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    server.setHandler([running](const TestSupport::RecordedRequest &request) {
        return request.method == "POST" ? TestSupport::TestResponse::closeWithoutAnswer()
                                        : TestSupport::TestResponse::json(200, TestSupport::pageJson({running}));
    });
    auto api = client(server.url(QStringLiteral("/v1")));
    SessionActionRunner runner(api.get());
    UsageSession stop = item(sub, QStringLiteral("kiosk-1"));
    stop.pricingComponentName.clear();
    stop.start = askedStart; // none: as the CLI sends it
    const ActionResult result = run(runner, ActionResult::Action::Stop, batchOf({stop}));
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.items.constFirst().outcome, outcome);
}

QTEST_GUILESS_MAIN(tst_SessionActionRunner)
#include "tst_sessionactionrunner.moc"
