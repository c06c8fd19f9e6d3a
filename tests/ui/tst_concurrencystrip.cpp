#include "ui/concurrencystrip.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "sessions/displayformat.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"
#include "ui/widgets/palettecolors.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QDateTime>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using BillForward::UsageSession;

namespace {

constexpr qint64 Minute = 60 * 1000;
const QString Subscription = Emulator::DemoData::subscriptionIds().constFirst();

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

UsageSession span(const QString &id, qint64 start, qint64 stop, bool active = false)
{
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-1");
    s.sessionId = id;
    s.uom = QStringLiteral("minutes");
    s.pricingComponentName = QStringLiteral("Calls");
    s.state = active ? QStringLiteral("Active") : QStringLiteral("Historic");
    s.created = start;
    s.start = start;
    if (!active) {
        s.stop = stop;
        s.uduration = stop - start;
    }
    return s;
}

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
        Emulator::Options options;
        options.demoData = true; // sessions over four months, overlapping, some running now
        QVERIFY(m_emulator.start(options));
        m_client.setBaseUrl(m_emulator.url);
        m_client.setTransferTimeout(10000);
    }

    void labelsTheMaximumOfTheFilteredSessions()
    {
        SessionBrowser browser;
        SessionLoader loader(&browser);
        loader.setClient(&m_client);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        browser.setNow(now);
        ConcurrencyStrip strip(&browser);
        strip.resize(800, 80);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));

        QSignalSpy finished(&loader, &SessionLoader::loadFinished);
        loader.open(Subscription, false);
        QVERIFY(finished.wait(20000));
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
        browser.setNow(nine + 24 * 60 * Minute);
        browser.addSessions({span(QStringLiteral("a"), nine + 60 * Minute, nine + 120 * Minute),
                             span(QStringLiteral("b"), nine + 60 * Minute, nine + 120 * Minute),
                             span(QStringLiteral("c"), nine + 60 * Minute, nine + 180 * Minute),
                             span(QStringLiteral("d"), nine + 100 * Minute, nine + 110 * Minute)});
        ConcurrencyStrip strip(&browser);
        strip.resize(400, 90);
        strip.setLeftMargin(40);
        strip.setScale(TimeScale(nine, Minute)); // a pixel a minute, 9:00 at x = 0
        QSignalSpy rebuilt(&strip, &ConcurrencyStrip::stepsChanged);
        strip.show();
        QVERIFY(QTest::qWaitForWindowExposed(&strip));
        QTRY_VERIFY(!rebuilt.isEmpty());
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
        // 10:30: a, b and c (x = 90); 11:45: c alone (x = 165); 12:30: none.
        for (const auto &[minute, count] : {std::pair{90, 3}, std::pair{165, 1}, std::pair{210, 0}, std::pair{105, 4}}) {
            const int column = qRound((minute + 0.5) * ratio);
            QCOMPARE(topOfColumn(image, column, firstRow, background), expectedTop(count));
        }
        // Crisp: the top line is one device pixel of the line colour over the fill.
        const int top = expectedTop(3);
        const int column = qRound(90.5 * ratio);
        QVERIFY(image.pixel(column, top) != image.pixel(column, top + 1));
        QCOMPARE(image.pixel(column, top + 1), image.pixel(column, bottom - 1));

        // The margin stays clear, though 9:35 .. 9:40 is under it once the picture moves.
        strip.setScale(TimeScale(nine + 60 * Minute - 20 * Minute, Minute)); // 10:00 at x = 20, in the margin
        const QImage moved = strip.grab().toImage();
        for (int x = 0; x < qRound(40 * ratio); x += 3)
            QCOMPARE(topOfColumn(moved, x, firstRow, background), moved.height());
        QCOMPARE(topOfColumn(moved, qRound(50.5 * ratio), firstRow, background), expectedTop(3)); // 10:30
    }

    void followsTheDarkPalette()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.setNow(nine + 24 * 60 * Minute);
        browser.addSessions({span(QStringLiteral("a"), nine, nine + 300 * Minute)});
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
        browser.addSessions({span(QStringLiteral("live"), nine, 0, true)});
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
        browser.addSessions({span(QStringLiteral("a"), nine, nine + 60 * Minute)});
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
                sessions << span(QStringLiteral("s%1-%2").arg(slice).arg(i), nine, nine + (i + 2) * Minute);
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
    const QString config = screenDir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 1280, "height": 800,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 2}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_ConcurrencyStrip test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrencystrip.moc"
