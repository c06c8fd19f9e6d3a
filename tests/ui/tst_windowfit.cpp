#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/statusbarcontroller.h"
#include "ui/widgets/paginationbar.h"
#include "ui/widgets/screenfit.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "radar/attentionlimits.h"
#include "emulator/demodata.h"
#include "sessions/sessionbrowser.h"
#include "settings/appsettings.h"
#include "translationloader.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

// The window fits the desktops billing staff have: 1280x720 (1920x1080 at
// 150 %) and 1366x768, in every language, with a side list on the left and
// the details panel open. Runs on an offscreen screen of 1280x720 (see main()).
class tst_WindowFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void minimumWidthFitsWithSideDockAndDetails_data();
    void minimumWidthFitsWithSideDockAndDetails();
    void nothingOverlapsOrIsCutAt1024_data();
    void nothingOverlapsOrIsCutAt1024();
    void detailsGoBelowWhenNarrowAndBackWhenWide();
    void offlineMessageDoesNotWidenTheWindow();
    void filterBarWrapsInsteadOfWidening();
    void opensWithinTheScreen_data();
    void opensWithinTheScreen();
    void fittedRectStaysOnTheScreen();
    void needsAttentionButtonSetsTheFilterAndShowsItsCount();
    void mainWindowShowsTheBrowsersNeedsAttentionCount();

private:
    struct Window
    {
        std::unique_ptr<ConnectionController> connection;
        std::unique_ptr<MainWindow> window;
        QDockWidget *side = nullptr;
    };
    // A window as a user has it: the demo subscription loaded, a row chosen,
    // the details open and, like the watch list's, a side list on the left.
    Window makeWindow(bool sideDock = true, int demoSubscription = 2);
    void installLanguage(const QString &language);

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    std::unique_ptr<TranslationLoader> m_translations;
};

namespace {

const QByteArray Token = "window-fit-token";

// The controls a user sees in `bar`: not the containers that group them,
// not the parts Qt builds inside a field or a button.
QList<QWidget *> visibleControls(QWidget *bar)
{
    QList<QWidget *> controls;
    const auto widgets = bar->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->metaObject() == &QWidget::staticMetaObject)
            continue;
        bool inner = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != bar; parent = parent->parentWidget()) {
            if (qobject_cast<QLineEdit *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
                || qobject_cast<QComboBox *>(parent) || qobject_cast<QToolButton *>(parent))
                inner = true;
        }
        if (!inner)
            controls << widget;
    }
    return controls;
}

QString nameOf(const QWidget *widget)
{
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (auto *label = qobject_cast<const QLabel *>(widget))
        text = label->text();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->accessibleName());
}

// Every control lies whole inside the bar, at no less than its minimum
// width, and no two overlap. Empty when so; else what is wrong.
QStringList layoutFaults(QWidget *bar)
{
    QStringList faults;
    const QList<QWidget *> controls = visibleControls(bar);
    if (controls.isEmpty())
        faults << QStringLiteral("no visible controls");
    QList<QRect> rects;
    for (QWidget *control : controls) {
        const QRect rect(control->mapTo(bar, QPoint(0, 0)), control->size());
        rects << rect;
        if (!bar->rect().contains(rect))
            faults << QStringLiteral("%1 at %2,%3 %4x%5 is outside the bar (%6x%7)")
                          .arg(nameOf(control))
                          .arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height())
                          .arg(bar->width()).arg(bar->height());
        if (control->width() < control->minimumSizeHint().width())
            faults << QStringLiteral("%1 squeezed to %2 px (needs %3)")
                          .arg(nameOf(control)).arg(control->width()).arg(control->minimumSizeHint().width());
    }
    for (int i = 0; i < rects.size(); ++i) {
        for (int j = i + 1; j < rects.size(); ++j) {
            if (rects.at(i).intersects(rects.at(j)))
                faults << QStringLiteral("%1 overlaps %2").arg(nameOf(controls.at(i)), nameOf(controls.at(j)));
        }
    }
    if (bar->hasHeightForWidth() && bar->height() < bar->heightForWidth(bar->width()))
        faults << QStringLiteral("bar is %1 px high, needs %2").arg(bar->height()).arg(bar->heightForWidth(bar->width()));
    else if (bar->height() < bar->minimumSizeHint().height())
        faults << QStringLiteral("bar is %1 px high, needs %2").arg(bar->height()).arg(bar->minimumSizeHint().height());
    return faults;
}

