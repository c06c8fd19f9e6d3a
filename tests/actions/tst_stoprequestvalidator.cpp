#include "actions/stopplan.h"
#include "actions/stoprequestvalidator.h"

#include <QTest>

namespace {

constexpr BillForward::Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z

BillForward::UsageSession running(const char *id, qint64 startedAgoMs)
{
    BillForward::UsageSession session;
    session.subscriptionId = QStringLiteral("SUB-1");
    session.sessionId = QString::fromUtf8(id);
    session.uom = QStringLiteral("minutes");
    session.state = QStringLiteral("Active");
    session.start = Now - startedAgoMs;
    return session;
}

} // namespace

class tst_StopRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void batchNamesEachSession();
};

void tst_StopRequestValidator::validate_data()
{
    QTest::addColumn<qint64>("stopOffsetMs"); // from Now; NoTimestamp: now
    QTest::addColumn<bool>("includeHistoric");
    QTest::addColumn<int>("issueCount");
    QTest::addColumn<bool>("stopTimeMarked");

    QTest::newRow("now") << qint64(BillForward::NoTimestamp) << false << 0 << false;
    QTest::newRow("after every start") << qint64(-60000) << false << 0 << false;
    QTest::newRow("before one start") << qint64(-2 * 3600000) << false << 1 << true;
    QTest::newRow("before both starts") << qint64(-5 * 3600000) << false << 2 << true;
    QTest::newRow("far future") << qint64(3600000) << false << 1 << true;
    QTest::newRow("historic included") << qint64(BillForward::NoTimestamp) << true << 1 << false;
}

void tst_StopRequestValidator::validate()
{
    QFETCH(qint64, stopOffsetMs);
    QFETCH(bool, includeHistoric);
    QFETCH(int, issueCount);
    QFETCH(bool, stopTimeMarked);

    StopRequest request;
    request.sessions = {running("a", 3600000), running("b", 3 * 3600000)};
    if (includeHistoric) {
        BillForward::UsageSession done = running("c", 1000);
        done.state = QStringLiteral("Historic");
        request.sessions.append(done);
    }
    if (stopOffsetMs != BillForward::NoTimestamp) {
        request.when = StopRequest::When::At;
        request.stop = Now + stopOffsetMs;
    }
    StopRequestValidator validator;
    validator.setNow(Now);
    const FieldIssues issues = validator.validate(request);
    QCOMPARE(issues.size(), issueCount);
    QCOMPARE(hasIssue(issues, ActionField::StopTime), stopTimeMarked);
}

void tst_StopRequestValidator::batchNamesEachSession()
{
    StopRequest request;
    request.sessions = {running("a", 1000), running("b", 2000)};
    request.sessions[0].pricingComponentId = QStringLiteral("PCO-1");
    const BillForward::SessionBatch batch = StopPlan::of(request, Now).batches.constFirst();
    QCOMPARE(batch.usageSessions.size(), 2);
    QCOMPARE(batch.usageSessions.at(1).sessionId, QStringLiteral("b"));
    QCOMPARE(batch.usageSessions.at(0).stop, Now);
    QVERIFY(batch.usageSessions.at(0).pricingComponentId.isEmpty()); // only what names the session
    QCOMPARE(batch.usageSessions.at(1).start, request.sessions.at(1).start); // the use meant: IDs are reused
    QCOMPARE(StopRequest::durationAt(request.sessions.at(1), Now), qint64(2000));
}

QTEST_GUILESS_MAIN(tst_StopRequestValidator)
#include "tst_stoprequestvalidator.moc"
