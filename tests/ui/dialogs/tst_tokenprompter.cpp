#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"
#include "ui/dialogs/tokenpromptdialog.h"
#include "ui/dialogs/tokenprompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(ConnectionProfile)

// The connect flow without a keychain (no D-Bus session bus in tests): the
// vault reports unavailable, the resolver asks, the prompter shows the
// dialog, the user types the token, the connection gets it.
class tst_TokenPrompter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void asksWhenTheKeychainIsUnavailable();
    void cancelledPromptCancelsTheConnect();
    void environmentTokenBelongsToItsConnection_data();
    void environmentTokenBelongsToItsConnection();
    void demoNeedsNoToken();
    void sessionTokenStaysWithItsServer();
};

void tst_TokenPrompter::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    qunsetenv("BILLFORWARD_BASE_URL");
}

void tst_TokenPrompter::cleanup()
{
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    qunsetenv("BILLFORWARD_BASE_URL");
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

void tst_TokenPrompter::asksWhenTheKeychainIsUnavailable()
{
    QWidget window;
    window.show();
    TokenVault vault;
    vault.setTimeout(3000);
    TokenResolver resolver(&vault);
    TokenPrompter prompter(&resolver, &window);
    prompter.setProfileName(QStringLiteral("Sandbox"));
    QSignalSpy problem(&resolver, &TokenResolver::keychainProblem);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    const ConnectionProfile sandbox = ConnectionProfile::sandbox();
    resolver.resolve(sandbox);

    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()), 10000);
    auto *dialog = qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget());
    QCOMPARE(problem.size(), 1);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reason"))->text().contains(QLatin1String("keychain")));
    QVERIFY(!dialog->findChild<QCheckBox *>()->isEnabled()); // nothing to remember it in
    QCOMPARE(dialog->tokenEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(dialog->tokenEdit(), QStringLiteral("typed-token"));
    QTest::keyClick(dialog->tokenEdit(), Qt::Key_Return);

    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.constFirst().at(0).toString(), sandbox.id);
    QCOMPARE(ready.constFirst().at(1).toByteArray(), QByteArray("typed-token"));
    QVERIFY(resolver.hasSessionToken(sandbox.id));

    // Kept for the session: the next connect does not ask again.
    resolver.resolve(sandbox);
    QTRY_COMPARE(ready.size(), 2);
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_TokenPrompter::cancelledPromptCancelsTheConnect()
{
    QWidget window;
    window.show();
    TokenVault vault;
    vault.setTimeout(3000);
    TokenResolver resolver(&vault);
    TokenPrompter prompter(&resolver, &window);
    QSignalSpy cancelled(&resolver, &TokenResolver::resolveCancelled);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    resolver.resolve(ConnectionProfile::production());
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()), 10000);
    QApplication::activeModalWidget()->close();
    QTRY_COMPARE(cancelled.size(), 1);
    QCOMPARE(ready.size(), 0);
}

namespace {

ConnectionProfile customAt(const char *url)
{
    return ConnectionProfile::custom(QStringLiteral("custom"), QUrl(QString::fromLatin1(url)));
}

ConnectionProfile commandLineAt(const QUrl &url)
{
    // As ConnectionController::transientProfile() makes it (a ui class; not linked here).
    ConnectionProfile profile = ConnectionProfile::custom(url.host(), url);
    profile.id = ConnectionProfile::commandLineId();
    return profile;
}

} // namespace

