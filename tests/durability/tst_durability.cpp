// Durability: the emulator executable on a database file, several clients
// starting and stopping sessions at once, killed with SIGKILL at a seeded
// random moment and restarted on the same file. Every change answered 200 is
// there exactly once, nothing the clients did not ask for appeared, and the
// sessions nobody touched are byte for byte what they were.

#include "emulatorprocess.h"

#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "wire/sessioncodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace BillForward;

namespace {

const QByteArray Token = "durability-secret-42";
const QString Busy = QStringLiteral("SUB-DURABLE-BUSY");
const QString Quiet = QStringLiteral("SUB-DURABLE-QUIET");

QString keyOf(const UsageSession &s)
{
    return s.subscriptionId + QLatin1Char('|') + s.sessionId + QLatin1Char('|') + s.uom + QLatin1Char('|')
        + QString::number(s.sessionix);
}

// One client: start a session, stop it, next session; records what the
// server confirmed and what was in flight.
class Worker final : public QObject
{
public:
    Worker(int index, const QUrl &base, QObject *parent = nullptr) : QObject(parent), m_index(index)
    {
        m_client.setBaseUrl(base);
        m_client.setAccessToken(Token);
        m_client.setTransferTimeout(5000);
    }

    void run() { next(); }
    void halt() { m_halted = true; }

    QSet<QString> startsConfirmed;   // session IDs answered 200 to a start
    QSet<QString> stopsConfirmed;    // ... to a stop
    QSet<QString> startsSent;        // every start sent (answered or not)
    QSet<QString> stopsSent;
    int failures = 0;

private:
    void next()
    {
        if (m_halted)
            return;
        m_sessionId = QStringLiteral("w%1-%2").arg(m_index).arg(m_sequence++);
        send(false);
    }

    void send(bool stop)
    {
        UsageSession item;
        item.subscriptionId = Busy;
        item.sessionId = m_sessionId;
        item.uom = QStringLiteral("minutes");
        if (!stop)
            item.pricingComponentName = QStringLiteral("Durable minutes");
        SessionBatch batch;
        batch.usageSessions.append(item);
        (stop ? stopsSent : startsSent).insert(m_sessionId);
        QPointer<ApiReply> reply = stop ? m_client.stop(batch) : m_client.start(batch);
        connect(reply.data(), &ApiReply::finished, this, [this, reply, stop] {
            if (!reply || m_halted)
                return;
            if (!reply->isOk()) {
                ++failures; // the server is gone: stop here, the outcome stays unknown
                m_halted = true;
                return;
            }
            (stop ? stopsConfirmed : startsConfirmed).insert(m_sessionId);
            if (stop)
                next();
            else
                send(true);
        });
    }

    ApiClient m_client;
    const int m_index;
    int m_sequence = 0;
    QString m_sessionId;
    bool m_halted = false;
};

} // namespace

class tst_Durability : public QObject
{
    Q_OBJECT

private slots:
    void killedMidLoadLosesNothingAnswered_data();
    void killedMidLoadLosesNothingAnswered();

private:
    QList<UsageSession> fetchAll(const QUrl &base, const QString &subscription);
};

QList<UsageSession> tst_Durability::fetchAll(const QUrl &base, const QString &subscription)
{
    ApiClient client;
    client.setBaseUrl(base);
    client.setAccessToken(Token);
    SessionFetcher fetcher(&client);
    QList<UsageSession> all;
    connect(&fetcher, &SessionFetcher::sessionsArrived, this,
            [&all](const QList<UsageSession> &sessions) { all += sessions; });
    QSignalSpy done(&fetcher, &SessionFetcher::finished);
    fetcher.start({subscription}, false);
    if (!done.wait(60000) || done.constFirst().constFirst().value<ApiError>().isError())
        return {};
    return all;
}

