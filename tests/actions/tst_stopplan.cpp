// A confirmed stop turned into requests: one per organization, each item's
// stop instant fixed at the confirmation (now, a chosen time, or as of the
// session's limit), and a refused request's batch without the items named.
#include "actions/stopplan.h"

#include <QTest>

using BillForward::Timestamp;
using BillForward::UsageSession;

namespace {

constexpr Timestamp Now = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 HourMs = 3600000;

UsageSession running(const char *subscription, const char *id, const char *organization, qint64 startedAgoMs)
{
    UsageSession session;
    session.subscriptionId = QString::fromLatin1(subscription);
    session.sessionId = QString::fromLatin1(id);
    session.uom = QStringLiteral("minutes");
    session.organizationId = QString::fromLatin1(organization);
    session.pricingComponentId = QStringLiteral("PCO-1");
    session.state = QStringLiteral("Active");
    session.start = Now - startedAgoMs;
    return session;
}

QStringList idsOf(const BillForward::SessionBatch &batch)
{
    QStringList ids;
    for (const UsageSession &item : batch.usageSessions)
        ids << item.sessionId;
    return ids;
}

} // namespace

class tst_StopPlan : public QObject
{
    Q_OBJECT

private slots:
    void oneBatchPerOrganization();
    void stopInstantsAreFixedAtTheConfirmation();
    void asOfLimitNeverBeforeTheCurrentPart();
    void futureStartStopsAtItsStart_data();
    void futureStartStopsAtItsStart();
    void withoutRefusedLeavesOutTheNamedItems();
};

