#include "actions/profilestore.h"
#include "radar/attentionlimitsstore.h"
#include "settings/profilesettings.h"
#include "views/savedviewstore.h"
#include "watch/watchlist.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class tst_ProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void firstStartHasDemo();
    void saveAndRestore();
    void removeAndCurrent();
    void credentialsInUrlAreNotSaved();
    void savedCommandLineConnectionGetsItsOwnId();
    void undoWindowIsKept_data();
    void undoWindowIsKept();
    void requestCeilingIsKeptWithinQtsConnections();
    void deletingAConnectionDeletesItsSettings();
    void recreatedDemoStartsAfresh();
    void unsavedOrEmptyIdForgetsNothing();

private:
    // What one connection keeps in the settings: views (one the default),
    // attention limits, a watch list with a "no sessions found" mark.
    static void keepSettingsOf(QSettings &settings, const QString &profileId, const QString &tag);
    // The settings' keys that belong to `profileId` (its id is in the key).
    static QStringList keysOf(QSettings &settings, const QString &profileId);

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir m_dir;
};

// The command-line id receives BILLFORWARD_ACCESS_TOKEN whenever
// BILLFORWARD_BASE_URL is unset: a saved profile must never keep it.
void tst_ProfileStore::savedCommandLineConnectionGetsItsOwnId()
{
    QFile::remove(settingsPath());
    ConnectionProfile commandLine =
        ConnectionProfile::custom(QStringLiteral("bf.example.com"), QUrl(QStringLiteral("https://bf.example.com/v1")));
    commandLine.id = ConnectionProfile::commandLineId();
    QString savedId;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        savedId = store.save(commandLine);
        QVERIFY(savedId != ConnectionProfile::commandLineId());
        QVERIFY(!store.contains(ConnectionProfile::commandLineId()));
        QCOMPARE(store.profile(savedId).baseUrl, commandLine.baseUrl);
    }
    {
        // One saved by an older version under the shared id gets its own on load.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(QStringLiteral("profiles/list/2/id"), ConnectionProfile::commandLineId());
        settings.setValue(QStringLiteral("profiles/current"), ConnectionProfile::commandLineId());
        settings.sync();
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    QVERIFY(!store.contains(ConnectionProfile::commandLineId()));
    QVERIFY(store.currentId() != ConnectionProfile::commandLineId());
}

void tst_ProfileStore::undoWindowIsKept_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("loaded");
    QTest::newRow("saved by the app") << QVariant() << 1;
    QTest::newRow("older settings without it: the default") << QVariant(QStringLiteral("absent")) << 5;
    QTest::newRow("hand-edited above the range") << QVariant(99) << 30;
    QTest::newRow("hand-edited below the range") << QVariant(-3) << 0;
    QTest::newRow("not a number: the default") << QVariant(QStringLiteral("soon")) << 5;
}

void tst_ProfileStore::undoWindowIsKept()
{
    QFETCH(QVariant, stored);
    QFETCH(int, loaded);
    QFile::remove(settingsPath());
    ConnectionProfile custom = ConnectionProfile::custom(QStringLiteral("Staging"),
                                                         QUrl(QStringLiteral("https://bf.example.com/v1")));
    QCOMPARE(custom.undoSeconds, 5);
    custom.undoSeconds = 1;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        store.save(custom);
    }
    if (stored.isValid()) {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles"));
        const int count = settings.beginReadArray(QStringLiteral("list"));
        settings.endArray();
        settings.beginWriteArray(QStringLiteral("list"), count);
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            if (stored == QVariant(QStringLiteral("absent")))
                settings.remove(QStringLiteral("undoSeconds"));
            else
                settings.setValue(QStringLiteral("undoSeconds"), stored);
        }
        settings.endArray();
        settings.endGroup();
        settings.sync();
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore restored(&settings);
    restored.load();
    QVERIFY(restored.contains(custom.id));
    QCOMPARE(restored.profile(custom.id).undoSeconds, loaded);
}

