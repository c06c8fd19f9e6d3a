#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"
#include "tokenpromptdialog.h"
#include "tokenprompter.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

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
    void environmentTokenNeedsNoPrompt();
    void demoNeedsNoToken();
};

void tst_TokenPrompter::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
}

void tst_TokenPrompter::cleanup()
{
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
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

void tst_TokenPrompter::environmentTokenNeedsNoPrompt()
{
    qputenv("BILLFORWARD_ACCESS_TOKEN", "from-environment");
    TokenVault vault;
    TokenResolver resolver(&vault);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    QSignalSpy needed(&resolver, &TokenResolver::tokenNeeded);
    resolver.resolve(ConnectionProfile::sandbox());
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.constFirst().at(1).toByteArray(), QByteArray("from-environment"));
    QCOMPARE(needed.size(), 0);
}

void tst_TokenPrompter::demoNeedsNoToken()
{
    TokenVault vault;
    TokenResolver resolver(&vault);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    resolver.resolve(ConnectionProfile::demo());
    QVERIFY(ready.wait(5000));
    QVERIFY(ready.constFirst().at(1).toByteArray().isEmpty());
}

QTEST_MAIN(tst_TokenPrompter)
#include "tst_tokenprompter.moc"
