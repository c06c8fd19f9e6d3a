#include "api/apiclient.h"
#include "emulatorfixture.h"
#include "watch/subscriptionprobe.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString Known = QStringLiteral("SUB-PROBE-KNOWN");
const QString OneSession = QStringLiteral("SUB-PROBE-ONE");

} // namespace

// The check that a watched subscription has any session, over real HTTP.
class tst_SubscriptionProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Emulator::Options options;
        options.token = "probe-token";
        options.generate = {{Known, 40}, {OneSession, 1}};
        QVERIFY(m_emulator.start(options));
        m_client.setBaseUrl(m_emulator.url);
        m_client.setAccessToken("probe-token");
        m_client.setTransferTimeout(10000);
    }

    void unknownSubscriptionHasNoSessions()
    {
        SubscriptionProbe probe;
        probe.setClient(&m_client);
        QSignalSpy probed(&probe, &SubscriptionProbe::probed);
        QSignalSpy failed(&probe, &SubscriptionProbe::failed);
        const QStringList ids = {Known, QStringLiteral("SUB-TYPO-0000"), OneSession, QStringLiteral("SUB-TYPO-0001"),
                                 Known};
        probe.probe(ids);
        QTRY_COMPARE_WITH_TIMEOUT(probed.size(), 4, 20000); // Known once
        QVERIFY(failed.isEmpty());
        QMap<QString, bool> answers;
        for (const QList<QVariant> &signal : std::as_const(probed))
            answers.insert(signal.at(0).toString(), signal.at(1).toBool());
        QCOMPARE(answers.value(Known), true);
        QCOMPARE(answers.value(OneSession), true);
        QCOMPARE(answers.value(QStringLiteral("SUB-TYPO-0000"), true), false);
        QCOMPARE(answers.value(QStringLiteral("SUB-TYPO-0001"), true), false);
        QVERIFY(!probe.isBusy());
    }

    void refusedCallIsNoVerdict()
    {
        BillForward::ApiClient client;
        client.setBaseUrl(m_emulator.url);
        client.setAccessToken("wrong-token");
        SubscriptionProbe probe;
        probe.setClient(&client);
        QSignalSpy probed(&probe, &SubscriptionProbe::probed);
        QSignalSpy failed(&probe, &SubscriptionProbe::failed);
        probe.probe({QStringLiteral("SUB-TYPO-0000")});
        QVERIFY(failed.wait(20000));
        QVERIFY(probed.isEmpty());
        QCOMPARE(failed.constFirst().at(1).value<BillForward::ApiError>().httpStatus, 401);
    }

private:
    EmulatorFixture m_emulator;
    BillForward::ApiClient m_client;
};

QTEST_GUILESS_MAIN(tst_SubscriptionProbe)
#include "tst_subscriptionprobe.moc"
