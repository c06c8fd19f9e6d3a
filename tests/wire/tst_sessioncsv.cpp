#include "wire/sessioncsv.h"
#include "wiresamples.h"

#include "wire/sessioncodec.h"

#include <QTest>

using namespace BillForward;

namespace {

using WireSamples::session;

UsageSession withDescription(const QString &description)
{
    UsageSession s = session(QStringLiteral("s1"), false);
    s.description = description;
    return s;
}

} // namespace

// The one CSV writer of sessions: the window's export and the CLI's --format csv.
class tst_SessionCsv : public QObject
{
    Q_OBJECT

private slots:
    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("spaces") << QStringLiteral(" a ") << QStringLiteral(" a ");
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(SessionCsv::field(value), expected);
    }

    void encode()
    {
        UsageSession withComma = session(QStringLiteral("s,1"), false);
        withComma.description = QStringLiteral("line \"one\"\r\nline two");
        const QByteArray csv = SessionCsv::encode({withComma, session(QStringLiteral("s2"), true)});
        const QList<QByteArray> expectedHeader = {
            "created", "changedBy", "organizationID", "subscriptionID", "sessionID", "pricingComponentID",
            "pricingComponentName", "uom", "description", "sessionix", "start", "stop", "state", "uduration"};
        QVERIFY(csv.startsWith(expectedHeader.join(',') + "\r\n"));
        QVERIFY(csv.contains("\"s,1\""));
        QVERIFY(csv.contains("\"line \"\"one\"\"\r\nline two\""));
        QVERIFY(csv.contains(",2026-01-01T00:00:00Z,,Active,0\r\n")); // no stop while active
        QVERIFY(csv.contains(",2026-01-01T00:00:00Z,2026-01-01T01:02:03Z,Historic,3723000\r\n"));
        QVERIFY(csv.endsWith("\r\n"));
    }

    void csvQuotesPerRfc4180_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("plain") << QStringLiteral("hello") << QByteArray(",hello,");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray(",\"a,b\",");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray(",\"say \"\"hi\"\"\",");
        QTest::newRow("newline") << QStringLiteral("two\nlines") << QByteArray(",\"two\nlines\",");
    }
    void csvQuotesPerRfc4180()
    {
        QFETCH(QString, description);
        QFETCH(QByteArray, cell);
        const QByteArray csv = SessionCsv::encode({withDescription(description)});
        QVERIFY(csv.startsWith("created,changedBy,organizationID,subscriptionID,sessionID,"));
        QVERIFY2(csv.contains(cell), csv.constData());
        QVERIFY(csv.endsWith("\r\n"));
        QVERIFY(csv.contains(",2026-01-01T00:00:00Z,2026-01-01T01:02:03Z,Historic,3723000\r\n"));
    }

    // Spreadsheets run a cell starting with = + - @, tab or CR: the window's
    // export makes each one text, the CLI's (Raw) keeps the value for scripts.
    void formulasNeutralisedOnlyWhenAsked_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QByteArray>("neutralisedCell");
        QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QByteArray(",\"'=HYPERLINK(\"\"http://x\"\")\",");
        QTest::newRow("plus") << QStringLiteral("+1+1") << QByteArray(",'+1+1,");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray(",'-2+3,");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray(",'@SUM(A1),");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray(",'\t=1,");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QByteArray(",\"'\r=1\",");
        QTest::newRow("plain") << QStringLiteral("a=b") << QByteArray(",a=b,");
    }
    void formulasNeutralisedOnlyWhenAsked()
    {
        QFETCH(QString, description);
        QFETCH(QByteArray, neutralisedCell);
        const QByteArray forPeople =
            SessionCsv::encode({withDescription(description)}, SessionCsv::Cells::FormulasNeutralised);
        QVERIFY2(forPeople.contains(neutralisedCell), forPeople.constData());
        const QByteArray forScripts = SessionCsv::encode({withDescription(description)});
        QVERIFY2(forScripts.contains(',' + SessionCsv::field(description).toUtf8() + ','), forScripts.constData());
    }

};

QTEST_GUILESS_MAIN(tst_SessionCsv)
#include "tst_sessioncsv.moc"
