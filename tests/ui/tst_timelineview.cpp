#include "ui/connectioncontroller.h"
#include "ui/detailspanel.h"
#include "ui/mainwindow.h"
#include "ui/sessionlayoutswitch.h"
#include "ui/sessiontableview.h"
#include "ui/timelineview.h"
#include "ui/widgets/palettecolors.h"
#include "uitestsupport.h"
#include "accessibilitywalk.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/displayformat.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"
#include "timeline/timeaxis.h"

#include <QAction>
#include <QImage>
#include <QItemSelectionModel>
#include <QApplication>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTest>
#include <QToolTip>
#include <QHelpEvent>
#include <QWheelEvent>

// The timeline against sessions loaded from the emulator's demo data over
// HTTP, in the real window: where bars are, how they join and separate,
// zoom, selection both ways, the table's sort, the keyboard.
namespace {

const QByteArray Token = "timeline-test-token";
const QString ReusedId = QStringLiteral("KIOSK-TIMELINE-7");

struct Harness
{
    std::unique_ptr<ConnectionController> connection;
    std::unique_ptr<MainWindow> window;
    TimelineView *view() const { return window->timelineView(); }
    SessionBrowser *browser() const { return window->browser(); }
};

// The test's own grouping: the first view row of each address, in view order.
QList<int> laneFirstRows(const SessionBrowser &browser)
{
    QSet<SessionAddress> seen;
    QList<int> rows;
    const SessionView &view = browser.view();
    for (int i = 0; i < view.size(); ++i) {
        const int row = view.storeRow(i);
        if (!seen.contains(browser.store().addressOf(row))) {
            seen.insert(browser.store().addressOf(row));
            rows.append(row);
        }
    }
    return rows;
}

// Starts or stops a session at the server at a given time, as another client would.
bool postAt(const QUrl &baseUrl, const QString &call, const QString &subscription, const QString &sessionId,
            const char *timeField, qint64 utcMs)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + QStringLiteral("/usage-sessions/") + call);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Authorization", "Bearer " + Token);
    const QJsonObject session{
        {QStringLiteral("subscriptionID"), subscription}, {QStringLiteral("sessionID"), sessionId},
        {QStringLiteral("uom"), QStringLiteral("minutes")},
        {QStringLiteral("pricingComponentName"), QStringLiteral("Kiosk minutes")},
        {QLatin1String(timeField), QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
    const QJsonObject body{{QStringLiteral("usageSessions"), QJsonArray{session}}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(15000) && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    if (!ok)
        qWarning() << reply->readAll();
    reply->deleteLater();
    return ok;
}

int laneOf(const SessionBrowser &browser, int storeRow)
{
    const QList<int> firsts = laneFirstRows(browser);
    for (int i = 0; i < firsts.size(); ++i) {
        if (browser.store().addressOf(firsts.at(i)) == browser.store().addressOf(storeRow))
            return i;
    }
    return -1;
}

QColor pixelAt(QWidget *widget, QPointF pos)
{
    const QImage image = widget->grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    return image.pixelColor(int(pos.x() * ratio), int(pos.y() * ratio));
}

} // namespace

class tst_TimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void axisStepsAdaptFromMinutesToYears();
    void barIsWhereItsTimesSay();
    void cutRunIsOneBarWithItsCutMarked();
    void reusedIdRunsAreSeparateBarsOnOneLane();
    void wheelZoomKeepsTheTimeUnderThePointer();
    void clickOnBarSelectsItsTableRow();
    void tableSelectionScrollsTheTimeline();
    void lanesFollowTheTableSort();
    void keyboardZoomsPansAndFits();
    void scrollBarSpansTheBarsWhenZoomedIn();
    void keyboardMovesTheCurrentBarAndSelectsIt();
    void layoutIsKeptAcrossRestarts();
    void splitterShareIsKeptAcrossRestarts();
    void hoverShowsTheSessionsFields();
    void dragPansTimeAndLanes();
    void runningBarGrowsWithTheClock();
    void namedDescribedAndReachedByTab();
    void attentionIsMarkedWhereTheRadarSaysSo();

private:
    Harness open(SessionLayout layout);
    // Scrolls and zooms so the bar of `storeRow` fills the middle of the width.
    void frame(TimelineView *view, const SessionBrowser &browser, int storeRow);

    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    QString m_subscription;
};

