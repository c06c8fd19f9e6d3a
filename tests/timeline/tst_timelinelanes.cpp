#include "../sessions/sessiontestdata.h"

#include "sessions/sessionbrowser.h"
#include "timeline/timelinelanes.h"

#include <QTest>

// The lanes and bars of a view, without widgets: grouping by address, runs
// of a reused ID, cut parts joined whatever order the view has them in.
using BillForward::UsageSession;
using TestData::utc;

namespace {

UsageSession part(const QString &id, qint32 ix, const char *start, const char *stop, const QString &uom = QStringLiteral("minutes"),
                  const QString &subscription = QStringLiteral("SUB-1"))
{
    UsageSession s = stop ? TestData::ended(id, utc(start), utc(stop), ix) : TestData::running(id, utc(start), ix);
    s.uom = uom;
    s.subscriptionId = subscription;
    return s;
}

} // namespace

class tst_TimelineLanes : public QObject
{
    Q_OBJECT

private slots:
    void cutPartsJoinRunsSeparate();
    void addressesAreUnitAndSubscriptionToo();
    void slotCollisionsStayApart();
    void barsBetweenFindsTheBarsInView();
};

void tst_TimelineLanes::cutPartsJoinRunsSeparate()
{
    SessionBrowser browser;
    browser.addSessions({
        part(QStringLiteral("K-1"), 0, "2026-01-30T08:00:00Z", "2026-02-01T00:00:00Z"), // cut at the month's end
        part(QStringLiteral("K-1"), 1, "2026-02-01T00:00:00Z", "2026-02-01T06:00:00Z"),
        part(QStringLiteral("K-1"), 0, "2026-02-02T08:00:00Z", "2026-02-02T09:00:00Z"), // the ID's next run
        part(QStringLiteral("K-1"), 1, "2026-02-03T00:00:00Z", nullptr), // a part not where the run stopped
        part(QStringLiteral("C-9"), 0, "2026-02-05T08:00:00Z", nullptr),
    });
    // Newest first: each lane's later parts come before its earlier ones in the view.
    browser.setSort({{SessionColumn::Start, Qt::DescendingOrder}});
    TimelineLanes lanes;
    lanes.build(browser.store(), browser.view());
    QCOMPARE(lanes.laneCount(), 2);
    QCOMPARE(browser.store().sessionId(lanes.lane(0).storeRow), QStringLiteral("C-9")); // first in the view
    const TimelineLanes::Lane &kiosk = lanes.lane(1);
    QCOMPARE(kiosk.barCount, 3);
    const TimelineLanes::Bar &cut = lanes.bar(kiosk.firstBar);
    QCOMPARE(cut.start, utc("2026-01-30T08:00:00Z"));
    QCOMPARE(cut.stop, utc("2026-02-01T06:00:00Z"));
    QCOMPARE(cut.partCount, 2);
    QCOMPARE(browser.store().sessionix(lanes.partRow(cut.firstPart)), 0);
    QCOMPARE(browser.store().sessionix(lanes.partRow(cut.firstPart + 1)), 1);
    QCOMPARE(lanes.barOfStoreRow(0), kiosk.firstBar);
    QCOMPARE(lanes.barOfStoreRow(1), kiosk.firstBar);
    const TimelineLanes::Bar &next = lanes.bar(kiosk.firstBar + 1);
    QCOMPARE(next.partCount, 1);
    QCOMPARE(next.start, utc("2026-02-02T08:00:00Z"));
    const TimelineLanes::Bar &orphan = lanes.bar(kiosk.firstBar + 2);
    QVERIFY(orphan.isOpen());
    QCOMPARE(orphan.partCount, 1);
    QVERIFY(lanes.hasOpenBars());
    QCOMPARE(lanes.earliestStart(), utc("2026-01-30T08:00:00Z"));

    // Filtered to the running ones: the ended parts are not on the timeline.
    SessionFilter running;
    running.setState(SessionFilter::StateChoice::Active);
    browser.setFilter(running);
    lanes.build(browser.store(), browser.view());
    QCOMPARE(lanes.barCount(), 2);
    QCOMPARE(lanes.barOfStoreRow(0), -1);
}

