#include "wire/sessioncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using namespace BillForward;

Q_DECLARE_METATYPE(BillForward::UsageSession)

namespace {

const QByteArray RequiredMembers =
    R"("subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20","sessionID":"S-1","uom":"minutes")";

// A page whose second session holds `members`.
QByteArray pageWith(const QByteArray &members)
{
    return R"({"recordsReturned":2,"results":[{)" + RequiredMembers + R"(},{)" + members + R"(}]})";
}

UsageSession required()
{
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
    s.sessionId = QStringLiteral("S-1");
    s.uom = QStringLiteral("minutes");
    return s;
}

Timestamp at(const char *text)
{
    Timestamp t = NoTimestamp;
    if (!WireTime::parse(QByteArrayView(text), t))
        qFatal("bad test datetime %s", text);
    return t;
}

UsageSession fullSession()
{
    UsageSession s = required();
    s.created = at("2026-02-27T13:15:51Z");
    s.changedBy = QStringLiteral("7ad0a3b4-52f0-4f5d-9c39-63a0a8e2f0a1");
    s.organizationId = QStringLiteral("ORG-0F2D6C1E-97A4-4B0C-8A5B-3D2E1F0A9B8C");
    s.pricingComponentId = QStringLiteral("PCO-11AA22BB-33CC-44DD-55EE-66FF77008811");
    s.pricingComponentName = QStringLiteral("Compute minutes");
    s.description = QStringLiteral("nightly batch");
    s.sessionix = 2;
    s.start = at("2026-02-27T13:15:51.250Z");
    s.stop = at("2026-02-28T01:00:00Z");
    s.state = QStringLiteral("Historic");
    s.uduration = 42248750;
    return s;
}

QString randomText(QRandomGenerator &random, int maxLength)
{
    static const char16_t pieces[] = {u'a', u'Z', u'0', u' ', u'"', u'\\', u'/', u'\n', u'\t', 0x01,
                                      0x1f, 0x7f, 0xe9, 0x20ac, 0x4e2d, 0xfeff, 0x2028};
    QString text;
    const int length = int(random.bounded(maxLength + 1));
    for (int i = 0; i < length; ++i) {
        const quint32 pick = random.bounded(20);
        if (pick < std::size(pieces))
            text += QChar(pieces[pick]);
        else if (pick == 17)
            text += QString::fromUcs4(U"\U0001F600", 1); // surrogate pair
        else
            text += QChar(u'a' + char16_t(random.bounded(26)));
    }
    return text;
}

Timestamp randomTime(QRandomGenerator &random)
{
    return random.bounded(qint64(-62135596800000), qint64(253402300799999)) / (random.bounded(2) ? 1 : 1000) * (1);
}

UsageSession randomSession(QRandomGenerator &random)
{
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-%1").arg(random.bounded(5));
    s.sessionId = randomText(random, 40);
    s.uom = randomText(random, 8);
    s.organizationId = randomText(random, 10);
    s.pricingComponentId = randomText(random, 10);
    s.pricingComponentName = randomText(random, 20);
    s.description = randomText(random, 60);
    s.changedBy = randomText(random, 10);
    s.state = random.bounded(3) ? QStringLiteral("Active") : randomText(random, 10);
    s.created = randomTime(random);
    s.start = randomTime(random);
    s.stop = random.bounded(2) ? NoTimestamp : randomTime(random);
    s.uduration = qint64(random.generate64() >> random.bounded(64));
    s.sessionix = qint32(random.generate());
    return s;
}

QByteArray validPage()
{
    SessionPage meta;
    meta.nextPage = QStringLiteral("usage-sessions/SUB-1?offset=3&records=3");
    meta.recordsRequested = 3;
    meta.recordsReturned = 3;
    QList<QByteArray> sessions;
    UsageSession s = fullSession();
    sessions << SessionCodec::encodeSession(s);
    s.sessionId = QString::fromUtf8("caf\xc3\xa9 \xf0\x9f\x98\x80");
    s.stop = NoTimestamp;
    s.state = QStringLiteral("Active");
    sessions << SessionCodec::encodeSession(s);
    s.sessionId = QStringLiteral("S-3");
    sessions << SessionCodec::encodeSession(s);
    return SessionCodec::encodePage(meta, sessions);
}

} // namespace

class tst_SessionCodec final : public QObject
{
    Q_OBJECT

private slots:
    void decodeErrorQuotesFewCharacters();
    void decodePageAccepts_data();
    void decodePageAccepts();
    void decodePageMetadata();
    void decodePageRejects_data();
    void decodePageRejects();
    void rejectsOversizedDocument();
    void deepNestingDoesNotCrash();
    void internsRepeatedStrings();
    void decodeBatch_data();
    void decodeBatch();
    void decodeSession();
    void decodeError_data();
    void decodeError();
    void errorMessageNamesThePath();
    void encodeSessionWritesEveryFieldInOrder();
    void encodeEscapes_data();
    void encodeEscapes();
    void encodeBatchWritesOnlySetFields();
    void encodePage();
    void encodeError();
    void roundTripRandomSessions();
    void roundTripBatch();
    void decodesOnManyThreads();
    void mutatedPagesNeverCrash();
};

