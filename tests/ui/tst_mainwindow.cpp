#include "ui/connectioncontroller.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/tokenpromptdialog.h"
#include "ui/detailspanel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/totalsstrip.h"
#include "ui/viewscontroller.h"
#include "ui/widgets/paginationbar.h"
#include "ui/sessiontableview.h"
#include "ui/statusbarcontroller.h"
#include "ui/watchcontroller.h"
#include "uitestsupport.h"
#include "accessibilitywalk.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "radar/attentionlimitsstore.h"
#include "sessions/sessionbrowser.h"
#include "watch/watchlist.h"
#include "watch/watchloader.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCollator>
#include <QDateTime>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QToolButton>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QToolTip>
#include <QHelpEvent>

using BillForward::UsageSession;
using Key = SessionView::SortKey;

namespace {

const QByteArray Token = "ui-test-token";

struct Harness
{
    std::unique_ptr<ConnectionController> connection;
    std::unique_ptr<MainWindow> window;
};

bool containsText(const UsageSession &s, const QString &text)
{
    for (const QString *field : {&s.sessionId, &s.description, &s.subscriptionId, &s.organizationId,
                                 &s.pricingComponentId, &s.pricingComponentName, &s.uom}) {
        if (field->contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsSubscriptionAndShowsFirstPage();
    void largeLoadArrivesInSlicesWithFewerRepaints();
    void filters_data();
    void filters();
    void chipsClearOneByOne();
    void sortsByHeaderClicks();
    void columnLayoutKeptAcrossRestarts();
    void pages();
    void backgroundRefreshKeepsSelectionAndHighlightsNewRow();
    void selectionFollowsSessionsTheRadarMoves();
    void autoRefreshTimerRefreshes();
    void copiesSelectionAsTsv();
    void exports_data();
    void exports();
    void detailsShowLineageAndJson();
    void filterHidingTheChosenRowClearsDetailsAndSelection();
    void detailsFollowTheSessionNotItsRowNumber();
    void backgroundFailureGoesToStatusBar_data();
    void backgroundFailureGoesToStatusBar();
    void backgroundRetryCountsDownAndRetries();
    void failedConnectSaysNothingRetriesAndRetryReconnects();
    void userRefreshFailureShowsMessageBox();
    void everyControlHasAnAccessibleName();
    void demoModeShowsItsWatchedSubscriptions();
    void tabReachesEveryControlInOrder();
    void selectionTotalKeepsCountingForActiveSession();
    void secondarySortIsShownOnItsColumnAndInTheTooltip();
    void emptySubscriptionSaysSoAndSuggestsCheckingTheId();
    void statusBarShowsOneMessageAtATime();
    void connectionIndicatorFollowsTheRealState();
    void refusedTokenIsNotConnected();

private:
    Harness makeWindow(const QUrl &url, const QByteArray &token);
    bool load(MainWindow &window, const QString &subscription);

    QTemporaryDir m_dir;
    EmulatorFixture m_good;
    EmulatorFixture m_failing;
    QString m_subscription;
    const QString m_largeSubscription = QStringLiteral("SUB-LOAD-0000-0000-0000-000000000001");
    static constexpr int LargeCount = 30000;
};

void tst_MainWindow::initTestCase()
{
    UiTest::isolateSettings(m_dir);
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    options.generate = {{m_largeSubscription, LargeCount}};
    QVERIFY(m_good.start(options));
    options.generate.clear();
    options.failRate = 1.0;
    QVERIFY(m_failing.start(options));
    m_subscription = Emulator::DemoData::subscriptionIds().at(2);
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::cleanup()
{
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

Harness tst_MainWindow::makeWindow(const QUrl &url, const QByteArray &token)
{
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.connection->connectTo(url, token);
    h.connection->client()->setMaxAttempts(1);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1400, 800);
    h.window->show();
    if (!QTest::qWaitForWindowExposed(h.window.get()))
        qWarning("window not exposed");
    return h;
}

bool tst_MainWindow::load(MainWindow &window, const QString &subscription)
{
    QSignalSpy finished(window.loader(), &SessionLoader::loadFinished);
    if (!window.openSubscription(subscription))
        return false;
    if (!finished.wait(30000))
        return false;
    const auto error = finished.constLast().at(1).value<BillForward::ApiError>();
    return !error.isError() && window.browser()->store().size() > 0;
}

void tst_MainWindow::loadsSubscriptionAndShowsFirstPage()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionBrowser &b = *w.browser();
    QVERIFY(b.store().size() > 100);
    QCOMPARE(w.table()->model()->rowCount(), std::min(100, b.view().size()));
    for (int i = 0; i < b.store().size(); ++i)
        QCOMPARE(b.store().at(i).subscriptionId, m_subscription);
    QVERIFY(w.windowTitle().contains(m_subscription));
    QCOMPARE(w.statusController()->networkState(), StatusBarController::NetworkState::Idle);
    auto *range = w.paginationBar()->findChild<QLabel *>();
    QVERIFY(range);
    QVERIFY2(range->text().contains(QLocale().toString(b.store().size())), qPrintable(range->text()));
}

void tst_MainWindow::largeLoadArrivesInSlicesWithFewerRepaints()
{
    // Pages reach the browser in slices, one per turn of the event loop:
    // rows are on screen from the first slice on, and the table paints the
    // page at most every RepaintIntervalMs rather than after every slice.
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    SessionTableView *table = w.table();
    struct PaintCounter : QObject
    {
        int paints = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            paints += event->type() == QEvent::Paint ? 1 : 0;
            return false;
        }
    } counter;
    table->viewport()->installEventFilter(&counter);
    qint64 deliveredAtFirstRows = -1;
    connect(table->model(), &QAbstractItemModel::rowsInserted, &counter, [&] {
        if (deliveredAtFirstRows < 0)
            deliveredAtFirstRows = w.loader()->delivered();
    });
    QSignalSpy progress(w.loader(), &SessionLoader::progress);
    QVERIFY(load(w, m_largeSubscription));
    const int paintsDuringLoad = counter.paints;
    QCOMPARE(w.browser()->store().size(), LargeCount);
    const int slices = int(progress.size());
    QVERIFY2(slices >= LargeCount / 2048, qPrintable(QString::number(slices)));
    for (qsizetype i = 1; i < progress.size(); ++i) // no slice larger than 2048 sessions
        QVERIFY(progress.at(i).constFirst().toLongLong() - progress.at(i - 1).constFirst().toLongLong() <= 2048);
    QVERIFY2(deliveredAtFirstRows > 0 && deliveredAtFirstRows <= 2048, qPrintable(QString::number(deliveredAtFirstRows)));
    QVERIFY2(paintsDuringLoad < slices, qPrintable(QStringLiteral("%1 paints, %2 slices").arg(paintsDuringLoad).arg(slices)));
    QCOMPARE(table->model()->rowCount(), 100);
}

void tst_MainWindow::filters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("uom term typed") << QStringLiteral("uomTerm");
    QTest::newRow("free text typed") << QStringLiteral("text");
    QTest::newRow("state button") << QStringLiteral("state");
    QTest::newRow("unit menu") << QStringLiteral("unitMenu");
}

void tst_MainWindow::filters()
{
    QFETCH(QString, kind);
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionBrowser &b = *w.browser();
    const SessionStore &store = b.store();
    const int total = store.size();
    QCOMPARE(b.view().size(), total);
    const QStringList uoms = b.uoms();
    QVERIFY(uoms.size() >= 2);

    std::function<bool(const UsageSession &)> expected;
    if (kind == QLatin1String("uomTerm")) {
        QString uom;
        for (const QString &candidate : uoms) {
            if (!candidate.contains(QLatin1Char(' ')))
                uom = candidate;
        }
        QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("uom:") + uom);
        expected = [uom](const UsageSession &s) { return s.uom.contains(uom, Qt::CaseInsensitive); };
    } else if (kind == QLatin1String("text")) {
        const QString text = store.at(total / 2).sessionId;
        QTest::keyClicks(w.filterBar()->searchField(), text);
        expected = [text](const UsageSession &s) { return containsText(s, text); };
    } else if (kind == QLatin1String("state")) {
        QAbstractButton *active = nullptr;
        const auto buttons = w.filterBar()->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (button->accessibleName() == QLatin1String("Show active sessions only"))
                active = button;
        }
        QVERIFY(active);
        QVERIFY(active->text().contains(QLocale().toString(b.view().stateCounts().active)));
        QTest::mouseClick(active, Qt::LeftButton);
        expected = [](const UsageSession &s) { return s.isActive(); };
    } else {
        const QString uom = uoms.constFirst();
        QToolButton *unitButton = nullptr;
        const auto buttons = w.filterBar()->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->accessibleName() == QLatin1String("Filter by unit"))
                unitButton = button;
        }
        QVERIFY(unitButton && unitButton->menu());
        QAction *choice = nullptr;
        const auto actions = unitButton->menu()->actions();
        for (QAction *action : actions) {
            if (action->data().toString() == uom)
                choice = action;
        }
        QVERIFY(choice);
        choice->trigger();
        expected = [uom](const UsageSession &s) { return s.uom == uom; };
    }

    int want = 0;
    for (int i = 0; i < total; ++i)
        want += expected(store.at(i)) ? 1 : 0;
    QVERIFY(want > 0 && want < total);
    QTRY_COMPARE(b.view().size(), want);
    for (int i = 0; i < b.view().size(); ++i)
        QVERIFY(expected(store.at(b.view().storeRow(i))));
    QCOMPARE(w.table()->model()->rowCount(), std::min(100, want));
    QVERIFY(!w.filterBar()->filter().chips().isEmpty());
}

