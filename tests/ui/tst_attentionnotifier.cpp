// Desktop notifications of sessions newly needing attention, against a
// notification service the test itself provides on a private session bus
// (run-on-session-bus.sh), and the window title's count.
#include "ui/attentionnotifier.h"
#include "ui/attentiontray.h"
#include "ui/connectioncontroller.h"
#include "ui/desktopnotifications.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/watchcontroller.h"
#include "watch/watchloader.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "radar/attentionalerts.h"
#include "sessions/sessionbrowser.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

namespace {

using BillForward::UsageSession;

const QByteArray Token = "notify-test-token";
constexpr qint64 Hour = 60LL * 60 * 1000;

// org.freedesktop.Notifications as a desktop provides it, recording calls.
class FakeNotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId = 0;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> notifies;
    QList<uint> closed;
    QStringList capabilities{QStringLiteral("actions"), QStringLiteral("body")};

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appIcon);
        Q_UNUSED(expireTimeout);
        notifies.append({appName, replacesId, summary, body, actions, hints});
        emit notified();
        return replacesId != 0 ? replacesId : ++m_lastId;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emit NotificationClosed(id, 3); // closed by a call
    }
    QStringList GetCapabilities() { return capabilities; }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
    void notified(); // not exported: for the test's spies

private:
    uint m_lastId = 40;
};

// Owns the service name on a connection of its own to the session bus, so
// the app's calls go through the bus daemon as they would on a desktop.
struct ServiceOnBus
{
    QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                                        QStringLiteral("fake-notification-service"));
    FakeNotificationService service;

    bool start()
    {
        return bus.isConnected()
            && bus.registerObject(DesktopNotifications::Path, &service,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && bus.registerService(DesktopNotifications::Service);
    }
    ~ServiceOnBus()
    {
        bus.unregisterService(DesktopNotifications::Service);
        bus.unregisterObject(DesktopNotifications::Path);
        QDBusConnection::disconnectFromBus(bus.name());
    }
};

AttentionAlerts::Item overdue(const SessionKey &key, int pastHours)
{
    AttentionAlerts::Item item;
    item.key = key;
    item.attention.reason = Attention::Reason::OverLimit;
    item.attention.limitMs = 24 * Hour;
    item.attention.pastLimitMs = pastHours * Hour;
    return item;
}

} // namespace

class tst_AttentionNotifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noServiceOnTheBusFailsQuietly();
    void backgroundAlertsNotifyOnceAndShowOpensTheWindow();
    void autoRefreshFindingARunawaySessionNotifiesOnce();
    void backgroundSweepOfTheWatchListNotifies();
    void aSweepTheUserStartedIsNotToldAgain();
    void bodyIsEscapedWhereTheServerReadsMarkup_data();
    void bodyIsEscapedWhereTheServerReadsMarkup();
    void aNoticeAskedForWhileOneIsOnItsWayReplacesIt();
    void titleCountsTheSessionsNotSeen();
    void trayCountsAndShows();

private:
    struct Harness
    {
        std::unique_ptr<ConnectionController> connection;
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<QWidget> elsewhere; // another window the user works in
    };
    Harness makeWindow();
    void leaveWindow(Harness &h);
    bool lookAtWindow(Harness &h);
    QList<SessionKey> someKeys(const MainWindow &w, int count) const;

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
};

void tst_AttentionNotifier::initTestCase()
{
    UiTest::isolateSettings(m_dir);
    QVERIFY2(QDBusConnection::sessionBus().isConnected(), "run me under run-on-session-bus.sh");
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    QVERIFY(m_emulator.start(options));
}

tst_AttentionNotifier::Harness tst_AttentionNotifier::makeWindow()
{
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.connection->connectTo(m_emulator.url, Token);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1280, 720);
    h.window->show();
    QSignalSpy finished(h.window->loader(), &SessionLoader::loadFinished);
    h.window->openSubscription(Emulator::DemoData::subscriptionIds().at(2));
    if (!finished.wait(30000))
        qWarning("the subscription did not load");
    h.elsewhere = std::make_unique<QWidget>();
    h.elsewhere->setWindowTitle(QStringLiteral("another program"));
    h.elsewhere->resize(200, 100);
    return h;
}