void tst_TimelineView::initTestCase()
{
    UiTest::isolateSettings(m_dir);
    Emulator::Options options;
    options.token = Token;
    options.demoData = true;
    QVERIFY(m_emulator.start(options));
    m_subscription = Emulator::DemoData::subscriptionIds().constFirst();
    // One ID used twice: a run of an hour, two hours ago, and one running since an hour ago.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 Hour = 3600 * 1000;
    QVERIFY(postAt(m_emulator.url, QStringLiteral("start"), m_subscription, ReusedId, "start", now - 3 * Hour));
    QVERIFY(postAt(m_emulator.url, QStringLiteral("stop"), m_subscription, ReusedId, "stop", now - 2 * Hour));
    QVERIFY(postAt(m_emulator.url, QStringLiteral("start"), m_subscription, ReusedId, "start", now - Hour));
}

void tst_TimelineView::init()
{
    QSettings().clear();
}

Harness tst_TimelineView::open(SessionLayout layout)
{
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.connection->connectTo(m_emulator.url, Token);
    h.connection->client()->setMaxAttempts(1);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->resize(1400, 900);
    h.window->setSessionLayout(layout);
    h.window->show();
    if (!QTest::qWaitForWindowExposed(h.window.get()))
        qWarning("window not exposed");
    QSignalSpy finished(h.window->loader(), &SessionLoader::loadFinished);
    if (!h.window->openSubscription(m_subscription) || !finished.wait(30000))
        qWarning("subscription not loaded");
    return h;
}

void tst_TimelineView::frame(TimelineView *view, const SessionBrowser &browser, int storeRow)
{
    const TimelineLanes &lanes = view->lanes();
    const TimelineLanes::Bar &bar = lanes.bar(lanes.barOfStoreRow(storeRow));
    const qint64 stop = bar.isOpen() ? browser.now() : bar.stop;
    const double width = view->viewport()->width() - view->gutterWidth();
    view->setScale(TimeScale::fitting(bar.start, stop, width, width / 4));
    view->showStoreRow(storeRow);
}

void tst_TimelineView::axisStepsAdaptFromMinutesToYears()
{
    const qint64 start = QDateTime(QDate(2026, 3, 10), QTime(9, 7)).toMSecsSinceEpoch();
    struct Case { double msPerPixel; TimeAxis::Unit unit; };
    const Case cases[] = {
        {1000, TimeAxis::Unit::Minute},              // a second a pixel: minutes
        {60 * 1000, TimeAxis::Unit::Hour},           // a minute a pixel: hours
        {20 * 60 * 1000, TimeAxis::Unit::Day},       // a day is 72 px
        {4 * 3600 * 1000.0, TimeAxis::Unit::Month},  // a week is 42 px: months
        {5 * 86400 * 1000.0, TimeAxis::Unit::Year},
    };
    for (const Case &c : cases) {
        const TimeScale scale(start, c.msPerPixel);
        QCOMPARE(int(TimeAxis::stepFor(scale, 60).unit), int(c.unit));
        const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(scale, 1200, 60, true, QLocale::c());
        QVERIFY(ticks.size() >= 2);
        QVERIFY(!ticks.constFirst().context.isEmpty() || c.unit == TimeAxis::Unit::Year
                || c.unit == TimeAxis::Unit::Month);
        for (int i = 1; i < ticks.size(); ++i)
            QVERIFY2(ticks.at(i).x - ticks.at(i - 1).x >= 60 * 0.9, qPrintable(ticks.at(i).label)); // apart
        for (const TimeAxis::Tick &tick : ticks)
            QCOMPARE(tick.x, scale.xOf(tick.utcMs));
    }
    // Minutes: local "HH:mm" at 5-minute boundaries, the day as ISO context.
    const TimeScale fine(start, 10 * 1000); // 5 min = 30 px
    const QList<TimeAxis::Tick> ticks = TimeAxis::ticks(fine, 600, 25, true, QLocale::c());
    QCOMPARE(ticks.constFirst().label, QStringLiteral("09:10"));
    QCOMPARE(ticks.constFirst().context, QStringLiteral("2026-03-10"));
    QCOMPARE(ticks.at(1).label, QStringLiteral("09:15"));
    QVERIFY(ticks.at(1).context.isEmpty()); // the same day: said once
}

