// The undo window of stops, against a scripted server over real HTTP on
// loopback that counts every request: nothing is sent before the deadline,
// then exactly one POST per batch with the stop time fixed at confirmation;
// an undone stop sends nothing and is journalled as such.
#include "actions/actionjournal.h"
#include "actions/heldstops.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "testpages.h"
#include "testserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using BillForward::SessionBatch;
using BillForward::Timestamp;
using BillForward::UsageSession;

namespace {

const QString Sub = QStringLiteral("SUB-HELD");

UsageSession item(const QString &id, Timestamp stop = BillForward::NoTimestamp)
{
    UsageSession session;
    session.subscriptionId = Sub;
    session.sessionId = id;
    session.uom = QStringLiteral("minutes");
    session.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    session.stop = stop;
    return session;
}

SessionBatch batchOf(const QList<UsageSession> &sessions, const QString &organization = {})
{
    SessionBatch batch;
    batch.usageSessions = sessions;
    batch.organizationId = organization;
    return batch;
}

QList<TestSupport::RecordedRequest> posts(const TestSupport::TestServer &server)
{
    QList<TestSupport::RecordedRequest> found;
    const QList<TestSupport::RecordedRequest> all = server.requests();
    for (const TestSupport::RecordedRequest &request : all) {
        if (request.method == "POST")
            found.append(request);
    }
    return found;
}

// sessionID → stop instant (ms UTC; NoTimestamp when absent) of one POST body.
QHash<QString, Timestamp> stopsIn(const QByteArray &body)
{
    QHash<QString, Timestamp> stops;
    const QJsonArray sessions = QJsonDocument::fromJson(body).object().value(QStringLiteral("usageSessions")).toArray();
    for (const QJsonValue &value : sessions) {
        const QJsonObject session = value.toObject();
        const QDateTime stop = QDateTime::fromString(session.value(QStringLiteral("stop")).toString(), Qt::ISODateWithMs);
        stops.insert(session.value(QStringLiteral("sessionID")).toString(),
                     stop.isValid() ? stop.toMSecsSinceEpoch() : BillForward::NoTimestamp);
    }
    return stops;
}

} // namespace

class tst_HeldStops : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sentOnceAtTheDeadlineAsOfTheConfirmation();
    void undoSendsNothingAndIsJournalled();
    void zeroDelaySendsAtOnce();
    void sendNowSendsOnceBeforeTheDeadline();
    void heldSessionsCannotBeStoppedAgain();
    void oneConfirmationOfTwoOrganizationsSendsTwoBatches();
    void delayIsBounded();
    void pausedStopsWaitForResumeAndLeaveOnce();

private:
    struct Rig
    {
        std::unique_ptr<TestSupport::TestServer> server;
        std::unique_ptr<BillForward::ApiClient> api;
        std::unique_ptr<ActionJournal> journal;
        std::unique_ptr<SessionActionRunner> runner;
        std::unique_ptr<HeldStops> held;
    };
    Rig rig(int delaySeconds);
    // Waits for the next POST to reach the server; false on a timeout.
    static bool waitForPost(TestSupport::TestServer &server, int count);

    QTemporaryDir m_dir;
    int m_journals = 0;
};

void tst_HeldStops::init()
{
    QVERIFY(m_dir.isValid());
}

