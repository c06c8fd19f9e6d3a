#include "actions/profilestore.h"
#include "credentials/serverorigin.h"
#include "emulatorfixture.h"
#include "ui/dialogs/profiledialog.h"
#include "screenshot.h"
#include "secrets/tokenvault.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Token = "tok-7c1f0e9a-test-only";

} // namespace

class tst_ProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void productionProfileShowsItsRules();
    void testConnection_data();
    void testConnection();
    void savedProfileHasNoToken();
    void invalidUrlIsMarked();
    void undoWindowIsEditedByKeyboard();
    void requestCeilingIsEditedByKeyboard();
    void screenshot();

private:
    EmulatorFixture m_emulator;
    QTemporaryDir m_dir;
};

void tst_ProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    Emulator::Options options;
    options.token = Token;
    QVERIFY(m_emulator.start(options));
}

void tst_ProfileDialog::productionProfileShowsItsRules()
{
    TokenVault vault;
    ProfileDialog dialog(ConnectionProfile::production(), &vault);
    auto *environment = dialog.findChild<QLabel *>(QStringLiteral("environment"));
    QVERIFY(environment->text().contains(QLatin1String("read-only")));
    QVERIFY(!dialog.confirmStopsBox()->isEnabled());
    QVERIFY(dialog.confirmStopsBox()->isChecked());
    QVERIFY(dialog.baseUrlEdit()->isReadOnly());
    QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);

    // Switching to Custom with the production URL stays production.
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(int(ConnectionProfile::Kind::Custom)));
    QVERIFY(!dialog.baseUrlEdit()->isReadOnly());
    QVERIFY(dialog.profile().isProduction());
    dialog.baseUrlEdit()->setText(QStringLiteral("https://bf.example.com/v1"));
    QVERIFY(dialog.confirmStopsBox()->isEnabled());
    QCOMPARE(dialog.profile().environment(), ConnectionProfile::Environment::Custom);
}

void tst_ProfileDialog::undoWindowIsEditedByKeyboard()
{
    TokenVault vault;
    ConnectionProfile custom = ConnectionProfile::custom(QStringLiteral("Staging"),
                                                         QUrl(QStringLiteral("https://bf.example.com/v1")));
    ProfileDialog dialog(custom, &vault);
    QSpinBox *box = dialog.undoSecondsBox();
    QVERIFY(box);
    QCOMPARE(box->value(), 5);
    QCOMPARE(box->minimum(), 0);
    QCOMPARE(box->maximum(), 30);
    QCOMPARE(box->accessibleName(), QStringLiteral("Undo window in seconds"));
    QVERIFY(box->focusPolicy() & Qt::TabFocus);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QStringLiteral("1"));
    QCOMPARE(dialog.profile().undoSeconds, 1);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->text(), QStringLiteral("Off: send at once"));
    QCOMPARE(dialog.profile().undoSeconds, 0);

    custom.undoSeconds = 12;
    ProfileDialog reopened(custom, &vault);
    QCOMPARE(reopened.undoSecondsBox()->value(), 12);
}

void tst_ProfileDialog::requestCeilingIsEditedByKeyboard()
{
    TokenVault vault;
    ConnectionProfile custom = ConnectionProfile::custom(QStringLiteral("Shared"),
                                                         QUrl(QStringLiteral("https://bf.example.com/v1")));
    ProfileDialog dialog(custom, &vault);
    QSpinBox *box = dialog.requestsInFlightBox();
    QCOMPARE(box->value(), 4);
    QCOMPARE(box->minimum(), 1);
    QCOMPARE(box->maximum(), 6);
    QCOMPARE(box->accessibleName(), QStringLiteral("Requests at once"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.undoSecondsBox()->setFocus();
    QTest::keyClick(dialog.undoSecondsBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(dialog.profile().requestsInFlight, 2);
}

void tst_ProfileDialog::testConnection_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("ok");
    QTest::newRow("right token") << Token << true;
    QTest::newRow("wrong token") << QByteArray("wrong") << false;
}

void tst_ProfileDialog::testConnection()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, ok);
    TokenVault vault;
    ProfileDialog dialog(ConnectionProfile::custom(QStringLiteral("Emulator"), m_emulator.url), &vault);
    dialog.tokenEdit()->setText(QString::fromUtf8(token));
    dialog.testSubscriptionEdit()->setText(QStringLiteral("SUB-UNKNOWN-1"));
    QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
    dialog.testConnection();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), ok);
    QVERIFY(!dialog.testResultLabel()->text().isEmpty());
    QVERIFY(!dialog.testResultLabel()->text().contains(QString::fromUtf8(Token)));
    if (ok)
        QVERIFY(dialog.testResultLabel()->text().startsWith(QLatin1String("Connected")));
}