void tst_TimelineView::barIsWhereItsTimesSay()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    const SessionStore &store = h.browser()->store();
    QVERIFY(view->isVisible());
    QVERIFY(!h.window->table()->isVisible());
    // An ended session of one part, in the first lanes.
    int row = -1;
    for (const int first : laneFirstRows(*h.browser())) {
        if (!store.isActive(first) && store.sessionix(first) == 0 && store.nextPartOf(first) < 0) {
            row = first;
            break;
        }
    }
    QVERIFY(row >= 0);
    frame(view, *h.browser(), row);
    const int lane = laneOf(*h.browser(), row);
    const QRectF rect = view->barRect(row);
    QCOMPARE(rect.left(), view->gutterWidth() + view->scale().xOf(store.start(row)));
    QCOMPARE(rect.right(), view->gutterWidth() + view->scale().xOf(store.stop(row)));
    QCOMPARE(int(rect.top()), lane * view->laneHeight() - view->verticalScrollBar()->value() + 3);
    QVERIFY(rect.width() > 100);
    QVERIFY(rect.top() >= 0 && rect.bottom() < view->viewport()->height());
    // Painted there: the historic fill inside, none just past its stop.
    const QPalette palette = view->palette();
    const QColor fill = PaletteColors::mix(PaletteColors::historicText(palette), palette.color(QPalette::Base), 0.55);
    QCOMPARE(pixelAt(view->viewport(), rect.center()).rgb(), fill.rgb());
    QVERIFY(pixelAt(view->viewport(), QPointF(rect.right() + 6, rect.center().y())).rgb() != fill.rgb());
    QCOMPARE(view->storeRowAt(rect.center().toPoint()), row);
}

void tst_TimelineView::cutRunIsOneBarWithItsCutMarked()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    const SessionStore &store = h.browser()->store();
    int first = -1, second = -1;
    for (int row = 0; row < store.size() && second < 0; ++row) {
        if (store.sessionix(row) == 0 && store.nextPartOf(row) >= 0) {
            first = row;
            second = store.nextPartOf(row);
        }
    }
    QVERIFY2(second >= 0, "the demo data has a run cut at a month's end");
    QCOMPARE(store.start(second), store.stop(first));
    const TimelineLanes &lanes = view->lanes();
    const int bar = lanes.barOfStoreRow(first);
    QCOMPARE(lanes.barOfStoreRow(second), bar); // one bar
    QVERIFY(lanes.bar(bar).partCount >= 2);
    QCOMPARE(lanes.bar(bar).start, store.start(first));
    QCOMPARE(lanes.lane(lanes.bar(bar).lane).barCount, 1);

    frame(view, *h.browser(), first);
    const QRectF rect = view->barRect(first);
    const double cutX = view->xOf(store.stop(first));
    QVERIFY(cutX > rect.left() + 10 && cutX < rect.right() - 10);
    // The cut: a gap of the base colour through the bar, the bar's fill either side.
    const QPalette palette = view->palette();
    const double y = rect.center().y();
    const QColor gap = pixelAt(view->viewport(), QPointF(std::floor(cutX) + 0.5, y));
    QCOMPARE(gap.rgb(), palette.color(QPalette::Base).rgb());
    const QColor left = pixelAt(view->viewport(), QPointF(cutX - 4, y));
    const QColor right = pixelAt(view->viewport(), QPointF(cutX + 4, y));
    QVERIFY(left != gap);
    QVERIFY(right != gap);
    // Each part under the pointer is its own table row.
    QCOMPARE(view->storeRowAt(QPoint(int(cutX - 4), int(y))), first);
    QCOMPARE(view->storeRowAt(QPoint(int(cutX + 4), int(y))), second);
}

