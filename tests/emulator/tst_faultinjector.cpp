#include "emulator/faultinjector.h"

#include <QTest>

class tst_FaultInjector : public QObject
{
    Q_OBJECT

private slots:
    // Regression: the budget was per second of the clock, so a burst that
    // straddled a whole second got twice the budget and no 429.
    void aBurstAcrossAWholeSecondIsLimited()
    {
        Emulator::Options options;
        options.rateLimitPerSecond = 2;
        Emulator::FaultInjector faults(options);
        QVERIFY(faults.admit(10'999));
        QVERIFY(faults.admit(11'000));
        QVERIFY(!faults.admit(11'001));
        QVERIFY(!faults.admit(11'998));
        QVERIFY(faults.admit(11'999)); // a second after the window's first request
        QVERIFY(faults.admit(12'500));
        QVERIFY(!faults.admit(12'998));
    }

    void noLimitAdmitsEverything()
    {
        Emulator::FaultInjector faults(Emulator::Options{});
        for (int i = 0; i < 1000; ++i)
            QVERIFY(faults.admit(5'000));
    }
};

QTEST_GUILESS_MAIN(tst_FaultInjector)
#include "tst_faultinjector.moc"
