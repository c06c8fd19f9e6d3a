// The totals strip under the table, in the real window over real HTTP
// (the in-process emulator): the filtered set's and the selection's
// totals, a period's clipping, the clock, Copy, and keyboard reach.

#include "ui/connectioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/totalsstrip.h"
#include "uitestsupport.h"

#include "api/apiclient.h"
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace BillForward;

namespace {

const QByteArray Token = QByteArrayLiteral("totals-strip-token");
const QString Subscription = QStringLiteral("SUB-UI-TOTALS");
constexpr qint64 Minute = 60'000, Hour = 3'600'000;

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

bool answered(ApiReply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    return (reply->isFinished() || finished.wait(10000)) && reply->isOk();
}

UsageSession sessionOf(const QString &id, const QString &unit)
{
    UsageSession s;
    s.subscriptionId = Subscription;
    s.sessionId = id;
    s.uom = unit;
    s.pricingComponentName = unit == QLatin1String("seats") ? QStringLiteral("Seats") : QStringLiteral("Minutes");
    return s;
}

} // namespace

class tst_TotalsStrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void setTotalsFollowTheFilter();
    void periodCountsOnlyThePartInsideIt();
    void selectionHasItsOwnLine();
    void runningSessionCountsOnWithTheClock();
    void copyAndKeyboardReach();
    void arrivingRowsAreCountedAFewTimesASecond();
    void aTickDoesNotCountTheSetAgain();
    void selectionIsNotReadByOldRowNumbers();

private:
    TotalsStrip *strip() const { return m_window->findChild<TotalsStrip *>(QStringLiteral("totalsStrip")); }
    bool run(const UsageSession &session, qint64 start, qint64 stop);

    QTemporaryDir m_dir;
    EmulatorFixture m_server;
    qint64 m_seatStart = 0;
    std::unique_ptr<ConnectionController> m_connection;
    std::unique_ptr<MainWindow> m_window;
};

bool tst_TotalsStrip::run(const UsageSession &session, qint64 start, qint64 stop)
{
    UsageSession s = session;
    s.start = start;
    if (!answered(m_connection->client()->start({{s}, {}})))
        return false;
    if (stop == NoTimestamp)
        return true;
    s.pricingComponentName.clear();
    s.start = NoTimestamp;
    s.stop = stop;
    return answered(m_connection->client()->stop({{s}, {}}));
}

void tst_TotalsStrip::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("BILLFORWARD_ACCESS_TOKEN");
    UiTest::isolateSettings(m_dir);
    QLocale::setDefault(QLocale::c()); // one stable form of numbers and times
    Emulator::Options options;
    options.token = Token;
    QVERIFY(m_server.start(options));
    m_connection = std::make_unique<ConnectionController>();
    m_connection->connectTo(m_server.url, Token);
    // Two ended calls of an hour each, one seat running for two hours.
    QVERIFY(run(sessionOf(QStringLiteral("call-1"), QStringLiteral("minutes")), utc("2026-11-02T08:00:00Z"),
                utc("2026-11-02T09:00:00Z")));
    QVERIFY(run(sessionOf(QStringLiteral("call-2"), QStringLiteral("minutes")), utc("2026-11-03T08:00:00Z"),
                utc("2026-11-03T09:00:00Z")));
    m_seatStart = (QDateTime::currentMSecsSinceEpoch() / 1000) * 1000 - 2 * Hour;
    QVERIFY(run(sessionOf(QStringLiteral("desk-1"), QStringLiteral("seats")), m_seatStart, NoTimestamp));
}

void tst_TotalsStrip::init()
{
    m_window = std::make_unique<MainWindow>(m_connection.get());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy finished(m_window->loader(), &SessionLoader::loadFinished);
    QVERIFY(m_window->openSubscription(Subscription));
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->browser()->store().size(), 3);
    QVERIFY(strip());
    QTRY_VERIFY(strip()->setText().startsWith(QLatin1String("3 sessions"))); // counted at most RecountMs after the load
}

void tst_TotalsStrip::cleanup()
{
    m_window.reset();
}

void tst_TotalsStrip::setTotalsFollowTheFilter()
{
    // Every row counts, not only the page: the test's own sums.
    const qint64 seats = m_window->browser()->now() - m_seatStart;
    QTRY_VERIFY2(strip()->setText().startsWith(QStringLiteral("3 sessions: 1 active, 2 ended · minutes: %1 · seats: %2 (running) · ")
                                                   .arg(DurationFormat::forPeople(2 * Hour),
                                                        DurationFormat::forPeople(m_window->browser()->now() - m_seatStart))),
                 qPrintable(strip()->setText()));
    QVERIFY(seats >= 2 * Hour);
    const QString span = DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(utc("2026-11-02T08:00:00Z")))
        + QStringLiteral(" – running");
    QVERIFY2(strip()->setText().endsWith(span), qPrintable(strip()->setText()));
    QVERIFY(strip()->selectionText().isEmpty());

    SessionFilter minutes;
    minutes.setUoms({QStringLiteral("minutes")});
    m_window->browser()->setFilter(minutes);
    QTRY_COMPARE(strip()->setText(),
                 QStringLiteral("2 sessions: 0 active, 2 ended · minutes: %1 · %2 – %3")
                     .arg(DurationFormat::forPeople(2 * Hour),
                          DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(utc("2026-11-02T08:00:00Z"))),
                          DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(utc("2026-11-03T09:00:00Z")))));
}

