#include "screenshot.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/widgets/localdatetimefield.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

namespace {

constexpr BillForward::Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 HourMs = 3600000;

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
    void futureStartStopsAtItsStart();
    void asOfLimitOnlyWhenASessionHasALimit();
    void asOfLimitPreview();
    void chosenTimeShowsItsUtcInstant();
    void organizationsAreListedInGroups();
    void dontAskAgain_data();
    void dontAskAgain();
    void screenshot();
    void screenshotAsOfLimit();
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
    // "Now" is the instant of the confirmation, fixed then: sent later, it stops at the same time.
    QCOMPARE(dialog.plan().batches.constFirst().usageSessions.constFirst().stop, Now);
    dialog.setStopTime(Now - 10000);
    QCOMPARE(dialog.plan().batches.size(), 1);
    const BillForward::SessionBatch batch = dialog.plan().batches.constFirst();
    QCOMPARE(batch.usageSessions.size(), 3);
    QCOMPARE(batch.usageSessions.at(2).sessionId, QStringLiteral("vpn-17"));
    QCOMPARE(batch.usageSessions.at(2).uom, QStringLiteral("GB"));
    for (const BillForward::UsageSession &item : batch.usageSessions)
        QCOMPARE(item.stop, Now - 10000);
}

// A session whose device clock runs 2 h ahead: stopped now, it stops at its
// start, billed nothing, and its row says so; the other stops now.
void tst_StopConfirmationDialog::futureStartStopsAtItsStart()
{
    const BillForward::UsageSession ahead = running(QStringLiteral("call-20003"), QStringLiteral("minutes"), -2 * HourMs);
    StopConfirmationDialog dialog({ahead, three().constFirst()}, ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    QTableWidget *table = dialog.table();
    const auto cell = [&](int index, int column) { return table->item(dialog.rowOf(index), column)->text(); };
    QCOMPARE(cell(0, StopConfirmationDialog::BilledColumn), QStringLiteral("0 s"));
    QCOMPARE(cell(0, StopConfirmationDialog::StopUtcColumn), QStringLiteral("2026-01-01 02:00:00"));
    QCOMPARE(cell(0, StopConfirmationDialog::NoteColumn),
             QStringLiteral("Starts in the future: stopped at its start, nothing billed"));
    QVERIFY(!table->isColumnHidden(StopConfirmationDialog::NoteColumn));
    QVERIFY(cell(1, StopConfirmationDialog::NoteColumn).isEmpty());
    QCOMPARE(cell(1, StopConfirmationDialog::BilledColumn), QStringLiteral("45 s"));
    auto *row = dialog.findChild<QWidget *>(QStringLiteral("stopTimeRow"));
    QVERIFY(!row->property("invalid").toBool());

    QSignalSpy requested(&dialog, &StopConfirmationDialog::stopRequested);
    dialog.stopButton()->click();
    QCOMPARE(requested.size(), 1);
    const QList<BillForward::UsageSession> items =
        requested.constFirst().constFirst().value<StopPlan>().batches.constFirst().usageSessions;
    QCOMPARE(items.at(0).stop, ahead.start);
    QCOMPARE(items.at(1).stop, Now);
}

// Over a 24 h limit for 6 h; a later part (cut 2 h ago) of a run whose
// limit fell in its earlier part; and one without a limit.
struct LimitCase
{
    QList<BillForward::UsageSession> sessions;
    QHash<SessionKey, BillForward::Timestamp> limits;
};

LimitCase limitCase()
{
    LimitCase c;
    BillForward::UsageSession over = running(QStringLiteral("kiosk-7"), QStringLiteral("minutes"), 30 * HourMs);
    BillForward::UsageSession cut = running(QStringLiteral("vpn-3"), QStringLiteral("GB"), 2 * HourMs);
    cut.sessionix = 1;
    const BillForward::UsageSession free = running(QStringLiteral("call-9"), QStringLiteral("minutes"), 5 * HourMs);
    c.sessions = {over, cut, free};
    c.limits.insert(SessionKey::of(over), over.start + 24 * HourMs);   // 2025-12-31 18:00 UTC
    c.limits.insert(SessionKey::of(cut), Now - 40 * HourMs + 24 * HourMs); // 16 h ago: before this part
    return c;
}

void tst_StopConfirmationDialog::asOfLimitOnlyWhenASessionHasALimit()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.asOfLimitButton()->isVisible());
    // A limit of a session that is not among those selected does not count.
    const LimitCase c = limitCase();
    dialog.setLimitInstants(c.limits);
    QVERIFY(!dialog.asOfLimitButton()->isVisible());
    dialog.setLimitInstants({{SessionKey::of(three().at(2)), three().at(2).start + 24 * HourMs}});
    QVERIFY(dialog.asOfLimitButton()->isVisible());
    QVERIFY(!dialog.asOfLimitButton()->accessibleName().isEmpty());
    // The keyboard reaches it: an arrow key from "Now".
    QRadioButton *now = nullptr;
    const auto radios = dialog.findChildren<QRadioButton *>();
    for (QRadioButton *radio : radios) {
        if (radio->accessibleName() == QLatin1String("Stop now"))
            now = radio;
    }
    QVERIFY(now);
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    now->setFocus();
    QTest::keyClick(now, Qt::Key_Right);
    QTRY_VERIFY(dialog.asOfLimitButton()->hasFocus());
}