void tst_SessionCodec::decodePageAccepts_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<UsageSession>("expected");

    const UsageSession base = required();
    UsageSession s;

    QTest::newRow("required only") << RequiredMembers << base;
    QTest::newRow("@type") << (R"("@type":"usageSession",)" + RequiredMembers) << base;
    QTest::newRow("every field")
        << (RequiredMembers + R"(,"@type":"usageSession","created":"2026-02-27T13:15:51Z",)"
                              R"("changedBy":"7ad0a3b4-52f0-4f5d-9c39-63a0a8e2f0a1",)"
                              R"("organizationID":"ORG-0F2D6C1E-97A4-4B0C-8A5B-3D2E1F0A9B8C",)"
                              R"("pricingComponentID":"PCO-11AA22BB-33CC-44DD-55EE-66FF77008811",)"
                              R"("pricingComponentName":"Compute minutes","description":"nightly batch",)"
                              R"("sessionix":2,"start":"2026-02-27T13:15:51.250Z","stop":"2026-02-28T01:00:00Z",)"
                              R"("state":"Historic","uduration":42248750)")
        << fullSession();
    QTest::newRow("fields in another order")
        << QByteArray(R"("uom":"minutes","sessionID":"S-1","state":"Active","subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20")")
        << [&] { s = base; s.state = QStringLiteral("Active"); return s; }();
    QTest::newRow("whitespace everywhere")
        << QByteArray("\n \"subscriptionID\" :\t\"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20\" ,\r\n\"sessionID\": \"S-1\" , \"uom\" : \"minutes\" ")
        << base;

    const struct
    {
        const char *name;
        const char *text;
    } times[] = {
        {"start Z", "2026-02-27T13:15:51Z"},
        {"start .1", "2026-02-27T13:15:51.1Z"},
        {"start .12", "2026-02-27T13:15:51.12Z"},
        {"start .123", "2026-02-27T13:15:51.123Z"},
        {"start .123456", "2026-02-27T13:15:51.123456Z"},
        {"start .123456789", "2026-02-27T13:15:51.123456789Z"},
        {"start +00:00", "2026-02-27T13:15:51+00:00"},
        {"start +0000", "2026-02-27T13:15:51+0000"},
        {"start +00", "2026-02-27T13:15:51+00"},
        {"start +05:30", "2026-02-27T18:45:51+05:30"},
        {"start -0800", "2026-02-27T05:15:51-0800"},
        {"start -03", "2026-02-27T10:15:51-03"},
        {"start .5+01:00", "2026-02-27T14:15:51.5+01:00"},
    };
    for (const auto &t : times) {
        s = base;
        s.start = at(t.text);
        QTest::newRow(t.name) << (RequiredMembers + R"(,"start":")" + t.text + '"') << s;
    }

    QTest::newRow("stop absent") << (RequiredMembers + R"(,"state":"Active")")
                                 << [&] { s = base; s.state = QStringLiteral("Active"); return s; }();
    QTest::newRow("stop null") << (RequiredMembers + R"(,"stop":null,"state":"Active")")
                               << [&] { s = base; s.state = QStringLiteral("Active"); return s; }();
    QTest::newRow("uduration 2^40") << (RequiredMembers + R"(,"uduration":1099511627776)")
                                    << [&] { s = base; s.uduration = qint64(1) << 40; return s; }();
    QTest::newRow("uduration int64 max") << (RequiredMembers + R"(,"uduration":9223372036854775807)")
                                         << [&] { s = base; s.uduration = std::numeric_limits<qint64>::max(); return s; }();
    QTest::newRow("sessionix int32 max") << (RequiredMembers + R"(,"sessionix":2147483647)")
                                         << [&] { s = base; s.sessionix = 2147483647; return s; }();
    QTest::newRow("null numbers") << (RequiredMembers + R"(,"sessionix":null,"uduration":null)") << base;
    QTest::newRow("unknown scalars")
        << (RequiredMembers + R"(,"x":1,"y":-2.5e10,"z":true,"w":false,"v":null,"u":"text")") << base;
    QTest::newRow("unknown nested object")
        << (R"("extra":{"a":{"b":[1,{"c":null}],"d":"}"},"e":[]},)" + RequiredMembers) << base;
    QTest::newRow("unknown nested array")
        << (RequiredMembers + R"(,"extra":[[["]"],{"k":[{}]}],[],-0.0])") << base;
    QTest::newRow("unknown field named like a known one, other case")
        << (RequiredMembers + R"(,"Start":5,"SESSIONID":[])") << base;
    QTest::newRow("unknown state") << (RequiredMembers + R"(,"state":"Suspended")")
                                   << [&] { s = base; s.state = QStringLiteral("Suspended"); return s; }();
    QTest::newRow("null optional strings")
        << (RequiredMembers + R"(,"description":null,"organizationID":null,"changedBy":null,"state":null,"pricingComponentID":null,"pricingComponentName":null)")
        << base;
    QTest::newRow("null datetimes") << (RequiredMembers + R"(,"created":null,"start":null,"stop":null)") << base;
    QTest::newRow("raw UTF-8")
        << (RequiredMembers + ",\"description\":\"Gr\xc3\xbc\xc3\x9f\x65 \xe4\xb8\xad\xe6\x96\x87 \xf0\x9f\x98\x80\"")
        << [&] { s = base; s.description = QString::fromUtf8("Grüße 中文 😀"); return s; }();
    QTest::newRow("escapes")
        << (RequiredMembers + R"(,"description":"\u00e9\u4e2d\ud83d\ude00 \"q\" \\ \/ \b\f\n\r\t \u0000\u001f")")
        << [&] {
               s = base;
               s.description = QString::fromUtf8("é中😀 \"q\" \\ / \b\f\n\r\t ") + QChar(0) + QChar(0x1f);
               return s;
           }();
    QTest::newRow("escaped key") << QByteArray(R"("subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20","s\u0065ssionID":"S-1","uom":"minutes")")
                                 << base;
    QTest::newRow("document nested 64 deep")
        << (RequiredMembers + ",\"x\":" + QByteArray(61, '[') + QByteArray(61, ']')) << base;
    QTest::newRow("empty strings count as present")
        << QByteArray(R"("subscriptionID":"","sessionID":"","uom":"")") << UsageSession{};
}

