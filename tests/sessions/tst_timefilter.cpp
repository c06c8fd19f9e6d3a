#include "sessions/sessionbrowser.h"
#include "sessions/sessionfilter.h"
#include "sessions/sessionmatcher.h"
#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"
#include "sessions/timeterm.h"
#include "sessiontestdata.h"

#include "../common/timetestsupport.h"

#include <QSignalSpy>
#include <QTest>

// The filter's period and its terms of time (duration:, ended:), for
// sessions and for store rows read in place, and how a filter of the clock
// follows it. Local time is Europe/Berlin (set in main), so a month's
// edges are real local midnights with a DST change between them.

using BillForward::UsageSession;
using TestData::session;

Q_DECLARE_METATYPE(BillForward::UsageSession)

using TimeTestSupport::local;

namespace {

constexpr qint64 Hour = 60 * 60 * 1000;
constexpr qint64 Minute = 60 * 1000;

UsageSession historic(const char *id, qint64 start, qint64 stop)
{
    return TestData::ended(QString::fromLatin1(id), start, stop);
}

UsageSession active(const char *id, qint64 start)
{
    return TestData::running(QString::fromLatin1(id), start);
}

SessionFilter textFilter(const QString &text)
{
    SessionFilter filter;
    filter.setText(text);
    return filter;
}

// The answer for a session and for the same session as a store row: both
// paths must agree.
bool accepts(const SessionFilter &filter, const UsageSession &s, qint64 now)
{
    SessionStore store;
    store.merge({s});
    SessionMatcher matcher(filter, now);
    const bool fromSession = matcher.accepts(s);
    SessionMatcher rowMatcher(filter, now);
    const bool fromRow = rowMatcher.acceptsIgnoringState(store, 0)
        && rowMatcher.acceptsState(store.stateKind(0), store, 0);
    if (fromSession != fromRow)
        qWarning("the session and its store row disagree");
    return fromSession && fromRow;
}

} // namespace