void tst_MainWindow::chipsClearOneByOne()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const int total = w.browser()->store().size();
    QString uom;
    for (const QString &candidate : w.browser()->uoms()) {
        if (!candidate.contains(QLatin1Char(' ')))
            uom = candidate;
    }
    QVERIFY(!uom.isEmpty());
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:active uom:") + uom);
    QTRY_VERIFY(w.browser()->view().size() < total);
    QTRY_COMPARE(w.filterBar()->filter().chips().size(), 2);
    auto chipButtons = [&w] {
        QList<QToolButton *> out;
        const auto buttons = w.filterBar()->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->accessibleName().startsWith(QLatin1String("Remove filter")) && button->isVisible())
                out << button;
        }
        return out;
    };
    QCOMPARE(chipButtons().size(), 2);
    const int both = w.browser()->view().size();
    QTest::mouseClick(chipButtons().constFirst(), Qt::LeftButton);
    QTRY_COMPARE(w.filterBar()->filter().chips().size(), 1);
    QTRY_VERIFY(w.browser()->view().size() > both);
    QTRY_COMPARE(chipButtons().size(), 1);
    QTest::mouseClick(chipButtons().constFirst(), Qt::LeftButton);
    QTRY_COMPARE(w.browser()->view().size(), total);
    QVERIFY(w.filterBar()->searchField()->text().trimmed().isEmpty());
}

void tst_MainWindow::sortsByHeaderClicks()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QHeaderView *header = w.table()->horizontalHeader();
    auto click = [header](SessionColumn column, Qt::KeyboardModifiers modifiers = {}) {
        const int logical = int(column);
        const QPoint at(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, modifiers, at);
    };
    const QAbstractItemModel *model = w.table()->model();
    auto raw = [model](int row, SessionColumn column) {
        return model->index(row, int(column)).data(SessionTableModel::RawValueRole);
    };

    QCOMPARE(w.table()->sortKeys(), (QList<Key>{{SessionColumn::Start, Qt::DescendingOrder}}));
    click(SessionColumn::Start);
    QCOMPARE(w.table()->sortKeys(), (QList<Key>{{SessionColumn::Start, Qt::AscendingOrder}}));
    QCOMPARE(header->sortIndicatorSection(), int(SessionColumn::Start));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(raw(r - 1, SessionColumn::Start).toLongLong() <= raw(r, SessionColumn::Start).toLongLong());

    click(SessionColumn::Uom);
    click(SessionColumn::Start, Qt::ShiftModifier);
    QCOMPARE(w.table()->sortKeys(), (QList<Key>{{SessionColumn::Uom, Qt::AscendingOrder},
                                                {SessionColumn::Start, Qt::AscendingOrder}}));
    QCOMPARE(header->sortIndicatorSection(), int(SessionColumn::Uom));
    // Text sorts in a language's order (the C locale's is English's):
    // QCollator is the oracle, one order only. The whole view, not one page.
    const QCollator collator{QLocale(QLocale::English)};
    const SessionView &view = w.browser()->view();
    const SessionStore &store = w.browser()->store();
    QStringList units;
    for (int r = 0; r < view.size(); ++r) {
        const BillForward::UsageSession b = store.at(view.storeRow(r));
        if (r > 0) {
            const BillForward::UsageSession a = store.at(view.storeRow(r - 1));
            QVERIFY2(collator.compare(a.uom, b.uom) <= 0, qPrintable(a.uom + QStringLiteral(" before ") + b.uom));
            if (a.uom == b.uom)
                QVERIFY(a.start <= b.start);
        }
        if (units.isEmpty() || units.constLast() != b.uom)
            units << b.uom;
    }
    // This subscription's three units, each in one block.
    QCOMPARE(units, (QStringList{QStringLiteral("API calls"), QStringLiteral("GB"), QStringLiteral("minutes")}));
    click(SessionColumn::Start, Qt::ShiftModifier); // toggles the secondary key
    QCOMPARE(w.table()->sortKeys().at(1), (Key{SessionColumn::Start, Qt::DescendingOrder}));

    // Kept across restarts.
    h.window->close();
    Harness again = makeWindow(m_good.url, Token);
    QCOMPARE(again.window->table()->sortKeys(), w.table()->sortKeys());
}