void tst_SessionCodec::decodePageAccepts()
{
    QFETCH(QByteArray, members);
    QFETCH(UsageSession, expected);
    SessionPage page;
    DecodeError error;
    QVERIFY2(SessionCodec::decodePage(pageWith(members), page, error),
             qPrintable(error.jsonPath + QLatin1String(": ") + error.reason));
    QCOMPARE(page.results.size(), 2);
    QCOMPARE(page.results.at(0), required());
    const UsageSession &got = page.results.at(1);
    QCOMPARE(got.subscriptionId, expected.subscriptionId);
    QCOMPARE(got.sessionId, expected.sessionId);
    QCOMPARE(got.uom, expected.uom);
    QCOMPARE(got.description, expected.description);
    QCOMPARE(got.start, expected.start);
    QCOMPARE(got.stop, expected.stop);
    QCOMPARE(got.state, expected.state);
    QCOMPARE(got.uduration, expected.uduration);
    QVERIFY(got == expected);
}

void tst_SessionCodec::decodePageMetadata()
{
    const QByteArray json = R"({"@type":"UsageSessionPagedMetadata","nextPage":"usage-sessions/SUB-1?offset=10&records=10",)"
                            R"("currentPage":1,"currentOffset":10,"recordsRequested":10,"recordsReturned":0,)"
                            R"("executionTime":1234567890123,"extra":{"x":[1]},"results":[]})";
    SessionPage page;
    DecodeError error;
    QVERIFY2(SessionCodec::decodePage(json, page, error), qPrintable(error.reason));
    QCOMPARE(page.nextPage, QStringLiteral("usage-sessions/SUB-1?offset=10&records=10"));
    QVERIFY(page.hasNextPage());
    QCOMPARE(page.currentPage, 1);
    QCOMPARE(page.currentOffset, 10);
    QCOMPARE(page.recordsRequested, 10);
    QCOMPARE(page.recordsReturned, 0);
    QCOMPARE(page.executionTime, 1234567890123);
    QVERIFY(page.results.isEmpty());

    const QByteArray json1 = R"({"nextPage":null,"results":[]})";
    QVERIFY(SessionCodec::decodePage(json1, page, error));
    QVERIFY(!page.hasNextPage());

    // A repeated key: the last one wins, results included.
    const QByteArray repeated = "{\"results\":[{" + RequiredMembers + "},{" + RequiredMembers
        + "}],\"results\":[{" + RequiredMembers + "}],\"currentPage\":1,\"currentPage\":2}";
    QVERIFY(SessionCodec::decodePage(repeated, page, error));
    QCOMPARE(page.results.size(), 1);
    QCOMPARE(page.currentPage, 2);
}