void tst_StopPlan::oneBatchPerOrganization()
{
    StopRequest request;
    request.sessions = {running("SUB-1", "a", "ORG-A", HourMs), running("SUB-2", "b", "ORG-B", HourMs),
                        running("SUB-3", "c", "ORG-A", HourMs), running("SUB-2", "d", "ORG-B", HourMs)};
    const StopPlan plan = StopPlan::of(request, Now);
    QCOMPARE(plan.batches.size(), 2);
    QCOMPARE(plan.sessionCount(), 4);
    QCOMPARE(plan.batches.at(0).organizationId, QStringLiteral("ORG-A"));
    // Two subscriptions of one organization: one request.
    QCOMPARE(idsOf(plan.batches.at(0)), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(plan.batches.at(0).usageSessions.at(1).subscriptionId, QStringLiteral("SUB-3"));
    QCOMPARE(plan.batches.at(1).organizationId, QStringLiteral("ORG-B"));
    QCOMPARE(idsOf(plan.batches.at(1)), (QStringList{QStringLiteral("b"), QStringLiteral("d")}));
    // Only what names the session (and the use meant, kept for reconciliation).
    const UsageSession &item = plan.batches.at(0).usageSessions.at(0);
    QVERIFY(item.pricingComponentId.isEmpty());
    QCOMPARE(item.start, Now - HourMs);

    StopRequest single;
    single.sessions = {running("SUB-1", "a", "", HourMs), running("SUB-2", "b", "", HourMs)};
    const StopPlan unnamed = StopPlan::of(single, Now);
    QCOMPARE(unnamed.batches.size(), 1);
    QVERIFY(unnamed.batches.constFirst().organizationId.isEmpty());
}

void tst_StopPlan::stopInstantsAreFixedAtTheConfirmation()
{
    StopRequest request;
    request.sessions = {running("SUB-1", "a", "ORG-A", HourMs), running("SUB-1", "b", "ORG-A", 3 * HourMs)};
    // The plan is held in a variable: a range-for over a member of a
    // temporary would read freed memory.
    const StopPlan now = StopPlan::of(request, Now);
    for (const UsageSession &item : now.batches.constFirst().usageSessions)
        QCOMPARE(item.stop, Now); // "now" is the confirmation's instant, not the moment it is sent
    request.when = StopRequest::When::At;
    request.stop = Now - 30 * 60000;
    const StopPlan chosen = StopPlan::of(request, Now);
    for (const UsageSession &item : chosen.batches.constFirst().usageSessions)
        QCOMPARE(item.stop, Now - 30 * 60000);
}

void tst_StopPlan::asOfLimitNeverBeforeTheCurrentPart()
{
    const UsageSession overLimit = running("SUB-1", "over", "ORG-A", 30 * HourMs);
    // Cut at a period end 2 h ago; its run started 40 h ago, over a 24 h limit.
    UsageSession laterPart = running("SUB-1", "cut", "ORG-A", 2 * HourMs);
    laterPart.sessionix = 1;
    const UsageSession noLimit = running("SUB-1", "free", "ORG-A", 5 * HourMs);
    StopRequest request;
    request.sessions = {overLimit, laterPart, noLimit};
    request.when = StopRequest::When::AsOfLimit;
    request.limitInstants.insert(SessionKey::of(overLimit), overLimit.start + 24 * HourMs);
    request.limitInstants.insert(SessionKey::of(laterPart), Now - 40 * HourMs + 24 * HourMs);

    QVERIFY(request.hasLimit(overLimit));
    QVERIFY(!request.hasLimit(noLimit));
    QVERIFY(!request.limitBeforeCurrentPart(overLimit));
    QVERIFY(request.limitBeforeCurrentPart(laterPart));
    const QList<UsageSession> items = StopPlan::of(request, Now).batches.constFirst().usageSessions;
    QCOMPARE(items.at(0).stop, overLimit.start + 24 * HourMs);
    QCOMPARE(StopRequest::durationAt(overLimit, items.at(0).stop), 24 * HourMs);
    QCOMPARE(items.at(1).stop, laterPart.start); // the earlier part already ended at the cut
    QCOMPARE(items.at(2).stop, Now);             // no limit: now
}

// A session whose device clock runs ahead starts after now: the server
// refuses a stop before the start, so whatever the mode it stops at its
// start, billed 0; a session already running stops as asked.
void tst_StopPlan::futureStartStopsAtItsStart_data()
{
    QTest::addColumn<int>("when");
    QTest::addColumn<qint64>("chosenOffsetMs"); // from Now, for When::At
    QTest::addColumn<qint64>("runningStopOffsetMs");

    QTest::newRow("now") << int(StopRequest::When::Now) << qint64(0) << qint64(0);
    QTest::newRow("at a chosen time") << int(StopRequest::When::At) << qint64(-60000) << qint64(-60000);
    QTest::newRow("as of a limit") << int(StopRequest::When::AsOfLimit) << qint64(0) << qint64(-6 * HourMs);
}

void tst_StopPlan::futureStartStopsAtItsStart()
{
    QFETCH(int, when);
    QFETCH(qint64, chosenOffsetMs);
    QFETCH(qint64, runningStopOffsetMs);

    const UsageSession ahead = running("SUB-1", "ahead", "ORG-A", -2 * HourMs); // starts in 2 h
    const UsageSession over = running("SUB-1", "over", "ORG-A", 30 * HourMs);
    StopRequest request;
    request.sessions = {ahead, over};
    request.when = StopRequest::When(when);
    request.stop = Now + chosenOffsetMs;
    request.limitInstants.insert(SessionKey::of(ahead), ahead.start - HourMs); // a limit can't reach past now
    request.limitInstants.insert(SessionKey::of(over), over.start + 24 * HourMs);

    QVERIFY(StopRequest::startsAfter(ahead, Now));
    QVERIFY(!StopRequest::startsAfter(over, Now));
    QVERIFY(!request.chosenBeforeStart(ahead, Now)); // nothing to point out: it is mended
    const QList<UsageSession> items = StopPlan::of(request, Now).batches.constFirst().usageSessions;
    QCOMPARE(items.at(0).stop, ahead.start);
    QCOMPARE(StopRequest::durationAt(ahead, items.at(0).stop), qint64(0));
    QCOMPARE(items.at(1).stop, Now + runningStopOffsetMs);
}

void tst_StopPlan::withoutRefusedLeavesOutTheNamedItems()
{
    StopRequest request;
    request.sessions = {running("SUB-1", "a", "ORG-B", HourMs), running("SUB-1", "gone", "ORG-B", HourMs),
                        running("SUB-2", "c", "ORG-B", HourMs)};
    const BillForward::SessionBatch sent = StopPlan::of(request, Now - 5000).batches.constFirst();
    ActionResult result;
    result.action = ActionResult::Action::Stop;
    result.status = ActionResult::Status::Failed;
    result.organizationId = sent.organizationId;
    for (const UsageSession &item : sent.usageSessions)
        result.items.append({item, ActionResult::ItemOutcome::DidNotTakeEffect, {}});
    QVERIFY(StopPlan::withoutRefused(result).usageSessions.isEmpty()); // the whole request: nothing to leave out
    result.items[1].problem = QStringLiteral("sessionID");

    const BillForward::SessionBatch rest = StopPlan::withoutRefused(result);
    QCOMPARE(rest.organizationId, QStringLiteral("ORG-B"));
    QCOMPARE(idsOf(rest), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(rest.usageSessions.at(1).stop, Now - 5000); // the instant confirmed, not a new one

    result.status = ActionResult::Status::Succeeded;
    QVERIFY(StopPlan::withoutRefused(result).usageSessions.isEmpty());
}

QTEST_GUILESS_MAIN(tst_StopPlan)
#include "tst_stopplan.moc"
