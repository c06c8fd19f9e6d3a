#include "api/apiclient.h"
#include "wire/sessioncodec.h"

#include "testpages.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace BillForward;
using TestSupport::RecordedRequest;
using TestSupport::TestResponse;
using TestSupport::TestServer;

Q_DECLARE_METATYPE(ApiError::Kind)

namespace {

const QByteArray Token = QByteArrayLiteral("tok-SECRET-123");

QByteArray onePage()
{
    return TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s1"))});
}

// Waits for the reply; the reply deletes itself later, so copy what is needed.
struct Outcome
{
    bool ok = false;
    ApiError error;
    SessionPage page;
    int attempts = 0;
    int finishedCount = 0;
};

Outcome waitFor(ApiReply *reply, int timeoutMs = 15000)
{
    Outcome outcome;
    QPointer<ApiReply> guard(reply);
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    outcome.finishedCount = int(spy.count());
    if (guard) {
        outcome.ok = guard->isOk();
        outcome.error = guard->error();
        outcome.page = guard->page();
        outcome.attempts = guard->attempts();
    }
    return outcome;
}

SessionBatch oneBatch()
{
    SessionBatch batch;
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-1");
    s.sessionId = QStringLiteral("s1");
    s.uom = QStringLiteral("minutes");
    s.pricingComponentName = QStringLiteral("Minutes");
    batch.usageSessions.append(s);
    return batch;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    void makeClient(const QString &basePath = QStringLiteral("/RestAPI"))
    {
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_server->url(basePath));
        m_client->setAccessToken(Token);
        m_client->setRetryBaseDelay(10);
        m_client->setTransferTimeout(5000);
    }

private slots:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->listen());
        makeClient();
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listParameters_data()
    {
        QTest::addColumn<QString>("subscription");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QStringList>("organizations");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("order");

        QTest::newRow("plain") << QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20") << false
                               << QStringList() << qint64(0) << 8766 << QStringLiteral("created")
                               << QStringLiteral("ASC");
        QTest::newRow("active") << QStringLiteral("SUB-1") << true << QStringList() << qint64(20) << 10
                                << QStringLiteral("start") << QStringLiteral("DESC");
        QTest::newRow("special-id") << QStringLiteral("SUB/1 ?#%+&=é") << false << QStringList()
                                    << qint64(0) << 1 << QStringLiteral("created") << QStringLiteral("ASC");
        QTest::newRow("special-id-active") << QStringLiteral("a/b/../c") << true << QStringList()
                                           << qint64(5) << 2 << QStringLiteral("uom") << QStringLiteral("ASC");
        QTest::newRow("two-organizations") << QStringLiteral("SUB-1") << false
                                           << QStringList{QStringLiteral("ORG-A"), QStringLiteral("ORG-B")}
                                           << qint64(8766) << 8766 << QStringLiteral("created")
                                           << QStringLiteral("ASC");
        QTest::newRow("organizations-special")
            << QStringLiteral("SUB-1") << false
            << QStringList{QStringLiteral("A&B=C"), QStringLiteral("x+y z"), QStringLiteral("ü,#")}
            << qint64(1) << 3 << QStringLiteral("sessionID") << QStringLiteral("DESC");
    }

    void listParameters()
    {
        QFETCH(QString, subscription);
        QFETCH(bool, active);
        QFETCH(QStringList, organizations);
        QFETCH(qint64, offset);
        QFETCH(int, records);
        QFETCH(QString, orderBy);
        QFETCH(QString, order);

        m_server->enqueue(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = subscription;
        query.activeOnly = active;
        query.organizations = organizations;
        query.offset = offset;
        query.records = records;
        query.orderBy = orderBy;
        query.order = order;
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.page.results.size(), 1);

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest request = m_server->lastRequest();
        QCOMPARE(request.method, QByteArray("GET"));
        const QByteArray expectedPath = "/RestAPI/usage-sessions/" + QUrl::toPercentEncoding(subscription)
            + (active ? "/active" : "");
        QCOMPARE(request.rawPath, expectedPath);
        // The ID is exactly one path segment.
        const QList<QByteArray> segments = request.rawPath.split('/');
        QCOMPARE(segments.size(), active ? 5 : 4);
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(segments.at(3))), subscription);

        QCOMPARE(request.queryValues(QStringLiteral("organizations")), organizations);
        QCOMPARE(request.queryValues(QStringLiteral("offset")), QStringList{QString::number(offset)});
        QCOMPARE(request.queryValues(QStringLiteral("records")), QStringList{QString::number(records)});
        QCOMPARE(request.queryValues(QStringLiteral("order_by")), QStringList{orderBy});
        QCOMPARE(request.queryValues(QStringLiteral("order")), QStringList{order});
        QVERIFY(request.queryValues(QStringLiteral("access_token")).isEmpty());
        QVERIFY(!request.rawQuery.contains(Token));
        // urlFor() says where the call went.
        QCOMPARE(m_client->urlFor(query).toEncoded(QUrl::FullyEncoded),
                 m_server->url().toEncoded() + request.target);
    }

    void baseUrlVariants_data()
    {
        QTest::addColumn<QString>("basePath");
        QTest::addColumn<QByteArray>("expectedPrefix");
        QTest::newRow("none") << QString() << QByteArray("/usage-sessions/");
        QTest::newRow("slash") << QStringLiteral("/") << QByteArray("/usage-sessions/");
        QTest::newRow("v1") << QStringLiteral("/v1") << QByteArray("/v1/usage-sessions/");
        QTest::newRow("v1-slash") << QStringLiteral("/v1/") << QByteArray("/v1/usage-sessions/");
        QTest::newRow("RestAPI") << QStringLiteral("/RestAPI") << QByteArray("/RestAPI/usage-sessions/");
        QTest::newRow("prefix") << QStringLiteral("/a/b/RestAPI//") << QByteArray("/a/b/RestAPI/usage-sessions/");
    }

    void baseUrlVariants()
    {
        QFETCH(QString, basePath);
        QFETCH(QByteArray, expectedPrefix);
        makeClient(basePath);
        m_server->setDefaultResponse(TestResponse::json(200, onePage()));

        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QVERIFY(waitFor(m_client->list(query)).ok);
        QVERIFY(waitFor(m_client->start(oneBatch())).ok);
        QVERIFY(waitFor(m_client->stop(oneBatch())).ok);
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).rawPath, expectedPrefix + "SUB-1");
        QCOMPARE(requests.at(1).rawPath, expectedPrefix + "start");
        QCOMPARE(requests.at(2).rawPath, expectedPrefix + "stop");
    }

    void headersAndBodies()
    {
        m_server->setDefaultResponse(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QVERIFY(waitFor(m_client->list(query)).ok);
        QVERIFY(waitFor(m_client->start(oneBatch())).ok);
        QVERIFY(waitFor(m_client->stop(oneBatch())).ok);

        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        for (const RecordedRequest &request : requests) {
            QCOMPARE(request.header("Accept"), QByteArray("application/json"));
            QCOMPARE(request.header("Authorization"), "Bearer " + Token);
            QCOMPARE(request.header("User-Agent"), QByteArray("UsageSessionAdmin/" USA_VERSION));
            QVERIFY(!request.target.contains(Token));
        }
        QVERIFY(!requests.at(0).hasHeader("Content-Type"));
        QCOMPARE(requests.at(1).method, QByteArray("POST"));
        QCOMPARE(requests.at(1).header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(requests.at(1).body, SessionCodec::encodeBatch(oneBatch()));
        QCOMPARE(requests.at(2).method, QByteArray("POST"));
        QCOMPARE(requests.at(2).header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(requests.at(2).body, SessionCodec::encodeBatch(oneBatch()));
    }

    void noTokenNoAuthorization()
    {
        m_client->setAccessToken({});
        m_server->enqueue(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QVERIFY(waitFor(m_client->list(query)).ok);
        QVERIFY(!m_server->lastRequest().hasHeader("Authorization"));
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kindName");
        QTest::addColumn<QString>("messagePart");

        const auto bf = [](const char *type, const char *message) {
            return QByteArray("{\"errorType\":\"") + type + "\",\"errorMessage\":\"" + message
                + "\",\"errorParameters\":[\"records\"]}";
        };
        const QByteArray json("application/json");
        QTest::newRow("400") << 400 << json << bf("ValidationError", "records out of range")
                             << QStringLiteral("ValidationError") << QStringLiteral("records out of range");
        QTest::newRow("401") << 401 << json << bf("Oauth", "bad token") << QStringLiteral("Oauth")
                             << QStringLiteral("did not accept the access token");
        QTest::newRow("403") << 403 << json << bf("PermissionsError", "no") << QStringLiteral("PermissionsError")
                             << QStringLiteral("not allowed");
        QTest::newRow("404-html") << 404 << QByteArray("text/html") << QByteArray("<html>nope</html>")
                                  << QStringLiteral("http") << QStringLiteral("404");
        QTest::newRow("405") << 405 << json << QByteArray() << QStringLiteral("http") << QStringLiteral("405");
        QTest::newRow("429") << 429 << json << bf("RateLimited", "slow down") << QStringLiteral("RateLimited")
                             << QStringLiteral("too many requests");
        QTest::newRow("500") << 500 << json << bf("ServerError", "boom") << QStringLiteral("ServerError")
                             << QStringLiteral("HTTP 500");
        QTest::newRow("502-html") << 502 << QByteArray("text/html")
                                  << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << QStringLiteral("http") << QStringLiteral("unavailable");
        QTest::newRow("503") << 503 << QByteArray("text/plain") << QByteArray("down")
                             << QStringLiteral("http") << QStringLiteral("HTTP 503");
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, kindName);
        QFETCH(QString, messagePart);

        m_client->setMaxAttempts(1);
        m_server->enqueue(TestResponse::text(status, body, contentType));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Http);
        QCOMPARE(outcome.error.httpStatus, status);
        QCOMPARE(outcome.error.kindName(), kindName);
        QVERIFY2(outcome.error.message().contains(messagePart, Qt::CaseInsensitive),
                 qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.message().contains(QString::fromLatin1(Token)));
        QVERIFY(!outcome.error.outcomeUnknown);
        if (contentType == "application/json" && !body.isEmpty())
            QCOMPARE(outcome.error.bfError.errorParameters, QStringList{QStringLiteral("records")});
    }

    // A server that echoes the token, whole or in pieces, in another case or
    // percent-encoded, in any field of its error: nothing of 8+ characters
    // of it survives in what the caller can show or write.
    void echoedTokenIsRedacted_data()
    {
        QTest::addColumn<QByteArray>("errorType");
        QTest::addColumn<QByteArray>("errorMessage");
        const QByteArray encoded = QUrl::toPercentEncoding(QString::fromLatin1(Token), {}, "-");
        QTest::newRow("errorType") << QByteArray("Oauth" + Token) << QByteArray("no");
        QTest::newRow("upper-case piece") << QByteArray("ValidationError")
                                          << QByteArray("bad key " + Token.mid(2, 9).toUpper());
        QTest::newRow("percent-encoded") << QByteArray("ValidationError") << QByteArray("key=" + encoded);
    }

    void echoedTokenIsRedacted()
    {
        QFETCH(QByteArray, errorType);
        QFETCH(QByteArray, errorMessage);
        m_client->setMaxAttempts(1);
        m_server->enqueue(TestResponse::bfError(400, errorType, errorMessage));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY(!outcome.ok);
        const QString shown = (outcome.error.kindName() + QLatin1Char(' ') + outcome.error.message()
                               + QLatin1Char(' ') + outcome.error.bfError.errorType + QLatin1Char(' ')
                               + outcome.error.bfError.errorMessage)
                                  .toLower();
        const QString token = QString::fromLatin1(Token).toLower();
        for (qsizetype i = 0; i + 8 <= token.size(); ++i)
            QVERIFY2(!shown.contains(token.mid(i, 8)), qPrintable(shown));
        QVERIFY2(!QUrl::fromPercentEncoding(shown.toUtf8()).contains(token.mid(0, 8)), qPrintable(shown));
        QVERIFY2(shown.contains(QLatin1String("[token]")), qPrintable(shown));
    }

    // A hostile server's megabyte of error text is cut to what a message can
    // show (redaction costs text x token).
    void longServerTextIsCut()
    {
        m_client->setMaxAttempts(1);
        m_server->enqueue(TestResponse::bfError(400, "ValidationError", QByteArray(1 << 20, 'x')));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.error.bfError.errorMessage.size() <= 4097);
        QVERIFY(outcome.error.bfError.errorMessage.endsWith(QStringLiteral("…")));
    }

    void decodeErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pathPart");
        QTest::newRow("not-json") << QByteArray("<html>hello</html>") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QString();
        QByteArray wrongType = TestSupport::pageJson({TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s1")),
                                                      TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s2"))});
        wrongType.replace(wrongType.lastIndexOf("\"sessionix\":0"), 13, "\"sessionix\":\"zero\"");
        QTest::newRow("wrong-type") << wrongType << QStringLiteral("results[1].sessionix");
    }

    void decodeErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, pathPart);
        m_server->enqueue(TestResponse::json(200, body));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Decode);
        QCOMPARE(outcome.error.kindName(), QStringLiteral("decode"));
        QCOMPARE(m_server->requestCount(), 1); // a bad answer is not retried
        if (!pathPart.isEmpty()) {
            QCOMPARE(outcome.error.decodeError.jsonPath, pathPart);
            QVERIFY2(outcome.error.message().contains(pathPart), qPrintable(outcome.error.message()));
        }
    }

    void connectionRefused_data()
    {
        QTest::addColumn<bool>("post");
        QTest::newRow("get") << false;
        QTest::newRow("post") << true;
    }

    void connectionRefused()
    {
        QFETCH(bool, post);
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
            port = closed.serverPort();
        }
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(post ? m_client->start(oneBatch()) : m_client->list(query));
        QCOMPARE(outcome.error.kind, ApiError::Kind::ConnectionRefused);
        QCOMPARE(outcome.error.kindName(), QStringLiteral("connection-refused"));
        QCOMPARE(outcome.attempts, post ? 1 : 3); // GETs are retried, POSTs never
        QVERIFY(!outcome.error.outcomeUnknown);
        QVERIFY(outcome.error.message().contains(QStringLiteral("refused")));
    }

    void transportFailures_data()
    {
        QTest::addColumn<TestResponse>("response");
        QTest::addColumn<bool>("post");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("kindName");

        TestResponse trickle = TestResponse::json(200, onePage());
        trickle.behaviour = TestResponse::Behaviour::Trickle;
        trickle.trickleBytes = 1;
        trickle.trickleIntervalMs = 800; // slower than the 200 ms timeout
        TestResponse cut = TestResponse::json(200, onePage());
        cut.behaviour = TestResponse::Behaviour::CutBody;
        cut.cutAfterBytes = 20;

        for (bool post : {false, true}) {
            const char *method = post ? "post-" : "get-";
            QTest::addRow("%snever-answer", method) << TestResponse::neverAnswer() << post
                                                    << ApiError::Kind::Timeout << QStringLiteral("timeout");
            QTest::addRow("%strickle", method) << trickle << post << ApiError::Kind::Timeout
                                               << QStringLiteral("timeout");
            QTest::addRow("%scut-body", method) << cut << post << ApiError::Kind::Network
                                                << QStringLiteral("network");
            QTest::addRow("%sclose", method) << TestResponse::closeWithoutAnswer() << post
                                             << ApiError::Kind::Network << QStringLiteral("network");
        }
    }

    void transportFailures()
    {
        QFETCH(TestResponse, response);
        QFETCH(bool, post);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, kindName);

        m_client->setTransferTimeout(200);
        m_client->setMaxAttempts(1);
        m_server->setDefaultResponse(response);
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = waitFor(post ? m_client->stop(oneBatch()) : m_client->list(query));
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.error.kindName(), kindName);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(clock.elapsed() < 5000);
        // The request reached the server: a POST's fate is unknown.
        QCOMPARE(outcome.error.outcomeUnknown, post);
        QVERIFY(!outcome.error.message().isEmpty());
    }

    void tooLarge_data()
    {
        QTest::addColumn<TestResponse>("response");
        QByteArray sessions;
        QList<QByteArray> many;
        for (int i = 0; i < 50; ++i)
            many.append(TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s%1").arg(i)));
        const QByteArray big = TestSupport::pageJson(many);
        QTest::newRow("content-length") << TestResponse::json(200, big);

        // Without Content-Length the bytes are counted as they come.
        QByteArray chunked;
        for (qsizetype at = 0; at < big.size(); at += 700) {
            const QByteArray part = big.mid(at, 700);
            chunked += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
        }
        chunked += "0\r\n\r\n";
        TestResponse streamed = TestResponse::json(200, chunked);
        streamed.withHeader("Transfer-Encoding", "chunked");
        QTest::newRow("chunked") << streamed;
    }

    void tooLarge()
    {
        QFETCH(TestResponse, response);
        m_client->setMaxResponseBytes(2000);
        m_server->setDefaultResponse(response);
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QCOMPARE(outcome.error.kind, ApiError::Kind::TooLarge);
        QCOMPARE(outcome.error.kindName(), QStringLiteral("too-large"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void retries_data()
    {
        QTest::addColumn<TestResponse>("response");
        QTest::addColumn<int>("expectedRequests");
        // Qt itself sends a GET again when the connection closes before any
        // answer (up to 3 times per attempt): a connection count, not ours.
        QTest::addColumn<bool>("qtMayResend");
        QTest::newRow("429") << TestResponse::bfError(429, "RateLimited", "slow") << 3 << false;
        QTest::newRow("502") << TestResponse::text(502, "<html>gw</html>", "text/html") << 3 << false;
        QTest::newRow("503") << TestResponse::text(503, "down") << 3 << false;
        QTest::newRow("504") << TestResponse::text(504, "late") << 3 << false;
        QTest::newRow("closed") << TestResponse::closeWithoutAnswer() << 3 << true;
        QTest::newRow("timeout") << TestResponse::neverAnswer() << 3 << false;
        QTest::newRow("400") << TestResponse::bfError(400, "ValidationError", "bad") << 1 << false;
        QTest::newRow("401") << TestResponse::bfError(401, "Oauth", "who") << 1 << false;
        QTest::newRow("404") << TestResponse::text(404, "no") << 1 << false;
        QTest::newRow("500") << TestResponse::bfError(500, "ServerError", "boom") << 3 << false;
    }

    void retries()
    {
        QFETCH(TestResponse, response);
        QFETCH(int, expectedRequests);
        QFETCH(bool, qtMayResend);
        m_client->setTransferTimeout(200);
        m_server->setDefaultResponse(response);
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.attempts, expectedRequests);
        if (qtMayResend) {
            QVERIFY(m_server->requestCount() >= expectedRequests);
            QVERIFY(m_server->requestCount() <= expectedRequests * 4);
        } else {
            QCOMPARE(m_server->requestCount(), expectedRequests);
        }
    }

    void retryThenSuccess()
    {
        m_server->enqueue(TestResponse::text(503, "down"));
        m_server->enqueue(TestResponse::bfError(429, "RateLimited", "slow").withHeader("Retry-After", "0"));
        m_server->enqueue(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.attempts, 3);
        QCOMPARE(outcome.page.results.size(), 1);
    }

    void retryAfterHonoured()
    {
        m_server->enqueue(TestResponse::bfError(429, "RateLimited", "slow").withHeader("Retry-After", "1"));
        m_server->enqueue(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QElapsedTimer clock;
        clock.start();
        const Outcome outcome = waitFor(m_client->list(query));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QVERIFY2(elapsed >= 1000, qPrintable(QString::number(elapsed)));
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).receivedAtMs - requests.at(0).receivedAtMs >= 1000);
    }

    void retryAfterOverCapNotRetried()
    {
        m_client->setMaxRetryAfter(5);
        m_server->setDefaultResponse(
            TestResponse::bfError(429, "RateLimited", "slow").withHeader("Retry-After", "3600"));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QCOMPARE(outcome.error.httpStatus, 429);
        QCOMPARE(outcome.error.retryAfterSeconds, 3600);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(outcome.error.message().contains(QStringLiteral("3600")));
    }

    // A 429's Retry-After holds the whole client: another caller's GET and a
    // POST made meanwhile reach the server only after it, in the order made,
    // also when the 429 itself is over the retry cap and not retried.
    void rateLimitHoldsEveryCaller_data()
    {
        QTest::addColumn<int>("maxRetryAfter");
        QTest::addColumn<bool>("firstRetried");
        QTest::newRow("retried") << 60 << true;
        QTest::newRow("over-cap") << 0 << false;
    }

    void rateLimitHoldsEveryCaller()
    {
        QFETCH(int, maxRetryAfter);
        QFETCH(bool, firstRetried);
        m_client->setMaxRetryAfter(maxRetryAfter);
        m_server->enqueue(TestResponse::bfError(429, "RateLimited", "slow").withHeader("Retry-After", "1"));
        m_server->setDefaultResponse(TestResponse::json(200, onePage()));
        QSignalSpy limited(m_client.get(), &ApiClient::rateLimited);
        ListQuery first;
        first.subscriptionId = QStringLiteral("SUB-FIRST");
        ApiReply *firstReply = m_client->list(first);
        QSignalSpy firstDone(firstReply, &ApiReply::finished);
        QVERIFY(limited.wait(5000));
        QCOMPARE(limited.constFirst().constFirst().toInt(), 1);
        // Callers that know nothing of the first one's 429.
        ListQuery second;
        second.subscriptionId = QStringLiteral("SUB-SECOND");
        // Spied on at once: either may finish while the test waits for the other.
        ApiReply *secondReply = m_client->list(second);
        QSignalSpy secondDone(secondReply, &ApiReply::finished);
        bool secondOk = false;
        connect(secondReply, &ApiReply::finished, this, [&secondOk, secondReply] { secondOk = secondReply->isOk(); });
        ApiReply *stopReply = m_client->stop(oneBatch());
        QSignalSpy stopDone(stopReply, &ApiReply::finished);
        QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 10000);
        QVERIFY(secondOk);
        QTRY_COMPARE_WITH_TIMEOUT(stopDone.size(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(firstDone.size(), 1, 10000);
        QCOMPARE(m_server->requestCount(), firstRetried ? 4 : 3);

        const auto requests = m_server->requests();
        const qint64 limitedAt = requests.at(0).receivedAtMs;
        QVERIFY(requests.at(0).path.contains(QLatin1String("SUB-FIRST")));
        QList<QByteArray> after;
        for (int i = 1; i < requests.size(); ++i) {
            QVERIFY2(requests.at(i).receivedAtMs - limitedAt >= 1000,
                     qPrintable(QStringLiteral("request %1 came %2 ms after the 429")
                                    .arg(i)
                                    .arg(requests.at(i).receivedAtMs - limitedAt)));
            after.append(requests.at(i).method + ' ' + requests.at(i).rawPath);
        }
        // The calls held went out in the order they were made.
        const qsizetype getAt = after.indexOf("GET /RestAPI/usage-sessions/SUB-SECOND");
        const qsizetype postAt = after.indexOf("POST /RestAPI/usage-sessions/stop");
        QVERIFY(getAt >= 0);
        QVERIFY(postAt > getAt);
        QCOMPARE(after.size(), firstRetried ? 3 : 2);
    }

    void postNeverRetried_data()
    {
        QTest::addColumn<TestResponse>("response");
        QTest::addColumn<bool>("outcomeUnknown");
        // Only a 4xx the API explained with a BFError proves nothing changed.
        QTest::newRow("429") << TestResponse::bfError(429, "RateLimited", "slow").withHeader("Retry-After", "0")
                             << false;
        QTest::newRow("400-bferror") << TestResponse::bfError(400, "ValidationError", "bad uom") << false;
        QTest::newRow("401-bferror") << TestResponse::bfError(401, "Oauth", "no") << false;
        QTest::newRow("409-bferror") << TestResponse::bfError(409, "ValidationError", "conflict") << false;
        // Everything else may follow an applied write.
        QTest::newRow("500-servererror") << TestResponse::bfError(500, "ServerError", "oops") << true;
        QTest::newRow("500-empty") << TestResponse::text(500, "") << true;
        QTest::newRow("503") << TestResponse::text(503, "down") << true;
        QTest::newRow("502") << TestResponse::text(502, "gateway") << true;
        QTest::newRow("303") << TestResponse::redirect(303, QUrl(QStringLiteral("/v1/usage-sessions/done")))
                             << true;
        QTest::newRow("404-no-bferror") << TestResponse::text(404, "<html>proxy</html>", "text/html") << true;
        TestResponse cut = TestResponse::json(200, R"({"results":[],"recordsReturned":0})");
        cut.behaviour = TestResponse::Behaviour::CutBody;
        cut.cutAfterBytes = 10;
        QTest::newRow("200-cut-body") << cut << true;
        TestResponse cut400 = TestResponse::bfError(400, "ValidationError", "bad uom");
        cut400.behaviour = TestResponse::Behaviour::CutBody;
        cut400.cutAfterBytes = 10;
        QTest::newRow("400-cut-body") << cut400 << true;
        QTest::newRow("200-undecodable") << TestResponse::json(200, "{not json") << true;
        QTest::newRow("closed") << TestResponse::closeWithoutAnswer() << true;
        QTest::newRow("timeout") << TestResponse::neverAnswer() << true;
    }

    void postNeverRetried()
    {
        QFETCH(TestResponse, response);
        QFETCH(bool, outcomeUnknown);
        m_client->setTransferTimeout(200);
        m_server->setDefaultResponse(response);
        const Outcome outcome = waitFor(m_client->start(oneBatch()));
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(outcome.error.outcomeUnknown, outcomeUnknown);
        // The user is told so, and not to simply try again.
        const bool saysMaybeApplied = outcome.error.message().contains(QLatin1String("may have reached the server"));
        QVERIFY2(saysMaybeApplied == outcomeUnknown, qPrintable(outcome.error.message()));
        if (outcomeUnknown)
            QVERIFY2(!outcome.error.message().contains(QLatin1String("Try again later")),
                     qPrintable(outcome.error.message()));
    }

    void crossOriginRedirectRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("post");
        QTest::newRow("302-get") << 302 << false;
        QTest::newRow("301-get") << 301 << false;
        QTest::newRow("307-post") << 307 << true;
        QTest::newRow("308-post") << 308 << true;
    }

    void crossOriginRedirectRefused()
    {
        QFETCH(int, status);
        QFETCH(bool, post);
        TestServer other;
        QVERIFY(other.listen());
        other.setDefaultResponse(TestResponse::json(200, onePage()));
        m_server->setDefaultResponse(TestResponse::redirect(status, other.url(QStringLiteral("/RestAPI/usage-sessions/start"))));

        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(post ? m_client->start(oneBatch()) : m_client->list(query));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(outcome.error.kindName(), QStringLiteral("redirect"));
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(other.requestCount(), 0);
        QCOMPARE(other.connectionCount(), 0);
        QVERIFY(outcome.error.message().contains(QString::number(other.port())));
    }

    void sameOriginRedirectFollowed()
    {
        // Qt 6.4 sometimes sends the redirected GET twice: answer by path.
        const QUrl moved = m_server->url(QStringLiteral("/RestAPI/moved/SUB-1"));
        m_server->setHandler([moved](const RecordedRequest &request) {
            if (request.rawPath.startsWith("/RestAPI/usage-sessions/"))
                return TestResponse::redirect(302, moved);
            return TestResponse::json(200, onePage());
        });
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.page.results.size(), 1);
        const RecordedRequest last = m_server->lastRequest();
        QCOMPARE(last.rawPath, QByteArray("/RestAPI/moved/SUB-1"));
        QCOMPARE(last.header("Authorization"), "Bearer " + Token);
    }

    void postRedirectNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("303") << 303;
        QTest::newRow("307") << 307;
        QTest::newRow("308") << 308;
    }

    void postRedirectNotFollowed()
    {
        QFETCH(int, status);
        m_server->setHandler([this, status](const RecordedRequest &request) {
            if (request.rawPath.endsWith("/start"))
                return TestResponse::redirect(status, m_server->url(QStringLiteral("/RestAPI/elsewhere")));
            return TestResponse::json(200, onePage());
        });
        const Outcome outcome = waitFor(m_client->start(oneBatch()));
        QCOMPARE(outcome.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void plainHttpToRemoteRefused_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("post");
        QTest::newRow("ipv4-get") << QStringLiteral("http://192.0.2.1/v1") << false;
        QTest::newRow("ipv4-post") << QStringLiteral("http://192.0.2.1:8080/RestAPI") << true;
        QTest::newRow("name") << QStringLiteral("http://app.billforward.net/v1") << false;
        QTest::newRow("ipv6") << QStringLiteral("http://[2001:db8::1]/v1") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/v1") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void plainHttpToRemoteRefused()
    {
        QFETCH(QString, baseUrl);
        QFETCH(bool, post);
        m_client->setBaseUrl(QUrl(baseUrl));
        m_client->setTransferTimeout(60000);
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        ApiReply *reply = post ? m_client->start(oneBatch()) : m_client->list(query);
        QSignalSpy spy(reply, &ApiReply::finished);
        QVERIFY(!reply->isFinished()); // finished() comes from the event loop
        // Refused without a try: no attempt (a request to 192.0.2.1 would
        // have counted one and waited out the 60 s timeout).
        QVERIFY(spy.wait(30000));
        QCOMPARE(reply->error().kind, ApiError::Kind::InvalidRequest);
        QCOMPARE(reply->error().kindName(), QStringLiteral("invalid-request"));
        QCOMPARE(reply->attempts(), 0);
        QVERIFY(!reply->error().outcomeUnknown);
        QVERIFY(!reply->error().message().isEmpty());
    }

    void localhostAllowed()
    {
        m_client->setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/RestAPI").arg(m_server->port())));
        m_server->enqueue(TestResponse::json(200, onePage()));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QVERIFY(waitFor(m_client->list(query)).ok);
    }

    void abortDeliversCancelledOnce_data()
    {
        QTest::addColumn<TestResponse>("response");
        QTest::newRow("in-flight") << TestResponse::neverAnswer();
        QTest::newRow("waiting-to-retry") << TestResponse::text(503, "down");
    }

    void abortDeliversCancelledOnce()
    {
        QFETCH(TestResponse, response);
        m_client->setRetryBaseDelay(60000);
        m_server->setDefaultResponse(response);
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        QPointer<ApiReply> reply = m_client->list(query);
        QSignalSpy spy(reply.data(), &ApiReply::finished);
        QTRY_COMPARE(m_server->requestCount(), 1);
        reply->abort();
        QCOMPARE(spy.count(), 1);
        QVERIFY(reply->isFinished());
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(reply->error().kindName(), QStringLiteral("cancelled"));
        reply->abort(); // harmless
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(reply.isNull()); // deletes itself
    }

    void largePageDecodedOffThread()
    {
        QList<QByteArray> sessions;
        for (int i = 0; i < 3000; ++i)
            sessions.append(TestSupport::sessionJson(QStringLiteral("SUB-1"), QStringLiteral("s%1").arg(i),
                                                     QStringLiteral("minutes"), 0, i));
        const QByteArray body = TestSupport::pageJson(sessions, 0, 3000);
        QVERIFY(body.size() > 64 * 1024);
        m_server->enqueue(TestResponse::json(200, body));
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        const Outcome outcome = waitFor(m_client->list(query));
        QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
        QCOMPARE(outcome.page.results.size(), 3000);
        QCOMPARE(outcome.page.results.at(2999).sessionId, QStringLiteral("s2999"));
    }

    // Bodies go through kept buffers (see ReceiveBufferPool): a smaller page
    // after a bigger one, and a bigger one after that, each decode to
    // exactly their own sessions, with none of the previous page's bytes.
    void consecutivePagesInReusedBuffers()
    {
        ListQuery query;
        query.subscriptionId = QStringLiteral("SUB-1");
        for (const int count : {3000, 1200, 3400}) {
            QList<QByteArray> sessions;
            for (int i = 0; i < count; ++i)
                sessions.append(TestSupport::sessionJson(QStringLiteral("SUB-1"),
                                                         QStringLiteral("p%1-s%2").arg(count).arg(i),
                                                         QStringLiteral("minutes"), 0, i));
            m_server->enqueue(TestResponse::json(200, TestSupport::pageJson(sessions, 0, count)));
            const Outcome outcome = waitFor(m_client->list(query));
            QVERIFY2(outcome.ok, qPrintable(outcome.error.message()));
            QCOMPARE(outcome.page.results.size(), count);
            QCOMPARE(outcome.page.results.constFirst().sessionId, QStringLiteral("p%1-s0").arg(count));
            QCOMPARE(outcome.page.results.constLast().sessionId, QStringLiteral("p%1-s%2").arg(count).arg(count - 1));
        }
    }

    void messagesPerKind_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::newRow("invalid") << ApiError::Kind::InvalidRequest << QStringLiteral("invalid-request");
        QTest::newRow("refused") << ApiError::Kind::ConnectionRefused << QStringLiteral("connection-refused");
        QTest::newRow("host") << ApiError::Kind::HostNotFound << QStringLiteral("host-not-found");
        QTest::newRow("network") << ApiError::Kind::Network << QStringLiteral("network");
        QTest::newRow("timeout") << ApiError::Kind::Timeout << QStringLiteral("timeout");
        QTest::newRow("tls") << ApiError::Kind::Tls << QStringLiteral("tls");
        QTest::newRow("redirect") << ApiError::Kind::Redirect << QStringLiteral("redirect");
        QTest::newRow("too-large") << ApiError::Kind::TooLarge << QStringLiteral("too-large");
        QTest::newRow("http") << ApiError::Kind::Http << QStringLiteral("http");
        QTest::newRow("decode") << ApiError::Kind::Decode << QStringLiteral("decode");
        QTest::newRow("cancelled") << ApiError::Kind::Cancelled << QStringLiteral("cancelled");
    }

    void messagesPerKind()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, name);
        ApiError error;
        error.kind = kind;
        error.httpStatus = kind == ApiError::Kind::Http ? 418 : 0;
        QCOMPARE(error.kindName(), name);
        QVERIFY(error.message().size() > 20);
        // Each kind says something of its own.
        static QSet<QString> seen;
        QVERIFY(!seen.contains(error.message()));
        seen.insert(error.message());
        error.bfError.errorType = QStringLiteral("ValidationError");
        QCOMPARE(error.kindName(), QStringLiteral("ValidationError"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
