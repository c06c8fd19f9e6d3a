// usage-session-cli start and stop as a script sees them: the production
// guard, the app's journal, and the outcome of a write told item by item
// with its exit code (0 done, 1 refused or failed, 3 outcome unknown).
// The CLI runs as a child process against the in-process emulator (its
// write faults) or a scripted test server.

#include "clirun.h"
#include "emulatorfixture.h"
#include "testserver.h"

#include "actions/actionjournal.h"
#include "api/apiclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

Q_DECLARE_METATYPE(Emulator::WriteFault)

using TestSupport::RecordedRequest;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

QStringList startArguments(const QString &subscription, const QString &session)
{
    return {QStringLiteral("start"), QStringLiteral("--subscription"), subscription, QStringLiteral("--session"),
            session, QStringLiteral("--uom"), QStringLiteral("minutes"), QStringLiteral("--pricing-component-name"),
            QStringLiteral("Minutes"), QStringLiteral("--format"), QStringLiteral("json")};
}

QStringList stopArguments(const QString &subscription, const QString &session)
{
    return {QStringLiteral("stop"), QStringLiteral("--subscription"), subscription, QStringLiteral("--session"),
            session, QStringLiteral("--uom"), QStringLiteral("minutes"), QStringLiteral("--format"),
            QStringLiteral("json")};
}

} // namespace

