#include "sessions/sessionstore.h"
#include "sessions/sessiontotals.h"
#include "sessions/totalscounter.h"
#include "sessiontestdata.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace BillForward;
using TestData::utc;

namespace {

UsageSession spanSession(const QString &id, const QString &unit, const char *start, const char *stop)
{
    UsageSession s = stop ? TestData::ended(id, utc(start), utc(stop)) : TestData::running(id, utc(start));
    s.uom = unit;
    return s;
}

// The test's own rule, written from the bill's point of view: the
// session's time inside [from, to), an active one running until now.
qint64 billedMs(const UsageSession &s, qint64 now, qint64 from, qint64 to)
{
    const bool active = s.state == QLatin1String("Active");
    const qint64 begin = s.start;
    const qint64 end = active ? std::max(now, begin) : s.stop;
    const qint64 a = std::max(begin, from);
    const qint64 b = std::min(end, to);
    return b > a ? b - a : 0;
}

const qint64 Hour = 3'600'000;

} // namespace

class tst_SessionTotals : public QObject
{
    Q_OBJECT

private slots:
    void partialOverlapAtBothEndsAndCoveringTheRange();
    void runningSessionCountsToNowAndIsMarked();
    void runningSessionPastTheRangeEndsAtItsEnd();
    void wholeSessionsCountWhatTheDurationColumnShows();
    void unitsAndStatesAreSeparate();
    void selectionCountsOnlyItsRows();
    void randomSetsMatchTheBill_data();
    void randomSetsMatchTheBill();
    void counterStepsThroughManyRows();
    void aTickCountsOnlyTheRunningSessionsAgain();
    void aRemovalUnderTheCountStopsIt();
};

void tst_SessionTotals::partialOverlapAtBothEndsAndCoveringTheRange()
{
    SessionStore store;
    store.merge({spanSession(QStringLiteral("straddles-from"), QStringLiteral("minutes"), "2026-10-31T22:00:00Z",
                             "2026-11-01T02:00:00Z"),
                 spanSession(QStringLiteral("straddles-to"), QStringLiteral("minutes"), "2026-11-30T23:00:00Z",
                             "2026-12-01T01:30:00Z"),
                 spanSession(QStringLiteral("covers"), QStringLiteral("minutes"), "2026-10-15T00:00:00Z",
                             "2026-12-15T00:00:00Z"),
                 spanSession(QStringLiteral("before"), QStringLiteral("minutes"), "2026-10-01T00:00:00Z",
                             "2026-11-01T00:00:00Z")});
    const Period period = Period::range(QDateTime::fromMSecsSinceEpoch(utc("2026-11-01T00:00:00Z"), Qt::UTC),
                                        QDateTime::fromMSecsSinceEpoch(utc("2026-12-01T00:00:00Z"), Qt::UTC));
    const qint64 now = utc("2026-12-06T12:00:00Z");
    SessionTotals totals(store, now, period.resolve(QDateTime::fromMSecsSinceEpoch(now)));
    totals.addAll(QList<int>{0, 1, 2, 3});
    const SessionTotals::Result result = totals.result();

    QCOMPARE(result.count(), 3); // "before" ends where the range begins: not on this bill
    QCOMPARE(result.counts[SessionTotals::Historic], 3);
    QCOMPARE(result.units.size(), 1);
    // 2 h after the start, 1 h before the end, all 30 days of November.
    QCOMPARE(result.units.constFirst().total().durationMs, 2 * Hour + 1 * Hour + 30 * 24 * Hour);
    QCOMPARE(result.earliestStart, utc("2026-11-01T00:00:00Z"));
    QCOMPARE(result.latestStop, utc("2026-12-01T00:00:00Z"));
    QVERIFY(!result.running);
}

