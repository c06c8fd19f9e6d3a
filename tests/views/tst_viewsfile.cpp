#include "views/viewsfile.h"
#include "viewtestdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The views file: what is exported comes back, and a foreign, malformed
// or newer file is refused whole with a message saying what is wrong.
class tst_ViewsFile : public QObject
{
    Q_OBJECT

private slots:
    void exportedViewsComeBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("views.json"));
        SavedView relative;
        relative.name = QStringLiteral("This month");
        relative.filter.setPeriod(Period::relative(Period::Kind::ThisMonth));
        const QList<SavedView> views{ViewTestData::fullView(QStringLiteral("Näher – “quoted”")), relative};
        QString error;
        QVERIFY2(ViewsFile::write(path, views, &error), qPrintable(error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("usage-session-admin.views"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        // Relative in the file, not this month's dates.
        QCOMPARE(root.value(QStringLiteral("views")).toArray().at(1).toObject().value(QStringLiteral("filter"))
                     .toObject().value(QStringLiteral("period")).toString(),
                 QStringLiteral("this-month"));

        const std::optional<QList<SavedView>> back = ViewsFile::read(path, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(back->at(i).name, views.at(i).name);
            QVERIFY(back->at(i).sameContentAs(views.at(i)));
        }
        QVERIFY(back->at(1).filter.period().isRelative());
    }

    void aWrongFileIsRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        const QByteArray goodView = R"({"name": "Good", "pageSize": 50})";
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("truncated") << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [)")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << QStringLiteral("not valid JSON");
        QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a views file");
        QTest::newRow("foreign JSON") << QByteArray(R"({"usageSessions": []})") << QStringLiteral("not a views file");
        QTest::newRow("another format")
            << QByteArray(R"({"format": "someone-else.views", "version": 1, "views": []})")
            << QStringLiteral("not a views file");
        QTest::newRow("version too new")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 2, "views": []})")
            << QStringLiteral("newer version");
        QTest::newRow("no version") << QByteArray(R"({"format": "usage-session-admin.views", "views": []})")
                                    << QStringLiteral("no valid version");
        QTest::newRow("views not a list")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": {}})")
            << QStringLiteral("no list of views");
        QTest::newRow("second view bad")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [)" + goodView
                          + R"(, {"name": "Bad", "columns": ["nope"]}]})")
            << QStringLiteral("View 2 of the file");
        QTest::newRow("a view not an object")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [)" + goodView + R"(, 7]})")
            << QStringLiteral("not an object");
        QTest::newRow("two of one name")
            << QByteArray(R"({"format": "usage-session-admin.views", "version": 1, "views": [)" + goodView + ","
                          + goodView + "]}")
            << QStringLiteral("two views named “Good”");
    }

    void aWrongFileIsRefusedWhole()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!ViewsFile::fromJson(data, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void aMissingOrHugeFileIsRefused()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!ViewsFile::read(dir.filePath(QStringLiteral("none.json")), &error));
        QVERIFY2(error.contains(QStringLiteral("Could not open")), qPrintable(error));

        const QString huge = dir.filePath(QStringLiteral("huge.json"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ViewsFile::MaxBytes + 1));
        file.close();
        QVERIFY(!ViewsFile::read(huge, &error));
        QVERIFY2(error.contains(QStringLiteral("too large")), qPrintable(error));
    }

    void anUnwritablePathSaysSo()
    {
        QString error;
        QVERIFY(!ViewsFile::write(QStringLiteral("/proc/no-such-dir/views.json"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("Could not write")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(tst_ViewsFile)
#include "tst_viewsfile.moc"
