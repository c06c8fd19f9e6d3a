// bench-totals [count]: loads `count` (default 1,000,000) synthetic
// sessions of one subscription (four units, one in ten active) into a
// SessionBrowser and prints, best of five, how long SessionTotals takes
// over the filtered view as the totals strip counts it: every row, a
// filtered half, with a period (every row clipped), a clock tick (the
// active rows only) and a selection.

#include "sessions/sessionbrowser.h"
#include "sessions/sessiontotals.h"
#include "sessions/totalscounter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using BillForward::UsageSession;

namespace {

QList<UsageSession> makeBatch(QRandomGenerator &random, int first, int count, qint64 now)
{
    static const QStringList units{QStringLiteral("minutes"), QStringLiteral("GB"), QStringLiteral("calls"),
                                   QStringLiteral("seconds")};
    QList<UsageSession> batch;
    batch.reserve(count);
    for (int i = first; i < first + count; ++i) {
        UsageSession s;
        s.subscriptionId = QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
        s.organizationId = QStringLiteral("ORG-2B4C6D8E-1A3C-5E7F-9A1B-3C5D7E9F");
        s.sessionId = QStringLiteral("session-%1").arg(i);
        s.pricingComponentId = QStringLiteral("PCO-%1").arg(random.bounded(20));
        s.uom = units.at(int(random.bounded(4)));
        s.start = now - qint64(random.bounded(365 * 86400)) * 1000;
        s.created = s.start;
        if (random.bounded(10) == 0) {
            s.state = QStringLiteral("Active");
        } else {
            s.state = QStringLiteral("Historic");
            s.uduration = qint64(random.bounded(8 * 3600)) * 1000;
            s.stop = s.start + s.uduration;
        }
        batch.append(s);
    }
    return batch;
}

// Best of five, in ms.
double bestOf(const std::function<void()> &work)
{
    double best = 1e18;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

SessionTotals::Result countView(const SessionBrowser &browser, const Period::Bounds &bounds)
{
    SessionTotals totals(browser.store(), browser.now(), bounds);
    const SessionView &view = browser.view();
    for (int i = 0, n = view.size(); i < n; ++i)
        totals.add(view.storeRow(i));
    return totals.result();
}

void report(const char *what, const SessionBrowser &browser, const Period::Bounds &bounds)
{
    SessionTotals::Result result;
    const double ms = bestOf([&] { result = countView(browser, bounds); });
    std::printf("totals %-28s %7.1f ms (%d rows given, %d counted, %lld units)\n", what, ms, browser.view().size(),
                result.count(), qlonglong(result.units.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const qint64 now = 1'772'000'000'000;
    QRandomGenerator random(20261206);
    SessionBrowser browser;
    browser.setNow(now);
    browser.setPageSize(100);
    for (int first = 0; first < count; first += 10'000)
        browser.addSessions(makeBatch(random, first, std::min(10'000, count - first), now));
    std::printf("sessions: %d\n", browser.store().size());

    report("all rows", browser, {});
    SessionFilter half;
    half.setUoms({QStringLiteral("minutes"), QStringLiteral("GB")});
    browser.setFilter(half);
    report("filtered half (2 of 4 units)", browser, {});
    browser.setFilter(SessionFilter());
    // A 30-day period in the middle of the year: every row clipped.
    const Period::Bounds month{now - 200LL * 86'400'000, now - 170LL * 86'400'000};
    report("all rows, a 30-day period", browser, month);

    // The strip counts in steps of TotalsCounter::RowsPerStep rows, one per
    // turn of the event loop: the longest step is the GUI thread's gap.
    browser.setFilter(half);
    double longestStep = 0;
    double shortestStep = 1e18;
    for (int pass = 0; pass < 5; ++pass) {
        SessionTotals totals(browser.store(), now, month);
        const SessionView &view = browser.view();
        for (int first = 0; first < view.size(); first += TotalsCounter::RowsPerStep) {
            QElapsedTimer timer;
            timer.start();
            const int end = std::min(view.size(), first + TotalsCounter::RowsPerStep);
            for (int i = first; i < end; ++i)
                totals.add(view.storeRow(i));
            longestStep = std::max(longestStep, double(timer.nsecsElapsed()) / 1e6);
            if (end - first == TotalsCounter::RowsPerStep) // a whole step
                shortestStep = std::min(shortestStep, double(timer.nsecsElapsed()) / 1e6);
        }
    }
    std::printf("totals steps of %d rows       %7.1f ms longest, %.1f ms shortest (filtered half, a period; 5 passes)\n",
                TotalsCounter::RowsPerStep, longestStep, shortestStep);
    browser.setFilter(SessionFilter());

    // A clock tick: the strip moves its last count on to the new now,
    // counting the active rows again (here one in ten), not the whole set.
    {
        SessionTotals totals(browser.store(), now);
        const SessionView &view = browser.view();
        for (int i = 0, n = view.size(); i < n; ++i)
            totals.add(view.storeRow(i));
        qint64 tickAt = now;
        SessionTotals::Result ticked;
        const double tick = bestOf([&] {
            tickAt += 1000;
            totals.advanceTo(tickAt);
            ticked = totals.result();
        });
        std::printf("totals %-28s %7.1f ms (%d active rows of %d counted again)\n", "a clock tick, all rows", tick,
                    browser.store().activeCount(), ticked.count());
    }

    QList<int> selection;
    for (int row = 0; row < browser.store().size(); row += 100)
        selection.append(row);
    SessionTotals::Result result;
    const double ms = bestOf([&] {
        SessionTotals totals(browser.store(), now);
        totals.addAll(selection);
        result = totals.result();
    });
    std::printf("totals %-28s %7.1f ms (%d rows)\n", "a selection of 1 in 100", ms, result.count());
    return 0;
}