void tst_TimelineView::reusedIdRunsAreSeparateBarsOnOneLane()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    const SessionStore &store = h.browser()->store();
    QList<int> runs;
    for (int row = 0; row < store.size(); ++row) {
        if (store.sessionId(row) == ReusedId)
            runs.append(row);
    }
    QCOMPARE(runs.size(), 2);
    std::sort(runs.begin(), runs.end(), [&](int a, int b) { return store.start(a) < store.start(b); });
    const TimelineLanes &lanes = view->lanes();
    const int earlier = lanes.barOfStoreRow(runs.at(0));
    const int later = lanes.barOfStoreRow(runs.at(1));
    QVERIFY(earlier >= 0 && later >= 0);
    QVERIFY(earlier != later);
    QCOMPARE(lanes.bar(earlier).lane, lanes.bar(later).lane);
    QCOMPARE(lanes.bar(earlier).lane, laneOf(*h.browser(), runs.at(0)));
    QCOMPARE(lanes.bar(earlier).stop, store.stop(runs.at(0)));
    QVERIFY(lanes.bar(later).isOpen()); // running: open-ended to now
    const QRectF a = view->barRect(runs.at(0));
    const QRectF b = view->barRect(runs.at(1));
    QCOMPARE(a.top(), b.top());
    QVERIFY(a.right() <= b.left());
    QCOMPARE(b.right(), view->xOf(h.browser()->now()));
}

void tst_TimelineView::wheelZoomKeepsTheTimeUnderThePointer()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    QWidget *viewport = view->viewport();
    const QPointF pos(view->gutterWidth() + (viewport->width() - view->gutterWidth()) * 0.3, 40);
    const TimeScale before = view->scale();
    const qint64 under = before.timeAt(pos.x() - view->gutterWidth());
    QWheelEvent wheel(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    const TimeScale after = view->scale();
    QCOMPARE(after.msPerPixel(), before.msPerPixel() / TimelineView::ZoomStep);
    QVERIFY(qAbs(after.timeAt(pos.x() - view->gutterWidth()) - under) <= qint64(after.msPerPixel()) + 1);
    // And out again, around another point.
    const QPointF other(viewport->width() - 20, 40);
    const qint64 underOther = after.timeAt(other.x() - view->gutterWidth());
    QWheelEvent out(other, viewport->mapToGlobal(other), QPoint(), QPoint(0, -240), Qt::NoButton, Qt::NoModifier,
                    Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &out);
    QVERIFY(qAbs(view->scale().msPerPixel() - after.msPerPixel() * 1.25 * 1.25) < 1e-6 * after.msPerPixel());
    QVERIFY(qAbs(view->scale().timeAt(other.x() - view->gutterWidth()) - underOther)
            <= qint64(view->scale().msPerPixel()) + 1);
}

void tst_TimelineView::clickOnBarSelectsItsTableRow()
{
    Harness h = open(SessionLayout::TableAndTimeline);
    TimelineView *view = h.view();
    SessionBrowser *browser = h.browser();
    // A session beyond the first page.
    const int viewRow = browser->pager().pageSize() + 7;
    QVERIFY(browser->view().size() > viewRow);
    int row = browser->view().storeRow(viewRow);
    QCOMPARE(browser->pager().page(), 0);
    frame(view, *browser, row);
    const QRectF rect = view->barRect(row);
    QVERIFY(rect.top() >= 0 && rect.bottom() < view->viewport()->height());
    const int clicked = view->storeRowAt(rect.center().toPoint()); // its part under the pointer
    QCOMPARE(browser->store().addressOf(clicked), browser->store().addressOf(row));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    QCOMPARE(h.window->table()->currentStoreRow(), clicked);
    QCOMPARE(h.window->table()->selectedStoreRows(), QList<int>{clicked});
    QCOMPARE(browser->pager().page(), browser->view().viewRowOf(clicked) / browser->pager().pageSize());
    QVERIFY(browser->pager().page() > 0);
    QCOMPARE(h.window->detailsPanel()->storeRow(), clicked);

    // Selected while the table was shown alone: the timeline shows it when it comes back.
    h.window->setSessionLayout(SessionLayout::Table);
    const int later = browser->view().storeRow(browser->view().size() - 1);
    QVERIFY(h.window->table()->selectStoreRow(later));
    h.window->setSessionLayout(SessionLayout::Timeline);
    QTRY_COMPARE(view->currentStoreRow(), later);
    const int lane = laneOf(*browser, later);
    QTRY_VERIFY(view->laneTop(lane) >= 0 && view->laneTop(lane) + view->laneHeight() <= view->viewport()->height());
}

