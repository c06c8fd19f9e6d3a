#include "ui/rowexporter.h"
#include "uitestsupport.h"

#include "wire/sessioncodec.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTest>

using BillForward::UsageSession;

namespace {

UsageSession session(const QString &id, const QString &description)
{
    UsageSession s;
    s.subscriptionId = QStringLiteral("SUB-1");
    s.sessionId = id;
    s.uom = QStringLiteral("minutes");
    s.pricingComponentName = QStringLiteral("Calls");
    s.description = description;
    s.state = QStringLiteral("Historic");
    BillForward::WireTime::parse("2026-02-27T13:15:51Z", s.start);
    BillForward::WireTime::parse("2026-02-27T14:15:51Z", s.stop);
    s.created = s.start;
    s.uduration = 3600000;
    return s;
}

} // namespace

class tst_RowExporter : public QObject
{
    Q_OBJECT

private slots:
    // The window's CSV goes to people's spreadsheets: no cell runs as a formula.
    void csvNeutralisesFormulas()
    {
        const QByteArray csv = RowExporter::toCsv({session(QStringLiteral("@evil"), QStringLiteral("=cmd|'/c calc'!A1")),
                                                   session(QStringLiteral("s2"), QStringLiteral("-1+2"))});
        QVERIFY2(csv.contains(",'@evil,"), csv.constData());
        QVERIFY2(csv.contains(",'=cmd|'/c calc'!A1,"), csv.constData());
        QVERIFY2(csv.contains(",'-1+2,"), csv.constData());
        QVERIFY(!csv.contains(",=cmd"));
    }

    void jsonRoundTrips()
    {
        const QList<UsageSession> sessions = {session(QStringLiteral("s1"), QStringLiteral("x")),
                                              session(QStringLiteral("s2"), QStringLiteral("y"))};
        const QByteArray json = RowExporter::toJson(sessions);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().size(), 2);
        QCOMPARE(doc.array().at(1).toObject().value(QStringLiteral("sessionID")).toString(), QStringLiteral("s2"));
    }

    void tsvHasHeaderAndVisibleColumnsOnly()
    {
        QStandardItemModel model(2, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(QStringLiteral("%1\t%2").arg(r).arg(c)));
        QHeaderView header(Qt::Horizontal);
        header.setModel(&model);
        header.setSectionHidden(1, true);
        const QString tsv = RowExporter::toTsv(model, header, {1});
        QCOMPARE(tsv, QStringLiteral("A\tC\n1 0\t1 2\n"));
    }

    void writesOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString error;
        QVERIFY(RowExporter::writeFile(path, "a,b\r\n", &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!RowExporter::writeFile(dir.filePath(QStringLiteral("missing/x.csv")), "x", &error));
        QVERIFY(!error.isEmpty());
    }

    void formatFollowsExtension()
    {
        QCOMPARE(RowExporter::formatOfPath(QStringLiteral("a.JSON")), RowExporter::Format::Json);
        QCOMPARE(RowExporter::formatOfPath(QStringLiteral("a.csv")), RowExporter::Format::Csv);
    }
};

QTEST_MAIN(tst_RowExporter)
#include "tst_rowexporter.moc"
