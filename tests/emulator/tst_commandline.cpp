#include "emulator/commandline.h"

#include <QTemporaryFile>
#include <QTest>

using Emulator::CommandLine;

class tst_CommandLine : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu") }), CommandLine::Result::Run);
        const auto &o = cl.options();
        QCOMPARE(o.listenAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(o.port, quint16(8080));
        QCOMPARE(o.basePath, QStringLiteral("/RestAPI"));
        QVERIFY(o.databasePath.isEmpty());
        QVERIFY(o.token.isEmpty());
        QVERIFY(!o.demoData);
        QCOMPARE(o.rateLimitPerSecond, 0);
    }

    void everyOption()
    {
        CommandLine cl;
        const QStringList args = { QStringLiteral("emu"), QStringLiteral("--listen"), QStringLiteral("::1"),
                                   QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--base-path"), QStringLiteral("api/v1/"),
                                   QStringLiteral("--db"), QStringLiteral("/tmp/x.db"),
                                   QStringLiteral("--demo-data"),
                                   QStringLiteral("--generate"), QStringLiteral("SUB-1:100"),
                                   QStringLiteral("--generate"), QStringLiteral("SUB:WITH:COLON:5"),
                                   QStringLiteral("--latency-ms"), QStringLiteral("10-50"),
                                   QStringLiteral("--fail-rate"), QStringLiteral("0.25"),
                                   QStringLiteral("--rate-limit"), QStringLiteral("40"),
                                   QStringLiteral("--drop-rate"), QStringLiteral("1"),
                                   QStringLiteral("--write-fault"), QStringLiteral("see-other"),
                                   QStringLiteral("--seed"), QStringLiteral("42"),
                                   QStringLiteral("--page-cap"), QStringLiteral("500") };
        QCOMPARE(cl.parse(args), CommandLine::Result::Run);
        const auto &o = cl.options();
        QCOMPARE(o.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(o.port, quint16(0));
        QCOMPARE(o.basePath, QStringLiteral("/api/v1"));
        QCOMPARE(o.databasePath, QStringLiteral("/tmp/x.db"));
        QVERIFY(o.demoData);
        QCOMPARE(o.generate.size(), 2);
        QCOMPARE(o.generate.at(0), qMakePair(QStringLiteral("SUB-1"), qint64(100)));
        QCOMPARE(o.generate.at(1), qMakePair(QStringLiteral("SUB:WITH:COLON"), qint64(5)));
        QCOMPARE(o.latencyMinMs, 10);
        QCOMPARE(o.latencyMaxMs, 50);
        QCOMPARE(o.failRate, 0.25);
        QCOMPARE(o.rateLimitPerSecond, 40);
        QCOMPARE(o.dropRate, 1.0);
        QCOMPARE(o.writeFault, Emulator::WriteFault::SeeOther);
        QCOMPARE(o.seed, 42u);
        QCOMPARE(o.pageCap, 500);
    }

    void generateSubscriptions()
    {
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--generate-subscriptions"),
                            QStringLiteral("500:300") }),
                 CommandLine::Result::Run);
        QCOMPARE(cl.options().generatedSubscriptions, 500);
        QCOMPARE(cl.options().sessionsPerGeneratedSubscription, 300);
        QVERIFY(cl.helpText().contains(QLatin1String("--generate-subscriptions")));
        // Not given: none.
        QCOMPARE(cl.parse({ QStringLiteral("emu") }), CommandLine::Result::Run);
        QCOMPARE(cl.options().generatedSubscriptions, 0);
    }

    void singleLatency()
    {
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--latency-ms"), QStringLiteral("25") }),
                 CommandLine::Result::Run);
        QCOMPARE(cl.options().latencyMinMs, 25);
        QCOMPARE(cl.options().latencyMaxMs, 25);
    }

    void tokenFile()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("  abc-123\n");
        file.close();
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--token-file"), file.fileName(),
                            QStringLiteral("--listen"), QStringLiteral("0.0.0.0") }),
                 CommandLine::Result::Run);
        QCOMPARE(cl.options().token, QByteArray("abc-123"));
        QCOMPARE(cl.options().listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    }

    void helpAndVersion()
    {
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--help") }), CommandLine::Result::Help);
        QVERIFY(cl.helpText().contains(QLatin1String("--drop-rate")));
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--version") }), CommandLine::Result::Version);
        QVERIFY(CommandLine::versionText().contains(QLatin1String(USA_VERSION)));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, QStringList args, const char *mentions) {
            args.prepend(QStringLiteral("emu"));
            QTest::newRow(name) << args << QString::fromLatin1(mentions);
        };
        row("non-loopback without token", { QStringLiteral("--listen"), QStringLiteral("0.0.0.0") }, "token");
        row("lan address without token", { QStringLiteral("--listen"), QStringLiteral("192.168.1.20") }, "token");
        row("ipv6 any without token", { QStringLiteral("--listen"), QStringLiteral("::") }, "token");
        row("not an address", { QStringLiteral("--listen"), QStringLiteral("localhost:80") }, "localhost:80");
        row("port too big", { QStringLiteral("--port"), QStringLiteral("70000") }, "70000");
        row("port text", { QStringLiteral("--port"), QStringLiteral("http") }, "http");
        row("token and token file", { QStringLiteral("--token"), QStringLiteral("a"),
                                      QStringLiteral("--token-file"), QStringLiteral("/nonexistent") }, "--token-file");
        row("missing token file", { QStringLiteral("--token-file"), QStringLiteral("/nonexistent/t") }, "/nonexistent/t");
        row("generate without count", { QStringLiteral("--generate"), QStringLiteral("SUB") }, "SUB");
        row("generate zero", { QStringLiteral("--generate"), QStringLiteral("SUB:0") }, "SUB:0");
        row("subscriptions without sessions", { QStringLiteral("--generate-subscriptions"), QStringLiteral("500") },
            "500");
        row("subscriptions zero", { QStringLiteral("--generate-subscriptions"), QStringLiteral("0:300") }, "0:300");
        row("subscriptions text", { QStringLiteral("--generate-subscriptions"), QStringLiteral("many:300") },
            "many:300");
        row("subscriptions three parts", { QStringLiteral("--generate-subscriptions"), QStringLiteral("5:3:1") },
            "5:3:1");
        row("subscriptions too many", { QStringLiteral("--generate-subscriptions"),
                                        QStringLiteral("100000:100000") }, "50000000");
        row("latency reversed", { QStringLiteral("--latency-ms"), QStringLiteral("50-10") }, "50-10");
        row("latency negative", { QStringLiteral("--latency-ms"), QStringLiteral("-5") }, "-5");
        row("fail rate over 1", { QStringLiteral("--fail-rate"), QStringLiteral("1.5") }, "1.5");
        row("drop rate text", { QStringLiteral("--drop-rate"), QStringLiteral("often") }, "often");
        row("unknown write fault", { QStringLiteral("--write-fault"), QStringLiteral("explode") }, "explode");
        row("rate limit negative", { QStringLiteral("--rate-limit"), QStringLiteral("-1") }, "-1");
        row("page cap zero", { QStringLiteral("--page-cap"), QStringLiteral("0") }, "--page-cap");
        row("unknown option", { QStringLiteral("--frobnicate") }, "frobnicate");
        row("positional", { QStringLiteral("extra") }, "extra");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        CommandLine cl;
        QCOMPARE(cl.parse(arguments), CommandLine::Result::Error);
        QVERIFY2(cl.errorText().contains(mentions), qPrintable(cl.errorText()));
    }

    void tokenNeverInErrors()
    {
        CommandLine cl;
        QCOMPARE(cl.parse({ QStringLiteral("emu"), QStringLiteral("--token"), QStringLiteral("hunter2"),
                            QStringLiteral("--port"), QStringLiteral("x") }),
                 CommandLine::Result::Error);
        QVERIFY(!cl.errorText().contains(QLatin1String("hunter2")));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLine)
#include "tst_commandline.moc"
