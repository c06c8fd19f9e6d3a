// bench-sweep [subscriptions] [sessions-each] [rate-limit]: a sweep of a
// watch list at scale. Starts the emulator as a process of its own
// (`--generate-subscriptions 500:300 --latency-ms 50-150`, lowest CPU
// priority, as a server on another machine), then sweeps the active
// sessions of every subscription with a WatchLoader into a SessionBrowser
// shown in the real SessionTableView (offscreen), at 4 and at 6 requests in
// flight. Prints the sweep time beside the bound the issue sets, 1.2 ×
// (subscriptions × mean latency ÷ requests in flight), the GUI thread's
// longest gap and its gaps over 16 ms, and the most requests seen in flight.
// A second emulator with `--rate-limit` (default 20 a second) is then swept:
// the 429s, whether any request left before its Retry-After, and whether
// the sweep completed. Run a Release build. Exit 0 when every figure is
// within its bound, 3 when one is not.

#include "api/apiclient.h"
#include "emulatorprocess.h"
#include "memory/heapreuse.h"
#include "sessions/sessionbrowser.h"
#include "ui/sessiontableview.h"
#include "watch/watchloader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

constexpr int LatencyMinMs = 50;
constexpr int LatencyMaxMs = 150;
constexpr int RetryAfterMs = 1000; // the emulator's Retry-After: 1

// The gaps between ticks of a 1 ms timer on the GUI thread: how long the
// window could not react (as bench-app-load measures them).
class GapProbe : public QObject
{
public:
    GapProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            const double gap = double(now - m_last) / 1e6;
            m_longest = std::max(m_longest, gap);
            m_over16 += gap > 16.0 ? 1 : 0;
            // A gap the GUI thread ran at least half of was its own work;
            // the others it spent preempted (a loaded machine) or blocked.
            if (cpu - m_lastCpu >= gap / 2) {
                m_longestRan = std::max(m_longestRan, gap);
                m_ranOver16 += gap > 16.0 ? 1 : 0;
            }
            ++m_ticks;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longest = m_longestRan = 0;
        m_over16 = m_ranOver16 = 0;
        m_ticks = 0;
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longest() const { return m_longest; }
    int over16() const { return m_over16; }
    int ticks() const { return m_ticks; }
    double longestRan() const { return m_longestRan; }
    int ranOver16() const { return m_ranOver16; }

private:
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_longest = 0;
    int m_over16 = 0;
    int m_ticks = 0;
    double m_lastCpu = 0;
    double m_longestRan = 0;
    int m_ranOver16 = 0;
};

// The client's attempts as they leave and as answers come back, on one
// clock: requests in flight, and the 429s with the requests after them.
struct WireLog
{
    QElapsedTimer clock;
    int inFlight = 0;
    int mostInFlight = 0;
    int sent = 0;
    int answered = 0;
    qint64 roundTripsMs = 0; // sent to answered, summed
    QHash<QUrl, qint64> pending;
    std::vector<qint64> sentAt;
    std::vector<qint64> limitedAt;

    void attach(BillForward::ApiClient &client)
    {
        QObject::connect(&client, &BillForward::ApiClient::requestSent, &client, [this](const QUrl &url) {
            ++sent;
            mostInFlight = std::max(mostInFlight, ++inFlight);
            sentAt.push_back(clock.elapsed());
            pending.insert(url, clock.elapsed());
        });
        QObject::connect(&client, &BillForward::ApiClient::answerReceived, &client, [this](const QUrl &url, int status) {
            --inFlight;
            if (const auto it = pending.constFind(url); it != pending.cend()) {
                roundTripsMs += clock.elapsed() - *it;
                ++answered;
                pending.erase(it);
            }
            if (status == 429)
                limitedAt.push_back(clock.elapsed());
        });
    }
    void start()
    {
        inFlight = mostInFlight = sent = answered = 0;
        roundTripsMs = 0;
        pending.clear();
        sentAt.clear();
        limitedAt.clear();
        clock.start();
    }
    double meanRoundTripMs() const { return answered > 0 ? double(roundTripsMs) / answered : 0; }
    // Requests sent within a Retry-After of a 429 answered before them; the
    // shortest wait seen after a 429 (-1 when none followed one).
    std::pair<int, qint64> sentEarly() const
    {
        int early = 0;
        qint64 shortest = -1;
        for (const qint64 limited : limitedAt) {
            const auto next = std::upper_bound(sentAt.cbegin(), sentAt.cend(), limited);
            if (next == sentAt.cend())
                continue;
            shortest = shortest < 0 ? *next - limited : std::min(shortest, *next - limited);
            for (auto it = next; it != sentAt.cend() && *it - limited < RetryAfterMs; ++it)
                ++early;
        }
        return {early, shortest};
    }
};

