// The subscriptions file of `check`: the forms people and spreadsheets
// write, and a message that says what to fix for each form it refuses.

#include "cli/subscriptionidfile.h"

#include <QTemporaryDir>
#include <QTest>

using BillForward::SubscriptionIdFile;

class tst_SubscriptionIdFile : public QObject
{
    Q_OBJECT

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("ids");
        const QStringList ab{QStringLiteral("SUB-A"), QStringLiteral("SUB-B")};
        QTest::newRow("one per line") << QByteArray("SUB-A\nSUB-B\n") << ab;
        QTest::newRow("CRLF, blanks, no last newline") << QByteArray("  SUB-A \r\n\r\nSUB-B") << ab;
        QTest::newRow("comments") << QByteArray("# watched\nSUB-A # big customer\n#SUB-C\nSUB-B\n") << ab;
        QTest::newRow("a # inside an ID") << QByteArray("SUB#1\n") << QStringList{QStringLiteral("SUB#1")};
        QTest::newRow("repeats count once") << QByteArray("SUB-A\nSUB-B\nSUB-A\n") << ab;
        QTest::newRow("pasted on one line") << QByteArray("SUB-A SUB-B\tSUB-A\n") << ab;
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFSUB-A\nSUB-B\n") << ab;
        QTest::newRow("list --format csv") << QByteArray("@type,created,subscriptionID,sessionID\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-A,s1\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-B,s2\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-A,s3\r\n")
                                           << ab;
        QTest::newRow("spreadsheet header, quoted cells")
            << QByteArray("\"Customer\",\"Subscription ID\"\n\"Acme, Inc.\",\"SUB-A\"\n\"B \"\"Co\"\"\",SUB-B\n") << ab;
        QTest::newRow("semicolons") << QByteArray("name;subscription_id\nAcme;SUB-A\nB;SUB-B\n") << ab;
        QTest::newRow("one column with a header") << QByteArray("subscriptionID\nSUB-A\nSUB-B\n") << ab;
        QTest::newRow("one column, no header, quoted") << QByteArray("\"SUB-A\"\n\"SUB-B\"\n") << ab;
        QTest::newRow("empty cells skipped") << QByteArray("subscriptionID,n\nSUB-A,1\n,2\nSUB-B,3\n") << ab;
    }

    void reads()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, ids);
        const SubscriptionIdFile::Result result = SubscriptionIdFile::parse(text, QStringLiteral("watched.txt"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.ids, ids);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("watched.txt holds no subscription ID");
        QTest::newRow("only comments") << QByteArray("# none yet\n\n") << QStringLiteral("holds no subscription ID");
        QTest::newRow("header only") << QByteArray("subscriptionID\n") << QStringLiteral("holds no subscription ID");
        QTest::newRow("columns, no header") << QByteArray("Acme,SUB-A\nB,SUB-B\n")
                                            << QStringLiteral("add a first line naming it subscriptionID");
        QTest::newRow("open quote") << QByteArray("subscriptionID\n\"SUB-A\n") << QStringLiteral("watched.txt, line 2");
    }

    void refuses()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        const SubscriptionIdFile::Result result = SubscriptionIdFile::parse(text, QStringLiteral("watched.txt"));
        QVERIFY(!result.ok());
        QVERIFY(result.ids.isEmpty());
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
    }

    void readsAFileAndSaysWhyNot()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("watched.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("subscriptionID\nSUB-A\n");
        file.close();
        QCOMPARE(SubscriptionIdFile::read(path).ids, QStringList{QStringLiteral("SUB-A")});

        const SubscriptionIdFile::Result missing = SubscriptionIdFile::read(dir.filePath(QStringLiteral("gone.txt")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QLatin1String("cannot read the subscriptions file"))
                     && missing.error.contains(QLatin1String("gone.txt")),
                 qPrintable(missing.error));
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionIdFile)
#include "tst_subscriptionidfile.moc"
