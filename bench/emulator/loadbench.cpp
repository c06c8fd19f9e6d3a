// bench-emulator-load: a loopback load generator against an EmbeddedEmulator
// holding 100,000 generated sessions. Each scenario is bounded in requests
// and in time (at most 10 s). Clients are raw keep-alive HTTP/1.1 sockets on
// the main thread; the server runs on its own thread.
//
// Other builds share the machine, so beside wall-clock rates each scenario
// prints the server's CPU time (the process's CPU time minus the client
// thread's): requests and sessions per server-CPU second move much less
// with the load than the wall-clock rates do.
//
//   bench-emulator-load [--sessions N] [--seconds S] [--only small|bulk|walk] [--million]

#include "emulator/embeddedemulator.h"
#include "emulator/sessiondatabase.h"
#include "emulator/sessiongenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>
#include <vector>

namespace {

const QString Subscription = QStringLiteral("SUB-BENCH000-0000-0000-0000-000000000001");

double cpuSeconds(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

struct Stats
{
    qint64 requests = 0;
    qint64 sessions = 0;
    qint64 errors = 0;
    qint64 maxRequests = 0; // the clients stop sending at this count
    std::vector<qint64> latenciesUs;
};

// One keep-alive connection sending the next request when an answer is complete.
class LoadClient final : public QObject
{
public:
    LoadClient(quint16 port, std::function<QByteArray()> nextPath, Stats &stats, QObject *parent)
        : QObject(parent)
        , m_nextPath(std::move(nextPath))
        , m_stats(stats)
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
            sendNext();
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, &LoadClient::onReadyRead);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void stop() { m_stopped = true; }
    bool idle() const { return m_idle; }

private:
    void sendNext()
    {
        if (m_stopped || m_stats.requests >= m_stats.maxRequests) {
            m_idle = true;
            return;
        }
        m_head.clear();
        m_received = 0;
        m_headerEnd = -1;
        m_timer.start();
        m_socket.write("GET " + m_nextPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n\r\n");
    }

    // Keeps only the head of an answer (status line, headers, the page's
    // metadata) and skips the rest: a cheap client leaves the CPU to the
    // server it measures.
    void onReadyRead()
    {
        constexpr qsizetype HeadBytes = 4096;
        if (m_head.size() < HeadBytes) {
            const QByteArray part = m_socket.read(HeadBytes - m_head.size());
            m_received += part.size();
            m_head += part;
        }
        m_received += m_socket.skip(m_socket.bytesAvailable());
        if (m_headerEnd < 0) {
            m_headerEnd = m_head.indexOf("\r\n\r\n");
            if (m_headerEnd < 0)
                return;
            const qsizetype at = m_head.indexOf("Content-Length: ");
            m_contentLength = at >= 0 ? m_head.mid(at + 16, m_head.indexOf("\r\n", at) - at - 16).toLongLong() : 0;
            m_ok = m_head.startsWith("HTTP/1.1 200");
        }
        if (m_received < m_headerEnd + 4 + m_contentLength)
            return;
        m_stats.latenciesUs.push_back(m_timer.nsecsElapsed() / 1000);
        ++m_stats.requests;
        const qsizetype at = m_head.indexOf("\"recordsReturned\":", m_headerEnd);
        if (!m_ok || at < 0)
            ++m_stats.errors;
        else
            m_stats.sessions += m_head.mid(at + 18, m_head.indexOf(',', at) - at - 18).toLongLong();
        sendNext();
    }

    QTcpSocket m_socket;
    std::function<QByteArray()> m_nextPath;
    Stats &m_stats;
    QByteArray m_head;
    qint64 m_received = 0;
    qsizetype m_headerEnd = -1;
    qint64 m_contentLength = 0;
    bool m_ok = false;
    bool m_stopped = false;
    bool m_idle = false;
    QElapsedTimer m_timer;
};

Stats runScenario(quint16 port, int connections, qint64 maxRequests, int maxMs,
                  const std::function<QByteArray()> &nextPath)
{
    Stats stats;
    stats.maxRequests = maxRequests;
    QElapsedTimer clock;
    clock.start();
    const double processCpu0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double clientCpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    std::vector<std::unique_ptr<LoadClient>> clients;
    for (int i = 0; i < connections; ++i)
        clients.push_back(std::make_unique<LoadClient>(port, nextPath, stats, nullptr));
    QEventLoop loop;
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (stats.requests >= maxRequests || clock.elapsed() >= maxMs) {
            for (auto &c : clients)
                c->stop();
            if (std::all_of(clients.begin(), clients.end(), [](const auto &c) { return c->idle(); })
                || clock.elapsed() >= maxMs + 5000)
                loop.quit();
        }
    });
    check.start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double clientCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - clientCpu0;
    const double serverCpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpu0 - clientCpu;
    std::sort(stats.latenciesUs.begin(), stats.latenciesUs.end());
    const auto pct = [&](double p) {
        return stats.latenciesUs.empty() ? 0.0
                : double(stats.latenciesUs[size_t(p * double(stats.latenciesUs.size() - 1))]) / 1000.0;
    };
    std::printf("  %lld requests in %.2f s (%d connections): %.0f requests/s, %.0f sessions/s, "
                "p50 %.2f ms, p99 %.2f ms, errors %lld\n",
                static_cast<long long>(stats.requests), seconds, connections,
                double(stats.requests) / seconds, double(stats.sessions) / seconds, pct(0.5),
                pct(0.99), static_cast<long long>(stats.errors));
    std::printf("    CPU: server %.2f s, client %.2f s; per server-CPU second: %.0f requests, "
                "%.0f sessions (%.0f us/request)\n",
                serverCpu, clientCpu, double(stats.requests) / serverCpu,
                double(stats.sessions) / serverCpu, serverCpu * 1e6 / double(qMax<qint64>(1, stats.requests)));
    std::fflush(stdout);
    return stats;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const qint64 sessions = args.contains(QStringLiteral("--sessions"))
            ? args.value(args.indexOf(QStringLiteral("--sessions")) + 1).toLongLong()
            : 100000;
    const int seconds = args.contains(QStringLiteral("--seconds"))
            ? args.value(args.indexOf(QStringLiteral("--seconds")) + 1).toInt()
            : 8;
    const int maxMs = qBound(1, seconds, 20) * 1000;
    // --only runs one kind of scenario, e.g. under a profiler.
    const QString only = args.value(args.indexOf(QStringLiteral("--only")) + 1);
    const auto wanted = [&](const char *kind) {
        return !args.contains(QStringLiteral("--only")) || only == QLatin1String(kind);
    };

