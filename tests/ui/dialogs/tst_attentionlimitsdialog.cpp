#include "actions/connectionprofile.h"
#include "radar/attentionlimitsstore.h"
#include "sessions/sessionbrowser.h"
#include "ui/dialogs/attentionlimitsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

constexpr qint64 H = 60LL * 60 * 1000, D = 24 * H;

// Types text with line breaks as Return presses (keyClicks takes no '\n').
void typeLines(QWidget *widget, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(widget, Qt::Key_Return);
        QTest::keyClicks(widget, lines.at(i));
    }
}

class tst_AttentionLimitsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings go to a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdminAttentionLimitsTest"));
        QSettings().clear();
    }

    // Typed into the real widgets: a wrong line keeps OK off and says
    // which and why; OK stores the limits for this connection only and the
    // browser judges by them.
    void typedLimitsAreCheckedStoredAndApplied()
    {
        SessionBrowser browser;
        AttentionLimits sandbox;
        sandbox.perUnit.insert(QStringLiteral("GB"), 3 * H);
        AttentionLimitsStore::save(QStringLiteral("sandbox"), sandbox);

        QWidget parent;
        ConnectionProfile production = ConnectionProfile::production();
        production.id = QStringLiteral("production");
        AttentionLimitsDialog *dialog = AttentionLimitsDialog::edit(production, &browser, &parent);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->defaultField()->text(), QStringLiteral("1 d"));
        QVERIFY(dialog->limitsField()->toPlainText().isEmpty());
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        dialog->defaultField()->selectAll();
        QTest::keyClicks(dialog->defaultField(), QStringLiteral("12"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->errorText().startsWith(QStringLiteral("Default limit:")), qPrintable(dialog->errorText()));
        const auto labels = dialog->findChildren<QLabel *>();
        const auto problem = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->accessibleName() == QStringLiteral("Problem");
        });
        QVERIFY(problem != labels.cend() && (*problem)->isVisible());
        QCOMPARE((*problem)->text(), dialog->errorText());
        QTest::keyClicks(dialog->defaultField(), QStringLiteral("h"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!(*problem)->isVisible());

        dialog->limitsField()->setFocus();
        typeLines(dialog->limitsField(), QStringLiteral("minutes: 8 h\nseats: 31\n"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("seats: 31")), qPrintable(dialog->errorText()));
        QTest::keyClick(dialog->limitsField(), Qt::Key_Backspace);
        typeLines(dialog->limitsField(), QStringLiteral("d\ndefault: 2h"));
        QVERIFY2(dialog->errorText().contains(QStringLiteral("its own field")), qPrintable(dialog->errorText()));
        for (int i = 0; i < 11; ++i)
            QTest::keyClick(dialog->limitsField(), Qt::Key_Backspace);
        QTest::keyClicks(dialog->limitsField(), QStringLiteral("pc:Call minutes: 90m"));
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->errorText()));

        ok->click();
        AttentionLimits expected;
        expected.defaultMs = 12 * H;
        expected.perUnit.insert(QStringLiteral("minutes"), 8 * H);
        expected.perUnit.insert(QStringLiteral("seats"), 31 * D);
        expected.perPricingComponent.insert(QStringLiteral("Call minutes"), 90 * 60 * 1000LL);
        QCOMPARE(browser.attentionLimits(), expected);
        QCOMPARE(AttentionLimitsStore::load(QStringLiteral("production")), expected);
        QCOMPARE(AttentionLimitsStore::load(QStringLiteral("sandbox")), sandbox); // another connection's stay

        // Opened again: what was stored, in the same form.
        AttentionLimitsDialog *again = AttentionLimitsDialog::edit(production, &browser, &parent);
        QCOMPARE(again->defaultField()->text(), QStringLiteral("12 h"));
        QCOMPARE(again->limitsField()->toPlainText(),
                 QStringLiteral("minutes: 8 h\nseats: 31 d\npc:Call minutes: 1 h 30 min"));
        // Cancel keeps everything.
        again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(again->limits(), AttentionLimits());
        again->reject();
        QCOMPARE(AttentionLimitsStore::load(QStringLiteral("production")), expected);
        QCOMPARE(browser.attentionLimits(), expected);
    }

    // The demo's seats run for weeks: its connection starts with a limit
    // for them, until the user stores limits of its own.
    void theDemoStartsWithALimitForSeats()
    {
        ConnectionProfile demo = ConnectionProfile::demo();
        demo.id = QStringLiteral("demo-test");
        SessionBrowser browser;
        QWidget parent;
        AttentionLimitsDialog *dialog = AttentionLimitsDialog::edit(demo, &browser, &parent);
        QCOMPARE(dialog->limitsField()->toPlainText(), QStringLiteral("seats: 45 d"));
        dialog->limitsField()->clear();
        dialog->accept();
        QCOMPARE(AttentionLimitsStore::load(demo), AttentionLimits()); // stored: the user's from now on
        QVERIFY(AttentionLimitsStore::initialFor(ConnectionProfile::sandbox()).perUnit.isEmpty());
    }

    void everyFieldHasANameAndTheKeyboardReachesIt()
    {
        AttentionLimitsDialog dialog(AttentionLimits(), QStringLiteral("Demo"), {QStringLiteral("minutes")},
                                     {QStringLiteral("Call minutes")});
        QCOMPARE(dialog.defaultField()->accessibleName(), QStringLiteral("Default limit"));
        QCOMPARE(dialog.limitsField()->accessibleName(), QStringLiteral("Limits per unit and pricing component"));
        QVERIFY(dialog.limitsField()->tabChangesFocus());
        QVERIFY(dialog.defaultField()->focusPolicy() & Qt::TabFocus);
        const auto labels = dialog.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("Pricing components loaded: Call minutes"));
        }));
    }
};

QTEST_MAIN(tst_AttentionLimitsDialog)
#include "tst_attentionlimitsdialog.moc"
