#include "cli/sessionformatter.h"
#include "wiresamples.h"
#include "wire/sessioncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace BillForward;

using WireSamples::session;

class TestSessionFormatter : public QObject
{
    Q_OBJECT

private slots:
    void json()
    {
        const QByteArray json = SessionFormatter::toJson({session(QStringLiteral("s1"), false),
                                                          session(QStringLiteral("s2"), true)});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(QLatin1String("sessionID")).toString(), QStringLiteral("s1"));
        QCOMPARE(array.at(0).toObject().value(QLatin1String("stop")).toString(),
                 QStringLiteral("2026-01-01T01:02:03Z"));
        QVERIFY(array.at(1).toObject().value(QLatin1String("stop")).isNull());
        QCOMPARE(SessionFormatter::toJson({}), QByteArray("[]\n"));
    }

    void table()
    {
        UsageSession odd = session(QStringLiteral("a-much-longer-session-id"), false);
        odd.description = QStringLiteral("two\nlines");
        const QByteArray table = SessionFormatter::toTable({session(QStringLiteral("s1"), true), odd});
        const QList<QByteArray> lines = table.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith("SUBSCRIPTION"));
        // Columns line up: the unit starts at the same place on every line.
        const int unitColumn = int(lines.at(0).indexOf("UNIT"));
        QCOMPARE(lines.at(1).indexOf("minutes"), unitColumn);
        QCOMPARE(lines.at(2).indexOf("minutes"), unitColumn);
        QVERIFY(lines.at(2).contains("1:02:03"));
        QVERIFY(lines.at(2).endsWith("two lines"));
    }

    void parseFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("table") << QStringLiteral("table") << int(SessionFormatter::Format::Table);
        QTest::newRow("CSV") << QStringLiteral("CSV") << int(SessionFormatter::Format::Csv);
        QTest::newRow("json") << QStringLiteral("json") << int(SessionFormatter::Format::Json);
        QTest::newRow("xml") << QStringLiteral("xml") << -1;
    }

    void parseFormat()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto parsed = SessionFormatter::parseFormat(name);
        QCOMPARE(parsed ? int(*parsed) : -1, format);
    }
};

QTEST_GUILESS_MAIN(TestSessionFormatter)
#include "tst_sessionformatter.moc"