QToolButton *buttonNamed(QWidget *parent, const QString &accessibleName)
{
    const auto buttons = parent->findChildren<QToolButton *>();
    for (QToolButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

} // namespace

void tst_WindowFit::initTestCase()
{
    UiTest::isolateSettings(m_dir);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1280, 720));
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    QVERIFY(m_emulator.start(options));
}

void tst_WindowFit::init()
{
    QSettings().clear();
}

void tst_WindowFit::cleanup()
{
    m_translations.reset();
}

void tst_WindowFit::installLanguage(const QString &language)
{
    m_translations = std::make_unique<TranslationLoader>();
    if (language != QLatin1String("en"))
        QVERIFY(m_translations->install(QLocale(language)));
}

tst_WindowFit::Window tst_WindowFit::makeWindow(bool sideDock, int demoSubscription)
{
    Window w;
    w.connection = std::make_unique<ConnectionController>();
    w.connection->connectTo(m_emulator.url, Token);
    w.connection->client()->setMaxAttempts(1);
    w.window = std::make_unique<MainWindow>(w.connection.get());
    MainWindow &window = *w.window;
    // The watch list's side list (at most 220 px), or none.
    w.side = window.findChild<QDockWidget *>(QStringLiteral("watchDock"));
    if (w.side && !sideDock)
        w.side->setVisible(false);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        qWarning("window not exposed");
    QSignalSpy finished(window.loader(), &SessionLoader::loadFinished);
    if (!window.openSubscription(Emulator::DemoData::subscriptionIds().at(demoSubscription)) || !finished.wait(30000))
        qWarning("demo subscription not loaded");
    window.table()->selectRow(1);
    window.detailsDock()->show();
    return w;
}

void tst_WindowFit::minimumWidthFitsWithSideDockAndDetails_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

// The window asked for 1,580 px (German 1,635): it ran off a 1366x768 screen.
void tst_WindowFit::minimumWidthFitsWithSideDockAndDetails()
{
    QFETCH(QString, language);
    installLanguage(language);
    Window w = makeWindow();
    MainWindow &window = *w.window;
    // With a filter set, its chips take room too.
    window.filterBar()->searchField()->setText(QStringLiteral("state:active desc:lobby"));
    QTRY_COMPARE(window.filterBar()->filter().chips().size(), 2);
    // Beside the table, as at a wide window, and below it, as when narrow.
    for (const Qt::DockWidgetArea area : {Qt::RightDockWidgetArea, Qt::BottomDockWidgetArea}) {
        window.addDockWidget(area, window.detailsDock());
        QVERIFY(window.detailsDock()->isVisible());
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1024,
                 qPrintable(QStringLiteral("%1, details in area %2: minimum width %3")
                                .arg(language).arg(int(area)).arg(minimum.width())));
        QVERIFY2(minimum.height() <= 720 - 40, qPrintable(QStringLiteral("minimum height %1").arg(minimum.height())));
    }
}

void tst_WindowFit::nothingOverlapsOrIsCutAt1024_data()
{
    minimumWidthFitsWithSideDockAndDetails_data();
}