void tst_TimelineView::tableSelectionScrollsTheTimeline()
{
    Harness h = open(SessionLayout::TableAndTimeline);
    TimelineView *view = h.view();
    SessionBrowser *browser = h.browser();
    SessionTableView *table = h.window->table();
    QTRY_VERIFY(view->verticalScrollBar()->maximum() > 0); // once painted
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    // The last row of the first page: its lane is far below the first.
    const int modelRow = browser->pager().rowsOnPage() - 1;
    const QModelIndex index = table->model()->index(modelRow, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int row = browser->view().storeRow(browser->pager().firstRow() + modelRow);
    QCOMPARE(table->currentStoreRow(), row);
    QCOMPARE(view->currentStoreRow(), row);
    const int lane = laneOf(*browser, row);
    QVERIFY(lane * view->laneHeight() > view->viewport()->height()); // it had to scroll
    QVERIFY(view->laneTop(lane) >= 0);
    QVERIFY(view->laneTop(lane) + view->laneHeight() <= view->viewport()->height());
    const QRectF rect = view->barRect(row);
    QVERIFY(rect.right() > view->gutterWidth() && rect.left() < view->viewport()->width());
}

void tst_TimelineView::lanesFollowTheTableSort()
{
    Harness h = open(SessionLayout::TableAndTimeline);
    TimelineView *view = h.view();
    SessionBrowser *browser = h.browser();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        h.window->table()->setSortKeys({{SessionColumn::SessionId, order}});
        const QList<int> expected = laneFirstRows(*browser);
        const TimelineLanes &lanes = view->lanes();
        QCOMPARE(lanes.laneCount(), expected.size());
        QVERIFY(expected.size() > 10);
        for (int lane = 0; lane < lanes.laneCount(); ++lane)
            QCOMPARE(browser->store().addressOf(lanes.lane(lane).storeRow), browser->store().addressOf(expected.at(lane)));
        const QString first = browser->store().sessionId(lanes.lane(0).storeRow);
        const QString last = browser->store().sessionId(lanes.lane(lanes.laneCount() - 1).storeRow);
        QVERIFY(order == Qt::AscendingOrder ? first < last : first > last);
    }
}

void tst_TimelineView::keyboardZoomsPansAndFits()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QTRY_VERIFY(view->hasFocus());
    const double centre = (view->viewport()->width() - view->gutterWidth()) / 2.0;
    QTest::keyClick(view, Qt::Key_Home);
    const TimeScale fitted = view->scale();
    QVERIFY(fitted != TimeScale());
    const qint64 middle = fitted.timeAt(centre);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->scale().msPerPixel(), fitted.msPerPixel() / TimelineView::ZoomStep);
    QVERIFY(qAbs(view->scale().timeAt(centre) - middle) <= qint64(fitted.msPerPixel()));
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(qAbs(view->scale().msPerPixel() - fitted.msPerPixel()) < 1e-6 * fitted.msPerPixel());
    QTest::keyClick(view, Qt::Key_Right);
    QVERIFY(view->scale().origin() > fitted.origin()); // later times come into view
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Home); // the whole filtered set across the width
    const TimelineLanes &lanes = view->lanes();
    const double width = view->viewport()->width() - view->gutterWidth();
    const qint64 last = lanes.hasOpenBars() ? qMax(lanes.latestStop(), h.browser()->now()) : lanes.latestStop();
    QVERIFY(qAbs(view->scale().xOf(lanes.earliestStart()) - 12) < 1);
    QVERIFY(qAbs(view->scale().xOf(last) - (width - 12)) < 1);
}

