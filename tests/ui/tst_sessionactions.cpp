// Starting and stopping sessions from the main window, against the
// in-process emulator over real HTTP on loopback; profiles, tokens and the
// journal as the window wires them.
#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/totalsstrip.h"
#include "testpages.h"
#include "testserver.h"
#include "uitestsupport.h"

#include "actions/actionjournal.h"
#include "actions/sessionactionrunner.h"
#include "actions/stoprequest.h"
#include "radar/attentionlimits.h"
#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "reusedsession.h"
#include "sessions/durationformat.h"
#include "ui/dialogs/journaldialog.h"
#include "ui/dialogs/productionunlockdialog.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/tokenpromptdialog.h"
#include "ui/dialogs/profilemanagerdialog.h"
#include "secrets/tokenresolver.h"
#include "sessions/sessionbrowser.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTableWidget>
#include <QToolButton>

using BillForward::UsageSession;

using UiTest::journalLines;
using UiTest::modal;

namespace {

const QByteArray Token = "ui-actions-token";

} // namespace

class tst_SessionActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void startsThroughTheDialog_data();
    void startsThroughTheDialog();
    void invalidStartIsMarkedAndNotSent();
    void stopsTwoThroughTheConfirmation();
    void stopOfAReusedIdEndsTheActiveUseOnly();
    void stopOfASessionStartingLaterStopsAtItsStart();
    void stopRefusedByServerNamesTheSession();
    void stopSpanningOrganizationsIsOneRequestEach();
    void refusedRequestOffersResendWithoutItsItems();
    void dontAskAgainIsSavedWithTheProfile();
    void unconfirmedStopStillOffersItsLimit();
    void lostAnswerIsReconciled();
    void reconciliationStoppedOrSwitchedAway();
    void readOnlyProfileCannotChange();
    void productionOpensReadOnlyUntilAllowed();
    void profileSavedWithoutTokenAndRestored();
    void keychainUnavailableAsksForToken();

private:
    struct Harness
    {
        std::unique_ptr<ConnectionController> connection;
        std::unique_ptr<MainWindow> window;
    };
    Harness makeWindow(const QUrl &url);
    Harness makeWindow(const ConnectionProfile &profile, const QByteArray &sessionToken);
    bool load(MainWindow &window, const QString &subscription);
    QList<int> activeModelRows(MainWindow &window, int count);
    bool startIn(BillForward::ApiClient &client, const QString &subscription, const QString &organization,
                 const QStringList &ids);

    QTemporaryDir m_dir;
    EmulatorFixture m_good;
    EmulatorFixture m_dropping;
    QString m_subscription;
};

void tst_SessionActions::initTestCase()
{
    // No desktop session: the keychain is unavailable, as on a bare server.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    UiTest::isolateSettings(m_dir);
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    QVERIFY(m_good.start(options));
    options.dropRate = 1.0; // applies every start and stop, then drops the connection
    QVERIFY(m_dropping.start(options));
    m_subscription = Emulator::DemoData::subscriptionIds().at(1);
}

void tst_SessionActions::init()
{
    QSettings().clear();
    QFile::remove(ActionJournal::defaultPath());
}

void tst_SessionActions::cleanup()
{
    while (QWidget *widget = QApplication::activeModalWidget())
        delete widget;
}

tst_SessionActions::Harness tst_SessionActions::makeWindow(const QUrl &url)
{
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.connection->connectTo(url, Token);
    h.connection->client()->setMaxAttempts(1);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1400, 800);
    h.window->show();
    if (!QTest::qWaitForWindowExposed(h.window.get()))
        qWarning("window not exposed");
    return h;
}

tst_SessionActions::Harness tst_SessionActions::makeWindow(const ConnectionProfile &profile,
                                                           const QByteArray &sessionToken)
{
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1400, 800);
    h.window->show();
    if (!QTest::qWaitForWindowExposed(h.window.get()))
        qWarning("window not exposed");
    if (!sessionToken.isEmpty())
        h.window->tokenResolver()->setSessionToken(profile.id, profile.baseUrl, sessionToken);
    h.window->connectProfile(profile);
    return h;
}

bool tst_SessionActions::load(MainWindow &window, const QString &subscription)
{
    QSignalSpy finished(window.loader(), &SessionLoader::loadFinished);
    if (!window.openSubscription(subscription))
        return false;
    if (!finished.wait(30000))
        return false;
    return !finished.constLast().at(1).value<BillForward::ApiError>().isError()
        && window.browser()->store().size() > 0;
}

QList<int> tst_SessionActions::activeModelRows(MainWindow &window, int count)
{
    QList<int> rows;
    const QAbstractItemModel *model = window.table()->model();
    for (int row = 0; row < model->rowCount() && rows.size() < count; ++row) {
        const int storeRow = window.browser()->model()->storeRowAt(row);
        // A session whose start is ahead of now (the demo's clock-ahead
        // example) stops at its start, not now: the tests here want sessions that stop now.
        if (window.browser()->store().at(storeRow).isActive()
            && window.browser()->attentionOf(storeRow).reason != Attention::Reason::FutureStart)
            rows << row;
    }
    return rows;
}