// At 1,300 px the search field slid under the state buttons and "Pricing
// components" and "Started between" were cut.
void tst_WindowFit::nothingOverlapsOrIsCutAt1024()
{
    QFETCH(QString, language);
    installLanguage(language);
    Window w = makeWindow();
    MainWindow &window = *w.window;
    window.filterBar()->searchField()->setText(QStringLiteral("state:active desc:lobby"));
    QTRY_COMPARE(window.filterBar()->filter().chips().size(), 2);
    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    QTRY_COMPARE(window.height(), 700);
    // Once the layouts have settled (the details may move below first).
    QTRY_VERIFY2(layoutFaults(window.filterBar()).isEmpty(),
                 qPrintable(QStringLiteral("filter bar: ") + layoutFaults(window.filterBar()).join(QStringLiteral("; "))));
    QTRY_VERIFY2(layoutFaults(window.paginationBar()).isEmpty(),
                 qPrintable(QStringLiteral("paging bar: ") + layoutFaults(window.paginationBar()).join(QStringLiteral("; "))));
    // The bars sit whole inside the window's central area.
    const QRect central = window.centralWidget()->rect();
    for (QWidget *bar : {static_cast<QWidget *>(window.filterBar()), static_cast<QWidget *>(window.paginationBar())})
        QVERIFY(central.contains(QRect(bar->mapTo(window.centralWidget(), QPoint(0, 0)), bar->size())));

    // The toolbar shows what fits and puts the rest in its extension menu.
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->width() <= window.width());
    const auto actions = toolBar->actions();
    for (QAction *action : actions) {
        QWidget *widget = toolBar->widgetForAction(action);
        if (!widget || !widget->isVisible())
            continue;
        const QRect rect(widget->mapTo(toolBar, QPoint(0, 0)), widget->size());
        QVERIFY2(toolBar->rect().contains(rect), qPrintable(nameOf(widget)));
    }
    if (toolBar->sizeHint().width() > toolBar->width()) {
        auto *extension = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
        QVERIFY(extension && extension->isVisible());
    }
    QVERIFY(window.statusBar()->width() >= window.statusBar()->minimumSizeHint().width());
}

void tst_WindowFit::detailsGoBelowWhenNarrowAndBackWhenWide()
{
    Window w = makeWindow();
    MainWindow &window = *w.window;
    window.resize(1280, 690);
    QTRY_COMPARE(window.dockWidgetArea(window.detailsDock()), Qt::RightDockWidgetArea);
    QTRY_VERIFY2(window.table()->width() >= 560, qPrintable(QString::number(window.table()->width())));

    // Beside a 220 px side list and the table, the details no longer fit.
    window.resize(1024, 690);
    QTRY_COMPARE(window.dockWidgetArea(window.detailsDock()), Qt::BottomDockWidgetArea);
    QVERIFY(window.detailsDock()->isVisible());
    QTRY_VERIFY2(window.table()->width() >= 560, qPrintable(QString::number(window.table()->width())));
    QVERIFY(window.table()->height() >= 100);

    window.resize(1280, 690);
    QTRY_COMPARE(window.dockWidgetArea(window.detailsDock()), Qt::RightDockWidgetArea);

    // Placed below by the user, it stays there.
    window.addDockWidget(Qt::BottomDockWidgetArea, window.detailsDock());
    window.resize(1200, 690);
    QTRY_COMPARE(window.width(), 1200);
    QApplication::processEvents();
    QCOMPARE(window.dockWidgetArea(window.detailsDock()), Qt::BottomDockWidgetArea);

    // A floating panel is left alone, however narrow the window.
    window.addDockWidget(Qt::RightDockWidgetArea, window.detailsDock());
    window.detailsDock()->setFloating(true);
    window.resize(1024, 690);
    QTRY_COMPARE(window.width(), 1024);
    QApplication::processEvents();
    QVERIFY(window.detailsDock()->isFloating());
}

// Offline at 1024 px, the status bar cut the network state's 862 px of
// message and countdown to 436: the countdown was lost.
void tst_WindowFit::offlineMessageDoesNotWidenTheWindow()
{
    Window w = makeWindow();
    MainWindow &window = *w.window;
    const QString message = QStringLiteral("The server refused the connection. Check the server address and port, "
                                           "and that the server is running.");
    window.statusController()->setOffline(message, 30);
    QVERIFY(window.statusController()->networkText().contains(message)); // whole, for screen readers
    QVERIFY2(window.minimumSizeHint().width() <= 1024, qPrintable(QString::number(window.minimumSizeHint().width())));
    window.resize(1024, 700);
    QTRY_COMPARE(window.width(), 1024);
    QStatusBar *bar = window.statusBar();
    QTRY_VERIFY(bar->width() == 1024);
    const auto labels = bar->findChildren<QLabel *>();
    QList<QRect> shown;
    for (QLabel *label : labels) {
        if (!label->isVisible())
            continue;
        const QRect rect(label->mapTo(bar, QPoint(0, 0)), label->size());
        QVERIFY2(bar->rect().contains(rect), qPrintable(nameOf(label)));
        // Not cut off at an edge: no narrower than it says it can be.
        QVERIFY2(label->width() >= label->minimumSizeHint().width(),
                 qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                .arg(nameOf(label)).arg(label->width()).arg(label->minimumSizeHint().width())));
        for (const QRect &other : std::as_const(shown))
            QVERIFY2(!rect.intersects(other), qPrintable(nameOf(label)));
        shown << rect;
    }
}

