// The fault matrix: every way the server or the network can fail, played
// against the three clients of the API: the core (SessionFetcher/ApiClient,
// SessionActionRunner), the CLI (the built usage-session-cli) and the window
// (a background refresh of MainWindow). Each row checks a specific message,
// that nothing crashed, that what was loaded stays (or matches the server),
// and that the access token is nowhere in any output or log.

#include "testpages.h"
#include "testserver.h"
#include "tlsfixture.h"
#include "tokencapture.h"

#include "actions/actionresult.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "emulator/embeddedemulator.h"
#include "clirun.h"
#include "emulatorfixture.h"
#include "sessions/sessionbrowser.h"
#include "ui/connectioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/statusbarcontroller.h"

#include <QApplication>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace BillForward;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray Token = "fault-matrix-secret-7f3a9c";
const QString Subscription = QStringLiteral("SUB-FAULT-0001");

enum Layer { Core = 1, Cli = 2, Gui = 4, All = Core | Cli | Gui };

QByteArray goodPage()
{
    return TestSupport::pageJson({TestSupport::sessionJson(Subscription, QStringLiteral("s-1")),
                                  TestSupport::sessionJson(Subscription, QStringLiteral("s-2"),
                                                           QStringLiteral("minutes"), 0, 10, true)});
}

// A hostile or broken server may echo what it was sent: these answers put
// the Authorization header into their error message.
// The CLI's environment for a server at `base`, with the test's token.
QProcessEnvironment cliEnvironment(const QUrl &base)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), base.toString());
    env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromUtf8(Token));
    return env;
}

TestResponse echoingError(int status, const QByteArray &type, const TestSupport::RecordedRequest &request)
{
    return TestResponse::bfError(status, type, "Rejected the request with " + request.header("Authorization"));
}

} // namespace

// Everything one row needs; servers live as long as the scenario.
struct Scenario
{
    std::unique_ptr<TestServer> server;
    std::unique_ptr<TestServer> elsewhere; // the target of a redirect: must see nothing
    std::unique_ptr<FaultTest::TlsServer> tls;
    std::unique_ptr<Emulator::EmbeddedEmulator> emulator;
    QUrl base;
    int timeoutSeconds = 10;
};

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void core_data() { faults(Core); }
    void core();
    void cli_data() { faults(Cli); }
    void cli();
    void gui_data() { faults(Gui); }
    void gui();

    void getRetriedPostNot();
    void droppedAfterApplyCore_data();
    void droppedAfterApplyCore();
    void droppedAfterApplyCli();

private:
    // The rows of the faults that reach `layer` (a Layer): no row is skipped.
    void faults(int layer);
    bool makeScenario(const QString &fault, Scenario &scenario);
    void checkNoToken(const QString &text, const char *where);

    QTemporaryDir m_dir;
    FaultTest::SelfSignedCertificate m_untrusted;
    FaultTest::SelfSignedCertificate m_trusted;
    bool m_haveCertificates = false;
};

void tst_FaultMatrix::initTestCase()
{
    FaultTest::LogCapture::install();
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    m_haveCertificates = m_untrusted.generate(m_dir.path(), QStringLiteral("untrusted"))
        && m_trusted.generate(m_dir.path(), QStringLiteral("trusted"));
    if (m_haveCertificates) {
        // The test process trusts one of the two, so that an https server can
        // redirect it to http; the other stays a stranger.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificate(m_trusted.certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    QVERIFY(QFile::exists(QStringLiteral(USA_CLI_PATH)));
}

void tst_FaultMatrix::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    QVERIFY2(!FaultTest::LogCapture::contains(Token), "the access token reached the log");
}

void tst_FaultMatrix::checkNoToken(const QString &text, const char *where)
{
    QVERIFY2(!text.contains(QString::fromUtf8(Token)), where);
}

