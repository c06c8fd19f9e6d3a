#include "actions/actionpolicy.h"

#include <QTest>

class tst_ActionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void environment_data();
    void environment();
    void productionOpensReadOnlyUntilUnlocked();
    void readOnlyProfileNeverModifies();
    void stopConfirmation();
};

void tst_ActionPolicy::environment_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("environment");
    using E = ConnectionProfile::Environment;
    QTest::newRow("sandbox") << "https://app-sandbox.billforward.net/v1" << int(E::Sandbox);
    QTest::newRow("production") << "https://app.billforward.net/v1" << int(E::Production);
    QTest::newRow("production, upper case") << "https://APP.BillForward.net/v1" << int(E::Production);
    QTest::newRow("production, trailing dot") << "https://app.billforward.net./v1" << int(E::Production);
    QTest::newRow("production, upper case and dots") << "https://APP.BILLFORWARD.NET./v1" << int(E::Production);
    QTest::newRow("sandbox, trailing dot") << "https://App-Sandbox.billforward.net./v1" << int(E::Sandbox);
    QTest::newRow("bare domain, trailing dot") << "https://billforward.net./v1" << int(E::Production);
    QTest::newRow("other billforward host") << "https://eu.billforward.net/v1" << int(E::Production);
    QTest::newRow("look-alike") << "https://app.billforward.net.example.com/v1" << int(E::Custom);
    QTest::newRow("self-hosted") << "https://localhost:8080/RestAPI" << int(E::Custom);
}

void tst_ActionPolicy::environment()
{
    QFETCH(QString, url);
    QFETCH(int, environment);
    const ConnectionProfile profile = ConnectionProfile::custom(QStringLiteral("x"), QUrl(url));
    QCOMPARE(int(profile.environment()), environment);
    QCOMPARE(int(ConnectionProfile::demo().environment()), int(ConnectionProfile::Environment::Demo));
}

void tst_ActionPolicy::productionOpensReadOnlyUntilUnlocked()
{
    ActionPolicy policy(ConnectionProfile::production());
    QVERIFY(!policy.canModify());
    QVERIFY(policy.needsUnlock());
    QVERIFY(!policy.refusal().isEmpty());
    QVERIFY(policy.unlock());
    QVERIFY(policy.canModify());
    QVERIFY(policy.refusal().isEmpty());
    // A new policy for the same profile (the next run of the app) is locked again.
    QVERIFY(!ActionPolicy(policy.profile()).canModify());

    // A custom profile pointing at production is production too.
    ActionPolicy custom(ConnectionProfile::custom(QStringLiteral("prod"), ConnectionProfile::productionUrl()));
    QVERIFY(!custom.canModify());
    QVERIFY(ActionPolicy(ConnectionProfile::sandbox()).canModify());
    QVERIFY(!ActionPolicy(ConnectionProfile::sandbox()).unlock()); // nothing to unlock
}

void tst_ActionPolicy::readOnlyProfileNeverModifies()
{
    ConnectionProfile sandbox = ConnectionProfile::sandbox();
    sandbox.readOnly = true;
    ActionPolicy policy(sandbox);
    QVERIFY(!policy.canModify());
    QVERIFY(policy.refusal().contains(sandbox.name));
    ConnectionProfile production = ConnectionProfile::production();
    production.readOnly = true;
    ActionPolicy locked(production);
    QVERIFY(!locked.unlock());
    QVERIFY(!locked.canModify());
}

void tst_ActionPolicy::stopConfirmation()
{
    ConnectionProfile production = ConnectionProfile::production();
    production.confirmStops = false;
    QVERIFY(ActionPolicy(production).mustConfirmStops());
    QVERIFY(!ActionPolicy(production).canSkipStopConfirmation());
    ConnectionProfile sandbox = ConnectionProfile::sandbox();
    sandbox.confirmStops = false;
    QVERIFY(!ActionPolicy(sandbox).mustConfirmStops());
    QVERIFY(ActionPolicy(sandbox).canSkipStopConfirmation());
}

QTEST_GUILESS_MAIN(tst_ActionPolicy)
#include "tst_actionpolicy.moc"
