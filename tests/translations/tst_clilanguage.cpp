// usage-session-cli speaks the user's language: help and messages German
// under a German locale, English under any other; option names stay the
// same, since scripts type them.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TstCliLanguage : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        int exitCode = -1;
        QString output; // stdout and stderr
    };

    static Outcome runCli(const QString &locale, const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LANG", "LC_MESSAGES", "BILLFORWARD_BASE_URL", "BILLFORWARD_ACCESS_TOKEN"})
            environment.remove(QString::fromLatin1(name));
        environment.insert(QStringLiteral("LC_ALL"), locale);
        QProcess cli;
        cli.setProcessEnvironment(environment);
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(QStringLiteral(USA_CLI_PATH), arguments);
        if (!cli.waitForFinished(30000))
            return {};
        return {cli.exitCode(), QString::fromUtf8(cli.readAll())};
    }

private slots:
    void speaksTheLocalesLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<QString>("expected");
        const QString german = QStringLiteral("de_DE.UTF-8");
        const QString english = QStringLiteral("C");
        const QStringList unknown{QStringLiteral("frobnicate")};
        const QStringList help{QStringLiteral("--help")};
        const QStringList badFormat{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("SUB-1")};
        QTest::newRow("unknown command, German") << german << unknown << false
                                                 << QStringLiteral("unbekannter Befehl „frobnicate“; verwenden Sie list, start oder stop (siehe --help).");
        QTest::newRow("unknown command, English") << english << unknown << false
                                                  << QStringLiteral("unknown command \"frobnicate\"; use list, start or stop (see --help).");
        QTest::newRow("help, German") << german << help << true
                                      << QStringLiteral("BillForward-Nutzungssitzungen auflisten, starten und beenden.");
        QTest::newRow("help, German, options keep their names") << german << help << true
                                                                << QStringLiteral("--token-file <PFAD>");
        QTest::newRow("help, English") << english << help << true
                                       << QStringLiteral("List, start and stop BillForward usage sessions.");
        QTest::newRow("bad option value, German") << german << badFormat << false
                                                  << QStringLiteral("--format muss table, csv oder json sein.");
        QTest::newRow("bad option value, English") << english << badFormat << false
                                                   << QStringLiteral("--format must be table, csv or json.");
    }

    void speaksTheLocalesLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, arguments);
        QFETCH(bool, succeeds);
        QFETCH(QString, expected);
        const Outcome outcome = runCli(locale, arguments);
        QVERIFY2(outcome.output.contains(expected), qPrintable(outcome.output));
        QCOMPARE(outcome.exitCode == 0, succeeds);
    }
};

QTEST_GUILESS_MAIN(TstCliLanguage)
#include "tst_clilanguage.moc"
