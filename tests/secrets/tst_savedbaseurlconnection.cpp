#include "actions/profilestore.h"
#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"
#include "ui/connectioncontroller.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/mainwindow.h"

#include "testpages.h"
#include "testserver.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray FileToken = "token-file-token-5d21c8";
const QByteArray TypedToken = "typed-in-dialog-token-93ae07";

} // namespace

// Saving the --base-url connection (Edit connection…) against a real Secret
// Service, run by run-with-keyring.sh. One window, and so one vault, for the
// whole process: QtKeychain's job queue is one per process and lives on the
// thread of the first vault that used it (a second vault's jobs crash or hang).
class tst_SavedBaseUrlConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void keepsTheTokenTypedForIt();
    void keepsTheTokenFileToken();
    void promptNeverRemembersUnderTheSharedId();

private:
    // The window connects to the --base-url connection at m_server with
    // `tokenFile` given as --token-file gives it (main.cpp).
    void connectBaseUrl(const QByteArray &tokenFile);
    // Edit connection…: names it, types `token` (empty: none) and saves.
    // Returns the saved connection's id (empty on failure).
    QString saveInDialog(const QString &name, const QByteArray &token);
    // The token the window sends on its next request to m_server.
    QByteArray sentToken();
    TokenVault::Result read(const QString &id);

    QTemporaryDir m_dir;
    TestServer m_server;
    ConnectionController *m_connection = nullptr;
    MainWindow *m_window = nullptr;
};

void tst_SavedBaseUrlConnection::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through run-with-keyring.sh (CTest does): a Secret Service is needed");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    qunsetenv("BILLFORWARD_BASE_URL");
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QVERIFY(m_server.listen());
    m_server.setDefaultResponse(TestResponse::json(200, TestSupport::pageJson({})));
    QSettings().clear();
    m_connection = new ConnectionController;
    m_window = new MainWindow(m_connection);
    m_window->tokenVault()->setTimeout(20000);
    m_window->show();
}

void tst_SavedBaseUrlConnection::cleanupTestCase()
{
    delete m_window;
    delete m_connection;
}

void tst_SavedBaseUrlConnection::cleanup()
{
    // A prompt left open by a failed check must not answer the next test.
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_window->tokenResolver()->forget(ConnectionProfile::commandLineId());
}

void tst_SavedBaseUrlConnection::connectBaseUrl(const QByteArray &tokenFile)
{
    const ConnectionProfile commandLine = ConnectionController::transientProfile(m_server.url(QStringLiteral("/v1")));
    QCOMPARE(commandLine.id, ConnectionProfile::commandLineId());
    m_window->tokenResolver()->setSessionToken(commandLine.id, commandLine.baseUrl, tokenFile);
    QSignalSpy ready(m_connection, &ConnectionController::ready);
    m_window->connectProfile(commandLine);
    QVERIFY(ready.wait(20000));
    QCOMPARE(m_connection->profile().id, ConnectionProfile::commandLineId());
}

QString tst_SavedBaseUrlConnection::saveInDialog(const QString &name, const QByteArray &token)
{
    m_window->editConnection();
    auto *dialog = m_window->findChild<ProfileDialog *>(QStringLiteral("profileDialog"));
    if (!dialog)
        return QString();
    dialog->nameEdit()->setText(name);
    dialog->tokenEdit()->setText(QString::fromLatin1(token));
    QSignalSpy closed(dialog, &QDialog::finished);
    dialog->saveButton()->click();
    if (closed.isEmpty() && !closed.wait(20000))
        return QString();
    if (closed.constFirst().constFirst().toInt() != QDialog::Accepted)
        return QString();
    for (const ConnectionProfile &profile : m_window->profiles()->profiles()) {
        if (profile.name == name)
            return profile.id;
    }
    return QString();
}

QByteArray tst_SavedBaseUrlConnection::sentToken()
{
    const int before = m_server.requestCount();
    m_window->openSubscription(QStringLiteral("SUB-SAVED"));
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() > before, 20000); }();
    const QByteArray authorization = m_server.lastRequest().header("Authorization");
    return authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
}

