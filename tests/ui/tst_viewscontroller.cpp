#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessionlayoutswitch.h"
#include "ui/sessiontableview.h"
#include "ui/viewscontroller.h"
#include "ui/widgets/paginationbar.h"
#include "uitestsupport.h"
#include "accessibilitywalk.h"

#include "emulator/sessiongenerator.h"
#include "sessions/sessionbrowser.h"
#include "settings/appsettings.h"
#include "views/viewsfile.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolBar>

namespace {

const QByteArray Token = "views-test-token";
const QString Sub = Emulator::SessionGenerator::subscriptionIdOf(0);

struct Harness
{
    std::unique_ptr<ConnectionController> connection;
    std::unique_ptr<MainWindow> window;
    ViewsController *views() const { return window->views(); }
};

// What a view of the window holds, compared as the user sees it.
struct Shown
{
    QString text;
    SessionFilter::StateChoice state;
    QSet<QString> units;
    Period period;
    QList<SessionView::SortKey> sort;
    QList<SessionColumn> columns;
    int pageSize;
    SessionLayout layout;

    static Shown of(const MainWindow &w)
    {
        const SessionFilter &filter = w.browser()->filter(); // what the rows are filtered by, not only the bar
        return {filter.text(), filter.state(), filter.uoms(), filter.period(), w.table()->sortKeys(),
                w.table()->visibleColumns(), w.browser()->pager().pageSize(), w.sessionLayout()};
    }
    static Shown of(const SavedView &view)
    {
        return {view.filter.text(), view.filter.state(), view.filter.uoms(), view.filter.period(), view.sort,
                view.columns, view.pageSize, view.layout};
    }
    friend bool operator==(const Shown &a, const Shown &b)
    {
        return a.text == b.text && a.state == b.state && a.units == b.units && a.period == b.period
            && a.sort == b.sort && a.columns == b.columns && a.pageSize == b.pageSize && a.layout == b.layout;
    }
};

SavedView longRunning()
{
    SavedView view;
    view.name = QStringLiteral("Running over 8 h");
    view.filter.setText(QStringLiteral("duration:>8h"));
    view.filter.setState(SessionFilter::StateChoice::Active);
    view.filter.setUoms({QStringLiteral("minutes")});
    view.sort = {{SessionColumn::Duration, Qt::DescendingOrder}};
    view.columns = {SessionColumn::SessionId, SessionColumn::Duration, SessionColumn::State, SessionColumn::Uom};
    view.pageSize = 50;
    view.layout = SessionLayout::TableAndTimeline;
    return view;
}

SavedView endedThisMonth()
{
    SavedView view;
    view.name = QStringLiteral("Ended this month by unit");
    view.filter.setText(QStringLiteral("ended:this-month"));
    view.filter.setState(SessionFilter::StateChoice::Historic);
    view.filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
    view.sort = {{SessionColumn::Uom, Qt::AscendingOrder}, {SessionColumn::Stop, Qt::DescendingOrder}};
    view.columns = {SessionColumn::Uom, SessionColumn::Stop, SessionColumn::Start, SessionColumn::Description,
                    SessionColumn::Created};
    view.pageSize = 500;
    view.layout = SessionLayout::Table;
    return view;
}

} // namespace

