// Security checks (docs/security.md): the access token never reaches a log,
// an argv, the settings, the journal, an export or the demo database (core
// dumps: tests/credentials' tst_processstart); the files the app writes are the owner's only; the emulator keeps
// off the network without a token, caps bodies and request rates, and never
// builds SQL from input.

#include "emulatorfixture.h"
#include "tokencapture.h"

#include "actions/actionjournal.h"
#include "actions/actionresult.h"
#include "actions/connectionprofile.h"
#include "actions/profilestore.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "emulator/commandline.h"
#include "emulator/embeddedemulator.h"
#include "emulator/emulatorserver.h"
#include "ui/connectioncontroller.h"
#include "ui/rowexporter.h"
#include "wire/sessioncsv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <sys/stat.h>

using namespace BillForward;

namespace {

const QByteArray Token = "security-secret-b5e1d0";
const QString Subscription = QStringLiteral("SUB-SECURE-0001");

bool fileContains(const QString &path, const QByteArray &needle)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
}

// Every file under `dir` (recursively).
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir())
            out += filesUnder(entry.filePath());
        else
            out << entry.filePath();
    }
    return out;
}

QFileDevice::Permissions groupOrOther()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

struct RawAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
};

RawAnswer raw(const QUrl &url, const QByteArray &method, const QByteArray &body = {},
              const QByteArray &token = Token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = method == "POST" ? network.post(request, body) : network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    RawAnswer answer;
    if (!finished.wait(30000))
        return answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

QUrl endpoint(const QUrl &base, const QString &path, const QUrlQuery &query = {})
{
    QUrl url = base;
    url.setPath(base.path() + path);
    url.setQuery(query);
    return url;
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void settingsNeverHoldTheToken();
    void journalAndExportsHoldNoTokenAndAreOwnerOnly();
    void demoDatabaseIsOwnerOnlyAndHoldsNoToken();
    void tokenNotInArgvOrOutputOfChildren();
    void cliRefusesTokenArgumentWithoutEchoingIt();
    void emulatorRefusesNetworkWithoutToken_data();
    void emulatorRefusesNetworkWithoutToken();
    void emulatorRequiresTheToken_data();
    void emulatorRequiresTheToken();
    void emulatorLimitsBodySize();
    void emulatorLimitsRequestRate();
    void emulatorCapsOrganizationsPerRequest_data();
    void emulatorCapsOrganizationsPerRequest();
    void emulatorNeverBuildsSqlFromInput_data();
    void emulatorNeverBuildsSqlFromInput();

private:
    QTemporaryDir m_dir;
};

void tst_Security::initTestCase()
{
    FaultTest::LogCapture::install();
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdminSecurityTest"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    ::umask(022); // the usual umask: files would be world-readable unless the app says otherwise
}

void tst_Security::cleanup()
{
    QVERIFY2(!FaultTest::LogCapture::contains(Token), "the access token reached the log");
}

// A base URL pasted with credentials in it (user:token@host, ?access_token=)
// must not carry them into the settings file.
void tst_Security::settingsNeverHoldTheToken()
{
    const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        QUrl url(QStringLiteral("https://api.example.com/v1"));
        url.setUserName(QStringLiteral("billing"));
        url.setPassword(QString::fromUtf8(Token));
        url.setQuery(QStringLiteral("access_token=") + QString::fromUtf8(Token));
        store.save(ConnectionProfile::custom(QStringLiteral("Pasted with credentials"), url));

    }
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!fileContains(path, Token));
    for (const QString &file : filesUnder(m_dir.filePath(QStringLiteral("settings"))))
        QVERIFY2(!fileContains(file, Token), qPrintable(file));
}

