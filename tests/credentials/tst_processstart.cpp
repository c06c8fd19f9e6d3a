#include "credentials/processhardening.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>

using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray Token = "start-up-token-5d21e8";

// The body of `main` in a source file, from its opening brace to the first
// statement that is not a comment.
QByteArray firstStatementOfMain(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray source = file.readAll();
    qsizetype at = source.indexOf("int main(");
    at = source.indexOf('{', at);
    if (at < 0)
        return {};
    const QList<QByteArray> lines = source.mid(at + 1).split('\n');
    for (const QByteArray &line : lines) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith("//"))
            return trimmed;
    }
    return {};
}

} // namespace

// The app and the CLI as they start: made non-dumpable first thing (so no
// core dump holds the token), and --token-file read by the shared reader.
class tst_ProcessStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void makeNonDumpable();
    void bothMainsStartNonDumpable_data();
    void bothMainsStartNonDumpable();
    void appRefusesATokenFileOthersCanRead();

private:
    QProcessEnvironment environment() const;

    QTemporaryDir m_home;
    std::unique_ptr<QProcess> m_process;
};

void tst_ProcessStart::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("prctl(PR_SET_DUMPABLE) is Linux-only");
#endif
    QVERIFY(m_home.isValid());
}

void tst_ProcessStart::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished();
    }
    m_process.reset();
}

QProcessEnvironment tst_ProcessStart::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the token comes from the environment
    env.remove(QStringLiteral("BILLFORWARD_BASE_URL"));
    env.insert(QStringLiteral("BILLFORWARD_ACCESS_TOKEN"), QString::fromLatin1(Token));
    return env;
}

// The function both mains call: afterwards no core dump is written and no
// other process of the user can attach (prctl reads the kernel's flag).
void tst_ProcessStart::makeNonDumpable()
{
    QVERIFY(ProcessHardening::isDumpable()); // a test process starts dumpable
    ProcessHardening::makeNonDumpable();
    QVERIFY(!ProcessHardening::isDumpable());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

// The kernel shows the flag to no other process when the tests run as
// root, so the mains are checked where it matters: it is their first
// statement, before any token is read.
void tst_ProcessStart::bothMainsStartNonDumpable_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("app") << QStringLiteral(USA_SOURCE_DIR "/ui/main.cpp");
    QTest::newRow("cli") << QStringLiteral(USA_SOURCE_DIR "/cli/main.cpp");
}

void tst_ProcessStart::bothMainsStartNonDumpable()
{
    QFETCH(QString, path);
    const QByteArray first = firstStatementOfMain(path);
    QVERIFY2(first.startsWith("ProcessHardening::makeNonDumpable();"), first.constData());
}

void tst_ProcessStart::appRefusesATokenFileOthersCanRead()
{
    const QString path = m_home.filePath(QStringLiteral("token"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Token + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    TestServer server;
    QVERIFY(server.listen());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    QSignalSpy finished(m_process.get(), &QProcess::finished);
    m_process->start(QStringLiteral(USA_APP_PATH),
                     {QStringLiteral("--base-url"), server.url(QStringLiteral("/v1")).toString(),
                      QStringLiteral("--token-file"), path});
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_process->exitCode(), 2);
    const QByteArray err = m_process->readAllStandardError();
    QVERIFY2(err.contains("chmod 600"), err.constData());
    QVERIFY(!err.contains(Token));
    QCOMPARE(server.requestCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ProcessStart)
#include "tst_processstart.moc"