void tst_FaultMatrix::faults(int layer)
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("kind");        // ApiError::kindName(), also the CLI's "error: <kind>:"
    QTest::addColumn<QStringList>("keywords"); // each must be in the message

    const auto row = [layer](const char *name, const char *kind, const QStringList &keywords, int layers = All) {
        if (layers & layer)
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(kind) << keywords;
    };
    row("connection-refused", "connection-refused", {QStringLiteral("refused the connection")});
    row("never-answers", "timeout", {QStringLiteral("did not answer in time")});
    row("trickles-past-timeout", "timeout", {QStringLiteral("did not answer in time")});
    row("tls-untrusted", "tls", {QStringLiteral("secure connection"), QStringLiteral("certificate")});
    row("http-401-oauth", "Oauth", {QStringLiteral("access token"), QStringLiteral("API Keys")});
    row("http-403", "PermissionsError", {QStringLiteral("not allowed")});
    row("http-404", "http", {QStringLiteral("HTTP 404"), QStringLiteral("base path")});
    row("http-429-retry-after", "RateLimited", {QStringLiteral("too many requests"), QStringLiteral("1 second")});
    row("http-500", "ServerError", {QStringLiteral("HTTP 500")});
    row("http-502-html", "http", {QStringLiteral("unavailable"), QStringLiteral("HTTP 502")});
    row("http-503", "http", {QStringLiteral("unavailable"), QStringLiteral("HTTP 503")});
    row("body-cut-mid-json", "network", {QStringLiteral("connection to the server failed")});
    row("invalid-json", "decode", {QStringLiteral("could not be read")});
    row("wrong-json-types", "decode", {QStringLiteral("could not be read"), QStringLiteral("sessionix")});
    row("over-size-cap", "too-large", {QStringLiteral("larger than the limit")});
    row("redirect-other-origin", "redirect", {QStringLiteral("redirected"), QStringLiteral("not followed")});
    // The CLI cannot be made to trust a test certificate (it reads the system store).
    row("redirect-https-to-http", "redirect", {QStringLiteral("redirected"), QStringLiteral("not followed")},
        Core | Gui);
}

