// The undo window of stops in the main window, against the in-process
// emulator over real HTTP: the countdown and its Undo in the status bar,
// Ctrl+Z, the question on closing or switching connections, and what the
// server and the journal have at the end.
#include "ui/connectioncontroller.h"
#include "ui/heldstopsbar.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "accessibilitywalk.h"
#include "uitestsupport.h"

#include "actions/actionjournal.h"
#include "actions/heldstops.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessiontablemodel.h"
#include "ui/dialogs/journaldialog.h"
#include "ui/dialogs/profiledialog.h"
#include "secrets/tokenresolver.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/tokenpromptdialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>

using BillForward::Timestamp;
using BillForward::UsageSession;

using UiTest::journalLines;
using UiTest::modal;

namespace {

const QByteArray Token = "undo-window-token";

} // namespace

class tst_UndoWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void countsDownThenSendsOnceAsOfTheConfirmation();
    void undoButtonSendsNothing();
    void ctrlZUndoes();
    void zeroSecondsSendsAtOnce();
    void closingWhileHeldAsks_data();
    void closingWhileHeldAsks();
    void deadlineWhileAskingTakesNoAnswerForTheUser();
    void switchingConnectionWhileHeldAsks();
    void refusedTokenHoldsTheStopUntilANewOne();
    void closingWhileTheAnswerIsAwaitedSaysSo();
    void undoWindowIsKeptAcrossRestarts();

private:
    struct Harness
    {
        std::unique_ptr<ConnectionController> connection;
        std::unique_ptr<MainWindow> window;
    };
    // A window on the emulator whose connection holds stops for `undoSeconds`,
    // showing `subscription` with `active` sessions running.
    Harness makeWindow(int undoSeconds, const QString &subscription, int active, QUrl server = {});
    // Selects the model row of `sessionId`, asks to stop it and confirms.
    bool confirmStop(MainWindow &window, const QString &sessionId);
    // The session as the server has it now.
    UsageSession onServer(const QString &subscription, const QString &sessionId);

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
};

void tst_UndoWindow::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    // The journal of its own: test mode's data folder is under HOME, which
    // other test programs running at the same time share.
    qputenv("HOME", QFile::encodeName(m_dir.path()));
    UiTest::isolateSettings(m_dir);
    Emulator::Options options;
    options.token = Token;
    QVERIFY(m_emulator.start(options));
}

void tst_UndoWindow::init()
{
    QSettings().clear();
    QFile::remove(ActionJournal::defaultPath());
    QVERIFY(ActionJournal::defaultPath().startsWith(m_dir.path()));
}

void tst_UndoWindow::cleanup()
{
    while (QWidget *widget = QApplication::activeModalWidget())
        delete widget;
}

tst_UndoWindow::Harness tst_UndoWindow::makeWindow(int undoSeconds, const QString &subscription, int active,
                                                   QUrl server)
{
    if (server.isEmpty())
        server = m_emulator.url;
    for (int i = 1; i <= active; ++i) {
        if (!UiTest::startSessionOnServer(server, Token, subscription, QStringLiteral("device-%1").arg(i),
                                          QStringLiteral("minutes"), QStringLiteral("Minutes")))
            qWarning("could not start a session");
    }
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    ConnectionProfile profile = ConnectionController::transientProfile(server);
    profile.undoSeconds = undoSeconds;
    h.connection->connectProfile(profile, Token);
    h.connection->client()->setMaxAttempts(1);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1400, 800);
    h.window->show();
    if (!QTest::qWaitForWindowExposed(h.window.get()))
        qWarning("window not exposed");
    QSignalSpy finished(h.window->loader(), &SessionLoader::loadFinished);
    if (!h.window->openSubscription(subscription) || !finished.wait(30000))
        qWarning("subscription not loaded");
    return h;
}

