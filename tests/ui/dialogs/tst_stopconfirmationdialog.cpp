#include "screenshot.h"
#include "ui/dialogs/stopconfirmationdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

constexpr BillForward::Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z

BillForward::UsageSession running(const QString &id, const QString &uom, qint64 startedAgoMs)
{
    BillForward::UsageSession session;
    session.subscriptionId = QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
    session.sessionId = id;
    session.uom = uom;
    session.state = QStringLiteral("Active");
    session.start = Now - startedAgoMs;
    return session;
}

QList<BillForward::UsageSession> three()
{
    return {running(QStringLiteral("call-2031"), QStringLiteral("minutes"), 45000),
            running(QStringLiteral("call-2032"), QStringLiteral("minutes"), 12 * 60000 + 5000),
            running(QStringLiteral("vpn-17"), QStringLiteral("GB"), 26 * 3600000 + 2 * 60000)};
}

} // namespace

class tst_StopConfirmationDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsCountDurationsAndButton();
    void stopTimeBeforeAStartIsMarked();
    void chosenStopTimeGoesIntoTheBatch();
    void dontAskAgain_data();
    void dontAskAgain();
    void screenshot();
};

void tst_StopConfirmationDialog::showsCountDurationsAndButton()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    QCOMPARE(dialog.stopButton()->text(), QStringLiteral("Stop 3 sessions"));
    QVERIFY(dialog.summaryLabel()->text().startsWith(QLatin1String("3 sessions")));
    QCOMPARE(dialog.table()->rowCount(), 3);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("call-2031"));
    QCOMPARE(dialog.table()->item(2, 1)->text(), QStringLiteral("GB"));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("45 s"));
    QCOMPARE(dialog.table()->item(1, 3)->text(), QStringLiteral("12 min 05 s"));
    // Written as the table and the details panel write durations.
    QCOMPARE(dialog.table()->item(2, 3)->text(), QStringLiteral("1 d 2 h 02 min 00 s"));
    QCOMPARE(dialog.table()->item(2, 2)->text(), QStringLiteral("2025-12-30 21:58:00"));

    StopConfirmationDialog single({three().constFirst()}, ActionPolicy(ConnectionProfile::sandbox()));
    QCOMPARE(single.stopButton()->text(), QStringLiteral("Stop session"));
}

void tst_StopConfirmationDialog::stopTimeBeforeAStartIsMarked()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    QSignalSpy requested(&dialog, &StopConfirmationDialog::stopRequested);
    dialog.setStopTime(Now - 60000); // before call-2031 started
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("before the start"));
    QCOMPARE(dialog.table()->item(1, 3)->text(), QStringLiteral("11 min 05 s"));
    auto *row = dialog.findChild<QWidget *>(QStringLiteral("stopTimeRow"));
    QVERIFY(row->property("invalid").toBool());
    QVERIFY(row->accessibleDescription().contains(QLatin1String("call-2031")));
    dialog.stopButton()->click();
    QCOMPARE(requested.size(), 0);

    dialog.setStopTime(Now - 30000);
    QVERIFY(!row->property("invalid").toBool());
    dialog.stopButton()->click();
    QCOMPARE(requested.size(), 1);
}

void tst_StopConfirmationDialog::chosenStopTimeGoesIntoTheBatch()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    QCOMPARE(dialog.batch().usageSessions.constFirst().stop, BillForward::NoTimestamp);
    dialog.setStopTime(Now - 10000);
    const BillForward::SessionBatch batch = dialog.batch();
    QCOMPARE(batch.usageSessions.size(), 3);
    QCOMPARE(batch.usageSessions.at(2).sessionId, QStringLiteral("vpn-17"));
    QCOMPARE(batch.usageSessions.at(2).uom, QStringLiteral("GB"));
    for (const BillForward::UsageSession &item : batch.usageSessions)
        QCOMPARE(item.stop, Now - 10000);
}

void tst_StopConfirmationDialog::dontAskAgain_data()
{
    QTest::addColumn<bool>("production");
    QTest::newRow("sandbox") << false;
    QTest::newRow("production") << true;
}

void tst_StopConfirmationDialog::dontAskAgain()
{
    QFETCH(bool, production);
    ActionPolicy policy(production ? ConnectionProfile::production() : ConnectionProfile::sandbox());
    StopConfirmationDialog dialog(three(), policy);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.dontAskAgainBox()->isVisible(), !production);
    dialog.dontAskAgainBox()->setChecked(true);
    QCOMPARE(dialog.dontAskAgain(), !production);
}

void tst_StopConfirmationDialog::screenshot()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(grabScreenshot(&dialog, QStringLiteral("stop-confirmation.png")));
}

QTEST_MAIN(tst_StopConfirmationDialog)
#include "tst_stopconfirmationdialog.moc"