void tst_MainWindow::columnLayoutKeptAcrossRestarts()
{
    const QString key = QStringLiteral("table/header");
    const int uom = int(SessionColumn::Uom);
    const int start = int(SessionColumn::Start);
    {
        Harness h = makeWindow(m_good.url, Token);
        QHeaderView *header = h.window->table()->horizontalHeader();
        const QVariant before = QSettings().value(key);
        header->resizeSection(uom, header->sectionSize(uom) + 37);
        header->moveSection(header->visualIndex(start), 0);
        // Not written at every step of a drag: once the columns settle.
        QCOMPARE(QSettings().value(key), before);
        QTRY_VERIFY(QSettings().value(key) != before);
    }
    int uomWidth = 0;
    {
        Harness h = makeWindow(m_good.url, Token);
        QHeaderView *header = h.window->table()->horizontalHeader();
        QCOMPARE(header->visualIndex(start), 0);
        uomWidth = header->sectionSize(uom);
        // Changed and at once closed, before the columns settled: kept too.
        header->resizeSection(uom, uomWidth + 21);
    }
    Harness h = makeWindow(m_good.url, Token);
    QCOMPARE(h.window->table()->horizontalHeader()->sectionSize(uom), uomWidth + 21);
}

void tst_MainWindow::pages()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionBrowser &b = *w.browser();
    QVERIFY(b.view().size() > 200);
    auto button = [&w](const QString &name) {
        const auto buttons = w.paginationBar()->findChildren<QToolButton *>();
        for (QToolButton *candidate : buttons) {
            if (candidate->accessibleName() == name)
                return candidate;
        }
        return static_cast<QToolButton *>(nullptr);
    };
    QToolButton *next = button(QStringLiteral("Next page"));
    QToolButton *last = button(QStringLiteral("Last page"));
    QToolButton *first = button(QStringLiteral("First page"));
    QVERIFY(next && last && first);
    QVERIFY(!first->isEnabled());

    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(b.pager().page(), 1);
    QCOMPARE(w.browser()->model()->storeRowAt(0), b.view().storeRow(100));
    QVERIFY(first->isEnabled());

    QTest::mouseClick(last, Qt::LeftButton);
    QCOMPARE(b.pager().page(), b.pager().pageCount() - 1);
    QCOMPARE(w.table()->model()->rowCount(), b.view().size() - 100 * (b.pager().pageCount() - 1));
    QVERIFY(!last->isEnabled());

    auto *size = w.paginationBar()->findChild<QComboBox *>();
    QVERIFY(size);
    QCOMPARE(size->currentData().toInt(), 100);
    QTest::keyClick(size, Qt::Key_Up);
    QCOMPARE(b.pager().pageSize(), 50);
    QVERIFY(w.table()->model()->rowCount() <= 50);
    QCOMPARE(QSettings().value(QStringLiteral("table/pageSize")).toInt(), 50);

    w.findChild<QAction *>(QStringLiteral("previousPageAction"))->trigger();
    QVERIFY(b.pager().page() < b.pager().pageCount() - 1);
}

void tst_MainWindow::backgroundRefreshKeepsSelectionAndHighlightsNewRow()
{
    const QString subscription = Emulator::DemoData::subscriptionIds().at(3);
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, subscription));
    SessionTableView *table = w.table();
    const SessionStore &store = w.browser()->store();
    table->selectionModel()->select(QItemSelection(table->model()->index(3, 0), table->model()->index(5, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->setCurrentIndex(table->model()->index(4, 1), QItemSelectionModel::NoUpdate);
    QList<SessionKey> before;
    for (const int row : table->selectedStoreRows())
        before << SessionKey::of(store.at(row));
    QCOMPARE(before.size(), 3);
    const SessionKey current = SessionKey::of(store.at(table->currentStoreRow()));
    const UsageSession sample = store.at(0);
    const int sizeBefore = store.size();

    // Another client starts a session: it sorts first (newest start).
    const QString newId = QStringLiteral("ui-test-%1").arg(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(UiTest::startSessionOnServer(m_good.url, Token, subscription, newId, sample.uom,
                                         sample.pricingComponentName));
    QSignalSpy finished(w.loader(), &SessionLoader::loadFinished);
    w.loader()->refresh(SessionLoader::Origin::Background);
    QVERIFY(finished.wait(30000));
    QCOMPARE(store.size(), sizeBefore + 1);

    QList<SessionKey> after;
    for (const int row : table->selectedStoreRows())
        after << SessionKey::of(store.at(row));
    QCOMPARE(after, before);
    QVERIFY(SessionKey::of(store.at(table->currentStoreRow())) == current);
    QCOMPARE(table->currentIndex().row(), 5); // moved down by the new row above it

    QCOMPARE(table->model()->index(0, int(SessionColumn::SessionId)).data().toString(), newId);
    QVERIFY(table->model()->index(0, 0).data(SessionTableModel::RecentlyChangedRole).toBool());
    QVERIFY(!table->model()->index(1, 0).data(SessionTableModel::RecentlyChangedRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!table->model()->index(0, 0).data(SessionTableModel::RecentlyChangedRole).toBool(),
                             SessionBrowser::HighlightMs + 3000);
}

// The radar flags sessions at any time (a clock tick, rows that arrived a
// moment ago); with the Needs attention filter on, newly flagged sessions
// come in above the selected one. The selection, the details and Stop
// stay on the session the user chose, not on its old row.
void tst_MainWindow::selectionFollowsSessionsTheRadarMoves()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, Emulator::DemoData::subscriptionIds().constFirst()));
    SessionBrowser *b = w.browser();
    const SessionStore &store = b->store();
    // The two active sessions that started first, in the past.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<int> active;
    for (int row = 0; row < store.size(); ++row) {
        if (store.isActive(row) && store.at(row).start < now - 60 * 1000)
            active << row;
    }
    QVERIFY2(active.size() >= 3, qPrintable(QString::number(active.size()) + QStringLiteral(" active: the demo subscription has sessions that started a while ago")));
    std::sort(active.begin(), active.end(), [&store](int x, int y) { return store.at(x).start < store.at(y).start; });
    const int chosen = active.at(0);
    const SessionKey chosenKey = store.keyOf(chosen);
    const auto later = std::find_if(active.cbegin(), active.cend(),
                                    [&](int row) { return store.at(row).start > store.at(chosen).start; });
    QVERIFY(later != active.cend());

    // Only the longest running session is over its limit (and those flagged
    // for other reasons).
    AttentionLimits limits;
    limits.defaultMs = now - (store.at(chosen).start + store.at(*later).start) / 2;
    b->setAttentionLimits(limits);
    SessionFilter filter;
    filter.setState(SessionFilter::StateChoice::NeedsAttention);
    b->setFilter(filter);
    w.table()->setSortKeys({{SessionColumn::Start, Qt::DescendingOrder}});
    const int rowBefore = b->model()->modelRowOfStoreRow(chosen);
    QVERIFY(rowBefore >= 0);
    w.table()->selectRow(rowBefore);
    QCOMPARE(w.table()->currentStoreRow(), chosen);
    QCOMPARE(w.detailsPanel()->storeRow(), chosen);

    // Every active session crosses its limit: they started later, so they
    // come in above the chosen one.
    limits.defaultMs = 1000;
    b->setAttentionLimits(limits);
    QVERIFY2(b->model()->modelRowOfStoreRow(chosen) > rowBefore, "the chosen session moved down");
    QCOMPARE(store.keyOf(w.table()->currentStoreRow()), chosenKey);
    const QList<int> selected = w.table()->selectedStoreRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(store.keyOf(selected.constFirst()), chosenKey);
    QCOMPARE(store.keyOf(w.detailsPanel()->storeRow()), chosenKey);

    // Stop asks about that session, and only that one.
    w.stopAction()->trigger();
    QTRY_VERIFY(qobject_cast<StopConfirmationDialog *>(QApplication::activeModalWidget()));
    auto *dialog = qobject_cast<StopConfirmationDialog *>(QApplication::activeModalWidget());
    QCOMPARE(dialog->sessions().size(), 1);
    QCOMPARE(dialog->sessions().constFirst().sessionId, store.at(chosen).sessionId);
    dialog->reject();
}

void tst_MainWindow::autoRefreshTimerRefreshes()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QAction *ten = w.findChild<QAction *>(QStringLiteral("autoRefresh10"));
    QVERIFY(ten);
    ten->trigger();
    QCOMPARE(w.loader()->autoRefreshSeconds(), 10);
    QCOMPARE(QSettings().value(QStringLiteral("refresh/autoSeconds")).toInt(), 10);
    w.loader()->setAutoRefreshSeconds(1); // the timer's path, quicker
    QSignalSpy started(w.loader(), &SessionLoader::loadingStarted);
    QVERIFY(started.wait(5000));
    QCOMPARE(started.constFirst().constFirst().value<SessionLoader::Origin>(), SessionLoader::Origin::Background);
}