void tst_AttentionNotifier::leaveWindow(Harness &h)
{
    h.elsewhere->show();
    h.elsewhere->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(h.elsewhere.get()));
    QTRY_VERIFY(!h.window->attentionNotifier()->alerts()->isUserLooking());
}

bool tst_AttentionNotifier::lookAtWindow(Harness &h)
{
    h.window->activateWindow();
    return QTest::qWaitForWindowActive(h.window.get());
}

QList<SessionKey> tst_AttentionNotifier::someKeys(const MainWindow &w, int count) const
{
    QList<SessionKey> keys;
    const SessionStore &store = w.browser()->store();
    for (int row = 0; row < store.size() && keys.size() < count; ++row)
        keys << store.keyOf(row);
    return keys;
}

void tst_AttentionNotifier::noServiceOnTheBusFailsQuietly()
{
    QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(DesktopNotifications::Service));
    DesktopNotifications notifications;
    QSignalSpy failed(&notifications, &DesktopNotifications::failed);
    notifications.show(QStringLiteral("1 session needs attention"), QStringLiteral("body"));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().at(0).toString(), QStringLiteral("1 session needs attention"));
    QVERIFY(!failed.constFirst().at(2).toString().isEmpty()); // the bus's reason
    QCOMPARE(notifications.shownId(), 0u);
}

void tst_AttentionNotifier::backgroundAlertsNotifyOnceAndShowOpensTheWindow()
{
    ServiceOnBus fake;
    QVERIFY(fake.start());
    QSignalSpy notified(&fake.service, &FakeNotificationService::notified);
    Harness h = makeWindow();
    MainWindow &w = *h.window;
    AttentionNotifier *notifier = w.attentionNotifier();
    QVERIFY(notifier);
    const QList<SessionKey> keys = someKeys(w, 5);
    QCOMPARE(keys.size(), 5);

    // While the user looks at the window: nothing.
    QVERIFY(lookAtWindow(h));
    QVERIFY(notifier->alerts()->isUserLooking());
    notifier->alerts()->loadFinished({overdue(keys.at(0), 1)}, true);
    QCOMPARE(notifier->unseenCount(), 0);

    // In the background, two more: exactly one notification naming them.
    leaveWindow(h);
    QSignalSpy shown(notifier->notifications(), &DesktopNotifications::shown);
    notifier->alerts()->loadFinished({overdue(keys.at(0), 1), overdue(keys.at(1), 30), overdue(keys.at(2), 2)}, true);
    QVERIFY(shown.wait(10000));
    QCOMPARE(fake.service.notifies.size(), 1);
    const FakeNotificationService::Call first = fake.service.notifies.constFirst();
    QCOMPARE(first.summary, QStringLiteral("2 sessions need attention"));
    const QStringList lines = first.body.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).contains(QStringLiteral(" / %1 (%2): ").arg(keys.at(1).sessionId, keys.at(1).uom)),
             qPrintable(first.body));
    QVERIFY2(lines.at(1).contains(QStringLiteral(" / %1 (%2): ").arg(keys.at(2).sessionId, keys.at(2).uom)),
             qPrintable(first.body));
    QCOMPARE(first.replacesId, 0u);
    QCOMPARE(first.actions, (QStringList{QStringLiteral("default"), QStringLiteral("Show")}));
    QCOMPARE(first.appName, QGuiApplication::applicationDisplayName());
    const uint id = notifier->notifications()->shownId();
    QVERIFY(id != 0);

    // The same sessions again: none.
    notifier->alerts()->loadFinished({overdue(keys.at(0), 2), overdue(keys.at(1), 31), overdue(keys.at(2), 3)}, true);
    // A load the user started: none either.
    notifier->alerts()->loadFinished({overdue(keys.at(3), 2), overdue(keys.at(1), 31), overdue(keys.at(2), 3)}, false);
    // A new one replaces the notification shown, naming all three not seen.
    notifier->alerts()->loadFinished({overdue(keys.at(4), 9), overdue(keys.at(1), 31), overdue(keys.at(2), 3)}, true);
    QVERIFY(notified.wait(10000));
    QCOMPARE(fake.service.notifies.size(), 2);
    QCOMPARE(fake.service.notifies.at(1).replacesId, id);
    QCOMPARE(fake.service.notifies.at(1).summary, QStringLiteral("3 sessions need attention"));

    // The user clicks it: the window comes up on what needs attention.
    QVERIFY(!w.isActiveWindow());
    QCOMPARE(w.filterBar()->filter().state(), SessionFilter::StateChoice::All);
    QSignalSpy showRequested(notifier, &AttentionNotifier::showRequested);
    emit fake.service.ActionInvoked(id + 1000, QStringLiteral("default")); // someone else's: ignored
    // Another program sending the signal with our ID is not the server: ignored.
    {
        QDBusConnection impostor = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("impostor"));
        QDBusMessage signal = QDBusMessage::createSignal(DesktopNotifications::Path, DesktopNotifications::Interface,
                                                         QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        QVERIFY(impostor.send(signal));
        // Messages from one sender arrive in order: once the app answers a
        // ping, the signal before it has been posted to the GUI thread.
        const QDBusMessage ping = QDBusMessage::createMethodCall(QDBusConnection::sessionBus().baseService(),
            QStringLiteral("/"), QStringLiteral("org.freedesktop.DBus.Peer"), QStringLiteral("Ping"));
        QCOMPARE(impostor.call(ping).type(), QDBusMessage::ReplyMessage);
        QCoreApplication::processEvents();
        QCOMPARE(showRequested.size(), 0);
        QDBusConnection::disconnectFromBus(impostor.name());
    }
    emit fake.service.ActionInvoked(id, QStringLiteral("default"));
    QVERIFY(showRequested.wait(10000));
    QCOMPARE(showRequested.size(), 1);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.filterBar()->filter().state(), SessionFilter::StateChoice::NeedsAttention);
    QCOMPARE(w.browser()->filter().state(), SessionFilter::StateChoice::NeedsAttention);

    // Looking makes them seen: the count resets, the notification goes.
    QTRY_COMPARE(notifier->unseenCount(), 0);
    QTRY_COMPARE(fake.service.closed, QList<uint>{id});
    QCOMPARE(fake.service.notifies.size(), 2);
}

