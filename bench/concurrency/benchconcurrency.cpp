// bench-concurrency [count]: loads `count` (default 1,000,000) synthetic
// sessions of one subscription into a SessionBrowser (as bench-sessions
// makes them: starts over a year, up to 8 h long, one in ten active) and
// prints the time to build the strip's steps (the part read on the GUI
// thread and the sort), unfiltered and filtered, the strip's rebuild as the
// window does it, and a repaint of a 1920 px strip at several zooms.
// Run offscreen: QT_QPA_PLATFORM=offscreen.

#include "sessions/sessionbrowser.h"
#include "timeline/concurrencysteps.h"
#include "ui/concurrencystrip.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using BillForward::UsageSession;

namespace {

QList<UsageSession> makeSessions(QRandomGenerator &random, qint64 base, int count, int firstNumber)
{
    static const QString subscription = QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
    static const QString organization = QStringLiteral("ORG-2B4C6D8E-1A3C-5E7F-9A1B-3C5D7E9F");
    static const QString active = QStringLiteral("Active");
    static const QString historic = QStringLiteral("Historic");
    static const QStringList units = {QStringLiteral("minutes"), QStringLiteral("GB"), QStringLiteral("calls"),
                                      QStringLiteral("seconds")};
    QList<UsageSession> sessions;
    sessions.reserve(count);
    for (int i = 0; i < count; ++i) {
        UsageSession s;
        s.subscriptionId = subscription;
        s.organizationId = organization;
        s.sessionId = QStringLiteral("session-%1").arg(firstNumber + i);
        s.pricingComponentName = QStringLiteral("Component %1").arg(random.bounded(20));
        s.uom = units.at(int(random.bounded(4)));
        s.start = base - qint64(random.bounded(365 * 86400)) * 1000;
        s.created = s.start;
        if (random.bounded(10) == 0) {
            s.state = active;
        } else {
            s.state = historic;
            s.uduration = qint64(random.bounded(8 * 3600)) * 1000;
            s.stop = s.start + s.uduration;
        }
        sessions << s;
    }
    return sessions;
}

struct Figures
{
    std::vector<double> ms;
    void add(double value) { ms.push_back(value); }
    double median()
    {
        std::sort(ms.begin(), ms.end());
        return ms.empty() ? 0 : ms[ms.size() / 2];
    }
    double most() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

// CPU time of the calling thread: what a busy machine inflates less than wall time.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double msOf(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printBuild(const char *what, const SessionBrowser &browser, qint64 now)
{
    Figures read, sort, sortCpu;
    int steps = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        ConcurrencySteps::Events events = ConcurrencySteps::eventsOf(browser.store(), browser.view(), now);
        read.add(msOf(timer));
        timer.start();
        const double cpuStart = threadCpuMs();
        const ConcurrencySteps built = ConcurrencySteps::fromEvents(std::move(events));
        sort.add(msOf(timer));
        sortCpu.add(threadCpuMs() - cpuStart);
        steps = int(built.times().size());
    }
    std::printf("build %s (%d rows, %d steps): read %.1f ms, sort and tables %.1f ms (cpu %.1f ms), "
                "total %.1f ms (medians of 5)\n",
                what, browser.view().size(), steps, read.median(), sort.median(), sortCpu.median(),
                read.median() + sort.median());
    // The strip reads on the GUI thread a slice of rows per turn of the event loop.
    Figures marks, slices;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::vector<quint8> shown = ConcurrencySteps::shownRows(browser.store(), browser.view());
        marks.add(msOf(timer));
        ConcurrencySteps::Events events;
        events.nowUtcMs = now;
        events.items.reserve(2 * size_t(browser.store().size()));
        for (int row = 0; row < browser.store().size(); row += ConcurrencyStrip::RowsReadPerTurn) {
            timer.start();
            ConcurrencySteps::readRows(browser.store(), shown, row, row + ConcurrencyStrip::RowsReadPerTurn, &events);
            slices.add(msOf(timer));
        }
    }
    std::printf("  on the GUI thread, per turn: marking the view's rows %.1f ms, a slice of %d rows %.1f ms "
                "(medians; longest %.1f ms)\n",
                marks.median(), ConcurrencyStrip::RowsReadPerTurn, slices.median(),
                std::max(marks.most(), slices.most()));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    QRandomGenerator random(20261206);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    SessionBrowser browser;
    browser.setNow(now);
    for (int done = 0; done < count; done += 10000)
        browser.addSessions(makeSessions(random, now, qMin(10000, count - done), done));
    std::printf("%d sessions loaded\n", browser.store().size());