void tst_SessionActions::startsThroughTheDialog_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("one session") << 1;
    QTest::newRow("a batch of three") << 3;
}

void tst_SessionActions::startsThroughTheDialog()
{
    QFETCH(int, count);
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QVERIFY(w.startAction()->isEnabled());
    QCOMPARE(w.startAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    const int before = w.browser()->store().size();

    w.startAction()->trigger();
    QTRY_VERIFY(modal<QDialog>() && modal<QDialog>()->objectName() == QLatin1String("startSessionDialog"));
    QDialog *dialog = modal<QDialog>();
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("subscription"))->text(), m_subscription);
    // Pricing component and unit come from what the subscription already uses.
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("uom"))->currentText().isEmpty());
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("ui-start-%1-%2").arg(count).arg(i);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"))->setPlainText(ids.join(QLatin1Char('\n')));
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(w.runner()->isBusy());
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);

    const SessionStore &store = w.browser()->store();
    QCOMPARE(store.size(), before + count);
    for (const QString &id : std::as_const(ids)) {
        bool found = false;
        for (int row = 0; row < store.size(); ++row)
            found = found || (store.at(row).sessionId == id && store.at(row).isActive());
        QVERIFY2(found, qPrintable(id));
    }
    QVERIFY(w.statusBar()->currentMessage().contains(QString::number(count)));
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // a plain success needs no dialog

    // The journal holds the send and the outcome, and no token.
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).value(QStringLiteral("outcome")).toString(), QStringLiteral("sent"));
    QCOMPARE(lines.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(lines.at(1).value(QStringLiteral("action")).toString(), QStringLiteral("start"));
    QFile file(w.journal()->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains(ids.constLast().toUtf8()));
    QVERIFY(!bytes.contains(Token));

    // Session > Journal… shows it.
    w.findChild<QAction *>(QStringLiteral("journalAction"))->trigger();
    QTRY_VERIFY(modal<JournalDialog>());
    QCOMPARE(modal<JournalDialog>()->table()->rowCount(), 1);
    QVERIFY(modal<JournalDialog>()->table()->item(0, 4)->text().contains(ids.constFirst()));
}

void tst_SessionActions::invalidStartIsMarkedAndNotSent()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const int running = activeModelRows(w, 1).constFirst();
    const UsageSession active = w.browser()->store().at(w.browser()->model()->storeRowAt(running));
    QSignalSpy pending(w.runner(), &SessionActionRunner::pendingChanged);

    w.startAction()->trigger();
    QTRY_VERIFY(modal<QDialog>());
    QDialog *dialog = modal<QDialog>();
    auto *ids = dialog->findChild<QPlainTextEdit *>(QStringLiteral("sessionIds"));
    auto *uom = dialog->findChild<QComboBox *>(QStringLiteral("uom"));
    // Empty IDs first, then a session that already runs.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!ids->accessibleDescription().isEmpty());
    ids->setPlainText(active.sessionId);
    uom->setCurrentText(active.uom);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("startButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!ids->accessibleDescription().isEmpty());
    QCOMPARE(pending.count(), 0);
    QVERIFY(!w.runner()->isBusy());
    QVERIFY(journalLines(w.journal()->path()).isEmpty());
}

void tst_SessionActions::stopsTwoThroughTheConfirmation()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    QVERIFY(load(w, Emulator::DemoData::subscriptionIds().at(2)));
    SessionTableView *table = w.table();
    QVERIFY(!w.stopAction()->isEnabled());
    const QList<int> rows = activeModelRows(w, 2);
    QCOMPARE(rows.size(), 2);
    table->selectRow(rows.at(0));
    table->selectionModel()->select(table->model()->index(rows.at(1), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(w.stopAction()->isEnabled());
    QList<SessionKey> keys;
    for (const int row : rows)
        keys << SessionKey::of(w.browser()->store().at(w.browser()->model()->storeRowAt(row)));

    w.stopAction()->trigger();
    QTRY_VERIFY(modal<QDialog>() && modal<QDialog>()->objectName() == QLatin1String("stopConfirmationDialog"));
    QDialog *dialog = modal<QDialog>();
    auto *stop = dialog->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(stop->text().contains(QLatin1Char('2')));
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(stop, Qt::LeftButton);

    // While the request runs the rows say so and cannot be stopped again.
    for (const int row : rows)
        QVERIFY(table->model()->index(row, 0).data(SessionTableModel::PendingActionRole).toBool());
    QVERIFY(!w.stopAction()->isEnabled());
    QSignalSpy refused(w.runner(), &SessionActionRunner::refused);
    BillForward::SessionBatch again;
    again.usageSessions << w.browser()->store().at(w.browser()->model()->storeRowAt(rows.at(0)));
    QCOMPARE(w.runner()->stop(again), 0);
    QCOMPARE(refused.count(), 1);
    QTRY_VERIFY(modal<QMessageBox>());
    delete modal<QMessageBox>();

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    for (const SessionKey &key : std::as_const(keys)) {
        const int storeRow = w.browser()->store().indexOf(key);
        QVERIFY(storeRow >= 0);
        QCOMPARE(w.browser()->store().at(storeRow).stateKind(), BillForward::SessionState::Historic);
        const int modelRow = w.browser()->model()->modelRowOfStoreRow(storeRow);
        QVERIFY(!table->model()->index(modelRow, 0).data(SessionTableModel::PendingActionRole).toBool());
    }
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).value(QStringLiteral("action")).toString(), QStringLiteral("stop"));
    QCOMPARE(lines.at(1).value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
    QCOMPARE(lines.at(1).value(QStringLiteral("sessions")).toArray().size(), 2);
}