void tst_SessionCodec::decodePageRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");

    const QString whole;
    QTest::newRow("empty") << QByteArray() << whole;
    QTest::newRow("blank") << QByteArray(" \n ") << whole;
    QTest::newRow("text") << QByteArray("hello") << whole;
    QTest::newRow("HTML") << QByteArray("<html><body>502 Bad Gateway</body></html>") << whole;
    QTest::newRow("top-level array") << QByteArray("[]") << whole;
    QTest::newRow("top-level number") << QByteArray("5") << whole;
    QTest::newRow("top-level string") << QByteArray(R"("results")") << whole;
    QTest::newRow("top-level null") << QByteArray("null") << whole;
    QTest::newRow("trailing text") << QByteArray(R"({"results":[]} x)") << whole;
    QTest::newRow("two documents") << QByteArray(R"({"results":[]}{})") << whole;
    QTest::newRow("missing comma") << QByteArray(R"({"results":[] "a":1})") << whole;
    QTest::newRow("single quotes") << QByteArray(R"({'results':[]})") << whole;
    QTest::newRow("bad escape") << pageWith(RequiredMembers + R"(,"description":"\x")") << whole;
    QTest::newRow("invalid UTF-8") << pageWith(RequiredMembers + ",\"description\":\"\xff\xfe\"") << whole;
    QTest::newRow("overlong UTF-8") << pageWith(RequiredMembers + ",\"description\":\"\xc0\xaf\"") << whole;
    QTest::newRow("bad null") << pageWith(RequiredMembers + R"(,"stop":nul)") << whole;
    QTest::newRow("bad literal in unknown field") << pageWith(RequiredMembers + R"(,"x":[1,2,]}]})") << whole;
    // On-Demand skips values nobody reads without checking them; the codec reads them.
    QTest::newRow("unknown field: tru") << pageWith(RequiredMembers + R"(,"x":tru)") << whole;
    QTest::newRow("unknown field: leading zero") << pageWith(RequiredMembers + R"(,"x":01)") << whole;
    QTest::newRow("unknown field: bad escape") << pageWith(RequiredMembers + R"(,"x":"\q")") << whole;
    QTest::newRow("unknown field: missing comma") << pageWith(RequiredMembers + R"(,"x":[1 2])") << whole;
    QTest::newRow("unknown field: missing colon") << pageWith(RequiredMembers + R"(,"x":{"a" 1})") << whole;
    QTest::newRow("unknown top-level field: nul") << QByteArray(R"({"results":[],"x":nul})") << whole;
    QTest::newRow("document nested 65 deep") << pageWith(RequiredMembers + ",\"x\":" + QByteArray(62, '[') + QByteArray(62, ']')) << whole;

    const QByteArray valid = validPage();
    for (const qsizetype cut : {qsizetype(1), qsizetype(2), qsizetype(12), valid.size() / 4, valid.size() / 3,
                                valid.size() / 2, valid.size() - 40, valid.size() - 3, valid.size() - 2,
                                valid.size() - 1}) {
        QTest::addRow("truncated to %lld bytes", qlonglong(cut)) << valid.left(cut) << whole;
    }

    QTest::newRow("results missing") << QByteArray(R"({"recordsReturned":0})") << QStringLiteral("results");
    QTest::newRow("results object") << QByteArray(R"({"results":{}})") << QStringLiteral("results");
    QTest::newRow("results string") << QByteArray(R"({"results":"[]"})") << QStringLiteral("results");
    QTest::newRow("results null") << QByteArray(R"({"results":null})") << QStringLiteral("results");
    QTest::newRow("result not an object") << QByteArray(R"({"results":[5]})") << QStringLiteral("results[0]");
    QTest::newRow("second result an array") << (R"({"results":[{)" + RequiredMembers + R"(},[]]})")
                                            << QStringLiteral("results[1]");
    QTest::newRow("nextPage number") << QByteArray(R"({"nextPage":5,"results":[]})") << QStringLiteral("nextPage");
    QTest::newRow("currentPage string") << QByteArray(R"({"currentPage":"1","results":[]})")
                                        << QStringLiteral("currentPage");
    QTest::newRow("recordsReturned float") << QByteArray(R"({"recordsReturned":1.5,"results":[]})")
                                           << QStringLiteral("recordsReturned");

    const char *const requiredFields[] = {"subscriptionID", "sessionID", "uom"};
    for (const char *field : requiredFields) {
        QByteArray members;
        for (const char *other : requiredFields) {
            if (other != field)
                members += '"' + QByteArray(other) + R"(":"x",)";
        }
        QTest::addRow("%s missing", field) << pageWith(members + R"("state":"Active")")
                                           << QStringLiteral("results[1].%1").arg(QLatin1String(field));
        QTest::addRow("%s null", field) << pageWith(members + '"' + field + R"(":null)")
                                        << QStringLiteral("results[1].%1").arg(QLatin1String(field));
    }

    const struct
    {
        const char *field;
        const char *value;
    } wrongTypes[] = {
        {"subscriptionID", "5"}, {"sessionID", "[]"}, {"uom", "{}"}, {"organizationID", "1"},
        {"pricingComponentID", "false"}, {"pricingComponentName", "true"}, {"description", "[\"a\"]"},
        {"changedBy", "0"}, {"state", "{\"v\":1}"}, {"created", "true"}, {"start", "5"},
        {"stop", "{}"}, {"sessionix", "\"x\""}, {"sessionix", "1.5"}, {"sessionix", "2147483648"},
        {"sessionix", "-2147483649"}, {"sessionix", "[]"}, {"uduration", "\"1\""},
        {"uduration", "1e3"}, {"uduration", "9223372036854775808"}, {"uduration", "true"},
        {"start", "\"2026-02-30T00:00:00Z\""}, {"start", "\"yesterday\""}, {"start", "\"\""},
        {"created", "\"2026-02-27\""}, {"stop", "\"2026-02-27T25:00:00Z\""},
        {"stop", "\"2026-02-27T13:15:51+25:00\""},
    };
    for (const auto &w : wrongTypes) {
        QTest::addRow("%s: %s", w.field, w.value)
            << pageWith(RequiredMembers + R"(,")" + w.field + R"(":)" + w.value)
            << QStringLiteral("results[1].%1").arg(QLatin1String(w.field));
    }
}

void tst_SessionCodec::decodePageRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    SessionPage page;
    page.nextPage = QStringLiteral("stale");
    DecodeError error;
    QVERIFY(!SessionCodec::decodePage(json, page, error));
    QCOMPARE(error.jsonPath, path);
    QVERIFY(!error.reason.isEmpty());
    QVERIFY(page.results.isEmpty());
    QVERIFY(page.nextPage.isEmpty());
}

void tst_SessionCodec::rejectsOversizedDocument()
{
    // The size is checked before a byte is read, so a view that claims to be
    // larger than the limit is enough.
    const char small[] = R"({"results":[]})";
    SessionPage page;
    DecodeError error;
    QVERIFY(!SessionCodec::decodePage(QByteArrayView(small, SessionCodec::MaxDocumentBytes + 1), page, error));
    QVERIFY(error.jsonPath.isEmpty());
    QVERIFY(error.reason.contains(QLatin1String("larger")));
}