void tst_WindowFit::filterBarWrapsInsteadOfWidening()
{
    installLanguage(QStringLiteral("de"));
    QWidget holder;
    auto *layout = new QVBoxLayout(&holder);
    auto *bar = new FilterBar(&holder);
    layout->addWidget(bar);
    layout->addStretch(1);
    bar->setCounts({1234567, 12345, 1222222});
    bar->setNeedsAttentionCount(1234);
    holder.resize(bar->sizeHint().width() + 2 * layout->contentsMargins().left(), 200);
    holder.show();
    QVERIFY(QTest::qWaitForWindowExposed(&holder));
    QTRY_COMPARE(bar->rowCount(), 1);
    QTRY_VERIFY2(layoutFaults(bar).isEmpty(), qPrintable(layoutFaults(bar).join(QStringLiteral("; "))));

    // The central area left at 1024 px with a side list and the details beside it.
    holder.resize(520, 200);
    QTRY_COMPARE(holder.width(), 520);
    QTRY_VERIFY(bar->rowCount() >= 2);
    QTRY_VERIFY2(layoutFaults(bar).isEmpty(), qPrintable(layoutFaults(bar).join(QStringLiteral("; "))));
    QVERIFY(bar->minimumSizeHint().width() <= 520);
}

void tst_WindowFit::opensWithinTheScreen_data()
{
    QTest::addColumn<QRect>("saved"); // empty: nothing saved, the default size
    QTest::newRow("first start") << QRect();
    QTest::newRow("saved on a 2560x1440 screen") << QRect(100, 80, 2400, 1300);
    QTest::newRow("saved off to the right") << QRect(900, 300, 1100, 600);
}

// A geometry saved on a bigger screen (or from a wider language) opened
// the window past the screen's edges.
void tst_WindowFit::opensWithinTheScreen()
{
    QFETCH(QRect, saved);
    if (saved.isValid()) {
        QWidget big;
        big.setGeometry(saved);
        AppSettings::WindowGeometry.write(big.saveGeometry());
    }
    Window w = makeWindow(false);
    MainWindow &window = *w.window;
    const QRect available = window.screen()->availableGeometry();
    QTRY_VERIFY2(available.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("frame %1,%2 %3x%4 on a %5x%6 screen")
                                .arg(window.frameGeometry().x()).arg(window.frameGeometry().y())
                                .arg(window.frameGeometry().width()).arg(window.frameGeometry().height())
                                .arg(available.width()).arg(available.height())));
    QVERIFY(window.width() >= 1000); // not shrunk more than needed
}

void tst_WindowFit::fittedRectStaysOnTheScreen()
{
    const QRect screen(0, 0, 1280, 720);
    const QMargins frame(1, 30, 1, 1);
    QCOMPARE(ScreenFit::fitted(QRect(10, 10, 800, 600), frame, screen, QSize(400, 300)), QRect(10, 10, 800, 600));
    QCOMPARE(ScreenFit::fitted(QRect(0, 0, 2400, 1500), frame, screen, QSize(400, 300)), screen);
    QCOMPARE(ScreenFit::fitted(QRect(900, 300, 1100, 600), frame, screen, QSize(400, 300)),
             QRect(180, 120, 1100, 600));
    // A minimum larger than the screen wins, with the title bar kept on it.
    QCOMPARE(ScreenFit::fitted(QRect(500, 500, 600, 600), frame, screen, QSize(1400, 300)),
             QRect(0, 120, 1402, 600));
    // A second screen to the right.
    QCOMPARE(ScreenFit::fitted(QRect(1300, 0, 3000, 900), frame, QRect(1280, 0, 1920, 1080), QSize(400, 300)),
             QRect(1280, 0, 1920, 900));
}

