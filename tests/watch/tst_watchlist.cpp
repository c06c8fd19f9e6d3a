#include "watch/watchlist.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The watched subscriptions of each connection, kept in the settings.
class tst_WatchList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init()
    {
        QFile::remove(settingsPath());
    }

    void addKeepsOrderDedupesAndReportsRejected()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WatchList list(&settings);
        list.setProfileId(QStringLiteral("demo"));
        QSignalSpy changed(&list, &WatchList::changed);
        const WatchList::AddResult result = list.add({QStringLiteral("SUB-B"), QStringLiteral(" SUB-A "),
                                                      QStringLiteral("SUB-B"), QStringLiteral("not an id"),
                                                      QStringLiteral("a/b"), QString(100 + 1, QLatin1Char('x'))});
        QCOMPARE(result.added, (QStringList{QStringLiteral("SUB-B"), QStringLiteral("SUB-A")}));
        QCOMPARE(result.alreadyWatched, QStringList{QStringLiteral("SUB-B")});
        QCOMPARE(result.rejected.size(), 3);
        QCOMPARE(result.rejected.at(0), QStringLiteral("not an id"));
        QCOMPARE(list.ids(), (QStringList{QStringLiteral("SUB-B"), QStringLiteral("SUB-A")}));
        QCOMPARE(changed.size(), 1);

        const WatchList::AddResult again = list.add({QStringLiteral("SUB-A")});
        QVERIFY(again.added.isEmpty());
        QCOMPARE(again.alreadyWatched, QStringList{QStringLiteral("SUB-A")});
        QCOMPARE(changed.size(), 1); // nothing changed, nothing written
    }

    void keptPerProfileAcrossRestarts()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            WatchList list(&settings);
            list.setProfileId(QStringLiteral("demo"));
            QVERIFY(!list.isStored());
            list.add({QStringLiteral("SUB-1"), QStringLiteral("SUB-2"), QStringLiteral("SUB-3")});
            list.setNoSessions(QStringLiteral("SUB-2"), true);
            list.setProfileId(QStringLiteral("0b6f0a8e-1111-4222-8333-944455556666"));
            QVERIFY(list.ids().isEmpty()); // another connection, another list
            list.add({QStringLiteral("SUB-PROD")});
            list.setProfileId(QStringLiteral("demo"));
            list.remove({QStringLiteral("SUB-3")});
        }
        // A new process: only the settings file carries it over.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WatchList list(&settings);
        list.setProfileId(QStringLiteral("demo"));
        QVERIFY(list.isStored());
        QCOMPARE(list.ids(), (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}));
        QVERIFY(list.hasNoSessions(QStringLiteral("SUB-2")));
        QVERIFY(!list.hasNoSessions(QStringLiteral("SUB-1")));
        list.setProfileId(QStringLiteral("0b6f0a8e-1111-4222-8333-944455556666"));
        QCOMPARE(list.ids(), QStringList{QStringLiteral("SUB-PROD")});

        // Nothing but IDs and marks in the file.
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("[watch]"));
        QVERIFY(!text.contains("token"));
    }

    void emptiedListStaysEmpty()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WatchList list(&settings);
        list.setProfileId(QStringLiteral("demo"));
        list.add({QStringLiteral("SUB-1")});
        list.remove({QStringLiteral("SUB-1")});
        WatchList reread(&settings);
        reread.setProfileId(QStringLiteral("demo"));
        QVERIFY(reread.isStored()); // emptied on purpose: a first start's filling must not come back
        QVERIFY(reread.ids().isEmpty());
    }

    void removingDropsTheMark()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WatchList list(&settings);
        list.setProfileId(QStringLiteral("demo"));
        list.add({QStringLiteral("SUB-1")});
        QSignalSpy marks(&list, &WatchList::markChanged);
        list.setNoSessions(QStringLiteral("SUB-1"), true);
        list.setNoSessions(QStringLiteral("SUB-1"), true);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(list.remove({QStringLiteral("SUB-1"), QStringLiteral("SUB-UNKNOWN")}), QStringList{QStringLiteral("SUB-1")});
        list.add({QStringLiteral("SUB-1")});
        QVERIFY(!list.hasNoSessions(QStringLiteral("SUB-1"))); // checked again when added again
    }

    void handEditedSettingsAreCleaned()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("watch/demo/subscriptions"),
                              QStringList{QStringLiteral("SUB-1"), QStringLiteral("bad id"), QStringLiteral("SUB-1")});
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        WatchList list(&settings);
        list.setProfileId(QStringLiteral("demo"));
        QCOMPARE(list.ids(), QStringList{QStringLiteral("SUB-1")});
    }
};

QTEST_GUILESS_MAIN(tst_WatchList)
#include "tst_watchlist.moc"
