#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>

namespace Emulator {

// What an applied start or stop is answered with instead of its result:
// the answers after which a client cannot know whether its write took
// effect (tests of outcome classification and reconciliation).
enum class WriteFault {
    None,
    ServerError,     // 500 with a ServerError body
    BareServerError, // 500 with an empty body
    SeeOther,        // 303 to another path of the same origin
    CutBody,         // 200 whose body stops half way (connection closed)
    Drop,            // the connection closed without an answer
    Stall,           // no answer at all: the client's timeout fires
};

// Requests being answered (received, answer not yet written) and the most
// at once, read from another thread: how tests see a client's ceiling on
// requests in flight at the server.
struct RequestGauge
{
    std::atomic<int> now{0};
    std::atomic<int> most{0};
    std::atomic<int> total{0};

    void enter()
    {
        ++total;
        const int current = ++now;
        int seen = most.load();
        while (current > seen && !most.compare_exchange_weak(seen, current)) {
        }
    }
    void leave() { --now; }
};

// Everything the command line sets.
struct Options
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080;                          // 0: a free port
    QString basePath = QStringLiteral("/RestAPI");
    QString databasePath;                          // empty: in memory
    QByteArray token;                              // empty: no auth (loopback only)
    QString defaultOrganizationId = QStringLiteral("ORG-DEMO0000-0000-0000-0000-000000000001");
    bool demoData = false;
    QList<QPair<QString, qint64>> generate;        // subscription, count
    int generatedSubscriptions = 0;                // --generate-subscriptions N:M, N
    int sessionsPerGeneratedSubscription = 0;      // M
    int latencyMinMs = 0;
    int latencyMaxMs = 0;
    double failRate = 0.0;                         // share of 500 answers
    int rateLimitPerSecond = 0;                    // 0: unlimited
    double dropRate = 0.0;                         // share of applied requests whose connection is dropped
    WriteFault writeFault = WriteFault::None;      // the answer to every applied start or stop
    int pageCap = 0;                               // most rows a page serves, whatever `records` asks (0: none)
    qint64 maxBodyBytes = qint64(10) * 1024 * 1024;
    quint32 seed = 20261127;                       // demo data and fault injection are repeatable
    std::shared_ptr<RequestGauge> gauge;           // counts requests at the server (tests); null: not counted
};

} // namespace Emulator
