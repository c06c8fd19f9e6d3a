// bench-timeline [count]: the timeline at scale. Builds `count` (default
// 1,000,000) sessions of one subscription into a SessionBrowser, as a load
// would: single runs, IDs reused run after run (a few hundred kiosks with
// hundreds of runs each, sorted first so their crowded lanes are the ones
// in view), runs cut at month ends. Then times the lane build and, on a
// TimelineView of 1920×1080 rendered into a QImage at 1× and 2× device
// pixel ratio, a full repaint with all the sessions fitted, a day and an
// hour across the width, each wheel step of zoom and each pan step with
// its repaint. The goal: 16 ms or less per repaint or step. Run a Release
// build (offscreen: QT_QPA_PLATFORM=offscreen is set when unset).

#include "sessions/sessionbrowser.h"
#include "timeline/timelinelanes.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <ctime>
#include <utility>
#include <cstdio>
#include <vector>

using BillForward::UsageSession;

namespace {

constexpr qint64 Hour = 3600 * 1000;
constexpr qint64 Day = 24 * Hour;

QList<UsageSession> makeSessions(int count, qint64 now)
{
    QRandomGenerator random(20261206);
    const QString subscription = QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
    const QString organization = QStringLiteral("ORG-2B4C6D8E-1A3C-5E7F-9A1B-3C5D7E9F");
    const QString active = QStringLiteral("Active"), historic = QStringLiteral("Historic");
    const QStringList units = {QStringLiteral("minutes"), QStringLiteral("GB"), QStringLiteral("calls")};
    const QString component = QStringLiteral("Pricing component");
    QList<UsageSession> sessions;
    sessions.reserve(count);
    const auto add = [&](const QString &id, const QString &unit, qint64 start, qint64 stop, int ix) {
        UsageSession s;
        s.subscriptionId = subscription;
        s.organizationId = organization;
        s.sessionId = id;
        s.uom = unit;
        s.pricingComponentName = component;
        s.created = start;
        s.start = start;
        s.sessionix = ix;
        if (stop > now) {
            s.state = active;
        } else {
            s.state = historic;
            s.stop = stop;
            s.uduration = stop - start;
        }
        sessions.append(s);
    };
    // A tenth in 400 kiosks, each ID used run after run over the year.
    const int kiosks = 400;
    const int kioskRuns = count / 10 / kiosks;
    for (int k = 0; k < kiosks; ++k) {
        const QString id = QStringLiteral("A-KIOSK-%1").arg(k, 4, 10, QLatin1Char('0'));
        qint64 start = now - 365 * Day + qint64(random.bounded(12)) * Hour;
        for (int run = 0; run < kioskRuns; ++run) {
            const qint64 stop = start + qint64(random.bounded(2 * 3600, 14 * 3600)) * 1000;
            add(id, units.at(0), start, stop, 0);
            start = stop + qint64(random.bounded(600, 6 * 3600)) * 1000;
        }
    }
    // The rest: single runs over the year, one in ten cut at a month's end.
    int serial = 0;
    while (sessions.size() < count) {
        const QString id = QStringLiteral("S-%1").arg(serial++, 8, 10, QLatin1Char('0'));
        const QString &unit = units.at(int(random.bounded(3)));
        const qint64 start = now - qint64(random.bounded(365 * 86400)) * 1000;
        const qint64 stop = start + qint64(random.bounded(60, 30 * 3600)) * 1000;
        if (random.bounded(10) == 0 && sessions.size() + 2 <= count) {
            const qint64 cut = start + (stop - start) / 2;
            add(id, unit, start, cut, 0);
            add(id, unit, cut, stop, 1);
        } else {
            add(id, unit, start, stop, 0);
        }
    }
    return sessions;
}

// This thread's CPU time: other processes on a busy machine inflate it
// less than the wall time (their cache and memory traffic still count).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall and CPU time from start() to msOf().
struct Timer
{
    QElapsedTimer wall;
    double cpuStart = 0;
    void start()
    {
        cpuStart = threadCpuMs();
        wall.start();
    }
};

struct Figures
{
    std::vector<double> ms, cpu;
    void add(std::pair<double, double> value)
    {
        ms.push_back(value.first);
        cpu.push_back(value.second);
    }
    static double median(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    }
    static double max(const std::vector<double> &values)
    {
        return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    }
};

std::pair<double, double> msOf(const Timer &timer)
{
    return {double(timer.wall.nsecsElapsed()) / 1e6, threadCpuMs() - timer.cpuStart};
}

// The view's viewport drawn into an image of its size at `ratio`.
std::pair<double, double> render(TimelineView &view, QImage &image)
{
    Timer timer;
    timer.start();
    QPainter painter(&image);
    view.viewport()->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren); // no background: the viewport paints every pixel
    painter.end();
    return msOf(timer);
}