void tst_ProfileDialog::savedProfileHasNoToken()
{
    const QString path = m_dir.filePath(QStringLiteral("profiles.ini"));
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    TokenVault vault; // no keychain in tests: the token goes to memory only
    vault.setTimeout(3000);
    ProfileDialog dialog(ConnectionProfile::sandbox(), &vault);
    dialog.nameEdit()->setText(QStringLiteral("Sandbox (billing team)"));
    dialog.tokenEdit()->setText(QString::fromUtf8(Token));
    QSignalSpy sessionToken(&dialog, &ProfileDialog::sessionTokenEntered);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.saveButton()->click();
    // Before: the dialog closed as if the token were stored. Now it stays
    // open and says at once that it was not, why, and for how long it is kept.
    QVERIFY(sessionToken.wait(10000));
    QCOMPARE(finished.size(), 0);
    QCOMPARE(sessionToken.constFirst().at(2).toByteArray(), Token);
    QCOMPARE(ServerOrigin::of(sessionToken.constFirst().at(1).toUrl()),
             QStringLiteral("https://app-sandbox.billforward.net:443"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"));
    const QString said = status->text();
    QVERIFY2(said.contains(QLatin1String("was not stored")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("until the app closes")), qPrintable(said));
    // QtKeychain's own reason (no session bus here), not a timeout that did not happen.
    QVERIFY2(said.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("did not answer")), qPrintable(said));
    QCOMPARE(status->accessibleName(), said);
    QVERIFY(!said.contains(QString::fromUtf8(Token)));
    // A second Save keeps the connection with the token for this session.
    dialog.saveButton()->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(sessionToken.size(), 1);
    store.save(dialog.profile());
    settings.sync();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Sandbox (billing team)"));
    QVERIFY(!bytes.contains(Token));
    QVERIFY(!bytes.toLower().contains("token"));
}

void tst_ProfileDialog::invalidUrlIsMarked()
{
    ProfileDialog dialog(ConnectionProfile::custom(QString(), QUrl()), nullptr);
    dialog.baseUrlEdit()->setText(QStringLiteral("https://me:secret@bf.example.com/v1"));
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.saveButton()->click();
    QCOMPARE(finished.size(), 0);
    QVERIFY(dialog.nameEdit()->property("invalid").toBool());
    QVERIFY(dialog.baseUrlEdit()->property("invalid").toBool());
    QVERIFY(dialog.baseUrlEdit()->accessibleDescription().contains(QLatin1String("credentials")));
}

void tst_ProfileDialog::screenshot()
{
    ConnectionProfile production = ConnectionProfile::production();
    production.name = QStringLiteral("BillForward production");
    production.organizations = {QStringLiteral("ORG-3F2A1B0C-5D6E-7F80-9A1B-2C3D4E5F6071")};
    ProfileDialog dialog(production, nullptr);
    dialog.tokenEdit()->setText(QStringLiteral("not-a-real-token"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(grabScreenshot(&dialog, QStringLiteral("production-profile.png")));
}

QTEST_MAIN(tst_ProfileDialog)
#include "tst_profiledialog.moc"