tst_HeldStops::Rig tst_HeldStops::rig(int delaySeconds)
{
    Rig r;
    r.server = std::make_unique<TestSupport::TestServer>();
    if (!r.server->listen())
        qFatal("no server");
    r.server->setHandler([](const TestSupport::RecordedRequest &request) {
        // A stop answers with the sessions it names, as the API does.
        QList<QByteArray> sessions;
        const QHash<QString, Timestamp> stops = stopsIn(request.body);
        for (auto it = stops.cbegin(); it != stops.cend(); ++it)
            sessions.append(TestSupport::sessionJson(Sub, it.key()));
        return TestSupport::TestResponse::json(200, TestSupport::pageJson(sessions));
    });
    r.api = std::make_unique<BillForward::ApiClient>();
    r.api->setBaseUrl(r.server->url(QStringLiteral("/RestAPI")));
    r.api->setTransferTimeout(5000);
    r.journal = std::make_unique<ActionJournal>(m_dir.filePath(QStringLiteral("journal-%1.jsonl").arg(++m_journals)));
    r.runner = std::make_unique<SessionActionRunner>(r.api.get());
    r.runner->setJournal(r.journal.get());
    r.held = std::make_unique<HeldStops>(r.runner.get());
    r.held->setDelaySeconds(delaySeconds);
    return r;
}

bool tst_HeldStops::waitForPost(TestSupport::TestServer &server, int count)
{
    QSignalSpy received(&server, &TestSupport::TestServer::requestReceived);
    while (posts(server).size() < count) {
        if (!received.wait(15000))
            return false;
    }
    return true;
}

void tst_HeldStops::sentOnceAtTheDeadlineAsOfTheConfirmation()
{
    Rig r = rig(2);
    const Timestamp chosen = item(QString()).start + 3'600'000;
    QSignalSpy countdown(r.held.get(), &HeldStops::countdown);
    QSignalSpy finished(r.runner.get(), &SessionActionRunner::finished);
    QElapsedTimer sinceConfirmation;
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    sinceConfirmation.start();
    const int id = r.held->hold({batchOf({item(QStringLiteral("now-1")), item(QStringLiteral("chosen-1"), chosen)})});
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(id > 0);
    QVERIFY(r.held->isHeld(id));
    QCOMPARE(r.held->sessionCount(id), 2);
    QVERIFY(r.runner->isPending(item(QStringLiteral("now-1"))));
    QVERIFY(!r.runner->isBusy());
    QCOMPARE(countdown.count(), 1);
    QCOMPARE(countdown.constFirst().at(1).toInt(), 2);

    // One second left: still nothing at the server.
    QVERIFY(countdown.wait(5000));
    QCOMPARE(countdown.constLast().at(1).toInt(), 1);
    QCOMPARE(posts(*r.server).size(), 0);

    QVERIFY(waitForPost(*r.server, 1));
    QVERIFY2(sinceConfirmation.elapsed() >= 2000, qPrintable(QString::number(sinceConfirmation.elapsed())));
    QVERIFY(!r.held->isHeld(id));
    const QHash<QString, Timestamp> stops = stopsIn(posts(*r.server).constFirst().body);
    QCOMPARE(stops.size(), 2);
    // The stop time is the confirmation's, not the moment it left (2 s later).
    const Timestamp sentStop = stops.value(QStringLiteral("now-1"));
    QVERIFY2(sentStop >= before && sentStop <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(sentStop).arg(before).arg(after)));
    QCOMPARE(stops.value(QStringLiteral("chosen-1")), chosen);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);

    // Sent is sent: neither sendNow nor undo of it does anything more.
    r.held->sendNow(id);
    r.held->undo(id);
    QVERIFY(!r.runner->isBusy());
    // A later stop is the next POST: the first one never went twice.
    r.held->setDelaySeconds(1);
    QVERIFY(r.held->hold({batchOf({item(QStringLiteral("next-1"))})}) > 0);
    QVERIFY(waitForPost(*r.server, 2));
    QVERIFY(finished.wait(10000));
    const QList<TestSupport::RecordedRequest> all = posts(*r.server);
    QCOMPARE(all.size(), 2);
    QCOMPARE(stopsIn(all.at(1).body).keys(), QList<QString>{QStringLiteral("next-1")});
}

