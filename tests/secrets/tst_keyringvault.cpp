#include "actions/profilestore.h"
#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/profilemanagerdialog.h"

#include "testpages.h"
#include "testserver.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray FirstToken = "keyring-token-1-f3a9c2";
const QByteArray SecondToken = "keyring-token-2-7be410";

} // namespace

// The keychain's success path against a real Secret Service: run by
// run-with-keyring.sh inside a D-Bus session of its own with gnome-keyring
// unlocked. Without one every test here fails (never skips).
class tst_KeyringVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReadReplaceDelete();
    void tokenIsOnlyForItsOrigin();
    void testConnectionNeverSendsAStoredTokenElsewhere();
    void savedProfileKeepsTheTokenInTheKeychainOnly();
    void changingTheOriginDropsTheStoredToken();
    void deletingAProfileDeletesItsToken();
    void refusedTokenIsAskedForAgain();

private:
    TokenVault::Result read(const QString &id, const QUrl &server);
    TokenVault::Status write(const QString &id, const QUrl &server, const QByteArray &token);

    TokenVault m_vault;
    QTemporaryDir m_dir;
    TestServer m_first;
    TestServer m_second;
};

TokenVault::Result tst_KeyringVault::read(const QString &id, const QUrl &server)
{
    bool done = false;
    TokenVault::Result result;
    m_vault.read(id, server, this, [&](const TokenVault::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

TokenVault::Status tst_KeyringVault::write(const QString &id, const QUrl &server, const QByteArray &token)
{
    bool done = false;
    TokenVault::Result result;
    m_vault.write(id, server, token, this, [&](const TokenVault::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result.status;
}

void tst_KeyringVault::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through run-with-keyring.sh (CTest does): a Secret Service is needed");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    qunsetenv("BILLFORWARD_BASE_URL");
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_vault.setTimeout(20000);
    QVERIFY(m_first.listen());
    QVERIFY(m_second.listen());
    m_first.setDefaultResponse(TestResponse::json(200, TestSupport::pageJson({})));
    m_second.setDefaultResponse(TestResponse::json(200, TestSupport::pageJson({})));
}

void tst_KeyringVault::storeReadReplaceDelete()
{
    const QString id = QStringLiteral("profile-store");
    const QUrl server(QStringLiteral("https://bf.example.com/v1"));
    QCOMPARE(read(id, server).status, TokenVault::Status::NotFound);
    QCOMPARE(write(id, server, FirstToken), TokenVault::Status::Ok);
    TokenVault::Result got = read(id, server);
    QCOMPARE(got.status, TokenVault::Status::Ok);
    QCOMPARE(got.token, FirstToken);

    QCOMPARE(write(id, server, SecondToken), TokenVault::Status::Ok);
    got = read(id, server);
    QCOMPARE(got.status, TokenVault::Status::Ok);
    QCOMPARE(got.token, SecondToken);

    bool removed = false;
    m_vault.remove(id, this, [&](const TokenVault::Result &r) { removed = r.status == TokenVault::Status::Ok; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, 20000);
    QCOMPARE(read(id, server).status, TokenVault::Status::NotFound);
    QVERIFY(!m_vault.isKnownUnavailable());
}

void tst_KeyringVault::tokenIsOnlyForItsOrigin()
{
    const QString id = QStringLiteral("profile-origin");
    QCOMPARE(write(id, QUrl(QStringLiteral("https://bf.example.com/v1")), FirstToken), TokenVault::Status::Ok);
    // Same origin, written differently: the token.
    QCOMPARE(read(id, QUrl(QStringLiteral("https://BF.example.com:443/other"))).token, FirstToken);
    for (const char *other : {"https://evil.example.com/v1", "http://bf.example.com/v1", "https://bf.example.com:8443/v1"}) {
        const TokenVault::Result got = read(id, QUrl(QString::fromLatin1(other)));
        QCOMPARE(got.status, TokenVault::Status::OtherServer);
        QVERIFY(got.token.isEmpty());
        QVERIFY2(got.message.contains(QLatin1String("https://bf.example.com:443")), qPrintable(got.message));
    }
}

// Before: the dialog read the profile's token and sent it to whatever URL
// the form held.
void tst_KeyringVault::testConnectionNeverSendsAStoredTokenElsewhere()
{
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("First"), m_first.url(QStringLiteral("/v1")));
    QCOMPARE(write(profile.id, profile.baseUrl, FirstToken), TokenVault::Status::Ok);

    ProfileDialog dialog(profile, &m_vault);
    QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), true);
    QCOMPARE(m_first.lastRequest().header("Authorization"), "Bearer " + FirstToken);

    dialog.baseUrlEdit()->setText(m_second.url(QStringLiteral("/v1")).toString());
    dialog.testConnection();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.takeFirst().constFirst().toBool(), false);
    QCOMPARE(m_second.requestCount(), 0);
    QVERIFY2(dialog.testResultLabel()->text().contains(QLatin1String("Enter the access token")),
             qPrintable(dialog.testResultLabel()->text()));
}

void tst_KeyringVault::savedProfileKeepsTheTokenInTheKeychainOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("saved.ini"));
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    ProfileDialog dialog(ConnectionProfile::custom(QStringLiteral("Saved"), m_first.url(QStringLiteral("/v1"))),
                         &m_vault);
    dialog.tokenEdit()->setText(QString::fromLatin1(SecondToken));
    QSignalSpy sessionToken(&dialog, &ProfileDialog::sessionTokenEntered);
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.saveButton()->click();
    QVERIFY(closed.wait(20000));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sessionToken.size(), 0); // stored: nothing kept aside in memory
    const QString id = store.save(dialog.profile());
    settings.sync();
    QCOMPARE(read(id, dialog.profile().baseUrl).token, SecondToken);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Saved"));
    QVERIFY(!bytes.contains(SecondToken));
    QVERIFY(!bytes.contains(SecondToken.left(8)));
}