void tst_MainWindow::copiesSelectionAsTsv()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QAction *copy = w.findChild<QAction *>(QStringLiteral("copyAction"));
    QVERIFY(copy);
    QVERIFY(!copy->isEnabled());
    w.table()->selectRow(0);
    w.table()->selectionModel()->select(QItemSelection(w.table()->model()->index(1, 0), w.table()->model()->index(2, 0)),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(copy->isEnabled());
    w.table()->setFocus();
    copy->trigger();
    const QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const QStringList header = lines.constFirst().split(QLatin1Char('\t'));
    const int idColumn = int(header.indexOf(w.table()->model()->headerData(int(SessionColumn::SessionId), Qt::Horizontal).toString()));
    QVERIFY(idColumn >= 0);
    for (int r = 0; r < 3; ++r)
        QCOMPARE(lines.at(r + 1).split(QLatin1Char('\t')).at(idColumn),
                 w.table()->model()->index(r, int(SessionColumn::SessionId)).data().toString());
}

void tst_MainWindow::exports_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << QStringLiteral("out.csv");
    QTest::newRow("json") << QStringLiteral("out.json");
}

void tst_MainWindow::exports()
{
    QFETCH(QString, fileName);
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:historic"));
    QTRY_VERIFY(w.browser()->view().size() < w.browser()->store().size());
    const int rows = w.browser()->view().size();

    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QString error;
    QVERIFY2(w.exportFilteredRows(path, &error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    if (fileName.endsWith(QLatin1String(".json"))) {
        const QJsonArray array = QJsonDocument::fromJson(data).array();
        QCOMPARE(array.size(), rows);
        for (const QJsonValue &value : array)
            QCOMPARE(value.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Historic"));
    } else {
        const QList<QByteArray> lines = data.split('\n');
        QVERIFY(lines.constFirst().startsWith("created,changedBy,organizationID,subscriptionID,sessionID"));
        QCOMPARE(int(data.count("\r\n")), rows + 1);
        QVERIFY(!data.contains(",Active,"));
    }
}

void tst_MainWindow::detailsShowLineageAndJson()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionStore &store = w.browser()->store();
    int cut = -1;
    for (int i = 0; i < store.size() && cut < 0; ++i) {
        if (store.at(i).sessionix > 0)
            cut = i;
    }
    QVERIFY2(cut >= 0, "demo data has sessions cut at a month end");
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("session:") + store.at(cut).sessionId);
    QTRY_VERIFY(w.browser()->model()->modelRowOfStoreRow(cut) >= 0);
    w.table()->selectRow(w.browser()->model()->modelRowOfStoreRow(cut));
    QCOMPARE(w.detailsPanel()->storeRow(), cut);
    QVERIFY2(w.detailsPanel()->lineageText().contains(QStringLiteral("parts")), qPrintable(w.detailsPanel()->lineageText()));
    const QJsonObject json = QJsonDocument::fromJson(w.detailsPanel()->json().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("sessionID")).toString(), store.at(cut).sessionId);
    QCOMPARE(json.value(QStringLiteral("sessionix")).toInt(), store.at(cut).sessionix);
    bool shown = false;
    const auto fields = w.detailsPanel()->findChildren<QLineEdit *>();
    for (const QLineEdit *field : fields) {
        QVERIFY(field->isReadOnly());
        shown = shown || field->text() == store.at(cut).sessionId;
    }
    QVERIFY(shown);
}

