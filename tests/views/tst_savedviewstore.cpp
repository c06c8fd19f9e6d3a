#include "views/savedviewstore.h"
#include "viewtestdata.h"

#include "actions/connectionprofile.h"
#include "settings/appsettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // After a downgrade: an unknown column is left out of its view, a view
    // that still cannot be read is kept as it is and written back.
    void whatCannotBeReadIsKeptAndNamed()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        const QString group = QLatin1String(AppSettings::SavedViewsGroup) + QStringLiteral("/p/");
        const QByteArray bad = R"({"name": "Bad", "layout": "map", "mapZoom": 4})";
        settings.setValue(group + QStringLiteral("views"),
                          QStringLiteral(R"([{"name": "Good"}, %1, 7,
                                            {"name": "Wider", "columns": ["state", "colour", "uom"],
                                             "sort": [{"column": "weight", "order": "descending"}, {"column": "uom"}]}])")
                              .arg(QString::fromUtf8(bad)));
        settings.setValue(group + QStringLiteral("default"), QStringLiteral("Bad"));
        QStringList notes;
        SavedViewList views = SavedViewStore::load(settings, QStringLiteral("p"), {}, &notes);
        QCOMPARE(views.names(), (QStringList{QStringLiteral("Good"), QStringLiteral("Wider")}));
        const SavedView *wider = views.find(QStringLiteral("Wider"));
        QCOMPARE(wider->columns, (QList<SessionColumn>{SessionColumn::State, SessionColumn::Uom}));
        QCOMPARE(wider->sort, (QList<SessionView::SortKey>{{SessionColumn::Uom, Qt::AscendingOrder}}));
        QCOMPARE(views.unreadable().size(), 2);
        QCOMPARE(views.defaultName(), QStringLiteral("Bad")); // still its default, for the version that reads it
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.at(0).contains(QStringLiteral("“Wider”")) && notes.at(0).contains(QStringLiteral("“colour”"))
                     && notes.at(0).contains(QStringLiteral("“weight”")),
                 qPrintable(notes.at(0)));
        QVERIFY2(notes.at(1).contains(QStringLiteral("could not be read: 2.")), qPrintable(notes.at(1)));

        // Saving the others (here: a new view) writes the unread ones back unchanged.
        views.put(ViewTestData::fullView(QStringLiteral("New")));
        SavedViewStore::save(settings, QStringLiteral("p"), views);
        const QJsonArray stored =
            QJsonDocument::fromJson(settings.value(group + QStringLiteral("views")).toString().toUtf8()).array();
        QVERIFY(stored.contains(QJsonDocument::fromJson(bad).object()));
        QVERIFY(stored.contains(7));
        QCOMPARE(stored.size(), 5);
        QCOMPARE(settings.value(group + QStringLiteral("default")).toString(), QStringLiteral("Bad"));
        QStringList again;
        QVERIFY(SavedViewStore::load(settings, QStringLiteral("p"), {}, &again) == views);

        QVERIFY(!again.isEmpty());
        SavedViewStore::load(settings, QStringLiteral("another profile"), {}, &again);
        QVERIFY(again.isEmpty()); // another connection's notes do not linger

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
