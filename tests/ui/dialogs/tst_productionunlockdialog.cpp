#include "ui/dialogs/productionunlockdialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class tst_ProductionUnlockDialog : public QObject
{
    Q_OBJECT

private slots:
    void typedConfirmation_data();
    void typedConfirmation();
};

void tst_ProductionUnlockDialog::typedConfirmation_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("unlocks");
    QTest::newRow("nothing") << QString() << false;
    QTest::newRow("profile name") << QStringLiteral("Live billing") << true;
    QTest::newRow("profile name, other case") << QStringLiteral(" live BILLING ") << true;
    QTest::newRow("production") << QStringLiteral("production") << true;
    QTest::newRow("almost") << QStringLiteral("producti") << false;
    QTest::newRow("yes") << QStringLiteral("yes") << false;
}

void tst_ProductionUnlockDialog::typedConfirmation()
{
    QFETCH(QString, typed);
    QFETCH(bool, unlocks);
    ProductionUnlockDialog dialog(QStringLiteral("Live billing"));
    dialog.confirmationEdit()->setText(typed);
    QCOMPARE(dialog.unlockButton()->isEnabled(), unlocks);
    dialog.unlockButton()->click();
    QCOMPARE(dialog.result() == QDialog::Accepted, unlocks);
}

QTEST_MAIN(tst_ProductionUnlockDialog)
#include "tst_productionunlockdialog.moc"
