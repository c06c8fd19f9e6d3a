#include "radar/attentionradar.h"
#include "sessiontestdata.h"

#include <QTest>

using BillForward::UsageSession;
using TestData::ended;
using TestData::running;

namespace {

constexpr qint64 S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
const qint64 Now = TestData::utc("2026-03-09T09:00:00Z"); // a Monday morning


// `count` ended sessions of a component, lasting 1, 2, … count minutes.
QList<UsageSession> endedOfComponent(const QString &component, int count, int firstIndex = 0)
{
    QList<UsageSession> list;
    for (int i = firstIndex; i < firstIndex + count; ++i) {
        UsageSession s = ended(QStringLiteral("E-%1").arg(i), Now - 10 * D + i * M, Now - 10 * D + i * M + (i + 1) * M);
        s.pricingComponentId = QStringLiteral("PCO-") + component;
        s.pricingComponentName = component;
        list.append(s);
    }
    return list;
}

struct Radar
{
    SessionStore store;
    AttentionRadar radar{store};
    AttentionRadar::Changes merge(const QList<UsageSession> &sessions, qint64 now = Now)
    {
        radar.noteMerged(store.merge(sessions));
        return radar.evaluate(now);
    }
    int row(const QString &id, qint32 sessionix = 0) const
    {
        for (int r = 0; r < store.size(); ++r) {
            if (store.sessionId(r) == id && store.sessionix(r) == sessionix)
                return r;
        }
        return -1;
    }
};

} // namespace