void tst_SessionCodec::deepNestingDoesNotCrash()
{
    // An unknown member nested a little is skipped; deeper than the cap
    // (64 levels in all) is an error that says so.
    {
        const QByteArray nested = QByteArray(10, '[') + QByteArray(10, ']');
        SessionPage page;
        DecodeError error;
        QVERIFY2(SessionCodec::decodePage(pageWith(RequiredMembers + R"(,"x":)" + nested), page, error),
                 qPrintable(error.reason));
    }
    for (const int depth : {100, 2000, 100000}) {
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        SessionPage page;
        DecodeError error;
        QVERIFY(!SessionCodec::decodePage(pageWith(RequiredMembers + R"(,"x":)" + nested), page, error));
        QVERIFY2(error.reason.contains(QLatin1String("nested deeper than 64")), qPrintable(error.reason));
        const QByteArray json2 = R"({"results":[{"x":)";
        QVERIFY(!SessionCodec::decodePage(json2 + QByteArray(depth, '['), page, error));
        QVERIFY(error.jsonPath.isEmpty());
    }
}

void tst_SessionCodec::internsRepeatedStrings()
{
    SessionPage page;
    DecodeError error;
    QVERIFY(SessionCodec::decodePage(validPage(), page, error));
    QCOMPARE(page.results.size(), 3);
    const UsageSession &a = page.results.at(0);
    const UsageSession &b = page.results.at(2);
    QCOMPARE(a.subscriptionId.constData(), b.subscriptionId.constData());
    QCOMPARE(a.organizationId.constData(), b.organizationId.constData());
    QCOMPARE(a.pricingComponentId.constData(), b.pricingComponentId.constData());
    QCOMPARE(a.uom.constData(), b.uom.constData());
    QCOMPARE(a.changedBy.constData(), b.changedBy.constData());
    QCOMPARE(a.description.constData(), b.description.constData());
    QCOMPARE(page.results.at(1).state.constData(), b.state.constData());
}

void tst_SessionCodec::decodeBatch_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");

    QTest::newRow("items lacking fields") << QByteArray(R"({"usageSessions":[{},{"uom":"GB"},{"sessionID":"x"}]})")
                                          << true << QString() << 3;
    QTest::newRow("empty list") << QByteArray(R"({"usageSessions":[]})") << true << QString() << 0;
    QTest::newRow("with organization") << QByteArray(R"({"organizationID":"ORG-1","usageSessions":[{}],"@type":"x"})")
                                       << true << QString() << 1;
    QTest::newRow("wrong type in third item")
        << QByteArray(R"({"usageSessions":[{},{},{"start":5}]})") << false << QStringLiteral("usageSessions[2].start") << 0;
    QTest::newRow("bad datetime") << QByteArray(R"({"usageSessions":[{"stop":"2026-02-30T00:00:00Z"}]})")
                                  << false << QStringLiteral("usageSessions[0].stop") << 0;
    QTest::newRow("item not an object") << QByteArray(R"({"usageSessions":[{},"x"]})") << false
                                        << QStringLiteral("usageSessions[1]") << 0;
    QTest::newRow("usageSessions object") << QByteArray(R"({"usageSessions":{}})") << false
                                          << QStringLiteral("usageSessions") << 0;
    QTest::newRow("usageSessions missing") << QByteArray(R"({"organizationID":"ORG-1"})") << false
                                           << QStringLiteral("usageSessions") << 0;
    QTest::newRow("organizationID number") << QByteArray(R"({"usageSessions":[],"organizationID":1})") << false
                                           << QStringLiteral("organizationID") << 0;
    QTest::newRow("not JSON") << QByteArray(R"({"usageSessions":[{]})") << false << QString() << 0;
    QTest::newRow("array") << QByteArray(R"([{}])") << false << QString() << 0;
}

void tst_SessionCodec::decodeBatch()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QFETCH(QString, path);
    QFETCH(int, count);
    SessionBatch batch;
    DecodeError error;
    QCOMPARE(SessionCodec::decodeBatch(json, batch, error), accepted);
    QCOMPARE(error.jsonPath, path);
    QCOMPARE(batch.usageSessions.size(), count);
    if (json.contains("ORG-1") && accepted)
        QCOMPARE(batch.organizationId, QStringLiteral("ORG-1"));
}

// A server that echoes a secret into a datetime field: the error (shown,
// logged, written to the journal) quotes only a few characters of it.
void tst_SessionCodec::decodeErrorQuotesFewCharacters()
{
    const QByteArray value = "SECRET-abcdefghijklmnopqrstuvwxyz-0123456789";
    SessionBatch batch;
    DecodeError error;
    QVERIFY(!SessionCodec::decodeBatch(R"({"usageSessions":[{"stop":")" + value + R"("}]})", batch, error));
    QCOMPARE(error.jsonPath, QStringLiteral("usageSessions[0].stop"));
    const QString text = error.message();
    QVERIFY2(text.contains(QLatin1String("SECRET")), qPrintable(text)); // enough to recognise it
    for (qsizetype i = 0; i + 7 <= value.size(); ++i)
        QVERIFY2(!text.contains(QString::fromLatin1(value.mid(i, 7))), qPrintable(text));
    QVERIFY2(text.contains(QString::number(value.size())), qPrintable(text));
}

