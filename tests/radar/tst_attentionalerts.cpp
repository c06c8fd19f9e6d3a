#include "radar/attentionalerts.h"
#include "sessions/sessionbrowser.h"
#include "sessiontestdata.h"

#include <QSignalSpy>
#include <QTest>

#include <tuple>

using Item = AttentionAlerts::Item;

namespace {

constexpr qint64 Hour = 60LL * 60 * 1000;

// A session over its limit by `pastHours`.
Item overdue(const QString &sessionId, int pastHours, const QString &subscription = QStringLiteral("SUB-0001"))
{
    Item item;
    item.key.subscriptionId = subscription;
    item.key.sessionId = sessionId;
    item.key.uom = QStringLiteral("minutes");
    item.key.start = 1'700'000'000'000;
    item.attention.reason = Attention::Reason::OverLimit;
    item.attention.limitMs = 24 * Hour;
    item.attention.pastLimitMs = pastHours * Hour;
    return item;
}

AttentionAlerts::Notice lastNotice(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<AttentionAlerts::Notice>();
}

} // namespace

Q_DECLARE_METATYPE(AttentionAlerts::Notice)

class tst_AttentionAlerts : public QObject
{
    Q_OBJECT

private slots:
    void newSessionsInTheBackgroundAskForOneNotice()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        QSignalSpy counted(&alerts, &AttentionAlerts::unseenCountChanged);
        alerts.loadFinished({overdue(QStringLiteral("dev-2"), 2), overdue(QStringLiteral("dev-7"), 48)}, true);
        QCOMPARE(alerted.size(), 1);
        const AttentionAlerts::Notice notice = lastNotice(alerted);
        QCOMPARE(notice.count, 2);
        QCOMPARE(notice.summary, QStringLiteral("2 sessions need attention"));
        // The farthest past its limit first, each with its reason.
        const QStringList lines = notice.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("SUB-0001 / dev-7 (minutes): ")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("SUB-0001 / dev-2 (minutes): ")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(0).endsWith(overdue(QStringLiteral("dev-7"), 48).attention.text()));
        QCOMPARE(alerts.unseenCount(), 2);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.constLast().constFirst().toInt(), 2);
    }

    void theSameSessionsAreNeverToldTwice()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        const QList<Item> two{overdue(QStringLiteral("dev-1"), 5), overdue(QStringLiteral("dev-2"), 3)};
        alerts.loadFinished(two, true);
        alerts.loadFinished(two, true);
        alerts.loadFinished({two.at(1)}, true); // one of them ended: nothing new
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 1);

        // A new one: the notice (replacing the last) names every unseen session.
        alerts.loadFinished({two.at(1), overdue(QStringLiteral("dev-3"), 9)}, true);
        QCOMPARE(alerted.size(), 2);
        QCOMPARE(lastNotice(alerted).summary, QStringLiteral("2 sessions need attention"));
        QVERIFY(lastNotice(alerted).body.startsWith(QStringLiteral("SUB-0001 / dev-3 (minutes)")));
    }

    void nothingWhileTheUserLooks()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        alerts.setUserLooking(true);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 5)}, true);
        QCOMPARE(alerted.size(), 0);
        QCOMPARE(alerts.unseenCount(), 0);

        // Seen while looking: leaving the window does not make it news.
        alerts.setUserLooking(false);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 6)}, true);
        QCOMPARE(alerted.size(), 0);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 7), overdue(QStringLiteral("dev-9"), 1)}, true);
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(lastNotice(alerted).summary, QStringLiteral("1 session needs attention"));
        QVERIFY(lastNotice(alerted).body.startsWith(QStringLiteral("SUB-0001 / dev-9 (minutes)")));
    }

    void aLoadTheUserStartedTellsNothing()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 5)}, false);
        QCOMPARE(alerted.size(), 0);
        QCOMPARE(alerts.unseenCount(), 0);
    }

    void lookingResetsTheCount()
    {
        AttentionAlerts alerts;
        QSignalSpy seen(&alerts, &AttentionAlerts::seen);
        QSignalSpy counted(&alerts, &AttentionAlerts::unseenCountChanged);
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        const QList<Item> three{overdue(QStringLiteral("a"), 1), overdue(QStringLiteral("b"), 2),
                                overdue(QStringLiteral("c"), 3)};
        alerts.loadFinished(three, true);
        QCOMPARE(alerts.unseenCount(), 3);
        alerts.setUserLooking(true);
        QCOMPARE(alerts.unseenCount(), 0);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(counted.constLast().constFirst().toInt(), 0);
        alerts.setUserLooking(false);
        alerts.loadFinished(three, true);
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 0);
    }

    void aSessionThatNeedsAttentionAgainIsNewsAgain()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 5)}, true);
        alerts.loadFinished({}, true);
        QCOMPARE(alerts.unseenCount(), 0);
        alerts.loadFinished({overdue(QStringLiteral("dev-1"), 5)}, true);
        QCOMPARE(alerted.size(), 2);
    }

    // A load the user started while away shows its rows: they are seen,
    // and a background load finding them again tells nothing.
    void aLoadTheUserStartedCountsAsSeen()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        const QList<Item> two{overdue(QStringLiteral("dev-1"), 5), overdue(QStringLiteral("dev-2"), 7)};
        alerts.loadFinished(two, false);
        alerts.loadFinished(two, true);
        QCOMPARE(alerted.size(), 0);
        QCOMPARE(alerts.unseenCount(), 0);
        alerts.loadFinished({two.at(0), two.at(1), overdue(QStringLiteral("dev-3"), 1)}, true);
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 1);
    }

    // What is known is kept per subscription: a load of one subscription
    // (the single view) forgets nothing of the others, so the next sweep
    // of all of them tells nothing old as new.
    void aLoadOfOneSubscriptionForgetsNothingOfOthers()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        const QString subA = QStringLiteral("SUB-A");
        const QString subB = QStringLiteral("SUB-B");
        const Item a1 = overdue(QStringLiteral("a1"), 5, subA);
        const Item b1 = overdue(QStringLiteral("b1"), 9, subB);
        const QSet<QString> both{subA, subB};
        alerts.loadFinished({a1, b1}, true, both);
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 2);
        // SUB-B opened alone (and refreshed in the background): B's session
        // is no news, and A's stays told and not seen.
        alerts.loadFinished({b1}, true, {subB});
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 2);
        // All watched again: nothing new.
        alerts.loadFinished({a1, b1}, true, both);
        QCOMPARE(alerted.size(), 1);
        QCOMPARE(alerts.unseenCount(), 2);
        // A's session ended, seen by a load of A: forgotten, so it is news
        // again should it need attention again.
        alerts.loadFinished({}, true, {subA});
        QCOMPARE(alerts.unseenCount(), 1);
        alerts.loadFinished({a1, b1}, true, both);
        QCOMPARE(alerted.size(), 2);
        QCOMPARE(alerts.unseenCount(), 2);
    }

    void readsWhatNeedsAttentionFromTheBrowser()
    {
        // Real rows: two running past the 24 h default, one within it, one ended.
        SessionBrowser browser;
        const qint64 now = TestData::utc("2026-02-05T10:00:00Z");
        QList<BillForward::UsageSession> rows;
        for (const auto &[id, startedHoursAgo, active] :
             {std::tuple{"dev-1", 30, true}, std::tuple{"dev-2", 80, true}, std::tuple{"dev-3", 2, true},
              std::tuple{"dev-4", 90, false}}) {
            BillForward::UsageSession s = TestData::session(QString::fromLatin1(id), 0, active);
            s.start = s.created = now - startedHoursAgo * Hour;
            if (!active)
                s.stop = s.start + Hour;
            rows << s;
        }
        browser.addSessions(rows);
        browser.setNow(now);
        const QList<Item> items = AttentionAlerts::needingAttentionIn(browser);
        QCOMPARE(items.size(), 2);
        QSet<QString> ids;
        for (const Item &item : items) {
            ids.insert(item.key.sessionId);
            QCOMPARE(item.attention.reason, Attention::Reason::OverLimit);
            QCOMPARE(item.attention, browser.attentionOf(browser.store().indexOf(item.key)));
        }
        QCOMPARE(ids, (QSet<QString>{QStringLiteral("dev-1"), QStringLiteral("dev-2")}));

        // The notice puts the farthest past its limit first, with the radar's reason.
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        alerts.loadFinished(items, true);
        const QStringList lines = lastNotice(alerted).body.split(QLatin1Char('\n'));
        Attention dev2;
        for (const Item &item : items) {
            if (item.key.sessionId == QStringLiteral("dev-2"))
                dev2 = item.attention;
        }
        QVERIFY(!dev2.text().isEmpty());
        QCOMPARE(lines.at(0), QStringLiteral("SUB-1 / dev-2 (minutes): ") + dev2.text());
    }

    void aNoticeNamesTheFirstFewAndCountsTheRest()
    {
        AttentionAlerts alerts;
        QSignalSpy alerted(&alerts, &AttentionAlerts::alertRequested);
        QList<Item> five;
        for (int i = 1; i <= 5; ++i)
            five << overdue(QStringLiteral("dev-%1").arg(i), i, QStringLiteral("SUB-ABCDEF-0123456789"));
        alerts.loadFinished(five, true);
        const AttentionAlerts::Notice notice = lastNotice(alerted);
        QCOMPARE(notice.summary, QStringLiteral("5 sessions need attention"));
        const QStringList lines = notice.body.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), AttentionAlerts::NamedInNotice + 1);
        // A long subscription ID is cut; the session ID and unit stay whole.
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("SUB-ABCDEF-0\u2026 / dev-5 (minutes): ")), qPrintable(lines.at(0)));
        QCOMPARE(lines.last(), QStringLiteral("and 2 more"));
    }
};

QTEST_GUILESS_MAIN(tst_AttentionAlerts)
#include "tst_attentionalerts.moc"