bool tst_FaultMatrix::makeScenario(const QString &fault, Scenario &s)
{
    s.server = std::make_unique<TestServer>();
    if (!s.server->listen())
        return false;
    s.base = s.server->url(QStringLiteral("/RestAPI"));
    TestServer &server = *s.server;

    if (fault == QLatin1String("connection-refused")) {
        // A port that was free a moment ago and has no listener now.
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        s.base.setPort(probe.serverPort());
        probe.close();
    } else if (fault == QLatin1String("never-answers")) {
        server.setDefaultResponse(TestResponse::neverAnswer());
        s.timeoutSeconds = 1;
    } else if (fault == QLatin1String("trickles-past-timeout")) {
        // Every byte comes well within the timeout, the answer as a whole never does.
        TestResponse r = TestResponse::json(200, goodPage());
        r.behaviour = TestResponse::Behaviour::Trickle;
        r.trickleBytes = 1;
        r.trickleIntervalMs = 200;
        server.setDefaultResponse(r);
        s.timeoutSeconds = 1;
    } else if (fault == QLatin1String("tls-untrusted")) {
        if (!m_haveCertificates)
            return false;
        s.tls = std::make_unique<FaultTest::TlsServer>(m_untrusted);
        if (!s.tls->start())
            return false;
        s.base = s.tls->url(QStringLiteral("/RestAPI"));
    } else if (fault == QLatin1String("http-401-oauth")) {
        server.setHandler([](const TestSupport::RecordedRequest &r) { return echoingError(401, "Oauth", r); });
    } else if (fault == QLatin1String("http-403")) {
        server.setDefaultResponse(TestResponse::bfError(403, "PermissionsError", "Not for this token."));
    } else if (fault == QLatin1String("http-404")) {
        server.setDefaultResponse(TestResponse::text(404, "<html><body>Not Found</body></html>", "text/html"));
    } else if (fault == QLatin1String("http-429-retry-after")) {
        server.setDefaultResponse(
            TestResponse::bfError(429, "RateLimited", "Slow down.").withHeader("Retry-After", "1"));
    } else if (fault == QLatin1String("http-500")) {
        server.setHandler([](const TestSupport::RecordedRequest &r) { return echoingError(500, "ServerError", r); });
    } else if (fault == QLatin1String("http-502-html")) {
        server.setDefaultResponse(
            TestResponse::text(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"));
    } else if (fault == QLatin1String("http-503")) {
        server.setDefaultResponse(TestResponse::text(503, "Service Unavailable"));
    } else if (fault == QLatin1String("body-cut-mid-json")) {
        TestResponse r = TestResponse::json(200, goodPage());
        r.behaviour = TestResponse::Behaviour::CutBody;
        r.cutAfterBytes = r.body.size() / 2;
        server.setDefaultResponse(r);
    } else if (fault == QLatin1String("invalid-json")) {
        server.setDefaultResponse(TestResponse::json(200, "{\"results\":[{\"sessionID\":\"s-1\",,]}"));
    } else if (fault == QLatin1String("wrong-json-types")) {
        QByteArray page = goodPage();
        page.replace("\"sessionix\":0", "\"sessionix\":\"zero\"");
        server.setDefaultResponse(TestResponse::json(200, page));
    } else if (fault == QLatin1String("over-size-cap")) {
        // Declares 1 GiB: over every client's cap (256 MiB by default).
        server.setDefaultResponse(TestResponse::json(200, goodPage()).withHeader("Content-Length", "1073741824"));
    } else if (fault == QLatin1String("redirect-other-origin")) {
        s.elsewhere = std::make_unique<TestServer>();
        if (!s.elsewhere->listen())
            return false;
        s.elsewhere->setDefaultResponse(TestResponse::json(200, goodPage()));
        server.setDefaultResponse(
            TestResponse::redirect(302, s.elsewhere->url(QStringLiteral("/RestAPI/usage-sessions/") + Subscription)));
    } else if (fault == QLatin1String("redirect-https-to-http")) {
        if (!m_haveCertificates)
            return false;
        // Same host, same port number: only the scheme gets weaker.
        s.elsewhere = std::make_unique<TestServer>();
        if (!s.elsewhere->listen())
            return false;
        s.elsewhere->setDefaultResponse(TestResponse::json(200, goodPage()));
        s.tls = std::make_unique<FaultTest::TlsServer>(
            m_trusted, s.elsewhere->url(QStringLiteral("/RestAPI/usage-sessions/") + Subscription));
        if (!s.tls->start())
            return false;
        s.base = s.tls->url(QStringLiteral("/RestAPI"));
    } else {
        return false;
    }
    return true;
}

void tst_FaultMatrix::core()
{
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    QFETCH(QStringList, keywords);
    Scenario s;
    QVERIFY2(makeScenario(fault, s), "scenario could not be set up (openssl missing?)");

    ApiClient client;
    client.setBaseUrl(s.base);
    client.setAccessToken(Token);
    client.setTransferTimeout(s.timeoutSeconds * 1000);
    client.setMaxAttempts(2);
    client.setRetryBaseDelay(10);

    // A list, through the fetcher the window and the CLI use.
    SessionFetcher fetcher(&client);
    QSignalSpy arrived(&fetcher, &SessionFetcher::sessionsArrived);
    QSignalSpy finished(&fetcher, &SessionFetcher::finished);
    fetcher.start({Subscription}, false);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    const auto error = finished.constFirst().constFirst().value<ApiError>();
    QCOMPARE(error.kindName(), kind);
    for (const QString &word : std::as_const(keywords))
        QVERIFY2(error.message().contains(word, Qt::CaseInsensitive), qPrintable(error.message()));
    QCOMPARE(arrived.size(), 0); // nothing half-read was delivered
    checkNoToken(error.message(), "token in the list error message");
    checkNoToken(error.detail, "token in the list error detail");
    if (s.elsewhere)
        QCOMPARE(s.elsewhere->requestCount(), 0); // the token did not follow the redirect

    // A start: the same fault, the same kind, sent once at most.
    s.server->clearRequests();
    SessionBatch batch;
    UsageSession item;
    item.subscriptionId = Subscription;
    item.sessionId = QStringLiteral("s-9");
    item.uom = QStringLiteral("minutes");
    item.pricingComponentName = QStringLiteral("Minutes");
    batch.usageSessions.append(item);
    QPointer<ApiReply> reply = client.start(batch);
    QSignalSpy postFinished(reply.data(), &ApiReply::finished);
    QVERIFY(postFinished.wait(30000));
    QVERIFY(reply->error().isError());
    QCOMPARE(reply->error().kindName(), kind);
    // Count the starts only: a GET of the list above that Qt had already
    // resent before the fetcher gave up may still land after clearRequests()
    // (seen under ASan's slower timing), and it starts nothing.
    int starts = 0;
    QStringList seen;
    for (const TestSupport::RecordedRequest &request : s.server->requests()) {
        seen << QString::fromLatin1(request.method) + u' ' + request.path;
        if (request.method == "POST")
            ++starts;
    }
    QVERIFY2(starts <= 1, qPrintable(seen.join(QStringLiteral(", "))));
    QCOMPARE(reply->attempts(), 1);
    checkNoToken(reply->error().message(), "token in the start error message");
    if (s.elsewhere)
        QCOMPARE(s.elsewhere->requestCount(), 0);
}

void tst_FaultMatrix::cli()
{
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    QFETCH(QStringList, keywords);
    Scenario s;
    QVERIFY2(makeScenario(fault, s), "scenario could not be set up");

    const QStringList arguments{QStringLiteral("list"), Subscription, QStringLiteral("--timeout"),
                                QString::number(s.timeoutSeconds)};
    const CliRun run = runCli(arguments, cliEnvironment(s.base), 50000);
    QCOMPARE(run.exitCode, 1); // -1: crashed or killed
    const QString out = QString::fromUtf8(run.out);
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(out.isEmpty(), qPrintable(out));
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("error: ") + kind + QLatin1Char(':')), qPrintable(err));
    for (const QString &word : std::as_const(keywords))
        QVERIFY2(err.contains(word, Qt::CaseInsensitive), qPrintable(err));
    checkNoToken(out, "token on the CLI's stdout");
    checkNoToken(err, "token on the CLI's stderr");
    if (s.elsewhere)
        QCOMPARE(s.elsewhere->requestCount(), 0);
}