void tst_ProfileStore::requestCeilingIsKeptWithinQtsConnections()
{
    QFile::remove(settingsPath());
    ConnectionProfile custom = ConnectionProfile::custom(QStringLiteral("Shared"),
                                                         QUrl(QStringLiteral("https://bf.example.com/v1")));
    QCOMPARE(custom.requestsInFlight, 4);
    custom.requestsInFlight = 2;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        store.save(custom);
    }
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        QCOMPARE(store.profile(custom.id).requestsInFlight, 2);
        custom.requestsInFlight = 40; // more than Qt opens to one host
        store.save(custom);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    QCOMPARE(store.profile(custom.id).requestsInFlight, 6);
}

void tst_ProfileStore::firstStartHasDemo()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Demo);
    QCOMPARE(store.currentId(), store.profiles().constFirst().id);
}

void tst_ProfileStore::saveAndRestore()
{
    QFile::remove(settingsPath());
    ConnectionProfile production = ConnectionProfile::production();
    production.organizations = {QStringLiteral("ORG-1"), QStringLiteral("ORG-2")};
    ConnectionProfile custom = ConnectionProfile::custom(QStringLiteral("Staging"),
                                                         QUrl(QStringLiteral("https://bf.example.com:8443/RestAPI")));
    custom.readOnly = true;
    custom.confirmStops = false;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        store.save(ConnectionProfile::sandbox());
        store.save(production);
        store.save(custom);
        store.setCurrentId(custom.id);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore restored(&settings);
    restored.load();
    QCOMPARE(restored.profiles().size(), 4);
    QCOMPARE(restored.profile(production.id), production);
    QCOMPARE(restored.profile(custom.id), custom);
    QCOMPARE(restored.currentId(), custom.id);
    QVERIFY(restored.profile(production.id).isProduction());
}

void tst_ProfileStore::removeAndCurrent()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    const QString sandbox = store.save(ConnectionProfile::sandbox());
    store.setCurrentId(sandbox);
    store.remove(sandbox);
    QVERIFY(!store.contains(sandbox));
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Demo);
    store.setCurrentId(QStringLiteral("no-such-profile"));
    QCOMPARE(store.current().kind, ConnectionProfile::Kind::Demo);

    ProfileStore reloaded(&settings);
    reloaded.load();
    QCOMPARE(reloaded.profiles().size(), 1);
}

void tst_ProfileStore::credentialsInUrlAreNotSaved()
{
    QFile::remove(settingsPath());
    const QByteArray secret = "tok-5ecret-in-url";
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        store.save(ConnectionProfile::custom(
            QStringLiteral("Sloppy"),
            QUrl(QStringLiteral("https://user:%1@bf.example.com/v1?access_token=%1").arg(QLatin1String(secret)))));
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("bf.example.com"));
    QVERIFY(!bytes.contains(secret));
}

void tst_ProfileStore::keepSettingsOf(QSettings &settings, const QString &profileId, const QString &tag)
{
    SavedViewList views;
    SavedView view;
    view.name = tag + QStringLiteral(" view");
    view.pageSize = 250;
    views.put(view);
    views.setDefaultName(view.name);
    SavedViewStore::save(settings, profileId, views);

    AttentionLimits limits;
    limits.defaultMs = 8LL * 60 * 60 * 1000;
    limits.perUnit.insert(tag + QStringLiteral("-minutes"), 2LL * 60 * 60 * 1000);
    AttentionLimitsStore::save(settings, profileId, limits);

    WatchList watch(&settings);
    watch.setProfileId(profileId);
    watch.add({QStringLiteral("SUB-%1-1").arg(tag), QStringLiteral("SUB-%1-2").arg(tag)});
    watch.setNoSessions(QStringLiteral("SUB-%1-2").arg(tag), true);
    settings.sync();
}

QStringList tst_ProfileStore::keysOf(QSettings &settings, const QString &profileId)
{
    return settings.allKeys().filter(profileId);
}

