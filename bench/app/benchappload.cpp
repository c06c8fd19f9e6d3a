// bench-app-load [count]: the desktop app's load path at scale. Starts the
// emulator with `count` (default 1,000,000) generated sessions of one
// subscription, then loads them the way the window does: ApiClient +
// SessionFetcher (4 requests in flight, pages of 8766) driven by the
// SessionLoader into a SessionBrowser whose model is shown in the real
// SessionTableView (offscreen). Prints time to first rows, time to all rows,
// memory per session, the GUI thread's longest stalls during the load, and
// the time of sorts and filter changes afterwards. Run a Release build.
//
// The emulator runs as a process of its own at the lowest CPU priority, as
// a server on another machine would: it neither shares this process's
// memory nor takes its cores. Set BENCH_APP_LOAD_EMBEDDED=1 to run it in
// this process instead, as demo mode does; then its 1.4 GB and the pages
// it encodes share the address space, and its page faults and the cores it
// takes show up as stalls of the GUI thread (measured on a 2-core VM: up to
// 40-60 ms where the GUI thread itself ran a few).

#include "api/apiclient.h"
#include "concurrency/workthreads.h"
#include "emulator/embeddedemulator.h"
#include "emulatorprocess.h"
#include "sessions/sessionloader.h"
#include "memory/heapreuse.h"
#include "sessions/sessionbrowser.h"
#include "ui/sessiontableview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QWindow>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <cstdio>
#include <functional>
#include <ctime>
#include <vector>

namespace {

qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

double cpuMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// What the kernel counted for the calling thread: page faults (fresh memory
// mapped and zeroed on first touch, a hidden cost of big buffers), times it
// gave up its core to wait (a lock, I/O) and times another thread took it.
struct ThreadUsage
{
    long pageFaults = 0;
    long waits = 0;
    long preemptions = 0;
    ThreadUsage operator-(const ThreadUsage &earlier) const
    {
        return {pageFaults - earlier.pageFaults, waits - earlier.waits, preemptions - earlier.preemptions};
    }
};

ThreadUsage threadUsage()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return {usage.ru_minflt + usage.ru_majflt, usage.ru_nvcsw, usage.ru_nivcsw};
}

// The same for every thread of the process: fresh memory a sort or filter
// touches, its own or its helper threads'.
long processPageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

// One clock for the probe and the event log, so a gap can be matched with
// the events inside it.
qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

// Wall time beside CPU time of the whole process and of the GUI thread: the
// machine is shared, so wall time alone says little.
struct Stopwatch
{
    QElapsedTimer wall;
    double processStart = 0;
    double threadStart = 0;
    long faultsStart = 0;
    void start()
    {
        faultsStart = processPageFaults();
        processStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
        threadStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        wall.start();
    }
    double wallMs() const { return double(wall.nsecsElapsed()) / 1e6; }
    QByteArray text() const
    {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "%8.1f ms (cpu: process %.1f ms, GUI thread %.1f ms; %ld page faults)",
                      wallMs(), cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processStart,
                      cpuMs(CLOCK_THREAD_CPUTIME_ID) - threadStart, processPageFaults() - faultsStart);
        return buffer;
    }
};