void tst_MainWindow::filterHidingTheChosenRowClearsDetailsAndSelection()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionStore &store = w.browser()->store();
    QVERIFY(store.activeCount() > 0 && store.activeCount() < store.size());

    // A saved view of ended sessions only, sorted by unit.
    SessionFilter historic;
    historic.setState(SessionFilter::StateChoice::Historic);
    w.filterBar()->setFilter(historic);
    emit w.filterBar()->filterChanged(historic);
    w.table()->setSortKeys({{SessionColumn::Uom, Qt::AscendingOrder}});
    w.views()->saveCurrentAs(QStringLiteral("Ended"));
    w.filterBar()->setFilter(SessionFilter());
    emit w.filterBar()->filterChanged(SessionFilter());
    w.table()->setSortKeys({{SessionColumn::State, Qt::AscendingOrder}});

    // An active session chosen, then the view applied.
    int chosen = -1;
    for (int row = 0; row < w.table()->model()->rowCount() && chosen < 0; ++row) {
        const int storeRow = w.browser()->model()->storeRowAt(row);
        if (store.isActive(storeRow)) {
            w.table()->selectRow(row);
            chosen = storeRow;
        }
    }
    QVERIFY(chosen >= 0);
    QCOMPARE(w.detailsPanel()->storeRow(), chosen);
    QVERIFY(w.stopAction()->isEnabled());

    QVERIFY(w.views()->apply(QStringLiteral("Ended")));
    QCOMPARE(w.browser()->view().viewRowOf(chosen), -1);
    QVERIFY(w.browser()->view().size() > 0);
    QCOMPARE(w.detailsPanel()->storeRow(), -1);
    QVERIFY(w.table()->selectedStoreRows().isEmpty());
    QCOMPARE(w.table()->currentStoreRow(), -1);
    QVERIFY(!w.stopAction()->isEnabled());
}

void tst_MainWindow::detailsFollowTheSessionNotItsRowNumber()
{
    ConnectionController connection;
    QSignalSpy ready(&connection, &ConnectionController::ready);
    connection.connectDemo(m_dir.filePath(QStringLiteral("demo-details.sqlite")));
    MainWindow w(&connection);
    w.show();
    QVERIFY(ready.wait(30000) || connection.isReady());
    QTRY_VERIFY_WITH_TIMEOUT(w.watch()->isAllWatchedShown(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.watch()->loader()->isSweeping() && w.watch()->loader()->lastSwept().isValid(), 30000);
    QTRY_VERIFY(w.table()->model()->rowCount() > 0);
    const SessionStore &store = w.browser()->store();
    w.table()->selectRow(0);
    const int chosen = w.table()->currentStoreRow();
    QVERIFY(chosen >= 0);
    QCOMPARE(w.detailsPanel()->storeRow(), chosen);
    const SessionKey chosenKey = store.keyOf(chosen);

    // One subscription's history fills the store: row numbers start again.
    QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
    QVERIFY(w.openSubscription(Emulator::DemoData::subscriptionIds().constFirst()));
    QVERIFY(loaded.wait(30000));
    QVERIFY(store.size() > chosen);
    const int shown = w.detailsPanel()->storeRow();
    if (shown >= 0)
        QVERIFY2(store.keyOf(shown) == chosenKey, qPrintable(store.at(shown).sessionId));
    const auto fields = w.detailsPanel()->findChildren<QLineEdit *>();
    for (const QLineEdit *field : fields) {
        if (shown == -1)
            QVERIFY(!field->isVisibleTo(w.detailsPanel()));
        else if (field->text().startsWith(QStringLiteral("CALL-")) || field->text().startsWith(QStringLiteral("SEAT-")))
            QCOMPARE(field->text(), chosenKey.sessionId);
    }
}

void tst_MainWindow::backgroundFailureGoesToStatusBar_data()
{
    QTest::addColumn<bool>("wrongToken");
    QTest::newRow("401 wrong token") << true;
    QTest::newRow("500 server error") << false;
}

void tst_MainWindow::backgroundFailureGoesToStatusBar()
{
    QFETCH(bool, wrongToken);
    Harness h = wrongToken ? makeWindow(m_good.url, "not-the-token") : makeWindow(m_failing.url, Token);
    MainWindow &w = *h.window;
    QSignalSpy failed(w.loader(), &SessionLoader::backgroundFailed);
    w.loader()->open(m_subscription, false, SessionLoader::Origin::Background);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.constFirst().at(1).toInt(), 5);
    QCOMPARE(w.statusController()->networkState(), StatusBarController::NetworkState::Offline);
    QVERIFY(w.statusController()->retryButton()->isVisibleTo(&w));
    QVERIFY(w.statusController()->networkText().contains(failed.constFirst().constFirst().toString()));
    if (wrongToken) {
        // A refused token is asked for again (the prompt), never resent.
        QTRY_VERIFY(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()));
        return;
    }
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // No window of any kind, parented or not, popped up beside the main window.
    QStringList others;
    for (QWidget *topLevel : QApplication::topLevelWidgets()) {
        if (topLevel != &w && topLevel->isVisible())
            others << QString::fromLatin1(topLevel->metaObject()->className()) + u' ' + topLevel->windowTitle();
    }
    QVERIFY2(others.isEmpty(), qPrintable(others.join(QStringLiteral(", "))));
    QVERIFY(w.isVisible());
}

// A refused port: the status bar counts down to a retry that really comes.
void tst_MainWindow::backgroundRetryCountsDownAndRetries()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl refused(QStringLiteral("http://127.0.0.1/RestAPI"));
    refused.setPort(closed.serverPort());
    closed.close();
    Harness h = makeWindow(refused, Token);
    MainWindow &w = *h.window;
    QSignalSpy failed(w.loader(), &SessionLoader::backgroundFailed);
    QSignalSpy started(w.loader(), &SessionLoader::loadingStarted);
    w.loader()->open(m_subscription, false, SessionLoader::Origin::Background);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.constFirst().at(1).toInt(), 5);
    const QString message = failed.constFirst().constFirst().toString();
    QCOMPARE(w.statusController()->networkState(), StatusBarController::NetworkState::Offline);
    QVERIFY(w.statusController()->retryButton()->isVisibleTo(&w));
    QVERIFY2(w.statusController()->networkText().contains(QStringLiteral("Retrying in 5 s")),
             qPrintable(w.statusController()->networkText()));
    QTRY_VERIFY2_WITH_TIMEOUT(w.statusController()->networkText().contains(QStringLiteral("Retrying in 3 s")),
                              qPrintable(w.statusController()->networkText()), 4000);
    QVERIFY(w.statusController()->networkText().contains(message));
    // It does retry, by itself, and backs off.
    QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30000);
    QCOMPARE(failed.at(1).at(1).toInt(), 10);
    QVERIFY2(w.statusController()->networkText().contains(QStringLiteral("Retrying in 10 s")),
             qPrintable(w.statusController()->networkText()));
    QVERIFY(!w.statusController()->networkText().contains(QStringLiteral("in 0 s")));
}