// kiosk-1 ran twice and runs again: the window shows the three uses, sums
// the ended ones, and a stop of the selection stops (and marks as pending)
// the running use alone.
void tst_SessionActions::stopOfAReusedIdEndsTheActiveUseOnly()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    const QString sub = QStringLiteral("SUB-UI-REUSE");
    const BillForward::Timestamp firstDay = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(runUses(*h.connection->client(), sub, QStringLiteral("kiosk-1"), 2, firstDay).size(), 2);
    UsageSession running;
    running.subscriptionId = sub;
    running.sessionId = QStringLiteral("kiosk-1");
    running.uom = QStringLiteral("minutes");
    running.pricingComponentName = QStringLiteral("Minutes");
    running.start = firstDay + 2 * 86'400'000;
    BillForward::ApiReply *started = h.connection->client()->start({{running}, {}});
    QSignalSpy startedSpy(started, &BillForward::ApiReply::finished);
    QVERIFY(startedSpy.wait(10000) && started->isOk());

    QVERIFY(load(w, sub));
    SessionTableView *table = w.table();
    const SessionStore &store = w.browser()->store();
    QCOMPARE(table->model()->rowCount(), 3);
    const QList<int> active = activeModelRows(w, 3);
    QCOMPARE(active.size(), 1);
    const int activeStoreRow = w.browser()->model()->storeRowAt(active.constFirst());
    QCOMPARE(store.start(activeStoreRow), running.start);

    // The ended uses: two rows, an hour each, and nothing to stop.
    table->clearSelection();
    for (int row = 0; row < 3; ++row) {
        if (row != active.constFirst())
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QVERIFY(!w.stopAction()->isEnabled());
    // Both uses count in the selection's totals (TotalsStrip, under the table).
    const QString total = QStringLiteral("Selected: 2 sessions: 0 active, 2 ended · minutes: %1")
                              .arg(DurationFormat::forPeople(2 * 3'600'000));
    const auto *totals = w.findChild<TotalsStrip *>(QStringLiteral("totalsStrip"));
    QVERIFY(totals);
    QVERIFY2(totals->selectionText().startsWith(total), qPrintable(totals->selectionText()));

    table->selectAll();
    QVERIFY(w.stopAction()->isEnabled());
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<QDialog>() && modal<QDialog>()->objectName() == QLatin1String("stopConfirmationDialog"));
    auto *stop = modal<QDialog>()->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QCOMPARE(stop->text(), StopConfirmationDialog::tr("Stop session")); // one session, not three
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(stop, Qt::LeftButton);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->model()->index(row, 0).data(SessionTableModel::PendingActionRole).toBool(),
                 row == active.constFirst());
    }

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.activeCount(), 0);
    for (int row = 0; row < store.size(); ++row) {
        QCOMPARE(store.stateKind(row), BillForward::SessionState::Historic);
        if (row != activeStoreRow)
            QCOMPARE(store.uduration(row), 3'600'000);
    }
    QVERIFY(store.stop(activeStoreRow) >= running.start);
}

// The demo's call whose handset clock runs 2 h ahead: stopped now from the
// window, it is sent stopped at its start (the server refuses a stop before
// the start) and the server records a use of no time.
void tst_SessionActions::stopOfASessionStartingLaterStopsAtItsStart()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    const QString subscription = Emulator::DemoData::subscriptionIds().at(0);
    QVERIFY(load(w, subscription));
    const SessionStore &store = w.browser()->store();
    int storeRow = -1;
    for (int row = 0; row < store.size(); ++row) {
        if (store.at(row).isActive() && w.browser()->attentionOf(row).reason == Attention::Reason::FutureStart)
            storeRow = row;
    }
    QVERIFY(storeRow >= 0);
    const UsageSession ahead = store.at(storeRow);
    QVERIFY(ahead.start > QDateTime::currentMSecsSinceEpoch());
    w.table()->selectRow(w.browser()->model()->modelRowOfStoreRow(storeRow));
    QVERIFY(w.stopAction()->isEnabled());

    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    auto *dialog = modal<StopConfirmationDialog>();
    QVERIFY(dialog->table()->item(dialog->rowOf(0), StopConfirmationDialog::NoteColumn)
                ->text()
                .startsWith(QLatin1String("Starts in the future")));
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // no refusal box

    // What the server holds, asked afresh.
    BillForward::ListQuery query;
    query.subscriptionId = subscription;
    BillForward::ApiReply *listed = h.connection->client()->list(query);
    QSignalSpy listedSpy(listed, &BillForward::ApiReply::finished);
    QVERIFY(listedSpy.wait(10000) && listed->isOk());
    bool found = false;
    for (const UsageSession &session : listed->page().results) {
        if (session.sessionId != ahead.sessionId || session.start != ahead.start)
            continue;
        found = true;
        QCOMPARE(session.stateKind(), BillForward::SessionState::Historic);
        QCOMPARE(session.stop, session.start);
    }
    QVERIFY2(found, qPrintable(ahead.sessionId));
}