void tst_FaultMatrix::gui()
{
    QFETCH(QString, fault);
    QFETCH(QString, kind);
    QFETCH(QStringList, keywords);

    // First a good load, then the server goes bad under a background refresh.
    TestServer good;
    QVERIFY(good.listen());
    good.setDefaultResponse(TestResponse::json(200, goodPage()));
    Scenario s;
    QVERIFY2(makeScenario(fault, s), "scenario could not be set up");

    ConnectionController connection;
    connection.connectTo(good.url(QStringLiteral("/RestAPI")), Token);
    connection.client()->setMaxAttempts(1);
    MainWindow window(&connection);
    window.resize(1200, 700);
    window.show();
    QSignalSpy loaded(window.loader(), &SessionLoader::loadFinished);
    QVERIFY(window.openSubscription(Subscription));
    QVERIFY(loaded.wait(30000));
    QVERIFY(!loaded.constFirst().at(1).value<ApiError>().isError());
    QCOMPARE(window.browser()->store().size(), 2);

    connection.client()->setBaseUrl(s.base);
    connection.client()->setTransferTimeout(s.timeoutSeconds * 1000);
    QSignalSpy failed(window.loader(), &SessionLoader::backgroundFailed);
    window.loader()->refresh(SessionLoader::Origin::Background);
    QVERIFY(failed.wait(30000));
    const QString message = failed.constFirst().constFirst().toString();
    for (const QString &word : std::as_const(keywords))
        QVERIFY2(message.contains(word, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(window.statusController()->networkState(), StatusBarController::NetworkState::Offline);
    QVERIFY(window.statusController()->networkText().contains(message));
    checkNoToken(window.statusController()->networkText(), "token in the status bar");
    checkNoToken(message, "token in the window's message");
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // never a modal for a background refresh
    QVERIFY(window.findChildren<QMessageBox *>().isEmpty());
    QCOMPARE(window.browser()->store().size(), 2); // what was loaded stays
    if (s.elsewhere)
        QCOMPARE(s.elsewhere->requestCount(), 0);
    window.loader()->cancel();
}

// 429 with Retry-After: a GET waits and tries again, a POST never does.
void tst_FaultMatrix::getRetriedPostNot()
{
    TestServer server;
    QVERIFY(server.listen());
    server.setDefaultResponse(TestResponse::bfError(429, "RateLimited", "Slow down.").withHeader("Retry-After", "1"));
    ApiClient client;
    client.setBaseUrl(server.url(QStringLiteral("/RestAPI")));
    client.setAccessToken(Token);
    client.setMaxAttempts(3);
    client.setRetryBaseDelay(10);

    ListQuery query;
    query.subscriptionId = Subscription;
    QPointer<ApiReply> get = client.list(query);
    QSignalSpy getDone(get.data(), &ApiReply::finished);
    QVERIFY(getDone.wait(30000));
    QCOMPARE(get->attempts(), 3);
    QCOMPARE(server.requestCount(), 3);
    const QList<TestSupport::RecordedRequest> requests = server.requests();
    for (int i = 1; i < requests.size(); ++i)
        QVERIFY(requests.at(i).receivedAtMs - requests.at(i - 1).receivedAtMs >= 990); // Retry-After honoured

    server.clearRequests();
    SessionBatch batch;
    UsageSession item;
    item.subscriptionId = Subscription;
    item.sessionId = QStringLiteral("s-1");
    item.uom = QStringLiteral("minutes");
    batch.usageSessions.append(item);
    QPointer<ApiReply> post = client.stop(batch);
    QSignalSpy postDone(post.data(), &ApiReply::finished);
    QVERIFY(postDone.wait(30000));
    QCOMPARE(post->attempts(), 1);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(post->error().kindName(), QStringLiteral("RateLimited"));
}

void tst_FaultMatrix::droppedAfterApplyCore_data()
{
    QTest::addColumn<bool>("stop");
    QTest::newRow("start applied, answer lost") << false;
    QTest::newRow("stop applied, answer lost") << true;
}

// The emulator applies the change and drops the connection: the runner asks
// the server and reports what really happened; the server holds it once.
void tst_FaultMatrix::droppedAfterApplyCore()
{
    QFETCH(bool, stop);
    Emulator::Options options;
    options.token = Token;
    options.dropRate = 1.0;
    EmulatorFixture emulator;
    QVERIFY(emulator.start(options));
    const QUrl base = emulator.url;

    ApiClient client;
    client.setBaseUrl(base);
    client.setAccessToken(Token);
    SessionActionRunner runner(&client);
    SessionBatch batch;
    UsageSession item;
    item.subscriptionId = Subscription;
    item.sessionId = QStringLiteral("kiosk-1");
    item.uom = QStringLiteral("minutes");
    item.pricingComponentName = QStringLiteral("Kiosk minutes");
    batch.usageSessions.append(item);

    const auto run = [&](bool isStop) {
        QSignalSpy finished(&runner, &SessionActionRunner::finished);
        const int id = isStop ? runner.stop(batch) : runner.start(batch);
        if (id <= 0 || !finished.wait(30000))
            return ActionResult();
        return finished.constFirst().constFirst().value<ActionResult>();
    };
    if (stop)
        QCOMPARE(run(false).count(ActionResult::ItemOutcome::TookEffect), 1);
    const ActionResult result = run(stop);
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QVERIFY(result.error.outcomeUnknown);
    QCOMPARE(result.count(ActionResult::ItemOutcome::TookEffect), 1);
    checkNoToken(result.summary(), "token in the action summary");

    // The server's truth, read without faults: exactly one session, in the
    // state the action asked for.
    ApiClient reader;
    reader.setBaseUrl(base);
    reader.setAccessToken(Token);
    SessionFetcher fetcher(&reader);
    QList<UsageSession> all;
    connect(&fetcher, &SessionFetcher::sessionsArrived, this,
            [&all](const QList<UsageSession> &sessions) { all += sessions; });
    QSignalSpy done(&fetcher, &SessionFetcher::finished);
    fetcher.start({Subscription}, false);
    QVERIFY(done.wait(30000));
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.constFirst().stateKind() == SessionState::Active, !stop);
}

void tst_FaultMatrix::droppedAfterApplyCli()
{
    Emulator::Options options;
    options.token = Token;
    options.dropRate = 1.0;
    EmulatorFixture emulator;
    QVERIFY(emulator.start(options));
    const QUrl base = emulator.url;

    const CliRun run = runCli({QStringLiteral("start"), QStringLiteral("--subscription"), Subscription,
                               QStringLiteral("--session"), QStringLiteral("kiosk-2"), QStringLiteral("--uom"),
                               QStringLiteral("minutes"), QStringLiteral("--pricing-component-name"),
                               QStringLiteral("Kiosk minutes")},
                              cliEnvironment(base));
    // The CLI asks the server, which applied the start: done (exit 0),
    // each session told on stderr, the session as it runs now on stdout.
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(run.exitCode == 0, qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("did not confirm the change")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("took-effect: %1/kiosk-2 (minutes)").arg(Subscription)), qPrintable(err));
    checkNoToken(err, "token on the CLI's stderr");
    QVERIFY(run.out.contains("kiosk-2"));
    checkNoToken(QString::fromUtf8(run.out), "token on the CLI's stdout");
}

QTEST_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