bool tst_UndoWindow::confirmStop(MainWindow &w, const QString &sessionId)
{
    const QAbstractItemModel *model = w.table()->model();
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (w.browser()->store().at(w.browser()->model()->storeRowAt(row)).sessionId == sessionId)
            found = row;
    }
    if (found < 0)
        return false;
    w.table()->setFocus();
    w.table()->selectRow(found);
    if (!w.stopAction()->isEnabled())
        return false;
    w.stopAction()->trigger();
    if (!QTest::qWaitFor([] { return modal<StopConfirmationDialog>() != nullptr; }, 5000))
        return false;
    modal<StopConfirmationDialog>()->stopButton()->click();
    return true;
}

UsageSession tst_UndoWindow::onServer(const QString &subscription, const QString &sessionId)
{
    BillForward::ApiClient api;
    api.setBaseUrl(m_emulator.url);
    api.setAccessToken(Token);
    BillForward::ListQuery query;
    query.subscriptionId = subscription;
    BillForward::ApiReply *reply = api.list(query);
    QSignalSpy finished(reply, &BillForward::ApiReply::finished);
    if (!finished.wait(10000) || !reply->isOk())
        return {};
    UsageSession latest;
    for (const UsageSession &session : reply->page().results) {
        if (session.sessionId == sessionId && (latest.sessionId.isEmpty() || session.start >= latest.start))
            latest = session;
    }
    return latest;
}

void tst_UndoWindow::countsDownThenSendsOnceAsOfTheConfirmation()
{
    const QString sub = QStringLiteral("SUB-UNDO-COUNT");
    Harness h = makeWindow(2, sub, 1);
    MainWindow &w = *h.window;
    HeldStopsBar *bar = w.heldStopsBar();
    QVERIFY(!bar->isVisible());
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);

    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("Stopping 1 session in 2 s —"));
    QCOMPARE(bar->undoButton()->accessibleName(), QStringLiteral("Undo the stop"));
    QVERIFY(bar->undoButton()->focusPolicy() & Qt::TabFocus);
    const QStringList gaps = UiTest::accessibilityGaps(w.statusBar());
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
    // Held: the row shows as pending and cannot be stopped again; nothing reached the server.
    QVERIFY(w.table()->model()->index(w.table()->currentIndex().row(), 0)
                .data(SessionTableModel::PendingActionRole)
                .toBool());
    QVERIFY(!w.stopAction()->isEnabled());
    QVERIFY(!w.runner()->isBusy());
    QVERIFY(onServer(sub, QStringLiteral("device-1")).isActive());

    QTRY_COMPARE(bar->text(), QStringLiteral("Stopping 1 session in 1 s —"));
    QVERIFY(onServer(sub, QStringLiteral("device-1")).isActive());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    QVERIFY(!bar->isVisible());
    const UsageSession stopped = onServer(sub, QStringLiteral("device-1"));
    QVERIFY(!stopped.isActive());
    QVERIFY2(stopped.stop >= before && stopped.stop <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(stopped.stop).arg(before).arg(after)));
    // Once: one action in the journal, sent and answered.
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    QCOMPARE(lines.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
}