// Times every event the GUI thread handles (outermost deliveries only), so
// the longest stalls can be named: which receiver, which event.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool recording = false;
    struct Delivery
    {
        qint64 startNs;
        qint64 endNs;
        double cpuMs; // of the GUI thread
        QByteArray what;
        ThreadUsage usage;
        double wallMs() const { return double(endNs - startNs) / 1e6; }
    };
    std::vector<Delivery> deliveries; // every outermost delivery while recording, in order
    struct Kind { int count = 0; int over16 = 0; double cpuMs = 0; double maxCpuMs = 0; long pageFaults = 0; };
    std::map<QByteArray, Kind> kinds; // GUI thread CPU by receiver class and event
    // The GUI thread's CPU between outermost deliveries: the event loop's
    // own work (polling, timers) and whatever bypasses notify().
    double lastEventEndCpuMs = 0;
    double betweenEventsCpuMs = 0;
    double maxBetweenEventsCpuMs = 0;
    QObject *watchedViewport = nullptr;
    std::function<void()> onViewportPainted;

    bool notify(QObject *receiver, QEvent *event) override
    {
        // notify() sees the events of every thread (the network manager's,
        // the emulator's): only the GUI thread's are timed, and only its
        // own nesting counts.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        if (m_depth > 0 || !recording) {
            ++m_depth;
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            afterDelivery(receiver, event);
            return result;
        }
        const int type = event->type();
        const QByteArray className = receiver->metaObject()->className();
        QByteArray what = className;
        if (receiver->parent()) // a timer or a reply says little alone: whose is it?
            what += " of " + QByteArray(receiver->parent()->metaObject()->className());
        if (!receiver->objectName().isEmpty())
            what += " \"" + receiver->objectName().toUtf8() + '"';
        if (type == QEvent::MetaCall)
            what += " (queued call)";
        else
            what += " (event " + QByteArray::number(type) + ' '
                + QMetaEnum::fromType<QEvent::Type>().valueToKey(type) + ')';
        const qint64 startNs = monotonicNs();
        const double cpuStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        const ThreadUsage usageStart = threadUsage();
        if (lastEventEndCpuMs > 0) {
            const double between = cpuStart - lastEventEndCpuMs;
            betweenEventsCpuMs += between;
            maxBetweenEventsCpuMs = std::max(maxBetweenEventsCpuMs, between);
        }
        ++m_depth;
        const bool result = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 endNs = monotonicNs();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - cpuStart;
        const ThreadUsage usage = threadUsage() - usageStart;
        deliveries.push_back({startNs, endNs, cpu, what, usage});
        afterDelivery(receiver, event);
        lastEventEndCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        Kind &kind = kinds[what];
        ++kind.count;
        kind.over16 += cpu > 16.0 ? 1 : 0;
        kind.cpuMs += cpu;
        kind.pageFaults += usage.pageFaults;
        kind.maxCpuMs = std::max(kind.maxCpuMs, cpu);
        return result;
    }

private:
    void afterDelivery(QObject *receiver, QEvent *event)
    {
        if (receiver == watchedViewport && event->type() == QEvent::Paint && onViewportPainted)
            onViewportPainted();
    }

    int m_depth = 0;
};

// The gaps between ticks of a 1 ms timer on the GUI thread: how long the
// window could not react.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = monotonicNs();
            const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            const ThreadUsage usage = threadUsage();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_gapEnds.push_back(now);
            m_gapCpuMs.push_back(cpu - m_lastCpuMs);
            m_gapUsage.push_back(usage - m_lastUsage);
            m_last = now;
            m_lastCpuMs = cpu;
            m_lastUsage = usage;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_gapEnds.clear();
        m_gapCpuMs.clear();
        m_gapUsage.clear();
        m_last = m_startNs = monotonicNs();
        m_lastCpuMs = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        m_lastUsage = threadUsage();
        m_timer.start();
    }
    // A gap, and what the GUI thread did in it: ran (cpu), waited (blocked
    // or idle in poll), or was preempted by another thread.
    struct Gap { qint64 startNs; qint64 endNs; double ms; double cpuMs; ThreadUsage usage; };
    std::vector<Gap> longest(size_t count) const
    {
        std::vector<Gap> gaps;
        for (size_t i = 0; i < m_gaps.size(); ++i)
            gaps.push_back({m_gapEnds[i] - qint64(m_gaps[i] * 1e6), m_gapEnds[i], m_gaps[i], m_gapCpuMs[i], m_gapUsage[i]});
        std::sort(gaps.begin(), gaps.end(), [](const Gap &a, const Gap &b) { return a.ms > b.ms; });
        gaps.resize(std::min(count, gaps.size()));
        return gaps;
    }
    void stop() { m_timer.stop(); }
    qint64 startedAtNs() const { return m_startNs; }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
    }
    double max() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    int over(double ms) const { return int(std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; })); }
    // Gaps the GUI thread spent mostly running (its own work), apart from
    // those it spent preempted by other threads or processes, or blocked:
    // how many are over `ms`, and the longest.
    std::pair<int, double> ranThroughOver(double ms) const
    {
        int count = 0;
        double longest = 0;
        for (size_t i = 0; i < m_gaps.size(); ++i) {
            if (m_gapCpuMs[i] < m_gaps[i] / 2)
                continue;
            longest = std::max(longest, m_gaps[i]);
            count += m_gaps[i] > ms ? 1 : 0;
        }
        return {count, longest};
    }
    size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
    qint64 m_startNs = 0;
    std::vector<qint64> m_gapEnds;
    double m_lastCpuMs = 0;
    ThreadUsage m_lastUsage;
    std::vector<double> m_gapCpuMs;
    std::vector<ThreadUsage> m_gapUsage;
};