void tst_HeldStops::undoSendsNothingAndIsJournalled()
{
    Rig r = rig(1);
    QSignalSpy undone(r.held.get(), &HeldStops::undone);
    const int id = r.held->hold({batchOf({item(QStringLiteral("oops-1")), item(QStringLiteral("oops-2"))})});
    QVERIFY(id > 0);
    QVERIFY(r.runner->isPending(item(QStringLiteral("oops-1"))));
    r.held->undo(id);
    QVERIFY(!r.held->isHolding());
    QVERIFY(!r.runner->isPending(item(QStringLiteral("oops-1"))));
    QCOMPARE(undone.count(), 1);
    QCOMPARE(undone.constFirst().at(1).toInt(), 2);
    QVERIFY(undone.constFirst().at(2).toString().isEmpty());

    // Past the undone one's deadline: the only POST is the one held after it.
    QVERIFY(r.held->hold({batchOf({item(QStringLiteral("meant-1"))})}) > 0);
    QVERIFY(waitForPost(*r.server, 1));
    QSignalSpy finished(r.runner.get(), &SessionActionRunner::finished);
    QVERIFY(finished.wait(10000));
    const QList<TestSupport::RecordedRequest> all = posts(*r.server);
    QCOMPARE(all.size(), 1);
    QCOMPARE(stopsIn(all.constFirst().body).keys(), QList<QString>{QStringLiteral("meant-1")});

    // The journal: one undone stop (one line, nothing sent) and the stop sent.
    QFile file(r.journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject undoneLine = QJsonDocument::fromJson(lines.constFirst()).object();
    QCOMPARE(undoneLine.value(QStringLiteral("action")).toString(), QStringLiteral("stop"));
    QCOMPARE(undoneLine.value(QStringLiteral("outcome")).toString(), QStringLiteral("undone"));
    QCOMPARE(undoneLine.value(QStringLiteral("sessions")).toArray().size(), 2);
    const QList<JournalEntry> entries = r.journal->entries();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries.constLast().isUndone());
    QCOMPARE(entries.constLast().outcomeText(), JournalEntry::tr("Undone before sending: nothing was sent"));
    QCOMPARE(entries.constFirst().outcome, QStringLiteral("ok"));
}

void tst_HeldStops::zeroDelaySendsAtOnce()
{
    Rig r = rig(0);
    QSignalSpy held(r.held.get(), &HeldStops::held);
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(r.held->hold({batchOf({item(QStringLiteral("quick-1"))})}) > 0);
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(!r.held->isHolding());
    QCOMPARE(held.count(), 0);
    QVERIFY(r.runner->isAwaitingAnswer()); // on its way already
    QVERIFY(waitForPost(*r.server, 1));
    const Timestamp stop = stopsIn(posts(*r.server).constFirst().body).value(QStringLiteral("quick-1"));
    QVERIFY(stop >= before && stop <= after);
}

void tst_HeldStops::sendNowSendsOnceBeforeTheDeadline()
{
    Rig r = rig(30);
    QSignalSpy finished(r.runner.get(), &SessionActionRunner::finished);
    const int id = r.held->hold({batchOf({item(QStringLiteral("soon-1"))})});
    QVERIFY(id > 0);
    QCOMPARE(r.held->secondsLeft(id), 30);
    r.held->sendNow(id);
    QVERIFY(!r.held->isHolding());
    QVERIFY(r.runner->isAwaitingAnswer());
    QVERIFY(finished.wait(10000));
    r.held->sendNow(id);
    QVERIFY(!r.runner->isBusy());
    QCOMPARE(posts(*r.server).size(), 1);
}

void tst_HeldStops::heldSessionsCannotBeStoppedAgain()
{
    Rig r = rig(30);
    QSignalSpy refused(r.runner.get(), &SessionActionRunner::refused);
    const SessionBatch batch = batchOf({item(QStringLiteral("twice-1"))});
    const int id = r.held->hold({batch});
    QVERIFY(id > 0);
    QCOMPARE(r.runner->stop(batch), 0);
    QCOMPARE(r.held->hold({batch}), 0);
    QCOMPARE(refused.count(), 2);
    QVERIFY(refused.constFirst().constFirst().toString().contains(QStringLiteral("twice-1")));
    QCOMPARE(r.held->heldIds(), QList<int>{id});
    r.held->sendAllNow();
    QVERIFY(waitForPost(*r.server, 1));
    QCOMPARE(posts(*r.server).size(), 1);
}

