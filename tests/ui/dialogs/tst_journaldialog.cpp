#include "actions/actionjournal.h"
#include "ui/dialogs/journaldialog.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

class tst_JournalDialog : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndExport();
};

void tst_JournalDialog::newestFirstAndExport()
{
    QTemporaryDir dir;
    ActionJournal journal(dir.filePath(QStringLiteral("journal.jsonl")));
    for (int i = 0; i < 3; ++i) {
        JournalEntry entry;
        entry.id = QStringLiteral("id-%1").arg(i);
        entry.time = QDateTime::fromSecsSinceEpoch(1767225600 + i * 60, Qt::UTC);
        entry.profileName = QStringLiteral("Sandbox");
        entry.action = i == 2 ? QStringLiteral("stop") : QStringLiteral("start");
        entry.outcome = QStringLiteral("ok");
        BillForward::UsageSession session;
        session.subscriptionId = QStringLiteral("SUB-1");
        session.sessionId = QStringLiteral("s%1").arg(i);
        session.uom = QStringLiteral("minutes");
        entry.sessions = {session};
        QVERIFY(journal.append(entry));
    }
    JournalDialog dialog(&journal);
    QCOMPARE(dialog.table()->rowCount(), 3);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("2026-01-01 00:02:00"));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("Stop"));
    QCOMPARE(dialog.table()->item(2, 4)->text(), QStringLiteral("SUB-1/s0 (minutes)"));
    QCOMPARE(dialog.table()->item(2, 5)->text(), QStringLiteral("OK"));

    const QString out = dir.filePath(QStringLiteral("journal.json"));
    QVERIFY(dialog.exportTo(out));
    QCOMPARE(QFile::permissions(out) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QTEST_MAIN(tst_JournalDialog)
#include "tst_journaldialog.moc"
