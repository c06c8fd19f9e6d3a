#include "httphelper.h"

#include "emulator/demodata.h"
#include "emulator/emulatorserver.h"
#include "wire/sessioncodec.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace EmulatorTest;
using BillForward::UsageSession;
using Emulator::EmulatorServer;
using Emulator::Options;

namespace {

const QByteArray demoSub = "SUB-604915D4-C20C-C3F0-6C10-6A9C7B20";

// -1, 0, 1 like a three-way compare of the field named as on the wire.
int compareField(const QString &field, const UsageSession &a, const UsageSession &b)
{
    auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    auto str = [](const QString &x, const QString &y) {
        const QByteArray ux = x.toUtf8(), uy = y.toUtf8(); // SQLite compares UTF-8 bytes
        return ux < uy ? -1 : (uy < ux ? 1 : 0);
    };
    if (field == QLatin1String("created")) return cmp(a.created, b.created);
    if (field == QLatin1String("changedBy")) return str(a.changedBy, b.changedBy);
    if (field == QLatin1String("organizationID")) return str(a.organizationId, b.organizationId);
    if (field == QLatin1String("subscriptionID")) return str(a.subscriptionId, b.subscriptionId);
    if (field == QLatin1String("sessionID")) return str(a.sessionId, b.sessionId);
    if (field == QLatin1String("pricingComponentID")) return str(a.pricingComponentId, b.pricingComponentId);
    if (field == QLatin1String("pricingComponentName")) return str(a.pricingComponentName, b.pricingComponentName);
    if (field == QLatin1String("uom")) return str(a.uom, b.uom);
    if (field == QLatin1String("description")) return str(a.description, b.description);
    if (field == QLatin1String("sessionix")) return cmp(a.sessionix, b.sessionix);
    if (field == QLatin1String("start")) return cmp(a.start, b.start);
    if (field == QLatin1String("stop")) return cmp(a.stop, b.stop); // active (no stop) first
    if (field == QLatin1String("state")) return str(a.state, b.state);
    if (field == QLatin1String("uduration")) return cmp(a.uduration, b.uduration);
    return 0; // @type: all equal
}

} // namespace