class tst_AttentionRadar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void overTheLimitCountsFromTheFirstPartOfTheRun()
    {
        Radar r;
        // Left running on Friday, cut at the month's end on Sunday: the
        // running part started only 9 h ago, the run 2 d 18 h ago.
        const qint64 friday = Now - 2 * D - 18 * H;
        const qint64 cut = Now - 9 * H;
        r.merge({running(QStringLiteral("RUN"), cut, 1)});
        QCOMPARE(r.radar.count(), 0); // the part alone is under 24 h

        // The earlier part arrives later (a load, page by page).
        const auto changes = r.merge({ended(QStringLiteral("RUN"), friday, cut, 0)});
        QVERIFY(changes.any);
        const int runRow = r.row(QStringLiteral("RUN"), 1);
        QCOMPARE(changes.rows, QList<int>{runRow});
        const Attention attention = r.radar.attentionOf(runRow);
        QCOMPARE(attention.reason, Attention::Reason::OverLimit);
        QCOMPARE(attention.runStartUtcMs, friday);
        QCOMPARE(attention.limitMs, 24 * H);
        QCOMPARE(attention.pastLimitMs, Now - friday - 24 * H);
        QCOMPARE(attention.text(), QStringLiteral("Running 2 d 18 h, 1 d 18 h past its limit of 1 d"));
        QCOMPARE(attention.shortText(), QStringLiteral("1 d 18 h past limit"));
    }

    void partsChainByIncarnationAndStop()
    {
        Radar r;
        const qint64 t0 = Now - 40 * D, t1 = Now - 20 * D, t2 = Now - 2 * H;
        AttentionLimits limits;
        limits.perUnit.insert(QStringLiteral("minutes"), 30 * D);
        r.radar.setLimits(limits);
        r.merge({ended(QStringLiteral("K"), t0, t1, 0), ended(QStringLiteral("K"), t1, t2, 1),
                 running(QStringLiteral("K"), t2, 2),
                 // Same ID, same unit, a part 1 that did not start at a stop above: another run.
                 running(QStringLiteral("K"), t1 + H, 1)});
        const Attention chained = r.radar.attentionOf(r.row(QStringLiteral("K"), 2));
        QCOMPARE(chained.reason, Attention::Reason::OverLimit);
        QCOMPARE(chained.runStartUtcMs, t0);
        QCOMPARE(chained.limitName, QStringLiteral("minutes"));
        QVERIFY2(chained.text().endsWith(QStringLiteral("past its limit of 30 d for minutes")), qPrintable(chained.text()));
        int other = -1;
        for (int row = 0; row < r.store.size(); ++row) {
            if (r.store.isActive(row) && r.store.sessionix(row) == 1)
                other = row;
        }
        QVERIFY(other >= 0);
        QVERIFY(!r.radar.needsAttention(other));
    }

    // Many running parts after a cut at once (a store's rowsOf() groups
    // that many addresses by their hash bits), each with its own first part.
    void manyRunsAreFollowedBackTogether()
    {
        Radar r;
        QList<UsageSession> sessions;
        for (int i = 0; i < 300; ++i) {
            const QString id = QStringLiteral("RUN-%1").arg(i);
            const qint64 first = Now - 2 * D - i * M, cut = Now - 10 * H;
            sessions << ended(id, first, cut, 0) << running(id, cut, 1);
        }
        r.merge(sessions);
        QCOMPARE(r.radar.count(), 300);
        for (int i = 0; i < 300; i += 37) {
            const Attention attention = r.radar.attentionOf(r.row(QStringLiteral("RUN-%1").arg(i), 1));
            QCOMPARE(attention.runStartUtcMs, Now - 2 * D - i * M);
            QCOMPARE(attention.pastLimitMs, D + i * M);
        }
        QCOMPARE(r.radar.flaggedRows().size(), 300);
    }

    // A run of six parts (half a year of monthly cuts): an evaluation goes
    // back MaxPartsBackPerEvaluation parts, the next goes on from there.
    void aLongRunIsFollowedBackOverEvaluations()
    {
        Radar r;
        QList<UsageSession> sessions;
        const qint64 first = Now - 180 * D;
        for (int ix = 0; ix < 5; ++ix)
            sessions << ended(QStringLiteral("SEAT"), first + ix * 30 * D, first + (ix + 1) * 30 * D, ix);
        sessions << running(QStringLiteral("SEAT"), first + 150 * D, 5);
        AttentionLimits limits;
        limits.defaultMs = 150 * D;
        r.radar.setLimits(limits);
        r.merge(sessions);
        const int seat = r.row(QStringLiteral("SEAT"), 5);
        QCOMPARE(AttentionRadar::MaxPartsBackPerEvaluation, 3);
        QCOMPARE(r.radar.needsAttention(seat), false); // three parts back: 120 d known so far
        QCOMPARE(r.radar.attentionOf(seat).runStartUtcMs, qint64(0)); // not flagged: no verdict
        r.radar.evaluate(Now);
        QCOMPARE(r.radar.attentionOf(seat).runStartUtcMs, first);
        QCOMPARE(r.radar.attentionOf(seat).pastLimitMs, 30 * D);
    }

    void percentileNeedsAHundredEndedSessions()
    {
        Radar r;
        UsageSession call = running(QStringLiteral("LONG"), Now - 100 * M - 30 * S);
        call.pricingComponentId = QStringLiteral("PCO-Call minutes");
        call.pricingComponentName = QStringLiteral("Call minutes");
        r.merge(endedOfComponent(QStringLiteral("Call minutes"), 99) + QList<UsageSession>{call});
        QCOMPARE(r.radar.count(), 0); // 99 ended: too few to call anything unusual

        r.merge(endedOfComponent(QStringLiteral("Call minutes"), 1, 99)); // the 100th: 100 min
        const Attention attention = r.radar.attentionOf(r.row(QStringLiteral("LONG")));
        QCOMPARE(attention.reason, Attention::Reason::OverPercentile);
        QCOMPARE(attention.sampleSize, 100);
        QCOMPARE(attention.limitMs, 99 * M); // 99 of the 100 lasted 99 min or less
        QCOMPARE(attention.componentName, QStringLiteral("Call minutes"));
        QCOMPARE(attention.text(), QStringLiteral("Running 1 h 40 min, longer than 99 % of 100 ended Call minutes "
                                                  "sessions (99 % ended within 1 h 39 min)"));

        // Another component's sessions are not compared with these.
        UsageSession storage = running(QStringLiteral("XFER"), Now - 3 * H);
        storage.pricingComponentId = QStringLiteral("PCO-Storage");
        storage.pricingComponentName = QStringLiteral("Storage");
        r.merge({storage});
        QVERIFY(!r.radar.needsAttention(r.row(QStringLiteral("XFER"))));

        // At 99 min exactly it is not longer than 99 % of them.
        r.radar.evaluate(call.start + 99 * M);
        QVERIFY(!r.radar.needsAttention(r.row(QStringLiteral("LONG"))));
        r.radar.evaluate(call.start + 99 * M + S);
        QVERIFY(r.radar.needsAttention(r.row(QStringLiteral("LONG"))));
    }

    void percentileFollowsEndedRows()
    {
        Radar r;
        QList<UsageSession> sample = endedOfComponent(QStringLiteral("Calls"), 150);
        UsageSession call = running(QStringLiteral("LONG"), Now - 3 * H);
        call.pricingComponentId = QStringLiteral("PCO-Calls");
        call.pricingComponentName = QStringLiteral("Calls");
        r.merge(sample + QList<UsageSession>{call});
        QCOMPARE(r.radar.attentionOf(r.row(QStringLiteral("LONG"))).limitMs, 149 * M); // ceil(148.5) = 149th
        // Two long ones end: the percentile moves past the running call.
        UsageSession a = ended(QStringLiteral("A"), Now - 9 * D, Now - 9 * D + 5 * H);
        UsageSession b = ended(QStringLiteral("B"), Now - 8 * D, Now - 8 * D + 6 * H);
        for (UsageSession *s : {&a, &b}) {
            s->pricingComponentId = QStringLiteral("PCO-Calls");
            s->pricingComponentName = QStringLiteral("Calls");
        }
        const auto changes = r.merge({a, b});
        QVERIFY(!r.radar.needsAttention(r.row(QStringLiteral("LONG"))));
        QCOMPARE(changes.rows, QList<int>{r.row(QStringLiteral("LONG"))});
    }

    void startInTheFutureBeyondTheTolerance()
    {
        Radar r;
        r.merge({running(QStringLiteral("SOON"), Now + 4 * M), running(QStringLiteral("LATER"), Now + 2 * H + 30 * S)});
        QVERIFY(!r.radar.needsAttention(r.row(QStringLiteral("SOON")))); // within 5 min: a clock a little ahead
        const Attention later = r.radar.attentionOf(r.row(QStringLiteral("LATER")));
        QCOMPARE(later.reason, Attention::Reason::FutureStart);
        QCOMPARE(later.pastLimitMs, 2 * H + 30 * S);
        QCOMPARE(later.text(), QStringLiteral("Starts 2 h from now: check the device's clock"));

        r.radar.setClockTolerance(3 * M);
        r.radar.evaluate(Now);
        QCOMPARE(r.radar.attentionOf(r.row(QStringLiteral("SOON"))).reason, Attention::Reason::FutureStart);
    }

    void theLimitComesBeforeThePercentile()
    {
        Radar r;
        UsageSession call = running(QStringLiteral("LONG"), Now - 30 * H);
        call.pricingComponentId = QStringLiteral("PCO-Calls");
        call.pricingComponentName = QStringLiteral("Calls");
        r.merge(endedOfComponent(QStringLiteral("Calls"), 120) + QList<UsageSession>{call});
        QCOMPARE(r.radar.attentionOf(r.row(QStringLiteral("LONG"))).reason, Attention::Reason::OverLimit);
        AttentionLimits limits;
        limits.perPricingComponent.insert(QStringLiteral("Calls"), 2 * D);
        r.radar.setLimits(limits);
        r.radar.evaluate(Now);
        QCOMPARE(r.radar.attentionOf(r.row(QStringLiteral("LONG"))).reason, Attention::Reason::OverPercentile);
    }

    void stoppedAndRemovedRowsNeedNoAttention()
    {
        Radar r;
        r.merge({running(QStringLiteral("A"), Now - 3 * D), running(QStringLiteral("B"), Now - 2 * D)});
        QCOMPARE(r.radar.count(), 2);
        const int a = r.row(QStringLiteral("A"));
        const auto changes = r.merge({ended(QStringLiteral("A"), Now - 3 * D, Now - H)});
        QCOMPARE(changes.rows, QList<int>{a});
        QCOMPARE(r.radar.count(), 1);

        // A refresh that no longer lists B: rows are renumbered.
        const int generation = r.store.beginGeneration();
        r.radar.noteMerged(r.store.merge({ended(QStringLiteral("A"), Now - 3 * D, Now - H)}));
        r.store.removeNotSeenSince(generation);
        r.radar.noteRemoved();
        QVERIFY(r.radar.evaluate(Now).allRows);
        QCOMPARE(r.radar.count(), 0);
        r.radar.clear();
        QCOMPARE(r.radar.evaluate(Now).any, false);
    }
};

QTEST_GUILESS_MAIN(tst_AttentionRadar)
#include "tst_attentionradar.moc"
