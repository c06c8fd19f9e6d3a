#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "emulatorfixture.h"
#include "screenshot.h"
#include "ui/dialogs/startsessiondialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr BillForward::Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z

} // namespace

class tst_StartSessionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidFieldsAreMarkedAndNothingIsSent();
    void oneSession();
    void threeSessionsInOneBatch();
    void pricingComponentComboFillsTheOtherField();
    void everyControlHasAnAccessibleName();
    void screenshot();

private:
    void fill(StartSessionDialog &dialog, const QString &ids);
    QList<BillForward::UsageSession> listAll(const QString &subscription);

    EmulatorFixture m_emulator;
};

void tst_StartSessionDialog::initTestCase()
{
    QVERIFY(m_emulator.start());
}

void tst_StartSessionDialog::fill(StartSessionDialog &dialog, const QString &ids)
{
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"))->setPlainText(ids);
}

QList<BillForward::UsageSession> tst_StartSessionDialog::listAll(const QString &subscription)
{
    BillForward::ApiClient api;
    api.setBaseUrl(m_emulator.url);
    BillForward::ListQuery query;
    query.subscriptionId = subscription;
    BillForward::ApiReply *reply = api.list(query);
    QSignalSpy finished(reply, &BillForward::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    return reply->page().results;
}

void tst_StartSessionDialog::invalidFieldsAreMarkedAndNothingIsSent()
{
    BillForward::ApiClient api;
    api.setBaseUrl(m_emulator.url);
    SessionActionRunner runner(&api);
    StartSessionDialog dialog;
    connect(&dialog, &StartSessionDialog::startRequested, &runner,
            [&runner](const BillForward::SessionBatch &batch) { runner.start(batch); });
    QSignalSpy requested(&dialog, &StartSessionDialog::startRequested);
    dialog.setSubscriptionId(QStringLiteral("SUB-DLG-INVALID"));
    fill(dialog, QStringLiteral("a\n\nb\na"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
    QCOMPARE(requested.size(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!runner.isBusy());

    auto *ids = dialog.findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"));
    auto *uom = dialog.findChild<QComboBox *>(QStringLiteral("uom"));
    QVERIFY(ids->property("invalid").toBool());
    QVERIFY(uom->property("invalid").toBool());
    QVERIFY(ids->accessibleDescription().contains(QLatin1String("twice")));
    QVERIFY(ids->accessibleDescription().contains(QLatin1String("Line 2")));
    QVERIFY(uom->accessibleDescription().contains(QLatin1String("unit")));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("pricingComponent"))->property("invalid").toBool());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("subscription"))->property("invalid").toBool());
    // The messages are on screen under the fields.
    int visibleMessages = 0;
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(QLatin1String("Enter the unit")))
            ++visibleMessages;
    }
    QCOMPARE(visibleMessages, 1);

    // Fixing a field clears its mark while typing.
    uom->setCurrentText(QStringLiteral("minutes"));
    QVERIFY(!uom->property("invalid").toBool());
    QVERIFY(listAll(QStringLiteral("SUB-DLG-INVALID")).isEmpty());
}

void tst_StartSessionDialog::oneSession()
{
    StartSessionDialog dialog;
    dialog.setNow(Now);
    dialog.setSubscriptionId(QStringLiteral("SUB-DLG-ONE"));
    dialog.setPricingComponents({{QStringLiteral("Minutes"), QStringLiteral("PCO-1")}});
    dialog.setUnits({QStringLiteral("minutes"), QStringLiteral("GB")});
    fill(dialog, QStringLiteral("  only-one  \n\n"));
    QCOMPARE(dialog.startButton()->text(), QStringLiteral("Start session"));
    QSignalSpy requested(&dialog, &StartSessionDialog::startRequested);
    dialog.startButton()->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const auto batch = requested.constFirst().constFirst().value<BillForward::SessionBatch>();
    QCOMPARE(batch.usageSessions.size(), 1);
    const BillForward::UsageSession &session = batch.usageSessions.constFirst();
    QCOMPARE(session.subscriptionId, QStringLiteral("SUB-DLG-ONE"));
    QCOMPARE(session.sessionId, QStringLiteral("only-one"));
    QCOMPARE(session.uom, QStringLiteral("minutes"));
    QCOMPARE(session.pricingComponentName, QStringLiteral("Minutes"));
    QCOMPARE(session.pricingComponentId, QStringLiteral("PCO-1"));
    QCOMPARE(session.start, BillForward::NoTimestamp); // now, by the server
}