class tst_EmulatorServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorServer> startServer(Options options = {})
    {
        options.port = 0;
        if (options.databasePath.isEmpty())
            options.databasePath = m_dir->filePath(QStringLiteral("emulator-%1.db").arg(++m_dbCounter));
        auto server = std::make_unique<EmulatorServer>(options);
        QString error;
        if (!server->start(&error)) {
            qWarning("start failed: %s", qPrintable(error));
            return {};
        }
        return server;
    }
    QUrl url(const EmulatorServer &server, const QString &pathAndQuery) const
    {
        return QUrl(server.baseUrl().toString() + pathAndQuery);
    }
    HttpResult get(const EmulatorServer &server, const QString &pathAndQuery)
    {
        return call(m_nam, "GET", url(server, pathAndQuery));
    }
    HttpResult post(const EmulatorServer &server, const QString &path, const QByteArray &body)
    {
        return call(m_nam, "POST", url(server, path), body);
    }
    QList<UsageSession> listAll(const EmulatorServer &server, const QString &sub, bool active = false)
    {
        const auto r = get(server, QStringLiteral("/usage-sessions/%1%2?records=10000")
                                           .arg(sub, active ? QStringLiteral("/active") : QString()));
        return r.page().results;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_dbCounter = 0;
    QNetworkAccessManager m_nam;
    std::unique_ptr<EmulatorServer> m_demo; // shared, read-only

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        Options demo;
        demo.demoData = true;
        m_demo = startServer(demo);
        QVERIFY(m_demo);
    }

    void unknownSubscriptionIsAnEmptyPage()
    {
        const auto r = get(*m_demo, QStringLiteral("/usage-sessions/SUB-NOPE"));
        QCOMPARE(r.status, 200);
        const auto page = r.page();
        QCOMPARE(page.results.size(), 0);
        QCOMPARE(page.recordsReturned, 0);
        QCOMPARE(page.recordsRequested, 8766);
        QVERIFY(!page.hasNextPage());
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    }

    void startThenStop()
    {
        auto server = startServer();
        QVERIFY(server);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto r = post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ startItem("SUB-A", "s1", "minutes", ",\"description\":\"Call\""),
                                  startItem("SUB-A", "s2", "GB") }));
        QCOMPARE(r.status, 200);
        auto page = r.page();
        QCOMPARE(page.results.size(), 2);
        QCOMPARE(page.results.at(0).sessionId, QStringLiteral("s1")); // request order
        QCOMPARE(page.results.at(1).sessionId, QStringLiteral("s2"));
        const UsageSession s1 = page.results.at(0);
        QCOMPARE(s1.state, QStringLiteral("Active"));
        QCOMPARE(s1.sessionix, 0);
        QCOMPARE(s1.uduration, 0);
        QCOMPARE(s1.stop, BillForward::NoTimestamp);
        QCOMPARE(s1.description, QStringLiteral("Call"));
        QCOMPARE(s1.organizationId, Options().defaultOrganizationId);
        QCOMPARE(s1.changedBy, Emulator::SessionService::emulatorUserId());
        QVERIFY(s1.created >= before.toMSecsSinceEpoch());
        QCOMPARE(s1.start, s1.created); // start defaults to now

        QCOMPARE(listAll(*server, QStringLiteral("SUB-A"), true).size(), 2);

        r = post(*server, QStringLiteral("/usage-sessions/stop"),
                 batchJson({ stopItem("SUB-A", "s1", "minutes", ",\"stop\":\"2099-01-01T00:00:00Z\"") }));
        QCOMPARE(r.status, 200);
        page = r.page();
        QCOMPARE(page.results.size(), 1);
        const UsageSession stopped = page.results.at(0);
        QCOMPARE(stopped.state, QStringLiteral("Historic"));
        BillForward::Timestamp expectedStop = 0;
        QVERIFY(BillForward::WireTime::parse("2099-01-01T00:00:00Z", expectedStop));
        QCOMPARE(stopped.stop, expectedStop);
        QCOMPARE(stopped.uduration, expectedStop - s1.start);

        const auto active = listAll(*server, QStringLiteral("SUB-A"), true);
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.at(0).sessionId, QStringLiteral("s2"));
        QCOMPARE(listAll(*server, QStringLiteral("SUB-A")).size(), 2);

        // Stopped, a session can start again as a new row.
        r = post(*server, QStringLiteral("/usage-sessions/start"), batchJson({ startItem("SUB-A", "s1") }));
        QCOMPARE(r.status, 200);
        QCOMPARE(listAll(*server, QStringLiteral("SUB-A")).size(), 3);
    }

    void startWithExplicitStartAndOrganization()
    {
        auto server = startServer();
        QVERIFY(server);
        auto r = post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ startItem("SUB-B", "x", "GB", ",\"start\":\"2026-02-27T13:15:51.123+01:00\"") },
                                "ORG-OTHER"));
        QCOMPARE(r.status, 200);
        const auto s = r.page().results.value(0);
        QCOMPARE(s.organizationId, QStringLiteral("ORG-OTHER"));
        BillForward::Timestamp expected = 0;
        QVERIFY(BillForward::WireTime::parse("2026-02-27T12:15:51.123Z", expected));
        QCOMPARE(s.start, expected);
    }

    void pricingComponentIsCompleted()
    {
        auto server = startServer();
        QVERIFY(server);
        QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ startItem("SUB-C", "known") })).status, 200);
        auto r = post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ "{\"subscriptionID\":\"SUB-C\",\"sessionID\":\"a\",\"uom\":\"minutes\","
                                  "\"pricingComponentID\":\"PCO-TEST\"}",
                                  "{\"subscriptionID\":\"SUB-C\",\"sessionID\":\"b\",\"uom\":\"minutes\","
                                  "\"pricingComponentName\":\"Test minutes\"}",
                                  "{\"subscriptionID\":\"SUB-C\",\"sessionID\":\"c\",\"uom\":\"minutes\","
                                  "\"pricingComponentName\":\"Brand new\"}" }));
        QCOMPARE(r.status, 200);
        const auto results = r.page().results;
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).pricingComponentName, QStringLiteral("Test minutes"));
        QCOMPARE(results.at(1).pricingComponentId, QStringLiteral("PCO-TEST"));
        QVERIFY(results.at(2).pricingComponentId.startsWith(QLatin1String("PCO-")));
        QCOMPARE(results.at(2).pricingComponentName, QStringLiteral("Brand new"));
    }

    void validationErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("parameters");

        const QString start = QStringLiteral("/usage-sessions/start");
        const QString stop = QStringLiteral("/usage-sessions/stop");
        const QByteArray ok0 = startItem("SUB-V", "ok0");
        const QByteArray ok1 = startItem("SUB-V", "ok1");
        QTest::newRow("start: no subscriptionID") << start
            << batchJson({ ok0, ok1, "{\"sessionID\":\"x\",\"uom\":\"GB\",\"pricingComponentID\":\"P\"}" })
            << QStringList{ QStringLiteral("usageSessions[2].subscriptionID") };
        QTest::newRow("start: no sessionID") << start
            << batchJson({ ok0, ok1, "{\"subscriptionID\":\"SUB-V\",\"uom\":\"GB\",\"pricingComponentID\":\"P\"}" })
            << QStringList{ QStringLiteral("usageSessions[2].sessionID") };
        QTest::newRow("start: no uom") << start
            << batchJson({ ok0, ok1, "{\"subscriptionID\":\"SUB-V\",\"sessionID\":\"x\",\"pricingComponentID\":\"P\"}" })
            << QStringList{ QStringLiteral("usageSessions[2].uom") };
        QTest::newRow("start: no pricing component") << start
            << batchJson({ ok0, ok1, "{\"subscriptionID\":\"SUB-V\",\"sessionID\":\"x\",\"uom\":\"GB\"}" })
            << QStringList{ QStringLiteral("usageSessions[2].pricingComponentID") };
        QTest::newRow("start: already active") << start
            << batchJson({ ok0, ok1, startItem("SUB-V", "active") })
            << QStringList{ QStringLiteral("usageSessions[2].sessionID") };
        QTest::newRow("start: twice in one batch") << start
            << batchJson({ ok0, ok1, ok0 })
            << QStringList{ QStringLiteral("usageSessions[2].sessionID") };
        QTest::newRow("start: empty batch") << start << batchJson({})
            << QStringList{ QStringLiteral("usageSessions") };
        QTest::newRow("stop: no uom") << stop
            << batchJson({ stopItem("SUB-V", "active"), "{\"subscriptionID\":\"SUB-V\",\"sessionID\":\"x\"}" })
            << QStringList{ QStringLiteral("usageSessions[1].uom") };
        QTest::newRow("stop: not active") << stop
            << batchJson({ stopItem("SUB-V", "active"), stopItem("SUB-V", "never-started") })
            << QStringList{ QStringLiteral("usageSessions[1].sessionID") };
        QTest::newRow("stop: twice in one batch") << stop
            << batchJson({ stopItem("SUB-V", "active"), stopItem("SUB-V", "active") })
            << QStringList{ QStringLiteral("usageSessions[1].sessionID") };
        QTest::newRow("stop: before start") << stop
            << batchJson({ stopItem("SUB-V", "active", "minutes", ",\"stop\":\"2000-01-01T00:00:00Z\"") })
            << QStringList{ QStringLiteral("usageSessions[0].stop") };

        const QString list = QStringLiteral("/usage-sessions/SUB-V?");
        QTest::newRow("records 0") << list + QStringLiteral("records=0") << QByteArray()
                                   << QStringList{ QStringLiteral("records") };
        QTest::newRow("records 10001") << list + QStringLiteral("records=10001") << QByteArray()
                                       << QStringList{ QStringLiteral("records") };
        QTest::newRow("records text") << list + QStringLiteral("records=ten") << QByteArray()
                                      << QStringList{ QStringLiteral("records") };
        QTest::newRow("offset negative") << list + QStringLiteral("offset=-1") << QByteArray()
                                         << QStringList{ QStringLiteral("offset") };
        QTest::newRow("order_by unknown") << list + QStringLiteral("order_by=price") << QByteArray()
                                          << QStringList{ QStringLiteral("order_by") };
        QTest::newRow("order_by injection") << list + QStringLiteral("order_by=created;DROP%20TABLE%20sessions")
                                            << QByteArray() << QStringList{ QStringLiteral("order_by") };
        QTest::newRow("order sideways") << list + QStringLiteral("order=sideways") << QByteArray()
                                        << QStringList{ QStringLiteral("order") };
        QTest::newRow("active: records and order") << QStringLiteral("/usage-sessions/SUB-V/active?records=-5&order=up")
                                                  << QByteArray()
                                                  << QStringList{ QStringLiteral("records"), QStringLiteral("order") };
    }

    void validationErrors()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, parameters);
        auto server = startServer();
        QVERIFY(server);
        QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ startItem("SUB-V", "active") })).status, 200);
        const auto before = listAll(*server, QStringLiteral("SUB-V"));

        const auto r = body.isNull() ? get(*server, path) : post(*server, path, body);
        QCOMPARE(r.status, 400);
        const auto error = r.bfError();
        QCOMPARE(error.errorType, QStringLiteral("ValidationError"));
        QVERIFY(!error.errorMessage.isEmpty());
        QCOMPARE(error.errorParameters, parameters);
        // All or nothing: the store is as before.
        QCOMPARE(listAll(*server, QStringLiteral("SUB-V")), before);
    }

    void batchIsAllOrNothing()
    {
        auto server = startServer();
        QVERIFY(server);
        QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"),
                      batchJson({ startItem("SUB-T", "a"), startItem("SUB-T", "b") })).status, 200);
        const auto before = listAll(*server, QStringLiteral("SUB-T"));
        // Stop a and b, but the third item fails: a and b stay active.
        auto r = post(*server, QStringLiteral("/usage-sessions/stop"),
                      batchJson({ stopItem("SUB-T", "a"), stopItem("SUB-T", "b"), stopItem("SUB-T", "zzz") }));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.bfError().errorParameters, QStringList{ QStringLiteral("usageSessions[2].sessionID") });
        QCOMPARE(listAll(*server, QStringLiteral("SUB-T")), before);
        // Start c and d, but the third is already active: neither appears.
        r = post(*server, QStringLiteral("/usage-sessions/start"),
                 batchJson({ startItem("SUB-T", "c"), startItem("SUB-T", "d"), startItem("SUB-T", "a") }));
        QCOMPARE(r.status, 400);
        QCOMPARE(listAll(*server, QStringLiteral("SUB-T")), before);
    }

    void ordering_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("descending");
        const char *fields[] = { "@type", "created", "changedBy", "organizationID", "subscriptionID",
                                 "sessionID", "pricingComponentID", "pricingComponentName", "uom",
                                 "description", "sessionix", "start", "stop", "state", "uduration" };
        for (const char *f : fields) {
            QTest::addRow("%s ASC", f) << QString::fromLatin1(f) << false;
            QTest::addRow("%s desc", f) << QString::fromLatin1(f) << true;
        }
    }

    void ordering()
    {
        QFETCH(QString, field);
        QFETCH(bool, descending);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("order_by"), QString::fromLatin1(QUrl::toPercentEncoding(field)));
        query.addQueryItem(QStringLiteral("order"), descending ? QStringLiteral("desc") : QStringLiteral("ASC"));
        query.addQueryItem(QStringLiteral("records"), QStringLiteral("10000"));
        const QString path = QStringLiteral("/usage-sessions/") + QLatin1String(demoSub) + QLatin1Char('?')
                + query.toString(QUrl::FullyEncoded);
        const auto r = get(*m_demo, path);
        QCOMPARE(r.status, 200);
        const auto results = r.page().results;
        QVERIFY(results.size() > 300);
        for (qsizetype i = 1; i < results.size(); ++i) {
            const int c = compareField(field, results.at(i - 1), results.at(i));
            if (descending ? c < 0 : c > 0)
                QFAIL(qPrintable(QStringLiteral("out of order at %1").arg(i)));
        }
        // Ties break the same way every time.
        QCOMPARE(get(*m_demo, path).page().results, results);
    }

    void pagingFollowsNextPage_data()
    {
        QTest::addColumn<QString>("firstQuery");
        QTest::newRow("created") << QStringLiteral("?records=100");
        QTest::newRow("start desc") << QStringLiteral("?records=77&order_by=start&order=DESC");
        QTest::newRow("from an offset") << QStringLiteral("?offset=250&records=60&order_by=sessionID");
        QTest::newRow("active") << QStringLiteral("/active?records=7&order_by=uom");
    }

    void pagingFollowsNextPage()
    {
        QFETCH(QString, firstQuery);
        const QString base = QStringLiteral("/usage-sessions/") + QLatin1String(demoSub);
        const QUrlQuery q(firstQuery.mid(firstQuery.indexOf(QLatin1Char('?')) + 1));
        QUrlQuery all(q);
        all.removeAllQueryItems(QStringLiteral("records"));
        all.addQueryItem(QStringLiteral("records"), QStringLiteral("10000"));
        const QString path = firstQuery.left(firstQuery.indexOf(QLatin1Char('?')));
        const auto expected = get(*m_demo, base + path + QLatin1Char('?') + all.toString()).page().results;
        QVERIFY(!expected.isEmpty());

        const qint64 records = q.queryItemValue(QStringLiteral("records")).toLongLong();
        const qint64 firstOffset = q.queryItemValue(QStringLiteral("offset")).toLongLong();
        QList<UsageSession> collected;
        QString next = base + firstQuery;
        int pages = 0;
        while (!next.isEmpty()) {
            const auto page = get(*m_demo, next).page();
            QCOMPARE(page.recordsRequested, records);
            QCOMPARE(page.currentOffset, firstOffset + pages * records);
            QCOMPARE(page.currentPage, page.currentOffset / records);
            QCOMPARE(page.recordsReturned, page.results.size());
            if (page.hasNextPage())
                QCOMPARE(page.results.size(), records);
            collected += page.results;
            next = page.nextPage;
            QVERIFY(++pages < 1000);
        }
        QCOMPARE(collected, expected);
    }

    void organizations_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expectedOrgs");
        QTest::newRow("none") << QString() << QStringList{ QStringLiteral("ORG-A"), QStringLiteral("ORG-B"), QStringLiteral("ORG-C") };
        QTest::newRow("one") << QStringLiteral("organizations=ORG-B") << QStringList{ QStringLiteral("ORG-B") };
        QTest::newRow("repeated") << QStringLiteral("organizations=ORG-A&organizations=ORG-C")
                                  << QStringList{ QStringLiteral("ORG-A"), QStringLiteral("ORG-C") };
        QTest::newRow("comma-separated") << QStringLiteral("organizations=ORG-A,ORG-C")
                                         << QStringList{ QStringLiteral("ORG-A"), QStringLiteral("ORG-C") };
        QTest::newRow("both forms") << QStringLiteral("organizations=ORG-A%2CORG-B&organizations=ORG-C")
                                    << QStringList{ QStringLiteral("ORG-A"), QStringLiteral("ORG-B"), QStringLiteral("ORG-C") };
        QTest::newRow("unknown") << QStringLiteral("organizations=ORG-Z") << QStringList{};
    }

    void organizations()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expectedOrgs);
        auto server = startServer();
        QVERIFY(server);
        for (const char *org : { "ORG-A", "ORG-B", "ORG-C" }) {
            QList<QByteArray> items;
            for (int i = 0; i < 3; ++i)
                items << startItem("SUB-O", QByteArray(org) + '-' + QByteArray::number(i));
            QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"), batchJson(items, org)).status, 200);
        }
        QList<UsageSession> collected;
        QString next = QStringLiteral("/usage-sessions/SUB-O?records=2&") + query;
        while (!next.isEmpty()) {
            const auto r = get(*server, next);
            QCOMPARE(r.status, 200);
            const auto page = r.page();
            collected += page.results;
            next = page.nextPage; // carries the organizations on
        }
        QCOMPARE(collected.size(), expectedOrgs.size() * 3);
        for (const auto &s : std::as_const(collected))
            QVERIFY2(expectedOrgs.contains(s.organizationId), qPrintable(s.organizationId));
    }

    void notFound_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::newRow("root") << QByteArray("GET") << QStringLiteral("/");
        QTest::newRow("other base") << QByteArray("GET") << QStringLiteral("/api/usage-sessions/X");
        QTest::newRow("no subscription") << QByteArray("GET") << QStringLiteral("/RestAPI/usage-sessions");
        QTest::newRow("other resource") << QByteArray("GET") << QStringLiteral("/RestAPI/subscriptions/X");
        QTest::newRow("inactive") << QByteArray("GET") << QStringLiteral("/RestAPI/usage-sessions/X/inactive");
        QTest::newRow("too deep") << QByteArray("GET") << QStringLiteral("/RestAPI/usage-sessions/X/active/1");
        QTest::newRow("post elsewhere") << QByteArray("POST") << QStringLiteral("/RestAPI/usage-sessions/start/now");
    }

    void notFound()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QUrl u = m_demo->baseUrl();
        u.setPath(path);
        const auto r = call(m_nam, verb, u, verb == "POST" ? QByteArray("{}") : QByteArray());
        QCOMPARE(r.status, 404);
        QVERIFY(!r.bfError().errorType.isEmpty());
    }

    void methodNotAllowed_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("POST list") << QByteArray("POST") << QStringLiteral("/usage-sessions/X") << QByteArray("GET");
        QTest::newRow("DELETE list") << QByteArray("DELETE") << QStringLiteral("/usage-sessions/X") << QByteArray("GET");
        QTest::newRow("PUT active") << QByteArray("PUT") << QStringLiteral("/usage-sessions/X/active") << QByteArray("GET");
        QTest::newRow("GET start") << QByteArray("GET") << QStringLiteral("/usage-sessions/start") << QByteArray("POST");
        QTest::newRow("PATCH stop") << QByteArray("PATCH") << QStringLiteral("/usage-sessions/stop") << QByteArray("POST");
    }

    void methodNotAllowed()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const auto r = call(m_nam, verb, url(*m_demo, path), verb == "GET" || verb == "DELETE" ? QByteArray() : QByteArray("{}"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), allow);
        QVERIFY(!r.bfError().errorType.isEmpty());
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("truncated") << QByteArray("{\"usageSessions\":[{\"subscriptionID\":\"S\"");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("wrong type") << QByteArray("{\"usageSessions\":5}");
        QTest::newRow("item not an object") << QByteArray("{\"usageSessions\":[\"x\"]}");
        QTest::newRow("bad date") << batchJson({ startItem("S", "x", "GB", ",\"start\":\"yesterday\"") });
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{{{\x01", 7); // 7 bytes: reading 9 overran the literal
        QTest::newRow("deep nesting") << QByteArray(5000, '[');
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        for (const char *action : { "/usage-sessions/start", "/usage-sessions/stop" }) {
            const auto r = post(*m_demo, QLatin1String(action), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.bfError().errorType, QStringLiteral("ValidationError"));
        }
        QCOMPARE(get(*m_demo, QStringLiteral("/usage-sessions/X")).status, 200); // still alive
    }

    void bodyOverTheLimit()
    {
        Options options;
        options.maxBodyBytes = 1024 * 1024; // the same code path as 10 MB, quicker
        auto server = startServer(options);
        QVERIFY(server);
        QByteArray body = batchJson({ startItem("SUB-L", "x") });
        body.append(QByteArray(options.maxBodyBytes + 1 - body.size(), ' '));
        auto r = post(*server, QStringLiteral("/usage-sessions/start"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.bfError().errorType, QStringLiteral("ValidationError"));
        QCOMPARE(listAll(*server, QStringLiteral("SUB-L")).size(), 0);
        // Exactly at the limit is fine.
        body.chop(1);
        QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"), body).status, 200);
    }

    void bodyOverTheLimitRefusedBeforeItArrives()
    {
        // Default limit, 10 MB: a client declaring more is answered at once.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_demo->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /RestAPI/usage-sessions/start HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: 10485761\r\n\r\n{\"usageSe");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("ValidationError"), 5000);
        QVERIFY(answer.startsWith("HTTP/1.1 400"));
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << QByteArray() << QString() << 401;
        QTest::newRow("wrong") << QByteArray("Bearer nope") << QString() << 401;
        QTest::newRow("longer") << QByteArray("Bearer s3cret-tokenX") << QString() << 401;
        QTest::newRow("shorter") << QByteArray("Bearer s3cret-toke") << QString() << 401;
        QTest::newRow("no scheme") << QByteArray("s3cret-token") << QString() << 401;
        QTest::newRow("right") << QByteArray("Bearer s3cret-token") << QString() << 200;
        QTest::newRow("access_token") << QByteArray() << QStringLiteral("access_token=s3cret-token") << 200;
        QTest::newRow("wrong access_token") << QByteArray() << QStringLiteral("access_token=x") << 401;
    }

    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, query);
        QFETCH(int, status);
        Options options;
        options.token = "s3cret-token";
        auto server = startServer(options);
        QVERIFY(server);
        for (const char *path : { "/usage-sessions/SUB-X", "/usage-sessions/start" }) {
            QNetworkRequest request(url(*server, QLatin1String(path) + QLatin1Char('?') + query));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!authorization.isEmpty())
                request.setRawHeader("Authorization", authorization);
            const bool isPost = QByteArray(path).endsWith("start");
            const auto r = collect(isPost ? m_nam.post(request, batchJson({ startItem("SUB-X", "s") }))
                                          : m_nam.get(request));
            QCOMPARE(r.status, status);
            if (status == 401) {
                QCOMPARE(r.bfError().errorType, QStringLiteral("Oauth"));
                QVERIFY(!r.body.contains("s3cret"));
            }
        }
    }

    void persistsAcrossRestart()
    {
        Options options;
        options.databasePath = m_dir->filePath(QStringLiteral("restart.db"));
        {
            auto server = startServer(options);
            QVERIFY(server);
            QCOMPARE(post(*server, QStringLiteral("/usage-sessions/start"),
                          batchJson({ startItem("SUB-P", "a"), startItem("SUB-P", "b") })).status, 200);
            QCOMPARE(post(*server, QStringLiteral("/usage-sessions/stop"),
                          batchJson({ stopItem("SUB-P", "a") })).status, 200);
        }
        auto server = startServer(options);
        QVERIFY(server);
        const auto all = listAll(*server, QStringLiteral("SUB-P"));
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).state, QStringLiteral("Historic"));
        QCOMPARE(all.at(1).state, QStringLiteral("Active"));
        // Demo data only fills an empty store.
        options.demoData = true;
        server.reset();
        server = startServer(options);
        QVERIFY(server);
        QCOMPARE(server->database().count(), 2);
    }

    void concurrentClients()
    {
        auto server = startServer();
        QVERIFY(server);
        constexpr int clients = 6;
        constexpr int perClient = 15;
        std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
        QList<QNetworkReply *> replies;
        for (int c = 0; c < clients; ++c) {
            nams.push_back(std::make_unique<QNetworkAccessManager>());
            for (int i = 0; i < perClient; ++i) {
                replies << send(*nams.back(), "POST", url(*server, QStringLiteral("/usage-sessions/start")),
                                batchJson({ startItem("SUB-K", "c" + QByteArray::number(c) + "-" + QByteArray::number(i)) }));
            }
        }
        for (QNetworkReply *reply : std::as_const(replies))
            QCOMPARE(collect(reply).status, 200);
        replies.clear();
        for (int c = 0; c < clients; ++c) {
            for (int i = 0; i < perClient; i += 2) {
                replies << send(*nams[c], "POST", url(*server, QStringLiteral("/usage-sessions/stop")),
                                batchJson({ stopItem("SUB-K", "c" + QByteArray::number(c) + "-" + QByteArray::number(i)) }));
            }
        }
        for (QNetworkReply *reply : std::as_const(replies))
            QCOMPARE(collect(reply).status, 200);

        const auto all = listAll(*server, QStringLiteral("SUB-K"));
        QCOMPARE(all.size(), clients * perClient);
        QSet<QString> seen;
        for (const auto &s : all) {
            QVERIFY(!seen.contains(s.sessionId));
            seen.insert(s.sessionId);
            const int i = s.sessionId.section(QLatin1Char('-'), 1).toInt();
            QCOMPARE(s.state, i % 2 == 0 ? QStringLiteral("Historic") : QStringLiteral("Active"));
        }
    }

    void latency()
    {
        Options options;
        options.latencyMinMs = 300;
        options.latencyMaxMs = 400;
        auto server = startServer(options);
        QVERIFY(server);
        const auto r = get(*server, QStringLiteral("/usage-sessions/SUB"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 295, qPrintable(QString::number(r.elapsedMs)));
        // The delay is a timer: other connections are served meanwhile.
        // Four requests of 1 s each: 4 s one after another, about 1 s side
        // by side; 3 s leaves a slow (ASan, two cores) machine 2 s.
        options.latencyMinMs = 1000;
        options.latencyMaxMs = 1000;
        auto slow = startServer(options);
        QVERIFY(slow);
        QNetworkAccessManager other;
        QElapsedTimer timer;
        timer.start();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies << send(i % 2 ? m_nam : other, "GET", url(*slow, QStringLiteral("/usage-sessions/SUB")));
        for (auto *reply : std::as_const(replies))
            QCOMPARE(collect(reply).status, 200);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void failRate()
    {
        Options options;
        options.failRate = 1.0;
        auto server = startServer(options);
        QVERIFY(server);
        auto r = post(*server, QStringLiteral("/usage-sessions/start"), batchJson({ startItem("SUB-F", "a") }));
        QCOMPARE(r.status, 500);
        QCOMPARE(r.bfError().errorType, QStringLiteral("ServerError"));
        QCOMPARE(get(*server, QStringLiteral("/usage-sessions/SUB-F")).status, 500);
        QCOMPARE(server->database().count(), 0); // nothing applied
    }

    void rateLimit()
    {
        Options options;
        options.rateLimitPerSecond = 2;
        auto server = startServer(options);
        QVERIFY(server);
        int ok = 0;
        int limited = 0;
        for (int i = 0; i < 6; ++i) {
            const auto r = get(*server, QStringLiteral("/usage-sessions/SUB"));
            if (r.status == 200) {
                ++ok;
            } else {
                QCOMPARE(r.status, 429);
                QCOMPARE(r.header("Retry-After"), QByteArray("1"));
                QCOMPARE(r.bfError().errorType, QStringLiteral("RateLimited"));
                ++limited;
            }
        }
        QVERIFY(ok >= 2);
        QVERIFY(limited >= 1);
    }

    void dropRate()
    {
        Options options;
        options.dropRate = 1.0;
        auto server = startServer(options);
        QVERIFY(server);
        // A raw socket: QNetworkAccessManager would silently send the POST
        // again on a dropped connection (and get "already active").
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = batchJson({ startItem("SUB-D", "a") });
        socket.write("POST /RestAPI/usage-sessions/start HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(socket.readAll().isEmpty()); // no answer at all
        // Applied nevertheless (reads are never dropped).
        const auto all = listAll(*server, QStringLiteral("SUB-D"));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).state, QStringLiteral("Active"));
    }

    void demoData()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto sessions = Emulator::DemoData::sessions(7, now);
        QCOMPARE(Emulator::DemoData::sessions(7, now), sessions); // repeatable
        QVERIFY(sessions.size() >= 2000);
        QSet<QString> subs, orgs, uoms;
        int active = 0;
        int cut = 0;
        int ahead = 0;
        for (const auto &s : sessions) {
            subs.insert(s.subscriptionId);
            orgs.insert(s.organizationId);
            uoms.insert(s.uom);
            active += s.isActive();
            if (s.sessionix > 0) {
                ++cut;
                QVERIFY(s.start > s.created - 1000);
            }
            QVERIFY(s.isActive() ? s.stop == BillForward::NoTimestamp : s.stop >= s.start);
            if (s.start > now) { // the radar's example of a device clock ahead, and only that one
                ++ahead;
                QVERIFY(s.isActive() && s.start - now >= 3600 * 1000);
            }
        }
        QCOMPARE(ahead, 1);
        QCOMPARE(subs.size(), 6);
        const QStringList ids = Emulator::DemoData::subscriptionIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), subs);
        QCOMPARE(orgs.size(), 2);
        QVERIFY(uoms.contains(QStringLiteral("minutes")) && uoms.contains(QStringLiteral("GB"))
                && uoms.contains(QStringLiteral("API calls")) && uoms.contains(QStringLiteral("seats")));
        QVERIFY(active > 5);
        QVERIFY(active < sessions.size() / 2);
        QVERIFY(cut > 5);
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorServer)
#include "tst_emulatorserver.moc"