void tst_StopConfirmationDialog::asOfLimitPreview()
{
    const LimitCase c = limitCase();
    StopConfirmationDialog dialog(c.sessions, ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    dialog.setLimitInstants(c.limits);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(dialog.asOfLimitButton(), Qt::LeftButton);
    QVERIFY(dialog.asOfLimitButton()->isChecked());
    QCOMPARE(dialog.request().when, StopRequest::When::AsOfLimit);

    QTableWidget *table = dialog.table();
    const auto cell = [&](int index, int column) { return table->item(dialog.rowOf(index), column)->text(); };
    // Over its limit: stops 24 h after its start, billed 24 h.
    QCOMPARE(cell(0, StopConfirmationDialog::StopUtcColumn), QStringLiteral("2025-12-31 18:00:00"));
    QCOMPARE(cell(0, StopConfirmationDialog::BilledColumn), QStringLiteral("1 d 0 h 00 min 00 s"));
    QCOMPARE(cell(0, StopConfirmationDialog::NoteColumn), QStringLiteral("As of its limit"));
    // Its limit fell in an earlier part: this part stops at its own start.
    QCOMPARE(cell(1, StopConfirmationDialog::StopUtcColumn), QStringLiteral("2025-12-31 22:00:00"));
    QCOMPARE(cell(1, StopConfirmationDialog::BilledColumn), QStringLiteral("0 s"));
    QVERIFY(cell(1, StopConfirmationDialog::NoteColumn).contains(QLatin1String("Earlier parts already ended")));
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("earlier parts already ended and are billed as they were")));
    // No limit: stops now, and says so.
    QCOMPARE(cell(2, StopConfirmationDialog::StopUtcColumn), QStringLiteral("2026-01-01 00:00:00"));
    QCOMPARE(cell(2, StopConfirmationDialog::BilledColumn), QStringLiteral("5 h 00 min 00 s"));
    QCOMPARE(cell(2, StopConfirmationDialog::NoteColumn), QStringLiteral("No limit: stops now"));
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("those without a limit stop now")));

    QSignalSpy requested(&dialog, &StopConfirmationDialog::stopRequested);
    QTest::mouseClick(dialog.stopButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    const StopPlan plan = requested.constFirst().constFirst().value<StopPlan>();
    QCOMPARE(plan.batches.size(), 1);
    const QList<BillForward::UsageSession> items = plan.batches.constFirst().usageSessions;
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).stop, c.sessions.at(0).start + 24 * HourMs);
    QCOMPARE(items.at(1).stop, c.sessions.at(1).start);
    QCOMPARE(items.at(2).stop, Now);

    // Back to "now": every session stops now, no notes.
    StopConfirmationDialog again(c.sessions, ActionPolicy(ConnectionProfile::sandbox()));
    again.setNow(Now);
    again.setLimitInstants(c.limits);
    QCOMPARE(again.table()->item(again.rowOf(0), StopConfirmationDialog::StopUtcColumn)->text(),
             QStringLiteral("2026-01-01 00:00:00"));
    QVERIFY(again.table()->item(again.rowOf(1), StopConfirmationDialog::NoteColumn)->text().isEmpty());
}

