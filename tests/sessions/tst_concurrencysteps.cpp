#include "concurrency/workthreads.h"
#include "sessions/sessionbrowser.h"
#include "sessiontestdata.h"
#include "timeline/concurrencysteps.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using BillForward::UsageSession;
using TestData::running;
using TestData::utc;

namespace {

constexpr qint64 Minute = 60 * 1000;

UsageSession span(const QString &id, qint64 start, qint64 stop, const QString &uom = QStringLiteral("minutes"))
{
    UsageSession s = TestData::ended(id, start, stop);
    s.uom = uom;
    return s;
}

// The test's own count: how many of the view's rows run at t, one row at a time.
int runningAt(const SessionBrowser &browser, qint64 t, qint64 now)
{
    const SessionStore &store = browser.store();
    int count = 0;
    for (int i = 0; i < browser.view().size(); ++i) {
        const int row = browser.view().storeRow(i);
        if (store.start(row) == BillForward::NoTimestamp)
            continue;
        const qint64 end = store.isActive(row) ? now : store.stop(row);
        if (store.start(row) <= t && t < end && t < now)
            ++count;
    }
    return count;
}

// The test's own step function: every change of the count, by time.
std::map<qint64, int> ownSteps(const SessionBrowser &browser, qint64 now)
{
    std::map<qint64, int> changes;
    const SessionStore &store = browser.store();
    for (int i = 0; i < browser.view().size(); ++i) {
        const int row = browser.view().storeRow(i);
        const qint64 end = store.isActive(row) ? now : store.stop(row);
        if (store.start(row) == BillForward::NoTimestamp || end <= store.start(row))
            continue;
        ++changes[store.start(row)];
        --changes[end];
    }
    std::map<qint64, int> counts;
    int count = 0;
    for (const auto &[time, change] : changes)
        counts[time] = count += change;
    return counts;
}

int ownMaximumIn(const std::map<qint64, int> &counts, qint64 from, qint64 to)
{
    auto it = counts.upper_bound(from);
    int maximum = it == counts.begin() ? 0 : std::prev(it)->second;
    for (; it != counts.end() && it->first < to; ++it)
        maximum = std::max(maximum, it->second);
    return maximum;
}

} // namespace

// The step function of the timeline's strip against counts made here, one
// row at a time: overlaps, touching ends, active rows, the filter.
class tst_ConcurrencySteps : public QObject
{
    Q_OBJECT

private slots:
    void overlapsAndTouchingEnds()
    {
        SessionBrowser browser;
        const qint64 ten = utc("2026-02-01T10:00:00Z");
        browser.addSessions({span(QStringLiteral("a"), ten, ten + 60 * Minute),
                             span(QStringLiteral("b"), ten + 30 * Minute, ten + 90 * Minute),
                             span(QStringLiteral("c"), ten + 60 * Minute, ten + 120 * Minute), // starts as a stops
                             span(QStringLiteral("d"), ten + 60 * Minute, ten + 60 * Minute),  // no time at all
                             span(QStringLiteral("e"), ten + 45 * Minute, ten + 50 * Minute)});
        const qint64 now = ten + 24 * 60 * Minute;
        const ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);