// Saved views in the window, against the emulator: saved, kept across a
// restart with the default applied, applied whole, renamed, deleted,
// exported and imported, and a bad file refused with a message.
class tst_ViewsController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        Emulator::Options options;
        options.token = Token;
        options.generatedSubscriptions = 1;
        options.sessionsPerGeneratedSubscription = 40;
        QVERIFY(m_emulator.start(options));
    }

    void init() { QSettings().clear(); }

    void theMenuAndTheDropDownAreThereAndReachable()
    {
        Harness h = makeWindow();
        MainWindow &w = *h.window;
        ViewsController *views = h.views();
        QVERIFY(w.menuBar()->actions().contains(views->menu()->menuAction()));
        auto *toolBar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolBar->isAncestorOf(views->comboBox()));
        QVERIFY(w.tabChain().contains(views->comboBox()));
        QCOMPARE(views->comboBox()->accessibleName(), QStringLiteral("Saved view"));
        for (QAction *action : {views->saveAsAction(), views->renameAction(), views->deleteAction(),
                                views->defaultAction(), views->importAction(), views->exportAction()})
            QVERIFY2(views->menu()->actions().contains(action), qPrintable(action->text()));

        // Ctrl+Shift+V from the table opens the drop-down.
        views->saveCurrentAs(QStringLiteral("Mine"));
        w.table()->setFocus();
        QTest::keyClick(&w, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(views->comboBox()->view()->isVisible());
        views->comboBox()->hidePopup();

        const QStringList gaps = UiTest::accessibilityGaps(&w);
        QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
    }

    void viewsSurviveARestartAndTheDefaultIsApplied()
    {
        {
            Harness h = makeWindow();
            show(*h.window, longRunning());
            h.views()->saveCurrentAs(longRunning().name);
            h.views()->setDefault(longRunning().name);
            show(*h.window, endedThisMonth());
            h.views()->saveCurrentAs(endedThisMonth().name);
            QCOMPARE(h.views()->currentName(), endedThisMonth().name);
        } // closed showing the other view: the table's own settings hold that one
        Harness h = makeWindow();
        MainWindow &w = *h.window;
        QCOMPARE(h.views()->views().names(), (QStringList{longRunning().name, endedThisMonth().name}));
        QCOMPARE(h.views()->views().defaultName(), longRunning().name);
        QCOMPARE(h.views()->currentName(), longRunning().name);
        QVERIFY(Shown::of(w) == Shown::of(longRunning()));
        QCOMPARE(w.filterBar()->filter().text(), QStringLiteral("duration:>8h"));
        QCOMPARE(w.filterBar()->filter().state(), SessionFilter::StateChoice::Active);
        QCOMPARE(h.views()->comboBox()->currentText(), longRunning().name);
        QVERIFY(h.views()->actionOf(longRunning().name)->isChecked());
        QVERIFY(h.views()->actionOf(longRunning().name)->text().contains(QStringLiteral("(default)")));
        QVERIFY(h.views()->defaultAction()->isChecked());
        QVERIFY(!h.views()->isModified());
    }

    void applyingAViewRestoresAllOfIt()
    {
        Harness h = makeWindow();
        MainWindow &w = *h.window;
        ViewsController *views = h.views();
        show(w, longRunning());
        views->saveCurrentAs(longRunning().name);
        show(w, endedThisMonth());
        views->saveCurrentAs(endedThisMonth().name);

        // From the menu, and from the drop-down.
        views->actionOf(longRunning().name)->trigger();
        QVERIFY(Shown::of(w) == Shown::of(longRunning()));
        QCOMPARE(w.filterBar()->filter().uoms(), longRunning().filter.uoms());
        QCOMPARE(w.table()->horizontalHeader()->visualIndex(int(SessionColumn::SessionId)), 0);
        QVERIFY(w.table()->horizontalHeader()->isSectionHidden(int(SessionColumn::Start)));
        QComboBox *combo = views->comboBox();
        const int index = combo->findData(endedThisMonth().name);
        combo->setCurrentIndex(index);
        emit combo->activated(index);
        QVERIFY(Shown::of(w) == Shown::of(endedThisMonth()));
        QVERIFY(w.browser()->filter().period().isRelative());
        QVERIFY(views->actionOf(endedThisMonth().name)->isChecked());
        QVERIFY(!views->actionOf(longRunning().name)->isChecked());
    }

    void aChangeAfterApplyingShowsTheViewAsChanged()
    {
        Harness h = makeWindow();
        MainWindow &w = *h.window;
        ViewsController *views = h.views();
        show(w, longRunning());
        views->saveCurrentAs(longRunning().name);
        QComboBox *combo = views->comboBox();
        QCOMPARE(combo->currentText(), longRunning().name);

        // Typing in the search field, as the user does.
        QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral(" minutes"));
        QTRY_VERIFY(views->isModified());
        QTRY_COMPARE(combo->currentText(), longRunning().name + QStringLiteral(" *"));
        QVERIFY(!combo->accessibleDescription().isEmpty());

        views->apply(longRunning().name); // back as saved
        QVERIFY(!views->isModified());
        QCOMPARE(combo->currentText(), longRunning().name);

        // A sort from the header, a column hidden, a page size: each one counts.
        w.table()->setSortKeys({{SessionColumn::Start, Qt::AscendingOrder}});
        QTRY_COMPARE(combo->currentText(), longRunning().name + QStringLiteral(" *"));
        views->apply(longRunning().name);
        w.table()->horizontalHeader()->moveSection(0, 2);
        QTRY_COMPARE(combo->currentText(), longRunning().name + QStringLiteral(" *"));
        views->apply(longRunning().name);
        auto *pageSize = w.paginationBar()->findChild<QComboBox *>();
        QVERIFY(pageSize);
        const int hundred = pageSize->findData(100);
        pageSize->setCurrentIndex(hundred);
        emit pageSize->activated(hundred);
        QTRY_COMPARE(combo->currentText(), longRunning().name + QStringLiteral(" *"));
        views->apply(longRunning().name);
        QCOMPARE(combo->currentText(), longRunning().name);

        // The toolbar's Timeline (the view shows both: off to the table alone),
        // marked at once, without opening the Views menu.
        QAction *timeline = w.layoutSwitch()->timelineToggle();
        QVERIFY(timeline->isChecked());
        timeline->trigger();
        QCOMPARE(w.sessionLayout(), SessionLayout::Table);
        QTRY_COMPARE(combo->currentText(), longRunning().name + QStringLiteral(" *"));
        QVERIFY(views->isModified());
    }

    void renameDeleteAndDefaultAreKept()
    {
        {
            Harness h = makeWindow();
            ViewsController *views = h.views();
            show(*h.window, longRunning());
            views->saveCurrentAs(QStringLiteral("A"));
            show(*h.window, endedThisMonth());
            views->saveCurrentAs(QStringLiteral("B"));
            views->setDefault(QStringLiteral("B"));

            QString error;
            QVERIFY(!views->rename(QStringLiteral("B"), QStringLiteral("A"), &error));
            QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
            QVERIFY(views->rename(QStringLiteral("B"), QStringLiteral("Monthly"), &error));
            QCOMPARE(views->currentName(), QStringLiteral("Monthly"));
            QCOMPARE(views->views().defaultName(), QStringLiteral("Monthly"));
            QCOMPARE(views->comboBox()->currentText(), QStringLiteral("Monthly"));
            QVERIFY(views->actionOf(QStringLiteral("Monthly")));
            QVERIFY(!views->actionOf(QStringLiteral("B")));

            QVERIFY(views->remove(QStringLiteral("A")));
            QCOMPARE(views->comboBox()->count(), 1);
            QVERIFY(!views->actionOf(QStringLiteral("A")));
        }
        {
            Harness h = makeWindow();
            QCOMPARE(h.views()->views().names(), QStringList{QStringLiteral("Monthly")});
            QCOMPARE(h.views()->currentName(), QStringLiteral("Monthly")); // the default, applied
            QVERIFY(h.views()->remove(QStringLiteral("Monthly")));
            QVERIFY(h.views()->views().defaultName().isEmpty());
            QVERIFY(!h.views()->renameAction()->isEnabled());
            QVERIFY(!h.views()->deleteAction()->isEnabled());
        }
        Harness h = makeWindow();
        QVERIFY(h.views()->views().isEmpty());
        QVERIFY(h.views()->currentName().isEmpty());
    }

    // A view from a newer version (an unknown layout, an unknown column)
    // after a downgrade: said once, and not erased by the next save.
    void viewsThisVersionCannotReadAreKeptAndNamed()
    {
        {
            Harness h = makeWindow();
            show(*h.window, longRunning());
            h.views()->saveCurrentAs(longRunning().name);
        }
        QSettings settings;
        QString key;
        for (const QString &k : settings.allKeys()) {
            if (k.startsWith(QLatin1String(AppSettings::SavedViewsGroup)) && k.endsWith(QLatin1String("/views")))
                key = k;
        }
        QVERIFY2(!key.isEmpty(), qPrintable(settings.allKeys().join(QLatin1Char(' '))));
        QJsonArray stored = QJsonDocument::fromJson(settings.value(key).toString().toUtf8()).array();
        QJsonObject mine = stored.at(0).toObject();
        mine.insert(QStringLiteral("columns"), QJsonArray{QStringLiteral("sessionID"), QStringLiteral("colour")});
        stored.replace(0, mine);
        const QJsonObject newer{{QStringLiteral("name"), QStringLiteral("On a map")},
                                {QStringLiteral("layout"), QStringLiteral("map")}};
        stored.append(newer);
        settings.setValue(key, QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        settings.sync();

        Harness h = makeWindow();
        ViewsController *views = h.views();
        QCOMPARE(views->views().names(), QStringList{longRunning().name});
        QCOMPARE(views->views().find(longRunning().name)->columns, QList<SessionColumn>{SessionColumn::SessionId});
        const QString notes = views->loadNotes().join(QLatin1Char(' '));
        QVERIFY2(notes.contains(QStringLiteral("“colour”")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("could not be read: 1.")), qPrintable(notes));
        QStringList inMenu;
        for (QAction *action : views->menu()->actions()) {
            if (action->objectName() == QLatin1String("viewsLoadNote"))
                inMenu << action->text();
        }
        QCOMPARE(inMenu, views->loadNotes());

        views->saveCurrentAs(QStringLiteral("Another"));
        settings.sync();
        const QJsonArray after = QJsonDocument::fromJson(settings.value(key).toString().toUtf8()).array();
        QVERIFY(after.contains(newer));
        QCOMPARE(after.size(), 3);
    }

    // The table wrote its sort as "uduration:desc" before the one sort-key
    // form: an existing user's sort comes back, and is kept in that form.
    void theTablesSortFromOlderSettingsStillLoads()
    {
        AppSettings::TableSort.write({QStringLiteral("uduration:desc"), QStringLiteral("sessionID:asc")});
        Harness h = makeWindow();
        const QList<SessionView::SortKey> expected = {{SessionColumn::Duration, Qt::DescendingOrder},
                                                      {SessionColumn::SessionId, Qt::AscendingOrder}};
        QCOMPARE(h.window->table()->sortKeys(), expected);
        QCOMPARE(AppSettings::TableSort.read(),
                 (QStringList{QStringLiteral("uduration:descending"), QStringLiteral("sessionID:ascending")}));
        QCOMPARE(h.views()->capture(QStringLiteral("v")).sort, expected);
    }

    void exportedViewsImportIntoFreshSettings()
    {
        const QString path = m_dir.filePath(QStringLiteral("exported-views.json"));
        QList<SavedView> exported;
        {
            Harness h = makeWindow();
            show(*h.window, longRunning());
            h.views()->saveCurrentAs(longRunning().name);
            show(*h.window, endedThisMonth());
            h.views()->saveCurrentAs(endedThisMonth().name);
            exported = h.views()->views().views();
            QString error;
            QVERIFY2(h.views()->exportTo(path, &error), qPrintable(error));
        }
        // A relative period is in the file as such.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray inFile = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("views")).toArray();
        QCOMPARE(inFile.at(1).toObject().value(QStringLiteral("filter")).toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("this-month"));

        QSettings().clear(); // another machine
        Harness h = makeWindow();
        ViewsController *views = h.views();
        QVERIFY(views->views().isEmpty());
        QString error;
        QStringList added;
        QVERIFY2(views->importFrom(path, std::nullopt, &error, &added), qPrintable(error));
        QCOMPARE(added, (QStringList{longRunning().name, endedThisMonth().name}));
        QCOMPARE(views->views().names(), added);
        for (int i = 0; i < exported.size(); ++i)
            QVERIFY(views->views().views().at(i).sameContentAs(exported.at(i)));
        QVERIFY(views->views().find(endedThisMonth().name)->filter.period().isRelative());
        QVERIFY(views->apply(endedThisMonth().name));
        QVERIFY(Shown::of(*h.window) == Shown::of(endedThisMonth()));

        // Imported again: the user is asked, and keeps both.
        QVERIFY(views->importFrom(path, std::nullopt, &error, &added));
        QTRY_VERIFY(UiTest::modal<QMessageBox>());
        auto *box = UiTest::modal<QMessageBox>();
        QVERIFY(box->text().contains(longRunning().name));
        QCOMPARE(views->views().views().size(), 2); // nothing before the answer
        box->findChild<QPushButton *>(QStringLiteral("keepBothButton"))->click();
        QCOMPARE(views->views().names(), (QStringList{longRunning().name, endedThisMonth().name,
                                                      longRunning().name + QStringLiteral(" (2)"),
                                                      endedThisMonth().name + QStringLiteral(" (2)")}));
        // Or replaces them.
        QVERIFY(views->importFrom(path, SavedViewList::OnClash::Replace, &error, &added));
        QCOMPARE(views->views().views().size(), 4);

        Harness again = makeWindow(); // and they are kept
        QCOMPARE(again.views()->views().views().size(), 4);
    }

    void aBadFileIsRefusedWithAMessageAndChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("malformed") << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [{)")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("foreign") << QByteArray(R"({"sessions": [1, 2, 3]})") << QStringLiteral("not a views file");
        QTest::newRow("version too new")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 7, "views": [{"name": "Future"}]})")
            << QStringLiteral("newer version");
        QTest::newRow("one bad view among good")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [{"name": "Fine"},)"
                          R"( {"name": "Broken", "sort": [{"column": "colour"}]}]})")
            << QStringLiteral("“colour”");
    }

    void aBadFileIsRefusedWithAMessageAndChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const QString path = m_dir.filePath(QStringLiteral("bad-views.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();

        Harness h = makeWindow();
        h.views()->saveCurrentAs(QStringLiteral("Kept"));
        QString error;
        QVERIFY(!h.views()->importFrom(path, SavedViewList::OnClash::KeepBoth, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QCOMPARE(h.views()->views().names(), QStringList{QStringLiteral("Kept")});
        Harness again = makeWindow();
        QCOMPARE(again.views()->views().names(), QStringList{QStringLiteral("Kept")});
    }

    void aHandMadeViewAppliesWhatTheWindowOffers()
    {
        // No sort, no columns, a page size the paging bar does not offer.
        const QString path = m_dir.filePath(QStringLiteral("bare-views.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"format": "usage-session-admin.views", "version": 1, "views": [{"name": "Bare", "pageSize": 37}]})");
        file.close();
        Harness h = makeWindow();
        MainWindow &w = *h.window;
        show(w, longRunning());
        const QList<SessionColumn> columns = w.table()->visibleColumns();
        QString error;
        QVERIFY2(h.views()->importFrom(path, std::nullopt, &error), qPrintable(error));
        QVERIFY(h.views()->apply(QStringLiteral("Bare")));
        QCOMPARE(w.browser()->pager().pageSize(), 50);
        QCOMPARE(w.table()->sortKeys(), SessionTableView::defaultSortKeys());
        QCOMPARE(w.table()->visibleColumns(), columns);
        QVERIFY(w.browser()->filter().isEmpty());
        QVERIFY(!h.views()->isModified());
        QCOMPARE(h.views()->comboBox()->currentText(), QStringLiteral("Bare"));
    }

    void theDemoComesWithItsViews()
    {
        ConnectionController connection;
        QSignalSpy ready(&connection, &ConnectionController::ready);
        connection.connectDemo(m_dir.filePath(QStringLiteral("demo-views.sqlite")));
        MainWindow w(&connection);
        w.show();
        QVERIFY(ready.wait(30000) || connection.isReady());
        ViewsController *views = w.views();
        QTRY_VERIFY(!views->views().isEmpty());
        QVERIFY(views->views().names().contains(QStringLiteral("Running over 8 h")));
        QVERIFY(views->views().names().contains(QStringLiteral("Ended this month by unit")));
        QVERIFY(views->currentName().isEmpty()); // offered, not forced
        QVERIFY(views->apply(QStringLiteral("Running over 8 h")));
        QCOMPARE(w.browser()->filter().text(), QStringLiteral("duration:>8h"));
        QCOMPARE(w.browser()->filter().state(), SessionFilter::StateChoice::Active);
        QVERIFY(views->apply(QStringLiteral("Ended this month by unit")));
        QCOMPARE(w.browser()->filter().text(), QStringLiteral("ended:this-month"));
        QCOMPARE(w.browser()->filter().state(), SessionFilter::StateChoice::Historic);
        QCOMPARE(w.table()->sortKeys().constFirst().column, SessionColumn::Uom);
        QCOMPARE(w.table()->sortKeys().at(1).column, SessionColumn::Stop);
    }

private:
    // Puts the window in the state `view` describes, the user's way round.
    static void show(MainWindow &w, const SavedView &view)
    {
        w.filterBar()->setFilter(view.filter);
        w.table()->setSortKeys(view.sort);
        w.table()->setVisibleColumns(view.columns);
        auto *pageSize = w.paginationBar()->findChild<QComboBox *>();
        const int index = pageSize->findData(view.pageSize);
        pageSize->setCurrentIndex(index);
        emit pageSize->activated(index);
        w.setSessionLayout(view.layout);
    }

    Harness makeWindow()
    {
        Harness h;
        h.connection = std::make_unique<ConnectionController>();
        h.connection->connectTo(m_emulator.url, Token);
        h.window = std::make_unique<MainWindow>(h.connection.get());
        h.window->resize(1280, 720);
        h.window->show();
        if (!QTest::qWaitForWindowExposed(h.window.get()))
            qWarning("window not exposed");
        return h;
    }

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
};

QTEST_MAIN(tst_ViewsController)
#include "tst_viewscontroller.moc"
