#include "ui/concurrencystrip.h"
#include "ui/timelinepane.h"
#include "ui/timelineview.h"
#include "sessiontestdata.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/displayformat.h"
#include "sessions/sessionbrowser.h"
#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDateTime>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using BillForward::UsageSession;
using TestData::ended;
using TestData::running;
using TestData::utc;

namespace {

constexpr qint64 Minute = 60 * 1000;
const QString Subscription = Emulator::DemoData::subscriptionIds().constFirst();

// The test's own maximum of the view's rows running at once, and when it is
// first reached: every start and stop in a map, summed in time order.
std::pair<int, qint64> ownMaximum(const SessionBrowser &browser, qint64 now)
{
    std::map<qint64, int> changes;
    const SessionStore &store = browser.store();
    for (int i = 0; i < browser.view().size(); ++i) {
        const int row = browser.view().storeRow(i);
        const qint64 start = store.start(row);
        const bool untilNow = store.isActive(row) || store.stop(row) == BillForward::NoTimestamp;
        const qint64 end = untilNow ? now : std::min(store.stop(row), now);
        if (start == BillForward::NoTimestamp || end <= start)
            continue;
        ++changes[start];
        --changes[end];
    }
    int count = 0;
    std::pair<int, qint64> most{0, 0};
    for (const auto &[time, change] : changes) {
        count += change;
        if (count > most.first)
            most = {count, time};
    }
    return most;
}

QString ownLabel(const std::pair<int, qint64> &most)
{
    return QStringLiteral("max %1 at %2")
        .arg(DisplayFormat::number(most.first), DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(most.second)));
}

// a and b 10:00 to 11:00, c 10:00 to 12:00, d 10:40 to 10:50 on the day
// of `nine`: four at once at the most.
void addFourSessions(SessionBrowser &browser, qint64 nine)
{
    browser.setNow(nine + 24 * 60 * Minute);
    browser.addSessions({ended(QStringLiteral("a"), nine + 60 * Minute, nine + 120 * Minute),
                         ended(QStringLiteral("b"), nine + 60 * Minute, nine + 120 * Minute),
                         ended(QStringLiteral("c"), nine + 60 * Minute, nine + 180 * Minute),
                         ended(QStringLiteral("d"), nine + 100 * Minute, nine + 110 * Minute)});
}

// Shows `strip` at 400 x 90 with a margin of 40, a pixel a minute from
// `atMargin` on, and waits for its first steps.
bool showAPixelAMinute(ConcurrencyStrip &strip, qint64 atMargin)
{
    strip.resize(400, 90);
    strip.setLeftMargin(40);
    strip.setScale(TimeScale(atMargin, Minute));
    QSignalSpy rebuilt(&strip, &ConcurrencyStrip::stepsChanged);
    strip.show();
    return QTest::qWaitForWindowExposed(&strip) && QTest::qWaitFor([&rebuilt] { return !rebuilt.isEmpty(); });
}

// The first row from the top of the chart whose pixel in `column` is not the background.
int topOfColumn(const QImage &image, int column, int fromRow, QRgb background)
{
    for (int y = fromRow; y < image.height(); ++y) {
        if (image.pixel(column, y) != background)
            return y;
    }
    return image.height();
}

} // namespace