// The demo server cannot start (its store is in a folder that does not
// exist): nothing retries that, and the status bar must not claim it does.
void tst_MainWindow::failedConnectSaysNothingRetriesAndRetryReconnects()
{
    ConnectionController connection;
    QSignalSpy failed(&connection, &ConnectionController::failed);
    connection.connectDemo(m_dir.filePath(QStringLiteral("no-such-folder/demo.sqlite")));
    MainWindow w(&connection);
    w.show();
    QVERIFY(failed.wait(30000));
    QTRY_VERIFY(QApplication::activeModalWidget());
    QApplication::activeModalWidget()->close();
    StatusBarController *status = w.statusController();
    QCOMPARE(status->networkState(), StatusBarController::NetworkState::Offline);
    QVERIFY2(status->networkText().contains(failed.constFirst().constFirst().toString()), qPrintable(status->networkText()));
    QVERIFY2(!status->networkText().contains(QStringLiteral("Retrying")), qPrintable(status->networkText()));
    QVERIFY2(status->networkText().contains(QStringLiteral("choose Retry")), qPrintable(status->networkText()));
    QVERIFY(status->retryButton()->isVisibleTo(&w));
    // Retry connects again (and fails again, the folder is still missing).
    QTest::mouseClick(status->retryButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, 30000);
    QTRY_VERIFY(QApplication::activeModalWidget());
    QApplication::activeModalWidget()->close();
    QVERIFY(!status->networkText().contains(QStringLiteral("Retrying")));
}

void tst_MainWindow::userRefreshFailureShowsMessageBox()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    // The server went away (a refused token has its own path: a new prompt).
    quint16 closedPort = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        closedPort = closed.serverPort();
    }
    QUrl gone = m_good.url;
    gone.setPort(closedPort);
    h.connection->client()->setBaseUrl(gone);
    QString boxText;
    QTimer closer;
    closer.setInterval(20);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            boxText = box->text();
            box->accept();
        }
    });
    closer.start();
    w.findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!boxText.isEmpty(), 30000);
    QVERIFY(boxText.contains(m_subscription));
    QTRY_COMPARE(QApplication::activeModalWidget(), nullptr);
    QCOMPARE(w.statusController()->networkState(), StatusBarController::NetworkState::Idle);
    QVERIFY(w.browser()->store().size() > 0); // what was loaded stays
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    w.table()->selectRow(0);
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:active"));
    QTRY_VERIFY(!w.filterBar()->filter().chips().isEmpty()); // chips are controls too
    QStringList missing;
    const auto widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QLineEdit *>(widget);
        if (!interactive || !widget->isVisibleTo(&w))
            continue;
        // The line edit inside a combo box or spin box is named by its owner.
        QWidget *owner = widget->parentWidget();
        if (qobject_cast<QLineEdit *>(widget) && (qobject_cast<QComboBox *>(owner) || qobject_cast<QAbstractSpinBox *>(owner))
            && !owner->accessibleName().isEmpty())
            continue;
        if (widget->accessibleName().isEmpty())
            missing << QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                           widget->objectName(),
                                                           owner ? QString::fromLatin1(owner->metaObject()->className()) : QString());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    // The same rule as every dialog's (tests/ui/accessibilitywalk.h): names, and
    // descriptions where a name does not say what a field takes or holds.
    w.filterBar()->findChild<QCheckBox *>()->setChecked(true); // the date range shows enabled
    const QStringList gaps = UiTest::accessibilityGaps(&w);
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QStringLiteral("; "))));
}

void tst_MainWindow::demoModeShowsItsWatchedSubscriptions()
{
    ConnectionController connection;
    QSignalSpy ready(&connection, &ConnectionController::ready);
    connection.connectDemo(m_dir.filePath(QStringLiteral("demo-test.sqlite")));
    MainWindow w(&connection);
    w.show();
    QVERIFY(ready.wait(30000) || connection.isReady());
    // A newcomer sees the demo's subscriptions watched (tst_watchcontroller has the rest).
    QTRY_VERIFY_WITH_TIMEOUT(w.watch()->isAllWatchedShown(), 5000);
    QCOMPARE(w.watch()->list()->ids(), Emulator::DemoData::subscriptionIds());
    QVERIFY(w.banner()->isVisibleTo(&w));
    QVERIFY(w.bannerText()->text().contains(QStringLiteral("Demo data")));
    QVERIFY(w.connectionButton()->text().contains(QStringLiteral("DEMO")));
    QVERIFY(w.connectionButton()->styleSheet().contains(
        ConnectionController::environmentColor(ConnectionController::Environment::Demo).name()));
    QVERIFY(w.windowTitle().contains(QStringLiteral("DEMO")));
    // The radar at once, with the Demo connection's limits (seats run for
    // weeks there): the weekend, the unusually long call, the clock ahead.
    QCOMPARE(w.browser()->attentionLimits(), AttentionLimitsStore::initialFor(ConnectionProfile::demo()));
    // All watched lists active sessions only: no ended calls to measure the
    // unusually long one by, so two of the three reasons show there.
    auto reasonsShown = [&w] {
        QSet<Attention::Reason> reasons;
        for (const SessionKey &key : w.browser()->needingAttention())
            reasons.insert(w.browser()->attentionOf(w.browser()->store().indexOf(key)).reason);
        return reasons;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!w.watch()->loader()->isSweeping() && w.watch()->loader()->lastSwept().isValid(), 30000);
    QTRY_COMPARE(reasonsShown(), (QSet<Attention::Reason>{Attention::Reason::OverLimit, Attention::Reason::FutureStart}));
    // The subscription they are in, opened with its history: all three.
    QSignalSpy loaded(w.loader(), &SessionLoader::loadFinished);
    QVERIFY(w.openSubscription(Emulator::DemoData::subscriptionIds().constFirst()));
    QVERIFY(loaded.wait(30000));
    QTRY_VERIFY(w.browser()->needsAttentionCount() >= 3);
    QCOMPARE(reasonsShown().size(), 3);
    QVERIFY(w.findChild<QAction *>(QStringLiteral("attentionLimitsAction")));
}