// A deleted connection's views, default view, limits and watch list went
// on living in the settings under its id: they must go with it, and the
// other connection's must stay as they were.
void tst_ProfileStore::deletingAConnectionDeletesItsSettings()
{
    QFile::remove(settingsPath());
    QString doomed;
    QString kept;
    QStringList keptKeys;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        doomed = store.save(ConnectionProfile::custom(QStringLiteral("Doomed"),
                                                      QUrl(QStringLiteral("https://doomed.example.com/v1"))));
        kept = store.save(ConnectionProfile::sandbox());
        keepSettingsOf(settings, doomed, QStringLiteral("D"));
        keepSettingsOf(settings, kept, QStringLiteral("K"));
        // Views, default, limits (default, units, components), watch list and mark.
        QCOMPARE(keysOf(settings, doomed).size(), 7);
        keptKeys = keysOf(settings, kept);
        QCOMPARE(keptKeys.size(), 7);

        store.remove(doomed);
        QVERIFY(!store.contains(doomed));
        QCOMPARE(keysOf(settings, doomed), QStringList());
    }

    // On disk too, as the next start reads it.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    QCOMPARE(keysOf(settings, doomed), QStringList());
    QVERIFY(!SavedViewStore::isStored(settings, doomed));
    QVERIFY(AttentionLimitsStore::load(settings, doomed) == AttentionLimits());
    WatchList doomedWatch(&settings);
    doomedWatch.setProfileId(doomed);
    QVERIFY(!doomedWatch.isStored());

    QCOMPARE(keysOf(settings, kept), keptKeys);
    const SavedViewList views = SavedViewStore::load(settings, kept);
    QCOMPARE(views.names(), QStringList{QStringLiteral("K view")});
    QCOMPARE(views.defaultName(), QStringLiteral("K view"));
    QCOMPARE(views.find(QStringLiteral("K view"))->pageSize, 250);
    const AttentionLimits limits = AttentionLimitsStore::load(settings, kept);
    QCOMPARE(limits.defaultMs, 8LL * 60 * 60 * 1000);
    QCOMPARE(limits.perUnit.value(QStringLiteral("K-minutes")), 2LL * 60 * 60 * 1000);
    WatchList keptWatch(&settings);
    keptWatch.setProfileId(kept);
    QCOMPARE(keptWatch.ids(), (QStringList{QStringLiteral("SUB-K-1"), QStringLiteral("SUB-K-2")}));
    QVERIFY(keptWatch.hasNoSessions(QStringLiteral("SUB-K-2")));
}

// The Demo connection has a fixed id and comes back when every connection
// is deleted: it must come back as on a first start (its own example
// views, its seats limit, no watch list), not with the deleted one's.
void tst_ProfileStore::recreatedDemoStartsAfresh()
{
    QFile::remove(settingsPath());
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.load();
        const QString demo = store.currentId();
        QCOMPARE(demo, ConnectionProfile::demo().id);
        keepSettingsOf(settings, demo, QStringLiteral("Demo"));
        store.remove(demo);
        QVERIFY(store.profiles().isEmpty());
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    const ConnectionProfile demo = store.current();
    QCOMPARE(demo.kind, ConnectionProfile::Kind::Demo);
    const SavedViewList views = SavedViewStore::load(settings, demo);
    QVERIFY(!views.contains(QStringLiteral("Demo view")));
    QVERIFY(views == SavedViewStore::initialFor(demo));
    QVERIFY(AttentionLimitsStore::load(settings, demo.id, AttentionLimitsStore::initialFor(demo))
            == AttentionLimitsStore::initialFor(demo));
    WatchList watch(&settings);
    watch.setProfileId(demo.id);
    QVERIFY(!watch.isStored());
}

// The command-line connection is never saved, yet keeps views, limits and
// a watch list under its shared id; an empty id would name every
// connection's groups at once. Neither may be deleted through a profile.
void tst_ProfileStore::unsavedOrEmptyIdForgetsNothing()
{
    QFile::remove(settingsPath());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.load();
    const QString commandLine = ConnectionProfile::commandLineId();
    keepSettingsOf(settings, commandLine, QStringLiteral("C"));
    keepSettingsOf(settings, store.currentId(), QStringLiteral("Demo"));
    const QStringList before = settings.allKeys();
    QCOMPARE(keysOf(settings, commandLine).size(), 7);

    store.remove(commandLine);
    store.remove(QString());
    forgetProfileSettings(settings, QString());
    QCOMPARE(settings.allKeys(), before);
    QCOMPARE(store.profiles().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