void tst_KeyringVault::changingTheOriginDropsTheStoredToken()
{
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Moved"), m_first.url(QStringLiteral("/v1")));
    QCOMPARE(write(profile.id, profile.baseUrl, FirstToken), TokenVault::Status::Ok);
    ProfileDialog dialog(profile, &m_vault);
    dialog.baseUrlEdit()->setText(m_second.url(QStringLiteral("/v1")).toString());
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.saveButton()->click();
    QCOMPARE(closed.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(read(profile.id, profile.baseUrl).status, TokenVault::Status::NotFound, 20000);

    // The resolver asks for the new server's token rather than sending one.
    TokenResolver resolver(&m_vault);
    QSignalSpy needed(&resolver, &TokenResolver::tokenNeeded);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    resolver.setSessionToken(profile.id, profile.baseUrl, FirstToken); // typed earlier, for the old server
    resolver.resolve(dialog.profile());
    QVERIFY(needed.wait(20000));
    QCOMPARE(ready.size(), 0);
}

void tst_KeyringVault::deletingAProfileDeletesItsToken()
{
    QSettings settings(m_dir.filePath(QStringLiteral("delete.ini")), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    const QString id =
        store.save(ConnectionProfile::custom(QStringLiteral("Doomed"), m_first.url(QStringLiteral("/v1"))));
    const QUrl server = store.profile(id).baseUrl;
    QCOMPARE(write(id, server, FirstToken), TokenVault::Status::Ok);

    ProfileManagerDialog dialog(&store, &m_vault, QString());
    QSignalSpy deleted(&dialog, &ProfileManagerDialog::profileDeleted);
    for (int row = 0; row < dialog.list()->count(); ++row) {
        if (dialog.list()->item(row)->data(Qt::UserRole).toString() == id)
            dialog.list()->setCurrentRow(row);
    }
    QCOMPARE(dialog.selectedId(), id);
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box)
            box->button(QMessageBox::Yes)->click();
    });
    dialog.deleteButton()->click();
    QCOMPARE(deleted.size(), 1);
    QVERIFY(!store.contains(id));
    QTRY_COMPARE_WITH_TIMEOUT(read(id, server).status, TokenVault::Status::NotFound, 20000);
}

void tst_KeyringVault::refusedTokenIsAskedForAgain()
{
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Refused"), m_first.url(QStringLiteral("/v1")));
    QCOMPARE(write(profile.id, profile.baseUrl, FirstToken), TokenVault::Status::Ok);
    TokenResolver resolver(&m_vault);
    QSignalSpy ready(&resolver, &TokenResolver::tokenReady);
    QSignalSpy needed(&resolver, &TokenResolver::tokenNeeded);
    resolver.resolve(profile);
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.takeFirst().at(1).toByteArray(), FirstToken);

    resolver.refuse(profile.id, FirstToken);
    resolver.resolve(profile);
    QVERIFY(needed.wait(20000));
    QCOMPARE(ready.size(), 0);
    QVERIFY2(needed.constFirst().at(1).toString().contains(QLatin1String("refused")),
             qPrintable(needed.constFirst().at(1).toString()));
}

QTEST_MAIN(tst_KeyringVault)
#include "tst_keyringvault.moc"
