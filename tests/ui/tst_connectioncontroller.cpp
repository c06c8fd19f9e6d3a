#include "ui/connectioncontroller.h"
#include "uitestsupport.h"

#include "ui/mainwindow.h"

#include "actions/actionpolicy.h"
#include "api/apiclient.h"
#include "secrets/tokenresolver.h"

#include "testserver.h"

#include <QApplication>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <type_traits>

class tst_ConnectionController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the prompt is the only way left
        qunsetenv("BILLFORWARD_ACCESS_TOKEN");
        qunsetenv("BILLFORWARD_BASE_URL");
    }

    // Before: a 401 left the token in use; every refresh sent it again and
    // nothing asked for another.
    void refusedTokenIsAskedForAgainNotResent()
    {
        using TestSupport::TestResponse;
        TestSupport::TestServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(TestResponse::bfError(401, "Oauth", "The access token is not valid."));
        ConnectionController connection;
        MainWindow window(&connection);
        window.show();
        const QByteArray refusedToken = "refused-token-0f9e8d7c";
        const ConnectionProfile profile =
            ConnectionProfile::custom(QStringLiteral("Refusing"), server.url(QStringLiteral("/v1")));
        window.tokenResolver()->setSessionToken(profile.id, profile.baseUrl, refusedToken);
        QSignalSpy ready(&connection, &ConnectionController::ready);
        QSignalSpy needed(window.tokenResolver(), &TokenResolver::tokenNeeded);
        window.connectProfile(profile);
        QVERIFY(ready.wait(10000));
        window.openSubscription(QStringLiteral("SUB-1"));
        QVERIFY(needed.wait(15000));
        QCOMPARE(needed.constFirst().at(0).toString(), profile.id);
        QVERIFY2(needed.constFirst().at(1).toString().contains(QLatin1String("refused")),
                 qPrintable(needed.constFirst().at(1).toString()));
        // The pages the fetcher had in flight at once, each sent once: none retried.
        const QList<TestSupport::RecordedRequest> sent = server.requests();
        QSet<QByteArray> targets;
        for (const TestSupport::RecordedRequest &request : sent) {
            QCOMPARE(request.header("Authorization"), "Bearer " + refusedToken);
            QVERIFY2(!targets.contains(request.target), request.target.constData());
            targets.insert(request.target);
        }
        QVERIFY(!connection.client()->hasAccessToken());
        QVERIFY(!connection.isReady());
        QVERIFY(!window.tokenResolver()->hasSessionToken(profile.id));
        // A refresh now sends no token at all.
        window.openSubscription(QStringLiteral("SUB-1"));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() > sent.size(), 10000);
        const QList<TestSupport::RecordedRequest> later = server.requests().mid(sent.size());
        for (const TestSupport::RecordedRequest &request : later)
            QVERIFY(!request.hasHeader("Authorization"));
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    }

    void classify_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<int>("environment");
        using E = ConnectionController::Environment;
        QTest::newRow("production") << QUrl(QStringLiteral("https://app.billforward.net/v1")) << int(E::Production);
        QTest::newRow("production upper case") << QUrl(QStringLiteral("https://APP.billforward.net/v1")) << int(E::Production);
        QTest::newRow("sandbox") << QUrl(QStringLiteral("https://app-sandbox.billforward.net/v1")) << int(E::Sandbox);
        QTest::newRow("self-hosted") << QUrl(QStringLiteral("https://localhost:8080/RestAPI")) << int(E::Custom);
        QTest::newRow("look-alike") << QUrl(QStringLiteral("https://app.billforward.net.example.com/v1")) << int(E::Custom);
    }
    void classify()
    {
        QFETCH(QUrl, url);
        QFETCH(int, environment);
        QCOMPARE(int(ConnectionProfile::environmentOf(url)), environment);
    }

    void commandLineUrlIsATransientProfile_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("production");
        QTest::newRow("production") << QUrl(QStringLiteral("https://app.billforward.net/v1")) << true;
        QTest::newRow("sandbox") << QUrl(QStringLiteral("https://app-sandbox.billforward.net/v1")) << false;
        QTest::newRow("loopback") << QUrl(QStringLiteral("http://127.0.0.1:8080/RestAPI")) << false;
    }
    void commandLineUrlIsATransientProfile()
    {
        // No traffic: the profile and its policy only.
        QFETCH(QUrl, url);
        QFETCH(bool, production);
        const ConnectionProfile profile = ConnectionController::transientProfile(url);
        QCOMPARE(profile.baseUrl, url);
        QCOMPARE(profile.isProduction(), production);
        QCOMPARE(ActionPolicy(profile).needsUnlock(), production);
        QVERIFY(!profile.name.isEmpty());
    }

    void oneEnvironmentEnumAndName()
    {
        static_assert(std::is_same_v<ConnectionController::Environment, ConnectionProfile::Environment>);
        // A profile without a name is shown by its environment's name, the profile's own.
        ConnectionProfile nameless = ConnectionController::transientProfile(ConnectionProfile::sandboxUrl());
        nameless.name.clear();
        ConnectionController connection;
        connection.connectProfile(nameless, "token");
        QVERIFY(connection.isReady());
        QCOMPARE(connection.environment(), ConnectionProfile::Environment::Sandbox);
        QCOMPARE(connection.profileName(), ConnectionProfile::environmentName(ConnectionProfile::Environment::Sandbox));
        QCOMPARE(ConnectionProfile::environmentName(ConnectionProfile::Environment::Custom), QStringLiteral("Custom server"));
    }

    void environmentsHaveDistinctColours()
    {
        using E = ConnectionController::Environment;
        const QList<E> all = {E::Demo, E::Sandbox, E::Production, E::Custom};
        for (E a : all)
            for (E b : all)
                QVERIFY(a == b || ConnectionController::environmentColor(a) != ConnectionController::environmentColor(b));
    }

    void demoStartsEmbeddedServerWithRandomToken()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
        ConnectionController connection;
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectDemo(path);
        QVERIFY(ready.wait(30000));
        QVERIFY(connection.isDemo());
        QCOMPARE(connection.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(connection.baseUrl().port() > 0);
        QVERIFY(connection.client()->hasAccessToken());
        QVERIFY(!connection.suggestedSubscriptions().isEmpty());
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_ConnectionController)
#include "tst_connectioncontroller.moc"