void tst_TimelineLanes::addressesAreUnitAndSubscriptionToo()
{
    SessionBrowser browser;
    browser.addSessions({
        part(QStringLiteral("S-1"), 0, "2026-02-01T08:00:00Z", "2026-02-01T09:00:00Z"),
        part(QStringLiteral("S-1"), 0, "2026-02-01T08:00:00Z", "2026-02-01T09:00:00Z", QStringLiteral("seats")),
        part(QStringLiteral("S-1"), 0, "2026-02-01T08:00:00Z", "2026-02-01T09:00:00Z", QStringLiteral("minutes"),
             QStringLiteral("SUB-2")),
    });
    TimelineLanes lanes;
    lanes.build(browser.store(), browser.view());
    QCOMPARE(lanes.laneCount(), 3);
}

void tst_TimelineLanes::slotCollisionsStayApart()
{
    // Same length, same last character, same unit: the lane table's probe
    // starts alike for many of them; each stays a lane of its own.
    QList<UsageSession> sessions;
    for (int i = 0; i < 500; ++i) {
        const QString id = QStringLiteral("%1-X").arg(i, 4, 10, QLatin1Char('0'));
        sessions << part(id, 0, "2026-02-01T08:00:00Z", "2026-02-01T09:00:00Z")
                 << part(id, 0, "2026-02-02T08:00:00Z", "2026-02-02T09:00:00Z");
    }
    SessionBrowser browser;
    browser.addSessions(sessions);
    browser.setSort({{SessionColumn::SessionId, Qt::AscendingOrder}});
    TimelineLanes lanes;
    lanes.build(browser.store(), browser.view());
    QCOMPARE(lanes.laneCount(), 500);
    for (int lane = 0; lane < lanes.laneCount(); ++lane) {
        QCOMPARE(lanes.lane(lane).barCount, 2);
        QCOMPARE(browser.store().sessionId(lanes.lane(lane).storeRow), QStringLiteral("%1-X").arg(lane, 4, 10, QLatin1Char('0')));
        const TimelineLanes::Bar &first = lanes.bar(lanes.lane(lane).firstBar);
        QCOMPARE(browser.store().sessionId(lanes.partRow(first.firstPart)), browser.store().sessionId(lanes.lane(lane).storeRow));
    }
}

void tst_TimelineLanes::barsBetweenFindsTheBarsInView()
{
    QList<UsageSession> runs;
    for (int day = 1; day <= 20; ++day) {
        const QByteArray start = QStringLiteral("2026-02-%1T08:00:00Z").arg(day, 2, 10, QLatin1Char('0')).toLatin1();
        const QByteArray stop = QStringLiteral("2026-02-%1T12:00:00Z").arg(day, 2, 10, QLatin1Char('0')).toLatin1();
        runs << part(QStringLiteral("KIOSK"), 0, start.constData(), stop.constData());
    }
    SessionBrowser browser;
    browser.addSessions(runs);
    TimelineLanes lanes;
    lanes.build(browser.store(), browser.view());
    QCOMPARE(lanes.laneCount(), 1);
    // From the 5th at 10:00 (inside a run) to the 8th at 09:00: the 5th to the 8th.
    const auto [first, end] = lanes.barsBetween(0, utc("2026-02-05T10:00:00Z"), utc("2026-02-08T09:00:00Z"), 0);
    QCOMPARE(end - first, 4);
    QCOMPARE(lanes.bar(first).start, utc("2026-02-05T08:00:00Z"));
    QCOMPARE(lanes.bar(end - 1).start, utc("2026-02-08T08:00:00Z"));
    // Past the last run's end: none.
    const auto [after, afterEnd] = lanes.barsBetween(0, utc("2026-02-21T00:00:00Z"), utc("2026-02-22T00:00:00Z"), 0);
    QCOMPARE(afterEnd - after, 0);
    QCOMPARE(lanes.firstBarStartingFrom(first, utc("2026-02-07T00:00:00Z")), first + 2);
}

QTEST_GUILESS_MAIN(tst_TimelineLanes)
#include "tst_timelinelanes.moc"
