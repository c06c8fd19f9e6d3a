#include "credentials/processhardening.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <grp.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

using TestSupport::TestResponse;
using TestSupport::TestServer;

namespace {

const QByteArray Token = "start-up-token-5d21e8";

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
    void runningProgramsAreNonDumpable_data();
    void runningProgramsAreNonDumpable();
    void appRefusesATokenFileOthersCanRead();
    void appRefusesATokenFileWithoutItsServer_data();
    void appRefusesATokenFileWithoutItsServer();

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

void tst_ProcessStart::runningProgramsAreNonDumpable_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("cli") << QStringLiteral(USA_CLI_PATH) << QStringList{QStringLiteral("list"), QStringLiteral("SUB-1")};
    QTest::newRow("app") << QStringLiteral(USA_APP_PATH)
                         << QStringList{QStringLiteral("--subscription"), QStringLiteral("SUB-1")};
}

// Seen from outside, while the program holds the token and waits for the
// server: the kernel hands a non-dumpable process's /proc files to root.
// Under root the program runs as nobody, so that root ownership tells.
void tst_ProcessStart::runningProgramsAreNonDumpable()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    TestServer server;
    QVERIFY(server.listen());
    server.setDefaultResponse(TestResponse::neverAnswer()); // keeps it waiting, token in memory
    const bool root = ::geteuid() == 0;
    constexpr uid_t Nobody = 65534;
    QProcessEnvironment env = environment();
    if (root) {
        const QString home = m_home.filePath(QStringLiteral("nobody"));
        QVERIFY(QDir().mkpath(home));
        QCOMPARE(::chown(QFile::encodeName(home).constData(), Nobody, Nobody), 0);
        QVERIFY(QFile::setPermissions(m_home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                          | QFileDevice::ExeOwner | QFileDevice::ExeOther));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (root) {
        m_process->setChildProcessModifier([] {
            if (::setgroups(0, nullptr) != 0 || ::setgid(Nobody) != 0 || ::setuid(Nobody) != 0)
                ::_exit(127);
        });
    }
    m_process->start(program, arguments + QStringList{QStringLiteral("--base-url"),
                                                      server.url(QStringLiteral("/v1")).toString()});
    QVERIFY(m_process->waitForStarted(10000));
    // The first request proves start-up is over and the token is in memory.
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() >= 1 || m_process->state() == QProcess::NotRunning, 60000);
    QVERIFY2(server.requestCount() >= 1, "the program ended before asking the server");
    QCOMPARE(server.lastRequest().header("Authorization"), "Bearer " + Token);
    struct stat info {};
    QCOMPARE(::stat(QByteArray("/proc/" + QByteArray::number(m_process->processId()) + "/status").constData(),
                    &info),
             0);
    const uid_t runsAs = root ? Nobody : ::geteuid();
    QVERIFY(runsAs != 0);
    QCOMPARE(info.st_uid, uid_t(0)); // a dumpable process's files would belong to runsAs
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

void tst_ProcessStart::appRefusesATokenFileWithoutItsServer_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("no server named") << QStringList();
    QTest::newRow("demo mode") << QStringList{QStringLiteral("--demo")};
}

// The app, like the CLI, sends a token file's token only to a named server:
// with none, the file would be read by nobody and its checks never run.
void tst_ProcessStart::appRefusesATokenFileWithoutItsServer()
{
    QFETCH(QStringList, extra);
    const QString path = m_home.filePath(QStringLiteral("token-alone"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Token + '\n');
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    QSignalSpy finished(m_process.get(), &QProcess::finished);
    m_process->start(QStringLiteral(USA_APP_PATH), QStringList{QStringLiteral("--token-file"), path} + extra);
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_process->exitCode(), 2);
    const QByteArray err = m_process->readAllStandardError();
    QVERIFY2(err.contains("--token-file needs --base-url"), err.constData());
    QVERIFY(!err.contains(Token));
}

QTEST_GUILESS_MAIN(tst_ProcessStart)
#include "tst_processstart.moc"