void tst_WindowFit::needsAttentionButtonSetsTheFilterAndShowsItsCount()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QToolButton *attention = buttonNamed(&bar, QStringLiteral("Show sessions that need attention only"));
    QVERIFY(attention);
    QToolButton *all = buttonNamed(&bar, QStringLiteral("Show all states"));
    QVERIFY(all);
    QCOMPARE(attention->text(), QStringLiteral("Needs attention 0"));
    QVERIFY(!attention->toolTip().isEmpty());
    QVERIFY(attention->focusPolicy() & Qt::TabFocus);
    QVERIFY(!attention->font().bold());

    bar.setNeedsAttentionCount(1234);
    QCOMPARE(attention->text(), QStringLiteral("Needs attention %1").arg(QLocale().toString(1234)));
    QVERIFY(attention->font().bold()); // something to look at

    QSignalSpy changed(&bar, &FilterBar::filterChanged);
    attention->setFocus();
    QTest::keyClick(attention, Qt::Key_Space);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constLast().at(0).value<SessionFilter>().state(), SessionFilter::StateChoice::NeedsAttention);
    QCOMPARE(bar.filter().state(), SessionFilter::StateChoice::NeedsAttention);
    QVERIFY(attention->isChecked());
    QVERIFY(!all->isChecked());
    QCOMPARE(attention->group(), all->group());

    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(bar.filter().state(), SessionFilter::StateChoice::All);
    QVERIFY(!attention->isChecked());

    // Set from outside (a search term, a restored filter): the button follows.
    SessionFilter filter;
    filter.setState(SessionFilter::StateChoice::NeedsAttention);
    bar.setFilter(filter);
    QVERIFY(attention->isChecked());
}

void tst_WindowFit::mainWindowShowsTheBrowsersNeedsAttentionCount()
{
    // The first demo subscription has a session for each of the radar's reasons.
    Window w = makeWindow(false, 0);
    MainWindow &window = *w.window;
    SessionBrowser *browser = window.browser();
    QToolButton *attention = buttonNamed(window.filterBar(), QStringLiteral("Show sessions that need attention only"));
    QVERIFY(attention);
    // The radar judges at the window's next clock tick; the button follows its signal.
    QTRY_VERIFY(browser->needsAttentionCount() >= 3);
    const int count = browser->needsAttentionCount();
    QTRY_COMPARE(attention->text(), QStringLiteral("Needs attention %1").arg(QLocale().toString(count)));
    QVERIFY(attention->font().bold());

    QTest::mouseClick(attention, Qt::LeftButton);
    QCOMPARE(browser->filter().state(), SessionFilter::StateChoice::NeedsAttention);
    QCOMPARE(browser->view().size(), count);
    QCOMPARE(window.table()->model()->rowCount(), count);

    // Limits raised past every run: the radar says so, and the button follows.
    AttentionLimits generous;
    generous.defaultMs = qint64(3650) * 24 * 3600 * 1000;
    QSignalSpy attentionChanged(browser, &SessionBrowser::attentionChanged);
    browser->setAttentionLimits(generous);
    QTRY_VERIFY(!attentionChanged.isEmpty());
    QVERIFY(browser->needsAttentionCount() < count);
    QTRY_COMPARE(attention->text(),
                 QStringLiteral("Needs attention %1").arg(QLocale().toString(browser->needsAttentionCount())));

    // Like All / Active / Historic, the count is of the rows the search leaves.
    browser->setAttentionLimits(AttentionLimits());
    QTRY_VERIFY(browser->needsAttentionCount() >= 3);
    window.filterBar()->searchField()->setText(QStringLiteral("CALL-20001"));
    QTRY_COMPARE(attention->text(), QStringLiteral("Needs attention 1"));
    window.filterBar()->searchField()->setText(QStringLiteral("session:no-such-session"));
    QTRY_COMPARE(attention->text(), QStringLiteral("Needs attention 0"));
}

// An offscreen screen the size of a 1920x1080 display at 150 % (Qt's
// offscreen platform is 800x600 unless given a configuration file).
int main(int argc, char *argv[])
{
    QTemporaryDir screenDir;
    if (!UiTest::useOffscreenScreen(screenDir, 1280, 720, 1))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_WindowFit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