void tst_UndoWindow::undoButtonSendsNothing()
{
    const QString sub = QStringLiteral("SUB-UNDO-BUTTON");
    Harness h = makeWindow(3, sub, 2); // time enough to Tab to the button on a loaded machine
    MainWindow &w = *h.window;
    HeldStopsBar *bar = w.heldStopsBar();
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QVERIFY(bar->isVisible());
    // The keyboard reaches it: Tab from the table until it has the focus, then Space.
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QApplication::setActiveWindow(&w);
    w.table()->setFocus(Qt::TabFocusReason);
    for (int presses = 0; presses < 100 && !bar->undoButton()->hasFocus(); ++presses)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(bar->undoButton()->hasFocus());
    QTest::keyClick(bar->undoButton(), Qt::Key_Space);
    QVERIFY(!w.heldStops()->isHolding());
    QVERIFY(!bar->isVisible());
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Stop of 1 session undone: nothing was sent."));
    QVERIFY(w.stopAction()->isEnabled()); // the row is no longer pending

    // Another stop, held and sent after the undone one's deadline: the
    // undone session is still running on the server.
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QVERIFY(confirmStop(w, QStringLiteral("device-2")));
    QVERIFY(finished.wait(15000));
    QVERIFY(onServer(sub, QStringLiteral("device-1")).isActive());
    QVERIFY(!onServer(sub, QStringLiteral("device-2")).isActive());
    QCOMPARE(finished.count(), 1);

    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("undone"));
    QCOMPARE(lines.at(0).value(QStringLiteral("sessions")).toArray().at(0).toObject().value(QStringLiteral("sessionID")),
             QStringLiteral("device-1"));
    // The journal dialog shows it as such.
    w.showJournal();
    QTRY_VERIFY(modal<JournalDialog>());
    QTableWidget *table = modal<JournalDialog>()->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 5)->text(), QStringLiteral("Undone before sending: nothing was sent"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Stop"));
}

void tst_UndoWindow::ctrlZUndoes()
{
    const QString sub = QStringLiteral("SUB-UNDO-KEY");
    Harness h = makeWindow(30, sub, 1);
    MainWindow &w = *h.window;
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(w.heldStops()->isHolding());
    QVERIFY(w.heldStopsBar()->undoAction()->isEnabled());
    QApplication::setActiveWindow(&w);
    w.table()->setFocus();
    QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!w.heldStops()->isHolding());
    QVERIFY(!w.heldStopsBar()->undoAction()->isEnabled());
    QCOMPARE(journalLines(w.journal()->path()).constLast().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("undone"));
    QVERIFY(onServer(sub, QStringLiteral("device-1")).isActive());
}

void tst_UndoWindow::zeroSecondsSendsAtOnce()
{
    const QString sub = QStringLiteral("SUB-UNDO-ZERO");
    Harness h = makeWindow(0, sub, 1);
    MainWindow &w = *h.window;
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(w.runner()->isAwaitingAnswer());
    QVERIFY(!w.heldStops()->isHolding());
    QVERIFY(!w.heldStopsBar()->isVisible());
    QVERIFY(finished.wait(15000));
    const UsageSession stopped = onServer(sub, QStringLiteral("device-1"));
    QVERIFY(!stopped.isActive());
    QVERIFY(stopped.stop >= before && stopped.stop <= after);
}

void tst_UndoWindow::closingWhileHeldAsks_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("stopped");
    QTest::addColumn<QString>("lastOutcome");
    QTest::newRow("cancel stays open, still held") << "cancelLeavingButton" << false << false << QString();
    QTest::newRow("undo closes, nothing sent") << "undoHeldStopsButton" << true << false << "undone";
    QTest::newRow("send now sends, then closes") << "sendHeldStopsButton" << true << true << "ok";
}

void tst_UndoWindow::closingWhileHeldAsks()
{
    QFETCH(QString, button);
    QFETCH(bool, closes);
    QFETCH(bool, stopped);
    QFETCH(QString, lastOutcome);
    const QString sub = QStringLiteral("SUB-UNDO-CLOSE-") + QString::fromLatin1(QTest::currentDataTag()).left(4);
    Harness h = makeWindow(30, sub, 1);
    MainWindow &w = *h.window;
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QTRY_VERIFY(modal<QMessageBox>());
    auto *box = modal<QMessageBox>();
    QCOMPARE(box->objectName(), QStringLiteral("heldStopsQuestion"));
    QCOMPARE(box->text(), QStringLiteral("A stop of 1 session is waiting to be sent."));
    const QStringList gaps = UiTest::accessibilityGaps(box);
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
    QVERIFY(!w.runner()->isBusy()); // asking sends nothing
    auto *choice = box->findChild<QPushButton *>(button);
    QVERIFY(choice);
    QVERIFY(!choice->accessibleName().isEmpty());
    choice->click();

    QTRY_COMPARE_WITH_TIMEOUT(w.isVisible(), !closes, 15000);
    QCOMPARE(w.heldStops()->isHolding(), !closes);
    QCOMPARE(!onServer(sub, QStringLiteral("device-1")).isActive(), stopped);
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.isEmpty() ? QString() : lines.constLast().value(QStringLiteral("outcome")).toString(),
             lastOutcome);
    QCOMPARE(lines.size(), lastOutcome.isEmpty() ? 0 : lastOutcome == QLatin1String("ok") ? 2 : 1);
}