class tst_TimeFilter : public QObject
{
    Q_OBJECT

private slots:
    void periodSelectsOverlappingSessions_data()
    {
        QTest::addColumn<UsageSession>("session");
        QTest::addColumn<bool>("accepted");
        // The period: November 2026, local; now: 15 Dec 2026 noon.
        QTest::newRow("inside") << historic("a", local(2026, 11, 10, 8), local(2026, 11, 10, 9)) << true;
        QTest::newRow("straddles the start") << historic("a", local(2026, 10, 31, 22), local(2026, 11, 1, 2)) << true;
        QTest::newRow("straddles the end") << historic("a", local(2026, 11, 30, 23), local(2026, 12, 1, 1)) << true;
        QTest::newRow("covers it") << historic("a", local(2026, 10, 20), local(2026, 12, 5)) << true;
        QTest::newRow("ended before") << historic("a", local(2026, 10, 30), local(2026, 10, 31, 23)) << false;
        QTest::newRow("ended at its start") << historic("a", local(2026, 10, 31, 22), local(2026, 11, 1)) << false;
        QTest::newRow("starts after") << historic("a", local(2026, 12, 2), local(2026, 12, 3)) << false;
        QTest::newRow("starts at its end") << historic("a", local(2026, 12, 1), local(2026, 12, 1, 1)) << false;
        QTest::newRow("no length, inside") << historic("a", local(2026, 11, 5, 10), local(2026, 11, 5, 10)) << true;
        QTest::newRow("no length, at its start") << historic("a", local(2026, 11, 1), local(2026, 11, 1)) << true;
        QTest::newRow("active, started inside") << active("a", local(2026, 11, 20)) << true;
        QTest::newRow("active, started before it") << active("a", local(2026, 10, 1)) << true;
        QTest::newRow("active, started after its end") << active("a", local(2026, 12, 5)) << false;
    }
    void periodSelectsOverlappingSessions()
    {
        QFETCH(UsageSession, session);
        QFETCH(bool, accepted);
        SessionFilter filter;
        filter.setPeriod(Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        QCOMPARE(accepts(filter, session, local(2026, 12, 15, 12)), accepted);
        // The same month as a relative period, at a now in December.
        filter.setPeriod(Period::relative(Period::Kind::LastMonth));
        QCOMPARE(accepts(filter, session, local(2026, 12, 15, 12)), accepted);
    }

    void anActiveSessionRunsUntilNow()
    {
        // A period still to come: a session running now has not reached it yet.
        SessionFilter filter;
        filter.setPeriod(Period::days(QDate(2026, 12, 1), QDate(2026, 12, 31)));
        const UsageSession running = active("a", local(2026, 11, 20));
        QVERIFY(!accepts(filter, running, local(2026, 11, 25)));
        QVERIFY(accepts(filter, running, local(2026, 12, 1, 0, 1)));
    }

    void aRowWithoutAStopEndsAfterItsDuration()
    {
        // Not active, no stop yet (a Historic row still to be stopped, or
        // "Other"): it ends where SessionStore::endAt says, at start +
        // uduration, so it overlaps November by four days.
        UsageSession s = historic("open", local(2026, 10, 30), local(2026, 11, 4));
        s.stop = BillForward::NoTimestamp;
        SessionFilter filter;
        filter.setPeriod(Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        QVERIFY(accepts(filter, s, local(2026, 12, 15, 12)));
        s.uduration = 2 * 24 * Hour; // ends 1 Nov 00:00, where November starts
        QVERIFY(!accepts(filter, s, local(2026, 12, 15, 12)));
        s.uduration = 0;
        s.start = local(2026, 11, 10); // no length, inside
        QVERIFY(accepts(filter, s, local(2026, 12, 15, 12)));
    }

    void aDayWithoutAMidnightIsADay()
    {
        // America/Santiago: 6 Sep 2026 begins at 01:00 (DST at 00:00).
        const TimeTestSupport::ScopedLocalZone zone(TimeTestSupport::GapAtMidnightZone);
        const qint64 dayStart = QDateTime(QDate(2026, 9, 6), QTime(4, 0), Qt::UTC).toMSecsSinceEpoch();
        const UsageSession before = historic("before", local(2026, 9, 5, 22), local(2026, 9, 5, 23));
        const UsageSession firstHour = historic("first", dayStart + 10 * Minute, dayStart + 20 * Minute);
        const UsageSession after = historic("after", local(2026, 9, 7, 1), local(2026, 9, 7, 2));
        const qint64 now = local(2026, 9, 20, 12);

        SessionFilter period;
        period.setPeriod(Period::days(QDate(2026, 9, 6), QDate(2026, 9, 6)));
        QVERIFY(!accepts(period, before, now));
        QVERIFY(accepts(period, firstHour, now));
        QVERIFY(!accepts(period, after, now));
        const std::optional<Period> typed = Period::parse(u"2026-09-06..2026-09-07");
        QVERIFY(typed);
        period.setPeriod(*typed);
        QVERIFY(!accepts(period, before, now));
        QVERIFY(accepts(period, firstHour, now));

        SessionFilter started; // the older started-between bounds, the same days
        started.setStartedBetween(QDate(2026, 9, 6), QDate(2026, 9, 6));
        QVERIFY(!accepts(started, before, now));
        QVERIFY(accepts(started, firstHour, now));
        QVERIFY(!accepts(started, after, now));
        started.setStartedBetween(QDate(2026, 9, 1), QDate(2026, 9, 5));
        QVERIFY(accepts(started, before, now));
        QVERIFY(!accepts(started, firstHour, now));
    }

    void durationTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<UsageSession>("session");
        QTest::addColumn<bool>("accepted");
        const qint64 now = local(2026, 11, 10, 20);
        const UsageSession nineHours = historic("a", local(2026, 11, 10, 1), local(2026, 11, 10, 10));
        const UsageSession eightHours = historic("a", local(2026, 11, 10, 1), local(2026, 11, 10, 9));
        const UsageSession quarterHour = historic("a", local(2026, 11, 10, 1), local(2026, 11, 10, 1, 15));
        const UsageSession runningNine = active("a", now - 9 * Hour);
        const UsageSession runningSeven = active("a", now - 7 * Hour);
        const UsageSession runningTen = active("a", now - 10 * Minute);
        QTest::newRow(">8h, 9 h ended") << QStringLiteral("duration:>8h") << nineHours << true;
        QTest::newRow(">8h, 8 h ended") << QStringLiteral("duration:>8h") << eightHours << false;
        QTest::newRow(">=8h, 8 h ended") << QStringLiteral("duration:>=8h") << eightHours << true;
        QTest::newRow("<=8h, 8 h ended") << QStringLiteral("duration:<=8h") << eightHours << true;
        QTest::newRow("<8h, 8 h ended") << QStringLiteral("duration:<8h") << eightHours << false;
        QTest::newRow("<30m, 15 min ended") << QStringLiteral("duration:<30m") << quarterHour << true;
        QTest::newRow("<30m, 9 h ended") << QStringLiteral("duration:<30m") << nineHours << false;
        QTest::newRow(">8h, running 9 h") << QStringLiteral("duration:>8h") << runningNine << true;
        QTest::newRow(">8h, running 7 h") << QStringLiteral("duration:>8h") << runningSeven << false;
        QTest::newRow("<30m, running 10 min") << QStringLiteral("duration:<30m") << runningTen << true;
        QTest::newRow("<30m, running 7 h") << QStringLiteral("duration:<30m") << runningSeven << false;
        QTest::newRow("both ends") << QStringLiteral("duration:>1h duration:<10h") << nineHours << true;
        QTest::newRow("both ends, out") << QStringLiteral("duration:>1h duration:<10h") << quarterHour << false;
        QTest::newRow("spaces and units") << QStringLiteral("duration:\"> 1 h 30 min\"") << nineHours << true;
        QTest::newRow("over:") << QStringLiteral("over:8h") << nineHours << true;
        QTest::newRow("over:, out") << QStringLiteral("over:8h") << runningSeven << false;
        QTest::newRow("under:") << QStringLiteral("under:30m") << quarterHour << true;
        QTest::newRow("with text") << QStringLiteral("duration:>8h call") << nineHours << true;
        QTest::newRow("with text, out") << QStringLiteral("duration:>8h nothing-like-it") << nineHours << false;
    }
    void durationTerms()
    {
        QFETCH(QString, text);
        QFETCH(UsageSession, session);
        QFETCH(bool, accepted);
        QCOMPARE(accepts(textFilter(text), session, local(2026, 11, 10, 20)), accepted);
    }

    void endedTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<UsageSession>("session");
        QTest::addColumn<bool>("accepted");
        const UsageSession midNovember = historic("a", local(2026, 11, 14), local(2026, 11, 15));
        const UsageSession atNovember = historic("a", local(2026, 10, 31, 23), local(2026, 11, 1));
        const UsageSession atDecember = historic("a", local(2026, 11, 30, 23), local(2026, 12, 1));
        const UsageSession midDecember = historic("a", local(2026, 12, 2), local(2026, 12, 3));
        const UsageSession running = active("a", local(2026, 11, 14));
        QTest::newRow("month, inside") << QStringLiteral("ended:2026-11") << midNovember << true;
        QTest::newRow("month, at its first midnight") << QStringLiteral("ended:2026-11") << atNovember << true;
        QTest::newRow("month, at the next one") << QStringLiteral("ended:2026-11") << atDecember << false;
        QTest::newRow("range") << QStringLiteral("ended:2026-11-01..2026-12-01") << midNovember << true;
        QTest::newRow("range, end excluded") << QStringLiteral("ended:2026-11-01..2026-12-01") << atDecember << false;
        QTest::newRow("open range") << QStringLiteral("ended:2026-12-01..") << atDecember << true;
        QTest::newRow("last-month") << QStringLiteral("ended:last-month") << midNovember << true;
        QTest::newRow("last-month, out") << QStringLiteral("ended:last-month") << midDecember << false;
        QTest::newRow("this-month") << QStringLiteral("ended:this-month") << midDecember << true;
        QTest::newRow("this-month, out") << QStringLiteral("ended:this-month") << midNovember << false;
        QTest::newRow("active has not ended") << QStringLiteral("ended:2026-11") << running << false;
        QTest::newRow("active, open range") << QStringLiteral("ended:2000-01-01..") << running << false;
    }
    void endedTerms()
    {
        QFETCH(QString, text);
        QFETCH(UsageSession, session);
        QFETCH(bool, accepted);
        QCOMPARE(accepts(textFilter(text), session, local(2026, 12, 15, 12)), accepted);
    }