void tst_SessionCodec::decodeSession()
{
    UsageSession session;
    DecodeError error;
    QVERIFY(SessionCodec::decodeSession(SessionCodec::encodeSession(fullSession()), session, error));
    QVERIFY(session == fullSession());

    const QByteArray json3 = R"({"subscriptionID":"a","sessionID":"b"})";
    QVERIFY(!SessionCodec::decodeSession(json3, session, error));
    QCOMPARE(error.jsonPath, QStringLiteral("uom"));
    const QByteArray json4 = R"({"subscriptionID":"a","sessionID":"b","uom":"c","start":1})";
    QVERIFY(!SessionCodec::decodeSession(json4, session, error));
    QCOMPARE(error.jsonPath, QStringLiteral("start"));
    QVERIFY(session == UsageSession());
    QVERIFY(!SessionCodec::decodeSession("[]", session, error));
    QCOMPARE(error.jsonPath, QString());
}

void tst_SessionCodec::decodeError_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<BFError>("expected");

    BFError full;
    full.errorType = QStringLiteral("ValidationError");
    full.errorMessage = QStringLiteral("Session already active");
    full.errorCode = 7;
    full.errorParameters = {QStringLiteral("usageSessions[2].uom"), QStringLiteral("x")};
    QTest::newRow("full") << QByteArray(R"({"@type":"BFError","errorType":"ValidationError","errorMessage":"Session already active",)"
                                        R"("errorCode":7,"errorParameters":["usageSessions[2].uom","x"],"extra":{}})")
                          << true << full;
    BFError typeOnly;
    typeOnly.errorType = QStringLiteral("Oauth");
    QTest::newRow("errorType only") << QByteArray(R"({"errorType":"Oauth"})") << true << typeOnly;
    BFError messageOnly;
    messageOnly.errorMessage = QStringLiteral("Rate limit");
    QTest::newRow("errorMessage only, odd types elsewhere")
        << QByteArray(R"({"errorMessage":"Rate limit","errorCode":"x","errorParameters":"y"})") << true << messageOnly;
    BFError mixedParameters = messageOnly;
    mixedParameters.errorParameters = {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("non-string parameters skipped")
        << QByteArray(R"({"errorMessage":"Rate limit","errorParameters":["a",1,null,"b"]})") << true << mixedParameters;
    QTest::newRow("empty object") << QByteArray("{}") << false << BFError();
    QTest::newRow("other object") << QByteArray(R"({"results":[]})") << false << BFError();
    QTest::newRow("wrong types only") << QByteArray(R"({"errorType":1,"errorMessage":null})") << false << BFError();
    QTest::newRow("HTML") << QByteArray("<html>502</html>") << false << BFError();
    QTest::newRow("array") << QByteArray(R"([{"errorType":"Oauth"}])") << false << BFError();
    QTest::newRow("truncated") << QByteArray(R"({"errorType":"Oauth","errorMessage":"x)") << false << BFError();
}

void tst_SessionCodec::decodeError()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QFETCH(BFError, expected);
    BFError error;
    error.errorType = QStringLiteral("stale");
    QCOMPARE(SessionCodec::decodeError(json, error), accepted);
    QCOMPARE(error.errorType, expected.errorType);
    QCOMPARE(error.errorMessage, expected.errorMessage);
    QCOMPARE(error.errorCode, expected.errorCode);
    QCOMPARE(error.errorParameters, expected.errorParameters);
}

void tst_SessionCodec::errorMessageNamesThePath()
{
    SessionPage page;
    DecodeError error;
    const QByteArray json5 = R"(,"start":5)";
    QVERIFY(!SessionCodec::decodePage(pageWith(RequiredMembers + json5), page, error));
    QVERIFY(error.message().contains(QLatin1String("results[1].start")));
    QVERIFY(error.message().contains(error.reason));
    QVERIFY(!SessionCodec::decodePage("nope", page, error));
    QVERIFY(error.message().contains(error.reason));
}

void tst_SessionCodec::encodeSessionWritesEveryFieldInOrder()
{
    UsageSession s = fullSession();
    const QByteArray json6 = R"({"@type":"usageSession","created":"2026-02-27T13:15:51Z",)"
        R"("changedBy":"7ad0a3b4-52f0-4f5d-9c39-63a0a8e2f0a1",)"
        R"("organizationID":"ORG-0F2D6C1E-97A4-4B0C-8A5B-3D2E1F0A9B8C",)"
        R"("subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20","sessionID":"S-1",)"
        R"("pricingComponentID":"PCO-11AA22BB-33CC-44DD-55EE-66FF77008811",)"
        R"("pricingComponentName":"Compute minutes","uom":"minutes","description":"nightly batch",)"
        R"("sessionix":2,"start":"2026-02-27T13:15:51.250Z","stop":"2026-02-28T01:00:00Z",)"
        R"("state":"Historic","uduration":42248750})";
    QCOMPARE(SessionCodec::encodeSession(s), json6);

    const QByteArray empty = SessionCodec::encodeSession(UsageSession());
    const QByteArray json7 = R"({"@type":"usageSession","created":null,"changedBy":"","organizationID":"",)"
        R"("subscriptionID":"","sessionID":"","pricingComponentID":"","pricingComponentName":"",)"
        R"("uom":"","description":"","sessionix":0,"start":null,"stop":null,"state":"","uduration":0})";
    QCOMPARE(empty, json7);

    QByteArray appended("[");
    SessionCodec::appendSession(appended, s);
    QCOMPARE(appended, '[' + SessionCodec::encodeSession(s));
    QCOMPARE(SessionCodec::encodeSessions({s, s}),
             '[' + SessionCodec::encodeSession(s) + ',' + SessionCodec::encodeSession(s) + ']');
    QCOMPARE(SessionCodec::encodeSessions({}), QByteArray("[]"));
}

