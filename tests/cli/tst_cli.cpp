#include "wire/sessioncodec.h"

#include "testpages.h"
#include "testserver.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace BillForward;
using TestSupport::RecordedRequest;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray Token = QByteArrayLiteral("cli-SECRET-token-42");

using Run = CliRun;

QByteArray twoSessions()
{
    QByteArray odd = TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s1"));
    odd.replace("\"description\":\"test\"", "\"description\":\"a, \\\"quoted\\\" one\"");
    return TestSupport::pageJson(
        {odd, TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s2"), QStringLiteral("GB"), 0, 60, true)});
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(bool withBaseUrl = true, bool withToken = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BILLFORWARD_BASE_URL"));
        env.remove(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"));
        if (withBaseUrl)
            env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), m_server->url(QStringLiteral("/RestAPI")).toString());
        if (withToken)
            env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(Token));
        return env;
    }

    // Asynchronous: the test server answers on this thread meanwhile.
    Run run(const QStringList &arguments, const QProcessEnvironment &env) { return runCli(arguments, env); }

    Run run(const QStringList &arguments) { return run(arguments, environment()); }

    static void verifyFailure(const Run &r, int exitCode, const QByteArray &kind)
    {
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("error: " + kind + ": "), r.err.constData());
        QVERIFY(r.err.endsWith('\n'));
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(!r.err.contains(Token));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QStringLiteral(USA_CLI_PATH)));
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("usage-session-cli list SUBSCRIPTION..."));
        QVERIFY(r.out.contains("--token-file"));
        QVERIFY(r.out.contains("--max-pages <N>"));
        QVERIFY(r.out.contains("--max-sessions <N>"));
        QVERIFY(r.err.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("usage-session-cli " USA_VERSION "\n"));
    }

    void listFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("default") << QString();
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void listFormats()
    {
        QFETCH(QString, format);
        m_server->enqueue(TestResponse::json(200, twoSessions()));
        QStringList args{QStringLiteral("list"), QStringLiteral("SUB-1")};
        if (!format.isEmpty())
            args << QStringLiteral("--format") << format;
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.err.isEmpty());
        QVERIFY(!r.out.contains(Token));

        if (format == QLatin1String("json")) {
            QJsonParseError error;
            const QJsonArray array = QJsonDocument::fromJson(r.out, &error).array();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(array.size(), 2);
            QCOMPARE(array.at(0).toObject().value(QLatin1String("description")).toString(),
                     QStringLiteral("a, \"quoted\" one"));
            QCOMPARE(array.at(1).toObject().value(QLatin1String("uom")).toString(), QStringLiteral("GB"));
            QVERIFY(array.at(1).toObject().value(QLatin1String("stop")).isNull());
        } else if (format == QLatin1String("csv")) {
            const QList<QByteArray> lines = r.out.split('\n');
            QCOMPARE(lines.size(), 4); // header, two rows, the empty rest
            QVERIFY(lines.at(0).startsWith("created,changedBy,organizationID,subscriptionID,sessionID,"));
            QVERIFY(lines.at(1).contains(",\"a, \"\"quoted\"\" one\","));
            QVERIFY(lines.at(2).contains(",Active,0\r"));
        } else {
            const QList<QByteArray> lines = r.out.trimmed().split('\n');
            QCOMPARE(lines.size(), 3);
            QVERIFY(lines.at(0).startsWith("SUBSCRIPTION"));
            QCOMPARE(lines.at(1).indexOf("minutes"), lines.at(0).indexOf("UNIT"));
            QCOMPARE(lines.at(2).indexOf("GB"), lines.at(0).indexOf("UNIT"));
        }
    }

    void listParameters()
    {
        m_server->setDefaultResponse(TestResponse::json(200, twoSessions()));
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB/1 x"), QStringLiteral("SUB-2"),
                           QStringLiteral("--active"), QStringLiteral("--organization"), QStringLiteral("ORG-A"),
                           QStringLiteral("--organization"), QStringLiteral("ORG B&C"), QStringLiteral("--order-by"),
                           QStringLiteral("start"), QStringLiteral("--order"), QStringLiteral("desc"),
                           QStringLiteral("--offset"), QStringLiteral("5"), QStringLiteral("--records"),
                           QStringLiteral("7"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 4); // one page of each subscription
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).rawPath, QByteArray("/RestAPI/usage-sessions/SUB%2F1%20x/active"));
        QCOMPARE(requests.at(1).rawPath, QByteArray("/RestAPI/usage-sessions/SUB-2/active"));
        const RecordedRequest &q = requests.at(0);
        QCOMPARE(q.queryValues(QStringLiteral("organizations")),
                 (QStringList{QStringLiteral("ORG-A"), QStringLiteral("ORG B&C")}));
        QCOMPARE(q.queryValues(QStringLiteral("order_by")), QStringList{QStringLiteral("start")});
        QCOMPARE(q.queryValues(QStringLiteral("order")), QStringList{QStringLiteral("DESC")});
        QCOMPARE(q.queryValues(QStringLiteral("offset")), QStringList{QStringLiteral("5")});
        QCOMPARE(q.queryValues(QStringLiteral("records")), QStringList{QStringLiteral("7")});
        QCOMPARE(q.header("Authorization"), "Bearer " + Token);
        QCOMPARE(q.header("Accept"), QByteArray("application/json"));
    }

    void listAll()
    {
        m_server->setHandler([](const RecordedRequest &request) {
            const qint64 offset = request.queryValues(QStringLiteral("offset")).value(0).toLongLong();
            const int records = request.queryValues(QStringLiteral("records")).value(0).toInt();
            QList<QByteArray> page;
            for (qint64 i = offset; i < qMin<qint64>(5, offset + records); ++i)
                page.append(TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s%1").arg(i),
                                                     QStringLiteral("minutes"), 0, i));
            return TestResponse::json(200, TestSupport::pageJson(page, offset, records,
                                                                 offset + records < 5 ? "more" : ""));
        });
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--all"),
                           QStringLiteral("--records"), QStringLiteral("2"), QStringLiteral("--format"),
                           QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(array.at(i).toObject().value(QLatin1String("sessionID")).toString(), QStringLiteral("s%1").arg(i));
        QVERIFY(m_server->requestCount() >= 3);
    }

    // Serves `total` sessions at most `cap` a page (0: as many as asked),
    // naming the next page; `failAt` (an offset) answers a 400 instead,
    // `hangAt` never answers.
    void servePages(int total, int cap, qint64 failAt = -1, qint64 hangAt = -1)
    {
        m_server->setHandler([=](const RecordedRequest &request) {
            const qint64 offset = request.queryValues(QStringLiteral("offset")).value(0).toLongLong();
            const int records = request.queryValues(QStringLiteral("records")).value(0).toInt();
            if (offset == failAt)
                return TestResponse::bfError(400, "ValidationError", "page refused");
            if (offset == hangAt)
                return TestResponse::neverAnswer();
            const int served = cap > 0 ? qMin(cap, records) : records;
            QList<QByteArray> page;
            for (qint64 i = offset; i < qMin<qint64>(total, offset + served); ++i)
                page.append(TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s%1").arg(i),
                                                     QStringLiteral("minutes"), 0, i));
            return TestResponse::json(200, TestSupport::pageJson(page, offset, records,
                                                                 offset + served < total ? "more" : ""));
        });
    }

    // A server may cap `records` below what was asked and still name the
    // next page: every session is listed, not the first page's.
    void listAllFollowsTheServersPageSize()
    {
        servePages(7, 2);
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--all"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray array = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(array.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(array.at(i).toObject().value(QLatin1String("sessionID")).toString(), QStringLiteral("s%1").arg(i));
    }

    void listAllFailingMidwayKeepsWhatArrived_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("table") << QStringLiteral("table");
    }

    void listAllFailingMidwayKeepsWhatArrived()
    {
        QFETCH(QString, format);
        servePages(10, 0, 6);
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--all"),
                           QStringLiteral("--records"), QStringLiteral("2"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("error: ValidationError: "), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        // The six sessions before the failing page, in order, and no more.
        qsizetype at = 0;
        for (int i = 0; i < 6; ++i) {
            const qsizetype found = r.out.indexOf("s" + QByteArray::number(i), at);
            QVERIFY2(found > at, r.out.constData());
            at = found;
        }
        QVERIFY2(!r.out.contains("s6"), r.out.constData());
        if (format == QLatin1String("json")) {
            QVERIFY(r.out.startsWith('['));
            QVERIFY2(!r.out.trimmed().endsWith(']'), r.out.constData());
            QJsonParseError error;
            QJsonDocument::fromJson(r.out, &error);
            QVERIFY(error.error != QJsonParseError::NoError); // never taken for a whole list
        } else {
            QCOMPARE(r.out.count('\n'), 7); // a header and six rows
        }
    }

    // Rows are on stdout while later pages are still awaited.
    void listAllWritesRowsAsPagesArrive()
    {
        servePages(10, 0, -1, 4);
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(USA_CLI_PATH),
                      {QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--all"),
                       QStringLiteral("--records"), QStringLiteral("2"), QStringLiteral("--format"),
                       QStringLiteral("csv"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("s3"), 20000);
        QCOMPARE(process.state(), QProcess::Running);
        QVERIFY(!out.contains("s4"));
        process.kill();
        process.waitForFinished();
    }

    // Widths come from the first rows; a longer cell later is kept whole.
    void listAllTableKeepsLongCellsWhole()
    {
        m_server->setHandler([](const RecordedRequest &request) {
            const qint64 offset = request.queryValues(QStringLiteral("offset")).value(0).toLongLong();
            const QString id = offset == 0 ? QStringLiteral("s0") : QStringLiteral("a-much-longer-session-id");
            return TestResponse::json(200, TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-1"), id)},
                                                                 offset, 1, offset == 0 ? "more" : ""));
        });
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--all"),
                           QStringLiteral("--records"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the final newline
        QVERIFY(lines.at(0).startsWith("SUBSCRIPTION  SESSION  UNIT"));
        QVERIFY(lines.at(1).startsWith("SUB-1         s0       minutes"));
        QVERIFY(lines.at(2).startsWith("SUB-1         a-much-longer-session-id  minutes"));
    }

    void start()
    {
        m_server->enqueue(TestResponse::json(200, TestSupport::pageJson({TestSupport::sessionJson(
                                                      QStringLiteral("SUB-1"), QStringLiteral("call-7"), QStringLiteral("minutes"), 0, 0, true)})));
        const Run r = run({QStringLiteral("start"), QStringLiteral("--subscription"), QStringLiteral("SUB-1"),
                           QStringLiteral("--session"), QStringLiteral("call-7"), QStringLiteral("--uom"),
                           QStringLiteral("minutes"), QStringLiteral("--pricing-component-name"),
                           QStringLiteral("Minutes"), QStringLiteral("--description"), QStringLiteral("from the CLI"),
                           QStringLiteral("--start"), QStringLiteral("2026-02-27T13:15:51Z"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY(r.out.contains(",call-7,"));
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.rawPath, QByteArray("/RestAPI/usage-sessions/start"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), "Bearer " + Token);
        SessionBatch batch;
        DecodeError error;
        QVERIFY(SessionCodec::decodeBatch(request.body, batch, error));
        QCOMPARE(batch.usageSessions.size(), 1);
        const UsageSession &s = batch.usageSessions.first();
        QCOMPARE(s.subscriptionId, QStringLiteral("SUB-1"));
        QCOMPARE(s.sessionId, QStringLiteral("call-7"));
        QCOMPARE(s.uom, QStringLiteral("minutes"));
        QCOMPARE(s.pricingComponentName, QStringLiteral("Minutes"));
        QCOMPARE(s.description, QStringLiteral("from the CLI"));
        QCOMPARE(WireTime::toString(s.start), QStringLiteral("2026-02-27T13:15:51Z"));
    }

    void stop()
    {
        m_server->enqueue(TestResponse::json(200, TestSupport::pageJson({TestSupport::sessionJson(
                                                      QStringLiteral("SUB-1"), QStringLiteral("call-7"))})));
        const Run r = run({QStringLiteral("stop"), QStringLiteral("--subscription"), QStringLiteral("SUB-1"),
                           QStringLiteral("--session"), QStringLiteral("call-7"), QStringLiteral("--uom"),
                           QStringLiteral("minutes"), QStringLiteral("--stop"), QStringLiteral("2026-02-27T14:00:00+01:00")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("call-7"));
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.rawPath, QByteArray("/RestAPI/usage-sessions/stop"));
        SessionBatch batch;
        DecodeError error;
        QVERIFY(SessionCodec::decodeBatch(request.body, batch, error));
        QCOMPARE(WireTime::toString(batch.usageSessions.first().stop), QStringLiteral("2026-02-27T13:00:00Z"));
        QVERIFY(batch.usageSessions.first().pricingComponentName.isEmpty());
    }

    void fromFile_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("start") << QStringLiteral("start");
        QTest::newRow("stop") << QStringLiteral("stop");
    }

    void fromFile()
    {
        QFETCH(QString, command);
        const QByteArray body = "{\"organizationID\":\"ORG-9\",\"usageSessions\":["
                                "{\"subscriptionID\":\"SUB-1\",\"sessionID\":\"a\",\"uom\":\"minutes\",\"pricingComponentID\":\"PCO-1\"},"
                                "{\"subscriptionID\":\"SUB-1\",\"sessionID\":\"b\",\"uom\":\"GB\",\"pricingComponentID\":\"PCO-1\"}]}";
        const QString path = writeFile(QStringLiteral("body.json"), body);
        m_server->enqueue(TestResponse::json(200, twoSessions()));
        const Run r = run({command, QStringLiteral("--from-file"), path, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.rawPath, "/RestAPI/usage-sessions/" + command.toLatin1());
        SessionBatch batch;
        DecodeError error;
        QVERIFY(SessionCodec::decodeBatch(request.body, batch, error));
        QCOMPARE(batch.organizationId, QStringLiteral("ORG-9"));
        QCOMPARE(batch.usageSessions.size(), 2);
        QCOMPARE(batch.usageSessions.at(1).uom, QStringLiteral("GB"));
    }

    void apiFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<TestResponse>("response");
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("messagePart");

        const QStringList list{QStringLiteral("list"), QStringLiteral("SUB-1")};
        const QStringList start{QStringLiteral("start"), QStringLiteral("--subscription"), QStringLiteral("SUB-1"),
                                QStringLiteral("--session"), QStringLiteral("x"), QStringLiteral("--uom"),
                                QStringLiteral("minutes"), QStringLiteral("--pricing-component-id"),
                                QStringLiteral("PCO-1"), QStringLiteral("--timeout"), QStringLiteral("0.3")};
        QTest::newRow("401") << list << TestResponse::bfError(401, "Oauth", "Token " + Token + " is unknown")
                             << QByteArray("Oauth") << QByteArray("access token");
        QTest::newRow("403") << list << TestResponse::bfError(403, "PermissionsError", "no")
                             << QByteArray("PermissionsError") << QByteArray("not allowed");
        QTest::newRow("400") << start << TestResponse::bfError(400, "ValidationError", "already active")
                             << QByteArray("ValidationError") << QByteArray("already active");
        QTest::newRow("404") << list << TestResponse::text(404, "<html/>", "text/html") << QByteArray("http")
                             << QByteArray("404");
        QTest::newRow("decode") << list << TestResponse::json(200, "{\"results\":7}") << QByteArray("decode")
                                << QByteArray("results");
        // A start whose answer is lost is reconciled: tst_cliwrites.
    }

    void apiFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(TestResponse, response);
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, messagePart);
        m_server->setDefaultResponse(response);
        const Run r = run(arguments);
        verifyFailure(r, 1, kind);
        QVERIFY2(r.err.contains(messagePart), r.err.constData());
        if (arguments.first() == QLatin1String("start"))
            QCOMPARE(m_server->requestCount(), 1);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        const Run r = run({QStringLiteral("stop"), QStringLiteral("--base-url"),
                           QStringLiteral("http://127.0.0.1:%1/v1").arg(port), QStringLiteral("--subscription"),
                           QStringLiteral("S"), QStringLiteral("--session"), QStringLiteral("x"),
                           QStringLiteral("--uom"), QStringLiteral("u")},
                          environment(false, true)); // the environment's token is --base-url's
        verifyFailure(r, 1, "connection-refused");
    }

    void plainHttpToRemoteRefused()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--base-url"),
                           QStringLiteral("http://192.0.2.1/v1")},
                          environment(false, true));
        verifyFailure(r, 1, "invalid-request");
        QVERIFY(r.err.contains("https://"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("messagePart");
        const auto l = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out << QString::fromUtf8(item);
            return out;
        };
        QTest::newRow("nothing") << QStringList() << QByteArray("no command");
        QTest::newRow("unknown-command") << l({"delete", "x"}) << QByteArray("unknown command");
        QTest::newRow("unknown-option") << l({"list", "S", "--colour"}) << QByteArray("colour");
        QTest::newRow("list-no-subscription") << l({"list"}) << QByteArray("SUBSCRIPTION");
        QTest::newRow("bad-format") << l({"list", "S", "--format", "xml"}) << QByteArray("--format");
        QTest::newRow("bad-offset") << l({"list", "S", "--offset", "-1"}) << QByteArray("--offset");
        QTest::newRow("bad-records") << l({"list", "S", "--records", "zero"}) << QByteArray("--records");
        QTest::newRow("bad-order") << l({"list", "S", "--order", "up"}) << QByteArray("--order");
        QTest::newRow("all-with-offset") << l({"list", "S", "--all", "--offset", "3"}) << QByteArray("--all");
        QTest::newRow("list-with-uom") << l({"list", "S", "--uom", "x"}) << QByteArray("--uom");
        QTest::newRow("max-pages-zero") << l({"list", "S", "--all", "--max-pages", "0"})
                                        << QByteArray("--max-pages must be a whole number of 1 or more");
        QTest::newRow("max-pages-word") << l({"list", "S", "--all", "--max-pages", "many"})
                                        << QByteArray("--max-pages must be a whole number of 1 or more");
        QTest::newRow("max-sessions-negative") << l({"list", "S", "--all", "--max-sessions", "-5"})
                                               << QByteArray("--max-sessions must be a whole number of 1 or more");
        QTest::newRow("max-sessions-fraction") << l({"list", "S", "--all", "--max-sessions", "2.5"})
                                               << QByteArray("--max-sessions must be a whole number of 1 or more");
        QTest::newRow("max-pages-without-all") << l({"list", "S", "--max-pages", "3"})
                                               << QByteArray("--max-pages applies to list --all only");
        QTest::newRow("stop-with-max-sessions")
            << l({"stop", "--subscription", "S", "--session", "x", "--uom", "u", "--max-sessions", "3"})
            << QByteArray("--max-sessions");
        QTest::newRow("start-missing-uom")
            << l({"start", "--subscription", "S", "--session", "x", "--pricing-component-id", "P"})
            << QByteArray("missing --uom ");
        QTest::newRow("stop-missing-session")
            << l({"stop", "--subscription", "S", "--uom", "u"}) << QByteArray("stop is missing --session ");
        QTest::newRow("start-no-pricing") << l({"start", "--subscription", "S", "--session", "x", "--uom", "u"})
                                          << QByteArray("pricing");
        QTest::newRow("start-both-pricing")
            << l({"start", "--subscription", "S", "--session", "x", "--uom", "u", "--pricing-component-id", "P",
                  "--pricing-component-name", "N"})
            << QByteArray("exactly one");
        QTest::newRow("bad-start-time")
            << l({"start", "--subscription", "S", "--session", "x", "--uom", "u", "--pricing-component-id", "P",
                  "--start", "yesterday"})
            << QByteArray("ISO 8601");
        QTest::newRow("stop-with-start-time")
            << l({"stop", "--subscription", "S", "--session", "x", "--uom", "u", "--start", "2026-01-01T00:00:00Z"})
            << QByteArray("--start");
        QTest::newRow("from-file-missing") << l({"start", "--from-file", "/nonexistent/body.json"})
                                           << QByteArray("cannot read");
        QTest::newRow("from-file-and-fields") << l({"start", "--from-file", "x.json", "--uom", "u"})
                                              << QByteArray("--uom");
        QTest::newRow("bad-timeout") << l({"list", "S", "--timeout", "soon"}) << QByteArray("--timeout");
        QTest::newRow("bad-base-url") << l({"list", "S", "--base-url", "not a url"}) << QByteArray("https://");
        QTest::newRow("token-file-missing") << l({"list", "S", "--token-file", "/nonexistent/token"})
                                            << QByteArray("token file");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, messagePart);
        const Run r = run(arguments);
        verifyFailure(r, 2, "usage");
        QVERIFY2(r.err.contains(messagePart), r.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void fromFileNotABatch()
    {
        const QString path = writeFile(QStringLiteral("bad.json"), "{\"usageSessions\":[{\"sessionix\":\"x\"}]}");
        const Run r = run({QStringLiteral("start"), QStringLiteral("--from-file"), path});
        verifyFailure(r, 2, "usage");
        QVERIFY2(r.err.contains("CompoundUsageSession"), r.err.constData());
    }

    void noBaseUrl()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1")}, environment(false, true));
        verifyFailure(r, 2, "usage");
        QVERIFY(r.err.contains("BILLFORWARD_BASE_URL"));
    }

    void tokenArgumentRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("separate") << QStringList{QStringLiteral("list"), QStringLiteral("SUB-1"),
                                                 QStringLiteral("--token"), QString::fromLatin1(Token)};
        QTest::newRow("equals") << QStringList{QStringLiteral("list"), QStringLiteral("SUB-1"),
                                               QStringLiteral("--token=") + QString::fromLatin1(Token)};
        QTest::newRow("first") << QStringList{QStringLiteral("--token"), QString::fromLatin1(Token),
                                              QStringLiteral("list"), QStringLiteral("SUB-1")};
    }

    void tokenArgumentRefused()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments, environment(true, false));
        verifyFailure(r, 2, "usage");
        QVERIFY(r.err.contains("--token-file"));
        QVERIFY(r.err.contains("BILLFORWARD_ACCESS_TOKEN"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void tokenSources_data()
    {
        QTest::addColumn<bool>("fromFile");
        QTest::addColumn<bool>("fromEnv");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("env") << false << true << Token;
        QTest::newRow("file") << true << false << QByteArray("file-token-7");
        QTest::newRow("file-wins") << true << true << QByteArray("file-token-7");
    }

    void tokenSources()
    {
        QFETCH(bool, fromFile);
        QFETCH(bool, fromEnv);
        QFETCH(QByteArray, expected);
        m_server->setDefaultResponse(TestResponse::json(200, twoSessions()));
        QStringList args{QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (fromFile)
            args << QStringLiteral("--token-file") << writeFile(QStringLiteral("token"), "  file-token-7\n");
        const Run r = run(args, environment(true, fromEnv));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.header("Authorization"), "Bearer " + expected);
        QVERIFY(!request.target.contains("token"));
        QVERIFY(!r.out.contains(Token) && !r.out.contains("file-token-7"));
        QVERIFY(!r.err.contains(Token) && !r.err.contains("file-token-7"));
    }

    // Before: the CLI sent a request without a token and said the server
    // refused the token.
    void noTokenIsSaidWithoutARequest()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1")}, environment(true, false));
        verifyFailure(r, 2, "usage");
        QVERIFY2(r.err.contains("no access token was given"), r.err.constData());
        QVERIFY(r.err.contains("--token-file") && r.err.contains("BILLFORWARD_ACCESS_TOKEN"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // BILLFORWARD_ACCESS_TOKEN belongs to BILLFORWARD_BASE_URL's origin: a
    // --base-url elsewhere (here another port) gets it never; --token-file works.
    void environmentTokenStaysWithItsServer()
    {
        TestServer other;
        QVERIFY(other.listen());
        other.setDefaultResponse(TestResponse::json(200, twoSessions()));
        const QStringList args{QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--base-url"),
                               other.url(QStringLiteral("/RestAPI")).toString()};
        const Run refused = run(args);
        verifyFailure(refused, 2, "usage");
        QVERIFY2(refused.err.contains("--token-file"), refused.err.constData());
        QCOMPARE(other.requestCount(), 0);

        const Run withFile = run(args + QStringList{QStringLiteral("--token-file"),
                                                    writeFile(QStringLiteral("other-token"), "other-token-9\n")});
        QVERIFY2(withFile.exitCode == 0, withFile.err.constData());
        QCOMPARE(other.lastRequest().header("Authorization"), QByteArray("Bearer other-token-9"));

        // Without BILLFORWARD_BASE_URL the environment's token is --base-url's.
        const Run commandLine = run(args, environment(false, true));
        QVERIFY2(commandLine.exitCode == 0, commandLine.err.constData());
        QCOMPARE(other.lastRequest().header("Authorization"), "Bearer " + Token);
        // Another path on BILLFORWARD_BASE_URL's origin is the same server.
        const Run samePlace = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--base-url"),
                                   m_server->url(QStringLiteral("/v2")).toString()});
        QCOMPARE(m_server->lastRequest().header("Authorization"), "Bearer " + Token);
        Q_UNUSED(samePlace);
    }

    void tokenFileIsChecked_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("permissions");
        QTest::addColumn<QByteArray>("messagePart");
        const int owner = int(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTest::newRow("readable-by-others") << QByteArray("tok-file-1\n") << (owner | int(QFileDevice::ReadOther))
                                            << QByteArray("chmod 600");
        QTest::newRow("readable-by-group") << QByteArray("tok-file-1\n") << (owner | int(QFileDevice::ReadGroup))
                                           << QByteArray("chmod 600");
        QTest::newRow("two-lines") << QByteArray("tok-file-1\nsecond\n") << owner << QByteArray("one line");
        QTest::newRow("control-character") << QByteArray("tok\x1b[2Jfile\n") << owner << QByteArray("control");
        QTest::newRow("empty") << QByteArray("\n") << owner << QByteArray("empty");
    }

    void tokenFileIsChecked()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, permissions);
        QFETCH(QByteArray, messagePart);
        const QString path = writeFile(QStringLiteral("checked-token"), content);
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(permissions)));
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1"), QStringLiteral("--token-file"), path},
                          environment(true, false));
        verifyFailure(r, 2, "usage");
        QVERIFY2(r.err.contains(messagePart), r.err.constData());
        QVERIFY(!r.err.contains("tok-file-1"));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // A server that echoes the token in its error type (which the CLI prints
    // as the error's kind): no piece of it reaches stderr.
    void errorTypeIsRedacted()
    {
        m_server->setDefaultResponse(TestResponse::bfError(
            400, "Bad-" + Token.mid(2, 10).toUpper(), "echo " + QUrl::toPercentEncoding(QString::fromLatin1(Token))));
        const Run r = run({QStringLiteral("list"), QStringLiteral("SUB-1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.toLower().contains(Token.mid(2, 10).toLower()), r.err.constData());
        QVERIFY2(!r.err.contains(QUrl::toPercentEncoding(QString::fromLatin1(Token)).mid(0, 12)), r.err.constData());
        QVERIFY2(r.err.contains("[token]"), r.err.constData());
    }
};


QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