struct SweepResult
{
    bool finished = false;
    int failed = 0;
    double ms = 0;
    int rows = 0;
    int paused = 0;
};

SweepResult sweep(WatchLoader &loader, SessionBrowser &browser, const QStringList &ids, int timeoutMs)
{
    SweepResult result;
    QEventLoop loop;
    QElapsedTimer clock;
    const auto finished = QObject::connect(&loader, &WatchLoader::sweepFinished, &loop,
                                           [&](SessionLoader::Origin, int failed) {
                                               result.finished = true;
                                               result.failed = failed;
                                               result.ms = double(clock.nsecsElapsed()) / 1e6;
                                               loop.quit();
                                           });
    const auto paused = QObject::connect(&loader, &WatchLoader::paused, &loop, [&] { ++result.paused; });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    clock.start();
    loader.open(ids);
    loop.exec();
    QObject::disconnect(finished);
    QObject::disconnect(paused);
    result.rows = browser.store().size();
    return result;
}

bool startEmulator(TestSupport::EmulatorProcess &process, int subscriptions, int each, int rateLimit)
{
    // A server's cores are not this machine's. On a loaded machine the
    // emulator then waits for an idle core, which lengthens its answers:
    // BENCH_SWEEP_NORMAL_PRIORITY=1 runs it at normal priority to tell
    // that apart from the client's own cost.
    if (qEnvironmentVariableIntValue("BENCH_SWEEP_NORMAL_PRIORITY") != 1)
        process.setLowestPriority();
    QStringList arguments = {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate-subscriptions"),
                             QStringLiteral("%1:%2").arg(subscriptions).arg(each), QStringLiteral("--latency-ms"),
                             QStringLiteral("%1-%2").arg(LatencyMinMs).arg(LatencyMaxMs)};
    if (rateLimit > 0)
        arguments << QStringLiteral("--rate-limit") << QString::number(rateLimit);
    if (!process.start(arguments, 300'000)) {
        std::fprintf(stderr, "the emulator (%s) did not start: %s\n", USA_EMULATOR_PATH,
                     process.standardError().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    keepFreedMemoryForReuse(); // as the app does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench-sweep"));
    const int subscriptions = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int each = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 300;
    const int rateLimit = argc > 3 ? QString::fromLocal8Bit(argv[3]).toInt() : 20;
    if (subscriptions < 1 || each < 1 || rateLimit < 1) {
        std::fprintf(stderr, "usage: bench-sweep [subscriptions] [sessions-each] [rate-limit]\n");
        return 2;
    }
    QStringList ids;
    for (int index = 0; index < subscriptions; ++index)
        ids << QStringLiteral("SUB-GEN-%1").arg(index, 5, 10, QLatin1Char('0'));

    QElapsedTimer startup;
    startup.start();
    TestSupport::EmulatorProcess emulator;
    if (!startEmulator(emulator, subscriptions, each, 0))
        return 1;
    std::printf("emulator: --generate-subscriptions %d:%d --latency-ms %d-%d, listening after %lld ms\n",
                subscriptions, each, LatencyMinMs, LatencyMaxMs, startup.elapsed());

    SessionBrowser browser;
    browser.setNow(QDateTime::currentMSecsSinceEpoch());
    browser.setPageSize(100);
    SessionTableView table(&browser);
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

    BillForward::ApiClient client;
    client.setBaseUrl(emulator.url());
    WireLog wire;
    wire.attach(client);
    WatchLoader loader(&browser);
    loader.setClient(&client);
    QObject::connect(&loader, &WatchLoader::aboutToChangeRows, &table, &SessionTableView::saveSelection);
    QObject::connect(&loader, &WatchLoader::rowsChangedByLoad, &table, &SessionTableView::restoreSelection);

    const double meanLatencyMs = (LatencyMinMs + LatencyMaxMs) / 2.0;
    bool allWithin = true;
    int merges = 0;
    double longestMergeMs = 0;
    QElapsedTimer mergeClock;
    QObject::connect(&loader, &WatchLoader::aboutToChangeRows, &table, [&] { mergeClock.start(); });
    QObject::connect(&loader, &WatchLoader::rowsChangedByLoad, &table, [&] {
        ++merges;
        longestMergeMs = std::max(longestMergeMs, double(mergeClock.nsecsElapsed()) / 1e6);
    });
    for (const int inFlight : {4, 6}) {
        loader.setConcurrency(inFlight);
        merges = 0;
        longestMergeMs = 0;
        GapProbe probe;
        wire.start();
        probe.start();
        const SweepResult result = sweep(loader, browser, ids, 300'000);
        probe.stop();
        const double bound = 1.2 * subscriptions * meanLatencyMs / inFlight;
        allWithin = allWithin && result.finished && result.ms <= bound;
        std::printf("\n%d in flight: sweep of %d subscriptions %s in %.0f ms (%d failed), %d active sessions shown\n",
                    inFlight, subscriptions, result.finished ? "completed" : "DID NOT COMPLETE", result.ms,
                    result.failed, result.rows);
        std::printf("  bound 1.2 x (%d x %.0f ms / %d) = %.0f ms: %s (latency alone: %.0f ms)\n", subscriptions,
                    meanLatencyMs, inFlight, bound, result.ms <= bound ? "within" : "MISSED",
                    subscriptions * meanLatencyMs / inFlight);
        std::printf("  requests: %d sent, at most %d in flight (client side); mean round trip %.1f ms, "
                    "so the answers alone allow %.0f ms\n",
                    wire.sent, wire.mostInFlight, wire.meanRoundTripMs(),
                    subscriptions * wire.meanRoundTripMs() / inFlight);
        std::printf("  GUI thread (1 ms timer, %d ticks): longest gap %.1f ms, %d gaps over 16 ms; of the gaps it "
                    "ran at least half of (its own work): longest %.1f ms, %d over 16 ms\n",
                    probe.ticks(), probe.longest(), probe.over16(), probe.longestRan(), probe.ranOver16());
        std::printf("  merges into the browser: %d, longest %.1f ms\n", merges, longestMergeMs);
    }
    emulator.kill();

    // Against a server that limits its clients' rate.
    TestSupport::EmulatorProcess limited;
    startup.restart();
    if (!startEmulator(limited, subscriptions, each, rateLimit))
        return 1;
    std::printf("\nemulator with --rate-limit %d (429, Retry-After: 1), listening after %lld ms\n", rateLimit,
                startup.elapsed());
    client.setBaseUrl(limited.url());
    loader.setConcurrency(4);
    wire.start();
    GapProbe probe;
    probe.start();
    const SweepResult result = sweep(loader, browser, ids, 600'000);
    probe.stop();
    const auto [early, shortest] = wire.sentEarly();
    std::printf("4 in flight: sweep %s in %.0f ms (%d failed), %d active sessions shown\n",
                result.finished ? "completed" : "DID NOT COMPLETE", result.ms, result.failed, result.rows);
    std::printf("  %zu answers 429, %d pauses; requests sent within Retry-After of a 429: %d "
                "(shortest wait after a 429: %lld ms)\n",
                wire.limitedAt.size(), result.paused, early, shortest);
    std::printf("  requests: %d sent, at most %d in flight; GUI thread: longest gap %.1f ms, %d over 16 ms "
                "(its own work: longest %.1f ms, %d over 16 ms)\n",
                wire.sent, wire.mostInFlight, probe.longest(), probe.over16(), probe.longestRan(), probe.ranOver16());
    return allWithin && result.finished && result.failed == 0 && early == 0 ? 0 : 3;
}
