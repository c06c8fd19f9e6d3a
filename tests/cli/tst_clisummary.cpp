// `list --all --summary [--between]` as a clerk's script runs it: the CLI
// as a child process against the in-process emulator over loopback HTTP.
// The expected totals are the test's own sums over what `list --all`
// printed for the same subscription.

#include "clirun.h"
#include "emulatorfixture.h"

#include "wire/sessioncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using BillForward::NoTimestamp;
using BillForward::Timestamp;

namespace {

const QString Subscription = QStringLiteral("SUB-TOTALS");
constexpr qint64 Hour = 3'600'000;

Timestamp timeOf(const QJsonValue &value)
{
    Timestamp t = NoTimestamp;
    if (!BillForward::WireTime::parse(value.toString().toUtf8(), t))
        return NoTimestamp;
    return t;
}

struct Expected
{
    int sessions = 0;
    qint64 durationMs = 0;
};

} // namespace

class tst_CliSummary : public QObject
{
    Q_OBJECT

private:
    EmulatorFixture m_server;
    QTemporaryDir m_dir;

    QProcessEnvironment environment(const QString &timeZone = QStringLiteral("UTC")) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), m_server.url.toString());
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QStringLiteral("cli-summary-token"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
        env.insert(QStringLiteral("TZ"), timeZone);
        return env;
    }

    CliRun cli(const QStringList &arguments, const QString &timeZone = QStringLiteral("UTC")) const
    {
        return runCli(arguments, environment(timeZone));
    }

    void start(const QString &session, const QString &unit, const QString &at)
    {
        const CliRun run = cli({QStringLiteral("start"), QStringLiteral("--subscription"), Subscription,
                                QStringLiteral("--session"), session, QStringLiteral("--uom"), unit,
                                QStringLiteral("--pricing-component-name"), QStringLiteral("Compute ") + unit,
                                QStringLiteral("--start"), at});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    void stop(const QString &session, const QString &unit, const QString &at)
    {
        const CliRun run = cli({QStringLiteral("stop"), QStringLiteral("--subscription"), Subscription,
                                QStringLiteral("--session"), session, QStringLiteral("--uom"), unit,
                                QStringLiteral("--stop"), at});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // The test's own sums, per "unit/state", over the rows `list --all`
    // prints: each row's time inside [from, to), an active one up to `now`.
    QHash<QString, Expected> expectedTotals(qint64 from, qint64 to, qint64 now) const
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QHash<QString, Expected> sums;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).array()) {
            const QJsonObject s = value.toObject();
            const QString state = s.value(QLatin1String("state")).toString();
            const Timestamp begin = timeOf(s.value(QLatin1String("start")));
            const Timestamp end = state == QLatin1String("Active") ? now : timeOf(s.value(QLatin1String("stop")));
            if (begin >= to || end <= from)
                continue; // not on this bill
            Expected &e = sums[s.value(QLatin1String("uom")).toString() + QLatin1Char('/') + state];
            ++e.sessions;
            e.durationMs += std::max<qint64>(0, std::min(end, to) - std::max(begin, from));
        }
        return sums;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start());
        // Across the range's start, inside, across its end, and one still running.
        start(QStringLiteral("night"), QStringLiteral("minutes"), QStringLiteral("2026-10-31T22:00:00Z"));
        stop(QStringLiteral("night"), QStringLiteral("minutes"), QStringLiteral("2026-11-01T02:00:00Z"));
        start(QStringLiteral("call"), QStringLiteral("minutes"), QStringLiteral("2026-11-10T10:00:00Z"));
        stop(QStringLiteral("call"), QStringLiteral("minutes"), QStringLiteral("2026-11-10T11:00:00Z"));
        start(QStringLiteral("late"), QStringLiteral("seats"), QStringLiteral("2026-11-30T23:00:00Z"));
        stop(QStringLiteral("late"), QStringLiteral("seats"), QStringLiteral("2026-12-01T01:30:00Z"));
        start(QStringLiteral("desk"), QStringLiteral("seats"), QStringLiteral("2026-11-20T00:00:00Z"));
    }

    void jsonCountsThePartInsideTheRange()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("2026-11-01T00:00:00Z..2026-12-01T00:00:00Z"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QLatin1String("from")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        QCOMPARE(root.value(QLatin1String("to")).toString(), QStringLiteral("2026-12-01T00:00:00Z"));
        const qint64 now = timeOf(root.value(QLatin1String("countedAt")));
        QVERIFY(now != NoTimestamp);
        const qint64 from = timeOf(root.value(QLatin1String("from")));
        const qint64 to = timeOf(root.value(QLatin1String("to")));
        const QHash<QString, Expected> expected = expectedTotals(from, to, now);

        const QJsonArray totals = root.value(QLatin1String("totals")).toArray();
        QCOMPARE(totals.size(), expected.size());
        qint64 minutes = 0;
        for (const QJsonValue &value : totals) {
            const QJsonObject row = value.toObject();
            const QString key = row.value(QLatin1String("uom")).toString() + QLatin1Char('/')
                + row.value(QLatin1String("state")).toString();
            QVERIFY2(expected.contains(key), qPrintable(key));
            QCOMPARE(row.value(QLatin1String("sessions")).toInt(), expected.value(key).sessions);
            QCOMPARE(row.value(QLatin1String("durationMs")).toInteger(), expected.value(key).durationMs);
            if (key.startsWith(QLatin1String("minutes/")))
                minutes += row.value(QLatin1String("durationMs")).toInteger();
        }
        // 2 h of the night after midnight, the whole 1 h call.
        QCOMPARE(minutes, 3 * Hour);
        const QJsonObject all = root.value(QLatin1String("all")).toObject();
        QCOMPARE(all.value(QLatin1String("earliestStart")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
        // The running session counts to now, or to the range's end once past it.
        QCOMPARE(all.value(QLatin1String("running")).toBool(), now < to);
    }

    void sessionsOutsideTheRangeAreNotCounted()
    {
        // October: only the night's first 2 h; the rest started later.
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("2026-10-01T00:00:00Z..2026-11-01T00:00:00Z"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject all = QJsonDocument::fromJson(run.out).object().value(QLatin1String("all")).toObject();
        QCOMPARE(all.value(QLatin1String("sessions")).toInt(), 1);
        QCOMPARE(all.value(QLatin1String("durationMs")).toInteger(), 2 * Hour);
        QCOMPARE(all.value(QLatin1String("latestStop")).toString(), QStringLiteral("2026-11-01T00:00:00Z"));
    }

    void bareDatesAreLocalMidnightsAndPrinted()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("2026-11-01..2026-12-01"),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               QStringLiteral("Europe/Berlin"));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root.value(QLatin1String("from")).toString(), QStringLiteral("2026-10-31T23:00:00Z"));
        QCOMPARE(root.value(QLatin1String("to")).toString(), QStringLiteral("2026-11-30T23:00:00Z"));
    }

    void wholeSessionsWithoutARangeAndRunningMarked()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QVERIFY(root.value(QLatin1String("from")).isNull());
        const qint64 now = timeOf(root.value(QLatin1String("countedAt")));
        const QHash<QString, Expected> expected
            = expectedTotals(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), now);
        for (const QJsonValue &value : root.value(QLatin1String("totals")).toArray()) {
            const QJsonObject row = value.toObject();
            const QString state = row.value(QLatin1String("state")).toString();
            const QString key = row.value(QLatin1String("uom")).toString() + QLatin1Char('/') + state;
            QCOMPARE(row.value(QLatin1String("durationMs")).toInteger(), expected.value(key).durationMs);
            QCOMPARE(row.value(QLatin1String("running")).toBool(), state == QLatin1String("Active"));
            if (state == QLatin1String("Active"))
                QVERIFY(row.value(QLatin1String("latestStop")).isNull());
        }
        QCOMPARE(root.value(QLatin1String("all")).toObject().value(QLatin1String("earliestStart")).toString(),
                 QStringLiteral("2026-10-31T22:00:00Z"));
    }

    void csvHasOneRecordPerUnitAndState()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("2026-11-01T00:00:00Z..2026-12-01T00:00:00Z"),
                                QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList lines = QString::fromUtf8(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        const QStringList header = csvFields(lines.first());
        QCOMPARE(header.mid(0, 4), (QStringList{QStringLiteral("uom"), QStringLiteral("state"),
                                                QStringLiteral("sessions"), QStringLiteral("durationMs")}));
        const qsizetype fromColumn = header.indexOf(QStringLiteral("from"));
        const qsizetype nowColumn = header.indexOf(QStringLiteral("countedAt"));
        QVERIFY(fromColumn > 0 && nowColumn > 0);
        const QStringList first = csvFields(lines.at(1));
        QCOMPARE(first.at(fromColumn), QStringLiteral("2026-11-01T00:00:00Z"));
        const QHash<QString, Expected> expected = expectedTotals(
            timeOf(first.at(fromColumn)), timeOf(first.at(fromColumn + 1)), timeOf(first.at(nowColumn)));
        QCOMPARE(lines.size() - 2, expected.size()); // and the (all) line
        Expected all;
        for (const Expected &bucket : expected) {
            all.sessions += bucket.sessions;
            all.durationMs += bucket.durationMs;
        }
        const QStringList last = csvFields(lines.last());
        QCOMPARE(last.mid(0, 2), (QStringList{QStringLiteral("(all)"), QStringLiteral("(all)")}));
        QCOMPARE(last.at(2).toInt(), all.sessions);
        QCOMPARE(last.at(3).toLongLong(), all.durationMs);
        for (const QString &line : lines.mid(1, lines.size() - 2)) {
            const QStringList fields = csvFields(line);
            const QString key = fields.at(0) + QLatin1Char('/') + fields.at(1);
            QCOMPARE(fields.at(2).toInt(), expected.value(key).sessions);
            QCOMPARE(fields.at(3).toLongLong(), expected.value(key).durationMs);
        }
    }

    void theInstantsArePrintedWhenNothingMatches_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("table") << QStringLiteral("table");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("json") << QStringLiteral("json");
    }

    void theInstantsArePrintedWhenNothingMatches()
    {
        // 1990: no session overlaps it; the answer still names the range
        // used and the instant counted at, with zero sessions.
        QFETCH(QString, format);
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("1990-01-01T00:00:00Z..1990-02-01T00:00:00Z"),
                                QStringLiteral("--format"), format});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        if (format == QLatin1String("json")) {
            const QJsonObject root = QJsonDocument::fromJson(run.out).object();
            QCOMPARE(root.value(QLatin1String("from")).toString(), QStringLiteral("1990-01-01T00:00:00Z"));
            QCOMPARE(root.value(QLatin1String("to")).toString(), QStringLiteral("1990-02-01T00:00:00Z"));
            QVERIFY(timeOf(root.value(QLatin1String("countedAt"))) > 0);
            QCOMPARE(root.value(QLatin1String("totals")).toArray().size(), 0);
            QCOMPARE(root.value(QLatin1String("all")).toObject().value(QLatin1String("sessions")).toInt(), 0);
        } else if (format == QLatin1String("csv")) {
            const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 2);
            const QStringList header = csvFields(lines.first());
            const QStringList all = csvFields(lines.last());
            QCOMPARE(all.at(0), QStringLiteral("(all)"));
            QCOMPARE(all.at(header.indexOf(QStringLiteral("sessions"))), QStringLiteral("0"));
            QCOMPARE(all.at(header.indexOf(QStringLiteral("from"))), QStringLiteral("1990-01-01T00:00:00Z"));
            QCOMPARE(all.at(header.indexOf(QStringLiteral("to"))), QStringLiteral("1990-02-01T00:00:00Z"));
            QVERIFY(timeOf(all.at(header.indexOf(QStringLiteral("countedAt")))) > 0);
        } else {
            QVERIFY2(out.contains(QLatin1String("1990-01-01T00:00:00Z")) && out.contains(QLatin1String("1990-02-01T00:00:00Z")),
                     qPrintable(out));
            QVERIFY2(out.contains(QLatin1String("(all)")), qPrintable(out));
        }
    }

    void tableNamesTheInstantsAndRunning()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("UNIT")) && out.contains(QLatin1String("DURATION")), run.out.constData());
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The sentence, the header, minutes/Historic, seats/Active, seats/Historic, all.
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.at(3).startsWith(QLatin1String("seats")) && lines.at(3).contains(QLatin1String("Active"))
                     && lines.at(3).endsWith(QLatin1String("running")),
                 qPrintable(lines.at(3)));
        QVERIFY2(lines.at(2).contains(QLatin1String(" 2 ")) && lines.at(2).contains(QLatin1String("5:00:00")),
                 qPrintable(lines.at(2))); // the night's 4 h and the 1 h call

        const CliRun between = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"),
                                    QStringLiteral("--summary"), QStringLiteral("--between"),
                                    QStringLiteral("2026-11-01T00:00:00Z..2026-12-01T00:00:00Z")});
        QVERIFY2(between.exitCode == 0, between.err.constData());
        QVERIFY2(between.out.contains("from 2026-11-01T00:00:00Z up to (not including) 2026-12-01T00:00:00Z"),
                 between.out.constData());
    }

    void summaryWithoutAllIsRefused()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--summary")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("error: usage: --summary") && run.err.contains("--all"), run.err.constData());
    }

    void betweenWithoutSummaryIsRefused()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--between"),
                                QStringLiteral("2026-11-01..2026-12-01")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("--between applies to list --all --summary only"), run.err.constData());
    }

    void badRangeSaysWhatToType()
    {
        const CliRun run = cli({QStringLiteral("list"), Subscription, QStringLiteral("--all"), QStringLiteral("--summary"),
                                QStringLiteral("--between"), QStringLiteral("november")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("error: usage: --between: "), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliSummary)
#include "tst_clisummary.moc"
