#include "radar/durationtext.h"

#include <QTest>

constexpr qint64 S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;

class tst_DurationText : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("minutes") << "90m" << 90 * M;
        QTest::newRow("hours") << "8h" << 8 * H;
        QTest::newRow("days") << "3d" << 3 * D;
        QTest::newRow("combined") << "1d12h" << D + 12 * H;
        QTest::newRow("spaced") << "31 d" << 31 * D;
        QTest::newRow("min and s") << " 1 h 30 min 5 s " << H + 30 * M + 5 * S;
        QTest::newRow("upper case") << "2H" << 2 * H;
        QTest::newRow("seconds") << "45s" << 45 * S;
    }
    void parsesWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QString error;
        QCOMPARE(DurationText::parse(text, &error), ms);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void refusesWhatIsNotADuration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("inError"); // a piece the message must hold
        QTest::newRow("empty") << "" << "90m";
        QTest::newRow("blank") << "   " << "90m";
        QTest::newRow("bare number") << "8" << "without a unit";
        QTest::newRow("unknown unit") << "8 weeks" << "weeks";
        QTest::newRow("twice") << "1h2h" << "twice";
        QTest::newRow("out of order") << "30m1h" << "largest first";
        QTest::newRow("letters only") << "soon" << "not a duration";
        QTest::newRow("negative") << "-5h" << "not a duration";
        QTest::newRow("zero") << "0h" << "at least one second";
        QTest::newRow("decimal") << "1.5h" << "without a unit";
        QTest::newRow("too long") << "99999999999999999999d" << "100 years";
        QTest::newRow("over a century") << "36501d" << "100 years";
    }
    void refusesWhatIsNotADuration()
    {
        QFETCH(QString, text);
        QFETCH(QString, inError);
        QString error;
        QCOMPARE(DurationText::parse(text, &error), qint64(-1));
        QVERIFY2(error.contains(inError), qPrintable(error));
    }

    void formatsWhatItParses_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("hours") << 8 * H << "8 h";
        QTest::newRow("days") << 31 * D << "31 d";
        QTest::newRow("day and hours") << D + 12 * H << "1 d 12 h";
        QTest::newRow("hour and minutes") << 90 * M << "1 h 30 min";
        QTest::newRow("seconds") << 45 * S + 300 << "45 s";
        QTest::newRow("nothing") << qint64(20) << "0 s";
    }
    void formatsWhatItParses()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(DurationText::format(ms), text);
        if (ms >= S)
            QCOMPARE(DurationText::parse(text), ms / S * S);
    }

    void forPeopleKeepsTwoUnits()
    {
        QLocale::setDefault(QLocale::c());
        QCOMPARE(DurationText::forPeople(3 * D + 2 * H + 59 * M), QStringLiteral("3 d 2 h"));
        QCOMPARE(DurationText::forPeople(26 * H), QStringLiteral("1 d 2 h"));
        QCOMPARE(DurationText::forPeople(24 * H), QStringLiteral("1 d"));
        QCOMPARE(DurationText::forPeople(5 * M + 30 * S), QStringLiteral("5 min"));
        QCOMPARE(DurationText::forPeople(40 * S), QStringLiteral("40 s"));
    }
};

QTEST_GUILESS_MAIN(tst_DurationText)
#include "tst_durationtext.moc"