void settle()
{
    // Lets the view repaint what the last change invalidated.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

} // namespace

int main(int argc, char **argv)
{
    keepFreedMemoryForReuse(); // as the app does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the bench away from the user's settings and demo database.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    TimedApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench-app-load"));
    const qint64 count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toLongLong() : 1'000'000;
    const QString subscription = QStringLiteral("SUB-BENCH-0000-0000-0000-000000000001");
    std::printf("sessions: %lld, sizeof(UsageSession) %zu\n", count, sizeof(BillForward::UsageSession));

    const qint64 heapAtStart = heapInUse();
    const bool embedded = qEnvironmentVariableIntValue("BENCH_APP_LOAD_EMBEDDED") == 1;
    Emulator::EmbeddedEmulator *emulator = nullptr;
    TestSupport::EmulatorProcess emulatorProcess;
    QUrl baseUrl;
    Stopwatch timer;
    timer.start();
    if (!embedded) {
        emulatorProcess.setLowestPriority(); // a server's cores are not this machine's
        emulatorProcess.setHugePageHeap(); // nor are its page faults
        if (!emulatorProcess.start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                                    subscription + QLatin1Char(':') + QString::number(count)},
                                   120'000)) {
            std::fprintf(stderr, "the emulator (%s) did not start\n", USA_EMULATOR_PATH);
            return 1;
        }
        baseUrl = emulatorProcess.url();
    } else {
        Emulator::Options options;
        options.port = 0;
        options.generate = {{subscription, count}};
        emulator = new Emulator::EmbeddedEmulator(options);
        QEventLoop loop;
        QObject::connect(emulator, &Emulator::EmbeddedEmulator::started, &loop, &QEventLoop::quit);
        QObject::connect(emulator, &Emulator::EmbeddedEmulator::failed, &loop, [](const QString &message) {
            std::fprintf(stderr, "emulator failed: %s\n", qPrintable(message));
            std::exit(1);
        });
        emulator->start();
        loop.exec();
        baseUrl = emulator->baseUrl();
    }
    std::printf("emulator (%s): generated and listening in %s\n",
                embedded ? "in this process" : "a process of its own, lowest priority", timer.text().constData());
    const qint64 heapEmulator = heapInUse() - heapAtStart;

    SessionBrowser browser;
    browser.setNow(QDateTime::currentMSecsSinceEpoch());
    browser.setPageSize(100);
    browser.setSort(SessionTableView::defaultSortKeys());
    SessionTableView table(&browser);
    // The window's columns: the defaults (settings are empty here), four of
    // the fourteen hidden. BENCH_APP_LOAD_ALL_COLUMNS=1 shows all fourteen.
    if (!qEnvironmentVariableIsSet("BENCH_APP_LOAD_ALL_COLUMNS"))
        table.restoreLayout();
    table.resize(1500, 800);
    table.show();
    {
        QElapsedTimer wait;
        wait.start();
        while (!table.windowHandle() || !table.windowHandle()->isExposed()) {
            if (wait.elapsed() > 5000) {
                std::fprintf(stderr, "the table was never exposed\n");
                return 1;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
    }
    settle();

    BillForward::ApiClient client;
    client.setBaseUrl(baseUrl);
    auto *loader = new SessionLoader(&browser);
    loader->setClient(&client);
    // As the main window does: keep the selection across every batch, and
    // read what the filter bar and the pagination bar show.
    QObject::connect(loader, &SessionLoader::aboutToChangeRows, &table, &SessionTableView::saveSelection);
    QObject::connect(loader, &SessionLoader::rowsChangedByLoad, &table, &SessionTableView::restoreSelection);
    table.followLoads(loader);
    int contentChanges = 0;
    QObject::connect(&browser, &SessionBrowser::contentChanged, &table, [&] {
        ++contentChanges;
        (void)browser.view().stateCounts();
        (void)browser.uoms();
        (void)browser.pricingComponents();
        (void)browser.pager().rangeText(browser.store().size());
    });

    double firstRowsMs = -1, firstPaintMs = -1;
    double longestMergeMs = 0, totalMergeMs = 0, longestMergeCpuMs = 0, totalMergeCpuMs = 0;
    int batches = 0;
    Stopwatch mergeTimer;
    QObject::connect(loader, &SessionLoader::aboutToChangeRows, &table, [&] { mergeTimer.start(); });
    QObject::connect(loader, &SessionLoader::rowsChangedByLoad, &table, [&] {
        const double ms = mergeTimer.wallMs();
        const double cpu = cpuMs(CLOCK_THREAD_CPUTIME_ID) - mergeTimer.threadStart;
        longestMergeMs = std::max(longestMergeMs, ms);
        totalMergeMs += ms;
        longestMergeCpuMs = std::max(longestMergeCpuMs, cpu);
        totalMergeCpuMs += cpu;
        ++batches;
    });
    QObject::connect(browser.model(), &QAbstractItemModel::rowsInserted, &table, [&] {
        if (firstRowsMs < 0) {
            firstRowsMs = timer.wallMs();
            table.selectRow(2); // a selection to keep, as a user would have
        }
    });
    app.watchedViewport = table.viewport();
    app.onViewportPainted = [&] {
        if (firstPaintMs < 0 && browser.model()->rowCount() > 0)
            firstPaintMs = timer.wallMs();
    };

    StallProbe probe;
    BillForward::ApiError loadError;
    const qint64 heapBeforeLoad = heapInUse();
    const qint64 emulatorFaultsBeforeLoad = embedded ? -1 : emulatorProcess.pageFaults();
    timer.start();
    probe.start();
    app.recording = true;
    {
        QEventLoop loop;
        QObject::connect(loader, &SessionLoader::loadFinished, &loop,
                         [&](SessionLoader::Origin, const BillForward::ApiError &error) {
                             loadError = error;
                             loop.quit();
                         });
        loader->open(subscription, false);
        loop.exec();
    }
    const QByteArray loadText = timer.text();
    probe.stop();
    app.recording = false;
    if (loadError.isError()) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(loadError.message()));
        return 1;
    }
    std::printf("first rows in the model:  %8.1f ms; first painted with rows %.1f ms\n", firstRowsMs, firstPaintMs);
    std::printf("all %d rows loaded:     %s\n", browser.store().size(), loadText.constData());
    if (const qint64 faults = embedded ? -1 : emulatorProcess.pageFaults(); faults >= 0 && emulatorFaultsBeforeLoad >= 0)
        std::printf("the emulator's page faults while it served them: %lld\n", faults - emulatorFaultsBeforeLoad);
    std::printf("merges on the GUI thread: %d batches, %.1f ms in all (cpu %.1f ms), longest %.1f ms (cpu %.1f ms) "
                "(addSessions + keeping the selection)\n",
                batches, totalMergeMs, totalMergeCpuMs, longestMergeMs, longestMergeCpuMs);
    std::printf("GUI thread stalls (1 ms timer, %zu ticks): max %.1f ms, p99 %.1f ms, p99.9 %.1f ms, %d gaps over 16 ms\n",
                probe.ticks(), probe.max(), probe.percentile(0.99), probe.percentile(0.999), probe.over(16.0));
    const auto [ranOver, ranLongest] = probe.ranThroughOver(16.0);
    std::printf("  of them gaps the GUI thread ran at least half of (its own work, not preempted or blocked): "
                "longest %.1f ms, %d over 16 ms\n", ranLongest, ranOver);
    // What filled the longest gaps: one slow event, or several in a row.
    for (const StallProbe::Gap &gap : probe.longest(3)) {
        std::printf("  gap %5.1f ms at %.0f ms (cpu %.1f ms, %ld waits, %ld preemptions):", gap.ms,
                    double(gap.startNs - probe.startedAtNs()) / 1e6, gap.cpuMs, gap.usage.waits, gap.usage.preemptions);
        double inEvents = 0;
        for (const auto &delivery : app.deliveries) {
            if (delivery.endNs <= gap.startNs || delivery.startNs >= gap.endNs)
                continue;
            const double ms = double(std::min(delivery.endNs, gap.endNs) - std::max(delivery.startNs, gap.startNs)) / 1e6;
            inEvents += ms;
            if (ms >= 0.5)
                std::printf(" [%.1f ms, cpu %.1f, %ld waits, %ld preemptions, %ld faults: %s]", ms, delivery.cpuMs,
                            delivery.usage.waits, delivery.usage.preemptions, delivery.usage.pageFaults,
                            delivery.what.constData());
        }
        std::printf(" [%.1f ms outside events]\n", gap.ms - inEvents);
    }
    {
        // The longest deliveries (wall), at most eight of 4 ms or more.
        std::vector<TimedApplication::Delivery> slowest = app.deliveries;
        const auto longer = [](const auto &a, const auto &b) { return a.wallMs() > b.wallMs(); };
        const size_t shown = std::min<size_t>(8, slowest.size());
        std::partial_sort(slowest.begin(), slowest.begin() + qsizetype(shown), slowest.end(), longer);
        for (size_t i = 0; i < shown && slowest[i].wallMs() >= 4.0; ++i) {
            const auto &slow = slowest[i];
            std::printf("  slow event: %6.1f ms (GUI thread cpu %5.1f ms, %ld waits, %ld preemptions)  %s\n",
                        slow.wallMs(), slow.cpuMs, slow.usage.waits, slow.usage.preemptions, slow.what.constData());
        }
    }
    {
        // Wall gaps include time the thread waited for a core on a busy
        // machine; the CPU each event took is what the code costs.
        std::vector<double> cpu;
        cpu.reserve(app.deliveries.size());
        for (const auto &delivery : app.deliveries)
            cpu.push_back(delivery.cpuMs);
        const auto busiest = std::max_element(app.deliveries.cbegin(), app.deliveries.cend(),
                                              [](const auto &a, const auto &b) { return a.cpuMs < b.cpuMs; });
        std::sort(cpu.begin(), cpu.end());
        const auto at = [&](double p) { return cpu.empty() ? 0.0 : cpu[std::min(cpu.size() - 1, size_t(p * double(cpu.size())))]; };
        std::printf("GUI thread CPU per event (%zu events): max %.1f ms (%s), p99 %.2f ms, p99.9 %.1f ms, %d over 16 ms\n",
                    cpu.size(), busiest == app.deliveries.cend() ? 0.0 : busiest->cpuMs,
                    busiest == app.deliveries.cend() ? "" : busiest->what.constData(), at(0.99), at(0.999),
                    int(std::count_if(cpu.begin(), cpu.end(), [](double c) { return c > 16.0; })));
        double sum = 0;
        for (double c : cpu)
            sum += c;
        std::printf("  GUI thread CPU inside those events: %.1f ms; between them %.1f ms (longest stretch %.1f ms)\n", sum,
                    app.betweenEventsCpuMs, app.maxBetweenEventsCpuMs);
        // Which kinds of event the GUI thread spent its time on.
        std::vector<std::pair<QByteArray, TimedApplication::Kind>> kinds(app.kinds.cbegin(), app.kinds.cend());
        std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.second.cpuMs > b.second.cpuMs; });
        for (size_t i = 0; i < kinds.size() && kinds[i].second.cpuMs >= 1.0; ++i)
            std::printf("  events %-45s %5d, cpu %7.1f ms in all, max %5.1f ms, %d over 16 ms, %ld page faults\n",
                        kinds[i].first.constData(), kinds[i].second.count, kinds[i].second.cpuMs,
                        kinds[i].second.maxCpuMs, kinds[i].second.over16, kinds[i].second.pageFaults);
    }

    // Memory: an emulator in this process goes first; what stays is the
    // app side (store, view, model, fetcher, network manager).
    const qint64 heapLoaded = heapInUse();
    delete emulator;
    emulatorProcess.kill();
    // Pages asked for beyond the end may still be decoding (a parser holds
    // several times a page while it works): wait, and drop their results.
    WorkThreads::waitForBackgroundWork();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
    const qint64 heapAppSide = heapInUse() - heapAtStart;
    delete loader; // the fetcher's set of keys seen goes with it
    // ... freed on the thread pool: wait for it, or the keys count as the store's.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 heapStoreView = heapInUse() - heapAtStart;
    std::printf("memory: emulator %.1f MB at start in this process; heap growth during the load %.1f MB\n",
                double(heapEmulator) / 1e6, double(heapLoaded - heapBeforeLoad) / 1e6);
    std::printf("memory, app side after the load (emulator stopped): %.1f bytes/session "
                "(store + view + model + table + fetcher + network manager)\n",
                double(heapAppSide) / double(count));
    std::printf("memory, store + view + model + table alone (fetcher deleted too): %.1f bytes/session; "
                "store's own estimate %.1f bytes/session\n",
                double(heapStoreView) / double(count), double(browser.store().approximateBytes()) / double(count));

    {
        // One paint of the table's page is one GUI-thread event: what it costs.
        std::vector<double> paints;
        const int repaints = qMax(9, qEnvironmentVariableIntValue("BENCH_APP_LOAD_REPAINTS")); // more for profiling
        for (int i = 0; i < repaints; ++i) {
            const double start = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            table.viewport()->repaint();
            paints.push_back(cpuMs(CLOCK_THREAD_CPUTIME_ID) - start);
        }
        std::sort(paints.begin(), paints.end());
        std::printf("repaint of the table (%d rows of the page visible): cpu median %.1f ms, min %.1f ms, max %.1f ms\n",
                    table.rowAt(table.viewport()->height() - 1) + 1, paints[paints.size() / 2], paints.front(),
                    paints.back());
    }

    if (qEnvironmentVariableIsSet("BENCH_APP_LOAD_ONLY")) // for profiling the load alone
        return 0;
    for (int c = 0; c < SessionColumnCount; ++c) {
        timer.start();
        browser.setSort({{SessionColumn(c), Qt::AscendingOrder}});
        const QByteArray sortText = timer.text();
        Stopwatch paint;
        paint.start();
        settle();
        std::printf("sort %-22s %s, then painted in %.1f ms\n", qPrintable(jsonNameOf(SessionColumn(c))),
                    sortText.constData(), paint.wallMs());
    }
    timer.start();
    browser.setSort({{SessionColumn::Uom, Qt::AscendingOrder}, {SessionColumn::Start, Qt::DescendingOrder}});
    std::printf("sort uom, then start desc    %s\n", timer.text().constData());
    browser.setSort(SessionTableView::defaultSortKeys());
    settle();

    // Filters as a user types them (each keystroke a filter change), then
    // field terms and the state choice.
    const auto applyFilter = [&](const SessionFilter &filter, const char *label) {
        timer.start();
        browser.setFilter(filter);
        const QByteArray filterText = timer.text();
        settle();
        std::printf("filter %-28s %s (%d rows)\n", label, filterText.constData(), browser.view().size());
    };
    SessionFilter filter;
    for (const QString &typed : {QStringLiteral("7"), QStringLiteral("77"), QStringLiteral("777"),
                                 QStringLiteral("7770"), QStringLiteral("3fa")}) {
        filter.setText(typed);
        applyFilter(filter, qPrintable(QStringLiteral("text \"%1\"").arg(typed)));
    }
    for (const QString &typed : {QStringLiteral("minutes"), QStringLiteral("session 4242"),
                                 QStringLiteral("uom:GB"), QStringLiteral("pc:\"data transfer\" 99"),
                                 QStringLiteral("session:gen- desc:load")}) {
        filter.setText(typed);
        applyFilter(filter, qPrintable(QStringLiteral("text \"%1\"").arg(typed)));
    }
    filter.setText(QString());
    filter.setState(SessionFilter::StateChoice::Active);
    applyFilter(filter, "state active");
    filter.setState(SessionFilter::StateChoice::Historic);
    applyFilter(filter, "state historic");
    filter.setState(SessionFilter::StateChoice::All);
    applyFilter(filter, "cleared");
    return 0;
}