// BILLFORWARD_ACCESS_TOKEN is the token of the server BILLFORWARD_BASE_URL
// names (or, without it, of the command-line connection): a sandbox token set
// in the shell must not be sent to production, nor to any other saved server.
void tst_TokenPrompter::environmentTokenBelongsToItsConnection_data()
{
    QTest::addColumn<QString>("baseUrlVariable"); // empty: unset
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<bool>("usesEnvironmentToken");
    const QString sandbox = ConnectionProfile::sandboxUrl().toString();
    const QUrl loopback(QStringLiteral("http://127.0.0.1:8080/RestAPI"));
    QTest::newRow("base URL set: the profile at it") << sandbox << ConnectionProfile::sandbox() << true;
    QTest::newRow("base URL set: production is another server") << sandbox << ConnectionProfile::production() << false;
    QTest::newRow("base URL set: same origin, other path") << QStringLiteral("https://APP-SANDBOX.billforward.net:443/")
                                                           << ConnectionProfile::sandbox() << true;
    QTest::newRow("base URL set: same host, other port") << sandbox << customAt("https://app-sandbox.billforward.net:8443/v1")
                                                         << false;
    QTest::newRow("base URL set: same host, http") << sandbox << customAt("http://app-sandbox.billforward.net/v1") << false;
    QTest::newRow("base URL set: the command-line connection to it") << loopback.toString() << commandLineAt(loopback) << true;
    QTest::newRow("base URL set: a command-line connection elsewhere")
        << sandbox << commandLineAt(ConnectionProfile::productionUrl()) << false;
    QTest::newRow("base URL without scheme, as typed") << QStringLiteral("app-sandbox.billforward.net")
                                                       << ConnectionProfile::sandbox() << false; // fromUserInput: http
    QTest::newRow("base URL unset: the command-line connection") << QString() << commandLineAt(loopback) << true;
    QTest::newRow("base URL unset: a saved sandbox profile") << QString() << ConnectionProfile::sandbox() << false;
    QTest::newRow("base URL unset: a saved production profile") << QString() << ConnectionProfile::production() << false;
    QTest::newRow("base URL unset: a saved custom profile") << QString() << customAt("http://127.0.0.1:8080/RestAPI")
                                                            << false;
}

void tst_TokenPrompter::environmentTokenBelongsToItsConnection()
{
    QFETCH(QString, baseUrlVariable);
    QFETCH(ConnectionProfile, profile);
    QFETCH(bool, usesEnvironmentToken);
    qputenv("BILLFORWARD_ACCESS_TOKEN", "from-environment");
    if (!baseUrlVariable.isEmpty())
        qputenv("BILLFORWARD_BASE_URL", baseUrlVariable.toUtf8());
    QCOMPARE(TokenResolver::environmentTokenAppliesTo(profile), usesEnvironmentToken);

    // The resolver follows it: the environment's token, or the keychain and
    // then the prompt (no keychain here, so straight to the prompt).
    TokenVault vault;
    vault.setTimeout(3000);
    TokenResolver resolver(&vault);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    QSignalSpy needed(&resolver, &TokenResolver::tokenNeeded);
    resolver.resolve(profile);
    QTRY_VERIFY_WITH_TIMEOUT(ready.size() + needed.size() == 1, 10000);
    if (usesEnvironmentToken) {
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.constFirst().at(1).toByteArray(), QByteArray("from-environment"));
    } else {
        QCOMPARE(needed.size(), 1);
        QCOMPARE(needed.constFirst().at(0).toString(), profile.id);
    }
}

// A token typed (or read from --token-file) for one server is kept in
// memory for that origin only: after the profile's URL moves elsewhere it
// is not handed out, and the prompt names the new origin.
void tst_TokenPrompter::sessionTokenStaysWithItsServer()
{
    TokenVault vault;
    vault.setTimeout(3000);
    TokenResolver resolver(&vault);
    ConnectionProfile profile = customAt("https://bf.example.com/v1");
    resolver.setSessionToken(profile.id, profile.baseUrl, "typed-for-bf-example");
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    QSignalSpy needed(&resolver, &TokenResolver::tokenNeeded);
    resolver.resolve(profile);
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.takeFirst().at(1).toByteArray(), QByteArray("typed-for-bf-example"));

    profile.baseUrl = QUrl(QStringLiteral("https://elsewhere.example.net/v1"));
    resolver.resolve(profile);
    QTRY_VERIFY_WITH_TIMEOUT(needed.size() == 1, 10000);
    QCOMPARE(ready.size(), 0);
    QVERIFY(!resolver.hasSessionToken(profile.id));
}

void tst_TokenPrompter::demoNeedsNoToken()
{
    TokenVault vault;
    TokenResolver resolver(&vault);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    qputenv("BILLFORWARD_ACCESS_TOKEN", "from-environment");
    resolver.resolve(ConnectionProfile::demo());
    QVERIFY(ready.wait(5000));
    QVERIFY(ready.constFirst().at(1).toByteArray().isEmpty());
}

QTEST_MAIN(tst_TokenPrompter)
#include "tst_tokenprompter.moc"
