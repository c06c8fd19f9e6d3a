#include "httphelper.h"

#include "emulator/demodata.h"
#include "emulator/embeddedemulator.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace EmulatorTest;
using Emulator::EmbeddedEmulator;
using Emulator::Options;

class tst_EmbeddedEmulator : public QObject
{
    Q_OBJECT

private slots:
    void startRequestStop()
    {
        QTemporaryDir dir;
        Options options;
        options.port = 0;
        options.demoData = true;
        options.databasePath = dir.filePath(QStringLiteral("embedded.db"));
        EmbeddedEmulator emulator(options);
        QSignalSpy started(&emulator, &EmbeddedEmulator::started);
        QSignalSpy failed(&emulator, &EmbeddedEmulator::failed);
        emulator.start();
        QVERIFY(started.wait(20000));
        QCOMPARE(failed.count(), 0);
        const QUrl base = started.first().first().toUrl();
        QCOMPARE(base, emulator.baseUrl());
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(base.path(), QStringLiteral("/RestAPI"));
        QVERIFY(base.port() > 0);
        QVERIFY(emulator.isRunning());

        QNetworkAccessManager nam;
        const QString sub = Emulator::DemoData::subscriptionIds().first();
        auto r = call(nam, "GET", QUrl(base.toString() + QStringLiteral("/usage-sessions/") + sub + QStringLiteral("?records=10")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.page().results.size(), 10);
        r = call(nam, "POST", QUrl(base.toString() + QStringLiteral("/usage-sessions/start")),
                 batchJson({ startItem(sub.toUtf8(), "embedded-1") }));
        QCOMPARE(r.status, 200);

        emulator.stop();
        QVERIFY(!emulator.isRunning());
        QVERIFY(emulator.baseUrl().isEmpty());
        r = call(nam, "GET", QUrl(base.toString() + QStringLiteral("/usage-sessions/") + sub));
        QCOMPARE(r.status, 0); // nobody listens any more

        // Started again on the same file, the change is there.
        emulator.start();
        QVERIFY(started.wait(20000));
        const QUrl again = started.last().first().toUrl();
        r = call(nam, "GET", QUrl(again.toString() + QStringLiteral("/usage-sessions/") + sub + QStringLiteral("/active?records=10000")));
        QCOMPARE(r.status, 200);
        const auto results = r.page().results;
        QVERIFY(std::any_of(results.cbegin(), results.cend(),
                            [](const auto &s) { return s.sessionId == QLatin1String("embedded-1"); }));
    }

    void servesWhileTheCallerIsBusy()
    {
        Options options;
        options.port = 0;
        EmbeddedEmulator emulator(options);
        QSignalSpy started(&emulator, &EmbeddedEmulator::started);
        emulator.start();
        QVERIFY(started.wait(10000));
        // A raw blocking client on this thread: if the server ran here it
        // could never answer.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(emulator.baseUrl().port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /RestAPI/usage-sessions/X HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        while (!answer.contains("\"results\"") && socket.waitForReadyRead(5000))
            answer += socket.readAll();
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
    }

    void refusesNonLoopbackWithoutToken()
    {
        Options options;
        options.listenAddress = QHostAddress(QStringLiteral("192.0.2.1")); // never bound: refused first
        EmbeddedEmulator emulator(options);
        QSignalSpy failed(&emulator, &EmbeddedEmulator::failed);
        emulator.start();
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(QLatin1String("token")));
        QVERIFY(!emulator.isRunning());
    }

    void reportsABusyPort()
    {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost, 0));
        Options options;
        options.port = occupier.serverPort();
        EmbeddedEmulator emulator(options);
        QSignalSpy failed(&emulator, &EmbeddedEmulator::failed);
        emulator.start();
        QVERIFY(failed.wait(5000));
        QVERIFY(!emulator.isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_EmbeddedEmulator)
#include "tst_embeddedemulator.moc"
