#include "radar/attentionlimits.h"
#include "radar/attentionlimitsstore.h"
#include "sessiontestdata.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

constexpr qint64 H = 60LL * 60 * 1000, D = 24 * H;

class tst_AttentionLimits : public QObject
{
    Q_OBJECT

private slots:
    void componentThenUnitThenDefault()
    {
        AttentionLimits limits;
        BillForward::UsageSession s = TestData::session(QStringLiteral("S-1"), 0, true); // minutes, Calls, PCO-1
        QCOMPARE(limits.limitFor(s), AttentionLimits::DefaultLimitMs);
        QCOMPARE(limits.limitFor(s), 24 * H);

        limits.defaultMs = 12 * H;
        QCOMPARE(limits.limitFor(s), 12 * H);
        limits.perUnit.insert(QStringLiteral("minutes"), 8 * H);
        limits.perUnit.insert(QStringLiteral("seats"), 31 * D);
        QCOMPARE(limits.limitFor(s), 8 * H);
        limits.perPricingComponent.insert(QStringLiteral("PCO-1"), 3 * H);
        QCOMPARE(limits.limitFor(s), 3 * H); // by ID, when no limit has its name
        limits.perPricingComponent.insert(QStringLiteral("Calls"), 2 * H);
        QCOMPARE(limits.limitFor(s), 2 * H); // the name first

        QString appliesTo;
        QCOMPARE(limits.limitFor(s.pricingComponentName, s.pricingComponentId, s.uom, &appliesTo), 2 * H);
        QCOMPARE(appliesTo, QStringLiteral("Calls"));
        QCOMPARE(limits.limitFor(QString(), QStringLiteral("PCO-9"), QStringLiteral("minutes"), &appliesTo), 8 * H);
        QCOMPARE(appliesTo, QStringLiteral("minutes"));
        QCOMPARE(limits.limitFor(QString(), QString(), QStringLiteral("GB"), &appliesTo), 12 * H);
        QVERIFY(appliesTo.isEmpty());
    }

    void textFormRoundTrips()
    {
        AttentionLimits limits;
        QString error;
        QVERIFY2(AttentionLimits::fromText(QStringLiteral("minutes: 8 h, seats: 31 d\npc:Call minutes: 90m, Default: 2d"),
                                           &limits, &error), qPrintable(error));
        QCOMPARE(limits.defaultMs, 2 * D);
        QCOMPARE(limits.perUnit.value(QStringLiteral("minutes")), 8 * H);
        QCOMPARE(limits.perUnit.value(QStringLiteral("seats")), 31 * D);
        QCOMPARE(limits.perPricingComponent.value(QStringLiteral("Call minutes")), 90 * 60 * 1000LL);
        QCOMPARE(limits.toText(),
                 QStringLiteral("default: 2 d, minutes: 8 h, seats: 31 d, pc:Call minutes: 1 h 30 min"));
        AttentionLimits again;
        QVERIFY(AttentionLimits::fromText(limits.toText(), &again, &error));
        QCOMPARE(again, limits);

        // A name with colons: the duration follows the last one.
        QVERIFY(AttentionLimits::fromText(QStringLiteral("pc:Plan: gold: 4h"), &again, &error));
        QCOMPARE(again.perPricingComponent.value(QStringLiteral("Plan: gold")), 4 * H);
        QCOMPARE(again.defaultMs, AttentionLimits::DefaultLimitMs); // not named: the default stays
    }

    void badTextSaysWhatAndKeepsTheLimits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("inError");
        QTest::newRow("no colon") << "minutes 8h" << "NAME: DURATION";
        QTest::newRow("no name") << ": 8h" << "NAME: DURATION";
        QTest::newRow("prefix only") << "pc:: 8h" << "NAME: DURATION";
        QTest::newRow("bad duration") << "minutes: 8" << "In \"minutes: 8\"";
        QTest::newRow("twice") << "minutes: 8h, minutes: 9h" << "twice";
    }
    void badTextSaysWhatAndKeepsTheLimits()
    {
        QFETCH(QString, text);
        QFETCH(QString, inError);
        AttentionLimits limits;
        limits.perUnit.insert(QStringLiteral("GB"), H);
        const AttentionLimits before = limits;
        QString error;
        QVERIFY(!AttentionLimits::fromText(text, &limits, &error));
        QVERIFY2(error.contains(inError), qPrintable(error));
        QCOMPARE(limits, before);
    }

    // Per connection, across restarts (a new QSettings over the same file).
    void keptPerConnection()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        AttentionLimits production;
        production.defaultMs = 8 * H;
        production.perUnit.insert(QStringLiteral("seats"), 31 * D);
        production.perPricingComponent.insert(QStringLiteral("Call minutes"), 2 * H);
        AttentionLimits sandbox;
        sandbox.perUnit.insert(QStringLiteral("GB"), 3 * H);
        {
            QSettings settings(file, QSettings::IniFormat);
            AttentionLimitsStore::save(settings, QStringLiteral("prod/eu"), production);
            AttentionLimitsStore::save(settings, QStringLiteral("sandbox"), sandbox);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(AttentionLimitsStore::load(settings, QStringLiteral("prod/eu")), production);
        QCOMPARE(AttentionLimitsStore::load(settings, QStringLiteral("sandbox")), sandbox);
        QCOMPARE(AttentionLimitsStore::load(settings, QStringLiteral("prod")), AttentionLimits());

        // Hand-edited nonsense reads as the defaults, entry by entry.
        settings.setValue(QStringLiteral("attentionLimits/sandbox/default"), QStringLiteral("soon"));
        settings.setValue(QStringLiteral("attentionLimits/sandbox/units"),
                          QVariantMap{{QStringLiteral("GB"), -5}, {QStringLiteral("minutes"), 3 * H}});
        const AttentionLimits read = AttentionLimitsStore::load(settings, QStringLiteral("sandbox"));
        QCOMPARE(read.defaultMs, AttentionLimits::DefaultLimitMs);
        QCOMPARE(read.perUnit, (QHash<QString, qint64>{{QStringLiteral("minutes"), 3 * H}}));
    }
};

QTEST_GUILESS_MAIN(tst_AttentionLimits)
#include "tst_attentionlimits.moc"