    void aTermNotUnderstoodSaysSo_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("problem"); // a piece of the reason
        QTest::newRow("word") << QStringLiteral("duration:>eight") << QStringLiteral("duration: >eight (not understood)") << QStringLiteral("eight");
        QTest::newRow("no comparison") << QStringLiteral("duration:8h") << QStringLiteral("duration: 8h (not understood)") << QStringLiteral("duration:>8h");
        QTest::newRow("bare number") << QStringLiteral("duration:>8") << QStringLiteral("duration: >8 (not understood)") << QStringLiteral("8");
        QTest::newRow("no period") << QStringLiteral("ended:soon") << QStringLiteral("ended: soon (not understood)") << QStringLiteral("2026-11");
        QTest::newRow("backwards") << QStringLiteral("ended:2026-12-01..2026-11-01") << QStringLiteral("ended: 2026-12-01..2026-11-01 (not understood)")
                                   << QStringLiteral("later end");
    }
    void aTermNotUnderstoodSaysSo()
    {
        QFETCH(QString, text);
        QFETCH(QString, label);
        QFETCH(QString, problem);
        const SessionFilter filter = textFilter(text);
        QCOMPARE(filter.terms().size(), 1);
        QCOMPARE(filter.chips().size(), 1);
        QCOMPARE(filter.chips().first().label, label);
        QVERIFY2(TimeTerm::problemOf(filter.terms().first()).contains(problem),
                 qPrintable(TimeTerm::problemOf(filter.terms().first())));
        // It matches nothing, and nothing crashes.
        const qint64 now = local(2026, 12, 15);
        QVERIFY(!accepts(filter, historic("a", local(2026, 11, 1), local(2026, 11, 30)), now));
        QVERIFY(!accepts(filter, active("a", local(2026, 1, 1)), now));
    }

    void understoodTermsHaveTheirChips()
    {
        QCOMPARE(textFilter(QStringLiteral("duration:>8h")).chips().first().label, QStringLiteral("duration: >8h"));
        QCOMPARE(textFilter(QStringLiteral("over:8h")).chips().first().label, QStringLiteral("duration: >8h"));
        QCOMPARE(textFilter(QStringLiteral("ended:last-month")).chips().first().label,
                 QStringLiteral("ended: last-month"));
        QVERIFY(TimeTerm::problemOf(textFilter(QStringLiteral("duration:<=30m")).terms().first()).isEmpty());
        // Typing: "over:" alone restricts nothing yet.
        QVERIFY(textFilter(QStringLiteral("over:")).terms().isEmpty());
        SessionFilter filter;
        filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
        QCOMPARE(filter.chips().first().label, QStringLiteral("period: this month"));
        filter.clearChip(filter.chips().first());
        QVERIFY(filter.period().isNull());
        QVERIFY(filter.isEmpty());
    }

    void dependsOnNow_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("period"); // Period::Kind, None or Range (November)
        QTest::addColumn<bool>("depends");
        QTest::newRow("nothing") << QStringLiteral("") << int(Period::Kind::None) << false;
        QTest::newRow("text") << QStringLiteral("uom:minutes call") << int(Period::Kind::None) << false;
        QTest::newRow("duration") << QStringLiteral("duration:>8h") << int(Period::Kind::None) << true;
        QTest::newRow("duration not understood") << QStringLiteral("duration:>eight") << int(Period::Kind::None) << true;
        QTest::newRow("ended, fixed") << QStringLiteral("ended:2026-11") << int(Period::Kind::None) << false;
        QTest::newRow("ended, relative") << QStringLiteral("ended:last-month") << int(Period::Kind::None) << true;
        QTest::newRow("fixed period") << QStringLiteral("") << int(Period::Kind::Range) << true;
        QTest::newRow("relative period") << QStringLiteral("") << int(Period::Kind::ThisWeek) << true;
    }
    void dependsOnNow()
    {
        QFETCH(QString, text);
        QFETCH(int, period);
        QFETCH(bool, depends);
        SessionFilter filter = textFilter(text);
        const auto kind = Period::Kind(period);
        if (kind == Period::Kind::Range)
            filter.setPeriod(Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        else if (kind != Period::Kind::None)
            filter.setPeriod(Period::relative(kind));
        QCOMPARE(filter.dependsOnNow(), depends);
    }

    void viewSelectsOverlappingRows()
    {
        // The view's fast path over a store, at the view's clock.
        SessionStore store;
        store.merge({historic("inside", local(2026, 11, 10), local(2026, 11, 11)),
                     historic("before", local(2026, 10, 1), local(2026, 10, 2)),
                     historic("across", local(2026, 10, 31, 20), local(2026, 11, 1, 4)),
                     historic("after", local(2026, 12, 2), local(2026, 12, 3)),
                     active("running", local(2026, 10, 5)),
                     active("later", local(2026, 12, 3))});
        SessionView view(store);
        view.rebuild(local(2026, 12, 15));
        SessionFilter filter;
        filter.setPeriod(Period::relative(Period::Kind::LastMonth));
        view.setFilter(filter);
        QStringList shown;
        for (int i = 0; i < view.size(); ++i)
            shown << store.sessionId(view.storeRow(i));
        QCOMPARE(shown, (QStringList{QStringLiteral("inside"), QStringLiteral("across"), QStringLiteral("running")}));
        QCOMPARE(view.stateCounts().all, 3);
        QCOMPARE(view.stateCounts().active, 1);
    }

    void changingADurationBoundIsNotNarrowing()
    {
        // "<8h" lengthened to "<8h30m" is wider, though its text grew.
        SessionStore store;
        store.merge({historic("a", local(2026, 11, 1, 8), local(2026, 11, 1, 16, 15))});
        SessionView view(store);
        view.rebuild(local(2026, 12, 1));
        view.setFilter(textFilter(QStringLiteral("duration:<8h")));
        QCOMPARE(view.size(), 0);
        view.setFilter(textFilter(QStringLiteral("duration:<8h30m")));
        QCOMPARE(view.size(), 1);
    }

    void anActiveSessionCrossingEightHoursAppears()
    {
        SessionBrowser browser;
        const qint64 start = local(2026, 11, 10, 8);
        browser.addSessions({active("long", start), historic("short", local(2026, 11, 9, 8), local(2026, 11, 9, 9))});
        browser.setNow(start + 7 * Hour);
        browser.setFilter(textFilter(QStringLiteral("duration:>8h")));
        QCOMPARE(browser.view().size(), 0);
        QCOMPARE(browser.model()->rowCount(), 0);
        QSignalSpy content(&browser, &SessionBrowser::contentChanged);
        browser.setNow(start + 8 * Hour + Minute);
        QCOMPARE(browser.view().size(), 1);
        QCOMPARE(browser.store().sessionId(browser.view().storeRow(0)), QStringLiteral("long"));
        QCOMPARE(browser.model()->rowCount(), 1);
        QVERIFY(content.count() >= 1);
        // And the other way: "under 8 h" lets it go.
        browser.setFilter(textFilter(QStringLiteral("duration:<8h")));
        QCOMPARE(browser.view().size(), 1); // the short one
        QCOMPARE(browser.store().sessionId(browser.view().storeRow(0)), QStringLiteral("short"));
    }

    void aTickThatChangesNoRowIsNotAReorder()
    {
        // duration:>8h with a session at 7 h: ticks change nothing, so the
        // table and the timeline are not told to lay out again.
        SessionBrowser browser;
        const qint64 start = local(2026, 11, 10, 8);
        browser.addSessions({active("long", start), active("young", start + 6 * Hour),
                             historic("short", local(2026, 11, 9, 8), local(2026, 11, 9, 9))});
        browser.setNow(start + 7 * Hour);
        browser.setFilter(textFilter(QStringLiteral("duration:>8h")));
        QCOMPARE(browser.view().size(), 0);
        QSignalSpy about(&browser, &SessionBrowser::aboutToReorder);
        QSignalSpy reordered(&browser, &SessionBrowser::reordered);
        QSignalSpy content(&browser, &SessionBrowser::contentChanged);
        for (int second = 1; second <= 5; ++second)
            browser.setNow(start + 7 * Hour + second * 1000);
        QCOMPARE(about.count(), 0);
        QCOMPARE(reordered.count(), 0);
        QCOMPARE(content.count(), 0);
        // Crossing 8 h: one reorder, with the row in it.
        browser.setNow(start + 8 * Hour + 1000);
        QCOMPARE(about.count(), 1);
        QCOMPARE(reordered.count(), 1);
        QVERIFY(content.count() >= 1);
        QCOMPARE(browser.view().size(), 1);
        browser.setNow(start + 8 * Hour + 2000); // nothing new
        QCOMPARE(reordered.count(), 1);
    }

    void aFixedPastPeriodStopsFollowingTheClock()
    {
        // An active session overlaps a range that has ended, or not, for
        // good: after one look past the range's end the clock is ignored.
        SessionStore store;
        store.merge({active("running", local(2026, 10, 5)), active("later", local(2026, 12, 3))});
        SessionView view(store);
        view.rebuild(local(2026, 11, 20));
        SessionFilter filter;
        filter.setPeriod(Period::days(QDate(2026, 11, 1), QDate(2026, 11, 30)));
        view.setFilter(filter);
        QVERIFY(view.dueForNow(local(2026, 11, 20) + 1000)); // still running inside it
        view.followNow(local(2026, 12, 15));                // past its end: one more look
        QCOMPARE(view.size(), 1);
        QVERIFY(!view.dueForNow(local(2026, 12, 15) + 1000));
        QVERIFY(!view.dueForNow(local(2027, 3, 1)));
        // A duration term still follows the clock.
        filter.setText(QStringLiteral("duration:>8h"));
        view.setFilter(filter);
        QVERIFY(view.dueForNow(local(2026, 12, 15) + 2000));
    }

    void aRelativePeriodMovesWithTheCalendar()
    {
        SessionBrowser browser;
        browser.addSessions({historic("november", local(2026, 11, 20), local(2026, 11, 21))});
        browser.setNow(local(2026, 11, 30, 23, 59));
        SessionFilter filter;
        filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
        browser.setFilter(filter);
        QCOMPARE(browser.view().size(), 1);
        browser.setNow(local(2026, 12, 1, 0, 0) + 30 * 1000); // past midnight: December
        QCOMPARE(browser.view().size(), 0);
        QCOMPARE(browser.model()->rowCount(), 0);
        browser.setFilter(textFilter(QStringLiteral("ended:last-month")));
        QCOMPARE(browser.view().size(), 1);

        // A relative ended: term moves on too, though no session runs.
        browser.setNow(local(2026, 12, 31, 23, 59));
        browser.setFilter(textFilter(QStringLiteral("ended:this-month")));
        QCOMPARE(browser.view().size(), 0);
        browser.setFilter(textFilter(QStringLiteral("ended:last-month")));
        QCOMPARE(browser.view().size(), 1);
        browser.setNow(local(2027, 1, 1, 0, 1)); // November is no longer last month
        QCOMPARE(browser.view().size(), 0);
        QCOMPARE(browser.view().stateCounts().all, 0);
    }

    void manyRunningSessionsAreLookedAtOnceAMinute()
    {
        // Above FewActiveRows running sessions, a tick does not scan them all.
        QList<UsageSession> sessions;
        const qint64 start = local(2026, 11, 10, 8);
        for (int i = 0; i <= SessionView::FewActiveRows; ++i) {
            sessions << active("S", start + (i == 0 ? 0 : Hour));
            sessions.last().sessionId = QStringLiteral("S-%1").arg(i);
        }
        SessionBrowser browser;
        browser.addSessions(sessions);
        browser.setNow(start + 8 * Hour - 10 * 1000);
        browser.setFilter(textFilter(QStringLiteral("duration:>8h")));
        QCOMPARE(browser.view().size(), 0);
        browser.setNow(start + 8 * Hour + 10 * 1000); // 20 s later: not yet looked at
        QCOMPARE(browser.view().size(), 0);
        browser.setNow(start + 8 * Hour - 10 * 1000 + SessionView::NowRecheckMs);
        QCOMPARE(browser.view().size(), 1);
    }
};

int main(int argc, char **argv)
{
    // Before anything reads the zone: month edges and DST are Berlin's.
    qputenv("TZ", "Europe/Berlin");
    QCoreApplication app(argc, argv);
    tst_TimeFilter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_timefilter.moc"