void tst_Security::journalAndExportsHoldNoTokenAndAreOwnerOnly()
{
    Emulator::Options options;
    options.token = Token;
    EmulatorFixture emu;
    QVERIFY(emu.start(options));
    ApiClient client;
    client.setBaseUrl(emu.url);
    client.setAccessToken(Token);
    const QString journalPath = m_dir.filePath(QStringLiteral("journal/journal.jsonl"));
    QDir().mkpath(QFileInfo(journalPath).path());
    ActionJournal journal(journalPath);
    SessionActionRunner runner(&client);
    runner.setJournal(&journal);

    SessionBatch batch;
    UsageSession item;
    item.subscriptionId = Subscription;
    item.sessionId = QStringLiteral("kiosk-1");
    item.uom = QStringLiteral("minutes");
    item.pricingComponentName = QStringLiteral("Kiosk minutes");
    // A user may paste anything into a description, the token included: it
    // is data then, but nothing of the app's own must add it.
    batch.usageSessions.append(item);
    for (bool stop : {false, true}) {
        QSignalSpy finished(&runner, &SessionActionRunner::finished);
        QVERIFY(stop ? runner.stop(batch) : runner.start(batch));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    }
    QVERIFY(QFileInfo(journalPath).size() > 0);
    QVERIFY(!fileContains(journalPath, Token));
    QCOMPARE(QFileInfo(journalPath).permissions() & groupOrOther(), QFileDevice::Permissions());

    for (auto format : {ActionJournal::Format::Csv, ActionJournal::Format::Json}) {
        const QString path = m_dir.filePath(format == ActionJournal::Format::Csv ? QStringLiteral("journal.csv")
                                                                                 : QStringLiteral("journal.json"));
        QString error;
        QVERIFY2(journal.exportTo(path, format, &error), qPrintable(error));
        QVERIFY(!fileContains(path, Token));
        QCOMPARE(QFileInfo(path).permissions() & groupOrOther(), QFileDevice::Permissions());
    }

    // Rows exported from the window.
    SessionFetcher fetcher(&client);
    QList<UsageSession> sessions;
    connect(&fetcher, &SessionFetcher::sessionsArrived, this,
            [&sessions](const QList<UsageSession> &s) { sessions += s; });
    QSignalSpy done(&fetcher, &SessionFetcher::finished);
    fetcher.start({Subscription}, false);
    QVERIFY(done.wait(30000));
    QCOMPARE(sessions.size(), 1);
    for (const QString &name : {QStringLiteral("rows.csv"), QStringLiteral("rows.json")}) {
        const QString path = m_dir.filePath(name);
        const QByteArray data = name.endsWith(QLatin1String(".csv")) ? BillForward::SessionCsv::encode(sessions)
                                                                     : RowExporter::toJson(sessions);
        QString error;
        QVERIFY2(RowExporter::writeFile(path, data, &error), qPrintable(error));
        QVERIFY(!fileContains(path, Token));
        QCOMPARE(QFileInfo(path).permissions() & groupOrOther(), QFileDevice::Permissions());
    }
}

void tst_Security::demoDatabaseIsOwnerOnlyAndHoldsNoToken()
{
    // The default place: a folder of the owner's only.
    const QString defaultPath = ConnectionController::defaultDemoDatabasePath();
    QCOMPARE(QFileInfo(QFileInfo(defaultPath).path()).permissions() & groupOrOther(), QFileDevice::Permissions());

    const QString path = m_dir.filePath(QStringLiteral("demo/demo.sqlite"));
    QDir().mkpath(QFileInfo(path).path());
    {
        ConnectionController connection;
        Emulator::Options options;
        options.databasePath = path;
        options.demoData = true;
        options.token = Token;
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectDemo(options);
        QVERIFY(ready.wait(60000));
    }
    QVERIFY(QFileInfo::exists(path));
    for (const QString &file : filesUnder(QFileInfo(path).path())) {
        QVERIFY2(!fileContains(file, Token), qPrintable(file));
        QVERIFY2((QFileInfo(file).permissions() & groupOrOther()) == QFileDevice::Permissions(), qPrintable(file));
    }
}

// The emulator takes the token from a file (so no argv holds it) and enforces
// it; neither its output nor the CLI's holds it.
void tst_Security::tokenNotInArgvOrOutputOfChildren()
{
    const QString tokenFile = m_dir.filePath(QStringLiteral("token.txt"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Token + '\n');
    }
    QProcess emulator;
    emulator.start(QStringLiteral(USA_EMULATOR_PATH),
                   {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-file"), tokenFile});
    QVERIFY(emulator.waitForStarted(30000));
    QSignalSpy ready(&emulator, &QProcess::readyReadStandardOutput);
    QVERIFY(ready.wait(30000));
    const QByteArray out = emulator.readAllStandardOutput();
    QVERIFY(out.startsWith("listening on "));
    const QUrl base = QUrl::fromEncoded(out.mid(13).trimmed());

    // The file's token is the one in force: without it the emulator refuses.
    QCOMPARE(raw(endpoint(base, QStringLiteral("/usage-sessions/") + Subscription), "GET", {}, {}).status, 401);
    QCOMPARE(raw(endpoint(base, QStringLiteral("/usage-sessions/") + Subscription), "GET").status, 200);

    // The CLI too: the token comes from the environment, never from argv.
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), base.toString());
    env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromUtf8(Token));
    cli.setProcessEnvironment(env);
    const QStringList arguments{QStringLiteral("list"), Subscription, QStringLiteral("--format"), QStringLiteral("json")};
    cli.start(QStringLiteral(USA_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY(!cli.readAllStandardOutput().contains(Token));
    QVERIFY(!cli.readAllStandardError().contains(Token));

    emulator.terminate();
    QVERIFY(emulator.waitForFinished(30000));
    QVERIFY(!emulator.readAllStandardOutput().contains(Token));
    QVERIFY(!emulator.readAllStandardError().contains(Token));
}

void tst_Security::cliRefusesTokenArgumentWithoutEchoingIt()
{
    for (const QString &form : {QStringLiteral("--token=%1"), QStringLiteral("--access-token=%1")}) {
        QProcess cli;
        cli.start(QStringLiteral(USA_CLI_PATH),
                  {QStringLiteral("list"), Subscription, form.arg(QString::fromUtf8(Token))});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardOutput().isEmpty());
        const QByteArray err = cli.readAllStandardError();
        QVERIFY(err.contains("--token-file"));
        QVERIFY2(!err.contains(Token), err.constData());
    }
}

