#include "actions/actionjournal.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {

JournalEntry entry(const QString &id, const QString &outcome, qint64 secs)
{
    JournalEntry e;
    e.id = id;
    e.time = QDateTime::fromSecsSinceEpoch(1767225600 + secs, Qt::UTC);
    e.profileName = QStringLiteral("=SUM(1)"); // a formula must not survive into CSV
    e.baseUrl = QStringLiteral("https://app-sandbox.billforward.net/v1");
    e.action = QStringLiteral("start");
    BillForward::UsageSession session;
    session.subscriptionId = QStringLiteral("SUB-1");
    session.sessionId = QStringLiteral("call-1");
    session.uom = QStringLiteral("minutes");
    e.sessions = {session};
    e.outcome = outcome;
    return e;
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QFileDevice::Permissions modeOf(const QString &path)
{
    return QFile::permissions(path)
        & (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup
           | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
           | QFileDevice::ExeOther);
}

} // namespace

class tst_ActionJournal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultPathIsAppData();
    void appendsAndMergesByIdNewestFirst();
    void sameTimeKeepsWrittenOrderNewestFirst();
    void fileIsOwnerOnlyAlsoWhenItExisted();
    void exportFormats_data();
    void exportFormats();
    void exportNeutralisesTabAndCarriageReturn();
    void exportReplacesTheFileWhole();
    void tornLastLineKeepsTheNextEntry();
    void unwritableJournalReportsWhy();

private:
    QTemporaryDir m_dir;
};

// The app's file, also when another program (the CLI) asks.
void tst_ActionJournal::defaultPathIsAppData()
{
    const QString asked = ActionJournal::defaultPath();
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdmin")); // as ui/main.cpp
    QCoreApplication::setApplicationName(QStringLiteral("usage-session-admin"));
    const QString app = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/journal.jsonl");
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(application);
    QCOMPARE(asked, app);
    QCOMPARE(ActionJournal::defaultPath(), app);
}

void tst_ActionJournal::appendsAndMergesByIdNewestFirst()
{
    ActionJournal journal(m_dir.filePath(QStringLiteral("merge.jsonl")));
    QVERIFY(journal.append(entry(QStringLiteral("a"), QStringLiteral("sent"), 0)));
    QVERIFY(journal.append(entry(QStringLiteral("b"), QStringLiteral("sent"), 10)));
    JournalEntry outcome = entry(QStringLiteral("a"), QStringLiteral("error"), 20);
    outcome.errorType = QStringLiteral("ValidationError");
    outcome.errorMessage = QStringLiteral("already active");
    QVERIFY(journal.append(outcome));
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, QStringLiteral("b"));
    QCOMPARE(entries.at(1).id, QStringLiteral("a"));
    QCOMPARE(entries.at(1).outcome, QStringLiteral("error"));
    QCOMPARE(entries.at(1).time, entry(QStringLiteral("a"), QString(), 0).time); // when it was sent
    QCOMPARE(entries.at(1).sessions.constFirst().uom, QStringLiteral("minutes"));
    QVERIFY(entries.at(1).outcomeText().contains(QLatin1String("already active")));
}

// Regression: two actions sent within one millisecond came back oldest first.
void tst_ActionJournal::sameTimeKeepsWrittenOrderNewestFirst()
{
    ActionJournal journal(m_dir.filePath(QStringLiteral("ties.jsonl")));
    QVERIFY(journal.append(entry(QStringLiteral("first"), QStringLiteral("sent"), 5)));
    QVERIFY(journal.append(entry(QStringLiteral("second"), QStringLiteral("sent"), 5)));
    QVERIFY(journal.append(entry(QStringLiteral("third"), QStringLiteral("sent"), 5)));
    QVERIFY(journal.append(entry(QStringLiteral("first"), QStringLiteral("ok"), 6)));
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).id, QStringLiteral("third"));
    QCOMPARE(entries.at(1).id, QStringLiteral("second"));
    QCOMPARE(entries.at(2).id, QStringLiteral("first"));
    QCOMPARE(entries.at(2).outcome, QStringLiteral("ok")); // its outcome, at the time it was sent
}

void tst_ActionJournal::fileIsOwnerOnlyAlsoWhenItExisted()
{
    const QString path = m_dir.filePath(QStringLiteral("mode.jsonl"));
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        QVERIFY(existing.setPermissions(existing.permissions() | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    }
    QVERIFY(modeOf(path) != OwnerOnly);
    ActionJournal journal(path);
    QVERIFY(journal.append(entry(QStringLiteral("x"), QStringLiteral("ok"), 0)));
    QCOMPARE(modeOf(path), OwnerOnly);

    const QString fresh = m_dir.filePath(QStringLiteral("sub/dir/fresh.jsonl"));
    ActionJournal created(fresh);
    QVERIFY(created.append(entry(QStringLiteral("y"), QStringLiteral("ok"), 0)));
    QCOMPARE(modeOf(fresh), OwnerOnly);
}

void tst_ActionJournal::exportFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ActionJournal::Format::Csv);
    QTest::newRow("json") << int(ActionJournal::Format::Json);
}

