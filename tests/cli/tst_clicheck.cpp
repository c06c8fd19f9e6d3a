// usage-session-cli check as a monitoring system runs it: the CLI and the
// emulator executable as child processes over 127.0.0.1, sessions started
// through the contract's start call with a start in the past or the future;
// and a scripted server where one subscription has to fail beside another.

#include "clirun.h"
#include "emulatorprocess.h"
#include "testpages.h"
#include "testserver.h"

#include "wire/sessioncodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using TestSupport::EmulatorProcess;
using TestSupport::RecordedRequest;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray Token = QByteArrayLiteral("cli-check-SECRET-51c2");
constexpr qint64 HourMs = 60LL * 60 * 1000;

// What a monitoring system reads (the monitoring-plugin convention).
constexpr int Ok = 0;
constexpr int Critical = 2;
constexpr int Unknown = 3;

QString isoAgo(qint64 ms)
{
    return BillForward::WireTime::toString(QDateTime::currentMSecsSinceEpoch() - ms);
}

// The CSV's records as objects keyed by its header.
QList<QHash<QString, QString>> csvRecords(const QByteArray &csv)
{
    QList<QHash<QString, QString>> records;
    QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.isEmpty())
        return records;
    const QStringList header = csvFields(lines.takeFirst());
    for (const QString &line : std::as_const(lines)) {
        const QStringList fields = csvFields(line);
        QHash<QString, QString> record;
        for (qsizetype i = 0; i < header.size(); ++i)
            record.insert(header.at(i), fields.value(i));
        records.append(record);
    }
    return records;
}