void tst_MainWindow::tabReachesEveryControlInOrder()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    w.table()->selectRow(1); // the details panel shows its fields
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("state:active"));
    QTRY_VERIFY(!w.filterBar()->filter().chips().isEmpty()); // chips are controls too
    QTRY_VERIFY(w.browser()->view().size() < w.browser()->store().size());
    QApplication::processEvents();

    // The widget a focus lands on, counted as the control the user sees.
    auto control = [&w](QWidget *widget) {
        for (QWidget *parent = widget ? widget->parentWidget() : nullptr; parent && parent != &w;
             parent = parent->parentWidget()) {
            if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
                return parent;
        }
        return widget;
    };
    QList<QWidget *> expected;
    const auto widgets = w.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if ((widget->focusPolicy() & Qt::TabFocus) != Qt::TabFocus || !widget->isVisibleTo(&w) || !widget->isEnabled()
            || widget->focusProxy() || control(widget) != widget)
            continue;
        expected << widget;
    }
    QVERIFY(expected.size() > 20);

    const QList<QWidget *> areas = {w.connectionButton()->parentWidget(), w.filterBar(), w.table(), w.paginationBar(),
                                    w.detailsDock()};
    auto areaOf = [&areas](QWidget *widget) {
        for (int i = 0; i < areas.size(); ++i) {
            if (areas.at(i) == widget || areas.at(i)->isAncestorOf(widget))
                return i;
        }
        return -1;
    };

    w.activateWindow();
    w.connectionButton()->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.connectionButton()));
    QList<QWidget *> reached{w.connectionButton()};
    for (int step = 0; step < 300; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = control(QApplication::focusWidget());
        QVERIFY(now);
        if (now == reached.constFirst())
            break;
        QVERIFY2(!reached.contains(now), qPrintable(QStringLiteral("Tab went round without returning: %1 twice")
                                                        .arg(now->accessibleName())));
        reached << now;
    }
    QCOMPARE(control(QApplication::focusWidget()), reached.constFirst());

    QStringList missing;
    for (QWidget *widget : std::as_const(expected)) {
        // Buttons of an exclusive group take one Tab stop (Qt's rule); arrows move among them.
        auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button && button->group() && button->group()->exclusive()) {
            bool groupReached = false;
            const auto members = button->group()->buttons();
            for (QAbstractButton *member : members)
                groupReached = groupReached || reached.contains(member);
            if (groupReached)
                continue;
        }
        if (!reached.contains(widget))
            missing << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                     widget->accessibleName());
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));

    // Toolbar, then filter bar, then table, then pages, then details.
    int area = 0;
    for (QWidget *widget : std::as_const(reached)) {
        const int at = areaOf(widget);
        if (at < 0)
            continue;
        QVERIFY2(at >= area, qPrintable(QStringLiteral("%1 out of order").arg(widget->accessibleName())));
        area = at;
    }
    QCOMPARE(area, int(areas.size()) - 1);
}

// The selection's total, like the Duration cell, counts on while a
// selected session runs.
void tst_MainWindow::selectionTotalKeepsCountingForActiveSession()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    const SessionStore &store = w.browser()->store();
    int modelRow = -1;
    for (int r = 0; r < w.table()->model()->rowCount() && modelRow < 0; ++r) {
        if (store.isActive(w.browser()->model()->storeRowAt(r)))
            modelRow = r;
    }
    QVERIFY2(modelRow >= 0, "the demo subscription has an active session on its first page");
    w.table()->selectRow(modelRow);
    // The selection's totals are the strip's under the table (TotalsStrip).
    const auto *totals = w.findChild<TotalsStrip *>(QStringLiteral("totalsStrip"));
    QVERIFY(totals);
    const QString before = totals->selectionText();
    QVERIFY2(before.startsWith(QStringLiteral("Selected: 1 session: 1 active, 0 ended · ")), qPrintable(before));
    const QModelIndex duration = w.table()->model()->index(modelRow, int(SessionColumn::Duration));
    const QString cellBefore = duration.data().toString();
    QTRY_VERIFY_WITH_TIMEOUT(duration.data().toString() != cellBefore, 5000); // the row ticks...
    QTRY_VERIFY_WITH_TIMEOUT(totals->selectionText() != before, 3000);        // ...and so does the total
    const QString unitTotal = QStringLiteral(": %1 (running) · ").arg(duration.data().toString());
    QVERIFY2(totals->selectionText().contains(unitTotal),
             qPrintable(totals->selectionText() + QStringLiteral(" vs ") + duration.data().toString()));
}

// The guide: Shift+click adds a tie-breaker, every sorted column shows its
// arrow, and hovering over the header row shows "Sorted by Unit ↑, then Start ↓".
void tst_MainWindow::secondarySortIsShownOnItsColumnAndInTheTooltip()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    QVERIFY(load(w, m_subscription));
    QHeaderView *header = w.table()->horizontalHeader();
    auto centre = [header](SessionColumn column) {
        const int logical = int(column);
        return QPoint(header->sectionViewportPosition(logical) + header->sectionSize(logical) / 2, header->height() / 2);
    };
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre(SessionColumn::Uom));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ShiftModifier, centre(SessionColumn::Start));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::ShiftModifier, centre(SessionColumn::Start));
    QCOMPARE(w.table()->sortKeys(), (QList<Key>{{SessionColumn::Uom, Qt::AscendingOrder},
                                                {SessionColumn::Start, Qt::DescendingOrder}}));

    // What the style is asked to draw for each column.
    struct HeaderRecorder : QProxyStyle
    {
        QHash<int, QStyleOptionHeader::SortIndicator> indicators;
        QHash<int, QString> texts;
        void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                         const QWidget *widget) const override
        {
            if (element == CE_Header) {
                const auto *header = static_cast<const QStyleOptionHeader *>(option);
                auto *self = const_cast<HeaderRecorder *>(this);
                self->indicators[header->section] = header->sortIndicator;
                self->texts[header->section] = header->text;
            }
            QProxyStyle::drawControl(element, option, painter, widget);
        }
    };
    auto *recorder = new HeaderRecorder;
    header->setStyle(recorder);
    header->viewport()->repaint();
    QCOMPARE(recorder->indicators.value(int(SessionColumn::Uom)), QStyleOptionHeader::SortDown); // Qt draws ascending so
    QCOMPARE(recorder->indicators.value(int(SessionColumn::Start)), QStyleOptionHeader::SortUp);
    QCOMPARE(recorder->indicators.value(int(SessionColumn::SessionId)), QStyleOptionHeader::None);
    QVERIFY2(recorder->texts.value(int(SessionColumn::Uom)).endsWith(QStringLiteral("¹")),
             qPrintable(recorder->texts.value(int(SessionColumn::Uom))));
    QVERIFY2(recorder->texts.value(int(SessionColumn::Start)).endsWith(QStringLiteral("²")),
             qPrintable(recorder->texts.value(int(SessionColumn::Start))));
    header->setStyle(nullptr);
    delete recorder;

    // Hovering over a column: its own tooltip and the order.
    const QPoint at = centre(SessionColumn::SessionId);
    QHelpEvent tip(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
    QApplication::sendEvent(header->viewport(), &tip);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QStringLiteral("Sorted by Unit ↑, then Start ↓")), qPrintable(QToolTip::text()));
    const QString own = w.table()->model()->headerData(int(SessionColumn::SessionId), Qt::Horizontal, Qt::ToolTipRole).toString();
    QVERIFY(!own.isEmpty());
    QVERIFY2(QToolTip::text().contains(own), qPrintable(QToolTip::text()));
    QVERIFY(header->accessibleDescription().contains(QStringLiteral("Sorted by Unit ↑, then Start ↓")));
    QToolTip::hideText();
}