void tst_ActionJournal::exportFormats()
{
    QFETCH(int, format);
    ActionJournal journal(m_dir.filePath(QStringLiteral("export-%1.jsonl").arg(format)));
    QVERIFY(journal.append(entry(QStringLiteral("e1"), QStringLiteral("ok"), 0)));
    QVERIFY(journal.append(entry(QStringLiteral("e2"), QStringLiteral("ok"), 5)));
    const QString out = m_dir.filePath(QStringLiteral("out-%1").arg(format));
    QString error;
    QVERIFY2(journal.exportTo(out, ActionJournal::Format(format), &error), qPrintable(error));
    QCOMPARE(modeOf(out), OwnerOnly);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (ActionJournal::Format(format) == ActionJournal::Format::Json) {
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        QVERIFY(document.isArray());
        QCOMPARE(document.array().size(), 2);
        QCOMPARE(document.array().at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("e2"));
    } else {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header + 2
        QVERIFY(lines.at(0).startsWith("time,profile"));
        QVERIFY(!bytes.contains(",\"=SUM"));
        QVERIFY(bytes.contains(",\"'=SUM(1)\","));
    }
}

void tst_ActionJournal::exportNeutralisesTabAndCarriageReturn()
{
    ActionJournal journal(m_dir.filePath(QStringLiteral("cells.jsonl")));
    JournalEntry withTab = entry(QStringLiteral("t"), QStringLiteral("error"), 0);
    withTab.profileName = QStringLiteral("\t=1+1");
    withTab.errorMessage = QStringLiteral("\r@cmd");
    QVERIFY(journal.append(withTab));
    const QString out = m_dir.filePath(QStringLiteral("cells.csv"));
    QVERIFY(journal.exportTo(out, ActionJournal::Format::Csv));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains(",\"'\t=1+1\","), bytes.constData());
    QVERIFY2(bytes.contains(",\"'\r@cmd\","), bytes.constData());
}

// Written through QSaveFile: a new file takes the old one's place, so a
// failed export never leaves a half-written file where a good one was.
void tst_ActionJournal::exportReplacesTheFileWhole()
{
    ActionJournal journal(m_dir.filePath(QStringLiteral("whole.jsonl")));
    QVERIFY(journal.append(entry(QStringLiteral("w"), QStringLiteral("ok"), 0)));
    const QString out = m_dir.filePath(QStringLiteral("whole.csv"));
    {
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.write("an earlier export\n") > 0);
    }
    struct stat before {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &before), 0);
    QVERIFY(journal.exportTo(out, ActionJournal::Format::Csv));
    struct stat after {};
    QCOMPARE(::stat(QFile::encodeName(out).constData(), &after), 0);
    QVERIFY(before.st_ino != after.st_ino); // renamed into place, not rewritten in place
    QCOMPARE(modeOf(out), OwnerOnly);
    const QDir dir(m_dir.path());
    QVERIFY(dir.entryList({QStringLiteral("whole.csv.*")}, QDir::Files | QDir::Hidden).isEmpty());
}

// Regression: a line cut short (disk full, kill -9) ran into the next
// entry, and the reader dropped both.
void tst_ActionJournal::tornLastLineKeepsTheNextEntry()
{
    const QString path = m_dir.filePath(QStringLiteral("torn.jsonl"));
    ActionJournal journal(path);
    QVERIFY(journal.append(entry(QStringLiteral("before"), QStringLiteral("ok"), 0)));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("{\"action\":\"stop\",\"id\":\"torn\",\"outc") > 0);
    }
    QVERIFY(journal.append(entry(QStringLiteral("after"), QStringLiteral("sent"), 10)));
    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, QStringLiteral("after"));
    QCOMPARE(entries.at(1).id, QStringLiteral("before"));

    // A journal torn by an older version, the next entry on the same line.
    const QString old = m_dir.filePath(QStringLiteral("torn-old.jsonl"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write("{\"action\":\"stop\",\"id\":\"torn\",\"outc"
                           + QJsonDocument(entry(QStringLiteral("kept"), QStringLiteral("sent"), 3).toJson())
                                 .toJson(QJsonDocument::Compact)
                           + "\n")
                > 0);
    }
    const QList<JournalEntry> recovered = ActionJournal(old).entries();
    QCOMPARE(recovered.size(), 1);
    QCOMPARE(recovered.constFirst().id, QStringLiteral("kept"));
}

void tst_ActionJournal::unwritableJournalReportsWhy()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ActionJournal journal(blocker + QStringLiteral("/journal.jsonl")); // its folder cannot exist
    QVERIFY(!journal.append(entry(QStringLiteral("x"), QStringLiteral("sent"), 0)));
    QVERIFY(journal.errorString().contains(blocker));
}

QTEST_GUILESS_MAIN(tst_ActionJournal)
#include "tst_actionjournal.moc"
