// The built usage-session-emulator executable: its one stdout line, kill -9
// durability and a clean shutdown on SIGTERM.

#include "httphelper.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EmulatorTest;

class tst_EmulatorProcess : public QObject
{
    Q_OBJECT

private:
    // Starts the emulator and returns its base URL from the `listening on` line.
    QUrl launch(QProcess &process, const QStringList &arguments)
    {
        process.setProgram(QStringLiteral(EMULATOR_EXECUTABLE));
        process.setArguments(arguments);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        while (!process.canReadLine() && process.waitForReadyRead(30000)) {
        }
        const QByteArray line = process.readLine();
        static const QRegularExpression pattern(
                QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+)/RestAPI)\n$"));
        const auto match = pattern.match(QString::fromUtf8(line));
        if (!match.hasMatch()) {
            qWarning("unexpected line: %s", line.constData());
            return {};
        }
        return QUrl(match.captured(1));
    }

    QNetworkAccessManager m_nam;

private slots:
    void killDashNineKeepsAcknowledgedChanges()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill9.db"));
        QProcess process;
        QUrl base = launch(process, { QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--db"), db });
        QVERIFY(base.isValid() && base.port() > 0);
        for (int i = 0; i < 10; ++i) {
            const QByteArray id = "k" + QByteArray::number(i);
            QCOMPARE(call(m_nam, "POST", QUrl(base.toString() + QStringLiteral("/usage-sessions/start")),
                          batchJson({ startItem("SUB-9", id) })).status, 200);
            if (i % 3 == 0) {
                QCOMPARE(call(m_nam, "POST", QUrl(base.toString() + QStringLiteral("/usage-sessions/stop")),
                              batchJson({ stopItem("SUB-9", id) })).status, 200);
            }
        }
        process.kill(); // SIGKILL: no chance to close anything
        QVERIFY(process.waitForFinished(10000));

        QProcess again;
        base = launch(again, { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db });
        QVERIFY(base.isValid());
        const auto r = call(m_nam, "GET", QUrl(base.toString() + QStringLiteral("/usage-sessions/SUB-9?records=100")));
        QCOMPARE(r.status, 200);
        const auto results = r.page().results;
        QCOMPARE(results.size(), 10);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(results.at(i).sessionId, QStringLiteral("k%1").arg(i)); // each exactly once, in order
            QCOMPARE(results.at(i).isActive(), i % 3 != 0);
        }
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }

    // --generate-subscriptions N:M: N subscriptions of about M sessions, a
    // few active each, the same for the same seed.
    void generatedSubscriptions()
    {
        const auto listing = [this](const QUrl &base, int index, bool activeOnly) {
            const QString path = QStringLiteral("/usage-sessions/SUB-GEN-%1%2?records=1000")
                                     .arg(index, 5, 10, QLatin1Char('0'))
                                     .arg(activeOnly ? QStringLiteral("/active") : QString());
            const auto r = call(m_nam, "GET", QUrl(base.toString() + path));
            return r.status == 200 ? r.page().results : QList<BillForward::UsageSession>();
        };
        const QStringList arguments = { QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--generate-subscriptions"), QStringLiteral("4:50"),
                                        QStringLiteral("--seed"), QStringLiteral("7") };
        QProcess first;
        const QUrl base = launch(first, arguments);
        QVERIFY(base.isValid());
        QList<QList<BillForward::UsageSession>> all;
        for (int index = 0; index < 4; ++index) {
            const auto sessions = listing(base, index, false);
            QVERIFY2(sessions.size() >= 45 && sessions.size() <= 55, qPrintable(QString::number(sessions.size())));
            const auto active = listing(base, index, true);
            QVERIFY2(active.size() >= 1 && active.size() <= 5, qPrintable(QString::number(active.size())));
            for (const auto &session : active) {
                QVERIFY(session.isActive());
                QCOMPARE(session.subscriptionId, QStringLiteral("SUB-GEN-%1").arg(index, 5, 10, QLatin1Char('0')));
            }
            all.append(sessions);
        }
        QVERIFY(listing(base, 4, false).isEmpty()); // N subscriptions, no more
        first.terminate();
        QVERIFY(first.waitForFinished(10000));

        QProcess again;
        const QUrl same = launch(again, arguments);
        QVERIFY(same.isValid());
        for (int index = 0; index < 4; ++index) {
            const auto sessions = listing(same, index, false);
            QCOMPARE(sessions.size(), all.at(index).size());
            for (int i = 0; i < sessions.size(); ++i) {
                QCOMPARE(sessions.at(i).sessionId, all.at(index).at(i).sessionId);
                QCOMPARE(sessions.at(i).isActive(), all.at(index).at(i).isActive());
                if (!sessions.at(i).isActive())
                    QCOMPARE(sessions.at(i).stop - sessions.at(i).start,
                             all.at(index).at(i).stop - all.at(index).at(i).start);
            }
        }
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }

    void sigtermShutsDownCleanly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("term.db"));
        QProcess process;
        const QUrl base = launch(process, { QStringLiteral("--port"), QStringLiteral("0"),
                                            QStringLiteral("--db"), db, QStringLiteral("--demo-data") });
        QVERIFY(base.isValid());
        QCOMPARE(call(m_nam, "GET", QUrl(base.toString() + QStringLiteral("/usage-sessions/X"))).status, 200);
        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        // SQLite closed cleanly: the write-ahead log was checkpointed away.
        QVERIFY(QFile::exists(db));
        QVERIFY(!QFile::exists(db + QStringLiteral("-wal")));
        QVERIFY(process.readAllStandardOutput().isEmpty()); // exactly one line was printed
    }

    void refusesNonLoopbackWithoutToken()
    {
        QProcess process;
        process.start(QStringLiteral(EMULATOR_EXECUTABLE), { QStringLiteral("--listen"), QStringLiteral("0.0.0.0") });
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardError().contains("token"));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EmulatorProcess)
#include "tst_emulatorprocess.moc"
