#include "wire/sessioncodec.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace BillForward;

namespace {

Timestamp utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class tst_WireTime final : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void formatOutOfRange();
    void roundTripMatchesQDateTime();
};

void tst_WireTime::parseAccepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("expected");

    const Timestamp base = utc(2026, 2, 27, 13, 15, 51);
    QTest::newRow("Z") << QByteArray("2026-02-27T13:15:51Z") << base;
    QTest::newRow("lower-case z and t") << QByteArray("2026-02-27t13:15:51z") << base;
    QTest::newRow("no zone is UTC") << QByteArray("2026-02-27T13:15:51") << base;
    QTest::newRow("+00:00") << QByteArray("2026-02-27T13:15:51+00:00") << base;
    QTest::newRow("+0000") << QByteArray("2026-02-27T13:15:51+0000") << base;
    QTest::newRow("+00") << QByteArray("2026-02-27T13:15:51+00") << base;
    QTest::newRow("-00:00") << QByteArray("2026-02-27T13:15:51-00:00") << base;
    QTest::newRow("+01:00") << QByteArray("2026-02-27T14:15:51+01:00") << base;
    QTest::newRow("+0530") << QByteArray("2026-02-27T18:45:51+0530") << base;
    QTest::newRow("-08") << QByteArray("2026-02-27T05:15:51-08") << base;
    QTest::newRow("-09:30 across midnight") << QByteArray("2026-02-26T23:45:51-13:30") << base;
    QTest::newRow("+14:00 across day") << QByteArray("2026-02-28T03:15:51+14:00") << base;
    QTest::newRow(".1") << QByteArray("2026-02-27T13:15:51.1Z") << base + 100;
    QTest::newRow(".12") << QByteArray("2026-02-27T13:15:51.12Z") << base + 120;
    QTest::newRow(".123") << QByteArray("2026-02-27T13:15:51.123Z") << base + 123;
    QTest::newRow(".123456 truncated") << QByteArray("2026-02-27T13:15:51.123999Z") << base + 123;
    QTest::newRow(".123456789+00:00") << QByteArray("2026-02-27T13:15:51.123456789+00:00") << base + 123;
    QTest::newRow(",5 comma") << QByteArray("2026-02-27T13:15:51,5Z") << base + 500;
    QTest::newRow(".000") << QByteArray("2026-02-27T13:15:51.000Z") << base;
    QTest::newRow("leap day") << QByteArray("2024-02-29T00:00:00Z") << utc(2024, 2, 29, 0, 0, 0);
    QTest::newRow("leap day 2000") << QByteArray("2000-02-29T12:00:00Z") << utc(2000, 2, 29, 12, 0, 0);
    QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("before epoch") << QByteArray("1969-12-31T23:59:59.999Z") << qint64(-1);
    QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0);
    QTest::newRow("year 9999") << QByteArray("9999-12-31T23:59:59.999Z") << utc(9999, 12, 31, 23, 59, 59, 999);
}

void tst_WireTime::parseAccepts()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, expected);
    Timestamp parsed = NoTimestamp;
    QVERIFY(WireTime::parse(text, parsed));
    QCOMPARE(parsed, expected);
}

