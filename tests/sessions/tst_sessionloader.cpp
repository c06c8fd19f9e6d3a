#include "api/apiclient.h"
#include "emulatorfixture.h"
#include "reusedsession.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionlineage.h"
#include "sessions/sessionloader.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using BillForward::UsageSession;

namespace {

const QString Subscription = QStringLiteral("SUB-LOADER-0001");
const QString Other = QStringLiteral("SUB-LOADER-0002");
constexpr int Generated = 240;

UsageSession toStart(const QString &subscription, const QString &id)
{
    UsageSession session;
    session.subscriptionId = subscription;
    session.sessionId = id;
    session.uom = QStringLiteral("minutes");
    session.pricingComponentName = QStringLiteral("Minutes");
    return session;
}

} // namespace

// The loader over real HTTP: the emulator's pages become the browser's
// rows, a refresh points out what changed, an action's sessions are shown.
class tst_SessionLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the settings tests write go to a test folder
        QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdminLoaderTest"));
        Emulator::Options options;
        options.generate = {{Subscription, Generated}, {Other, 5}};
        QVERIFY(m_emulator.start(options));
        m_client.setBaseUrl(m_emulator.url);
        m_client.setTransferTimeout(10000);
        m_loader.setClient(&m_client);
        m_browser.setPageSize(1000); // every row on the one page the model shows
    }

    void openLoadsEverySessionOfTheSubscription()
    {
        QSignalSpy finished(&m_loader, &SessionLoader::loadFinished);
        m_loader.open(Subscription, false);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).value<BillForward::ApiError>().isError());
        QCOMPARE(m_browser.store().size(), Generated);
        QCOMPARE(m_loader.delivered(), qint64(Generated));
        for (int row = 0; row < m_browser.store().size(); ++row)
            QCOMPARE(m_browser.store().subscriptionId(row), Subscription);
    }

    void refreshHighlightsWhatChanged()
    {
        const int before = m_browser.store().size();
        QVERIFY(started({toStart(Subscription, QStringLiteral("loader-new"))}));
        QSignalSpy finished(&m_loader, &SessionLoader::loadFinished);
        m_loader.refresh();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_browser.store().size(), before + 1);
        QCOMPARE(highlightedIds(), QStringList{QStringLiteral("loader-new")});
        QTRY_VERIFY_WITH_TIMEOUT(highlightedIds().isEmpty(), SessionBrowser::HighlightMs + 3000);
    }

    void showAffectedShowsTheOpenSubscriptionsOnly()
    {
        const int before = m_browser.store().size();
        QSignalSpy changing(&m_loader, &SessionLoader::aboutToChangeRows);
        UsageSession mine = toStart(Subscription, QStringLiteral("loader-affected"));
        mine.state = QStringLiteral("Active");
        UsageSession elsewhere = toStart(Other, QStringLiteral("loader-elsewhere"));
        elsewhere.state = QStringLiteral("Active");
        m_loader.showAffected({elsewhere, mine});
        QCOMPARE(m_browser.store().size(), before + 1);
        QCOMPARE(changing.size(), 1); // the table keeps its selection around it
        QCOMPARE(m_browser.store().indexOf(SessionKey::of(elsewhere)), -1);
        QCOMPARE(highlightedIds(), QStringList{QStringLiteral("loader-affected")});

        m_loader.showAffected({elsewhere}); // nothing of the open subscription
        QCOMPARE(changing.size(), 1);
    }

    // Start, stop, start, stop, start, stop kiosk-1, as a new user would:
    // the window holds three rows (each use from sessionix 0), a refresh
    // keeps them, and each use is a run of its own.
    void everyUseOfAReusedIdIsARow()
    {
        const QString subscription = QStringLiteral("SUB-LOADER-REUSE");
        const BillForward::Timestamp firstDay =
            QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        const QList<UsageSession> uses = runUses(m_client, subscription, QStringLiteral("kiosk-1"), 3, firstDay);
        QCOMPARE(uses.size(), 3);

        QSignalSpy finished(&m_loader, &SessionLoader::loadFinished);
        m_loader.open(subscription, false);
        QVERIFY(finished.wait(20000));
        const SessionStore &store = m_browser.store();
        QCOMPARE(store.size(), 3);
        QCOMPARE(m_browser.model()->rowCount(), 3);
        QCOMPARE(m_browser.view().stateCounts().all, 3);
        qint64 total = 0;
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(store.at(row), uses.at(row));
            QCOMPARE(SessionLineage::of(store, row, 0).storeRows, QList<int>{row});
            total += store.uduration(row);
        }
        QCOMPARE(total, 3 * 3'600'000);
        QCOMPARE(m_browser.shownSessions(), uses); // what an export writes

        m_loader.refresh();
        QVERIFY(finished.wait(20000));
        QCOMPARE(store.size(), 3);
    }

    // A stop addresses the ID, which names one active use: its row ends,
    // the ended uses of the same ID stay as they were.
    void aStopEndsTheActiveUseOnly()
    {
        const QString subscription = QStringLiteral("SUB-LOADER-REUSE-STOP");
        const BillForward::Timestamp firstDay =
            QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        const QList<UsageSession> ended = runUses(m_client, subscription, QStringLiteral("kiosk-1"), 2, firstDay);
        QCOMPARE(ended.size(), 2);
        UsageSession running = toStart(subscription, QStringLiteral("kiosk-1"));
        running.start = firstDay + 2 * 86'400'000;
        QVERIFY(started({running}));
        QSignalSpy finished(&m_loader, &SessionLoader::loadFinished);
        m_loader.open(subscription, false);
        QVERIFY(finished.wait(20000));
        const SessionStore &store = m_browser.store();
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.activeCount(), 1);
        QVERIFY(store.isActive(2));

        UsageSession stop;
        stop.subscriptionId = subscription;
        stop.sessionId = QStringLiteral("kiosk-1");
        stop.uom = QStringLiteral("minutes");
        stop.stop = running.start + 60'000;
        BillForward::ApiReply *reply = m_client.stop({{stop}, {}});
        QSignalSpy stopped(reply, &BillForward::ApiReply::finished);
        QVERIFY(stopped.wait(10000));
        QVERIFY(reply->isOk());
        m_loader.showAffected(reply->page().results);
        QCOMPARE(store.size(), 3);
        QCOMPARE(store.activeCount(), 0);
        QCOMPARE(store.at(0), ended.at(0));
        QCOMPARE(store.at(1), ended.at(1));
        QCOMPARE(store.start(2), running.start);
        QCOMPARE(store.uduration(2), 60'000);
        QCOMPARE(highlightedRows(), QList<int>{2});
    }

    // A server may serve fewer rows than `records` asks and name the next
    // page: the window shows every session, not the first page's.
    void openFollowsAServerThatCapsPages()
    {
        Emulator::Options options;
        options.generate = {{Subscription, 2500}};
        options.pageCap = 300;
        EmulatorFixture capping;
        QVERIFY(capping.start(options));
        BillForward::ApiClient client;
        client.setBaseUrl(capping.url);
        client.setTransferTimeout(10000);
        SessionBrowser browser;
        SessionLoader loader(&browser);
        loader.setClient(&client);
        QSignalSpy finished(&loader, &SessionLoader::loadFinished);
        loader.open(Subscription, false);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).value<BillForward::ApiError>().isError());
        QCOMPARE(browser.store().size(), 2500);
    }

    // The ceilings of a load come from the settings file, read when the
    // loader makes its fetcher; the error at one names its key and the file.
    void ceilingsComeFromTheSettings_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("says");
        QTest::newRow("pages") << AppSettings::MaxPagesPerLoad.name() << QVariant(2) << 200
                               << QStringLiteral("page ceiling of 2 pages");
        QTest::newRow("sessions") << AppSettings::MaxSessionsPerLoad.name() << QVariant(150) << 150
                                  << QStringLiteral("session ceiling of 150 sessions");
    }

    void ceilingsComeFromTheSettings()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(int, rows);
        QFETCH(QString, says);
        Emulator::Options options;
        options.generate = {{Subscription, 500}};
        options.pageCap = 100;
        EmulatorFixture capping;
        QVERIFY(capping.start(options));
        BillForward::ApiClient client;
        client.setBaseUrl(capping.url);
        client.setTransferTimeout(10000);
        QSettings().setValue(key, value);
        SessionBrowser browser;
        browser.setPageSize(1000);
        SessionLoader loader(&browser);
        loader.setClient(&client);
        QSettings().remove(key);
        QSignalSpy finished(&loader, &SessionLoader::loadFinished);
        loader.open(Subscription, false);
        QVERIFY(finished.wait(20000));
        const auto error = finished.constFirst().at(1).value<BillForward::ApiError>();
        QCOMPARE(error.kind, BillForward::ApiError::Kind::Paging);
        const QString message = error.message();
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("raise the setting %1 in %2, then connect again").arg(key, QSettings().fileName())),
                 qPrintable(message));
        QCOMPARE(browser.store().size(), rows);
    }

    // A value that is not a positive number leaves the ceiling at its
    // default, not at one page.
    void unusableCeilingSettingsKeepTheDefaults()
    {
        QSettings().setValue(AppSettings::MaxPagesPerLoad.name(), QStringLiteral("lots"));
        QSettings().setValue(AppSettings::MaxSessionsPerLoad.name(), -3);
        Emulator::Options options;
        options.generate = {{Subscription, 500}};
        options.pageCap = 100;
        EmulatorFixture capping;
        QVERIFY(capping.start(options));
        BillForward::ApiClient client;
        client.setBaseUrl(capping.url);
        client.setTransferTimeout(10000);
        SessionBrowser browser;
        browser.setPageSize(1000);
        SessionLoader loader(&browser);
        loader.setClient(&client);
        QSettings().remove(AppSettings::MaxPagesPerLoad.name());
        QSettings().remove(AppSettings::MaxSessionsPerLoad.name());
        QSignalSpy finished(&loader, &SessionLoader::loadFinished);
        loader.open(Subscription, false);
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.constFirst().at(1).value<BillForward::ApiError>().isError());
        QCOMPARE(browser.store().size(), 500);
    }

private:
    QList<int> highlightedRows() const
    {
        QList<int> rows;
        SessionTableModel *model = m_browser.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(SessionTableModel::RecentlyChangedRole).toBool())
                rows << model->storeRowAt(row);
        }
        return rows;
    }

    bool started(const QList<UsageSession> &sessions)
    {
        BillForward::ApiReply *reply = m_client.start({sessions, {}});
        QSignalSpy finished(reply, &BillForward::ApiReply::finished);
        return finished.wait(10000) && reply->isOk();
    }

    QStringList highlightedIds() const
    {
        QStringList ids;
        SessionTableModel *model = m_browser.model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, int(SessionColumn::SessionId));
            if (index.data(SessionTableModel::RecentlyChangedRole).toBool())
                ids << index.data().toString();
        }
        return ids;
    }

    EmulatorFixture m_emulator;
    BillForward::ApiClient m_client;
    SessionBrowser m_browser;
    SessionLoader m_loader{&m_browser};
};

QTEST_GUILESS_MAIN(tst_SessionLoader)
#include "tst_sessionloader.moc"