class tst_CliWrites : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The environment of a CLI run: the server, no token needed by the
    // emulator, and a data folder (the journal) of the test's own.
    QProcessEnvironment environment(const QUrl &baseUrl, const QString &dataHome) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), baseUrl.toString());
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QStringLiteral("cli-writes-token"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        return env;
    }

    QString dataHome(const QString &name) const { return m_dir.filePath(name); }

    static QString journalIn(const QString &dataHome)
    {
        return dataHome + QStringLiteral("/UsageSessionAdmin/usage-session-admin/journal.jsonl");
    }

    static int activeCount(const QUrl &url, const QString &subscription)
    {
        BillForward::ApiClient client;
        client.setBaseUrl(url);
        BillForward::ListQuery query;
        query.subscriptionId = subscription;
        query.activeOnly = true;
        BillForward::ApiReply *reply = client.list(query);
        QSignalSpy finished(reply, &BillForward::ApiReply::finished);
        if (!finished.wait(10000) || !reply->isOk())
            return -1;
        return int(reply->page().results.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void helpHasTheExitCodeTable()
    {
        const CliRun run = runCli({QStringLiteral("--help")}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(run.exitCode, 0);
        for (const char *line : {"  0  done", "  1  refused or failed", "  2  the command line is wrong",
                                 "  3  outcome unknown", "--allow-production", "CSV output is raw"})
            QVERIFY2(run.out.contains(line), line);
    }

    // Production is recognised however its host is spelled, and refused
    // before anything is sent or journalled.
    void productionRefusedWithoutAllowProduction_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("command");
        QTest::newRow("start") << QStringLiteral("https://app.billforward.net/v1") << QStringLiteral("start");
        QTest::newRow("stop") << QStringLiteral("https://app.billforward.net/v1") << QStringLiteral("stop");
        QTest::newRow("upper case") << QStringLiteral("https://APP.BillForward.NET/v1") << QStringLiteral("start");
        QTest::newRow("trailing dot") << QStringLiteral("https://app.billforward.net./v1") << QStringLiteral("stop");
    }
    void productionRefusedWithoutAllowProduction()
    {
        QFETCH(QString, url);
        QFETCH(QString, command);
        const QString data = dataHome(QStringLiteral("production-") + QString::fromLatin1(QTest::currentDataTag()));
        const QStringList arguments = command == QLatin1String("start")
            ? startArguments(QStringLiteral("SUB-P"), QStringLiteral("p1"))
            : stopArguments(QStringLiteral("SUB-P"), QStringLiteral("p1"));
        const CliRun run = runCli(arguments, environment(QUrl(url), data));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("error: refused: "), run.err.constData());
        QVERIFY2(run.err.contains("--allow-production"), run.err.constData());
        QVERIFY(!QFile::exists(journalIn(data)));
    }

    // The sandbox and other servers need no flag; the flag is start/stop only.
    void allowProductionIsAWriteOption()
    {
        const CliRun run = runCli({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--allow-production")},
                                  environment(QUrl(QStringLiteral("http://127.0.0.1:9/v1")), dataHome(QStringLiteral("x"))));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--allow-production is not an option of list"), run.err.constData());
    }

    void startAndStopGoToTheAppsJournal()
    {
        EmulatorFixture emulator;
        QVERIFY(emulator.start());
        const QString data = dataHome(QStringLiteral("journal"));
        const QString sub = QStringLiteral("SUB-CLI-JOURNAL");
        CliRun run = runCli(startArguments(sub, QStringLiteral("j1")), environment(emulator.url, data));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli(stopArguments(sub, QStringLiteral("j1")), environment(emulator.url, data));
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QList<JournalEntry> entries = ActionJournal(journalIn(data)).entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).action, QStringLiteral("stop"));
        QCOMPARE(entries.at(1).action, QStringLiteral("start"));
        for (const JournalEntry &entry : entries) {
            QCOMPARE(entry.outcome, QStringLiteral("ok"));
            QCOMPARE(entry.profileName, QStringLiteral("usage-session-cli"));
            QCOMPARE(entry.sessions.constFirst().sessionId, QStringLiteral("j1"));
        }
        QFile file(journalIn(data));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count('\n'), 4); // sent + outcome, twice
        QVERIFY(!bytes.contains("cli-writes-token"));
    }

    // No journal, no write.
    void unwritableJournalSendsNothing()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QString blocker = dataHome(QStringLiteral("a-file"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const CliRun run = runCli(startArguments(QStringLiteral("SUB-1"), QStringLiteral("x")),
                                  environment(server.url(QStringLiteral("/v1")), blocker));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Nothing was sent"), run.err.constData());
        QCOMPARE(server.requestCount(), 0);
    }

    // The emulator applies the write, then answers it badly: the CLI asks
    // the server, finds the change made, and says so (exit 0).
    void unconfirmedWriteReconciledTookEffect_data()
    {
        QTest::addColumn<Emulator::WriteFault>("fault");
        QTest::addColumn<bool>("stop");
        QTest::newRow("500-start") << Emulator::WriteFault::ServerError << false;
        QTest::newRow("500-stop") << Emulator::WriteFault::ServerError << true;
        QTest::newRow("303-start") << Emulator::WriteFault::SeeOther << false;
        QTest::newRow("303-stop") << Emulator::WriteFault::SeeOther << true;
        QTest::newRow("cut-body-start") << Emulator::WriteFault::CutBody << false;
        QTest::newRow("drop-stop") << Emulator::WriteFault::Drop << true;
        QTest::newRow("timeout-start") << Emulator::WriteFault::Stall << false;
    }
    void unconfirmedWriteReconciledTookEffect()
    {
        QFETCH(Emulator::WriteFault, fault);
        QFETCH(bool, stop);
        EmulatorFixture emulator;
        Emulator::Options options;
        options.writeFault = fault;
        QVERIFY(emulator.start(options));
        const QString data = dataHome(QStringLiteral("took-") + QString::fromLatin1(QTest::currentDataTag()));
        const QString sub = QStringLiteral("SUB-CLI-UNCONFIRMED");
        const QProcessEnvironment env = environment(emulator.url, data);
        QStringList arguments = startArguments(sub, QStringLiteral("u1"));
        arguments << QStringLiteral("--timeout") << QStringLiteral("2");
        CliRun run = runCli(arguments, env);
        if (stop) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            arguments = stopArguments(sub, QStringLiteral("u1"));
            arguments << QStringLiteral("--timeout") << QStringLiteral("2");
            run = runCli(arguments, env);
        }
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("took-effect: " + sub.toUtf8() + "/u1 (minutes)"), run.err.constData());
        QCOMPARE(activeCount(emulator.url, sub), stop ? 0 : 1);
        if (!stop)
            QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
        const QList<JournalEntry> entries = ActionJournal(journalIn(data)).entries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.constFirst().outcome, QStringLiteral("unknown"));
        QCOMPARE(entries.constFirst().itemOutcomes, QStringList{QStringLiteral("took-effect")});
    }

    // A 500 the server did not act on (the reconciliation finds nothing
    // running): exit 1. The same with the server unreachable afterwards:
    // exit 3, and nothing is sent again.
    // Ctrl+C while the CLI checks with a server that does not answer: the
    // check ends, the start is reported and journalled as unknown, exit 3.
    void interruptEndsTheCheckAsUnknown()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setHandler([](const RecordedRequest &request) {
            return request.method == "POST" ? TestResponse::text(500, "") : TestResponse::neverAnswer();
        });
        const QString data = dataHome(QStringLiteral("interrupted"));
        QProcessEnvironment env = environment(server.url(QStringLiteral("/v1")), data);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        QSignalSpy finished(&cli, &QProcess::finished);
        QSignalSpy wrote(&cli, &QProcess::readyReadStandardError);
        cli.start(QStringLiteral(USA_CLI_PATH), startArguments(QStringLiteral("SUB-1"), QStringLiteral("x")));
        QByteArray err;
        while (!err.contains("Ctrl+C")) {
            QVERIFY2(wrote.wait(20000), err.constData());
            err += cli.readAllStandardError();
        }
        QCOMPARE(::kill(pid_t(cli.processId()), SIGINT), 0);
        QVERIFY(finished.wait(20000));
        err += cli.readAllStandardError();
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY2(err.contains("unknown: SUB-1/x (minutes)"), err.constData());
        const QList<JournalEntry> entries = ActionJournal(journalIn(data)).entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().outcome, QStringLiteral("unknown"));
    }

    void unconfirmedWriteReconciledNotTakenOrUnknown_data()
    {
        QTest::addColumn<TestResponse>("afterwards");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("itemLine");
        QTest::newRow("did-not-take-effect")
            << TestResponse::json(200, R"({"results":[],"recordsRequested":10000,"recordsReturned":0})") << 1
            << QByteArray("did-not-take-effect: SUB-1/x (minutes)");
        QTest::newRow("unknown") << TestResponse::text(503, "down") << 3 << QByteArray("unknown: SUB-1/x (minutes)");
    }
    void unconfirmedWriteReconciledNotTakenOrUnknown()
    {
        QFETCH(TestResponse, afterwards);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, itemLine);
        TestServer server;
        QVERIFY(server.listen());
        server.enqueue(TestResponse::text(500, ""));
        server.setDefaultResponse(afterwards);
        const CliRun run = runCli(startArguments(QStringLiteral("SUB-1"), QStringLiteral("x")),
                                  environment(server.url(QStringLiteral("/v1")),
                                              dataHome(QStringLiteral("nt-") + QString::fromLatin1(QTest::currentDataTag()))));
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(itemLine), run.err.constData());
        QVERIFY2(run.err.contains("500"), run.err.constData());
        int posts = 0;
        for (const RecordedRequest &request : server.requests())
            posts += request.method == "POST" ? 1 : 0;
        QCOMPARE(posts, 1);
        QVERIFY(server.requestCount() > 1); // it asked
    }
};

QTEST_GUILESS_MAIN(tst_CliWrites)
#include "tst_cliwrites.moc"
