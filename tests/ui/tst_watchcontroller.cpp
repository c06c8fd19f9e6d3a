#include "ui/connectioncontroller.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/watchsubscriptionsdialog.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/statusbarcontroller.h"
#include "ui/watchcontroller.h"
#include "ui/watchlistpanel.h"
#include "ui/widgets/subscriptionfield.h"
#include "uitestsupport.h"
#include "accessibilitywalk.h"

#include "actions/actionresult.h"
#include "actions/sessionactionrunner.h"
#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "emulator/sessiongenerator.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionkey.h"
#include "settings/appsettings.h"
#include "watch/subscriptionprobe.h"
#include "watch/watchlist.h"
#include "watch/watchloader.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

namespace {

const QByteArray Token = "watch-test-token";
// The emulator's generated subscriptions: about 40 sessions each, 1 to 5 of them active.
const QString SubA = Emulator::SessionGenerator::subscriptionIdOf(0);
const QString SubB = Emulator::SessionGenerator::subscriptionIdOf(1);
const QString SubC = Emulator::SessionGenerator::subscriptionIdOf(2);
const QString Typo = QStringLiteral("SUB-WATCH-TYPO");

struct Harness
{
    std::unique_ptr<ConnectionController> connection;
    std::unique_ptr<MainWindow> window;
};

QStringList subscriptionsIn(const SessionBrowser &browser)
{
    QStringList ids;
    for (int row = 0; row < browser.store().size(); ++row) {
        if (!ids.contains(browser.store().subscriptionId(row)))
            ids << browser.store().subscriptionId(row);
    }
    ids.sort();
    return ids;
}

int activeOf(const SessionBrowser &browser, const QString &subscription)
{
    int count = 0;
    for (int row = 0; row < browser.store().size(); ++row)
        count += browser.store().subscriptionId(row) == subscription && browser.store().isActive(row);
    return count;
}

// Asked of the server directly, not through the window.
int activeOnServer(const QUrl &url, const QString &subscription)
{
    BillForward::ApiClient client;
    client.setBaseUrl(url);
    client.setAccessToken(Token);
    BillForward::ListQuery query;
    query.subscriptionId = subscription;
    query.activeOnly = true;
    query.records = 1000;
    BillForward::ApiReply *reply = client.list(query);
    QSignalSpy finished(reply, &BillForward::ApiReply::finished);
    if (!finished.wait(20000) || !reply->isOk())
        return -1;
    return int(reply->page().results.size());
}

} // namespace

// The watch list in the window: the side list, the All watched view, the
// add dialog and "Watch this subscription", against the emulator.
class tst_WatchController : public QObject
{
    Q_OBJECT

private slots:
    // The connection's ceiling of requests in flight is the sweep's.
    void sweepTakesTheConnectionsRequestCeiling()
    {
        Harness h = makeWindow(m_emulator.url);
        QCOMPARE(h.window->watch()->loader()->concurrency(), ConnectionProfile::DefaultRequestsInFlight);
        ConnectionProfile profile = h.connection->profile();
        profile.requestsInFlight = 2;
        QSignalSpy ready(h.connection.get(), &ConnectionController::ready);
        h.connection->connectProfile(profile, Token);
        QTRY_VERIFY(!ready.isEmpty());
        QCOMPARE(h.window->watch()->loader()->concurrency(), 2);
    }

    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        Emulator::Options options;
        options.token = Token;
        options.generatedSubscriptions = 3;
        options.sessionsPerGeneratedSubscription = 40;
        QVERIFY(m_emulator.start(options));
        options.generatedSubscriptions = 0;
        options.failRate = 1.0;
        QVERIFY(m_failing.start(options));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        while (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    }

    void sideListIsALeftDockNarrowEnough()
    {
        Harness h = makeWindow(m_emulator.url);
        WatchController *watch = h.window->watch();
        QCOMPARE(h.window->dockWidgetArea(watch->dock()), Qt::LeftDockWidgetArea);
        QVERIFY(watch->dock()->isVisibleTo(h.window.get()));
        QVERIFY(watch->dock()->width() <= WatchListPanel::MaxWidth);
        QCOMPARE(watch->panel()->list()->item(0)->text().section(QLatin1Char('\n'), 0, 0), QStringLiteral("All watched"));
        QVERIFY(h.window->menuBar()->actions().contains(watch->menu()->menuAction()));
        const QStringList gaps = UiTest::accessibilityGaps(h.window.get());
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
    }

