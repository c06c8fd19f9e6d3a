#include "views/savedviewstore.h"
#include "viewtestdata.h"

#include "actions/connectionprofile.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The views of each connection in the settings: kept per profile, the
// default with them, the Demo's own to start with.
class tst_SavedViewStore : public QObject
{
    Q_OBJECT

private slots:
    void viewsAreKeptPerProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        const QString slashed = QStringLiteral("a/b profile");
        SavedViewList views;
        views.put(ViewTestData::fullView(QStringLiteral("One")));
        views.put(ViewTestData::fullView(QStringLiteral("Two")));
        views.setDefaultName(QStringLiteral("Two"));
        {
            QSettings settings(path, QSettings::IniFormat);
            QVERIFY(!SavedViewStore::isStored(settings, slashed));
            SavedViewStore::save(settings, slashed, views);
        }
        QSettings settings(path, QSettings::IniFormat);
        QVERIFY(SavedViewStore::isStored(settings, slashed));
        const SavedViewList back = SavedViewStore::load(settings, slashed);
        QVERIFY(back == views);
        QCOMPARE(back.defaultName(), QStringLiteral("Two"));
        QVERIFY(SavedViewStore::load(settings, QStringLiteral("a")).isEmpty()); // not a subgroup
        QVERIFY(!SavedViewStore::isStored(settings, QStringLiteral("a")));

        SavedViewStore::remove(settings, slashed);
        QVERIFY(SavedViewStore::load(settings, slashed).isEmpty());
    }

    void anUnreadableStoredViewIsLeftOut()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString group = QLatin1String(AppSettings::SavedViewsGroup) + QStringLiteral("/p/");
        settings.setValue(group + QStringLiteral("views"),
                          QStringLiteral(R"([{"name": "Good"}, {"name": "Bad", "layout": "map"}, 7])"));
        settings.setValue(group + QStringLiteral("default"), QStringLiteral("Bad"));
        const SavedViewList views = SavedViewStore::load(settings, QStringLiteral("p"));
        QCOMPARE(views.names(), QStringList{QStringLiteral("Good")});
        QCOMPARE(views.defaultName(), QString());

        settings.setValue(group + QStringLiteral("views"), QStringLiteral("not json at all"));
        QVERIFY(SavedViewStore::load(settings, QStringLiteral("p")).isEmpty());
    }

    void theDemoComesWithViewsUntilTheUserHasOwn()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const ConnectionProfile demo = ConnectionProfile::demo();
        const SavedViewList initial = SavedViewStore::load(settings, demo);
        QVERIFY(initial.names().contains(QStringLiteral("Running over 8 h")));
        QVERIFY(initial.names().contains(QStringLiteral("Ended this month by unit")));
        const SavedView *running = initial.find(QStringLiteral("Running over 8 h"));
        QCOMPARE(running->filter.text(), QStringLiteral("duration:>8h"));
        QCOMPARE(running->filter.state(), SessionFilter::StateChoice::Active);
        const SavedView *ended = initial.find(QStringLiteral("Ended this month by unit"));
        QCOMPARE(ended->filter.text(), QStringLiteral("ended:this-month"));
        QCOMPARE(ended->filter.state(), SessionFilter::StateChoice::Historic);
        QCOMPARE(ended->sort.constFirst().column, SessionColumn::Uom);
        QCOMPARE(ended->sort.at(1).column, SessionColumn::Stop);

        ConnectionProfile custom;
        custom.id = QStringLiteral("custom");
        custom.kind = ConnectionProfile::Kind::Custom;
        QVERIFY(SavedViewStore::load(settings, custom).isEmpty());

        // Emptied by the user, it stays empty.
        SavedViewStore::save(settings, demo.id, {});
        QVERIFY(SavedViewStore::load(settings, demo).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SavedViewStore)
#include "tst_savedviewstore.moc"