void tst_AttentionNotifier::autoRefreshFindingARunawaySessionNotifiesOnce()
{
    ServiceOnBus fake;
    QVERIFY(fake.start());
    QSignalSpy notified(&fake.service, &FakeNotificationService::notified);
    Harness h = makeWindow();
    MainWindow &w = *h.window;
    SessionBrowser *browser = w.browser();
    // Whatever needed attention at the first load, the user saw.
    QVERIFY(lookAtWindow(h));
    const int seenBefore = browser->needsAttentionCount();
    leaveWindow(h);

    // A device starts a session that has run 3 days: past the default 24 h.
    const UsageSession sample = browser->store().at(0);
    const QString runaway = QStringLiteral("runaway-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(UiTest::startSessionOnServer(m_emulator.url, Token, w.loader()->subscriptionId(), runaway, sample.uom,
                                         sample.pricingComponentName,
                                         QDateTime::currentDateTimeUtc().addMSecs(-3 * 24 * Hour)));
    QSignalSpy finished(w.loader(), &SessionLoader::loadFinished);
    w.loader()->refresh(SessionLoader::Origin::Background);
    QVERIFY(finished.wait(30000));
    QCOMPARE(browser->needsAttentionCount(), seenBefore + 1);
    QVERIFY(notified.wait(10000));
    QCOMPARE(fake.service.notifies.size(), 1);
    const FakeNotificationService::Call call = fake.service.notifies.constFirst();
    QCOMPARE(call.summary, QStringLiteral("1 session needs attention"));
    int row = -1;
    for (const SessionKey &key : browser->needingAttention()) {
        if (key.sessionId == runaway)
            row = browser->store().indexOf(key);
    }
    QVERIFY(row >= 0);
    const QString reason = browser->attentionOf(row).text();
    QVERIFY(!reason.isEmpty());
    const QString subscription = w.loader()->subscriptionId();
    QVERIFY(subscription.size() > 13); // a demo ID: long enough to be cut
    QCOMPARE(call.body, QStringLiteral("%1 / %2 (%3): %4")
                            .arg(subscription.left(12) + QChar(0x2026), runaway, sample.uom, reason));
    QCOMPARE(w.windowTitle().left(4), QStringLiteral("(1) "));

    // The next auto-refresh finds the same: nothing more.
    w.loader()->refresh(SessionLoader::Origin::Background);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(fake.service.notifies.size(), 1);

    // "Show": the window comes up on what needs attention, the runaway in it.
    emit fake.service.ActionInvoked(w.attentionNotifier()->notifications()->shownId(), QStringLiteral("default"));
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTRY_COMPARE(w.browser()->filter().state(), SessionFilter::StateChoice::NeedsAttention);
    QCOMPARE(browser->view().size(), browser->needsAttentionCount());
    QTRY_VERIFY(!w.windowTitle().startsWith(QLatin1Char('(')));
}