// The stop went at its deadline while the question was open: the question
// goes, and the window stays (the user did not say to close it).
void tst_UndoWindow::deadlineWhileAskingTakesNoAnswerForTheUser()
{
    const QString sub = QStringLiteral("SUB-UNDO-MEANWHILE");
    Harness h = makeWindow(2, sub, 1);
    MainWindow &w = *h.window;
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(!w.close());
    QTRY_VERIFY(modal<QMessageBox>());
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(w.isVisible());
    QVERIFY(!onServer(sub, QStringLiteral("device-1")).isActive());
    QVERIFY(w.close()); // nothing held now: closes without asking
}

void tst_UndoWindow::switchingConnectionWhileHeldAsks()
{
    const QString sub = QStringLiteral("SUB-UNDO-SWITCH");
    Harness h = makeWindow(30, sub, 1);
    MainWindow &w = *h.window;
    const QString connectedId = h.connection->profile().id;
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);

    w.connectProfile(ConnectionProfile::demo());
    QTRY_VERIFY(modal<QMessageBox>());
    modal<QMessageBox>()->findChild<QPushButton *>(QStringLiteral("cancelLeavingButton"))->click();
    QVERIFY(w.heldStops()->isHolding());
    QCOMPARE(h.connection->profile().id, connectedId);

    // Sent to the server it was confirmed on before the switch goes ahead.
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    ConnectionProfile again = ConnectionController::transientProfile(m_emulator.url);
    w.connectProfile(again);
    QTRY_VERIFY(modal<QMessageBox>());
    modal<QMessageBox>()->findChild<QPushButton *>(QStringLiteral("sendHeldStopsButton"))->click();
    QVERIFY(!w.heldStops()->isHolding());
    QVERIFY(finished.wait(15000));
    QVERIFY(!onServer(sub, QStringLiteral("device-1")).isActive());
}

// The server refuses the token while a stop is held (revoked, say): the
// same connection asks for a new token with no "switching connections"
// question, and the stop waits for it instead of going into a certain 401;
// it leaves once, as of its confirmation, when the token is given.
void tst_UndoWindow::refusedTokenHoldsTheStopUntilANewOne()
{
    const QString sub = QStringLiteral("SUB-UNDO-TOKEN");
    Harness h = makeWindow(1, sub, 1);
    MainWindow &w = *h.window;
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QSignalSpy sent(w.heldStops(), &HeldStops::sent);
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(w.heldStops()->isHolding());

    h.connection->client()->setAccessToken("revoked-by-the-server");
    w.loader()->refresh(SessionLoader::Origin::Background); // as auto-refresh does
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeModalWidget() != nullptr, 15000);
    if (auto *box = modal<QMessageBox>())
        QFAIL(qPrintable(box->text() + QLatin1Char(' ') + box->informativeText()));
    QVERIFY(modal<TokenPromptDialog>());
    QVERIFY(w.heldStops()->isPaused());
    QCOMPARE(w.heldStopsBar()->text(), QStringLiteral("Stop of 1 session waits for the access token —"));
    // Well past its 1 s deadline: nothing sent without a token.
    QVERIFY(!sent.wait(2500));
    QVERIFY(w.heldStops()->isHolding());
    QVERIFY(onServer(sub, QStringLiteral("device-1")).isActive());

    auto *prompt = modal<TokenPromptDialog>();
    QTest::keyClicks(prompt->tokenEdit(), QString::fromLatin1(Token));
    prompt->accept();
    QVERIFY(sent.wait(15000));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    QVERIFY(!w.heldStops()->isHolding());
    const UsageSession stopped = onServer(sub, QStringLiteral("device-1"));
    QVERIFY(!stopped.isActive());
    QVERIFY2(stopped.stop >= before && stopped.stop <= after,
             qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(stopped.stop).arg(before).arg(after)));
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.size(), 2); // sent once, answered once
    QCOMPARE(lines.constLast().value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
}