void tst_StartSessionDialog::threeSessionsInOneBatch()
{
    BillForward::ApiClient api;
    api.setBaseUrl(m_emulator.url);
    SessionActionRunner runner(&api);
    StartSessionDialog dialog;
    connect(&dialog, &StartSessionDialog::startRequested, &runner,
            [&runner](const BillForward::SessionBatch &batch) { runner.start(batch); });
    dialog.setSubscriptionId(QStringLiteral("SUB-DLG-THREE"));
    dialog.setPricingComponents({{QStringLiteral("Minutes"), QString()}});
    dialog.setUnits({QStringLiteral("minutes")});
    fill(dialog, QStringLiteral("c1\nc2\nc3"));
    QCOMPARE(dialog.startButton()->text(), QStringLiteral("Start 3 sessions"));
    QCOMPARE(dialog.batch().usageSessions.size(), 3);
    QSignalSpy finished(&runner, &SessionActionRunner::finished);
    dialog.startButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    QCOMPARE(listAll(QStringLiteral("SUB-DLG-THREE")).size(), 3);
}

void tst_StartSessionDialog::pricingComponentComboFillsTheOtherField()
{
    StartSessionDialog dialog;
    dialog.setPricingComponents({{QStringLiteral("Minutes"), QStringLiteral("PCO-1")},
                                 {QStringLiteral("Data"), QStringLiteral("PCO-2")}});
    auto *name = dialog.findChild<QComboBox *>(QStringLiteral("pricingComponentName"));
    auto *id = dialog.findChild<QComboBox *>(QStringLiteral("pricingComponentId"));
    QCOMPARE(id->currentText(), QStringLiteral("PCO-1"));
    name->setCurrentIndex(1);
    emit name->activated(1);
    QCOMPARE(id->currentText(), QStringLiteral("PCO-2"));
    QVERIFY(name->isEditable() && id->isEditable()); // free entry allowed
}

void tst_StartSessionDialog::everyControlHasAnAccessibleName()
{
    StartSessionDialog dialog;
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool control = widget->inherits("QAbstractButton") || widget->inherits("QComboBox")
            || widget->inherits("QPlainTextEdit") || widget->inherits("QDateTimeEdit")
            || (widget->inherits("QLineEdit") && !widget->parentWidget()->inherits("QComboBox")
                && !widget->parentWidget()->inherits("QAbstractSpinBox"));
        if (!control)
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(checked >= 10);
}

void tst_StartSessionDialog::screenshot()
{
    StartSessionDialog dialog;
    dialog.setSubscriptionId(QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20"));
    dialog.setPricingComponents({{QStringLiteral("Call minutes"), QStringLiteral("PCO-5E3A11B2-77C0-4F1D-9E2A-0C3B1D2E4F50")}});
    dialog.setUnits({QStringLiteral("minutes"), QStringLiteral("GB")});
    fill(dialog, QStringLiteral("call-2031\ncall-2032\ncall-2031"));
    dialog.findChild<QLineEdit *>(QStringLiteral("description"))->setText(QStringLiteral("Night shift"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.startButton()->click(); // marks the duplicate
    QVERIFY(dialog.isVisible());
    QVERIFY(grabScreenshot(&dialog, QStringLiteral("start-dialog.png")));
}

QTEST_MAIN(tst_StartSessionDialog)
#include "tst_startsessiondialog.moc"
