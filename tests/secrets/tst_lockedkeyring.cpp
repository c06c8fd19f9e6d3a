#include "secrets/tokenvault.h"
#include "ui/dialogs/profiledialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// Run by run-with-keyring.sh --locked: a Secret Service whose keyring is
// locked and whose unlock prompt cannot be shown, as when a user cancels
// the prompt. Before: the dialog closed as if the token were stored.
class tst_LockedKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void saveSaysTheTokenWasNotStored();
};

void tst_LockedKeyring::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through run-with-keyring.sh --locked (CTest does)");
}

void tst_LockedKeyring::saveSaysTheTokenWasNotStored()
{
    TokenVault vault;
    vault.setTimeout(20000);
    const QByteArray token = "locked-keyring-token-8c1d";
    ProfileDialog dialog(ConnectionProfile::custom(QStringLiteral("Locked"),
                                                   QUrl(QStringLiteral("https://bf.example.com/v1"))),
                         &vault);
    dialog.tokenEdit()->setText(QString::fromLatin1(token));
    QSignalSpy kept(&dialog, &ProfileDialog::sessionTokenEntered);
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.saveButton()->click();
    QVERIFY(kept.wait(20000));
    QCOMPARE(closed.size(), 0);
    const QString said = dialog.findChild<QLabel *>(QStringLiteral("tokenStatus"))->text();
    qInfo("%s", qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("was not stored")), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("until the app closes")), qPrintable(said));
    QVERIFY2(!said.contains(QLatin1String("did not answer")), qPrintable(said)); // no timeout happened
    QVERIFY(!said.contains(QString::fromLatin1(token)));
    QCOMPARE(kept.constFirst().at(2).toByteArray(), token);
    QVERIFY(dialog.saveButton()->isEnabled());
}

QTEST_MAIN(tst_LockedKeyring)
#include "tst_lockedkeyring.moc"