void tst_TimelineView::scrollBarSpansTheBarsWhenZoomedIn()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    QTRY_VERIFY(view->viewport()->width() > view->gutterWidth());
    QScrollBar *time = view->horizontalScrollBar();
    QCOMPARE(time->accessibleName(), QStringLiteral("Scroll time"));
    view->fitAll(); // all of it in view: nothing to scroll
    QCOMPARE(time->maximum(), 0);

    const double width = view->viewport()->width() - view->gutterWidth();
    view->zoomAround(view->gutterWidth() + width / 2, 16);
    QTRY_VERIFY(time->isVisible());
    QVERIFY(time->maximum() > 0);
    QVERIFY(time->value() > 0 && time->value() < time->maximum());

    // Its ends are the bars' ends.
    const TimelineLanes &lanes = view->lanes();
    time->setValue(time->minimum());
    QVERIFY2(qAbs(view->scale().xOf(lanes.earliestStart())) <= 1, qPrintable(QString::number(view->scale().xOf(lanes.earliestStart()))));
    const double shownWidth = view->viewport()->width() - view->gutterWidth();
    time->setValue(time->maximum());
    const qint64 last = lanes.hasOpenBars() ? qMax(lanes.latestStop(), h.browser()->now()) : lanes.latestStop();
    QVERIFY2(qAbs(view->scale().xOf(last) - shownWidth) <= 2, qPrintable(QString::number(view->scale().xOf(last) - shownWidth)));

    // A pan by keyboard moves it.
    const int before = time->value();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Left);
    QVERIFY(time->value() < before);
}

// With the table hidden, the keyboard alone picks a session: Down and Up
// move the current bar lane to lane, Ctrl+Right/Left along a lane, and
// Enter selects it in the table (and so the details panel).
void tst_TimelineView::keyboardMovesTheCurrentBarAndSelectsIt()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    view->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(view, Qt::Key_Home);
    const TimelineLanes &lanes = view->lanes();
    QVERIFY(lanes.laneCount() > 3);
    QCOMPARE(view->currentStoreRow(), -1);
    const auto laneOf = [&] { return lanes.bar(lanes.barOfStoreRow(view->currentStoreRow())).lane; };

    QTest::keyClick(view, Qt::Key_Down); // the first: a bar of the top lane
    QVERIFY(view->currentStoreRow() >= 0);
    QCOMPARE(laneOf(), 0);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(laneOf(), 2);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(laneOf(), 1);
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up); // stays at the top
    QCOMPARE(laneOf(), 0);

    // Along the lane of the ID used run after run: bar by bar.
    const int reused = [&] {
        for (int lane = 0; lane < lanes.laneCount(); ++lane) {
            if (h.browser()->store().sessionId(lanes.lane(lane).storeRow) == ReusedId)
                return lane;
        }
        return -1;
    }();
    QVERIFY(reused >= 0);
    QVERIFY(lanes.lane(reused).barCount >= 2);
    for (int lane = 0; lane < reused; ++lane)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(laneOf(), reused);
    const int first = lanes.lane(reused).firstBar;
    for (int i = 0; i < lanes.lane(reused).barCount; ++i)
        QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(lanes.barOfStoreRow(view->currentStoreRow()), first); // and no further
    const TimeScale before = view->scale();
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(lanes.barOfStoreRow(view->currentStoreRow()), first + 1);
    QCOMPARE(view->scale(), before); // in view already: no pan, unlike Right alone

    // The current bar's lane is scrolled into view.
    const QRectF bar = view->barRect(view->currentStoreRow());
    QVERIFY(bar.top() >= 0 && bar.bottom() <= view->viewport()->height());

    // Enter selects it in the table, hidden as it is; Space too.
    const int row = view->currentStoreRow();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(h.window->table()->currentStoreRow(), row);
    QTest::keyClick(view, Qt::Key_Left, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(h.window->table()->currentStoreRow(), view->currentStoreRow());
    QVERIFY(view->accessibleDescription().contains(QStringLiteral("Enter")));
}