// The All watched view's auto-refresh is a sweep: it tells too.
void tst_AttentionNotifier::backgroundSweepOfTheWatchListNotifies()
{
    ServiceOnBus fake;
    QVERIFY(fake.start());
    QSignalSpy notified(&fake.service, &FakeNotificationService::notified);
    Harness h = makeWindow();
    MainWindow &w = *h.window;
    const QString subscription = w.loader()->subscriptionId();
    const UsageSession sample = w.browser()->store().at(0);
    w.watch()->watchThisSubscription();
    QSignalSpy swept(w.watch()->loader(), &WatchLoader::sweepFinished);
    w.watch()->showAllWatched();
    QVERIFY(swept.wait(30000));
    QVERIFY(lookAtWindow(h));
    leaveWindow(h);

    const QString runaway = QStringLiteral("swept-runaway-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(UiTest::startSessionOnServer(m_emulator.url, Token, subscription, runaway, sample.uom,
                                         sample.pricingComponentName,
                                         QDateTime::currentDateTimeUtc().addMSecs(-3 * 24 * Hour)));
    QVERIFY(w.watch()->loader()->refresh(SessionLoader::Origin::Background));
    QVERIFY(swept.wait(30000));
    QVERIFY(notified.wait(10000));
    QCOMPARE(fake.service.notifies.size(), 1);
    QVERIFY2(fake.service.notifies.constFirst().body.contains(runaway),
             qPrintable(fake.service.notifies.constFirst().body));
}

// A sweep the user started shows its sessions, even while the user works
// elsewhere: the next background sweep finding them again tells nothing.
void tst_AttentionNotifier::aSweepTheUserStartedIsNotToldAgain()
{
    ServiceOnBus fake;
    QVERIFY(fake.start());
    Harness h = makeWindow();
    MainWindow &w = *h.window;
    AttentionNotifier *notifier = w.attentionNotifier();
    QSignalSpy alerted(notifier->alerts(), &AttentionAlerts::alertRequested);
    w.watch()->watch(Emulator::DemoData::subscriptionIds());
    leaveWindow(h);
    QSignalSpy swept(w.watch()->loader(), &WatchLoader::sweepFinished);
    w.watch()->showAllWatched();
    QVERIFY(swept.wait(30000));
    QVERIFY(w.browser()->needsAttentionCount() >= 2); // the demo's: something to tell, were it news
    QVERIFY(!notifier->alerts()->isUserLooking());

    QVERIFY(w.watch()->loader()->refresh(SessionLoader::Origin::Background));
    QVERIFY(swept.wait(30000));
    QCOMPARE(alerted.size(), 0);
    QCOMPARE(notifier->unseenCount(), 0);
    QCOMPARE(fake.service.notifies.size(), 0);
}

void tst_AttentionNotifier::bodyIsEscapedWhereTheServerReadsMarkup_data()
{
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("sent");
    const QString body = QStringLiteral("SUB-1 / dev-1 (min): longer than 99 % of Voice & Data <EU> sessions");
    QTest::newRow("plain text") << QStringList{QStringLiteral("actions"), QStringLiteral("body")} << body;
    QTest::newRow("markup") << QStringList{QStringLiteral("actions"), QStringLiteral("body"),
                                           QStringLiteral("body-markup")}
                            << QStringLiteral("SUB-1 / dev-1 (min): longer than 99 % of Voice &amp; Data "
                                              "&lt;EU&gt; sessions");
}