void tst_SessionTotals::runningSessionCountsToNowAndIsMarked()
{
    SessionStore store;
    store.merge({spanSession(QStringLiteral("ended"), QStringLiteral("minutes"), "2026-11-02T08:00:00Z",
                             "2026-11-02T09:00:00Z"),
                 spanSession(QStringLiteral("running"), QStringLiteral("minutes"), "2026-11-03T08:00:00Z", nullptr)});
    const qint64 now = utc("2026-11-03T10:30:00Z");
    SessionTotals totals(store, now);
    totals.addAll(QList<int>{1, 0});
    const SessionTotals::Result result = totals.result();
    QCOMPARE(result.counts[SessionTotals::Active], 1);
    QCOMPARE(result.counts[SessionTotals::Historic], 1);
    QCOMPARE(result.units.constFirst().total().durationMs, Hour + Hour * 5 / 2);
    QVERIFY(result.units.constFirst().total().running);
    QVERIFY(result.running);
    QCOMPARE(result.earliestStart, utc("2026-11-02T08:00:00Z"));

    // The next tick counts on.
    SessionTotals later(store, now + 60'000);
    later.addAll(QList<int>{0, 1});
    QCOMPARE(later.result().units.constFirst().total().durationMs, Hour + Hour * 5 / 2 + 60'000);
}

void tst_SessionTotals::runningSessionPastTheRangeEndsAtItsEnd()
{
    SessionStore store;
    store.merge({spanSession(QStringLiteral("running"), QStringLiteral("seats"), "2026-10-31T12:00:00Z", nullptr)});
    const Period::Bounds november{utc("2026-11-01T00:00:00Z"), utc("2026-12-01T00:00:00Z")};

    // Now inside the range: up to now, and still running.
    SessionTotals during(store, utc("2026-11-02T06:00:00Z"), november);
    during.add(0);
    QCOMPARE(during.result().units.constFirst().total().durationMs, 30 * Hour);
    QVERIFY(during.result().running);

    // Now after the range: up to its end, and the range's part is over.
    SessionTotals after(store, utc("2026-12-06T00:00:00Z"), november);
    after.add(0);
    QCOMPARE(after.result().units.constFirst().total().durationMs, 30 * 24 * Hour);
    QVERIFY(!after.result().running);
    QCOMPARE(after.result().latestStop, november.toUtcMs);
}

void tst_SessionTotals::wholeSessionsCountWhatTheDurationColumnShows()
{
    // BillForward's uduration need not be stop - start (a session cut and
    // rejoined): a session wholly inside counts what the table shows.
    UsageSession s = spanSession(QStringLiteral("inside"), QStringLiteral("minutes"), "2026-11-10T10:00:00Z",
                                 "2026-11-10T11:00:00Z");
    s.uduration = 50 * 60'000;
    SessionStore store;
    store.merge({s});
    const qint64 now = utc("2026-12-06T00:00:00Z");
    SessionTotals totals(store, now, Period::Bounds{utc("2026-11-01T00:00:00Z"), utc("2026-12-01T00:00:00Z")});
    totals.add(0);
    QCOMPARE(totals.result().units.constFirst().total().durationMs, store.durationAt(0, now));
    SessionTotals unbounded(store, now);
    unbounded.add(0);
    QCOMPARE(unbounded.result().units.constFirst().total().durationMs, store.durationAt(0, now));
}

void tst_SessionTotals::unitsAndStatesAreSeparate()
{
    SessionStore store;
    store.merge({spanSession(QStringLiteral("a"), QStringLiteral("seats"), "2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z"),
                 spanSession(QStringLiteral("b"), QStringLiteral("minutes"), "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"),
                 spanSession(QStringLiteral("c"), QStringLiteral("seats"), "2026-11-03T08:00:00Z", nullptr),
                 spanSession(QStringLiteral("d"), QStringLiteral("minutes"), "2026-11-01T07:00:00Z", "2026-11-01T07:30:00Z")});
    const qint64 now = utc("2026-11-03T09:00:00Z");
    SessionTotals totals(store, now);
    totals.addAll(QList<int>{3, 2, 1, 0});
    const SessionTotals::Result result = totals.result();
    QCOMPARE(result.units.size(), 2);
    const SessionTotals::Unit &minutes = result.units.at(0);
    const SessionTotals::Unit &seats = result.units.at(1);
    QCOMPARE(minutes.name, QStringLiteral("minutes"));
    QCOMPARE(seats.name, QStringLiteral("seats"));
    QCOMPARE(minutes.total().durationMs, Hour + Hour / 2);
    QVERIFY(!minutes.total().running);
    QCOMPARE(seats.states[SessionTotals::Historic].durationMs, 2 * Hour);
    QCOMPARE(seats.states[SessionTotals::Active].durationMs, Hour);
    QCOMPARE(seats.states[SessionTotals::Active].count, 1);
    QVERIFY(seats.states[SessionTotals::Active].running);
    QCOMPARE(minutes.total().earliestStart, utc("2026-11-01T07:00:00Z"));
    QCOMPARE(minutes.total().latestStop, utc("2026-11-02T09:00:00Z"));
    QCOMPARE(result.earliestStart, utc("2026-11-01T07:00:00Z"));
}

void tst_SessionTotals::selectionCountsOnlyItsRows()
{
    SessionStore store;
    store.merge({spanSession(QStringLiteral("a"), QStringLiteral("seats"), "2026-11-02T08:00:00Z", "2026-11-02T10:00:00Z"),
                 spanSession(QStringLiteral("b"), QStringLiteral("minutes"), "2026-11-02T08:00:00Z", "2026-11-02T09:00:00Z"),
                 spanSession(QStringLiteral("c"), QStringLiteral("seats"), "2026-11-03T08:00:00Z", nullptr)});
    SessionTotals selection(store, utc("2026-11-03T09:00:00Z"));
    selection.addAll(QList<int>{2, 0});
    const SessionTotals::Result result = selection.result();
    QCOMPARE(result.count(), 2);
    QCOMPARE(result.units.size(), 1);
    QCOMPARE(result.units.constFirst().total().durationMs, 3 * Hour);
    QCOMPARE(result.counts[SessionTotals::Active], 1);
}

void tst_SessionTotals::randomSetsMatchTheBill_data()
{
    QTest::addColumn<bool>("bounded");
    QTest::newRow("whole") << false;
    QTest::newRow("november") << true;
}

void tst_SessionTotals::randomSetsMatchTheBill()
{
    QFETCH(bool, bounded);
    QRandomGenerator random(19);
    const QStringList units{QStringLiteral("minutes"), QStringLiteral("seats"), QStringLiteral("GB")};
    const qint64 base = utc("2026-10-20T00:00:00Z");
    const qint64 now = utc("2026-11-20T00:00:00Z");
    QList<UsageSession> sessions;
    for (int i = 0; i < 3000; ++i) {
        const QString id = QStringLiteral("S-%1").arg(i);
        const QString unit = units.at(int(random.bounded(units.size())));
        const qint64 start = base + qint64(random.bounded(45 * 24)) * Hour + qint64(random.bounded(3600)) * 1000;
        UsageSession s = start < now && random.bounded(5) == 0
            ? TestData::running(id, start)
            : TestData::ended(id, start, start + qint64(random.bounded(200)) * Hour / 10);
        s.uom = unit;
        sessions.append(s);
    }
    SessionStore store;
    store.merge(sessions);
    QCOMPARE(store.size(), sessions.size());
    const qint64 from = bounded ? utc("2026-11-01T00:00:00Z") : std::numeric_limits<qint64>::min();
    const qint64 to = bounded ? utc("2026-12-01T00:00:00Z") : std::numeric_limits<qint64>::max();

    QList<int> rows;
    for (int row = 0; row < store.size(); ++row)
        rows.append(row);
    std::shuffle(rows.begin(), rows.end(), random);
    rows = rows.mid(0, 2000); // a filtered set, in the view's order

    QHash<QString, qint64> expected;
    int active = 0;
    int counted = 0;
    for (const int row : rows) {
        const UsageSession &s = sessions.at(row);
        const qint64 end = s.state == QLatin1String("Active") ? std::max(now, s.start) : s.stop;
        const bool overlaps = s.start < to && (end > from || (end == s.start && s.start >= from));
        if (!overlaps)
            continue;
        expected[s.uom] += billedMs(s, now, from, to);
        active += s.state == QLatin1String("Active") ? 1 : 0;
        ++counted;
    }
    SessionTotals totals(store, now, Period::Bounds{from, to});
    totals.addAll(rows);
    const SessionTotals::Result result = totals.result();
    QCOMPARE(result.count(), counted);
    QCOMPARE(result.counts[SessionTotals::Active], active);
    if (bounded)
        QVERIFY(counted < rows.size()); // some lie wholly outside November
    QCOMPARE(result.units.size(), expected.size());
    for (const SessionTotals::Unit &unit : result.units)
        QCOMPARE(unit.total().durationMs, expected.value(unit.name));
}

void tst_SessionTotals::counterStepsThroughManyRows()
{
    // More rows than one step takes: the rest is counted on later turns of
    // the event loop, and the sum is the one of a single pass.
    const int count = TotalsCounter::RowsPerStep + 1500;
    QList<UsageSession> sessions;
    sessions.reserve(count);
    for (int i = 0; i < count; ++i) {
        UsageSession s = TestData::session(QStringLiteral("S-%1").arg(i));
        s.uom = i % 3 == 0 ? QStringLiteral("seats") : QStringLiteral("minutes");
        s.start += qint64(i) * 60'000;
        s.stop = s.start + qint64(i % 7) * 60'000;
        s.uduration = s.stop - s.start;
        sessions.append(s);
    }
    SessionStore store;
    store.merge(sessions);
    std::vector<int> rows;
    for (int row = store.size() - 1; row >= 0; --row)
        rows.push_back(row);
    const qint64 now = utc("2026-12-01T00:00:00Z");

    TotalsCounter counter(store);
    QSignalSpy finished(&counter, &TotalsCounter::finished);
    counter.start(rows, now, {});
    QVERIFY(counter.isCounting());
    QCOMPARE(finished.size(), 0); // not all in the first step
    QVERIFY(finished.wait(10000));
    const auto stepped = finished.constFirst().constFirst().value<SessionTotals::Result>();

    qint64 minutes = 0, seats = 0; // the test's own sums
    for (const UsageSession &s : std::as_const(sessions))
        (s.uom == QLatin1String("seats") ? seats : minutes) += s.stop - s.start;
    QCOMPARE(stepped.count(), count);
    QCOMPARE(stepped.units.size(), 2);
    QCOMPARE(stepped.units.at(0).total().durationMs, minutes);
    QCOMPARE(stepped.units.at(1).total().durationMs, seats);

    // Cancelled: nothing more is reported.
    finished.clear();
    counter.start(rows, now, {});
    counter.cancel();
    QVERIFY(!counter.isCounting());
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
}

namespace {

// Many ended calls (more than one step of the counter) of a minute each.
QList<UsageSession> endedCalls(int first, int count, const QString &unit)
{
    QList<UsageSession> sessions;
    for (int i = first; i < first + count; ++i) {
        UsageSession s = TestData::session(QStringLiteral("C-%1").arg(i));
        s.uom = unit;
        s.start = utc("2026-11-01T00:00:00Z") + qint64(i) * 60'000;
        s.stop = s.start + 60'000;
        s.uduration = 60'000;
        sessions.append(s);
    }
    return sessions;
}

std::vector<int> allRows(const SessionStore &store)
{
    std::vector<int> rows(size_t(store.size()));
    for (int row = 0; row < store.size(); ++row)
        rows[size_t(row)] = row;
    return rows;
}

qint64 unitMs(const SessionTotals::Result &result, const QString &unit)
{
    for (const SessionTotals::Unit &u : result.units) {
        if (u.name == unit)
            return u.total().durationMs;
    }
    return -1;
}

} // namespace

void tst_SessionTotals::aTickCountsOnlyTheRunningSessionsAgain()
{
    // 60,000 ended calls and three running seats: a tick of Δ adds 3 × Δ
    // (or up to the period's end) from the running rows alone.
    constexpr int Calls = 60'000;
    QList<UsageSession> sessions = endedCalls(0, Calls, QStringLiteral("minutes"));
    const QList<UsageSession> seats{
        spanSession(QStringLiteral("desk-1"), QStringLiteral("seats"), "2026-11-30T20:00:00Z", nullptr),
        spanSession(QStringLiteral("desk-2"), QStringLiteral("seats"), "2026-11-30T22:00:00Z", nullptr),
        spanSession(QStringLiteral("desk-3"), QStringLiteral("seats"), "2026-11-30T23:30:00Z", nullptr)};
    sessions.append(seats);
    SessionStore store;
    store.merge(sessions);
    const qint64 now = utc("2026-12-01T00:00:00Z");
    constexpr qint64 Delta = 90'000;

    TotalsCounter counter(store);
    QSignalSpy finished(&counter, &TotalsCounter::finished);
    counter.start(allRows(store), now, {});
    QVERIFY(finished.wait(10000));
    const auto counted = finished.constFirst().constFirst().value<SessionTotals::Result>();
    QCOMPARE(counter.countsStarted(), 1);
    QCOMPARE(unitMs(counted, QStringLiteral("minutes")), Calls * 60'000LL);
    QCOMPARE(unitMs(counted, QStringLiteral("seats")), (4 + 2) * Hour + Hour / 2);

    SessionTotals::Result ticked;
    QVERIFY(counter.advanceTo(now + Delta, &ticked));
    QCOMPARE(counter.countsStarted(), 1); // no recount of the 60,000 calls
    QCOMPARE(finished.size(), 1);
    QCOMPARE(unitMs(ticked, QStringLiteral("seats")), unitMs(counted, QStringLiteral("seats")) + 3 * Delta);
    QCOMPARE(unitMs(ticked, QStringLiteral("minutes")), Calls * 60'000LL);
    QCOMPARE(ticked.count(), Calls + 3);
    QVERIFY(ticked.running);

    // With a period ending a minute after now, the running seats stop at
    // its end: the test's own bill at now + Δ.
    const Period::Bounds bounds{utc("2026-11-30T21:00:00Z"), now + 60'000};
    counter.start(allRows(store), now, bounds);
    QVERIFY(finished.wait(10000));
    QVERIFY(counter.advanceTo(now + Delta, &ticked));
    QCOMPARE(counter.countsStarted(), 2);
    qint64 billed = 0;
    for (const UsageSession &s : seats)
        billed += billedMs(s, now + Delta, bounds.fromUtcMs, bounds.toUtcMs);
    QCOMPARE(unitMs(ticked, QStringLiteral("seats")), billed);
    QCOMPARE(billed, 5 * Hour + Hour / 2 + 3 * 60'000); // from 21:00 (not 20:00), 22:00 and 23:30 to 00:01
    QVERIFY(!ticked.running);
}

void tst_SessionTotals::aRemovalUnderTheCountStopsIt()
{
    // A refresh sends 59,000 known calls and 3,000 new hours, and drops the
    // first 1,000 calls: the store grew, but every row after the removed
    // ones moved. The count in progress must not go on with old numbers.
    constexpr int Calls = 60'000;
    SessionStore store;
    store.merge(endedCalls(0, Calls, QStringLiteral("minutes")));
    TotalsCounter counter(store);
    QSignalSpy finished(&counter, &TotalsCounter::finished);
    QSignalSpy invalidated(&counter, &TotalsCounter::invalidated);
    const qint64 now = utc("2026-12-01T00:00:00Z");
    counter.start(allRows(store), now, {});
    QVERIFY(counter.isCounting()); // one step of 50,000 done, the rest to come

    const int generation = store.beginGeneration();
    store.merge(endedCalls(1'000, Calls - 1'000, QStringLiteral("minutes")));
    store.merge(endedCalls(Calls, 3'000, QStringLiteral("hours")));
    QCOMPARE(store.removeNotSeenSince(generation), 1'000);
    QCOMPARE(store.size(), Calls + 2'000);

    QTRY_VERIFY(!counter.isCounting());
    QCOMPARE(finished.size(), 0); // no result mixing two numberings
    QCOMPARE(invalidated.size(), 1);
    SessionTotals::Result stale;
    QVERIFY(!counter.advanceTo(now + 1'000, &stale));

    // Counted again, it matches the test's own sums.
    counter.start(allRows(store), now, {});
    QVERIFY(finished.wait(10000));
    const auto counted = finished.constFirst().constFirst().value<SessionTotals::Result>();
    QCOMPARE(counted.count(), Calls + 2'000);
    QCOMPARE(unitMs(counted, QStringLiteral("minutes")), (Calls - 1'000) * 60'000LL);
    QCOMPARE(unitMs(counted, QStringLiteral("hours")), 3'000 * 60'000LL);
}

QTEST_GUILESS_MAIN(tst_SessionTotals)
#include "tst_sessiontotals.moc"