// The strip over the timeline's lanes, on a real widget: its label against
// a count of the test's own over sessions loaded from the emulator, the
// columns it paints (on a screen at 200 %), the margin it keeps clear, and
// when it rebuilds.
class tst_ConcurrencyStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        UiTest::isolateSettings(m_dir);
        QVERIFY(m_emulator.startDemo(m_client));
    }

    void labelsTheMaximumOfTheFilteredSessions()
    {
        SessionBrowser browser;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        browser.setNow(now);
        ConcurrencyStrip strip(&browser);
        strip.resize(800, 80);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));

        QVERIFY(UiTest::loadSessions(browser, m_client, Subscription));
        QVERIFY(browser.store().size() > 100);
        const std::pair<int, qint64> all = ownMaximum(browser, now);
        QVERIFY(all.first >= 2); // overlapping sessions, or the test proves little
        QTRY_COMPARE(strip.maximumText(), ownLabel(all));
        QCOMPARE(strip.steps().maximum(), all.first);
        QVERIFY2(strip.accessibleDescription().contains(DisplayFormat::number(all.first)),
                 qPrintable(strip.accessibleDescription()));
        QVERIFY(!strip.accessibleName().isEmpty());

        // A filter leaves fewer rows: the strip counts those only.
        SessionFilter filter;
        filter.setState(SessionFilter::StateChoice::Historic);
        browser.setFilter(filter);
        QVERIFY(browser.view().size() < browser.store().size());
        const std::pair<int, qint64> historic = ownMaximum(browser, now);
        QTRY_COMPARE(strip.maximumText(), ownLabel(historic));
    }

    void paintsEachColumnAsHighAsItsCount()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        addFourSessions(browser, nine);
        ConcurrencyStrip strip(&browser);
        QVERIFY(showAPixelAMinute(strip, nine)); // 9:00 at the margin (x = 40)
        QCOMPARE(strip.steps().maximum(), 4);

        const QImage image = strip.grab().toImage();
        const qreal ratio = strip.devicePixelRatioF();
        QCOMPARE(image.width(), qRound(400 * ratio));
        const QRgb background = strip.palette().color(QPalette::Base).rgb();
        const QRect chart = strip.chartRect();
        const int bottom = qRound((chart.bottom() + 1) * ratio);
        auto expectedTop = [&](int count) {
            // Nothing at all in a column where nothing ran.
            return count == 0 ? image.height() : bottom - qMax(1, qRound(count * chart.height() * ratio / 4));
        };
        const int firstRow = qRound(chart.top() * ratio);
        // 10:30: a, b and c (x = 40 + 90); 11:45: c alone; 12:30: none; 10:45: all four.
        for (const auto &[minute, count] : {std::pair{90, 3}, std::pair{165, 1}, std::pair{210, 0}, std::pair{105, 4}}) {
            const int column = qRound((40 + minute + 0.5) * ratio);
            QCOMPARE(topOfColumn(image, column, firstRow, background), expectedTop(count));
        }
        // Crisp: the top line is one device pixel of the line colour over the fill.
        const int top = expectedTop(3);
        const int column = qRound(130.5 * ratio);
        QVERIFY(image.pixel(column, top) != image.pixel(column, top + 1));
        QCOMPARE(image.pixel(column, top + 1), image.pixel(column, bottom - 1));

        // The margin stays clear, though 10:00 .. 10:20 would be under it once the picture moves.
        strip.setScale(TimeScale(nine + 80 * Minute, Minute)); // 10:20 at the margin's edge
        const QImage moved = strip.grab().toImage();
        for (int x = 0; x < qRound(40 * ratio); x += 3)
            QCOMPARE(topOfColumn(moved, x, firstRow, background), moved.height());
        QCOMPARE(topOfColumn(moved, qRound((40 + 10.5) * ratio), firstRow, background), expectedTop(3)); // 10:30
    }

    // The whole pane: a step of the strip where the bar that causes it
    // starts, and an axis tick where its time is in the lanes, whatever the
    // gutter (the font) and the scroll area's frame.
    void stripAxisAndLanesShareOneOrigin()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 24 * 60 * Minute);
        browser.addSessions({ended(QStringLiteral("a"), nine + 60 * Minute, nine + 120 * Minute),
                             ended(QStringLiteral("b"), nine + 90 * Minute, nine + 180 * Minute)});
        int rowB = -1;
        for (int row = 0; row < browser.store().size(); ++row) {
            if (browser.store().sessionId(row) == QStringLiteral("b"))
                rowB = row;
        }
        QVERIFY(rowB >= 0);
        TimelinePane pane(&browser);
        pane.resize(900, 400);
        QSignalSpy rebuilt(pane.strip(), &ConcurrencyStrip::stepsChanged);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(!rebuilt.isEmpty());
        QCOMPARE(pane.strip()->steps().maximum(), 2);
        TimelineView *view = pane.view();
        QCOMPARE(view->lanes().laneCount(), 2);
        auto *axis = pane.findChild<QWidget *>(QStringLiteral("timelineAxis"));
        QVERIFY(axis);

        for (const int pointSize : {0, 16}) {
            if (pointSize > 0) { // a larger font: a wider gutter
                const int gutter = view->gutterWidth();
                QFont font = pane.font();
                font.setPointSize(pointSize);
                pane.setFont(font);
                QTRY_VERIFY(view->gutterWidth() > gutter);
            }
            view->setScale(TimeScale(nine, Minute / 2.0)); // two pixels a minute from 9:00
            QApplication::processEvents();

            // b's bar starts at 10:30, where two run at once.
            const QRectF bar = view->barRect(rowB);
            QVERIFY(!bar.isEmpty());
            const int barLeft = view->viewport()->mapTo(&pane, QPoint(int(std::floor(bar.left())), 0)).x();
            const QImage image = pane.strip()->grab().toImage();
            const qreal ratio = pane.strip()->devicePixelRatioF();
            const QRgb background = pane.strip()->palette().color(QPalette::Base).rgb();
            const int firstRow = qRound(pane.strip()->chartRect().top() * ratio);
            const int fullTop = topOfColumn(image, qRound((barLeft + 20) * ratio), firstRow, background);
            QVERIFY(fullTop < topOfColumn(image, qRound((barLeft - 20) * ratio), firstRow, background));
            int edge = -1;
            for (int column = 0; column < image.width() && edge < 0; ++column) {
                if (topOfColumn(image, column, firstRow, background) <= fullTop)
                    edge = column;
            }
            const int stripEdge = pane.strip()->mapTo(&pane, QPoint(int(std::floor(edge / ratio)), 0)).x();
            QVERIFY2(qAbs(stripEdge - barLeft) <= 1,
                     qPrintable(QStringLiteral("step at %1, bar at %2").arg(stripEdge).arg(barLeft)));

            // An axis tick over the lanes' x of its time.
            const QList<TimeAxis::Tick> &ticks = view->ticks();
            QVERIFY(!ticks.isEmpty());
            const TimeAxis::Tick &tick = ticks.constFirst();
            const int lanesX = view->viewport()->mapTo(&pane, QPoint(view->gutterWidth() + int(std::floor(tick.x)), 0)).x();
            const QImage axisImage = axis->grab().toImage();
            const int axisX = axis->mapFrom(&pane, QPoint(lanesX, 0)).x();
            const int y = qRound((axis->height() - 3) * ratio);
            const QRgb window = axis->palette().color(QPalette::Window).rgb();
            QVERIFY(axisImage.pixel(qRound((axisX + 0.5) * ratio), y) != window);
            QCOMPARE(axisImage.pixel(qRound((axisX - 1.5) * ratio), y), window);
            QCOMPARE(axisImage.pixel(qRound((axisX + 1.5) * ratio), y), window);
        }
    }

    // A clock-dependent filter (duration:>1h) asks the view to look again
    // at every tick; the lanes are built again only when a row came or went.
    void aTickThatChangesNoRowKeepsTheLanes()
    {
        SessionBrowser browser;
        const qint64 now = utc("2026-02-01T12:00:00Z");
        browser.setNow(now);
        browser.addSessions({ended(QStringLiteral("long"), now - 300 * Minute, now - 100 * Minute),
                             running(QStringLiteral("live"), now - 120 * Minute),
                             running(QStringLiteral("soon"), now - 59 * Minute - 30 * 1000)});
        SessionFilter filter;
        filter.setText(QStringLiteral("duration:>1h"));
        browser.setFilter(filter);
        QCOMPARE(browser.view().size(), 2);
        TimelineView view(&browser);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.lanes().laneCount(), 2);
        const int built = view.lanesBuilt();
        for (int second = 1; second <= 5; ++second) {
            browser.setNow(now + second * 1000);
            view.followNow();
            QApplication::processEvents();
            QCOMPARE(view.lanes().laneCount(), 2);
        }
        QCOMPARE(view.lanesBuilt(), built);
        browser.setNow(now + 40 * 1000); // "soon" passes an hour
        QCOMPARE(browser.view().size(), 3);
        QCOMPARE(view.lanes().laneCount(), 3);
        QCOMPARE(view.lanesBuilt(), built + 1);
    }

    // A refresh that adds more rows than it removes renumbers the rows: the
    // current bar stays on its session, not on whatever got its number.
    void theCurrentBarFollowsItsSessionThroughARemoval()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 24 * 60 * Minute);
        const QStringList first{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QList<UsageSession> sessions;
        for (int i = 0; i < first.size(); ++i)
            sessions.append(ended(first[i], nine + i * 60 * Minute, nine + (i + 1) * 60 * Minute));
        browser.addSessions(sessions);
        TimelineView view(&browser);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto rowOf = [&](const QString &id) {
            for (int row = 0; row < browser.store().size(); ++row) {
                if (browser.store().sessionId(row) == id)
                    return row;
            }
            return -1;
        };
        view.showStoreRow(rowOf(QStringLiteral("c")));
        QCOMPARE(view.currentStoreRow(), rowOf(QStringLiteral("c")));

        const int generation = browser.store().layoutGeneration();
        browser.beginRefresh();
        QList<UsageSession> refreshed{sessions.at(2)};
        for (const QString &id : {QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")})
            refreshed.append(ended(id, nine + 5 * 60 * Minute, nine + 6 * 60 * Minute));
        browser.addSessions(refreshed);
        browser.endRefresh(true); // a and b are gone: 3 in, 2 out
        QVERIFY(browser.store().layoutGeneration() != generation);
        QCOMPARE(browser.store().size(), 4);
        // The current bar is still c's, under its new row number.
        QVERIFY(rowOf(QStringLiteral("c")) >= 0);
        QCOMPARE(view.currentStoreRow(), rowOf(QStringLiteral("c")));
        // What the lanes say is about the sessions there are now.
        QCOMPARE(view.lanes().laneCount(), 4);
        QVERIFY(view.barRect(rowOf(QStringLiteral("d"))).isValid());
    }

    // Zoomed into a quieter span, the chart's height is the most running
    // within it, and the label says so beside the overall maximum.
    void scalesToTheMostInView()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        addFourSessions(browser, nine);
        ConcurrencyStrip strip(&browser);
        QVERIFY(showAPixelAMinute(strip, nine)); // 9:00 at the margin (x = 40)
        QCOMPARE(strip.maximumInView(), 4);
        QCOMPARE(strip.labelText(), strip.maximumText());

        strip.setScale(TimeScale(nine + 150 * Minute, Minute / 10.0)); // 11:30 to about 12:05: c alone
        QCOMPARE(strip.maximumInView(), 1);
        QCOMPARE(strip.labelText(), QStringLiteral("max 1 in view · ") + strip.maximumText());
        const QImage image = strip.grab().toImage();
        const qreal ratio = strip.devicePixelRatioF();
        const QRect chart = strip.chartRect();
        const QRgb background = strip.palette().color(QPalette::Base).rgb();
        const int firstRow = qRound(chart.top() * ratio);
        const int fullTop = qRound((chart.bottom() + 1) * ratio) - qRound(chart.height() * ratio);
        QVERIFY(qAbs(topOfColumn(image, qRound((40 + 100.5) * ratio), firstRow, background) - fullTop) <= 1);
        QCOMPARE(topOfColumn(image, qRound((40 + 350.5) * ratio), firstRow, background), image.height()); // 12:05
    }

    void followsTheDarkPalette()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 24 * 60 * Minute);
        browser.addSessions({ended(QStringLiteral("a"), nine, nine + 300 * Minute)});
        ConcurrencyStrip strip(&browser);
        strip.setPalette(PaletteColors::darkDesktopExample());
        strip.resize(400, 90);
        strip.setScale(TimeScale(nine - 60 * Minute, Minute));
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QTRY_COMPARE(strip.steps().maximum(), 1);
        const QImage image = strip.grab().toImage();
        const QColor base = strip.palette().color(QPalette::Base);
        const int column = qRound(120.5 * strip.devicePixelRatioF());
        const int top = topOfColumn(image, column, 0 + qRound(strip.chartRect().top() * strip.devicePixelRatioF()),
                                    base.rgb());
        QVERIFY(top < image.height());
        // The line stands out of the dark background as a graphic must (3:1).
        QVERIFY2(PaletteColors::contrast(QColor(image.pixel(column, top)), base) >= 3.0,
                 qPrintable(QColor(image.pixel(column, top)).name()));
        QVERIFY(PaletteColors::luminance(base) < 0.2);
    }

    void activeSessionsGrowWithTheClock()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 60 * Minute);
        browser.addSessions({running(QStringLiteral("live"), nine)});
        ConcurrencyStrip strip(&browser);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QTRY_COMPARE(strip.steps().countAt(nine + 59 * Minute), 1);
        QCOMPARE(strip.steps().countAt(nine + 90 * Minute), 0);
        browser.setNow(nine + 120 * Minute); // the window's clock ticks; the browser sends nothing
        QTRY_COMPARE(strip.steps().countAt(nine + 90 * Minute), 1);
    }

    void rebuildsWhenShownAndAtMostEveryIntervalWhileLoading()
    {
        SessionBrowser browser;
        ConcurrencyStrip strip(&browser);
        QSignalSpy rebuilt(&strip, &ConcurrencyStrip::stepsChanged);
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 24 * 60 * Minute);
        browser.addSessions({ended(QStringLiteral("a"), nine, nine + 60 * Minute)});
        QVERIFY(!rebuilt.wait(2 * ConcurrencyStrip::RebuildIntervalMs)); // hidden: nothing is built
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QTRY_VERIFY(!rebuilt.isEmpty());
        QCOMPARE(strip.steps().maximum(), 1);

        // A load merges slice after slice: the steps follow, but not each slice.
        QElapsedTimer clock;
        clock.start();
        rebuilt.clear();
        for (int slice = 0; slice < 40; ++slice) {
            QList<UsageSession> sessions;
            for (int i = 0; i < 50; ++i)
                sessions << ended(QStringLiteral("s%1-%2").arg(slice).arg(i), nine, nine + (i + 2) * Minute);
            browser.addSessions(sessions);
            QCoreApplication::processEvents(); // the event loop turns between slices, as during a fetch
        }
        QTRY_COMPARE(strip.steps().maximum(), 40 * 50 + 1);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(rebuilt.count() <= 2 + elapsed / ConcurrencyStrip::RebuildIntervalMs,
                 qPrintable(QStringLiteral("%1 rebuilds in %2 ms").arg(rebuilt.count()).arg(elapsed)));
        QVERIFY(rebuilt.count() < 40);
    }

private:
    QTemporaryDir m_dir;
    EmulatorFixture m_emulator;
    BillForward::ApiClient m_client;
};

// An offscreen screen at 200 %, as a HiDPI laptop has.
int main(int argc, char *argv[])
{
    QTemporaryDir screenDir;
    if (!UiTest::useOffscreenScreen(screenDir, 1280, 800, 2))
        return 1;
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_ConcurrencyStrip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrencystrip.moc"
