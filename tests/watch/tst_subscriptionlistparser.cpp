#include "watch/subscriptionlistparser.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Parser = SubscriptionListParser;

// Pasted text and files become subscription IDs; bad entries are reported.
class tst_SubscriptionListParser : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(data);
        return path;
    }

private slots:
    void pastedTextSplitsOnEverySeparator()
    {
        const Parser::Result result = Parser::fromText(
            QStringLiteral("SUB-1\nSUB-2, SUB-3;SUB-4\tSUB-5  SUB-6\r\n\n\"SUB-7\",SUB-1"));
        QCOMPARE(result.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2"), QStringLiteral("SUB-3"),
                                          QStringLiteral("SUB-4"), QStringLiteral("SUB-5"), QStringLiteral("SUB-6"),
                                          QStringLiteral("SUB-7")}));
        QVERIFY(result.problems.isEmpty());
    }

    void pastedTextReportsWhatIsNotAnId()
    {
        const Parser::Result result = Parser::fromText(QStringLiteral("SUB-1\nhttps://x/y\nSUB-2"));
        QCOMPARE(result.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}));
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.constFirst().startsWith(QStringLiteral("Line 2: “https://x/y”")),
                 qPrintable(result.problems.constFirst()));
    }

    void csvFindsTheColumnByItsHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("subscriptionID") << QStringLiteral("customer,subscriptionID,plan\nAcme,SUB-1,gold\nBeta,SUB-2,tin\n");
        QTest::newRow("Subscription ID, spaces") << QStringLiteral("Customer; Subscription ID\nAcme;SUB-1\nBeta;SUB-2");
        QTest::newRow("subscription") << QStringLiteral("name\tsubscription\nAcme\tSUB-1\nBeta\tSUB-2");
        QTest::newRow("id, quoted") << QStringLiteral("\"name\",\"id\"\n\"Acme, Inc.\",\"SUB-1\"\n\"Beta \"\"B\"\"\",SUB-2\n");
        QTest::newRow("quoted line break") << QStringLiteral("note,subscription_id\n\"two\nlines\",SUB-1\nx,SUB-2");
        QTest::newRow("no header: first column") << QStringLiteral("SUB-1,Acme\r\nSUB-2,Beta\r\n");
    }

    void csvFindsTheColumnByItsHeader()
    {
        QFETCH(QString, text);
        const Parser::Result result = Parser::fromCsv(text);
        QCOMPARE(result.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
    }

    void csvReportsBadLinesAndReadsTheRest()
    {
        const Parser::Result result = Parser::fromCsv(
            QStringLiteral("name,subscriptionId\nAcme,SUB-1\nshort\nEmpty,\nSpaced,SUB 3\nBeta,SUB-2\n"));
        QCOMPARE(result.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}));
        QCOMPARE(result.problems.size(), 3);
        QVERIFY2(result.problems.at(0).startsWith(QStringLiteral("Line 3: has no column 2")), qPrintable(result.problems.at(0)));
        QVERIFY2(result.problems.at(1).startsWith(QStringLiteral("Line 4: the subscription ID is empty")), qPrintable(result.problems.at(1)));
        QVERIFY2(result.problems.at(2).startsWith(QStringLiteral("Line 5: “SUB 3”")), qPrintable(result.problems.at(2)));
    }

    void csvReportsAnUnclosedQuote()
    {
        const Parser::Result result = Parser::fromCsv(QStringLiteral("id\nSUB-1\n\"SUB-2\nSUB-3\n"));
        QCOMPARE(result.ids.constFirst(), QStringLiteral("SUB-1"));
        QVERIFY(result.problems.constLast().startsWith(QStringLiteral("Line 3: a quote opened here is never closed")));
    }

    void fileIsCsvOrText()
    {
        const Parser::Result csv = Parser::fromFile(write(QStringLiteral("subs.csv"),
                                                          "\xEF\xBB\xBFSubscription ID,Customer\nSUB-1,A\nSUB-2,B\n"));
        QVERIFY(csv.ok());
        QCOMPARE(csv.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2")}));
        const Parser::Result text = Parser::fromFile(write(QStringLiteral("subs.txt"), "SUB-1 SUB-2\nSUB-3\n"));
        QVERIFY(text.ok());
        QCOMPARE(text.ids, (QStringList{QStringLiteral("SUB-1"), QStringLiteral("SUB-2"), QStringLiteral("SUB-3")}));
    }

    // The forms `check --subscriptions-file` reads: text with comments,
    // exports, spreadsheets; each ID once, in the order first seen.
    void fileForms_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("one per line") << QByteArray("SUB-A\nSUB-B\n");
        QTest::newRow("CRLF, blanks, no last newline") << QByteArray("  SUB-A \r\n\r\nSUB-B");
        QTest::newRow("comments") << QByteArray("# watched\nSUB-A # big customer\n#SUB-C\nSUB-B\n");
        QTest::newRow("comment before a header") << QByteArray("# from the export\nsubscriptionID,n\nSUB-A,1\nSUB-B,2\n");
        QTest::newRow("repeats count once") << QByteArray("SUB-A\nSUB-B\nSUB-A\n");
        QTest::newRow("pasted on one line, tabs") << QByteArray("SUB-A SUB-B\tSUB-A\n");
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFSUB-A\nSUB-B\n");
        QTest::newRow("list --format csv") << QByteArray("@type,created,subscriptionID,sessionID\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-A,s1\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-B,s2\r\n"
                                                         "usageSession,2026-01-01T00:00:00Z,SUB-A,s3\r\n");
        QTest::newRow("spreadsheet header, quoted cells")
            << QByteArray("\"Customer\",\"Subscription ID\"\n\"Acme, Inc.\",\"SUB-A\"\n\"B \"\"Co\"\"\",SUB-B\n");
        QTest::newRow("semicolons") << QByteArray("name;subscription_id\nAcme;SUB-A\nB;SUB-B\n");
        QTest::newRow("one column with a header") << QByteArray("subscriptionID\nSUB-A\nSUB-B\n");
        QTest::newRow("one column, no header, quoted") << QByteArray("\"SUB-A\"\n\"SUB-B\"\n");
    }

    void fileForms()
    {
        QFETCH(QByteArray, data);
        const Parser::Result result = Parser::fromFile(write(QStringLiteral("watched.txt"), data));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.ids, (QStringList{QStringLiteral("SUB-A"), QStringLiteral("SUB-B")}));
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(QLatin1Char('\n'))));
        QVERIFY(!result.columnGuessed);
    }

    // A `#` starts a comment only at a line's start or after a blank, and
    // never inside quotes: IDs and quoted cells keep theirs.
    void hashInsideAnIdIsNoComment()
    {
        QCOMPARE(Parser::fromText(QStringLiteral("SUB#1 # one\n# SUB-2")).ids, QStringList{QStringLiteral("SUB#1")});
        const Parser::Result csv = Parser::fromCsv(QStringLiteral("note,id\n\"see # 4\",SUB-1 # first\n"));
        QCOMPARE(csv.ids, QStringList{QStringLiteral("SUB-1")});
        QVERIFY(csv.problems.isEmpty());
    }

    void fileWithoutIdsOrAGuessedColumn()
    {
        for (const QByteArray &none : {QByteArray(), QByteArray("# none yet\n\n"), QByteArray("subscriptionID\n")}) {
            const Parser::Result result = Parser::fromFile(write(QStringLiteral("none.txt"), none));
            QVERIFY2(result.ok() && result.ids.isEmpty() && result.problems.isEmpty(), none.constData());
        }
        // Several columns, none named: the first is taken, and the caller is told.
        const Parser::Result guessed = Parser::fromFile(write(QStringLiteral("guess.txt"), "Acme,SUB-A\nB,SUB-B\n"));
        QVERIFY(guessed.columnGuessed);
        QCOMPARE(guessed.ids, (QStringList{QStringLiteral("Acme"), QStringLiteral("B")}));
        QVERIFY(!Parser::fromCsv(QStringLiteral("SUB-A\nSUB-B\n")).columnGuessed);
        // An empty cell under the header is reported, not skipped unseen.
        const Parser::Result empty = Parser::fromFile(write(QStringLiteral("empty.csv"),
                                                            "subscriptionID,n\nSUB-A,1\n,2\nSUB-B,3\n"));
        QCOMPARE(empty.ids, (QStringList{QStringLiteral("SUB-A"), QStringLiteral("SUB-B")}));
        QCOMPARE(empty.problems.size(), 1);
        QVERIFY2(empty.problems.constFirst().startsWith(QStringLiteral("Line 3: the subscription ID is empty")),
                 qPrintable(empty.problems.constFirst()));
    }

    void unreadableFilesSayWhy()
    {
        const Parser::Result missing = Parser::fromFile(m_dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("does not exist")), qPrintable(missing.error));
        const Parser::Result folder = Parser::fromFile(m_dir.path());
        QVERIFY(folder.error.contains(QStringLiteral("is not a file")));
        const Parser::Result binary = Parser::fromFile(write(QStringLiteral("subs.xlsx"), QByteArray("PK\x03\x04\0\0", 6)));
        QVERIFY2(binary.error.contains(QStringLiteral("is not text")), qPrintable(binary.error));
        const Parser::Result latin1 = Parser::fromFile(write(QStringLiteral("latin1.txt"), "SUB-\xE9\xE8\n"));
        QVERIFY2(latin1.error.contains(QStringLiteral("not UTF-8")), qPrintable(latin1.error));
        const QString locked = write(QStringLiteral("locked.csv"), "SUB-1\n");
        QFile::setPermissions(locked, QFileDevice::WriteOwner);
        const Parser::Result denied = Parser::fromFile(locked);
        if (!QFileInfo(locked).isReadable()) // root reads it anyway
            QVERIFY2(denied.error.startsWith(QStringLiteral("Cannot read the file")), qPrintable(denied.error));
    }

    void largeFileRefusedUnread()
    {
        QByteArray big(Parser::MaxFileBytes + 1, 'A');
        const Parser::Result result = Parser::fromFile(write(QStringLiteral("big.txt"), big));
        QVERIFY2(result.error.contains(QStringLiteral("larger than")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(tst_SubscriptionListParser)
#include "tst_subscriptionlistparser.moc"