void tst_Durability::killedMidLoadLosesNothingAnswered_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("clients");
    QTest::newRow("seed 1, 4 clients") << 1u << 4;
    QTest::newRow("seed 2, 8 clients") << 2u << 8;
    QTest::newRow("seed 3, 2 clients") << 3u << 2;
}

void tst_Durability::killedMidLoadLosesNothingAnswered()
{
    QFETCH(quint32, seed);
    QFETCH(int, clients);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("sessions.sqlite"));
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    {
        QFile file(tokenFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(Token);
    }
    const QStringList arguments{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db,
                                QStringLiteral("--token-file"), tokenFile};

    // Sessions nobody will touch.
    QByteArray quietBefore;
    {
        TestSupport::EmulatorProcess emulator;
        QVERIFY(emulator.start(arguments + QStringList{QStringLiteral("--generate"), Quiet + QStringLiteral(":500")}));
        quietBefore = SessionCodec::encodeSessions(fetchAll(emulator.url(), Quiet));
        QVERIFY(!quietBefore.isEmpty());
    } // killed: the first crash, with nothing in flight

    TestSupport::EmulatorProcess emulator;
    QVERIFY(emulator.start(arguments));
    QList<Worker *> workers;
    for (int i = 0; i < clients; ++i) {
        workers.append(new Worker(i, emulator.url(), this));
        workers.last()->run();
    }
    const int killAfterMs = 300 + int(random.bounded(1200));
    QElapsedTimer clock;
    clock.start();
    QTRY_VERIFY_WITH_TIMEOUT(clock.elapsed() >= killAfterMs, killAfterMs + 5000);
    emulator.kill();
    // Every call still in flight ends now (the connection is gone).
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(workers.cbegin(), workers.cend(), [](Worker *w) { return w->failures > 0; }),
                             30000);

    TestSupport::EmulatorProcess restarted;
    QVERIFY(restarted.start(arguments));
    const QList<UsageSession> busy = fetchAll(restarted.url(), Busy);
    QHash<QString, UsageSession> byId;
    QSet<QString> keys;
    for (const UsageSession &s : busy) {
        QVERIFY2(!keys.contains(keyOf(s)), qPrintable(QStringLiteral("twice: ") + keyOf(s)));
        keys.insert(keyOf(s));
        byId.insert(s.sessionId, s);
    }

    int confirmedStarts = 0;
    int confirmedStops = 0;
    QSet<QString> sent;
    for (Worker *w : std::as_const(workers)) {
        for (const QString &id : std::as_const(w->startsConfirmed)) {
            QVERIFY2(byId.contains(id), qPrintable(QStringLiteral("a start answered 200 is lost: ") + id));
            ++confirmedStarts;
        }
        for (const QString &id : std::as_const(w->stopsConfirmed)) {
            QVERIFY2(byId.value(id).stateKind() == SessionState::Historic,
                     qPrintable(QStringLiteral("a stop answered 200 is lost: ") + id));
            ++confirmedStops;
        }
        sent += w->startsSent;
        for (const QString &id : std::as_const(w->startsSent)) {
            // Historic only if a stop was sent for it.
            if (byId.value(id).stateKind() == SessionState::Historic)
                QVERIFY2(w->stopsSent.contains(id), qPrintable(QStringLiteral("stopped unasked: ") + id));
        }
    }
    for (const UsageSession &s : busy)
        QVERIFY2(sent.contains(s.sessionId), qPrintable(QStringLiteral("appeared unasked: ") + s.sessionId));
    QCOMPARE(SessionCodec::encodeSessions(fetchAll(restarted.url(), Quiet)), quietBefore);
    QVERIFY(confirmedStarts > 0);
    qInfo("seed %u: killed after %d ms; %d clients; %d starts and %d stops answered 200, all kept; %lld sessions on disk",
          seed, killAfterMs, clients, confirmedStarts, confirmedStops, qlonglong(busy.size()));
    qDeleteAll(workers);
}

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