void tst_SessionActions::stopRefusedByServerNamesTheSession()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:active"));
    QTRY_VERIFY(w.browser()->view().size() < w.browser()->store().size());
    const QList<int> rows = activeModelRows(w, 2);
    QCOMPARE(rows.size(), 2);
    const UsageSession gone = w.browser()->store().at(w.browser()->model()->storeRowAt(rows.at(1)));
    // Someone else stops it; the window still shows it running.
    QVERIFY(UiTest::stopSessionOnServer(m_good.url, Token, gone.subscriptionId, gone.sessionId, gone.uom));
    w.table()->selectRow(rows.at(0));
    w.table()->selectionModel()->select(w.table()->model()->index(rows.at(1), 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<QDialog>());
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(modal<QDialog>()->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<ActionResult>();
    QCOMPARE(result.status, ActionResult::Status::Failed);
    QTRY_VERIFY(modal<QMessageBox>());
    auto *box = modal<QMessageBox>();
    QCOMPARE(box->objectName(), QStringLiteral("actionResultBox"));
    QVERIFY2(box->informativeText().contains(gone.sessionId), qPrintable(box->informativeText()));
    QVERIFY(box->text().contains(result.error.bfError.errorMessage.left(20)));
    QCOMPARE(journalLines(w.journal()->path()).constLast().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("error"));
    box->accept();
}

bool tst_SessionActions::startIn(BillForward::ApiClient &client, const QString &subscription,
                                 const QString &organization, const QStringList &ids)
{
    BillForward::SessionBatch batch;
    batch.organizationId = organization;
    for (const QString &id : ids) {
        UsageSession session;
        session.subscriptionId = subscription;
        session.sessionId = id;
        session.uom = QStringLiteral("minutes");
        session.pricingComponentName = QStringLiteral("Minutes");
        batch.usageSessions << session;
    }
    BillForward::ApiReply *reply = client.start(batch);
    QSignalSpy finished(reply, &BillForward::ApiReply::finished);
    return finished.wait(10000) && reply->isOk();
}

// One subscription whose sessions belong to two organizations: one
// confirmation lists both groups, then one POST per organization, each
// with its organizationID, both applied; the rows' pending marks end with
// their own request.
void tst_SessionActions::stopSpanningOrganizationsIsOneRequestEach()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    const QString sub = QStringLiteral("SUB-UI-TWO-ORGS");
    QVERIFY(startIn(*h.connection->client(), sub, QStringLiteral("ORG-UI-A"), {QStringLiteral("a1"), QStringLiteral("a2")}));
    QVERIFY(startIn(*h.connection->client(), sub, QStringLiteral("ORG-UI-B"), {QStringLiteral("b1")}));
    QVERIFY(load(w, sub));
    QCOMPARE(w.table()->model()->rowCount(), 3);
    w.table()->selectAll();
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    auto *dialog = modal<StopConfirmationDialog>();
    QCOMPARE(dialog->table()->rowCount(), 3 + 2); // a row naming each organization
    QVERIFY(dialog->summaryLabel()->text().contains(QLatin1String("2 organizations")));
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QVERIFY(!modal<StopConfirmationDialog>()); // one confirmation for both requests
    // Held as one unit for the undo window: both organizations' sessions.
    auto *held = w.findChild<QLabel *>(QStringLiteral("heldStopsText"));
    QVERIFY(held);
    QVERIFY2(held->text().contains(QLatin1String("3 sessions")), qPrintable(held->text()));
    for (int row = 0; row < 3; ++row)
        QVERIFY(w.table()->model()->index(row, 0).data(SessionTableModel::PendingActionRole).toBool());

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QStringList organizations;
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        const auto result = signal.constFirst().value<ActionResult>();
        QCOMPARE(result.status, ActionResult::Status::Succeeded);
        organizations << result.organizationId;
        for (const UsageSession &affected : result.affected)
            QCOMPARE(affected.organizationId, result.organizationId);
    }
    organizations.sort();
    QCOMPARE(organizations, (QStringList{QStringLiteral("ORG-UI-A"), QStringLiteral("ORG-UI-B")}));
    const SessionStore &store = w.browser()->store();
    QCOMPARE(store.activeCount(), 0);
    for (int row = 0; row < 3; ++row)
        QVERIFY(!w.table()->model()->index(row, 0).data(SessionTableModel::PendingActionRole).toBool());
    // Two POSTs: each sent and answered, in the journal.
    const QList<QJsonObject> lines = journalLines(w.journal()->path());
    QList<int> sentSizes;
    for (const QJsonObject &line : lines) {
        if (line.value(QStringLiteral("outcome")).toString() == QLatin1String("sent"))
            sentSizes << int(line.value(QStringLiteral("sessions")).toArray().size());
    }
    std::sort(sentSizes.begin(), sentSizes.end());
    QCOMPARE(sentSizes, (QList<int>{1, 2}));
    QCOMPARE(lines.size(), 4);
    QVERIFY(!modal<QMessageBox>()); // both applied: nothing to ask
}

