#include "ui/connectioncontroller.h"
#include "ui/dialogs/watchsubscriptionsdialog.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/watchcontroller.h"
#include "ui/watchlistpanel.h"
#include "ui/widgets/subscriptionfield.h"
#include "uitestsupport.h"
#include "accessibilitywalk.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/sessionbrowser.h"
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
#include <QTest>

namespace {

const QByteArray Token = "watch-test-token";
const QString SubA = QStringLiteral("SUB-WATCH-AAAA");
const QString SubB = QStringLiteral("SUB-WATCH-BBBB");
const QString SubC = QStringLiteral("SUB-WATCH-CCCC");
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

[[maybe_unused]] int activeOf(const SessionBrowser &browser, const QString &subscription)
{
    int count = 0;
    for (int row = 0; row < browser.store().size(); ++row)
        count += browser.store().subscriptionId(row) == subscription && browser.store().isActive(row);
    return count;
}

} // namespace

// The watch list in the window: the side list, the All watched view, the
// add dialog and "Watch this subscription", against the emulator.
class tst_WatchController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        Emulator::Options options;
        options.token = Token;
        options.generate = {{SubA, 60}, {SubB, 40}, {SubC, 30}};
        QVERIFY(m_emulator.start(options));
        options.generate.clear();
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
        QCOMPARE(watch->loader()->subscriptionIds(), (QStringList{SubA, SubB}));
        QVERIFY(w.loader()->subscriptionId().isEmpty()); // the single view is closed, not refreshed behind
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("All watched")), qPrintable(w.windowTitle()));

        // Choosing one subscription opens its full history as before.
        QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
        clickItem(list, watch->panel()->itemOf(SubB));
        QVERIFY(loaded.wait(20000));
        QVERIFY(!watch->isAllWatchedShown());
        QCOMPARE(w.loader()->subscriptionId(), SubB);
        QCOMPARE(subscriptionsIn(*w.browser()), QStringList{SubB});
        QCOMPARE(w.browser()->store().size(), 40); // ended sessions too
        QVERIFY(header->isSectionHidden(int(SessionColumn::SubscriptionId)));
        QVERIFY(w.windowTitle().startsWith(SubB));
        QCOMPARE(list->currentItem(), watch->panel()->itemOf(SubB));

        // Back with the keyboard: the list has the focus, Enter opens the current entry.
        list->setFocus();
        list->setCurrentItem(watch->panel()->allWatchedItem());
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(watch->isAllWatchedShown());
        QVERIFY(!header->isSectionHidden(int(SessionColumn::SubscriptionId)));
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