        for (qint64 t = ten - Minute; t <= ten + 121 * Minute; t += Minute / 2)
            QCOMPARE(steps.countAt(t), runningAt(browser, t, now));
        QCOMPARE(steps.countAt(ten + 60 * Minute), 2);     // b and c: a stopped, c started
        QCOMPARE(steps.countAt(ten + 60 * Minute - 1), 2); // a and b
        QCOMPARE(steps.countAt(ten + 120 * Minute), 0);
        QCOMPARE(steps.maximum(), 3); // a, b and e
        QCOMPARE(steps.maximumAt(), ten + 45 * Minute);
        // One step per change of the count, none where a start meets a stop.
        QCOMPARE(steps.times(), (std::vector<qint64>{ten, ten + 30 * Minute, ten + 45 * Minute, ten + 50 * Minute,
                                                    ten + 90 * Minute, ten + 120 * Minute}));
        QCOMPARE(steps.counts(), (std::vector<int>{1, 2, 3, 2, 1, 0}));
    }

    void activeRowsRunUntilNowAndGrowWithTheClock()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        browser.addSessions({running(QStringLiteral("live"), nine), running(QStringLiteral("later"), nine + 30 * Minute),
                             span(QStringLiteral("ended"), nine, nine + 10 * Minute)});
        const qint64 now = nine + 60 * Minute;
        ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        QCOMPARE(steps.countAt(now - 1), 2);
        QCOMPARE(steps.countAt(now), 0);
        QCOMPARE(steps.maximum(), 2);
        for (qint64 t = nine; t < now + 5 * Minute; t += Minute)
            QCOMPARE(steps.countAt(t), runningAt(browser, t, now));

        steps.advanceTo(now + 30 * Minute);
        QCOMPARE(steps.countAt(now + 29 * Minute), 2);
        QCOMPARE(steps.maximumIn(now, now + 30 * Minute), 2);
        QCOMPARE(steps.countAt(now + 30 * Minute), 0);
        for (qint64 t = nine; t < now + 40 * Minute; t += Minute)
            QCOMPARE(steps.countAt(t), runningAt(browser, t, now + 30 * Minute));
        steps.advanceTo(now); // the clock does not go back
        QCOMPARE(steps.countAt(now + 29 * Minute), 2);
    }

    void anEndedSessionStoppingAtNowIsLeftBehindByTheClock()
    {
        SessionBrowser browser;
        const qint64 nine = utc("2026-02-01T09:00:00Z");
        const qint64 now = nine + 60 * Minute;
        browser.addSessions({running(QStringLiteral("live"), nine), span(QStringLiteral("ended"), nine, now)});
        ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        steps.advanceTo(now + 10 * Minute);
        QCOMPARE(steps.countAt(now - 1), 2);
        QCOMPARE(steps.countAt(now), 1);
        QCOMPARE(steps.maximumIn(now, now + 10 * Minute), 1);
        QCOMPARE(steps.countAt(now + 10 * Minute), 0);
    }

    // A row that is not active and has no stop (a Historic or Other row
    // from a server) ends at start + uduration, as in the totals and the
    // lanes: it does not run until now, nor grow with the clock.
    void aRowWithoutStopEndsAtItsDuration()
    {
        SessionBrowser browser;
        const qint64 start = utc("2026-10-30T09:00:00Z");
        constexpr qint64 Day = 24 * 60 * Minute;
        UsageSession other = span(QStringLiteral("other"), start, start + 5 * Day);
        other.stop = BillForward::NoTimestamp;
        other.state = QStringLiteral("Other");
        browser.addSessions({other, running(QStringLiteral("live"), start + Day)});
        int row = 0;
        while (row < browser.store().size() && browser.store().sessionId(row) != QStringLiteral("other"))
            ++row;
        QVERIFY(row < browser.store().size());
        QVERIFY(!browser.store().isActive(row));
        QCOMPARE(browser.store().endAt(row, start + 30 * Day), start + 5 * Day);
        const qint64 now = start + 30 * Day;
        ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        QCOMPARE(steps.countAt(start + 2 * Day), 2);
        QCOMPARE(steps.countAt(start + 5 * Day - 1), 2);
        QCOMPARE(steps.countAt(start + 5 * Day), 1); // the live one alone
        QCOMPARE(steps.countAt(now - 1), 1);
        steps.advanceTo(now + Day);
        QCOMPARE(steps.countAt(now + Day - 1), 1);
        QCOMPARE(steps.maximumIn(start + 6 * Day, now + Day), 1);
    }

    void filteredRowsAndRowsWithoutStartAreLeftOut()
    {
        SessionBrowser browser;
        const qint64 ten = utc("2026-02-01T10:00:00Z");
        UsageSession unstarted = span(QStringLiteral("unstarted"), ten, ten + Minute);
        unstarted.start = BillForward::NoTimestamp;
        browser.addSessions({span(QStringLiteral("m1"), ten, ten + 60 * Minute),
                             span(QStringLiteral("g1"), ten, ten + 60 * Minute, QStringLiteral("GB")),
                             span(QStringLiteral("g2"), ten + 10 * Minute, ten + 20 * Minute, QStringLiteral("GB")),
                             unstarted});
        const qint64 now = ten + 24 * 60 * Minute;
        QCOMPARE(ConcurrencySteps::of(browser.store(), browser.view(), now).maximum(), 3);

        SessionFilter filter;
        filter.setUoms({QStringLiteral("minutes")});
        browser.setFilter(filter);
        QCOMPARE(browser.view().size(), 2); // m1 and the unstarted row
        const ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        QCOMPARE(steps.maximum(), 1);
        QCOMPARE(steps.countAt(ten + 15 * Minute), 1);
        QCOMPARE(steps.times(), (std::vector<qint64>{ten, ten + 60 * Minute}));
    }

    void maximumInOverSpans()
    {
        // Enough rows for many blocks of steps, whose maxima answer long spans.
        SessionBrowser browser;
        QRandomGenerator random(19);
        const qint64 base = utc("2026-01-01T00:00:00Z");
        const qint64 now = base + 40 * 24 * 60 * Minute;
        QList<UsageSession> sessions;
        for (int i = 0; i < 6000; ++i) {
            const qint64 start = base + qint64(random.bounded(30 * 24 * 60)) * Minute;
            if (i % 17 == 0)
                sessions << running(QStringLiteral("r%1").arg(i), start);
            else
                sessions << span(QStringLiteral("s%1").arg(i), start, start + qint64(random.bounded(1, 3000)) * Minute);
        }
        browser.addSessions(sessions);
        SessionFilter filter;
        filter.setText(QStringLiteral("s1")); // a part of the rows, all over the store
        browser.setFilter(filter);
        QVERIFY(browser.view().size() > 500 && browser.view().size() < 6000);

        const ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        const std::map<qint64, int> own = ownSteps(browser, now);
        QVERIFY(steps.times().size() > 64 * 8);
        std::vector<qint64> ownTimes;
        std::vector<int> ownCounts;
        for (const auto &[time, count] : own) {
            if (count != (ownCounts.empty() ? 0 : ownCounts.back())) {
                ownTimes.push_back(time);
                ownCounts.push_back(count);
            }
        }
        QCOMPARE(steps.times(), ownTimes);
        QCOMPARE(steps.counts(), ownCounts);
        int ownMaximum = 0;
        for (const auto &step : own)
            ownMaximum = std::max(ownMaximum, step.second);
        QCOMPARE(steps.maximum(), ownMaximum);

        for (int i = 0; i < 3000; ++i) {
            const qint64 from = base - 24 * 60 * Minute + qint64(random.bounded(45 * 24 * 60)) * Minute
                + qint64(random.bounded(60000));
            // Spans from a millisecond (a pixel zoomed in) to weeks (zoomed out).
            const qint64 length = i % 3 == 0 ? qint64(random.bounded(1, 1000))
                                             : qint64(random.bounded(1, 20 * 24 * 60)) * Minute;
            QCOMPARE(steps.maximumIn(from, from + length), ownMaximumIn(own, from, from + length));
        }
        QCOMPARE(steps.maximumIn(base - 1000, now + 1000), ownMaximum);
        QCOMPARE(steps.maximumIn(now, now + 1000), 0);
        QCOMPARE(steps.maximumIn(steps.maximumAt(), steps.maximumAt() + 1), ownMaximum);
        QCOMPARE(steps.maximumIn(steps.maximumAt() - 1, steps.maximumAt()), ownMaximumIn(own, steps.maximumAt() - 1,
                                                                                         steps.maximumAt()));
    }

    void aLargeViewIsReadInTwoHalvesWithoutLosingRows()
    {
        // From 100,000 rows on the store is read by two threads (WorkThreads::splitInTwo).
        SessionBrowser browser;
        QRandomGenerator random(7);
        const qint64 base = utc("2026-01-01T00:00:00Z");
        const qint64 now = base + 3 * 24 * 60 * Minute;
        QList<UsageSession> sessions;
        for (int i = 0; i < 120000; ++i) {
            const qint64 start = base + qint64(random.bounded(2 * 24 * 60 * 60)) * 1000;
            sessions << (i % 1000 == 0 ? running(QStringLiteral("r%1").arg(i), start)
                                       : span(QStringLiteral("s%1").arg(i), start,
                                              start + qint64(random.bounded(1, 4 * 3600)) * 1000));
        }
        browser.addSessions(sessions);
        QVERIFY(WorkThreads::worthSplitting(browser.store().size()));
        const ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), now);
        const std::map<qint64, int> own = ownSteps(browser, now);
        std::vector<int> ownCounts;
        for (const auto &[time, count] : own) {
            if (count != (ownCounts.empty() ? 0 : ownCounts.back()))
                ownCounts.push_back(count);
        }
        QCOMPARE(steps.counts(), ownCounts);
    }

    void nothingToCount()
    {
        SessionBrowser browser;
        const ConcurrencySteps steps = ConcurrencySteps::of(browser.store(), browser.view(), 1000);
        QVERIFY(steps.isEmpty());
        QCOMPARE(steps.maximum(), 0);
        QCOMPARE(steps.maximumIn(0, 2000), 0);
        QCOMPARE(steps.countAt(500), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ConcurrencySteps)
#include "tst_concurrencysteps.moc"
