#include "actions/profilestore.h"

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

private:
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

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