void tst_HeldStops::oneConfirmationOfTwoOrganizationsSendsTwoBatches()
{
    Rig r = rig(1);
    QSignalSpy finished(r.runner.get(), &SessionActionRunner::finished);
    const int id = r.held->hold({batchOf({item(QStringLiteral("org-a-1"))}, QStringLiteral("ORG-A")),
                                 batchOf({item(QStringLiteral("org-b-1")), item(QStringLiteral("org-b-2"))},
                                         QStringLiteral("ORG-B"))});
    QVERIFY(id > 0);
    QCOMPARE(r.held->sessionCount(id), 3);
    QCOMPARE(posts(*r.server).size(), 0);
    QVERIFY(waitForPost(*r.server, 2));
    while (finished.count() < 2)
        QVERIFY(finished.wait(10000));
    const QList<TestSupport::RecordedRequest> all = posts(*r.server);
    QCOMPARE(all.size(), 2);
    // Both carry the one confirmation instant.
    const Timestamp first = stopsIn(all.at(0).body).values().constFirst();
    for (const TestSupport::RecordedRequest &request : all) {
        const QList<Timestamp> stops = stopsIn(request.body).values();
        for (const Timestamp stop : stops)
            QCOMPARE(stop, first);
    }
}

void tst_HeldStops::delayIsBounded()
{
    Rig r = rig(99);
    QCOMPARE(r.held->delaySeconds(), 30);
    r.held->setDelaySeconds(-4);
    QCOMPARE(r.held->delaySeconds(), 0);
}

// No token (refused, not given again yet): the deadline and "Send now" wait;
// the stop leaves once on resume(), still as of the confirmation.
void tst_HeldStops::pausedStopsWaitForResumeAndLeaveOnce()
{
    Rig r = rig(1);
    QSignalSpy paused(r.held.get(), &HeldStops::pausedChanged);
    QSignalSpy received(r.server.get(), &TestSupport::TestServer::requestReceived);
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    const int id = r.held->hold({batchOf({item(QStringLiteral("wait-1"))})});
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(id > 0);
    r.held->pause();
    QVERIFY(r.held->isPaused());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(paused.constFirst().constFirst().toBool(), true);
    // Past the 1 s deadline, and asked to send now: nothing leaves.
    QVERIFY(!received.wait(2500));
    r.held->sendNow(id);
    QVERIFY(!received.wait(500));
    QVERIFY(r.held->isHeld(id));
    QVERIFY(r.runner->isPending(item(QStringLiteral("wait-1"))));
    QVERIFY(!r.runner->isBusy());
    // A stop confirmed while paused waits too, even with no undo window.
    r.held->setDelaySeconds(0);
    const int quick = r.held->hold({batchOf({item(QStringLiteral("wait-2"))})});
    QVERIFY(r.held->isHeld(quick));
    QVERIFY(!received.wait(300));

    QSignalSpy finished(r.runner.get(), &SessionActionRunner::finished);
    r.held->resume();
    QVERIFY(!r.held->isPaused());
    QVERIFY(!r.held->isHolding());
    QVERIFY(waitForPost(*r.server, 2));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    const QList<TestSupport::RecordedRequest> all = posts(*r.server);
    QCOMPARE(all.size(), 2);
    const Timestamp stop = stopsIn(all.constFirst().body).value(QStringLiteral("wait-1"));
    QVERIFY2(stop >= before && stop <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(stop).arg(before).arg(after)));
    r.held->sendNow(id);
    QVERIFY(!received.wait(500));
    QCOMPARE(posts(*r.server).size(), 2);
}

QTEST_GUILESS_MAIN(tst_HeldStops)
#include "tst_heldstops.moc"