void tst_TotalsStrip::periodCountsOnlyThePartInsideIt()
{
    // From half past the first call to a quarter past the start of the
    // second: 30 min + 15 min, and the running seat is not on this bill.
    const Period period = Period::range(QDateTime::fromMSecsSinceEpoch(utc("2026-11-02T08:30:00Z")),
                                        QDateTime::fromMSecsSinceEpoch(utc("2026-11-03T08:15:00Z")));
    SessionFilter filter;
    filter.setPeriod(period);
    m_window->browser()->setFilter(filter);
    const QString expected = QStringLiteral("2 sessions, %1: 0 active, 2 ended · minutes: %2 · ")
                                 .arg(period.label(), DurationFormat::forPeople(45 * Minute));
    QTRY_VERIFY2(strip()->setText().startsWith(expected), qPrintable(strip()->setText() + QLatin1String("\n") + expected));
    QVERIFY2(strip()->setText().endsWith(
                 DisplayFormat::dateTime(QDateTime::fromMSecsSinceEpoch(utc("2026-11-03T08:15:00Z")))),
             qPrintable(strip()->setText()));

    const Period thisMonth = Period::relative(Period::Kind::ThisMonth);
    filter.setPeriod(thisMonth);
    m_window->browser()->setFilter(filter);
    QTRY_VERIFY2(strip()->setText().contains(QLatin1String(", this month")), qPrintable(strip()->setText()));
}

void tst_TotalsStrip::selectionHasItsOwnLine()
{
    SessionTableView *table = m_window->table();
    const SessionStore &store = m_window->browser()->store();
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const int storeRow = m_window->browser()->model()->storeRowAt(row);
        if (store.uom(storeRow) == QLatin1String("minutes"))
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QTRY_VERIFY2(strip()->selectionText().startsWith(QStringLiteral("Selected: 2 sessions: 0 active, 2 ended · minutes: %1 · ")
                                                         .arg(DurationFormat::forPeople(2 * Hour))),
                 qPrintable(strip()->selectionText()));
    QVERIFY(strip()->setText().startsWith(QLatin1String("3 sessions"))); // the set's line stays
    auto *line = strip()->findChild<QLabel *>(QStringLiteral("totalsSelectionText"));
    QVERIFY(line && line->isVisible());
    table->clearSelection();
    QTRY_VERIFY(strip()->selectionText().isEmpty());
    QVERIFY(!line->isVisible());
}

void tst_TotalsStrip::runningSessionCountsOnWithTheClock()
{
    QTRY_VERIFY(strip()->setTotals().running);
    const auto seatsOf = [this] {
        for (const SessionTotals::Unit &unit : strip()->setTotals().units) {
            if (unit.name == QLatin1String("seats"))
                return unit.total().durationMs;
        }
        return qint64(-1);
    };
    const qint64 before = seatsOf();
    QVERIFY(before >= 2 * Hour);
    const QString textBefore = strip()->setText();
    // The window's clock ticks every second: the running seat counts on.
    QTRY_VERIFY_WITH_TIMEOUT(seatsOf() >= before + 1000, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(strip()->setText() != textBefore, 5000);
}

void tst_TotalsStrip::copyAndKeyboardReach()
{
    m_window->table()->selectRow(0);
    QTRY_VERIFY(!strip()->selectionText().isEmpty());
    auto *copy = strip()->findChild<QToolButton *>(QStringLiteral("copyTotalsButton"));
    QVERIFY(copy);
    QVERIFY(!copy->accessibleName().isEmpty());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, strip()->setText() + QLatin1Char('\n') + strip()->selectionText());

    QVERIFY(!strip()->accessibleName().isEmpty());
    QVERIFY(!strip()->accessibleDescription().isEmpty());
    auto *line = strip()->findChild<QLabel *>(QStringLiteral("totalsSetText"));
    QVERIFY(line && !line->accessibleName().isEmpty());
    QVERIFY(line->textInteractionFlags().testFlag(Qt::TextSelectableByKeyboard));
    // Tab reaches the text: focus it, select all and copy with the keyboard.
    QVERIFY(line->focusPolicy() & Qt::TabFocus);
    line->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(line->hasFocus());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(line, Qt::Key_C, Qt::ControlModifier); // nothing selected: the whole line
    QCOMPARE(QGuiApplication::clipboard()->text(), strip()->setText());
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier); // select all by keyboard
    QVERIFY(line->hasSelectedText());
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(line, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), line->selectedText());
}