void tst_SessionCodec::encodeEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("decoded"); // as a JSON reader sees it

    QString controls;
    for (char16_t c = 0; c < 0x20; ++c)
        controls += QChar(c);
    QTest::newRow("every control char") << controls << controls;
    QTest::newRow("quotes and backslashes") << QStringLiteral(R"(a"b\c\"d\\)") << QStringLiteral(R"(a"b\c\"d\\)");
    QTest::newRow("DEL, slash, U+2028") << (QStringLiteral("/\x7f") + QChar(0x2028)) << (QStringLiteral("/\x7f") + QChar(0x2028));
    QTest::newRow("BMP and emoji") << QString::fromUtf8("é中😀\xef\xbb\xbf") << QString::fromUtf8("é中😀\xef\xbb\xbf");
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd83d) + QStringLiteral("b"))
                                         << (QStringLiteral("a") + QChar(0xfffd) + QStringLiteral("b"));
    QTest::newRow("lone low surrogate at end") << (QStringLiteral("a") + QChar(0xde00)) << (QStringLiteral("a") + QChar(0xfffd));
    QTest::newRow("swapped surrogates") << (QString(QChar(0xde00)) + QChar(0xd83d))
                                        << (QString(QChar(0xfffd)) + QChar(0xfffd));
}

void tst_SessionCodec::encodeEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, decoded);
    UsageSession s = required();
    s.description = text;
    s.sessionId = text;
    const QByteArray json = SessionCodec::encodeSession(s);
    QVERIFY(QString::fromUtf8(json).toUtf8() == json); // valid UTF-8
    for (const char c : json)
        QVERIFY(uchar(c) >= 0x20);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QLatin1String("description")).toString(), decoded);
    UsageSession back;
    DecodeError error;
    QVERIFY(SessionCodec::decodeSession(json, back, error));
    QCOMPARE(back.description, decoded);
    QCOMPARE(back.sessionId, decoded);
}

void tst_SessionCodec::encodeBatchWritesOnlySetFields()
{
    SessionBatch batch;
    UsageSession start = required();
    start.pricingComponentName = QStringLiteral("Compute minutes");
    start.changedBy = QStringLiteral("server-set");
    start.state = QStringLiteral("Active");
    start.sessionix = 3;
    start.uduration = 9;
    start.created = at("2026-01-01T00:00:00Z");
    UsageSession stop = required();
    stop.stop = at("2026-02-27T13:15:51.5Z");
    batch.usageSessions = {start, stop, UsageSession()};
    const QByteArray json8 = R"({"usageSessions":[)"
        R"({"subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20","sessionID":"S-1","pricingComponentName":"Compute minutes","uom":"minutes"},)"
        R"({"subscriptionID":"SUB-604915D4-C20C-C3F0-6C10-6A9C7B20","sessionID":"S-1","uom":"minutes","stop":"2026-02-27T13:15:51.500Z"},)"
        R"({}]})";
    QCOMPARE(SessionCodec::encodeBatch(batch), json8);
    batch.organizationId = QStringLiteral("ORG-1");
    batch.usageSessions = {};
    const QByteArray json9 = R"({"usageSessions":[],"organizationID":"ORG-1"})";
    QCOMPARE(SessionCodec::encodeBatch(batch), json9);
}

void tst_SessionCodec::encodePage()
{
    SessionPage meta;
    meta.currentPage = 2;
    meta.currentOffset = 20;
    meta.recordsRequested = 10;
    meta.recordsReturned = 2;
    meta.executionTime = 5;
    const QByteArray json10 = R"({"currentPage":2,"currentOffset":20,"recordsRequested":10,"recordsReturned":2,)"
        R"("executionTime":5,"results":[{},{"a":1}]})";
    QCOMPARE(SessionCodec::encodePage(meta, {"{}", "{\"a\":1}"}), json10);
    meta.nextPage = QStringLiteral("usage-sessions/SUB-1?offset=30&records=10");
    const QByteArray json11 = R"({"nextPage":"usage-sessions/SUB-1?offset=30&records=10","currentPage":2,"currentOffset":20,)"
        R"("recordsRequested":10,"recordsReturned":2,"executionTime":5,"results":[]})";
    QCOMPARE(SessionCodec::encodePage(meta, {}), json11);
}

void tst_SessionCodec::encodeError()
{
    BFError error;
    error.errorType = QStringLiteral("ValidationError");
    error.errorMessage = QStringLiteral("bad \"uom\"");
    const QByteArray json12 = R"({"errorType":"ValidationError","errorMessage":"bad \"uom\"","errorParameters":[]})";
    QCOMPARE(SessionCodec::encodeError(error), json12);
    error.errorCode = -1;
    error.errorParameters = {QStringLiteral("usageSessions[2].uom"), QStringLiteral("b")};
    const QByteArray json = SessionCodec::encodeError(error);
    const QByteArray json13 = R"({"errorType":"ValidationError","errorMessage":"bad \"uom\"","errorCode":-1,)"
        R"("errorParameters":["usageSessions[2].uom","b"]})";
    QCOMPARE(json, json13);
    BFError back;
    QVERIFY(SessionCodec::decodeError(json, back));
    QVERIFY(back == error);
}