QStringList args(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class tst_CliCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EmulatorProcess> m_emulator;
    int m_sessions = 0;

    QString tokenFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(Token + '\n');
        }
        return path;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return file.fileName();
    }

    static CliRun cli(const QString &baseUrl, const QStringList &arguments, const QByteArray &token = Token)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), baseUrl);
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(token));
        return runCli(arguments, env, 50000);
    }

    CliRun cli(const QStringList &arguments) { return cli(m_emulator->url().toString(), arguments); }

    // Starts an active session in the emulator through the contract's start
    // call, started `agoMs` before now (negative: in the future).
    void startSession(const QString &subscription, const QString &uom, qint64 agoMs,
                      const QString &component = QStringLiteral("Call minutes"))
    {
        const CliRun run = cli({QStringLiteral("start"), QStringLiteral("--subscription"), subscription,
                                QStringLiteral("--session"), QStringLiteral("device-%1").arg(++m_sessions),
                                QStringLiteral("--uom"), uom, QStringLiteral("--pricing-component-name"), component,
                                QStringLiteral("--start"), isoAgo(agoMs)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    static void verifyUsageError(const CliRun &run, const QByteArray &messagePart)
    {
        QCOMPARE(run.exitCode, Unknown);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.startsWith("error: usage: "), run.err.constData());
        QVERIFY2(run.err.contains(messagePart), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains(Token));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_emulator = std::make_unique<EmulatorProcess>();
        const bool started = m_emulator->start(
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-file"), tokenFile()});
        QVERIFY2(started, m_emulator->standardError().constData());

        // SUB-CALM: active for an hour only; SUB-LATE: one left running 30 h.
        startSession(QStringLiteral("SUB-CALM"), QStringLiteral("minutes"), HourMs);
        startSession(QStringLiteral("SUB-LATE"), QStringLiteral("minutes"), 30 * HourMs);
        // SUB-TWO-HOURS: minutes for 2 h, under the default 24 h limit.
        startSession(QStringLiteral("SUB-TWO-HOURS"), QStringLiteral("minutes"), 2 * HourMs,
                     QStringLiteral("Conference minutes"));
        // SUB-FUTURE: starts tomorrow, a clock or an integration gone wrong.
        startSession(QStringLiteral("SUB-FUTURE"), QStringLiteral("seats"), -24 * HourMs);
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void nothingNeedsAttention_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void nothingNeedsAttention()
    {
        QFETCH(QString, format);
        const CliRun run = cli({QStringLiteral("check"), QStringLiteral("SUB-CALM"), QStringLiteral("SUB-TWO-HOURS"),
                                QStringLiteral("--format"), format});
        QVERIFY2(run.exitCode == Ok, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(document.isArray());
            QCOMPARE(document.array().size(), 0);
        } else if (format == QLatin1String("csv")) {
            QVERIFY(run.out.startsWith("subscriptionID,sessionID,uom,"));
            QCOMPARE(csvRecords(run.out).size(), 0);
        } else {
            QCOMPARE(run.out, QByteArray("No active session needs attention (2 of 2 subscriptions read, "
                                         "2 active sessions).\n"));
        }
    }

    void overTheLimitIsFlagged_data() { nothingNeedsAttention_data(); }

    // One left running 30 h beside one running an hour: exit 2, the late
    // one named with its reason in each format, the calm one not at all.
    void overTheLimitIsFlagged()
    {
        QFETCH(QString, format);
        const CliRun run = cli({QStringLiteral("check"), QStringLiteral("SUB-CALM"), QStringLiteral("SUB-LATE"),
                                QStringLiteral("--format"), format});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QVERIFY(!run.out.contains("SUB-CALM"));
        QString reasonText;
        if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonArray flagged = QJsonDocument::fromJson(run.out, &error).array();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(flagged.size(), 1);
            const QJsonObject late = flagged.first().toObject();
            QCOMPARE(late.value(QLatin1String("subscriptionID")).toString(), QStringLiteral("SUB-LATE"));
            QCOMPARE(late.value(QLatin1String("uom")).toString(), QStringLiteral("minutes"));
            QCOMPARE(late.value(QLatin1String("pricingComponentName")).toString(), QStringLiteral("Call minutes"));
            QCOMPARE(late.value(QLatin1String("reason")).toString(), QStringLiteral("over-limit"));
            QCOMPARE(late.value(QLatin1String("limitMs")).toInteger(), 24 * HourMs);
            const qint64 runMs = late.value(QLatin1String("runMs")).toInteger();
            QVERIFY2(runMs >= 30 * HourMs && runMs < 31 * HourMs, QByteArray::number(runMs).constData());
            QVERIFY(late.value(QLatin1String("pastLimitMs")).toInteger() >= 6 * HourMs);
            BillForward::Timestamp runStart = BillForward::NoTimestamp;
            QVERIFY(BillForward::WireTime::parse(late.value(QLatin1String("runStart")).toString().toUtf8(), runStart));
            QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - 30 * HourMs - runStart) < HourMs);
            reasonText = late.value(QLatin1String("reasonText")).toString();
        } else if (format == QLatin1String("csv")) {
            const QList<QHash<QString, QString>> records = csvRecords(run.out);
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().value(QStringLiteral("subscriptionID")), QStringLiteral("SUB-LATE"));
            QCOMPARE(records.first().value(QStringLiteral("reason")), QStringLiteral("over-limit"));
            QCOMPARE(records.first().value(QStringLiteral("limitMs")), QString::number(24 * HourMs));
            reasonText = records.first().value(QStringLiteral("reasonText"));
        } else {
            const QList<QByteArray> lines = run.out.split('\n');
            QCOMPARE(lines.first(), QByteArray("1 of 2 active sessions need attention (2 of 2 subscriptions read)."));
            QVERIFY(lines.at(1).startsWith("SUBSCRIPTION"));
            QVERIFY(lines.at(2).startsWith("SUB-LATE"));
            QVERIFY2(lines.at(2).contains("24:00:00"), run.out.constData()); // the limit, as the list's durations
            QVERIFY2(lines.at(2).contains("past its limit of 1 d"), run.out.constData()); // the reason
        }
        if (format != QLatin1String("table")) {
            // The radar's own sentence, as the window shows it.
            QVERIFY2(reasonText.contains(QLatin1String("past its limit of 1 d")), qPrintable(reasonText));
            QVERIFY2(run.out.contains(reasonText.toUtf8()), run.out.constData());
        }
    }

    // The default 24 h limit, then a limit per unit, per component and a
    // new default: each turns the verdict on a session running 2 h.
    void limitsChangeTheVerdict_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("default 24h") << QStringList() << Ok;
        QTest::newRow("--limit minutes=90m") << args({"--limit", "minutes=90m"}) << Critical;
        QTest::newRow("--limit of another unit") << args({"--limit", "seats=90m"}) << Ok;
        QTest::newRow("--longer-than 1h") << args({"--longer-than", "1h"}) << Critical;
        QTest::newRow("the unit's limit before the default")
            << args({"--longer-than", "1h", "--limit", "minutes=3h"}) << Ok;
        QTest::newRow("--component-limit") << args({"--component-limit", "Conference minutes=90m"}) << Critical;
        QTest::newRow("the component's limit before the unit's")
            << args({"--limit", "minutes=1h", "--component-limit", "Conference minutes=1d"}) << Ok;
    }

    void limitsChangeTheVerdict()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const CliRun run = cli(QStringList{QStringLiteral("check"), QStringLiteral("SUB-TWO-HOURS"),
                                           QStringLiteral("--format"), QStringLiteral("json")}
                               + options);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        const QJsonArray flagged = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(flagged.size(), exitCode == Critical ? 1 : 0);
        if (exitCode == Critical) {
            const QJsonObject session = flagged.first().toObject();
            QCOMPARE(session.value(QLatin1String("reason")).toString(), QStringLiteral("over-limit"));
            QVERIFY(session.value(QLatin1String("limitMs")).toInteger() <= 90 * 60 * 1000);
        }
    }

    void futureStartIsFlagged()
    {
        const CliRun run =
            cli({QStringLiteral("check"), QStringLiteral("SUB-FUTURE"), QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        const QList<QHash<QString, QString>> records = csvRecords(run.out);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().value(QStringLiteral("reason")), QStringLiteral("future-start"));
        QCOMPARE(records.first().value(QStringLiteral("uom")), QStringLiteral("seats"));
        QVERIFY(!records.first().value(QStringLiteral("reasonText")).isEmpty());
    }

    // A text list with comments and a CSV export (list --format csv writes
    // subscriptionID): the subscriptions come from the file, each once.
    void subscriptionsFromAFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("one per line") << QByteArray("# watched by the night shift\nSUB-CALM\n\nSUB-LATE   # the runaway\n");
        QTest::newRow("csv column") << QByteArray("customer,subscriptionID\r\nACME,SUB-LATE\r\n\"Calm, Inc.\",SUB-CALM\r\n"
                                                  "ACME again,SUB-LATE\r\n");
    }

    void subscriptionsFromAFile()
    {
        QFETCH(QByteArray, content);
        const QString path = writeFile(QStringLiteral("watched.txt"), content);
        const CliRun run = cli({QStringLiteral("check"), QStringLiteral("--subscriptions-file"), path});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        QVERIFY2(run.out.startsWith("1 of 2 active sessions need attention (2 of 2 subscriptions read)."),
                 run.out.constData());
        QVERIFY(run.out.contains("SUB-LATE"));
    }

    void subscriptionsFromStandardInput()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), m_emulator->url().toString());
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(Token));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(USA_CLI_PATH),
                      {QStringLiteral("check"), QStringLiteral("SUB-CALM"), QStringLiteral("--subscriptions-file"),
                       QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(process.waitForStarted());
        process.write("SUB-LATE\nSUB-CALM\n");
        process.closeWriteChannel();
        QVERIFY(finished.wait(50000));
        QCOMPARE(process.exitCode(), Critical);
        const QJsonArray flagged = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(flagged.size(), 1);
        QCOMPARE(flagged.first().toObject().value(QLatin1String("subscriptionID")).toString(),
                 QStringLiteral("SUB-LATE"));
    }

    void usageErrorsExitUnknown_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        QTest::newRow("no subscription") << args({"check"}) << QByteArray("at least one SUBSCRIPTION");
        QTest::newRow("bad --longer-than") << args({"check", "S", "--longer-than", "soon"}) << QByteArray("--longer-than soon");
        QTest::newRow("bare number") << args({"check", "S", "--longer-than", "8"}) << QByteArray("--longer-than 8");
        QTest::newRow("--limit without a unit") << args({"check", "S", "--limit", "8h"}) << QByteArray("UNIT=DURATION");
        QTest::newRow("--limit bad duration") << args({"check", "S", "--limit", "minutes=forever"})
                                              << QByteArray("--limit minutes=forever");
        QTest::newRow("--component-limit without a name") << args({"check", "S", "--component-limit", "=1h"})
                                                          << QByteArray("COMPONENT=DURATION");
        QTest::newRow("an option of list") << args({"check", "S", "--active"}) << QByteArray("--active");
        QTest::newRow("unknown option") << args({"check", "S", "--colour"}) << QByteArray("colour");
        QTest::newRow("bad format") << args({"check", "S", "--format", "xml"}) << QByteArray("--format");
        QTest::newRow("missing file") << args({"check", "--subscriptions-file", "/nonexistent/watched.txt"})
                                      << QByteArray("/nonexistent/watched.txt");
        QTest::newRow("token as an argument") << args({"check", "S", "--token=abc"}) << QByteArray("--token-file");
        QTest::newRow("bad base URL") << args({"check", "S", "--base-url", "not a url"}) << QByteArray("https://");
    }

    void usageErrorsExitUnknown()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        verifyUsageError(cli(arguments), messagePart);
    }

    void emptySubscriptionsFile()
    {
        const QString path = writeFile(QStringLiteral("empty.txt"), "# nobody yet\n\n");
        verifyUsageError(cli({QStringLiteral("check"), QStringLiteral("--subscriptions-file"), path}),
                         "holds no subscription ID");
    }

    // An entry that is not an ID is named with its line, not checked or left out unseen.
    void subscriptionsFileWithABadEntry()
    {
        const QString path = writeFile(QStringLiteral("bad.csv"), "subscriptionID\nSUB-CALM\nhttps://x/SUB-LATE\n");
        verifyUsageError(cli({QStringLiteral("check"), QStringLiteral("--subscriptions-file"), path}),
                         "Line 3: \xE2\x80\x9Chttps://x/SUB-LATE\xE2\x80\x9D is not a subscription ID");
    }

    // The other commands keep their own exit code for a wrong command line.
    void listUsageErrorStaysTwo()
    {
        const CliRun run = cli({QStringLiteral("list"), QStringLiteral("--longer-than"), QStringLiteral("1h"),
                                QStringLiteral("S")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--longer-than is not an option of list"), run.err.constData());
    }

    void unreachableServerIsUnknown()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const CliRun run = cli(QStringLiteral("http://127.0.0.1:%1/RestAPI").arg(port),
                               {QStringLiteral("check"), QStringLiteral("SUB-A"), QStringLiteral("SUB-B"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, Unknown);
        QVERIFY2(run.out.isEmpty(), run.out.constData()); // nothing a script could take for "all clear"
        QVERIFY2(run.err.startsWith("error: connection-refused: "), run.err.constData());
        QVERIFY2(run.err.contains("cannot tell"), run.err.constData());
    }

    void refusedTokenIsUnknown()
    {
        const CliRun run = cli(m_emulator->url().toString(), {QStringLiteral("check"), QStringLiteral("SUB-LATE")},
                               QByteArrayLiteral("not-the-token"));
        QCOMPARE(run.exitCode, Unknown);
        QVERIFY2(run.err.contains("access token"), run.err.constData());
        QVERIFY(!run.err.contains(Token));
    }

    // A scripted server: SUB-DENIED answers 403, SUB-LATE a session
    // running 30 h, SUB-CALM one running an hour.
    void failingSubscriptionBeside_data()
    {
        QTest::addColumn<QString>("other");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("a flagged one: 2") << QStringLiteral("SUB-LATE") << Critical;
        QTest::newRow("a calm one: 3") << QStringLiteral("SUB-CALM") << Unknown;
    }

    void failingSubscriptionBeside()
    {
        QFETCH(QString, other);
        QFETCH(int, exitCode);
        TestServer server;
        QVERIFY(server.listen());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        server.setHandler([&](const RecordedRequest &request) {
            if (request.path.contains(QLatin1String("SUB-DENIED")))
                return TestResponse::bfError(403, "PermissionsError", "not your subscription");
            const qint64 ago = request.path.contains(QLatin1String("SUB-LATE")) ? 30 * 3600 : 3600;
            // sessionJson's times count from 2026-01-01.
            const qint64 createdSecs = base.secsTo(now) - ago;
            const QString subscription = request.path.contains(QLatin1String("SUB-LATE")) ? QStringLiteral("SUB-LATE")
                                                                                          : QStringLiteral("SUB-CALM");
            return TestResponse::json(200, TestSupport::pageJson({TestSupport::sessionJson(
                                               subscription, QStringLiteral("s1"), QStringLiteral("minutes"), 0,
                                               createdSecs, true)}));
        });
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(),
                               {QStringLiteral("check"), QStringLiteral("SUB-DENIED"), other});
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        // The failing subscription is named, with the server's kind of error.
        QVERIFY2(run.err.startsWith("error: PermissionsError: SUB-DENIED: "), run.err.constData());
        QVERIFY(!run.err.contains(Token));
        if (exitCode == Critical) {
            QVERIFY2(run.out.startsWith("1 of 1 active sessions need attention (1 of 2 subscriptions read)."),
                     run.out.constData());
            QVERIFY(run.out.contains("SUB-LATE"));
        } else {
            QVERIFY2(run.err.contains("error: cannot-tell: 1 of 2 subscriptions could not be read"),
                     run.err.constData());
            QCOMPARE(run.out, QByteArray("Cannot tell: 1 of 2 subscriptions could not be read, and no session of "
                                         "the others needs attention.\n"));
        }
    }

    void allSubscriptionsFailedIsUnknown()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(TestResponse::bfError(403, "PermissionsError", "no"));
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(),
                               {QStringLiteral("check"), QStringLiteral("SUB-1"), QStringLiteral("SUB-2"),
                                QStringLiteral("SUB-3"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, Unknown);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.startsWith("error: PermissionsError: none of the 3 subscriptions could be read"),
                 run.err.constData());
        QVERIFY2(run.err.contains("error: cannot-tell: no subscription could be read"), run.err.constData());
    }

    // A server that asks to wait (429, Retry-After: 1) gets nothing before
    // then, and the check still comes to its verdict.
    void waitsForRetryAfter()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 createdSecs = base.secsTo(QDateTime::currentDateTimeUtc()) - 30 * 3600;
        server.enqueue(TestResponse::bfError(429, "RateLimited", "slow down").withHeader("Retry-After", "1"));
        server.setDefaultResponse(TestResponse::json(
            200, TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-LATE"), QStringLiteral("s1"),
                                                                 QStringLiteral("minutes"), 0, createdSecs, true)})));
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(),
                               {QStringLiteral("check"), QStringLiteral("SUB-LATE")});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        const QList<RecordedRequest> requests = server.requests();
        QVERIFY(requests.size() >= 2);
        QVERIFY2(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 1000,
                 QByteArray::number(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs).constData());
    }

    // Paced as the app's sweep: ten slow subscriptions never have more than
    // four requests in flight, so Qt opens no more than four connections.
    void pacedLikeTheSweep()
    {
        TestServer server;
        QVERIFY(server.listen());
        TestResponse slow = TestResponse::json(200, TestSupport::pageJson({}));
        slow.delayMs = 150;
        server.setDefaultResponse(slow);
        QStringList arguments{QStringLiteral("check")};
        for (int i = 0; i < 10; ++i)
            arguments << QStringLiteral("SUB-%1").arg(i);
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(), arguments);
        QVERIFY2(run.exitCode == Ok, run.err.constData());
        QCOMPARE(server.requestCount(), 10);
        QVERIFY2(server.connectionCount() <= 4, QByteArray::number(server.connectionCount()).constData());
        for (const RecordedRequest &request : server.requests())
            QVERIFY2(request.path.endsWith(QLatin1String("/active")), qPrintable(request.path));
    }

    // --requests-in-flight sets the ceiling: two at once, two connections.
    void requestsInFlightSetsTheCeiling()
    {
        TestServer server;
        QVERIFY(server.listen());
        TestResponse slow = TestResponse::json(200, TestSupport::pageJson({}));
        slow.delayMs = 150;
        server.setDefaultResponse(slow);
        QStringList arguments{QStringLiteral("check"), QStringLiteral("--requests-in-flight"), QStringLiteral("2")};
        for (int i = 0; i < 8; ++i)
            arguments << QStringLiteral("SUB-%1").arg(i);
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(), arguments);
        QVERIFY2(run.exitCode == Ok, run.err.constData());
        QCOMPARE(server.requestCount(), 8);
        QVERIFY2(server.connectionCount() <= 2, QByteArray::number(server.connectionCount()).constData());

        for (const char *wrong : {"0", "7", "many"}) {
            const CliRun refused = cli(server.url(QStringLiteral("/RestAPI")).toString(),
                                       {QStringLiteral("check"), QStringLiteral("SUB-1"),
                                        QStringLiteral("--requests-in-flight"), QString::fromLatin1(wrong)});
            QVERIFY2(refused.exitCode == Unknown, refused.err.constData());
            QVERIFY2(refused.err.contains("--requests-in-flight wants a number from 1 to 6"), refused.err.constData());
        }
    }

    // A token refused mid-sweep after a session that needs attention was
    // found: that session is still reported (2), the rest named unreadable.
    void tokenRefusedAfterAFindStillReportsIt()
    {
        TestServer server;
        QVERIFY(server.listen());
        const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const qint64 createdSecs = base.secsTo(QDateTime::currentDateTimeUtc()) - 30 * 3600;
        server.enqueue(TestResponse::json(
            200, TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-LATE"), QStringLiteral("s1"),
                                                                 QStringLiteral("minutes"), 0, createdSecs, true)})));
        server.setDefaultResponse(TestResponse::bfError(401, "AuthenticationError", "token expired"));
        const CliRun run = cli(server.url(QStringLiteral("/RestAPI")).toString(),
                               {QStringLiteral("check"), QStringLiteral("SUB-LATE"), QStringLiteral("SUB-NEXT"),
                                QStringLiteral("--requests-in-flight"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        QVERIFY2(run.out.contains("s1"), run.out.constData());
        QVERIFY2(run.err.contains("SUB-NEXT"), run.err.constData());
    }

    // A newcomer's first check, against the demo data: the bridge left open
    // over the weekend and the call that starts in the future are named.
    // (The 99th percentile needs ended sessions; check reads active ones.)
    void demoDataNeedsAttention()
    {
        EmulatorProcess demo;
        QVERIFY2(demo.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-file"), tokenFile(),
                             QStringLiteral("--demo-data")}),
                 demo.standardError().constData());
        const CliRun run = cli(demo.url().toString(), {QStringLiteral("check"),
                                                       QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20"),
                                                       QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == Critical, run.err.constData());
        QSet<QString> reasons;
        for (const QJsonValue &flagged : QJsonDocument::fromJson(run.out).array())
            reasons.insert(flagged.toObject().value(QLatin1String("reason")).toString());
        QVERIFY2(reasons.contains(QStringLiteral("over-limit")), run.out.constData());
        QVERIFY2(reasons.contains(QStringLiteral("future-start")), run.out.constData());
    }

    // A monitoring system that gives up on a check ends it with SIGTERM:
    // it says so and cannot tell, rather than dying without a word.
    void interruptedIsUnknown()
    {
        TestServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(TestResponse::neverAnswer());
        QSignalSpy received(&server, &TestServer::requestReceived);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), server.url(QStringLiteral("/RestAPI")).toString());
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(Token));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(USA_CLI_PATH), {QStringLiteral("check"), QStringLiteral("SUB-SLOW"),
                                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(received.wait(30000));
        process.terminate();
        QVERIFY(finished.wait(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), Unknown);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().startsWith("error: interrupted: "));
    }

    void help()
    {
        const CliRun general = cli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains("usage-session-cli check SUBSCRIPTION..."));
        QVERIFY(general.out.contains("Exit status of check"));

        const CliRun check = cli({QStringLiteral("check"), QStringLiteral("--help")});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.err.isEmpty());
        for (const char *part : {"--longer-than <DURATION>", "--limit <UNIT=DURATION>", "--subscriptions-file <FILE>",
                                 "--component-limit", "90m", "  2  at least one active session needs attention",
                                 "  3  cannot tell"}) {
            QVERIFY2(check.out.contains(part), part);
        }
        QVERIFY(!check.out.contains("--max-pages")); // list's, not check's
    }
};

QTEST_GUILESS_MAIN(tst_CliCheck)
#include "tst_clicheck.moc"