// "Send now" on closing: the window waits for the server's answer (slow
// here) and says so, also when the user tries to close again meanwhile.
void tst_UndoWindow::closingWhileTheAnswerIsAwaitedSaysSo()
{
    EmulatorFixture slow;
    Emulator::Options options;
    options.token = Token;
    options.latencyMinMs = 1500;
    options.latencyMaxMs = 1500;
    QVERIFY(slow.start(options));
    const QString sub = QStringLiteral("SUB-UNDO-SLOW");
    Harness h = makeWindow(30, sub, 1, slow.url);
    MainWindow &w = *h.window;
    QVERIFY(confirmStop(w, QStringLiteral("device-1")));
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(!w.close());
    QTRY_VERIFY(modal<QMessageBox>());
    modal<QMessageBox>()->findChild<QPushButton *>(QStringLiteral("sendHeldStopsButton"))->click();
    QVERIFY(w.runner()->isAwaitingAnswer());
    const QString note = QStringLiteral("Waiting for the server’s answer to the stop before closing…");
    QCOMPARE(w.statusBar()->currentMessage(), note);

    // Tried again while the answer is on its way: told again, no question.
    w.statusBar()->showMessage(QStringLiteral("something else"));
    QVERIFY(!w.close());
    QVERIFY(w.isVisible());
    QCOMPARE(w.statusBar()->currentMessage(), note);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(w.runner()->isAwaitingAnswer()); // still waiting: the note was not stale

    QTRY_VERIFY_WITH_TIMEOUT(!w.isVisible(), 15000);
    QVERIFY(!w.heldStops()->isHolding());
}

void tst_UndoWindow::undoWindowIsKeptAcrossRestarts()
{
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Careful stops"), m_emulator.url);
    QString id;
    {
        auto connection = std::make_unique<ConnectionController>();
        auto window = std::make_unique<MainWindow>(connection.get());
        id = window->profiles()->save(profile);
        profile.id = id;
        window->tokenResolver()->setSessionToken(id, profile.baseUrl, Token);
        window->connectProfile(profile);
        QTRY_VERIFY_WITH_TIMEOUT(connection->isReady() && connection->profile().id == id, 15000);
        QCOMPARE(window->heldStops()->delaySeconds(), 5);

        window->editConnection();
        QTRY_VERIFY(modal<ProfileDialog>());
        auto *dialog = modal<ProfileDialog>();
        dialog->undoSecondsBox()->setValue(1);
        dialog->saveButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(connection->isReady() && window->heldStops()->delaySeconds() == 1, 15000);
        QCOMPARE(window->profiles()->profile(id).undoSeconds, 1);
    }
    // The next start of the app reads it back with the profile.
    auto connection = std::make_unique<ConnectionController>();
    auto window = std::make_unique<MainWindow>(connection.get());
    QCOMPARE(window->profiles()->profile(id).undoSeconds, 1);
    window->tokenResolver()->setSessionToken(id, profile.baseUrl, Token);
    window->connectProfile(window->profiles()->profile(id));
    QTRY_VERIFY_WITH_TIMEOUT(connection->isReady() && connection->profile().id == id, 15000);
    QCOMPARE(window->heldStops()->delaySeconds(), 1);
}

QTEST_MAIN(tst_UndoWindow)
#include "tst_undowindow.moc"