void tst_TimelineView::layoutIsKeptAcrossRestarts()
{
    {
        Harness h = open(SessionLayout::Table);
        QVERIFY(!h.window->timelinePane()->isVisible());
        auto *timelineAction = h.window->findChild<QAction *>(QStringLiteral("layoutTimelineAction"));
        QVERIFY(timelineAction);
        timelineAction->trigger();
        QCOMPARE(h.window->sessionLayout(), SessionLayout::Timeline);
        QVERIFY(h.window->timelinePane()->isVisible());
        QVERIFY(!h.window->table()->isVisible());
        QVERIFY(h.window->layoutSwitch()->timelineToggle()->isChecked());
        h.window->layoutSwitch()->timelineToggle()->trigger(); // off: the table alone
        QCOMPARE(h.window->sessionLayout(), SessionLayout::Table);
        h.window->findChild<QAction *>(QStringLiteral("layoutTableAndTimelineAction"))->trigger();
    }
    Harness h;
    h.connection = std::make_unique<ConnectionController>();
    h.connection->connectTo(m_emulator.url, Token);
    h.window = std::make_unique<MainWindow>(h.connection.get());
    h.window->show();
    QCOMPARE(h.window->sessionLayout(), SessionLayout::TableAndTimeline);
    QVERIFY(h.window->table()->isVisible());
    QVERIFY(h.window->timelinePane()->isVisible());
    QVERIFY(h.window->findChild<QAction *>(QStringLiteral("layoutTableAndTimelineAction"))->isChecked());
}

void tst_TimelineView::splitterShareIsKeptAcrossRestarts()
{
    auto timelineShare = [](const MainWindow &window) {
        const auto *splitter = window.findChild<QSplitter *>(QStringLiteral("sessionSplitter"));
        const int table = splitter->sizes().at(splitter->indexOf(window.table()));
        const int timeline = splitter->sizes().at(splitter->indexOf(window.timelinePane()));
        return double(timeline) / (table + timeline);
    };
    double dragged = 0;
    {
        Harness h = open(SessionLayout::TableAndTimeline);
        auto *splitter = h.window->findChild<QSplitter *>(QStringLiteral("sessionSplitter"));
        QVERIFY(splitter);
        QTRY_VERIFY(qAbs(timelineShare(*h.window) - 0.5) < 0.05); // a first run: half and half
        // The user drags the handle up by a quarter of the height.
        QSplitterHandle *handle = splitter->handle(splitter->indexOf(h.window->timelinePane()));
        const QPoint middle = handle->rect().center();
        const int up = splitter->height() / 4;
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QMouseEvent move(QEvent::MouseMove, QPointF(middle.x(), middle.y() - up), handle->mapToGlobal(QPointF(middle.x(), middle.y() - up)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QTest::mouseRelease(handle, Qt::LeftButton, {}, QPoint(middle.x(), middle.y() - up));
        dragged = timelineShare(*h.window);
        QVERIFY2(dragged > 0.65 && dragged < 0.85, qPrintable(QString::number(dragged)));
    }
    Harness h = open(SessionLayout::TableAndTimeline);
    QTRY_VERIFY2(qAbs(timelineShare(*h.window) - dragged) < 0.02,
                 qPrintable(QStringLiteral("%1 after, %2 before").arg(timelineShare(*h.window)).arg(dragged)));
}

void tst_TimelineView::hoverShowsTheSessionsFields()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    const SessionStore &store = h.browser()->store();
    int row = -1;
    for (int r = 0; r < store.size() && row < 0; ++r) {
        if (store.sessionId(r) == ReusedId && !store.isActive(r))
            row = r;
    }
    QVERIFY(row >= 0);
    frame(view, *h.browser(), row);
    const QPoint pos = view->barRect(row).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(ReusedId), qPrintable(text));
    QVERIFY(text.contains(m_subscription));
    QVERIFY(text.contains(QStringLiteral("minutes")));
    QVERIFY(text.contains(QStringLiteral("Historic")));
    QVERIFY(text.contains(DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(store.start(row)))));
    QVERIFY(text.contains(DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(store.stop(row)))));
    QToolTip::hideText();
}