void tst_AttentionNotifier::bodyIsEscapedWhereTheServerReadsMarkup()
{
    QFETCH(QStringList, capabilities);
    QFETCH(QString, sent);
    ServiceOnBus fake;
    fake.service.capabilities = capabilities;
    QVERIFY(fake.start());
    DesktopNotifications notifications;
    QSignalSpy shown(&notifications, &DesktopNotifications::shown);
    notifications.show(QStringLiteral("1 session needs attention"),
                       QStringLiteral("SUB-1 / dev-1 (min): longer than 99 % of Voice & Data <EU> sessions"));
    QVERIFY(shown.wait(10000));
    QCOMPARE(fake.service.notifies.size(), 1);
    QCOMPARE(fake.service.notifies.constFirst().body, sent);
    QCOMPARE(fake.service.notifies.constFirst().summary, QStringLiteral("1 session needs attention"));
}

void tst_AttentionNotifier::aNoticeAskedForWhileOneIsOnItsWayReplacesIt()
{
    ServiceOnBus fake;
    QVERIFY(fake.start());
    DesktopNotifications notifications;
    QSignalSpy shown(&notifications, &DesktopNotifications::shown);
    notifications.show(QStringLiteral("1 session needs attention"), QStringLiteral("a"));
    QVERIFY(shown.wait(10000));
    const uint id = shown.constFirst().constFirst().toUInt();
    // Two in a row: the second waits for the first's ID and replaces it.
    notifications.show(QStringLiteral("2 sessions need attention"), QStringLiteral("a\nb"));
    notifications.show(QStringLiteral("3 sessions need attention"), QStringLiteral("a\nb\nc"));
    QTRY_COMPARE(shown.size(), 3);
    QCOMPARE(fake.service.notifies.size(), 3);
    QCOMPARE(fake.service.notifies.at(1).replacesId, id);
    QCOMPARE(fake.service.notifies.at(2).replacesId, id);
    QCOMPARE(fake.service.notifies.at(2).summary, QStringLiteral("3 sessions need attention"));
}

void tst_AttentionNotifier::titleCountsTheSessionsNotSeen()
{
    Harness h = makeWindow();
    MainWindow &w = *h.window;
    const QString plain = w.windowTitle();
    QVERIFY(!plain.startsWith(QLatin1Char('(')));
    const QList<SessionKey> keys = someKeys(w, 3);
    leaveWindow(h);
    w.attentionNotifier()->alerts()->loadFinished(
        {overdue(keys.at(0), 1), overdue(keys.at(1), 2), overdue(keys.at(2), 3)}, true);
    QCOMPARE(w.windowTitle(), QStringLiteral("(3) ") + plain);
    QVERIFY(lookAtWindow(h));
    QTRY_COMPARE(w.windowTitle(), plain);
}

void tst_AttentionNotifier::trayCountsAndShows()
{
    // The desktops the tests run on have no tray: the window makes none...
    Harness h = makeWindow();
    QCOMPARE(h.window->attentionNotifier()->tray() != nullptr, QSystemTrayIcon::isSystemTrayAvailable());
    // ...but the tray's own behaviour holds wherever it is made.
    AttentionTray tray;
    QCOMPARE(tray.icon()->toolTip(), QGuiApplication::applicationDisplayName());
    tray.setUnseenCount(3);
    QCOMPARE(tray.icon()->toolTip(),
             QGuiApplication::applicationDisplayName() + QStringLiteral(": 3 sessions need attention"));
    QMenu *menu = tray.icon()->contextMenu();
    QVERIFY(menu);
    QCOMPARE(menu->actions(), (QList<QAction *>{tray.showAction(), tray.quitAction()}));
    QSignalSpy show(&tray, &AttentionTray::showRequested);
    QSignalSpy quit(&tray, &AttentionTray::quitRequested);
    tray.showAction()->trigger();
    emit tray.icon()->activated(QSystemTrayIcon::Trigger);
    emit tray.icon()->activated(QSystemTrayIcon::Context); // opens the menu, nothing else
    QCOMPARE(show.size(), 2);
    tray.quitAction()->trigger();
    QCOMPARE(quit.size(), 1);
}

QTEST_MAIN(tst_AttentionNotifier)
#include "tst_attentionnotifier.moc"