void print(const char *what, Figures &figures)
{
    std::printf("  %-42s wall median %6.2f max %6.2f ms, cpu median %6.2f max %6.2f ms (%zu)\n", what,
                Figures::median(figures.ms), Figures::max(figures.ms), Figures::median(figures.cpu),
                Figures::max(figures.cpu), figures.ms.size());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    SessionBrowser browser;
    browser.setNow(now);
    {
        QList<UsageSession> sessions = makeSessions(count, now);
        for (qsizetype i = 0; i < sessions.size(); i += 10000)
            browser.addSessions(sessions.mid(i, 10000));
    }
    browser.setSort({{SessionColumn::SessionId, Qt::AscendingOrder}});
    std::printf("bench-timeline: %d sessions in the store, %d in the view\n", browser.store().size(),
                browser.view().size());

    Figures build;
    TimelineLanes lanes;
    for (int i = 0; i < 5; ++i) {
        Timer timer;
        timer.start();
        lanes.build(browser.store(), browser.view());
        build.add(msOf(timer));
    }
    std::printf("  %d lanes, %d bars\n", lanes.laneCount(), lanes.barCount());
    print("lane build (whole view)", build);

    TimelineView view(&browser);
    view.resize(1920, 1080);
    view.show();
    QCoreApplication::processEvents();
    const QSize size = view.viewport()->size();
    const double width = size.width() - view.gutterWidth();

    for (const qreal ratio : {1.0, 2.0}) {
        std::printf("viewport %d×%d at %.0f× device pixel ratio:\n", size.width(), size.height(), ratio);
        QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        render(view, image); // the lanes are built on the first paint

        const struct { const char *name; qint64 from, to; } zooms[] = {
            {"repaint, all fitted (a year)", lanes.earliestStart(), now},
            {"repaint, a day", now - 30 * Day, now - 29 * Day},
            {"repaint, an hour", now - 30 * Day, now - 30 * Day + Hour},
        };
        for (const auto &zoom : zooms) {
            Figures figures;
            view.setScale(TimeScale::fitting(zoom.from, zoom.to, width));
            for (int i = 0; i < 10; ++i)
                figures.add(render(view, image));
            print(zoom.name, figures);
        }

        view.fitAll();
        Figures wheel;
        const QPointF at(view.gutterWidth() + width * 0.6, size.height() / 2.0);
        for (int step = 0; step < 40; ++step) { // in from a year to a few hours
            Timer timer;
            timer.start();
            QWheelEvent event(at, view.viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view.viewport(), &event);
            QPainter painter(&image);
            view.viewport()->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren); // no background: the viewport paints every pixel
            painter.end();
            wheel.add(msOf(timer));
        }
        print("wheel zoom step + repaint (40 steps in)", wheel);

        for (const auto &zoom : zooms) {
            view.setScale(TimeScale::fitting(zoom.from, zoom.to, width));
            Figures pan;
            for (int step = 0; step < 20; ++step) {
                Timer timer;
                timer.start();
                QKeyEvent key(QEvent::KeyPress, step % 2 ? Qt::Key_Left : Qt::Key_Right, Qt::NoModifier);
                QApplication::sendEvent(&view, &key);
                QPainter painter(&image);
                view.viewport()->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren); // no background: the viewport paints every pixel
                painter.end();
                pan.add(msOf(timer));
            }
            char name[96];
            std::snprintf(name, sizeof name, "pan step + repaint, %s", zoom.name + 9);
            print(name, pan);
        }
        Figures lanesDown;
        for (int step = 0; step < 20; ++step) {
            Timer timer;
            timer.start();
            QKeyEvent key(QEvent::KeyPress, Qt::Key_PageDown, Qt::NoModifier);
            QApplication::sendEvent(&view, &key);
            QPainter painter(&image);
            view.viewport()->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren); // no background: the viewport paints every pixel
            painter.end();
            lanesDown.add(msOf(timer));
        }
        print("page down the lanes + repaint", lanesDown);
        view.verticalScrollBar()->setValue(0);
    }
    return 0;
}