    printBuild("unfiltered", browser, now);
    SessionFilter filter;
    filter.setUoms({QStringLiteral("minutes")});
    browser.setFilter(filter);
    printBuild("filtered to one unit", browser, now);
    browser.setFilter(SessionFilter());

    // The strip as the window has it: a rebuild from the browser's change,
    // the sort on a background thread. The longest time the event loop did
    // not turn meanwhile is the GUI thread's gap.
    ConcurrencyStrip strip(&browser);
    strip.resize(1920, 80);
    strip.setLeftMargin(160);
    auto spin = [&](int ms, bool untilSteps) {
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        if (untilSteps)
            QObject::connect(&strip, &ConcurrencyStrip::stepsChanged, &loop, &QEventLoop::quit);
        timeout.start(ms);
        loop.exec();
        return timeout.isActive();
    };
    strip.show();
    if (!spin(10000, true))
        return 1;
    for (int run = 0; run < 5; ++run) {
        spin(ConcurrencyStrip::RebuildIntervalMs + 50, false); // past the throttle: the work alone
        QElapsedTimer timer;
        timer.start();
        browser.setFilter(run % 2 ? SessionFilter() : filter);
        const double filterMs = msOf(timer);
        QElapsedTimer sinceTurn;
        double longestGap = 0;
        QTimer turns;
        turns.setInterval(0);
        QObject::connect(&turns, &QTimer::timeout, &turns, [&] {
            longestGap = std::max(longestGap, msOf(sinceTurn));
            sinceTurn.start();
        });
        timer.start();
        sinceTurn.start();
        turns.start();
        if (!spin(10000, true))
            return 1;
        longestGap = std::max(longestGap, msOf(sinceTurn));
        std::printf("strip rebuild after a filter change (%d rows): new steps %.1f ms after the filter "
                    "(which took %.1f ms); longest GUI-thread gap meanwhile %.1f ms\n",
                    browser.view().size(), msOf(timer), filterMs, longestGap);
    }
    browser.setFilter(SessionFilter());
    if (!spin(10000, true))
        return 1;

    const ConcurrencySteps &steps = strip.steps();
    const qint64 first = steps.times().front();
    const qint64 last = steps.times().back();
    struct Zoom { const char *name; qint64 from; qint64 to; };
    const Zoom zooms[] = {{"the whole year", first, last},
                          {"a month", last - 30LL * 86400 * 1000, last},
                          {"a day", last - 86400LL * 1000, last},
                          {"an hour", last - 3600LL * 1000, last}};
    for (const qreal ratio : {1.0, 2.0}) {
        for (const Zoom &zoom : zooms) {
            strip.setScale(TimeScale::fitting(zoom.from, zoom.to, 1920 - 160).panned(160));
            QImage image(QSize(1920, 80) * ratio, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(ratio);
            Figures paint;
            for (int run = 0; run < 20; ++run) {
                QElapsedTimer timer;
                timer.start();
                strip.render(&image);
                paint.add(msOf(timer));
            }
            std::printf("strip repaint 1920 px at %.0f %%, %s: median %.2f ms, longest %.2f ms\n", ratio * 100,
                        zoom.name, paint.median(), paint.most());
        }
    }
    // One column's question, alone: what a repaint asks 1,760 times.
    QElapsedTimer timer;
    timer.start();
    long sum = 0;
    const qint64 span = (last - first) / 1760;
    for (int column = 0; column < 1760 * 100; ++column)
        sum += steps.maximumIn(first + (column % 1760) * span, first + (column % 1760 + 1) * span);
    std::printf("maximumIn: %.3f µs a column (checksum %ld)\n", msOf(timer) * 1000 / (1760 * 100), sum);
    return 0;
}