void tst_StopConfirmationDialog::chosenTimeShowsItsUtcInstant()
{
    StopConfirmationDialog dialog(three(), ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    dialog.setStopTime(Now - 30000);
    auto *field = dialog.findChild<LocalDateTimeField *>();
    QVERIFY(field);
    QVERIFY2(field->utcLabel()->text().contains(QLatin1String("2025-12-31 23:59:30 UTC")),
             qPrintable(field->utcLabel()->text()));
    QCOMPARE(dialog.table()->item(dialog.rowOf(1), StopConfirmationDialog::StopUtcColumn)->text(),
             QStringLiteral("2025-12-31 23:59:30"));
    QCOMPARE(dialog.table()->item(dialog.rowOf(1), StopConfirmationDialog::BilledColumn)->text(),
             QStringLiteral("11 min 35 s"));
}

void tst_StopConfirmationDialog::organizationsAreListedInGroups()
{
    QList<BillForward::UsageSession> sessions = three();
    sessions[0].organizationId = QStringLiteral("ORG-A");
    sessions[1].organizationId = QStringLiteral("ORG-B");
    sessions[2].organizationId = QStringLiteral("ORG-A");
    sessions[2].subscriptionId = QStringLiteral("SUB-OTHER");
    StopConfirmationDialog dialog(sessions, ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    // Two rows naming the organizations, each above its sessions.
    QCOMPARE(dialog.table()->rowCount(), 5);
    QVERIFY(dialog.table()->item(0, 0)->text().contains(QLatin1String("ORG-A")));
    QVERIFY(dialog.table()->item(0, 0)->text().contains(QLatin1String("2 sessions")));
    QCOMPARE(dialog.table()->item(1, 0)->text(), QStringLiteral("call-2031"));
    QCOMPARE(dialog.table()->item(2, 0)->text(), QStringLiteral("vpn-17"));
    QVERIFY(dialog.table()->item(3, 0)->text().contains(QLatin1String("ORG-B")));
    QCOMPARE(dialog.table()->item(4, 0)->text(), QStringLiteral("call-2032"));
    QVERIFY(dialog.summaryLabel()->text().contains(QLatin1String("2 organizations")));
    QCOMPARE(dialog.stopButton()->text(), QStringLiteral("Stop 3 sessions"));

    QSignalSpy requested(&dialog, &StopConfirmationDialog::stopRequested);
    dialog.stopButton()->click();
    QCOMPARE(requested.size(), 1); // one confirmation for both
    const StopPlan plan = requested.constFirst().constFirst().value<StopPlan>();
    QCOMPARE(plan.batches.size(), 2);
    QCOMPARE(plan.batches.at(0).organizationId, QStringLiteral("ORG-A"));
    QCOMPARE(plan.batches.at(0).usageSessions.size(), 2);
    QCOMPARE(plan.batches.at(1).organizationId, QStringLiteral("ORG-B"));
    QCOMPARE(plan.batches.at(1).usageSessions.constFirst().sessionId, QStringLiteral("call-2032"));
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

void tst_StopConfirmationDialog::screenshotAsOfLimit()
{
    const LimitCase c = limitCase();
    StopConfirmationDialog dialog(c.sessions, ActionPolicy(ConnectionProfile::sandbox()));
    dialog.setNow(Now);
    dialog.setLimitInstants(c.limits);
    dialog.setStopAsOfLimit();
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(grabScreenshot(&dialog, QStringLiteral("stop-as-of-limit-dialog.png")));
}

QTEST_MAIN(tst_StopConfirmationDialog)
#include "tst_stopconfirmationdialog.moc"