void tst_TimelineView::dragPansTimeAndLanes()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    QWidget *viewport = view->viewport();
    view->lanes();
    view->verticalScrollBar()->setValue(5 * view->laneHeight());
    const TimeScale before = view->scale();
    const QPoint from(view->gutterWidth() + 300, 200);
    const QPoint to = from + QPoint(120, -2 * view->laneHeight());
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    // The time under the pointer moved with it; the lanes scrolled up with it.
    QCOMPARE(view->scale().msPerPixel(), before.msPerPixel());
    QVERIFY(qAbs(view->scale().timeAt(to.x() - view->gutterWidth()) - before.timeAt(from.x() - view->gutterWidth()))
            <= qint64(before.msPerPixel()) + 1);
    QCOMPARE(view->verticalScrollBar()->value(), 7 * view->laneHeight());
    QCOMPARE(h.window->table()->currentStoreRow(), -1); // a drag selects nothing
}

void tst_TimelineView::runningBarGrowsWithTheClock()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    const SessionStore &store = h.browser()->store();
    int row = -1;
    for (int r = 0; r < store.size() && row < 0; ++r) {
        if (store.sessionId(r) == ReusedId && store.isActive(r))
            row = r;
    }
    QVERIFY(row >= 0);
    frame(view, *h.browser(), row);
    const QRectF before = view->barRect(row);
    QCOMPARE(before.right(), view->xOf(h.browser()->now()));
    h.browser()->setNow(h.browser()->now() + 20 * 60 * 1000); // the clock ticks on
    const QRectF after = view->barRect(row);
    QCOMPARE(after.left(), before.left());
    QCOMPARE(after.right(), view->xOf(h.browser()->now()));
    QVERIFY(after.width() > before.width() + 10);
}

void tst_TimelineView::namedDescribedAndReachedByTab()
{
    Harness h = open(SessionLayout::TableAndTimeline);
    TimelineView *view = h.view();
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(view->accessibleDescription().contains(QStringLiteral("table")));
    QVERIFY(!h.window->timelinePane()->accessibleName().isEmpty());
    const QStringList gaps = UiTest::accessibilityGaps(h.window->timelinePane());
    QVERIFY2(gaps.isEmpty(), qPrintable(gaps.join(QLatin1Char('\n'))));
    QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
    h.window->table()->setFocus();
    QTRY_VERIFY(h.window->table()->hasFocus());
    QString error;
    const QList<QWidget *> reached = UiTest::tabRound(h.window.get(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(reached.contains(view));
    // Right after the table.
    QCOMPARE(reached.indexOf(view), reached.indexOf(h.window->table()) + 1);
}

void tst_TimelineView::attentionIsMarkedWhereTheRadarSaysSo()
{
    Harness h = open(SessionLayout::Timeline);
    TimelineView *view = h.view();
    SessionBrowser *browser = h.browser();
    QTRY_VERIFY(browser->needsAttentionCount() > 0);
    const SessionStore &store = browser->store();
    int flagged = -1, calm = -1;
    for (int row = 0; row < store.size(); ++row) {
        if (!store.isActive(row) || store.start(row) > browser->now() - 3600 * 1000)
            continue; // running for an hour at least: a bar to see
        if (browser->attentionOf(row).needsAttention() ? flagged < 0 : calm < 0)
            (browser->attentionOf(row).needsAttention() ? flagged : calm) = row;
    }
    QVERIFY(flagged >= 0 && calm >= 0);
    // The mark: the warning sign's orange over the bar's end at now.
    const auto markAt = [&](int row) {
        frame(view, *browser, row);
        const QRectF bar = view->barRect(row);
        return pixelAt(view->viewport(), QPointF(bar.right() - 1, bar.center().y() + 2));
    };
    const QColor mark = markAt(flagged);
    QVERIFY2(mark.red() > mark.blue() + 80, qPrintable(mark.name()));
    const QColor plain = markAt(calm);
    QVERIFY2(!(plain.red() > plain.blue() + 80), qPrintable(plain.name()));
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