void tst_WireTime::parseRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("date only") << QByteArray("2026-02-27");
    QTest::newRow("no seconds") << QByteArray("2026-02-27T13:15Z");
    QTest::newRow("space separator") << QByteArray("2026-02-27 13:15:51Z");
    QTest::newRow("Feb 30") << QByteArray("2026-02-30T00:00:00Z");
    QTest::newRow("Feb 29 non-leap") << QByteArray("2026-02-29T00:00:00Z");
    QTest::newRow("Feb 29 1900") << QByteArray("1900-02-29T00:00:00Z");
    QTest::newRow("Apr 31") << QByteArray("2026-04-31T00:00:00Z");
    QTest::newRow("month 0") << QByteArray("2026-00-10T00:00:00Z");
    QTest::newRow("month 13") << QByteArray("2026-13-10T00:00:00Z");
    QTest::newRow("day 0") << QByteArray("2026-01-00T00:00:00Z");
    QTest::newRow("day 32") << QByteArray("2026-01-32T00:00:00Z");
    QTest::newRow("hour 24") << QByteArray("2026-01-10T24:00:00Z");
    QTest::newRow("minute 60") << QByteArray("2026-01-10T23:60:00Z");
    QTest::newRow("second 60") << QByteArray("2026-12-31T23:59:60Z");
    QTest::newRow("year 0") << QByteArray("0000-06-01T00:00:00Z");
    QTest::newRow("before year 1 after offset") << QByteArray("0001-01-01T00:00:00+01:00");
    QTest::newRow("after 9999 after offset") << QByteArray("9999-12-31T23:59:59-01:00");
    QTest::newRow("5-digit year") << QByteArray("12026-02-27T13:15:51Z");
    QTest::newRow("letters") << QByteArray("2026-0a-27T13:15:51Z");
    QTest::newRow("sign in field") << QByteArray("2026-+2-27T13:15:51Z");
    QTest::newRow("empty fraction") << QByteArray("2026-02-27T13:15:51.Z");
    QTest::newRow("trailing text") << QByteArray("2026-02-27T13:15:51Zx");
    QTest::newRow("trailing after offset") << QByteArray("2026-02-27T13:15:51+01:00x");
    QTest::newRow("offset 1 digit") << QByteArray("2026-02-27T13:15:51+1");
    QTest::newRow("offset 3 digits") << QByteArray("2026-02-27T13:15:51+013");
    QTest::newRow("offset hour 24") << QByteArray("2026-02-27T13:15:51+24:00");
    QTest::newRow("offset minute 60") << QByteArray("2026-02-27T13:15:51+01:60");
    QTest::newRow("offset bad separator") << QByteArray("2026-02-27T13:15:51+01-00");
    QTest::newRow("unknown zone letter") << QByteArray("2026-02-27T13:15:51A");
    QTest::newRow("named zone") << QByteArray("2026-02-27T13:15:51 UTC");
}

void tst_WireTime::parseRejects()
{
    QFETCH(QByteArray, text);
    Timestamp parsed = 42;
    QVERIFY(!WireTime::parse(text, parsed));
    QCOMPARE(parsed, Timestamp(42)); // untouched on failure
}

void tst_WireTime::format_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("whole second") << utc(2026, 2, 27, 13, 15, 51) << QByteArray("2026-02-27T13:15:51Z");
    QTest::newRow("milliseconds") << utc(2026, 2, 27, 13, 15, 51, 7) << QByteArray("2026-02-27T13:15:51.007Z");
    QTest::newRow("epoch") << qint64(0) << QByteArray("1970-01-01T00:00:00Z");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("1969-12-31T23:59:59.999Z");
    QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0) << QByteArray("0001-01-01T00:00:00Z");
    QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59, 999) << QByteArray("9999-12-31T23:59:59.999Z");
    QTest::newRow("leap day") << utc(2024, 2, 29, 23, 59, 59) << QByteArray("2024-02-29T23:59:59Z");
}

void tst_WireTime::format()
{
    QFETCH(qint64, time);
    QFETCH(QByteArray, expected);
    QCOMPARE(WireTime::format(time), expected);
    QCOMPARE(WireTime::toString(time), QString::fromLatin1(expected));
}

void tst_WireTime::formatOutOfRange()
{
    QVERIFY(WireTime::format(NoTimestamp).isEmpty());
    QVERIFY(WireTime::format(utc(1, 1, 1, 0, 0, 0) - 1).isEmpty());
    QVERIFY(WireTime::format(utc(9999, 12, 31, 23, 59, 59, 999) + 1).isEmpty());
    QVERIFY(WireTime::toString(std::numeric_limits<qint64>::max()).isEmpty());
}

void tst_WireTime::roundTripMatchesQDateTime()
{
    QRandomGenerator random(20260227);
    const Timestamp low = utc(1, 1, 1, 0, 0, 0);
    const Timestamp high = utc(9999, 12, 31, 23, 59, 59, 999);
    for (int i = 0; i < 20000; ++i) {
        const Timestamp t = i % 2 ? random.bounded(low, high) : random.bounded(qint64(0), qint64(4102444800000));
        const QByteArray text = WireTime::format(t);
        QCOMPARE(text, QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc())
                           .toString(t % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")
                                              : QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                           .toLatin1());
        Timestamp parsed = NoTimestamp;
        QVERIFY(WireTime::parse(text, parsed));
        QCOMPARE(parsed, t);
    }
}

QTEST_GUILESS_MAIN(tst_WireTime)
#include "tst_wiretime.moc"