// ORG-B's request is refused (one of its sessions was stopped behind the
// app's back): all or nothing, so none of its items stopped; ORG-A's went
// through. The refusal lists the items and offers to resend without the one
// the server named; nothing is sent until the user clicks it, then only the
// rest, at the instant the user confirmed.
void tst_SessionActions::refusedRequestOffersResendWithoutItsItems()
{
    Harness h = makeWindow(m_good.url);
    MainWindow &w = *h.window;
    const QString sub = QStringLiteral("SUB-UI-REFUSED-ORG");
    QVERIFY(startIn(*h.connection->client(), sub, QStringLiteral("ORG-UI-A"), {QStringLiteral("a1")}));
    QVERIFY(startIn(*h.connection->client(), sub, QStringLiteral("ORG-UI-B"),
                    {QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")}));
    QVERIFY(load(w, sub));
    QCOMPARE(w.table()->model()->rowCount(), 4);
    QVERIFY(UiTest::stopSessionOnServer(m_good.url, Token, sub, QStringLiteral("b2"), QStringLiteral("minutes")));
    w.table()->selectAll();
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QTest::mouseClick(modal<StopConfirmationDialog>()->stopButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);

    ActionResult refused;
    for (const QList<QVariant> &signal : std::as_const(finished)) {
        const auto result = signal.constFirst().value<ActionResult>();
        if (result.organizationId == QLatin1String("ORG-UI-A"))
            QCOMPARE(result.status, ActionResult::Status::Succeeded);
        else
            refused = result;
    }
    QCOMPARE(refused.organizationId, QStringLiteral("ORG-UI-B"));
    QCOMPARE(refused.status, ActionResult::Status::Failed);
    QCOMPARE(refused.items.size(), 3);
    QTRY_VERIFY(modal<QMessageBox>());
    auto *box = modal<QMessageBox>();
    QCOMPARE(box->objectName(), QStringLiteral("actionResultBox"));
    const QString details = box->informativeText();
    QVERIFY2(details.contains(QLatin1String("ORG-UI-B")) && details.contains(QLatin1String("b2")), qPrintable(details));
    auto *resend = box->findChild<QPushButton *>(QStringLiteral("resendWithoutRefused"));
    QVERIFY(resend);
    QCOMPARE(resend->text(), QStringLiteral("Resend without the refused items"));
    // Offered, not sent: two POSTs so far, and nothing under way.
    QVERIFY(!w.runner()->isBusy());
    QCOMPARE(journalLines(w.journal()->path()).size(), 4);
    const SessionStore &store = w.browser()->store();

    finished.clear();
    QTest::mouseClick(resend, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const auto again = finished.constFirst().constFirst().value<ActionResult>();
    QCOMPARE(again.status, ActionResult::Status::Succeeded);
    QCOMPARE(again.organizationId, QStringLiteral("ORG-UI-B"));
    QCOMPARE(again.items.size(), 2);
    QCOMPARE(again.items.at(0).requested.sessionId, QStringLiteral("b1"));
    QCOMPARE(again.items.at(1).requested.sessionId, QStringLiteral("b3"));
    // The instant confirmed the first time, not the moment of the resend.
    QCOMPARE(again.items.at(0).requested.stop, refused.items.at(0).requested.stop);
    for (const UsageSession &session : again.affected) {
        QCOMPARE(session.stateKind(), BillForward::SessionState::Historic);
        QCOMPARE(session.stop, refused.items.at(0).requested.stop);
    }
    QCOMPARE(journalLines(w.journal()->path()).size(), 6);
    QTRY_COMPARE(store.activeCount(), 0);
}

void tst_SessionActions::dontAskAgainIsSavedWithTheProfile()
{
    const QString subscription = Emulator::DemoData::subscriptionIds().at(0);
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Quick stops"), m_good.url);
    profile.undoSeconds = 0; // sent at once, no undo window: this test is about the confirmation
    Harness h = makeWindow(ConnectionProfile::demo(), {});
    MainWindow &w = *h.window;
    w.profiles()->save(profile);
    w.tokenResolver()->setSessionToken(profile.id, profile.baseUrl, Token);
    w.connectProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(h.connection->isReady() && h.connection->profile().id == profile.id, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isLoading(), 30000);
    QVERIFY(load(w, subscription));
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:active"));
    QTRY_VERIFY(w.browser()->view().size() < w.browser()->store().size());

    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    w.table()->selectRow(activeModelRows(w, 1).constFirst());
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    auto *dialog = modal<StopConfirmationDialog>();
    QVERIFY(dialog->dontAskAgainBox()->isVisible());
    dialog->dontAskAgainBox()->setChecked(true);
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!w.profiles()->profile(profile.id).confirmStops);
    QVERIFY(!w.runner()->policy().mustConfirmStops());

    // The next stop goes without asking (of a session within its limit: one
    // past it still gets the dialog, for "As of its limit").
    AttentionLimits generous;
    generous.defaultMs = 100LL * 365 * 24 * 3600 * 1000;
    w.browser()->setAttentionLimits(generous);
    int next = -1;
    QTRY_VERIFY([&] {
        const QList<int> rows = activeModelRows(w, 1000);
        for (const int row : rows) {
            const int storeRow = w.browser()->model()->storeRowAt(row);
            if (StopRequest::limitInstant(w.browser()->attentionOf(storeRow)) == BillForward::NoTimestamp) {
                next = row;
                return true;
            }
        }
        return false;
    }());
    w.table()->selectRow(next);
    QVERIFY(w.stopAction()->isEnabled());
    w.stopAction()->trigger();
    QVERIFY(w.runner()->isBusy());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constLast().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
}

// Confirmations off: a stop goes at once, unless a selected session is past
// its limit; then the dialog still comes, so it can stop as of the limit.
void tst_SessionActions::unconfirmedStopStillOffersItsLimit()
{
    const QString subscription = Emulator::DemoData::subscriptionIds().at(0);
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Unconfirmed stops"), m_good.url);
    profile.undoSeconds = 0;
    profile.confirmStops = false;
    Harness h = makeWindow(profile, Token);
    MainWindow &w = *h.window;
    QTRY_VERIFY_WITH_TIMEOUT(h.connection->isReady() && h.connection->profile().id == profile.id, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isLoading(), 30000);
    QVERIFY(!w.runner()->policy().mustConfirmStops());
    QVERIFY(load(w, subscription));
    // Every running session is past a one-minute limit.
    AttentionLimits oneMinute;
    oneMinute.defaultMs = 60'000;
    w.browser()->setAttentionLimits(oneMinute);
    QList<int> rows;
    int storeRow = -1;
    QTRY_VERIFY_WITH_TIMEOUT(!(rows = activeModelRows(w, 50)).isEmpty() && [&] {
        for (const int row : std::as_const(rows)) {
            const int candidate = w.browser()->model()->storeRowAt(row);
            if (StopRequest::limitInstant(w.browser()->attentionOf(candidate)) != BillForward::NoTimestamp) {
                storeRow = candidate;
                w.table()->selectRow(row);
                return true;
            }
        }
        return false;
    }(), 10000);
    const BillForward::UsageSession chosen = w.browser()->store().at(storeRow);
    const BillForward::Timestamp limit = StopRequest::limitInstant(w.browser()->attentionOf(storeRow));

    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    w.stopAction()->trigger();
    QVERIFY(!w.runner()->isBusy()); // not sent as of now
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    auto *dialog = modal<StopConfirmationDialog>();
    QVERIFY(dialog->offersStopAsOfLimit());
    QVERIFY(!dialog->dontAskAgainBox()->isVisible()); // it does not ask already
    dialog->asOfLimitButton()->click();
    QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const ActionResult result = finished.constFirst().constFirst().value<ActionResult>();
    QCOMPARE(result.status, ActionResult::Status::Succeeded);
    QCOMPARE(result.items.size(), 1);
    QCOMPARE(result.items.constFirst().requested.sessionId, chosen.sessionId);
    // As of its limit (never before the current part's start), not as of now.
    StopRequest asOfLimit;
    asOfLimit.when = StopRequest::When::AsOfLimit;
    asOfLimit.limitInstants.insert(SessionKey::of(chosen), limit);
    const BillForward::Timestamp expected = asOfLimit.stopOf(chosen, QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(result.items.constFirst().requested.stop, expected);
    QVERIFY(expected < QDateTime::currentMSecsSinceEpoch() - 30'000);
}

void tst_SessionActions::lostAnswerIsReconciled()
{
    Harness h = makeWindow(m_dropping.url);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const int row = activeModelRows(w, 1).constFirst();
    const SessionKey key = SessionKey::of(w.browser()->store().at(w.browser()->model()->storeRowAt(row)));
    w.table()->selectRow(row);
    QSignalSpy reconciling(w.runner(), &SessionActionRunner::reconciling);
    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<QDialog>());
    QTest::mouseClick(modal<QDialog>()->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(reconciling.count(), 1);
    const auto result = finished.constFirst().constFirst().value<ActionResult>();
    QCOMPARE(result.status, ActionResult::Status::Reconciled);
    QCOMPARE(result.count(ActionResult::ItemOutcome::TookEffect), 1);
    QTRY_VERIFY(modal<QMessageBox>());
    auto *box = modal<QMessageBox>();
    QVERIFY2(box->windowTitle().contains(QStringLiteral("took effect")), qPrintable(box->windowTitle()));
    QVERIFY(box->informativeText().contains(key.sessionId + QStringLiteral(" (") + key.uom + QStringLiteral("): took effect")));
    box->accept();
    // The list is asked again: the session shows as ended.
    QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isLoading()
                                 && w.browser()->store().indexOf(key) >= 0
                                 && !w.browser()->store().at(w.browser()->store().indexOf(key)).isActive(),
                             30000);
    const QJsonObject last = journalLines(w.journal()->path()).constLast();
    QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
    QVERIFY(QJsonDocument(last).toJson().contains("took-effect"));
}

// A server that answers a stop with a bare 500 and then never answers the
// reconciliation: the user can stop the checking from the status bar, and
// can switch connections meanwhile; both leave the stop as unknown.
void tst_SessionActions::reconciliationStoppedOrSwitchedAway()
{
    TestSupport::TestServer server;
    QVERIFY(server.listen());
    const QString sub = QStringLiteral("SUB-SLOW-CHECK");
    server.setHandler([sub](const TestSupport::RecordedRequest &request) {
        if (request.method == "POST")
            return TestSupport::TestResponse::text(500, "");
        if (request.path.endsWith(QLatin1String("/active")))
            return TestSupport::TestResponse::neverAnswer();
        return TestSupport::TestResponse::json(
            200, TestSupport::pageJson({TestSupport::sessionJson(sub, QStringLiteral("slow-1"), QStringLiteral("minutes"),
                                                                 0, 0, true)}));
    });
    Harness h = makeWindow(server.url(QStringLiteral("/v1")));
    MainWindow &w = *h.window;
    QVERIFY(load(w, sub));
    auto *stopChecking = w.findChild<QPushButton *>(QStringLiteral("stopCheckingButton"));
    QVERIFY(stopChecking);
    QVERIFY(!stopChecking->isVisible());
    QVERIFY(!stopChecking->accessibleName().isEmpty());

    const auto stopAndWaitForChecking = [&w]() -> bool {
        QSignalSpy reconciling(w.runner(), &SessionActionRunner::reconciling);
        w.table()->selectRow(0);
        w.stopAction()->trigger();
        if (!QTest::qWaitFor([] { return modal<QDialog>() != nullptr; }))
            return false;
        QTest::mouseClick(modal<QDialog>()->findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        return reconciling.wait(10000);
    };
    const auto lastIsUnknown = [&w] {
        const QJsonObject last = journalLines(w.journal()->path()).constLast();
        return last.value(QStringLiteral("outcome")).toString() == QLatin1String("unknown")
            && last.value(QStringLiteral("itemOutcomes")).toArray() == QJsonArray{QStringLiteral("unknown")};
    };

    QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
    QVERIFY(stopAndWaitForChecking());
    QTRY_VERIFY(stopChecking->isVisible());
    QTest::mouseClick(stopChecking, Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().items.constFirst().outcome,
             ActionResult::ItemOutcome::Unknown);
    QVERIFY(!stopChecking->isVisible());
    QVERIFY(lastIsUnknown());
    QTRY_VERIFY(modal<QMessageBox>());
    modal<QMessageBox>()->accept();
    QTRY_VERIFY(!modal<QMessageBox>());

    // Switching connections while it checks: no refusal, the check ends.
    QVERIFY(stopAndWaitForChecking());
    w.connectProfile(ConnectionProfile::custom(QStringLiteral("Elsewhere"), m_good.url));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!w.runner()->isBusy());
    QVERIFY(lastIsUnknown());
    QTRY_VERIFY(modal<QMessageBox>());
    QVERIFY2(!modal<QMessageBox>()->windowTitle().contains(QLatin1String("Cannot switch")),
             qPrintable(modal<QMessageBox>()->windowTitle()));
}

void tst_SessionActions::readOnlyProfileCannotChange()
{
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Looking only"), m_good.url);
    profile.readOnly = true;
    Harness h = makeWindow(profile, Token);
    MainWindow &w = *h.window;
    QTRY_VERIFY(h.connection->isReady());
    QCOMPARE(h.connection->profile().id, profile.id);
    QVERIFY(load(w, m_subscription));
    w.table()->selectRow(activeModelRows(w, 1).constFirst());
    QVERIFY(!w.startAction()->isEnabled());
    QVERIFY(!w.stopAction()->isEnabled());
    QVERIFY(w.banner()->isVisibleTo(&w));
    QVERIFY(w.bannerText()->text().contains(QStringLiteral("Read-only")));
    QSignalSpy refused(w.runner(), &SessionActionRunner::refused);
    BillForward::SessionBatch batch;
    batch.usageSessions << w.browser()->store().at(w.table()->currentStoreRow());
    QCOMPARE(w.runner()->stop(batch), 0);
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.constFirst().constFirst().toString().contains(QStringLiteral("read-only")));
}

void tst_SessionActions::productionOpensReadOnlyUntilAllowed()
{
    // Production by kind, served by the loopback emulator: no traffic leaves this machine.
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Live billing"), m_good.url);
    profile.kind = ConnectionProfile::Kind::Production;
    QVERIFY(profile.isProduction());
    QCOMPARE(profile.baseUrl.host(), QStringLiteral("127.0.0.1"));
    Harness h = makeWindow(profile, Token);
    MainWindow &w = *h.window;
    QTRY_VERIFY(h.connection->isReady());
    QVERIFY(load(w, m_subscription));
    w.table()->selectRow(activeModelRows(w, 1).constFirst());

    QVERIFY(w.runner()->policy().needsUnlock());
    QVERIFY(!w.startAction()->isEnabled());
    QVERIFY(!w.stopAction()->isEnabled());
    QVERIFY(w.unlockAction()->isEnabled());
    QVERIFY(w.windowTitle().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(w.connectionButton()->text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(w.connectionButton()->styleSheet().contains(
        ConnectionController::environmentColor(ConnectionController::Environment::Production).name()));
    QVERIFY(w.banner()->isVisibleTo(&w));
    QVERIFY(w.bannerText()->text().contains(QStringLiteral("read-only")));
    auto *allow = w.banner()->findChild<QPushButton *>(QStringLiteral("allowChangesButton"));
    QVERIFY(allow && allow->isVisibleTo(&w));
    QSignalSpy refused(w.runner(), &SessionActionRunner::refused);
    BillForward::SessionBatch batch;
    batch.usageSessions << w.browser()->store().at(w.table()->currentStoreRow());
    QCOMPARE(w.runner()->stop(batch), 0);
    QCOMPARE(refused.count(), 1);
    QTRY_VERIFY(modal<QMessageBox>());
    delete modal<QMessageBox>();

    QTest::mouseClick(allow, Qt::LeftButton);
    QTRY_VERIFY(modal<ProductionUnlockDialog>());
    auto *unlock = modal<ProductionUnlockDialog>();
    QTest::keyClicks(unlock->confirmationEdit(), QStringLiteral("production"));
    QTest::mouseClick(unlock->unlockButton(), Qt::LeftButton);
    QTRY_VERIFY(w.runner()->policy().canModify());
    QVERIFY(w.startAction()->isEnabled());
    QVERIFY(w.stopAction()->isEnabled());
    QVERIFY(!allow->isVisibleTo(&w));
    QVERIFY(w.bannerText()->text().contains(QStringLiteral("changes allowed")));

    // Stops on production are always confirmed, with no way to turn that off.
    w.stopAction()->trigger();
    QTRY_VERIFY(modal<StopConfirmationDialog>());
    QVERIFY(!modal<StopConfirmationDialog>()->dontAskAgainBox()->isVisible());
}

void tst_SessionActions::profileSavedWithoutTokenAndRestored()
{
    const QByteArray secret = Token;
    const QString name = QStringLiteral("Saved emulator");
    QString id;
    {
        Harness h = makeWindow(ConnectionProfile::demo(), {});
        MainWindow &w = *h.window;
        QTRY_VERIFY_WITH_TIMEOUT(h.connection->isReady(), 30000);
        QVERIFY(h.connection->isDemo());
        w.manageConnections();
        QTRY_VERIFY(modal<ProfileManagerDialog>());
        auto *manager = modal<ProfileManagerDialog>();
        QCOMPARE(manager->list()->count(), 1); // Demo, the first start's profile
        QVERIFY(!manager->deleteButton()->isEnabled()); // the one in use
        QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("newButton")), Qt::LeftButton);
        QTRY_VERIFY(modal<ProfileDialog>());
        auto *dialog = modal<ProfileDialog>();
        dialog->nameEdit()->setText(name);
        dialog->kindCombo()->setCurrentIndex(dialog->kindCombo()->findData(int(ConnectionProfile::Kind::Custom)));
        dialog->baseUrlEdit()->setText(m_good.url.toString());
        dialog->tokenEdit()->setText(QString::fromLatin1(secret));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        // The keychain is unavailable here: the dialog says so at once, and a
        // second Save keeps the token for this session only.
        auto *tokenStatus = dialog->findChild<QLabel *>(QStringLiteral("tokenStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(tokenStatus->text().contains(QStringLiteral("was not stored")), 15000);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(manager->list()->count() == 2, 15000);
        id = manager->selectedId();
        QTest::mouseClick(manager->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.connection->isReady() && h.connection->profile().id == id, 15000);
        QCOMPARE(h.connection->profile().name, name);
        // The demo's subscription is asked of the new server at once; then another.
        QTRY_VERIFY_WITH_TIMEOUT(!w.loader()->isLoading(), 30000);
        if (auto *box = modal<QMessageBox>())
            QFAIL(qPrintable(box->text()));
        QVERIFY(load(w, m_subscription)); // connected with the session token, no prompt
        w.settings()->sync();
        QFile file(w.settings()->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(name.toUtf8()));
        QVERIFY(!bytes.contains(secret));
    }
    ConnectionController connection;
    MainWindow again(&connection);
    QCOMPARE(again.profiles()->profiles().size(), 2);
    QCOMPARE(again.profiles()->currentId(), id);
    QCOMPARE(again.profiles()->current().baseUrl, m_good.url);
}

void tst_SessionActions::keychainUnavailableAsksForToken()
{
    const ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Ask me"), m_good.url);
    Harness h = makeWindow(profile, {});
    MainWindow &w = *h.window;
    QTRY_VERIFY_WITH_TIMEOUT(modal<TokenPromptDialog>(), 20000);
    auto *prompt = modal<TokenPromptDialog>();
    QVERIFY2(prompt->windowTitle().contains(QStringLiteral("Ask me")), qPrintable(prompt->windowTitle()));
    QCOMPARE(prompt->tokenEdit()->echoMode(), QLineEdit::Password);
    QTest::keyClicks(prompt->tokenEdit(), QString::fromLatin1(Token));
    prompt->accept();
    QTRY_VERIFY_WITH_TIMEOUT(h.connection->isReady() && h.connection->profile().id == profile.id, 15000);
    QVERIFY(load(w, m_subscription));
    QVERIFY(w.tokenResolver()->hasSessionToken(profile.id));
}

QTEST_MAIN(tst_SessionActions)
#include "tst_sessionactions.moc"
