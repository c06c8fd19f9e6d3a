#include "ui/connectioncontroller.h"
#include "ui/detailspanel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/widgets/paginationbar.h"
#include "ui/widgets/subscriptionfield.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/sessionbrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

// Every shortcut of the user guide's table, wherever the focus is in the
// main window. Run under Xvfb (the real xcb platform): with X11's keyboard
// scheme a text field claims Ctrl+E as "end of line", which the offscreen
// platform the other tests use does not, so only here can the test fail.
class tst_WindowShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyGuideShortcutWorksWhereverTheFocusIs();
    void textFieldKeepsItsOwnEditingKeys();

private:
    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    const QByteArray m_token = "shortcut-test-token";
};

void tst_WindowShortcuts::initTestCase()
{
    if (QGuiApplication::platformName() != QLatin1String("xcb"))
        QSKIP("needs the xcb platform (CTest runs this under xvfb-run)");
    UiTest::isolateSettings(m_dir);
    Emulator::Options options;
    options.token = m_token;
    options.demoData = true;
    QVERIFY(m_emulator.start(options));
}

void tst_WindowShortcuts::everyGuideShortcutWorksWhereverTheFocusIs()
{
    ConnectionController connection;
    connection.connectTo(m_emulator.url, m_token);
    MainWindow w(&connection);
    w.resize(1400, 800);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
    QVERIFY(w.openSubscription(Emulator::DemoData::subscriptionIds().at(2)));
    QVERIFY(loaded.wait(30000));
    // An active row selected and current: Stop, Copy and Show details are enabled.
    const SessionStore &store = w.browser()->store();
    int active = -1;
    for (int r = 0; r < w.table()->model()->rowCount() && active < 0; ++r) {
        if (store.isActive(w.browser()->model()->storeRowAt(r)))
            active = r;
    }
    QVERIFY(active >= 0);
    w.table()->selectRow(active);

    // The guide's "Keyboard shortcuts" table (Ctrl+C is the text field's own
    // there, as the guide says; textFieldKeepsItsOwnEditingKeys checks it).
    struct Shortcut { QKeyCombination keys; QAction *action; };
    auto action = [&w](const char *name) { return w.findChild<QAction *>(QLatin1String(name)); };
    const QList<Shortcut> shortcuts = {
        {Qt::CTRL | Qt::Key_L, action("openAction")},
        {Qt::CTRL | Qt::Key_1, action("activeOnlyAction")},
        {Qt::CTRL | Qt::Key_2, action("allSessionsAction")},
        {QKeyCombination(Qt::Key_F5), action("refreshAction")},
        {Qt::CTRL | Qt::Key_F, action("findAction")},
        {Qt::CTRL | Qt::Key_PageDown, action("nextPageAction")},
        {Qt::CTRL | Qt::Key_PageUp, action("previousPageAction")},
        {Qt::CTRL | Qt::Key_E, action("exportAction")},
        {Qt::CTRL | Qt::Key_N, action("startSessionAction")},
        {Qt::CTRL | Qt::SHIFT | Qt::Key_T, action("stopSelectedAction")},
        {Qt::CTRL | Qt::Key_J, action("journalAction")},
        {Qt::CTRL | Qt::Key_I, action("showDetailsAction")},
        {Qt::CTRL | Qt::SHIFT | Qt::Key_D, w.detailsDock()->toggleViewAction()},
        {Qt::CTRL | Qt::Key_Q, action("quitAction")},
    };
    // Only whether the key reaches the action counts here, not what the
    // action then does (dialogs, reloads, quitting): other tests cover that.
    QHash<QAction *, int> fired;
    for (const Shortcut &shortcut : shortcuts) {
        QVERIFY(shortcut.action);
        QVERIFY2(shortcut.action->isEnabled(), qPrintable(shortcut.action->objectName()));
        shortcut.action->disconnect();
        connect(shortcut.action, &QAction::triggered, this, [&fired, a = shortcut.action] { ++fired[a]; });
    }

    const QList<QWidget *> focusTargets = {
        w.filterBar()->searchField(),
        w.subscriptionField(),
        w.table(),
        w.paginationBar()->findChild<QSpinBox *>(),
        w.paginationBar()->findChild<QComboBox *>(),
        w.connectionButton(),
        w.detailsPanel()->findChild<QLineEdit *>(),
    };
    QStringList missed;
    for (QWidget *target : focusTargets) {
        QVERIFY(target);
        for (const Shortcut &shortcut : shortcuts) {
            target->setFocus(Qt::OtherFocusReason);
            QTRY_COMPARE(QApplication::focusWidget(), target->focusProxy() ? target->focusProxy() : target);
            const int before = fired.value(shortcut.action);
            QTest::keyClick(QApplication::focusWidget(), shortcut.keys.key(), shortcut.keys.keyboardModifiers());
            if (fired.value(shortcut.action) != before + 1)
                missed << QStringLiteral("%1 in %2").arg(QKeySequence(shortcut.keys).toString(),
                                                         target->accessibleName());
        }
    }
    QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral("; "))));
}

void tst_WindowShortcuts::textFieldKeepsItsOwnEditingKeys()
{
    ConnectionController connection;
    connection.connectTo(m_emulator.url, m_token);
    MainWindow w(&connection);
    w.show();
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QLineEdit *search = w.filterBar()->searchField();
    search->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(search));
    QTest::keyClicks(search, QStringLiteral("kiosk"));
    QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier); // select all: the field's, not an action's
    QCOMPARE(search->selectedText(), QStringLiteral("kiosk"));
    QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("kiosk"));
}

QTEST_MAIN(tst_WindowShortcuts)
#include "tst_windowshortcuts.moc"