TokenVault::Result tst_SavedBaseUrlConnection::read(const QString &id)
{
    bool done = false;
    TokenVault::Result result;
    m_window->tokenVault()->read(id, m_server.url(QStringLiteral("/v1")), this, [&](const TokenVault::Result &r) {
        result = r;
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    return result;
}

// Before: the dialog stored the token under the shared "command-line" id and
// only then did the store give the connection an id of its own: the saved
// connection asked for its token again, and the keychain kept an entry that
// no delete reaches.
void tst_SavedBaseUrlConnection::keepsTheTokenTypedForIt()
{
    connectBaseUrl(FileToken);
    QSignalSpy needed(m_window->tokenResolver(), &TokenResolver::tokenNeeded);

    const QString id = saveInDialog(QStringLiteral("Typed for the base URL"), TypedToken);
    QVERIFY(!id.isEmpty());
    QVERIFY(id != ConnectionProfile::commandLineId());
    QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty() || (m_connection->profile().id == id && m_connection->isReady()), 20000);
    QCOMPARE(needed.size(), 0); // connected without asking again
    QCOMPARE(sentToken(), TypedToken); // the one typed, not the file's
    QCOMPARE(needed.size(), 0);

    const TokenVault::Result stored = read(id);
    QCOMPARE(stored.status, TokenVault::Status::Ok);
    QCOMPARE(stored.token, TypedToken);
    QCOMPARE(read(ConnectionProfile::commandLineId()).status, TokenVault::Status::NotFound);
}

// Before: the --token-file token stayed with the unsaved connection, and the
// saved one asked for a token.
void tst_SavedBaseUrlConnection::keepsTheTokenFileToken()
{
    connectBaseUrl(FileToken);
    QCOMPARE(sentToken(), FileToken);
    QSignalSpy needed(m_window->tokenResolver(), &TokenResolver::tokenNeeded);

    const QString id = saveInDialog(QStringLiteral("Token file for the base URL"), QByteArray());
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!needed.isEmpty() || (m_connection->profile().id == id && m_connection->isReady()), 20000);
    QCOMPARE(needed.size(), 0); // connected without asking again
    QCOMPARE(sentToken(), FileToken);
    QCOMPARE(needed.size(), 0);
    // Moved, in memory for this session only, as the file's token was.
    QVERIFY(m_window->tokenResolver()->hasSessionToken(id));
    QVERIFY(!m_window->tokenResolver()->hasSessionToken(ConnectionProfile::commandLineId()));
    QCOMPARE(read(id).status, TokenVault::Status::NotFound);
    QCOMPARE(read(ConnectionProfile::commandLineId()).status, TokenVault::Status::NotFound);
}

// Before: the prompt offered (and ticked) "Remember" for the --base-url
// connection and wrote the token to the keychain under the shared id.
void tst_SavedBaseUrlConnection::promptNeverRemembersUnderTheSharedId()
{
    const ConnectionProfile commandLine = ConnectionController::transientProfile(m_server.url(QStringLiteral("/v1")));
    TokenResolver *resolver = m_window->tokenResolver();
    QSignalSpy needed(resolver, &TokenResolver::tokenNeeded);
    QSignalSpy ready(resolver, &TokenResolver::tokenReady);
    resolver->resolve(commandLine);
    QVERIFY(needed.wait(20000));
    QCOMPARE(needed.constFirst().at(2).toBool(), false); // "Remember" not offered, and why not:
    const QString reason = needed.constFirst().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("not saved")) && reason.contains(QLatin1String("Edit connection")),
             qPrintable(reason));
    resolver->provideToken(commandLine.id, FileToken, true);
    QCOMPARE(ready.size(), 1);
    QVERIFY(resolver->hasSessionToken(commandLine.id));
    QCOMPARE(read(ConnectionProfile::commandLineId()).status, TokenVault::Status::NotFound);
}

QTEST_MAIN(tst_SavedBaseUrlConnection)
#include "tst_savedbaseurlconnection.moc"