void tst_Security::emulatorRefusesNetworkWithoutToken_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("any IPv4, no token") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0")} << false;
    QTest::newRow("any IPv6, no token") << QStringList{QStringLiteral("--listen"), QStringLiteral("::")} << false;
    QTest::newRow("a LAN address, no token") << QStringList{QStringLiteral("--listen"), QStringLiteral("192.168.1.10")}
                                             << false;
    QTest::newRow("loopback, no token") << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1")} << true;
    QTest::newRow("any, with a token") << QStringList{QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                                                      QStringLiteral("--token"), QStringLiteral("x")}
                                       << true;
}

void tst_Security::emulatorRefusesNetworkWithoutToken()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, accepted);
    Emulator::CommandLine commandLine;
    QCOMPARE(commandLine.parse(QStringList{QStringLiteral("usage-session-emulator")} + arguments)
                 == Emulator::CommandLine::Result::Run,
             accepted);

    // The library refuses too, not only the command line.
    if (!accepted) {
        Emulator::Options options;
        QVERIFY(options.listenAddress.setAddress(arguments.at(1)));
        options.port = 0;
        Emulator::EmulatorServer server(options);
        QString error;
        QVERIFY(!server.start(&error));
        QVERIFY2(error.contains(QLatin1String("token")), qPrintable(error));
    }
}

void tst_Security::emulatorRequiresTheToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("right") << Token << 200;
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("security-secret-b5e1d1") << 401;
    QTest::newRow("prefix") << Token.left(Token.size() - 1) << 401;
    QTest::newRow("longer") << Token + 'x' << 401;
}

void tst_Security::emulatorRequiresTheToken()
{
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    Emulator::Options options;
    options.token = Token;
    EmulatorFixture emu;
    QVERIFY(emu.start(options));
    const RawAnswer a = raw(endpoint(emu.url, QStringLiteral("/usage-sessions/") + Subscription), "GET", {}, token);
    QCOMPARE(a.status, status);
    QVERIFY(!a.body.contains(Token));
}

void tst_Security::emulatorLimitsBodySize()
{
    Emulator::Options options;
    options.token = Token;
    options.maxBodyBytes = 1024;
    EmulatorFixture emu;
    QVERIFY(emu.start(options));
    const QByteArray big = "{\"usageSessions\":[{\"description\":\"" + QByteArray(4096, 'x') + "\"}]}";
    const RawAnswer a = raw(endpoint(emu.url, QStringLiteral("/usage-sessions/start")), "POST", big);
    QCOMPARE(a.status, 400);
    QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QLatin1String("errorType")).toString(),
             QStringLiteral("ValidationError"));
    QVERIFY2(a.body.contains("1024 bytes"), a.body.constData());

    // Refused before it is buffered: the head alone, declaring 4096 bytes,
    // gets the answer; not one byte of the body is sent.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(emu.url.port()));
    QVERIFY(socket.waitForConnected(30000));
    socket.write("POST " + emu.url.path().toUtf8() + "/usage-sessions/start HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Authorization: Bearer " + Token + "\r\nContent-Type: application/json\r\n"
                 "Content-Length: 4096\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("ValidationError") && socket.waitForReadyRead(30000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY2(answer.contains("1024 bytes"), answer.constData());
    // A small one still goes through.
    const QByteArray small = "{\"usageSessions\":[{\"subscriptionID\":\"" + Subscription.toUtf8()
        + "\",\"sessionID\":\"s\",\"uom\":\"minutes\",\"pricingComponentName\":\"M\"}]}";
    QCOMPARE(raw(endpoint(emu.url, QStringLiteral("/usage-sessions/start")), "POST", small).status, 200);
}

