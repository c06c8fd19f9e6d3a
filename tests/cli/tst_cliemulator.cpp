// usage-session-cli against the emulator executable, both as child
// processes: the token travels by file to the emulator and by environment to
// the CLI, every answer crosses real HTTP on 127.0.0.1.

#include "clirun.h"
#include "emulatorprocess.h"

#include "emulator/demodata.h"
#include "emulator/emulatoroptions.h"
#include "wire/sessioncodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray Token = QByteArrayLiteral("cli-emulator-SECRET-7f3a");
const QString LoadSubscription = QStringLiteral("SUB-LOAD");
constexpr qint64 LoadSessions = 100000;

using Run = CliRun;
using TestSupport::EmulatorProcess;

BillForward::Timestamp timeOf(const QJsonObject &session, const char *field)
{
    BillForward::Timestamp t = BillForward::NoTimestamp;
    const QByteArray text = session.value(QLatin1String(field)).toString().toUtf8();
    if (!BillForward::WireTime::parse(text, t))
        return BillForward::NoTimestamp;
    return t;
}

} // namespace

class tst_CliEmulator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EmulatorProcess> m_loaded;
    bool m_reusedIdRan = false;

    QString tokenFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("token"));
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly)) {
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            file.write(Token + '\n');
        }
        return path;
    }

    static Run cli(const QString &baseUrl, const QStringList &arguments,
                   const QByteArray &token = Token)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BILLFORWARD_BASE_URL"), baseUrl);
        env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(token));
        return runCli(arguments, env, 50000);
    }

    Run cli(const QStringList &arguments) { return cli(m_loaded->url().toString(), arguments); }

    // The sessions a `--format json` command printed.
    static QJsonArray sessionsOf(const Run &run)
    {
        return QJsonDocument::fromJson(run.out).array();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_loaded = std::make_unique<EmulatorProcess>();
        const bool started = m_loaded->start(
                { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token-file"),
                  tokenFile(), QStringLiteral("--generate"),
                  QStringLiteral("%1:%2").arg(LoadSubscription).arg(LoadSessions) });
        QVERIFY2(started, m_loaded->standardError().constData());
    }

    void cleanupTestCase() { m_loaded.reset(); }

    void wrongTokenIsRefused()
    {
        const Run run = cli(m_loaded->url().toString(), { QStringLiteral("list"), LoadSubscription },
                            QByteArrayLiteral("not-the-token"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith("error: "), run.err.constData());
        QVERIFY(!run.err.contains(Token));
    }

    void startListStopList_data()
    {
        QTest::addColumn<QString>("subscription");
        QTest::addColumn<QString>("start"); // empty: the emulator's now
        QTest::addColumn<QString>("stop");
        QTest::addColumn<qint64>("uduration"); // -1: whatever stop - start is

        QTest::newRow("given times") << QStringLiteral("SUB-CLI-TIMES")
                                     << QStringLiteral("2026-01-05T09:00:00Z")
                                     << QStringLiteral("2026-01-05T10:30:15Z") << qint64(5415000);
        QTest::newRow("one second")
                << QStringLiteral("SUB-CLI-SECOND") << QStringLiteral("2026-03-01T00:00:00Z")
                << QStringLiteral("2026-03-01T00:00:01Z") << qint64(1000);
        QTest::newRow("now") << QStringLiteral("SUB-CLI-NOW") << QString() << QString()
                             << qint64(-1);
    }

    void startListStopList()
    {
        QFETCH(QString, subscription);
        QFETCH(QString, start);
        QFETCH(QString, stop);
        QFETCH(qint64, uduration);
        const QString session = QStringLiteral("cli-session-1");
        const QString uom = QStringLiteral("minutes");
        const QStringList key = { QStringLiteral("--subscription"), subscription,
                                  QStringLiteral("--session"), session, QStringLiteral("--uom"), uom };
        const QStringList json = { QStringLiteral("--format"), QStringLiteral("json") };

        QStringList startArgs = QStringList{ QStringLiteral("start") } + key
                + QStringList{ QStringLiteral("--pricing-component-name"), QStringLiteral("Compute minutes") }
                + json;
        if (!start.isEmpty())
            startArgs << QStringLiteral("--start") << start;
        Run run = cli(startArgs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sessionsOf(run).size(), 1);

        run = cli(QStringList{ QStringLiteral("list"), subscription } + json);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonArray listed = sessionsOf(run);
        QCOMPARE(listed.size(), 1);
        QJsonObject active = listed.first().toObject();
        QCOMPARE(active.value(QLatin1String("sessionID")).toString(), session);
        QCOMPARE(active.value(QLatin1String("uom")).toString(), uom);
        QCOMPARE(active.value(QLatin1String("state")).toString(), QStringLiteral("Active"));
        QCOMPARE(active.value(QLatin1String("uduration")).toInteger(), qint64(0));
        QVERIFY(active.value(QLatin1String("stop")).isUndefined()
                || active.value(QLatin1String("stop")).isNull());
        const BillForward::Timestamp started = timeOf(active, "start");
        QVERIFY(started != BillForward::NoTimestamp);
        if (!start.isEmpty()) {
            BillForward::Timestamp given = BillForward::NoTimestamp;
            QVERIFY(BillForward::WireTime::parse(start.toUtf8(), given));
            QCOMPARE(started, given);
        }

        QStringList stopArgs = QStringList{ QStringLiteral("stop") } + key + json;
        if (!stop.isEmpty())
            stopArgs << QStringLiteral("--stop") << stop;
        run = cli(stopArgs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sessionsOf(run).size(), 1);

        run = cli(QStringList{ QStringLiteral("list"), subscription } + json);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        listed = sessionsOf(run);
        QCOMPARE(listed.size(), 1);
        const QJsonObject historic = listed.first().toObject();
        QCOMPARE(historic.value(QLatin1String("sessionID")).toString(), session);
        QCOMPARE(historic.value(QLatin1String("state")).toString(), QStringLiteral("Historic"));
        const BillForward::Timestamp stopped = timeOf(historic, "stop");
        QVERIFY(stopped != BillForward::NoTimestamp);
        QCOMPARE(timeOf(historic, "start"), started);
        QVERIFY(stopped >= started);
        const qint64 listedDuration = historic.value(QLatin1String("uduration")).toInteger(-1);
        QCOMPARE(listedDuration, stopped - started);
        if (uduration >= 0)
            QCOMPARE(listedDuration, uduration);

        // Now nothing of it is active.
        run = cli(QStringList{ QStringLiteral("list"), subscription, QStringLiteral("--active") } + json);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sessionsOf(run).size(), 0);
    }

    // Start, stop ×3 the same ID, as a device does day after day (each use
    // from sessionix 0): one page of `list` and `list --all` show all three
    // uses, in every format.
    void everyUseOfAReusedIdListed_data()
    {
        QTest::addColumn<QStringList>("listArguments");
        QTest::addColumn<int>("sessionLines"); // -1: a JSON array
        QTest::newRow("one page, json") << QStringList{ QStringLiteral("--format"), QStringLiteral("json") } << -1;
        QTest::newRow("--all, json") << QStringList{ QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json") } << -1;
        QTest::newRow("--all, csv") << QStringList{ QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("csv") } << 3;
        QTest::newRow("--all, table") << QStringList{ QStringLiteral("--all") } << 3;
    }

    void everyUseOfAReusedIdListed()
    {
        QFETCH(QStringList, listArguments);
        QFETCH(int, sessionLines);
        const QString subscription = QStringLiteral("SUB-CLI-REUSE");
        const QStringList key = { QStringLiteral("--subscription"), subscription, QStringLiteral("--session"),
                                  QStringLiteral("kiosk-1"), QStringLiteral("--uom"), QStringLiteral("minutes") };
        const QStringList starts = { QStringLiteral("2026-02-02T08:00:00Z"), QStringLiteral("2026-02-03T08:00:00Z"),
                                     QStringLiteral("2026-02-04T08:00:00Z") };
        if (!m_reusedIdRan) { // whichever row runs first runs the uses
            m_reusedIdRan = true;
            for (const QString &start : starts) {
                Run run = cli(QStringList{ QStringLiteral("start") } + key
                              + QStringList{ QStringLiteral("--pricing-component-name"), QStringLiteral("Kiosk"),
                                             QStringLiteral("--start"), start });
                QVERIFY2(run.exitCode == 0, run.err.constData());
                QString stop = start;
                stop.replace(QStringLiteral("T08:"), QStringLiteral("T09:"));
                run = cli(QStringList{ QStringLiteral("stop") } + key + QStringList{ QStringLiteral("--stop"), stop });
                QVERIFY2(run.exitCode == 0, run.err.constData());
            }
        }

        const Run run = cli(QStringList{ QStringLiteral("list"), subscription } + listArguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        if (sessionLines < 0) {
            const QJsonArray listed = sessionsOf(run);
            QCOMPARE(listed.size(), 3);
            for (qsizetype i = 0; i < listed.size(); ++i) {
                const QJsonObject use = listed.at(i).toObject();
                QCOMPARE(use.value(QLatin1String("sessionID")).toString(), QStringLiteral("kiosk-1"));
                QCOMPARE(use.value(QLatin1String("sessionix")).toInt(-1), 0);
                QCOMPARE(use.value(QLatin1String("start")).toString(), starts.at(i));
                QCOMPARE(use.value(QLatin1String("uduration")).toInteger(), qint64(3'600'000));
            }
            return;
        }
        const QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), sessionLines + 1); // a header, then a line per use
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(QLatin1String("kiosk-1")), qPrintable(lines.at(i)));
    }

    void listAllLoadAsCsv()
    {
        const Run run = cli({ QStringLiteral("list"), LoadSubscription, QStringLiteral("--all"),
                              QStringLiteral("--format"), QStringLiteral("csv") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QStringList lines = QString::fromUtf8(run.out).split(QStringLiteral("\r\n"));
        QVERIFY(!lines.isEmpty());
        QCOMPARE(lines.last(), QString()); // the output ends with a line break
        lines.removeLast();
        QCOMPARE(lines.size(), LoadSessions + 1); // the header, then one line per session

        const QStringList header = csvFields(lines.first());
        const qsizetype sessionColumn = header.indexOf(QStringLiteral("sessionID"));
        const qsizetype uomColumn = header.indexOf(QStringLiteral("uom"));
        const qsizetype ixColumn = header.indexOf(QStringLiteral("sessionix"));
        const qsizetype subscriptionColumn = header.indexOf(QStringLiteral("subscriptionID"));
        QVERIFY(sessionColumn >= 0 && uomColumn >= 0 && ixColumn >= 0 && subscriptionColumn >= 0);

        QSet<QString> seen;
        seen.reserve(LoadSessions);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            // Generated sessions need no quoting; a quoted line takes the
            // slow, exact way.
            QList<QStringView> fields;
            QStringList quoted;
            if (line.contains(QLatin1Char('"'))) {
                quoted = csvFields(line);
                for (const QString &field : std::as_const(quoted))
                    fields << QStringView(field);
            } else {
                fields = QStringView(line).split(QLatin1Char(','));
            }
            if (fields.size() != header.size())
                QFAIL(qPrintable(QStringLiteral("row %1 has %2 fields").arg(i).arg(fields.size())));
            if (fields.at(subscriptionColumn) != LoadSubscription)
                QFAIL(qPrintable(QStringLiteral("row %1 is of %2").arg(i).arg(fields.at(subscriptionColumn))));
            QString identity = fields.at(sessionColumn).toString();
            identity.append(QChar(0)).append(fields.at(uomColumn));
            identity.append(QChar(0)).append(fields.at(ixColumn));
            if (seen.contains(identity))
                QFAIL(qPrintable(QStringLiteral("row %1 repeats %2").arg(i).arg(line)));
            seen.insert(identity);
        }
        QCOMPARE(qint64(seen.size()), LoadSessions);
    }

    // BillForward lists an unknown subscription as empty: the CLI says what
    // an empty list does and does not tell, on stderr, and still exits 0.
    void emptyListSaysSoOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("note"); // empty: no note at all
        const QString unknown = QStringLiteral("SUB-MISTYPED-0000");
        const QString list = QStringLiteral("list");
        QTest::newRow("one page") << QStringList{list, unknown}
                                  << QStringLiteral("note: subscription %1 has no usage sessions. BillForward answers "
                                                    "an unknown subscription ID the same way: check the ID.").arg(unknown);
        QTest::newRow("--all as json") << QStringList{list, unknown, QStringLiteral("--all"), QStringLiteral("--format"),
                                                      QStringLiteral("json")}
                                       << QStringLiteral("note: subscription %1 has no usage sessions.").arg(unknown);
        QTest::newRow("--active: none running is not none at all")
            << QStringList{list, unknown, QStringLiteral("--active")}
            << QStringLiteral("note: subscription %1 has no active sessions. That does not tell whether it has ended "
                              "ones").arg(unknown);
        QTest::newRow("--organization") << QStringList{list, unknown, QStringLiteral("--organization"), QStringLiteral("ORG-X")}
                                        << QStringLiteral("has no usage sessions in the given organizations");
        QTest::newRow("only the empty one of two")
            << QStringList{list, LoadSubscription, unknown, QStringLiteral("--records"), QStringLiteral("3")}
            << QStringLiteral("note: subscription %1 has no usage sessions.").arg(unknown);
        QTest::newRow("a subscription with sessions") << QStringList{list, LoadSubscription, QStringLiteral("--records"),
                                                                     QStringLiteral("3")}
                                                      << QString();
        QTest::newRow("past the start: tells nothing")
            << QStringList{list, unknown, QStringLiteral("--offset"), QStringLiteral("10")} << QString();
    }

    void emptyListSaysSoOnStderr()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, note);
        const Run run = cli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString err = QString::fromUtf8(run.err);
        if (note.isEmpty()) {
            QVERIFY2(err.isEmpty(), qPrintable(err));
            return;
        }
        QVERIFY2(err.contains(note), qPrintable(err));
        QCOMPARE(err.count(QStringLiteral("note: ")), 1);
        QVERIFY2(!err.contains(LoadSubscription), qPrintable(err));
        QVERIFY2(!run.out.contains("note:"), run.out.constData()); // stdout stays what scripts parse
        if (arguments.contains(QStringLiteral("json")))
            QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 0);
    }

    // An emulator that caps pages as a real server may: `records` 8766
    // asked, 300 served with a next page. Every session is listed.
    void listAllFromAServerCappingPages()
    {
        EmulatorProcess capping;
        const bool started = capping.start({ QStringLiteral("--port"), QStringLiteral("0"),
                                             QStringLiteral("--token-file"), tokenFile(),
                                             QStringLiteral("--generate"), QStringLiteral("SUB-CAP:2500"),
                                             QStringLiteral("--page-cap"), QStringLiteral("300") });
        QVERIFY2(started, capping.standardError().constData());
        const Run run = cli(capping.url().toString(), { QStringLiteral("list"), QStringLiteral("SUB-CAP"),
                                                        QStringLiteral("--all"), QStringLiteral("--format"),
                                                        QStringLiteral("json") });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray sessions = sessionsOf(run);
        QCOMPARE(sessions.size(), 2500);
        QSet<QString> ids;
        for (const QJsonValue &session : sessions)
            ids.insert(session.toObject().value(QLatin1String("sessionID")).toString() + QLatin1Char('/')
                       + session.toObject().value(QLatin1String("uom")).toString() + QLatin1Char('/')
                       + QString::number(session.toObject().value(QLatin1String("sessionix")).toInt()));
        QCOMPARE(ids.size(), 2500);
        // One page is what the emulator serves.
        const Run one = cli(capping.url().toString(), { QStringLiteral("list"), QStringLiteral("SUB-CAP"),
                                                        QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(sessionsOf(one).size(), 300);
    }

    // The ceilings of list --all, lowered by their flags: the run stops
    // there over real HTTP, keeps the rows read, exits 1 and says which
    // ceiling, its value and the flag that raises it.
    void listAllStopsAtTheCeilingGiven_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("says");
        QTest::newRow("pages") << QStringLiteral("--max-pages") << QStringLiteral("3") << 300
                               << QStringLiteral("page ceiling of 3 pages");
        QTest::newRow("sessions") << QStringLiteral("--max-sessions") << QStringLiteral("250") << 250
                                  << QStringLiteral("session ceiling of 250 sessions");
    }

    void listAllStopsAtTheCeilingGiven()
    {
        QFETCH(QString, flag);
        QFETCH(QString, value);
        QFETCH(int, rows);
        QFETCH(QString, says);
        const Run run = cli({ QStringLiteral("list"), LoadSubscription, QStringLiteral("--all"),
                              QStringLiteral("--records"), QStringLiteral("100"), flag, value,
                              QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.startsWith(QLatin1String("error: paging: ")), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("raise the ceiling with %1 N").arg(flag)), qPrintable(err));
        QStringList lines = QString::fromUtf8(run.out).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.last(), QString());
        QCOMPARE(lines.size() - 2, rows); // the header and the end: the rows read stay
    }

    void listAllDemoSubscription()
    {
        // Demo data moves with the day (UTC). When midnight passes while the
        // emulator starts, the day it used is unknown: run once more, which
        // takes seconds, not a day.
        constexpr qint64 day = qint64(24) * 3600 * 1000;
        const QString subscription = Emulator::DemoData::subscriptionIds().first();
        qint64 before = 0;
        Run run;
        for (int attempt = 1;; ++attempt) {
            before = QDateTime::currentMSecsSinceEpoch();
            EmulatorProcess demo;
            QVERIFY2(demo.start({ QStringLiteral("--port"), QStringLiteral("0"),
                                  QStringLiteral("--token-file"), tokenFile(),
                                  QStringLiteral("--demo-data") }),
                     demo.standardError().constData());
            run = cli(demo.url().toString(), { QStringLiteral("list"), subscription, QStringLiteral("--all") });
            QVERIFY2(run.exitCode == 0, run.err.constData());
            if (before / day == QDateTime::currentMSecsSinceEpoch() / day)
                break;
            QVERIFY2(attempt < 2, "midnight passed twice in one test");
        }
        QList<BillForward::UsageSession> expected;
        const auto all = Emulator::DemoData::sessions(Emulator::Options().seed, before);
        for (const auto &s : all) {
            if (s.subscriptionId == subscription)
                expected << s;
        }
        QVERIFY(!expected.isEmpty());

        QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size() + 1); // a header, then a line per session
        QVERIFY(lines.first().startsWith(QStringLiteral("SUBSCRIPTION")));
        lines.removeFirst();
        for (const QString &line : std::as_const(lines))
            QVERIFY2(line.startsWith(subscription + QLatin1Char(' ')), qPrintable(line));
        const QString text = lines.join(QLatin1Char('\n'));
        for (const auto &s : std::as_const(expected)) {
            const QString cell = QLatin1Char(' ') + s.sessionId + QLatin1Char(' ');
            QVERIFY2(text.contains(cell), qPrintable(s.sessionId));
        }
    }
};

QTEST_GUILESS_MAIN(tst_CliEmulator)
#include "tst_cliemulator.moc"
