// Dates, numbers and durations as a German clerk sees them, ISO 8601 on
// request, and ISO 8601 under the C locale that tests and scripts run in.
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "translationloader.h"
#include "wire/usagesession.h"

#include <QTest>

namespace {

const QDateTime Sample(QDate(2026, 2, 7), QTime(13, 5, 9), Qt::LocalTime);

} // namespace

class TstDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DisplayFormat::setIso8601(false); }

    void dateTime_data();
    void dateTime();
    void isoOnRequest();
    void timestampIsLocalTime();
    void germanNumbers();
    void duration_data();
    void duration();
    void germanDurationWords();
    void durationForScriptsIsTheSameEverywhere();
};

void TstDisplayFormat::dateTime_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    // The short date widened to four-digit years, the time given seconds.
    QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("07.02.2026 13:05:09");
    QTest::newRow("Swiss German") << QLocale(QLocale::German, QLocale::Switzerland) << QStringLiteral("07.02.2026 13:05:09");
    QTest::newRow("British") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("07/02/2026 13:05:09");
    QTest::newRow("C: ISO 8601") << QLocale::c() << QStringLiteral("2026-02-07 13:05:09");
}

void TstDisplayFormat::dateTime()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(DisplayFormat::dateTime(Sample, locale), text);
    // The same format parses back, so that an edit field can use it.
    QCOMPARE(locale.toDateTime(text, DisplayFormat::dateTimeFormat(locale)), Sample);
}

void TstDisplayFormat::isoOnRequest()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QVERIFY(!DisplayFormat::isIso8601());
    DisplayFormat::setIso8601(true);
    QCOMPARE(DisplayFormat::dateTime(Sample, german), QStringLiteral("2026-02-07 13:05:09"));
    QCOMPARE(DisplayFormat::dateTimeFormat(german), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    DisplayFormat::setIso8601(false);
    QCOMPARE(DisplayFormat::dateTime(Sample, german), QStringLiteral("07.02.2026 13:05:09"));
    QCOMPARE(DisplayFormat::dateTime(QDateTime(), german), QString());
}

void TstDisplayFormat::timestampIsLocalTime()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    // The wire's UTC milliseconds read as the wall clock here.
    QCOMPARE(DisplayFormat::timestamp(Sample.toMSecsSinceEpoch(), german), QStringLiteral("07.02.2026 13:05:09"));
    QCOMPARE(DisplayFormat::timestamp(Sample.toMSecsSinceEpoch(), QLocale::c()), QStringLiteral("2026-02-07 13:05:09"));
    QCOMPARE(DisplayFormat::timestamp(BillForward::NoTimestamp, german), QString());
}

void TstDisplayFormat::germanNumbers()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(DisplayFormat::number(9812, german), QStringLiteral("9.812"));
    QCOMPARE(DisplayFormat::number(1234567, german), QStringLiteral("1.234.567"));
    QCOMPARE(german.toString(9.812, 'f', 3), QStringLiteral("9,812"));
    QCOMPARE(DisplayFormat::number(9812, QLocale::c()), QStringLiteral("9812"));
}

void TstDisplayFormat::duration_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    const QLocale german(QLocale::German, QLocale::Germany);
    // Untranslated units here; the numbers follow the locale.
    QTest::newRow("German, 9812 days") << german << qint64(9812) * 86400000 + 3723000
                                       << QStringLiteral("9.812 d 1 h 02 min 03 s");
    QTest::newRow("C, 9812 days") << QLocale::c() << qint64(9812) * 86400000 + 3723000
                                  << QStringLiteral("9812 d 1 h 02 min 03 s");
    QTest::newRow("German, seconds") << german << qint64(9812) << QStringLiteral("9 s");
    QTest::newRow("German, minutes") << german << qint64(605000) << QStringLiteral("10 min 05 s");
}

void TstDisplayFormat::duration()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(DurationFormat::forPeople(ms, locale), text);
}

void TstDisplayFormat::germanDurationWords()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QLocale::German, QLocale::Germany)));
    const QLocale german(QLocale::German, QLocale::Germany);
    // Days in German words; h, min and s are the SI symbols German uses too.
    QCOMPARE(DurationFormat::forPeople(qint64(9812) * 86400000 + 3723000, german), QStringLiteral("9.812 Tg. 1 h 02 min 03 s"));
    QCOMPARE(DurationFormat::forPeople(605000, german), QStringLiteral("10 min 05 s"));
    QCOMPARE(DurationFormat::forPeople(9812, german), QStringLiteral("9 s"));
}

// The CLI's table: h:mm:ss whatever the language, days folded into hours.
void TstDisplayFormat::durationForScriptsIsTheSameEverywhere()
{
    TranslationLoader loader;
    QVERIFY(loader.install(QLocale(QLocale::German, QLocale::Germany)));
    QCOMPARE(DurationFormat::forScripts(0), QStringLiteral("0:00:00"));
    QCOMPARE(DurationFormat::forScripts(-5000), QStringLiteral("0:00:00"));
    QCOMPARE(DurationFormat::forScripts(3723999), QStringLiteral("1:02:03"));
    QCOMPARE(DurationFormat::forScripts(qint64(2) * 86400000 + 60000), QStringLiteral("48:01:00"));
}

QTEST_GUILESS_MAIN(TstDisplayFormat)
#include "tst_displayformat.moc"