void tst_Security::emulatorLimitsRequestRate()
{
    Emulator::Options options;
    options.token = Token;
    options.rateLimitPerSecond = 3;
    EmulatorFixture emu;
    QVERIFY(emu.start(options));
    int limited = 0;
    int ok = 0;
    for (int i = 0; i < 12; ++i) {
        const RawAnswer a = raw(endpoint(emu.url, QStringLiteral("/usage-sessions/") + Subscription), "GET");
        if (a.status == 429) {
            ++limited;
            QVERIFY(!a.retryAfter.isEmpty());
            QCOMPARE(QJsonDocument::fromJson(a.body).object().value(QLatin1String("errorType")).toString(),
                     QStringLiteral("RateLimited"));
        } else if (a.status == 200) {
            ++ok;
        }
    }
    QVERIFY(ok >= 3);
    QVERIFY(limited > 0);
}

void tst_Security::emulatorCapsOrganizationsPerRequest_data()
{
    QTest::addColumn<bool>("commaSeparated");
    QTest::newRow("repeated parameter") << false;
    QTest::newRow("one comma-separated value") << true;
}

// Regression: 40,000 organizations in one GET held the single-threaded
// emulator for 38 s (a quadratic duplicate check, one SQL variable each).
void tst_Security::emulatorCapsOrganizationsPerRequest()
{
    QFETCH(bool, commaSeparated);
    Emulator::Options options;
    options.token = Token;
    options.generate = {{Subscription, 10}};
    EmulatorFixture emu;
    QVERIFY(emu.start(options));
    QByteArray query;
    for (int i = 0; i < 40000; ++i) {
        if (i > 0)
            query += commaSeparated ? "," : "&organizations=";
        query += "ORG-" + QByteArray::number(i);
    }
    QUrl url = endpoint(emu.url, QStringLiteral("/usage-sessions/") + Subscription);
    url.setQuery(QString::fromLatin1("organizations=" + query), QUrl::StrictMode);
    QElapsedTimer clock;
    clock.start();
    const RawAnswer a = raw(url, "GET");
    QCOMPARE(a.status, 400);
    QVERIFY(a.body.contains("organizations"));
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    // A hundred still work.
    query.clear();
    for (int i = 0; i < 100; ++i)
        query += "&organizations=ORG-" + QByteArray::number(i);
    url.setQuery(QString::fromLatin1(query.mid(1)), QUrl::StrictMode);
    QCOMPARE(raw(url, "GET").status, 200);
}

void tst_Security::emulatorNeverBuildsSqlFromInput_data()
{
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("results"); // -1: an error answer

    const QString drop = QStringLiteral("created; DROP TABLE sessions; --");
    QTest::newRow("order_by with a statement") << Subscription << QStringLiteral("order_by") << drop << 400 << -1;
    QTest::newRow("order_by with a subquery")
        << Subscription << QStringLiteral("order_by") << QStringLiteral("(SELECT 1)") << 400 << -1;
    QTest::newRow("order with a statement")
        << Subscription << QStringLiteral("order") << QStringLiteral("ASC; DELETE FROM sessions") << 400 << -1;
    QTest::newRow("subscription with a quote")
        << QStringLiteral("SUB' OR '1'='1") << QString() << QString() << 200 << 0;
    QTest::newRow("subscription with a statement")
        << QStringLiteral("SUB\"; DROP TABLE sessions; --") << QString() << QString() << 200 << 0;
    QTest::newRow("organization with a quote")
        << Subscription << QStringLiteral("organizations") << QStringLiteral("x' OR 1=1 --") << 200 << 0;
    QTest::newRow("records as an expression")
        << Subscription << QStringLiteral("records") << QStringLiteral("1 OR 1=1") << 400 << -1;
}

void tst_Security::emulatorNeverBuildsSqlFromInput()
{
    QFETCH(QString, subscription);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(int, results);
    Emulator::Options options;
    options.token = Token;
    options.generate = {{Subscription, 25}, {QStringLiteral("SUB-OTHER"), 5}};
    EmulatorFixture emu;
    QVERIFY(emu.start(options));

    QUrlQuery query;
    if (!key.isEmpty())
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    const QString path = QStringLiteral("/usage-sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(subscription));
    QUrl url = emu.url;
    url.setPath(emu.url.path() + path, QUrl::StrictMode);
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    const RawAnswer a = raw(url, "GET");
    QCOMPARE(a.status, status);
    const QJsonObject body = QJsonDocument::fromJson(a.body).object();
    if (results < 0) {
        QCOMPARE(body.value(QLatin1String("errorType")).toString(), QStringLiteral("ValidationError"));
    } else {
        QCOMPARE(body.value(QLatin1String("recordsReturned")).toInt(-1), results);
    }
    // Nothing was dropped or changed.
    const RawAnswer after = raw(endpoint(emu.url, QStringLiteral("/usage-sessions/") + Subscription), "GET");
    QCOMPARE(after.status, 200);
    QCOMPARE(QJsonDocument::fromJson(after.body).object().value(QLatin1String("recordsReturned")).toInt(), 25);
}

QTEST_MAIN(tst_Security)
#include "tst_security.moc"