    Emulator::Options options;
    options.port = 0;
    options.generate.append({ Subscription, sessions });
    Emulator::EmbeddedEmulator emulator(options);
    QElapsedTimer clock;
    clock.start();
    QUrl base;
    QEventLoop loop;
    QObject::connect(&emulator, &Emulator::EmbeddedEmulator::started, &loop, [&](const QUrl &url) {
        base = url;
        loop.quit();
    });
    QObject::connect(&emulator, &Emulator::EmbeddedEmulator::failed, &loop, [&](const QString &m) {
        std::fprintf(stderr, "emulator failed: %s\n", qPrintable(m));
        loop.quit();
    });
    emulator.start();
    loop.exec();
    if (base.isEmpty())
        return 1;
    std::printf("emulator up with %lld generated sessions in %.2f s\n",
                static_cast<long long>(sessions), double(clock.elapsed()) / 1000.0);
    const quint16 port = quint16(base.port());
    const QByteArray prefix = base.path().toUtf8() + "/usage-sessions/" + Subscription.toUtf8();

    QRandomGenerator random(42);
    int flip = 0;
    const auto smallPage = [&] {
        const qint64 offset = random.bounded(quint32(qMax<qint64>(1, sessions - 100)));
        return prefix + "?records=100&offset=" + QByteArray::number(offset)
                + ((flip++ % 2) ? "&order_by=start&order=DESC" : "&order_by=created");
    };
    for (int connections : { 1, 4, 8 }) {
        if (!wanted("small"))
            break;
        std::printf("small pages (records=100, random offsets, order_by created/start):\n");
        runScenario(port, connections, 200000, maxMs, smallPage);
    }
    for (int records : { 1000, 8766 }) {
        if (!wanted("bulk"))
            break;
        std::printf("bulk pages (records=%d, random offsets):\n", records);
        const auto bulkPage = [&, records] {
            const qint64 offset = random.bounded(quint32(qMax<qint64>(1, sessions - records)));
            return prefix + "?records=" + QByteArray::number(records) + "&offset="
                    + QByteArray::number(offset) + "&order_by=created";
        };
        runScenario(port, 2, 100000, maxMs, bulkPage);
    }
    if (wanted("walk")) {
        std::printf("walking all pages in order (records=8766, offset = page * 8766):\n");
        qint64 nextOffset = 0;
        runScenario(port, 1, (sessions + 8765) / 8766, maxMs, [&] {
            const QByteArray path = prefix + "?records=8766&offset=" + QByteArray::number(nextOffset);
            nextOffset += 8766;
            return path;
        });
    }
    emulator.stop();

    if (args.contains(QStringLiteral("--million"))) {
        Emulator::SessionDatabase db;
        QString error;
        db.open(QString(), &error);
        clock.restart();
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        const bool ok = Emulator::SessionGenerator::generate(db, Subscription, 1000000,
                                                             options.defaultOrganizationId, 1,
                                                             QDateTime::currentMSecsSinceEpoch(), &error);
        std::printf("--generate of 1,000,000 sessions (in memory): %s in %.2f s (CPU %.2f s)\n",
                    ok ? "done" : "FAILED", double(clock.elapsed()) / 1000.0,
                    cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0);
    }
    return 0;
}