// BillForward lists an unknown subscription as empty: the window says what
// the empty table means, and only "check the ID" when nothing was listed at all.
void tst_MainWindow::emptySubscriptionSaysSoAndSuggestsCheckingTheId()
{
    Harness h = makeWindow(m_good.url, Token);
    MainWindow &w = *h.window;
    SessionTableView *table = w.table();
    // The note over the empty table, as the user reads it.
    auto note = [table] { return table->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableNote")); };
    auto noteShown = [&] { return note() && note()->isVisibleTo(table); };
    auto noteText = [&] { return note() ? note()->text() : QString(); };
    const QString mistyped = QStringLiteral("SUB-MISTYPED-0000");
    QSignalSpy finished(w.loader(), &SessionLoader::loadFinished);
    QVERIFY(w.openSubscription(mistyped));
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.constLast().at(1).value<BillForward::ApiError>().isError());
    QCOMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(noteShown());
    QVERIFY2(noteText().contains(mistyped) && noteText().contains(QStringLiteral("no usage sessions"))
                 && noteText().contains(QStringLiteral("check the ID")),
             qPrintable(noteText()));

    // Active sessions only: none running is not none at all.
    finished.clear();
    QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(finished.wait(30000));
    QVERIFY(w.loader()->activeOnly());
    QTRY_VERIFY(noteShown());
    QVERIFY2(noteText().contains(QStringLiteral("no running sessions"))
                 && noteText().contains(QStringLiteral("All sessions")),
             qPrintable(noteText()));
    QVERIFY(!noteText().contains(QStringLiteral("no usage sessions")));

    // A real subscription: active rows hide the note, a filter that hides
    // every row says so, never "check the ID".
    finished.clear();
    QVERIFY(w.openSubscription(m_subscription));
    QVERIFY(finished.wait(30000));
    QVERIFY(table->model()->rowCount() > 0);
    QVERIFY(!noteShown());
    QTest::keyClicks(w.filterBar()->searchField(), QStringLiteral("no-session-has-this-text"));
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QTRY_VERIFY(noteShown());
    QVERIFY2(noteText().contains(QStringLiteral("matches the filters")), qPrintable(noteText()));
    QVERIFY(!noteText().contains(QStringLiteral("check")));
    w.filterBar()->searchField()->clear();
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QVERIFY(!noteShown());
}

// The labels at the left of the status bar and a temporary message share
// one place: never both at once, also for a message shown before the window.
void tst_MainWindow::statusBarShowsOneMessageAtATime()
{
    ConnectionController connection;
    MainWindow w(&connection);
    QStatusBar *bar = w.statusBar();
    auto leftLabelsShown = [&] {
        QStringList shown;
        const auto labels = bar->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const QString name = label->accessibleName();
            if ((name == QLatin1String("Rows loaded") || name == QLatin1String("Last refresh"))
                && label->isVisible())
                shown << label->text();
        }
        return shown;
    };
    bar->showMessage(QStringLiteral("A message before the window shows"));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(leftLabelsShown().isEmpty(), qPrintable(leftLabelsShown().join(QStringLiteral(" | "))));
    bar->clearMessage();
    QTRY_COMPARE(leftLabelsShown().size(), 2);
    bar->showMessage(QStringLiteral("A message while it shows"));
    QVERIFY(leftLabelsShown().isEmpty());
    bar->clearMessage();
    QTRY_COMPARE(leftLabelsShown().size(), 2);
}

// Connecting, waiting for the token the user is asked for, connected once
// the server accepted it; never "Connected" while the prompt is open.
void tst_MainWindow::connectionIndicatorFollowsTheRealState()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain: the app asks for the token
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    qunsetenv("BILLFORWARD_BASE_URL");
    ConnectionController connection;
    connection.client()->setMaxAttempts(1);
    MainWindow w(&connection);
    StatusBarController *status = w.statusController();
    QVERIFY2(status->networkText() == QLatin1String("Not connected"), qPrintable(status->networkText()));
    ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("Truth server"), m_good.url);
    profile.id = QStringLiteral("truth-test-profile");
    w.connectProfile(profile);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Looking the token up (the keychain may answer at once that it has none).
    QVERIFY2(status->networkText().startsWith(QStringLiteral("Connecting to “Truth server”"))
                 || status->networkText().startsWith(QStringLiteral("Waiting for the access token")),
             qPrintable(status->networkText()));

    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()), 15000);
    auto *prompt = qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget());
    QVERIFY2(status->networkText().contains(QStringLiteral("Waiting for the access token for “Truth server”")),
             qPrintable(status->networkText()));
    QVERIFY(!status->networkText().contains(QStringLiteral("Connected")));

    QTest::keyClicks(prompt->tokenEdit(), QString::fromLatin1(Token));
    QTest::keyClick(prompt->tokenEdit(), Qt::Key_Return);
    // Connected once the server answered with the token, not before.
    QTRY_COMPARE_WITH_TIMEOUT(status->networkText(), QStringLiteral("Connected to “Truth server”"), 30000);
    QVERIFY(!status->retryButton()->isVisibleTo(&w));

    // Cancelling the prompt of another connection: not connected, and why.
    ConnectionProfile other = profile;
    other.id = QStringLiteral("truth-test-other");
    other.name = QStringLiteral("Other server");
    w.connectProfile(other);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()), 15000);
    QVERIFY(status->networkText().contains(QStringLiteral("Waiting for the access token for “Other server”")));
    QApplication::activeModalWidget()->close();
    QTRY_COMPARE(status->networkText(), QStringLiteral("Not connected to “Other server”: no access token was given."));
    QVERIFY(status->retryButton()->isVisibleTo(&w));
    // Retry connects that connection again: it asks for its token again.
    QTest::mouseClick(status->retryButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<TokenPromptDialog *>(QApplication::activeModalWidget()), 15000);
    QVERIFY2(status->networkText().contains(QStringLiteral("Waiting for the access token for “Other server”")),
             qPrintable(status->networkText()));
    QApplication::activeModalWidget()->close();
}

// A token the server refuses is not "Connected", before any subscription opens.
void tst_MainWindow::refusedTokenIsNotConnected()
{
    ConnectionController connection;
    connection.connectTo(m_good.url, "not-the-token");
    MainWindow w(&connection);
    w.show();
    StatusBarController *status = w.statusController();
    QTRY_VERIFY2_WITH_TIMEOUT(status->networkText().startsWith(QStringLiteral("Not connected to ")),
                              qPrintable(status->networkText()), 30000);
    QVERIFY2(status->networkText().contains(QStringLiteral("token")), qPrintable(status->networkText()));
    QVERIFY(!status->networkText().contains(QStringLiteral("not-the-token")));
    QVERIFY(status->retryButton()->isVisibleTo(&w));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