    void allWatchedShowsTheSubscriptionColumnAndOneOpensItsHistory()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        watch->watch({SubA, SubB});
        QHeaderView *header = w.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(int(SessionColumn::SubscriptionId))); // hidden by default

        QListWidget *list = watch->panel()->list();
        clickItem(list, watch->panel()->allWatchedItem());
        QVERIFY(watch->isAllWatchedShown());
        QVERIFY(!header->isSectionHidden(int(SessionColumn::SubscriptionId)));
        QCOMPARE(header->visualIndex(int(SessionColumn::SubscriptionId)), 1); // right after State
        QCOMPARE(watch->loader()->subscriptionIds(), (QStringList{SubA, SubB}));
        QVERIFY(w.loader()->subscriptionId().isEmpty()); // the single view is closed, not refreshed behind
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("All watched")), qPrintable(w.windowTitle()));

        // Refresh and auto-refresh act on the view shown: here the sweep.
        QSignalSpy sweeps(watch->loader(), &WatchLoader::sweepStarted);
        QSignalSpy loads(w.loader(), &SessionLoader::loadingStarted);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping(), 30000);
        w.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QCOMPARE(sweeps.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping(), 30000);
        w.findChild<QAction *>(QStringLiteral("autoRefresh30"))->trigger();
        QCOMPARE(watch->loader()->autoRefreshSeconds(), 30);
        QCOMPARE(loads.size(), 0);

        // Choosing one subscription opens its full history as before.
        QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
        clickItem(list, watch->panel()->itemOf(SubB));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!watch->isAllWatchedShown());
        QCOMPARE(w.loader()->subscriptionId(), SubB);
        QCOMPARE(subscriptionsIn(*w.browser()), QStringList{SubB});
        QVERIFY(w.browser()->store().size() > activeOnServer(m_emulator.url, SubB)); // ended sessions too
        QVERIFY(header->isSectionHidden(int(SessionColumn::SubscriptionId)));
        QCOMPARE(header->visualIndex(int(SessionColumn::SubscriptionId)), int(SessionColumn::SubscriptionId));
        QVERIFY(w.windowTitle().startsWith(SubB));
        QCOMPARE(list->currentItem(), watch->panel()->itemOf(SubB));
        QCOMPARE(watch->loader()->autoRefreshSeconds(), 0); // no sweep fills this view's table
        QCOMPARE(w.loader()->autoRefreshSeconds(), 30);

        // Back with the keyboard: the list has the focus, Enter opens the current entry.
        list->setFocus();
        list->setCurrentItem(watch->panel()->allWatchedItem());
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(watch->isAllWatchedShown());
        QVERIFY(!header->isSectionHidden(int(SessionColumn::SubscriptionId)));
    }

    // All watched shows the Subscription column for itself: closing the
    // window there (demo mode starts there) must not store it as the
    // user's layout, while a column the user moved meanwhile is stored.
    void allWatchedColumnIsNotSavedAsTheUsersLayout()
    {
        const int subscription = int(SessionColumn::SubscriptionId);
        const int uom = int(SessionColumn::Uom);
        {
            Harness h = makeWindow(m_emulator.url);
            WatchController *watch = h.window->watch();
            watch->watch({SubA, SubB});
            watch->showAllWatched();
            QHeaderView *header = h.window->table()->horizontalHeader();
            QVERIFY(!header->isSectionHidden(subscription));
            header->moveSection(header->visualIndex(uom), 0);
            QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping(), 30000);
            QVERIFY(watch->isAllWatchedShown());
        } // closed in All watched
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
        clickItem(w.watch()->panel()->list(), w.watch()->panel()->itemOf(SubB));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!w.watch()->isAllWatchedShown());
        QHeaderView *header = w.table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(subscription));
        QCOMPARE(header->visualIndex(uom), 0);
        // Leaving All watched puts the column back as the user keeps it too.
        w.watch()->showAllWatched();
        QVERIFY(!header->isSectionHidden(subscription));
        QTRY_VERIFY_WITH_TIMEOUT(!w.watch()->loader()->isSweeping(), 30000);
        clickItem(w.watch()->panel()->list(), w.watch()->panel()->itemOf(SubA));
        QVERIFY(loaded.wait(20000));
        QVERIFY(header->isSectionHidden(subscription));
        QCOMPARE(header->visualIndex(uom), 0);

        // Reset columns in All watched: the defaults become the user's
        // layout, the view keeps its column.
        w.watch()->showAllWatched();
        w.table()->resetLayout();
        QVERIFY(!header->isSectionHidden(subscription));
        QTRY_VERIFY_WITH_TIMEOUT(!w.watch()->loader()->isSweeping(), 30000);
        clickItem(w.watch()->panel()->list(), w.watch()->panel()->itemOf(SubB));
        QVERIFY(loaded.wait(20000));
        QVERIFY(header->isSectionHidden(subscription));
        QCOMPARE(header->visualIndex(subscription), subscription);
        QCOMPARE(header->visualIndex(uom), uom);
    }

    void watchThisSubscriptionAddsTheOpenOne()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        QAction *action = watch->watchThisAction();
        QVERIFY(!action->isEnabled()); // nothing open
        QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
        QVERIFY(w.openSubscription(SubC));
        QVERIFY(loaded.wait(20000));
        QVERIFY(action->isEnabled());
        QVERIFY(action->text().contains(SubC));
        action->trigger();
        QCOMPARE(watch->list()->ids(), QStringList{SubC});
        QVERIFY(!action->isEnabled());
        QVERIFY(watch->panel()->itemOf(SubC));
        QCOMPARE(watch->panel()->list()->currentItem(), watch->panel()->itemOf(SubC));
        QVERIFY(!watch->isAllWatchedShown()); // the view stays where the user is
        QCOMPARE(w.loader()->subscriptionId(), SubC);

        // Kept for this connection across a restart of the window.
        h.window.reset();
        Harness again = makeWindow(m_emulator.url);
        QTRY_VERIFY_WITH_TIMEOUT(again.window->watch()->list()->ids() == QStringList{SubC}, 20000);
    }

    void addDialogReadsPasteFileAndRecent()
    {
        AppSettings::RecentSubscriptions.write({SubC, SubA});
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        watch->watch({SubA});
        WatchSubscriptionsDialog *dialog = watch->openAddDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(!dialog->watchButton()->isEnabled());
        // SubA is watched already: only SubC is offered among the recent ones.
        QCOMPARE(dialog->recentList()->count(), 1);
        QCOMPARE(dialog->recentList()->item(0)->text(), SubC);
        const QStringList gaps = UiTest::accessibilityGaps(dialog);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
        // The keyboard reaches the box, the file button, the recent list and Watch.
        dialog->pasteBox()->setFocus();
        QTest::keyClick(dialog->pasteBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fromFileButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->recentList());

        dialog->pasteBox()->setFocus();
        QTest::keyClicks(dialog->pasteBox(), Typo + QStringLiteral(", bad/id"));
        QVERIFY(dialog->watchButton()->isEnabled());
        QVERIFY2(dialog->feedback()->text().contains(QStringLiteral("“bad/id” is not a subscription ID")), qPrintable(dialog->feedback()->text()));

        const QString csv = m_dir.filePath(QStringLiteral("subs.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer,subscriptionID\n\"Acme, Inc.\"," + SubB.toUtf8() + "\nNobody,\n");
        file.close();
        QVERIFY(dialog->loadFile(csv));
        QVERIFY(dialog->pasteBox()->toPlainText().contains(SubB));
        QVERIFY2(dialog->feedback()->text().contains(QStringLiteral("Line 3: the subscription ID is empty")),
                 qPrintable(dialog->feedback()->text()));
        QVERIFY(!dialog->loadFile(m_dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(dialog->feedback()->text().contains(QStringLiteral("does not exist")));

        dialog->recentList()->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(dialog->chosenIds(), (QStringList{Typo, SubB, SubC})); // never "bad/id"
    }

    void addDialogWatchesAndTheCheckMarksAnUnknownId()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        WatchSubscriptionsDialog *dialog = watch->openAddDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->pasteBox()->setPlainText(SubA + QLatin1Char('\n') + Typo + QStringLiteral("\nbad/id"));
        QVERIFY(dialog->problems().constFirst().startsWith(QStringLiteral("Line 3")));
        QTest::mouseClick(dialog->watchButton(), Qt::LeftButton);
        QCOMPARE(watch->list()->ids(), (QStringList{SubA, Typo}));
        QVERIFY(watch->isAllWatchedShown()); // what was just added is shown
        // The check finds no session of the typo: marked in the side list.
        QTRY_VERIFY_WITH_TIMEOUT(watch->list()->hasNoSessions(Typo), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->probe()->isBusy(), 20000);
        QVERIFY(!watch->list()->hasNoSessions(SubA));
        QListWidgetItem *typo = watch->panel()->itemOf(Typo);
        QVERIFY2(typo->text().contains(QStringLiteral("No sessions found: check the ID")), qPrintable(typo->text()));
        QVERIFY(!typo->icon().isNull());
        QVERIFY(!watch->panel()->itemOf(SubA)->text().contains(QStringLiteral("No sessions found")));
        // Kept across restarts.
        WatchList reread(w.settings());
        reread.setProfileId(watch->list()->profileId());
        QVERIFY(reread.hasNoSessions(Typo));
    }

    void deleteKeyAndMenuStopWatching()
    {
        Harness h = makeWindow(m_emulator.url);
        WatchController *watch = h.window->watch();
        watch->watch({SubA, SubB, SubC});
        QListWidget *list = watch->panel()->list();
        list->setFocus();
        list->clearSelection();
        watch->panel()->itemOf(SubB)->setSelected(true);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(watch->list()->ids(), (QStringList{SubA, SubC}));
        QVERIFY(!watch->panel()->itemOf(SubB));
        watch->panel()->itemOf(SubC)->setSelected(true);
        QAction *remove = h.window->findChild<QAction *>(QStringLiteral("stopWatchingAction"));
        QVERIFY(remove && remove->isEnabled());
        remove->trigger();
        QCOMPARE(watch->list()->ids(), QStringList{SubA});
        // Delete on "All watched" alone removes nothing.
        list->clearSelection();
        watch->panel()->allWatchedItem()->setSelected(true);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(watch->list()->ids(), QStringList{SubA});
    }

    void sideListCountsAndMarksAfterASweep()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        watch->watch({SubA, SubB, Typo});
        QStringList progressTexts;
        connect(watch->loader(), &WatchLoader::progress, this,
                [&] { progressTexts << watch->panel()->progressLabel()->text(); });
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(30000));
        QCOMPARE(swept.constFirst().at(1).toInt(), 0);
        QVERIFY2(progressTexts.contains(QStringLiteral("1 of 3 subscriptions")), qPrintable(progressTexts.join(u'|')));
        QVERIFY(progressTexts.contains(QStringLiteral("3 of 3 subscriptions")));
        QVERIFY(watch->panel()->progressLabel()->isHidden()); // done, nothing failed

        const int activeA = activeOnServer(m_emulator.url, SubA);
        const int activeB = activeOnServer(m_emulator.url, SubB);
        QVERIFY(activeA > 0 && activeB > 0);
        // The table: the active sessions of the watched subscriptions, no others.
        QCOMPARE(w.browser()->store().size(), activeA + activeB);
        QCOMPARE(activeOf(*w.browser(), SubA), activeA);
        QCOMPARE(subscriptionsIn(*w.browser()), (QStringList{SubA, SubB}));
        QVERIFY(!w.table()->horizontalHeader()->isSectionHidden(int(SessionColumn::SubscriptionId)));

        // The side list: each one's count, the total, the typo's mark.
        const QString a = watch->panel()->itemOf(SubA)->text();
        QVERIFY2(a.endsWith(QStringLiteral("%1 active").arg(activeA)), qPrintable(a));
        // Marked only when one of its sessions needs attention (the generator's
        // old runs may): no error, no "no sessions" mark.
        int flaggedA = 0;
        for (const SessionKey &key : w.browser()->needingAttention())
            flaggedA += key.subscriptionId == SubA ? 1 : 0;
        QCOMPARE(!watch->panel()->itemOf(SubA)->icon().isNull(), flaggedA > 0);
        QVERIFY(!watch->panel()->itemOf(SubA)->text().contains(QStringLiteral("Not read")));
        const QString all = watch->panel()->allWatchedItem()->text();
        QVERIFY2(all.endsWith(QStringLiteral("\n%1 active").arg(activeA + activeB)), qPrintable(all));
        const QString spoken = watch->panel()->allWatchedItem()->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QStringLiteral("All watched: 3 subscriptions, %1 active").arg(activeA + activeB)),
                 qPrintable(spoken));
        QTRY_VERIFY_WITH_TIMEOUT(watch->panel()->itemOf(Typo)->text().contains(QStringLiteral("No sessions found: check the ID")), 20000);
        QVERIFY(!watch->panel()->itemOf(Typo)->icon().isNull());
    }

    void failedSubscriptionIsMarkedWithItsError()
    {
        Harness h = makeWindow(m_failing.url);
        WatchController *watch = h.window->watch();
        watch->watch({SubA});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(60000));
        QCOMPARE(swept.constFirst().at(1).toInt(), 1);
        const QString a = watch->panel()->itemOf(SubA)->text();
        QVERIFY2(a.contains(QStringLiteral("Not read: ")), qPrintable(a));
        QVERIFY(!watch->panel()->itemOf(SubA)->icon().isNull());
        QCOMPARE(watch->panel()->progressLabel()->text(),
                 QStringLiteral("1 of 1 subscriptions could not be read: see the marks below."));
        QVERIFY(!watch->list()->hasNoSessions(SubA)); // a failure is no verdict on the ID
    }

    // Every subscription failed: the status bar says so (the single view's
    // offline state) and does not claim a refresh that read nothing.
    void sweepThatReadNothingShowsTheFailure()
    {
        Harness h = makeWindow(m_failing.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        QLabel *lastRefresh = nullptr;
        const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->accessibleName() == QStringLiteral("Last refresh"))
                lastRefresh = label;
        }
        QVERIFY(lastRefresh);
        const QString before = lastRefresh->text();
        watch->watch({SubA, SubB});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(60000));
        QCOMPARE(swept.constLast().at(1).toInt(), 2);
        QCOMPARE(w.statusController()->networkState(), StatusBarController::NetworkState::Offline);
        const QString text = w.statusController()->networkText();
        QVERIFY2(text.startsWith(QStringLiteral("Offline: No watched subscription could be read: ")), qPrintable(text));
        QVERIFY(w.statusController()->retryButton()->isVisible());
        QCOMPARE(lastRefresh->text(), before);
        QVERIFY2(!lastRefresh->text().startsWith(QStringLiteral("Updated")), qPrintable(lastRefresh->text()));
    }

    void newAndEndedSinceLastLookAreShown()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        watch->watch({SubA, SubC});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(30000));
        QVERIFY(watch->panel()->changesLabel()->isHidden()); // the first sweep is the reference

        // Behind the app's back: one session starts on A, one of C's ends.
        QVERIFY(UiTest::startSessionOnServer(m_emulator.url, Token, SubA, QStringLiteral("watch-new-1"),
                                             QStringLiteral("minutes"), QStringLiteral("Minutes")));
        const SessionStore &store = w.browser()->store();
        int ending = -1;
        for (int row = 0; row < store.size() && ending < 0; ++row) {
            if (store.subscriptionId(row) == SubC && store.isActive(row))
                ending = row;
        }
        QVERIFY(ending >= 0);
        const BillForward::UsageSession ended = store.at(ending);
        QVERIFY(UiTest::stopSessionOnServer(m_emulator.url, Token, SubC, ended.sessionId, ended.uom));

        w.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(swept.wait(30000));
        const QString changes = watch->panel()->changesLabel()->text();
        QVERIFY2(changes.startsWith(QStringLiteral("1 new, 1 ended since ")), qPrintable(changes));
        QVERIFY(watch->panel()->changesLabel()->isVisibleTo(&w));

        // The new row is marked in the table; the others are not.
        SessionTableModel *model = w.browser()->model();
        int marked = 0;
        QString markedId;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex state = model->index(row, int(SessionColumn::State));
            if (model->data(state, SessionTableModel::NewSinceSeenRole).toBool()) {
                ++marked;
                markedId = store.sessionId(model->storeRowAt(row));
                QVERIFY(model->data(state, Qt::ToolTipRole).toString().contains(QStringLiteral("new since you last looked")));
            }
        }
        QCOMPARE(marked, 1);
        QCOMPARE(markedId, QStringLiteral("watch-new-1"));

        // Looked at, the next sweep is compared with this one.
        w.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(swept.wait(30000));
        QVERIFY2(watch->panel()->changesLabel()->text().startsWith(QStringLiteral("Nothing new since ")),
                 qPrintable(watch->panel()->changesLabel()->text()));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->data(model->index(row, 0), SessionTableModel::NewSinceSeenRole).toBool());
    }

    // Another connection's sessions are no reference for "new since you
    // last looked": its first sweep is, and nothing is counted as new.
    void aSwitchedConnectionStartsItsOwnReference()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        watch->watch({SubA, SubB});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(30000));
        QVERIFY(watch->loader()->seenAt().isValid());

        // The other connection watches another subscription.
        ConnectionProfile other = ConnectionProfile::custom(QStringLiteral("Other"), m_emulator.url);
        WatchList otherList(w.settings());
        otherList.setProfileId(other.id);
        otherList.add({SubC});
        QVERIFY(activeOnServer(m_emulator.url, SubC) > 0);
        swept.clear();
        h.connection->connectProfile(other, Token);
        QTRY_VERIFY_WITH_TIMEOUT(watch->loader()->subscriptionIds() == QStringList{SubC}, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping() && !swept.isEmpty()
                                     && watch->loader()->lastSwept().isValid(), 30000);
        QCOMPARE(subscriptionsIn(*w.browser()), QStringList{SubC});
        QCOMPARE(watch->loader()->newSinceSeen(), 0);
        QVERIFY2(watch->panel()->changesLabel()->isHidden(), qPrintable(watch->panel()->changesLabel()->text()));
        SessionTableModel *model = w.browser()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!model->data(model->index(row, 0), SessionTableModel::NewSinceSeenRole).toBool());
    }

    // The probe of a pasted list: never sent to another connection after a
    // switch, and never beside a sweep (the sweep alone fills the ceiling).
    void probeForgetsTheOldListAndWaitsForSweeps()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        QStringList oldIds;
        for (int index = 0; index < 40; ++index)
            oldIds << QStringLiteral("SUB-PROBE-OLD-%1").arg(index);
        ConnectionProfile other = ConnectionProfile::custom(QStringLiteral("Other"), m_emulator.url);
        WatchList otherList(w.settings());
        otherList.setProfileId(other.id);
        otherList.add({SubA});

        QStringList oldSentToOther;
        int probesBesideSweep = 0;
        connect(h.connection->client(), &BillForward::ApiClient::requestSent, this, [&](const QUrl &url) {
            const QString path = url.path();
            if (watch->list()->profileId() == other.id) {
                for (const QString &id : std::as_const(oldIds)) {
                    if (path.endsWith(QLatin1Char('/') + id))
                        oldSentToOther << id;
                }
            }
            if (!path.endsWith(QLatin1String("/active")) && watch->loader()->isSweeping())
                ++probesBesideSweep;
        });
        watch->watch(oldIds);
        QVERIFY(watch->probe()->isBusy());
        h.connection->connectProfile(other, Token);
        QTRY_VERIFY_WITH_TIMEOUT(watch->list()->profileId() == other.id, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->probe()->isBusy(), 20000);
        QVERIFY2(oldSentToOther.isEmpty(), qPrintable(oldSentToOther.join(QLatin1Char(' '))));

        // Pasted while a sweep runs: probed after it.
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping(), 30000);
        swept.clear();
        QVERIFY(watch->loader()->refresh());
        QVERIFY(watch->loader()->isSweeping());
        QSignalSpy probed(watch->probe(), &SubscriptionProbe::probed);
        watch->watch({Typo, QStringLiteral("SUB-WATCH-TYPO-2")});
        QVERIFY(swept.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 2, 20000);
        QCOMPARE(probesBesideSweep, 0);
    }

    // A connection scoped to organizations lists only their sessions, in
    // All watched as in one subscription's history (as its probe does).
    void anOrganizationScopeHoldsForBothViews()
    {
        const QString otherOrganization = QStringLiteral("ORG-WATCH-SCOPE-1");
        BillForward::ApiClient client;
        client.setBaseUrl(m_emulator.url);
        client.setAccessToken(Token);
        BillForward::UsageSession start;
        start.subscriptionId = SubB;
        start.sessionId = QStringLiteral("watch-scoped-1");
        start.uom = QStringLiteral("minutes");
        start.pricingComponentName = QStringLiteral("Minutes");
        BillForward::ApiReply *started = client.start({{start}, otherOrganization});
        QSignalSpy startDone(started, &BillForward::ApiReply::finished);
        QVERIFY(startDone.wait(15000));
        QVERIFY2(started->isOk(), qPrintable(started->error().message()));
        QVERIFY(activeOnServer(m_emulator.url, SubA) > 0); // in the emulator's own organization

        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        ConnectionProfile scoped = ConnectionProfile::custom(QStringLiteral("Scoped"), m_emulator.url);
        scoped.organizations = {otherOrganization};
        WatchList scopedList(w.settings());
        scopedList.setProfileId(scoped.id);
        scopedList.add({SubA, SubB});
        h.connection->connectProfile(scoped, Token);
        QTRY_VERIFY_WITH_TIMEOUT(watch->list()->profileId() == scoped.id, 10000);
        watch->showAllWatched();
        QTRY_VERIFY_WITH_TIMEOUT(watch->loader()->lastSwept().isValid() && !watch->loader()->isSweeping(), 30000);
        const SessionStore &store = w.browser()->store();
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.sessionId(0), QStringLiteral("watch-scoped-1"));
        QCOMPARE(watch->loader()->stateOf(SubA).active, 0);
        QCOMPARE(watch->loader()->stateOf(SubB).active, 1);

        QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
        QVERIFY(w.openSubscription(SubA));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(store.size(), 0);
        loaded.clear();
        QVERIFY(w.openSubscription(SubB));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.at(0).organizationId, otherOrganization);
    }

    // One ID added or removed in All watched: only it is listed or dropped;
    // the table is not cleared and the selected row stays selected.
    void addingOrRemovingOneIdKeepsTheTable()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        watch->watch({SubA, SubB});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(30000));
        const SessionStore &store = w.browser()->store();
        int modelRow = -1;
        for (int row = 0; row < w.table()->model()->rowCount() && modelRow < 0; ++row) {
            if (store.subscriptionId(w.browser()->model()->storeRowAt(row)) == SubB)
                modelRow = row;
        }
        QVERIFY(modelRow >= 0);
        const SessionKey selected = store.keyOf(w.browser()->model()->storeRowAt(modelRow));
        w.table()->selectRow(modelRow);
        const auto selectedKey = [&] {
            const QModelIndexList rows = w.table()->selectionModel()->selectedRows();
            return rows.size() == 1 ? store.keyOf(w.browser()->model()->storeRowAt(rows.constFirst().row()))
                                    : SessionKey();
        };
        QCOMPARE(selectedKey(), selected);

        QStringList paths;
        connect(h.connection->client(), &BillForward::ApiClient::requestSent, this,
                [&](const QUrl &url) { paths << url.path(); });
        int cleared = 0;
        connect(w.browser(), &SessionBrowser::contentChanged, this, [&] { cleared += store.size() == 0; });
        const int sweepsBefore = int(swept.size());
        watch->watch({SubC});
        QVERIFY(swept.wait(30000));
        QCOMPARE(int(swept.size()), sweepsBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(!watch->probe()->isBusy(), 20000);
        QStringList listings;
        for (const QString &path : std::as_const(paths)) {
            if (path.endsWith(QLatin1String("/active")))
                listings << path;
        }
        QCOMPARE(listings.size(), 1);
        QVERIFY(listings.constFirst().contains(SubC));
        QCOMPARE(cleared, 0);
        QCOMPARE(subscriptionsIn(*w.browser()), (QStringList{SubA, SubB, SubC}));
        QCOMPARE(activeOf(*w.browser(), SubC), activeOnServer(m_emulator.url, SubC));
        QCOMPARE(selectedKey(), selected);

        paths.clear();
        watch->stopWatching({SubA});
        QCOMPARE(paths.size(), 0);
        QCOMPARE(cleared, 0);
        QVERIFY(!watch->loader()->isSweeping());
        QCOMPARE(subscriptionsIn(*w.browser()), (QStringList{SubB, SubC}));
        QCOMPARE(selectedKey(), selected);
    }

    void stopFromAllWatched()
    {
        Harness h = makeWindow(m_emulator.url);
        MainWindow &w = *h.window;
        WatchController *watch = w.watch();
        watch->watch({SubA, SubB});
        QSignalSpy swept(watch->loader(), &WatchLoader::sweepFinished);
        watch->showAllWatched();
        QVERIFY(swept.wait(30000));
        const SessionStore &store = w.browser()->store();
        int modelRow = -1;
        for (int row = 0; row < w.table()->model()->rowCount() && modelRow < 0; ++row) {
            const int storeRow = w.browser()->model()->storeRowAt(row);
            if (store.subscriptionId(storeRow) == SubB && store.isActive(storeRow) && store.start(storeRow) < QDateTime::currentMSecsSinceEpoch())
                modelRow = row;
        }
        QVERIFY(modelRow >= 0);
        const SessionKey key = store.keyOf(w.browser()->model()->storeRowAt(modelRow));
        w.table()->selectRow(modelRow);
        QVERIFY(w.stopAction()->isEnabled());
        QSignalSpy finished(w.runner(), &SessionActionRunner::finished);
        w.stopAction()->trigger();
        QTRY_VERIFY(qobject_cast<StopConfirmationDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<StopConfirmationDialog *>(QApplication::activeModalWidget());
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().constFirst().value<ActionResult>().status, ActionResult::Status::Succeeded);
        // Shown stopped at once in All watched, and gone after the next sweep.
        QVERIFY(store.indexOf(key) >= 0);
        QVERIFY(!store.isActive(store.indexOf(key)));
        QTRY_VERIFY_WITH_TIMEOUT(!watch->loader()->isSweeping(), 30000);
        w.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QVERIFY(swept.wait(30000));
        QCOMPARE(store.indexOf(key), -1);
    }

    void demoModeStartsWithItsSubscriptionsWatched()
    {
        ConnectionController connection;
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectDemo(m_dir.filePath(QStringLiteral("demo-watch.sqlite")));
        MainWindow w(&connection);
        w.show();
        QVERIFY(ready.wait(30000) || connection.isReady());
        WatchController *watch = w.watch();
        QTRY_VERIFY_WITH_TIMEOUT(watch->isAllWatchedShown(), 5000);
        QCOMPARE(watch->list()->ids(), Emulator::DemoData::subscriptionIds());
        QCOMPARE(watch->loader()->subscriptionIds(), Emulator::DemoData::subscriptionIds());
        QCOMPARE(watch->panel()->list()->count(), 1 + int(Emulator::DemoData::subscriptionIds().size()));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("All watched")));
        QVERIFY(w.loader()->subscriptionId().isEmpty());

        // The radar over the sweep: each subscription's count of sessions
        // needing attention, and the total as the badge on All watched.
        QTRY_VERIFY_WITH_TIMEOUT(watch->loader()->lastSwept().isValid() && !watch->loader()->isSweeping(), 30000);
        QTRY_VERIFY(w.browser()->needsAttentionCount() >= 2); // the demo's weekend bridge, the clock ahead
        const int total = w.browser()->needsAttentionCount();
        QHash<QString, int> bySubscription;
        for (const SessionKey &key : w.browser()->needingAttention())
            ++bySubscription[key.subscriptionId];
        const QString first = Emulator::DemoData::subscriptionIds().constFirst();
        QVERIFY(bySubscription.value(first) >= 2);
        const QString firstText = watch->panel()->itemOf(first)->text();
        QVERIFY2(firstText.contains(QStringLiteral("\n%1 need attention · ").arg(bySubscription.value(first))),
                 qPrintable(firstText));
        QVERIFY(!watch->panel()->itemOf(first)->icon().isNull());
        const QString all = watch->panel()->allWatchedItem()->text();
        QVERIFY2(all.startsWith(QStringLiteral("All watched  (%1)\n").arg(total)), qPrintable(all));
        QVERIFY(!watch->panel()->allWatchedItem()->icon().isNull());

        // Emptied on purpose, it stays empty on the next start.
        watch->stopWatching(watch->list()->ids());
        WatchList reread(w.settings());
        reread.setProfileId(ConnectionProfile::demo().id);
        QVERIFY(reread.isStored());
        QVERIFY(reread.ids().isEmpty());
    }

private:
    Harness makeWindow(const QUrl &url)
    {
        Harness h;
        h.connection = std::make_unique<ConnectionController>();
        h.connection->connectTo(url, Token);
        h.connection->client()->setMaxAttempts(1);
        h.window = std::make_unique<MainWindow>(h.connection.get());
        h.window->resize(1280, 720);
        h.window->show();
        if (!QTest::qWaitForWindowExposed(h.window.get()))
            qWarning("window not exposed");
        return h;
    }

    static void clickItem(QListWidget *list, QListWidgetItem *item)
    {
        QVERIFY(item);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    EmulatorFixture m_failing;
};

QTEST_MAIN(tst_WatchController)
#include "tst_watchcontroller.moc"