void tst_TotalsStrip::arrivingRowsAreCountedAFewTimesASecond()
{
    // A load merges slice after slice; the strip counts at most every
    // RecountMs meanwhile, and the last count has every row.
    SessionBrowser browser;
    browser.setNow(utc("2026-12-01T00:00:00Z"));
    TotalsStrip strip(&browser);
    QSignalSpy counted(&strip, &TotalsStrip::setCounted);
    QElapsedTimer loading;
    loading.start();
    constexpr int Slices = 200, PerSlice = 50;
    for (int slice = 0; slice < Slices; ++slice) {
        QList<UsageSession> rows;
        for (int i = 0; i < PerSlice; ++i) {
            UsageSession s = sessionOf(QStringLiteral("load-%1-%2").arg(slice).arg(i), QStringLiteral("minutes"));
            s.state = QStringLiteral("Historic");
            s.start = utc("2026-11-01T00:00:00Z") + qint64(slice * PerSlice + i) * Minute;
            s.stop = s.start + Minute;
            s.uduration = Minute;
            rows.append(s);
        }
        browser.addSessions(rows);
        QCoreApplication::processEvents(); // the event loop turns between slices, as in a load
    }
    const qint64 elapsed = loading.elapsed();
    const qsizetype countsWhileLoading = counted.size();
    QVERIFY2(countsWhileLoading <= elapsed / TotalsStrip::RecountMs + 2,
             qPrintable(QStringLiteral("%1 counts in %2 ms").arg(countsWhileLoading).arg(elapsed)));
    QTRY_VERIFY2(strip.setText().startsWith(QStringLiteral("%1 sessions: 0 active, %1 ended · minutes: %2")
                                                .arg(QLocale().toString(Slices * PerSlice))
                                                .arg(DurationFormat::forPeople(Slices * PerSlice * Minute))),
                 qPrintable(strip.setText()));
}

namespace {

UsageSession endedCall(int i, const QString &unit)
{
    UsageSession s = sessionOf(QStringLiteral("call-%1").arg(i), unit);
    s.state = QStringLiteral("Historic");
    s.start = utc("2026-11-01T00:00:00Z") + qint64(i) * Hour;
    s.stop = s.start + Minute;
    s.uduration = Minute;
    return s;
}

} // namespace

void tst_TotalsStrip::aTickDoesNotCountTheSetAgain()
{
    // The window's tick hands the strip the selection at a new now: the
    // running seat's share grows by exactly the tick, and the set of ended
    // calls is not counted again.
    SessionBrowser browser;
    const qint64 now = utc("2026-12-01T00:00:00Z");
    browser.setNow(now);
    QList<UsageSession> rows;
    for (int i = 0; i < 100; ++i)
        rows.append(endedCall(i, QStringLiteral("minutes")));
    UsageSession seat = sessionOf(QStringLiteral("desk-1"), QStringLiteral("seats"));
    seat.state = QStringLiteral("Active");
    seat.start = now - 2 * Hour;
    rows.append(seat);
    browser.addSessions(rows);
    TotalsStrip strip(&browser);
    QTRY_COMPARE(strip.setTotals().count(), 101);
    const int counts = strip.setCounts();
    QSignalSpy counted(&strip, &TotalsStrip::setCounted);

    browser.setNow(now + 5 * Minute);
    strip.setSelection({});
    QCOMPARE(counted.size(), 1); // at once, not after a count in steps
    QCOMPARE(strip.setCounts(), counts);
    QVERIFY2(strip.setText().contains(QStringLiteral("seats: %1 (running)")
                                          .arg(DurationFormat::forPeople(2 * Hour + 5 * Minute))),
             qPrintable(strip.setText()));
    QVERIFY2(strip.setText().contains(QStringLiteral("minutes: %1 ·").arg(DurationFormat::forPeople(100 * Minute))),
             qPrintable(strip.setText()));
}

void tst_TotalsStrip::selectionIsNotReadByOldRowNumbers()
{
    // A refresh drops call-0 and brings three hours: the selected seat's
    // old row number now names an hour. The selection line must not show
    // the hour's totals as the seat's.
    SessionBrowser browser;
    browser.setNow(utc("2026-12-01T00:00:00Z"));
    const UsageSession gone = endedCall(0, QStringLiteral("minutes"));
    const UsageSession seat = endedCall(1, QStringLiteral("seats"));
    browser.addSessions({gone, seat});
    TotalsStrip strip(&browser);
    QTRY_COMPARE(strip.setTotals().count(), 2);
    strip.setSelection({1});
    QVERIFY2(strip.selectionText().contains(QLatin1String("seats")), qPrintable(strip.selectionText()));

    QSignalSpy counted(&strip, &TotalsStrip::setCounted);
    browser.beginRefresh();
    browser.addSessions({seat, endedCall(2, QStringLiteral("hours")), endedCall(3, QStringLiteral("hours")),
                         endedCall(4, QStringLiteral("hours"))});
    browser.endRefresh(true);
    QCOMPARE(browser.store().size(), 4);
    QTRY_VERIFY(strip.setTotals().count() == 4);
    QVERIFY2(!strip.selectionText().contains(QLatin1String("hours")), qPrintable(strip.selectionText()));
    // The table's next selection (by session) shows again.
    strip.setSelection({0});
    QVERIFY2(strip.selectionText().contains(QLatin1String("seats")), qPrintable(strip.selectionText()));
}

QTEST_MAIN(tst_TotalsStrip)
#include "tst_totalsstrip.moc"
