#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "sessions/sessionstore.h"

#include "emulatorfixture.h"
#include "reusedsession.h"
#include "testpages.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace BillForward;
using TestSupport::RecordedRequest;
using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

struct FakeSession
{
    QString subscription;
    QString sessionId;
    qint64 createdSecs = 0;
};

// Serves GET /usage-sessions/{id} pages from `data`, like the API: ordered
// by created, `nextPage` on every full page that has a successor.
class PagingServer
{
public:
    QHash<QString, QList<FakeSession>> data;
    // Per page index: a delay (to make pages complete out of order) or a
    // scripted answer replacing the page.
    QHash<qint64, int> delayForPage;
    QHash<qint64, TestResponse> answerForPage;
    // Per (offset, records) asked: a scripted answer (checked first).
    QHash<QPair<qint64, int>, TestResponse> answerForRequest;
    // A real server's own cap on `records` (0: none): it serves at most
    // this many rows and still names the next page.
    int cap = 0;
    // A broken server that serves the first page whatever the offset.
    bool ignoreOffset = false;
    // The in-flight high-water mark: requests received, not yet answered.
    int inFlight = 0;
    int maxInFlight = 0;

    TestResponse answer(const RecordedRequest &request)
    {
        const QString subscription = request.path.section(QLatin1Char('/'), 3, 3);
        const qint64 offset = request.queryValues(QStringLiteral("offset")).value(0).toLongLong();
        const int records = request.queryValues(QStringLiteral("records")).value(0).toInt();
        const qint64 pageIndex = records > 0 ? offset / records : 0;
        if (answerForRequest.contains({offset, records}))
            return answerForRequest.value({offset, records});
        if (answerForPage.contains(pageIndex))
            return answerForPage.value(pageIndex);

        const QList<FakeSession> all = data.value(subscription);
        const int served = cap > 0 ? qMin(records, cap) : records;
        const qint64 from = ignoreOffset ? 0 : offset;
        QList<QByteArray> page;
        for (qint64 i = from; i < qMin<qint64>(all.size(), from + served); ++i) {
            const FakeSession &s = all.at(i);
            page.append(TestSupport::sessionJson(s.subscription, s.sessionId, QStringLiteral("minutes"), 0,
                                                 s.createdSecs));
        }
        const bool more = from + served < all.size();
        const QByteArray next = more ? "usage-sessions/" + subscription.toUtf8() + "?offset="
                + QByteArray::number(offset + served) + "&records=" + QByteArray::number(records)
                                     : QByteArray();
        TestResponse response = TestResponse::json(200, TestSupport::pageJson(page, offset, records, next));
        response.delayMs = delayForPage.value(pageIndex, 0);
        return response;
    }
};