void tst_SessionCodec::roundTripRandomSessions()
{
    QRandomGenerator random(4242);
    for (int round = 0; round < 20; ++round) {
        QList<UsageSession> sessions;
        QList<QByteArray> encoded;
        const int count = int(random.bounded(1, 200));
        for (int i = 0; i < count; ++i) {
            UsageSession s = randomSession(random);
            if (s.subscriptionId.isEmpty())
                s.subscriptionId = QStringLiteral("x");
            sessions << s;
            encoded << SessionCodec::encodeSession(s);
        }
        SessionPage meta;
        meta.recordsReturned = count;
        meta.nextPage = randomText(random, 30);
        const QByteArray json = SessionCodec::encodePage(meta, encoded);
        QVERIFY(QJsonDocument::fromJson(json).isObject());
        SessionPage page;
        DecodeError error;
        QVERIFY2(SessionCodec::decodePage(json, page, error), qPrintable(error.jsonPath + u' ' + error.reason));
        QCOMPARE(page.nextPage, meta.nextPage);
        QCOMPARE(page.recordsReturned, count);
        QCOMPARE(page.results.size(), sessions.size());
        for (int i = 0; i < count; ++i) {
            if (page.results.at(i) != sessions.at(i)) {
                const UsageSession &got = page.results.at(i);
                const UsageSession &want = sessions.at(i);
                QCOMPARE(got.subscriptionId, want.subscriptionId);
                QCOMPARE(got.sessionId, want.sessionId);
                QCOMPARE(got.uom, want.uom);
                QCOMPARE(got.organizationId, want.organizationId);
                QCOMPARE(got.pricingComponentId, want.pricingComponentId);
                QCOMPARE(got.pricingComponentName, want.pricingComponentName);
                QCOMPARE(got.description, want.description);
                QCOMPARE(got.changedBy, want.changedBy);
                QCOMPARE(got.state, want.state);
                QCOMPARE(got.created, want.created);
                QCOMPARE(got.start, want.start);
                QCOMPARE(got.stop, want.stop);
                QCOMPARE(got.uduration, want.uduration);
                QCOMPARE(got.sessionix, want.sessionix);
                QFAIL(qPrintable(QStringLiteral("session %1 differs").arg(i)));
            }
        }
    }
}

void tst_SessionCodec::roundTripBatch()
{
    QRandomGenerator random(777);
    SessionBatch batch;
    batch.organizationId = randomText(random, 12);
    for (int i = 0; i < 50; ++i) {
        UsageSession s = randomSession(random);
        // Server-set fields are not sent.
        s.created = NoTimestamp;
        s.changedBy.clear();
        s.state.clear();
        s.sessionix = 0;
        s.uduration = 0;
        batch.usageSessions << s;
    }
    SessionBatch back;
    DecodeError error;
    QVERIFY2(SessionCodec::decodeBatch(SessionCodec::encodeBatch(batch), back, error), qPrintable(error.reason));
    QCOMPARE(back.organizationId, batch.organizationId);
    QCOMPARE(back.usageSessions.size(), batch.usageSessions.size());
    for (qsizetype i = 0; i < batch.usageSessions.size(); ++i)
        QVERIFY(back.usageSessions.at(i) == batch.usageSessions.at(i));
}

void tst_SessionCodec::decodesOnManyThreads()
{
    QRandomGenerator random(99);
    QList<QByteArray> encoded;
    QList<UsageSession> sessions;
    for (int i = 0; i < 500; ++i) {
        sessions << randomSession(random);
        encoded << SessionCodec::encodeSession(sessions.last());
    }
    const QByteArray json = SessionCodec::encodePage(SessionPage(), encoded);
    std::vector<int> matches(4, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round) {
                SessionPage page;
                DecodeError error;
                if (SessionCodec::decodePage(json, page, error) && page.results == sessions)
                    ++matches[std::size_t(t)];
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(matches, std::vector<int>(4, 20));
}

void tst_SessionCodec::mutatedPagesNeverCrash()
{
    const QByteArray valid = validPage();
    QRandomGenerator random(20260227);
    int accepted = 0;
    for (int i = 0; i < 6000; ++i) {
        QByteArray json = valid;
        const int mutations = int(random.bounded(1, 4));
        for (int m = 0; m < mutations; ++m) {
            const auto position = qsizetype(random.bounded(int(json.size()) + 1));
            switch (random.bounded(5)) {
            case 0: json.truncate(position); break;
            case 1:
                if (position < json.size())
                    json[position] = char(json.at(position) ^ char(1 << random.bounded(8)));
                break;
            case 2: json.insert(position, char(random.bounded(256))); break;
            case 3: json.insert(position, json.mid(random.bounded(int(json.size()) + 1), 20)); break;
            default: json.remove(position, random.bounded(8)); break;
            }
        }
        SessionPage page;
        SessionBatch batch;
        UsageSession session;
        BFError bfError;
        DecodeError error;
        if (SessionCodec::decodePage(json, page, error))
            ++accepted;
        else
            QVERIFY(!error.reason.isEmpty());
        SessionCodec::decodeBatch(json, batch, error);
        SessionCodec::decodeSession(json, session, error);
        SessionCodec::decodeError(json, bfError);
    }
    qDebug("%d of 6000 mutated pages still decoded", accepted);
}

QTEST_GUILESS_MAIN(tst_SessionCodec)
#include "tst_sessioncodec.moc"