QList<FakeSession> makeSessions(const QString &subscription, int count)
{
    QList<FakeSession> list;
    for (int i = 0; i < count; ++i)
        list.append({subscription, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')), i});
    return list;
}

struct Collected
{
    QList<UsageSession> sessions;
    QList<ApiError> finished;
    int batches = 0;
    QList<int> batchSizes;
};

} // namespace

class TestSessionFetcher : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<SessionFetcher> m_fetcher;
    PagingServer m_paging;
    Collected m_got;

private slots:
    void init()
    {
        m_paging = PagingServer();
        m_got = Collected();
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler([this](const RecordedRequest &request) {
            TestResponse response = m_paging.answer(request);
            ++m_paging.inFlight;
            m_paging.maxInFlight = qMax(m_paging.maxInFlight, m_paging.inFlight);
            // Counted down when the answer is due (NeverAnswer stays counted).
            if (response.behaviour != TestResponse::Behaviour::NeverAnswer)
                QTimer::singleShot(response.delayMs, m_server.get(), [this] { --m_paging.inFlight; });
            return response;
        });
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server->url(QStringLiteral("/RestAPI")));
        m_client->setRetryBaseDelay(10);
        m_client->setTransferTimeout(5000);
        m_fetcher = std::make_unique<SessionFetcher>(m_client.get());
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this,
                [this](const QList<UsageSession> &sessions) {
                    m_got.sessions += sessions;
                    ++m_got.batches;
                    m_got.batchSizes.append(int(sessions.size()));
                });
        connect(m_fetcher.get(), &SessionFetcher::finished, this,
                [this](const ApiError &error) { m_got.finished.append(error); });
    }

    void cleanup()
    {
        m_fetcher.reset();
        m_client.reset();
        m_server.reset();
    }

    void paging_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("sliceSize");
        QTest::newRow("empty") << 0 << 10 << 4 << 2048;
        QTest::newRow("one") << 1 << 10 << 4 << 2048;
        QTest::newRow("exact-page") << 10 << 10 << 4 << 2048;
        QTest::newRow("95-serial") << 95 << 10 << 1 << 2048;
        QTest::newRow("95-four") << 95 << 10 << 4 << 2048;
        QTest::newRow("100-three") << 100 << 10 << 3 << 2048;
        QTest::newRow("1000-pages-of-7") << 1000 << 7 << 4 << 2048;
        // Pages handed out in slices, the last one short or exact.
        QTest::newRow("95-slices-of-3") << 95 << 10 << 4 << 3;
        QTest::newRow("100-slices-of-5") << 100 << 10 << 2 << 5;
        QTest::newRow("999-slices-of-1") << 999 << 50 << 4 << 1;
    }

    void paging()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, concurrency);
        QFETCH(int, sliceSize);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), total));
        // Every third page is slow, so later pages overtake it.
        for (qint64 page = 0; page < total / pageSize + 2; page += 3)
            m_paging.delayForPage.insert(page, 40);

        m_fetcher->setPageSize(pageSize);
        m_fetcher->setConcurrency(concurrency);
        m_fetcher->setSliceSize(sliceSize);
        // Slices of exactly the size asked: nothing here is slow enough to
        // shrink them, unless a busy machine preempts the test.
        m_fetcher->setSliceBudget(60'000);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QVERIFY(m_fetcher->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(m_got.finished.size(), 1, 20000);
        QVERIFY(!m_fetcher->isRunning());
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);

        QCOMPARE(m_got.sessions.size(), total);
        QCOMPARE(m_fetcher->sessionsDelivered(), qint64(total));
        for (int i = 0; i < total; ++i)
            QCOMPARE(m_got.sessions.at(i).sessionId, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
        // Every page in slices: full slices, then what is left of the page.
        const int slicesPerPage = (pageSize + sliceSize - 1) / sliceSize;
        QCOMPARE(m_got.batches, total / pageSize * slicesPerPage + ((total % pageSize) + sliceSize - 1) / sliceSize);
        for (const int size : std::as_const(m_got.batchSizes))
            QVERIFY(size >= 1 && size <= sliceSize);

        const auto requests = m_server->requests();
        const int pages = total / pageSize + 1; // the last page is short (maybe empty)
        QVERIFY(requests.size() >= pages);
        QVERIFY2(requests.size() <= pages + concurrency - 1, qPrintable(QString::number(requests.size())));
        QVERIFY(m_paging.maxInFlight <= concurrency);
        if (concurrency > 1 && total / pageSize >= concurrency)
            QVERIFY(m_paging.maxInFlight > 1);
        QSet<QString> offsets;
        for (const RecordedRequest &request : requests) {
            QCOMPARE(request.queryValues(QStringLiteral("order_by")), QStringList{QStringLiteral("created")});
            QCOMPARE(request.queryValues(QStringLiteral("order")), QStringList{QStringLiteral("ASC")});
            QCOMPARE(request.queryValues(QStringLiteral("records")), QStringList{QString::number(pageSize)});
            const QString offset = request.queryValues(QStringLiteral("offset")).value(0);
            QVERIFY2(!offsets.contains(offset), "an offset was asked twice");
            offsets.insert(offset);
            QCOMPARE(offset.toInt() % pageSize, 0);
        }
    }

    void duplicatesDeliveredOnce_data()
    {
        QTest::addColumn<int>("sliceSize");
        QTest::newRow("whole-pages") << 2048;
        QTest::newRow("slices-of-3") << 3; // repeats on both sides of a slice boundary
        QTest::newRow("slices-of-1") << 1;
    }

    void duplicatesDeliveredOnce()
    {
        QFETCH(int, sliceSize);
        // A session started while paging shifts the rest: page boundaries
        // repeat sessions, and one page repeats a whole run.
        QList<FakeSession> list = makeSessions(QStringLiteral("SUB-1"), 30);
        list.insert(10, list.at(9));
        list.insert(21, list.at(19));
        list.insert(22, list.at(18));
        m_paging.data.insert(QStringLiteral("SUB-1"), list);
        m_fetcher->setPageSize(10);
        m_fetcher->setSliceSize(sliceSize);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 30);
        QCOMPARE(m_fetcher->sessionsDelivered(), qint64(30));
        QSet<QString> ids;
        for (const UsageSession &s : std::as_const(m_got.sessions))
            ids.insert(s.sessionId);
        QCOMPARE(ids.size(), 30);
        QVERIFY(std::is_sorted(m_got.sessions.cbegin(), m_got.sessions.cend(),
                               [](const UsageSession &a, const UsageSession &b) { return a.created < b.created; }));
    }

    void repeatsPassedOnWhenTaken()
    {
        QList<FakeSession> list = makeSessions(QStringLiteral("SUB-1"), 30);
        list.insert(10, list.at(9));
        list.insert(21, list.at(19));
        m_paging.data.insert(QStringLiteral("SUB-1"), list);
        m_fetcher->setPageSize(10);
        m_fetcher->setSliceSize(3);
        m_fetcher->setRepeats(SessionFetcher::Repeats::Delivered);
        SessionStore store; // a receiver that merges by key
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this,
                [&store](const QList<UsageSession> &sessions) { store.merge(sessions); });
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 32);
        QCOMPARE(m_got.sessions.at(10).sessionId, QStringLiteral("s00009"));
        QCOMPARE(m_fetcher->sessionsDelivered(), qint64(32));
        QCOMPARE(store.size(), 30);
        for (int i = 0; i < 30; ++i)
            QCOMPARE(store.sessionId(i), QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
    }

    void sameSessionOtherIncarnationKept()
    {
        m_server->setHandler([](const RecordedRequest &) {
            return TestResponse::json(200, TestSupport::pageJson({
                TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("a"), QStringLiteral("minutes"), 0),
                TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("a"), QStringLiteral("minutes"), 1),
                TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("a"), QStringLiteral("GB"), 0),
                TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("a"), QStringLiteral("minutes"), 0),
            }));
        });
        m_fetcher->start({QStringLiteral("SUB-1")}, true);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.sessions.size(), 3);
        QVERIFY(m_server->lastRequest().path.endsWith(QLatin1String("/active")));
    }

    // Devices reuse their IDs, each use from sessionix 0: start and stop
    // kiosk-1 three times on the emulator and every use is delivered, also
    // when the uses fall on different pages.
    void everyUseOfAReusedIdDelivered_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page") << 100;
        QTest::newRow("pages of 2") << 2;
    }

    void everyUseOfAReusedIdDelivered()
    {
        QFETCH(int, pageSize);
        EmulatorFixture emulator;
        QVERIFY(emulator.start());
        ApiClient client;
        client.setBaseUrl(emulator.url);
        client.setTransferTimeout(10000);
        const QString subscription = QStringLiteral("SUB-REUSE");
        const Timestamp firstDay = QDateTime(QDate(2026, 2, 2), QTime(8, 0), Qt::UTC).toMSecsSinceEpoch();
        const QList<UsageSession> uses = runUses(client, subscription, QStringLiteral("kiosk-1"), 3, firstDay);
        QCOMPARE(uses.size(), 3);

        SessionFetcher fetcher(&client); // Repeats::Dropped, as the CLI's
        fetcher.setPageSize(pageSize);
        QList<UsageSession> got;
        connect(&fetcher, &SessionFetcher::sessionsArrived, this,
                [&got](const QList<UsageSession> &sessions) { got += sessions; });
        QSignalSpy finished(&fetcher, &SessionFetcher::finished);
        fetcher.start({subscription}, false);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().value<ApiError>().kind, ApiError::Kind::None);
        QCOMPARE(got, uses); // in the server's order: created, then as stored
        QCOMPARE(fetcher.sessionsDelivered(), qint64(3));
    }

    void failingPageMidway_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("serial") << 1;
        QTest::newRow("four") << 4;
    }

    void failingPageMidway()
    {
        QFETCH(int, concurrency);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 100));
        TestResponse failing = TestResponse::bfError(400, "ValidationError", "page 2 is cursed");
        failing.delayMs = 60; // later pages answer first and must be held back, then dropped
        m_paging.answerForPage.insert(2, failing);
        m_fetcher->setPageSize(10);
        m_fetcher->setConcurrency(concurrency);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        const ApiError error = m_got.finished.first();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 400);
        QCOMPARE(error.bfError.errorMessage, QStringLiteral("page 2 is cursed"));
        QCOMPARE(m_got.sessions.size(), 20);
        QCOMPARE(m_got.sessions.last().sessionId, QStringLiteral("s00019"));
        QVERIFY(!m_fetcher->isRunning());
    }

    void slicesWithinBudgetKeepTheirSize()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 3000));
        m_fetcher->setPageSize(3000);
        m_fetcher->setSliceSize(1000);
        m_fetcher->setSliceBudget(1000);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.batchSizes, (QList<int>{1000, 1000, 1000}));
    }

    void slowReceiverGetsSmallerSlices()
    {
        // A receiver taking at least 100 µs a session, as a merge into a big
        // store on a slow machine might: slices of 1,000 would hold the GUI
        // thread for 100 ms each. Within a budget of 5 ms, 50 would fit.
        constexpr qint64 NsPerSession = 100'000;
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 3000));
        m_fetcher->setPageSize(3000);
        m_fetcher->setSliceSize(1000);
        m_fetcher->setSliceBudget(5);
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this, [](const QList<UsageSession> &sessions) {
            QElapsedTimer busy; // working, not sleeping: the cost of a real merge
            busy.start();
            while (busy.nsecsElapsed() < sessions.size() * NsPerSession) {
            }
        });
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_got.finished.size(), 1, 20000);

        QCOMPARE(m_got.sessions.size(), 3000);
        for (int i = 0; i < 3000; ++i)
            QCOMPARE(m_got.sessions.at(i).sessionId, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
        // The first slice at full size (nothing is known yet), then halfway
        // to what fits each time, down to the smallest slice, 64 (the last
        // one holds what is left).
        const QList<int> sizes = m_got.batchSizes;
        QCOMPARE(sizes.first(), 1000);
        for (qsizetype i = 1; i + 1 < sizes.size(); ++i) {
            QVERIFY2(sizes.at(i) <= sizes.at(i - 1) && sizes.at(i) >= 64,
                     qPrintable(QStringLiteral("slice %1 of %2").arg(i).arg(sizes.at(i))));
        }
        QVERIFY2(sizes.at(1) <= 525, qPrintable(QString::number(sizes.at(1))));
        QCOMPARE(sizes.at(sizes.size() - 2), 64);
    }

    void cancelStopsDelivery()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 100));
        m_paging.answerForPage.insert(1, TestResponse::neverAnswer());
        m_fetcher->setPageSize(10);
        m_fetcher->setConcurrency(2);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.batches, 1);
        QTRY_VERIFY(m_server->requestCount() >= 2);
        m_fetcher->cancel();
        QCOMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::Cancelled);
        QVERIFY(!m_fetcher->isRunning());
        const int delivered = int(m_got.sessions.size());
        m_fetcher->cancel(); // nothing running: no second finished()
        QCOMPARE(m_got.finished.size(), 1);
        // Nothing of the cancelled fetch arrives later: run another fetch to
        // completion and look at what came.
        m_paging.data.insert(QStringLiteral("SUB-2"), makeSessions(QStringLiteral("SUB-2"), 3));
        m_paging.answerForPage.clear();
        m_fetcher->start({QStringLiteral("SUB-2")}, false);
        QTRY_COMPARE(m_got.finished.size(), 2);
        QCOMPARE(int(m_got.sessions.size()), delivered + 3);
        for (int i = delivered; i < delivered + 3; ++i)
            QCOMPARE(m_got.sessions.at(i).subscriptionId, QStringLiteral("SUB-2"));
    }

    void cancelFromSlot()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 50));
        m_fetcher->setPageSize(10);
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this, [this] { m_fetcher->cancel(); });
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_got.batches, 1);
    }

    void restartCancelsPrevious()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 5));
        m_paging.data.insert(QStringLiteral("SUB-2"), makeSessions(QStringLiteral("SUB-2"), 3));
        m_paging.delayForPage.insert(0, 50);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        m_fetcher->start({QStringLiteral("SUB-2")}, false);
        QTRY_COMPARE(m_got.finished.size(), 2);
        QCOMPARE(m_got.finished.at(0).kind, ApiError::Kind::Cancelled);
        QCOMPARE(m_got.finished.at(1).kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 3);
        for (const UsageSession &s : std::as_const(m_got.sessions))
            QCOMPARE(s.subscriptionId, QStringLiteral("SUB-2"));
    }

    void severalSubscriptions()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 25));
        m_paging.data.insert(QStringLiteral("SUB-2"), makeSessions(QStringLiteral("SUB-2"), 0));
        m_paging.data.insert(QStringLiteral("SUB-3"), makeSessions(QStringLiteral("SUB-3"), 12));
        m_fetcher->setPageSize(10);
        m_fetcher->start({QStringLiteral("SUB-1"), QStringLiteral("SUB-2"), QStringLiteral("SUB-3"),
                          QStringLiteral("SUB-1")},
                         false, {QStringLiteral("ORG-1"), QStringLiteral("ORG-2")});
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 37);
        QCOMPARE(m_got.sessions.at(0).subscriptionId, QStringLiteral("SUB-1"));
        QCOMPARE(m_got.sessions.at(36).subscriptionId, QStringLiteral("SUB-3"));
        QCOMPARE(m_fetcher->sessionsDelivered(), qint64(37));
        for (const RecordedRequest &request : m_server->requests())
            QCOMPARE(request.queryValues(QStringLiteral("organizations")),
                     (QStringList{QStringLiteral("ORG-1"), QStringLiteral("ORG-2")}));
    }

    void sliceThenEventLoopThenSlice()
    {
        // One page of 10 in slices of 3: the first slice as the page
        // arrives, the others on later turns of the event loop, so a
        // queued call made from the first slice runs before the last.
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 10));
        m_fetcher->setPageSize(20);
        m_fetcher->setSliceSize(3);
        int batchesWhenQueuedCallRan = -1;
        qint64 deliveredAtFirstSlice = -1;
        bool runningAtFirstSlice = false;
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this, [&] {
            if (m_got.batches != 1)
                return;
            deliveredAtFirstSlice = m_fetcher->sessionsDelivered();
            runningAtFirstSlice = m_fetcher->isRunning();
            QMetaObject::invokeMethod(this, [&] { batchesWhenQueuedCallRan = m_got.batches; }, Qt::QueuedConnection);
        });
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.batchSizes, (QList<int>{3, 3, 3, 1}));
        QCOMPARE(deliveredAtFirstSlice, qint64(3)); // the rest of the page was not handed out with it
        QVERIFY(runningAtFirstSlice);
        QVERIFY2(batchesWhenQueuedCallRan >= 1 && batchesWhenQueuedCallRan < 4,
                 qPrintable(QString::number(batchesWhenQueuedCallRan)));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_got.sessions.at(i).sessionId, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
    }

    void cancelBetweenSlices_data()
    {
        QTest::addColumn<bool>("restart");
        QTest::newRow("cancel") << false;
        QTest::newRow("restart") << true;
    }

    void cancelBetweenSlices()
    {
        // A cancel (or a new start) between two slices of a page: no more
        // of that page arrives, and a later fetch starts clean.
        QFETCH(bool, restart);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 40));
        m_paging.data.insert(QStringLiteral("SUB-2"), makeSessions(QStringLiteral("SUB-2"), 4));
        m_fetcher->setPageSize(40);
        m_fetcher->setSliceSize(4);
        bool queued = false;
        connect(m_fetcher.get(), &SessionFetcher::sessionsArrived, this, [&] {
            if (queued)
                return;
            queued = true;
            QMetaObject::invokeMethod(this, [&] {
                if (restart)
                    m_fetcher->start({QStringLiteral("SUB-2")}, false);
                else
                    m_fetcher->cancel();
            }, Qt::QueuedConnection);
        });
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_VERIFY(m_got.finished.size() >= 1); // a restart may finish its short fetch as soon
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::Cancelled);
        int fromFirst = 0;
        while (fromFirst < m_got.sessions.size()
               && m_got.sessions.at(fromFirst).subscriptionId == QLatin1String("SUB-1"))
            ++fromFirst;
        QVERIFY2(fromFirst >= 4 && fromFirst < 40, qPrintable(QString::number(fromFirst)));
        for (int i = 0; i < fromFirst; ++i) // what came is the page's beginning, in order
            QCOMPARE(m_got.sessions.at(i).sessionId, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
        if (!restart)
            m_fetcher->start({QStringLiteral("SUB-2")}, false);
        QTRY_COMPARE(m_got.finished.size(), 2);
        QCOMPARE(m_got.finished.at(1).kind, ApiError::Kind::None);
        QCOMPARE(int(m_got.sessions.size()), fromFirst + 4); // nothing more of SUB-1, all of SUB-2
        for (int i = fromFirst; i < fromFirst + 4; ++i)
            QCOMPARE(m_got.sessions.at(i).subscriptionId, QStringLiteral("SUB-2"));
        QCOMPARE(m_fetcher->sessionsDelivered(), qint64(4));
    }

    void failingPageAfterSlicedPages()
    {
        // Pages before the failing one are handed out whole, slice by slice;
        // the error follows the last of them.
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 100));
        m_paging.answerForPage.insert(3, TestResponse::bfError(400, "ValidationError", "page 3 is cursed"));
        m_fetcher->setPageSize(10);
        m_fetcher->setSliceSize(4);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::Http);
        QCOMPARE(m_got.sessions.size(), 30);
        QCOMPARE(m_got.batchSizes, (QList<int>{4, 4, 2, 4, 4, 2, 4, 4, 2}));
        QCOMPARE(m_got.sessions.last().sessionId, QStringLiteral("s00029"));
    }

    void transientFailureRetriedByClient()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 15));
        m_server->enqueue(TestResponse::text(503, "busy"));
        m_fetcher->setPageSize(10);
        m_fetcher->setConcurrency(1);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 15);
    }

    // A server may cap `records` and still name the next page (the
    // contract): a short page is not the end, and the fetcher asks for the
    // size the server serves from then on.
    void cappedPagesDeliverEverySession_data()
    {
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("8766-asked-500-served") << 2600 << 8766 << 500 << 4;
        QTest::newRow("serial") << 95 << 40 << 7 << 1;
        QTest::newRow("four") << 95 << 40 << 7 << 4;
        QTest::newRow("cap-divides-total") << 100 << 30 << 10 << 3;
    }

    void cappedPagesDeliverEverySession()
    {
        QFETCH(int, total);
        QFETCH(int, pageSize);
        QFETCH(int, cap);
        QFETCH(int, concurrency);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), total));
        m_paging.cap = cap;
        m_fetcher->setPageSize(pageSize);
        m_fetcher->setConcurrency(concurrency);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_got.finished.size(), 1, 20000);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(m_got.sessions.at(i).sessionId, QStringLiteral("s%1").arg(i, 5, 10, QLatin1Char('0')));
        // After the first answers, pages are asked for at the server's size.
        const RecordedRequest last = m_server->lastRequest();
        QCOMPARE(last.queryValues(QStringLiteral("records")), QStringList{QString::number(cap)});
        QVERIFY2(m_server->requestCount() <= total / cap + 1 + 2 * concurrency,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    // The pages asked for before the cap showed would leave gaps: they are
    // abandoned (here they would never answer) and planned again.
    void pagesInFlightPlannedAgainAtTheCap()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 25));
        m_paging.cap = 4;
        for (const qint64 offset : {10, 20, 30})
            m_paging.answerForRequest.insert({offset, 10}, TestResponse::neverAnswer());
        m_fetcher->setPageSize(10);
        m_fetcher->setConcurrency(4);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 25);
        QCOMPARE(m_got.sessions.last().sessionId, QStringLiteral("s00024"));
        QStringList asked;
        for (const RecordedRequest &request : m_server->requests())
            asked << request.queryValues(QStringLiteral("offset")).value(0) + QLatin1Char('/')
                    + request.queryValues(QStringLiteral("records")).value(0);
        // The first four as planned; then from the cap's end, at its size.
        QCOMPARE(asked.mid(0, 4), (QStringList{QStringLiteral("0/10"), QStringLiteral("10/10"),
                                               QStringLiteral("20/10"), QStringLiteral("30/10")}));
        QVERIFY2(asked.contains(QStringLiteral("4/4")) && asked.contains(QStringLiteral("24/4")),
                 qPrintable(asked.join(QLatin1Char(' '))));
    }

    // The pages planned at the asked size can reach past the end and come
    // back first; the end they show does not hold once the cap shows.
    void endBeyondTheCapSeenFirst()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 25));
        m_paging.cap = 4;
        m_paging.delayForPage.insert(0, 300); // offset 0 answers after the empty page at offset 40 (an order, not a time, is checked)
        m_fetcher->setPageSize(40);
        m_fetcher->setConcurrency(2);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 25);
    }

    // A server that serves the same page whatever the offset, and always
    // names a next one, would keep a fetch going for ever.
    void repeatedPageEndsTheFetch_data()
    {
        QTest::addColumn<bool>("repeatsDelivered");
        QTest::addColumn<int>("cap");
        QTest::newRow("dropped") << false << 0;
        QTest::newRow("delivered-to-a-store") << true << 0;
        QTest::newRow("capped") << false << 4;
    }

    void repeatedPageEndsTheFetch()
    {
        QFETCH(bool, repeatsDelivered);
        QFETCH(int, cap);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 50));
        m_paging.ignoreOffset = true;
        m_paging.cap = cap;
        m_fetcher->setPageSize(10);
        if (repeatsDelivered)
            m_fetcher->setRepeats(SessionFetcher::Repeats::Delivered);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE_WITH_TIMEOUT(m_got.finished.size(), 1, 10000);
        const ApiError error = m_got.finished.first();
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QCOMPARE(error.kindName(), QStringLiteral("paging"));
        const int served = cap > 0 ? cap : 10;
        QVERIFY2(error.message().contains(QStringLiteral("page at offset %1 of subscription SUB-1").arg(served)),
                 qPrintable(error.message()));
        QVERIFY(!m_fetcher->isRunning());
        QSet<QString> ids;
        for (const UsageSession &s : std::as_const(m_got.sessions))
            ids.insert(s.sessionId);
        QCOMPARE(ids.size(), served);
        QVERIFY(m_server->requestCount() < 20);
    }

    void pageCeilingEndsTheFetch()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 95));
        m_fetcher->setPageSize(10);
        m_fetcher->setPageLimit(3, QStringLiteral("Raise it with --max-pages N."));
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        const ApiError error = m_got.finished.first();
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QVERIFY2(error.message().contains(QStringLiteral("page ceiling of 3 pages")), qPrintable(error.message()));
        QVERIFY2(error.message().endsWith(QStringLiteral(" Raise it with --max-pages N.")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("incomplete")), qPrintable(error.message()));
        QCOMPARE(m_got.sessions.size(), 30);
        QCOMPARE(m_server->requestCount(), 3); // none beyond the ceiling
    }

    void pageCeilingNotReachedByTheLastPage()
    {
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 25));
        m_fetcher->setPageSize(10);
        m_fetcher->setPageLimit(3);
        m_fetcher->start({QStringLiteral("SUB-1")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        QCOMPARE(m_got.finished.first().kind, ApiError::Kind::None);
        QCOMPARE(m_got.sessions.size(), 25);
    }

    void sessionCeilingEndsTheFetch_data()
    {
        QTest::addColumn<int>("sliceSize");
        QTest::newRow("whole-pages") << 2048;
        QTest::newRow("slices-of-3") << 3;
    }

    void sessionCeilingEndsTheFetch()
    {
        QFETCH(int, sliceSize);
        m_paging.data.insert(QStringLiteral("SUB-1"), makeSessions(QStringLiteral("SUB-1"), 95));
        m_paging.data.insert(QStringLiteral("SUB-2"), makeSessions(QStringLiteral("SUB-2"), 20));
        m_fetcher->setPageSize(10);
        m_fetcher->setSliceSize(sliceSize);
        m_fetcher->setSessionLimit(105, QStringLiteral("Raise it with --max-sessions N.")); // over both subscriptions together
        m_fetcher->start({QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}, false);
        QTRY_COMPARE(m_got.finished.size(), 1);
        const ApiError error = m_got.finished.first();
        QCOMPARE(error.kind, ApiError::Kind::Paging);
        QVERIFY2(error.message().contains(QStringLiteral("session ceiling of 105 sessions")), qPrintable(error.message()));
        QVERIFY2(error.message().endsWith(QStringLiteral(" Raise it with --max-sessions N.")), qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("SUB-2")), qPrintable(error.message()));
        QCOMPARE(m_got.sessions.size(), 105);
        QCOMPARE(m_got.sessions.last().sessionId, QStringLiteral("s00009"));
    }
};

QTEST_GUILESS_MAIN(TestSessionFetcher)
#include "tst_sessionfetcher.moc"
