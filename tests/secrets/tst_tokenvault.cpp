#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

namespace {
const QUrl Server(QStringLiteral("https://bf.example.com/v1"));
} // namespace

// Tests run without a desktop session: no D-Bus session bus, so QtKeychain
// fails and the vault must say "unavailable" quickly, without blocking.
class tst_TokenVault : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unavailableWithinTimeout();
    void neverBlocksTheCallingThread();
    void contextGoneMeansNoCallback();
};

void tst_TokenVault::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
}

void tst_TokenVault::unavailableWithinTimeout()
{
    TokenVault vault;
    vault.setTimeout(3000);
    QSignalSpy unavailable(&vault, &TokenVault::unavailable);
    bool done = false;
    TokenVault::Result result;
    QElapsedTimer clock;
    clock.start();
    vault.read(QStringLiteral("profile-1"), Server, this, [&](const TokenVault::Result &r) {
        done = true;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY(clock.elapsed() <= vault.timeout() + 1000);
    QCOMPARE(result.status, TokenVault::Status::Unavailable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.token.isEmpty());
    QVERIFY(vault.isKnownUnavailable());
    QCOMPARE(unavailable.size(), 1);

    bool written = false;
    vault.write(QStringLiteral("profile-1"), Server, "secret-token", this, [&](const TokenVault::Result &r) {
        written = true;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
    QCOMPARE(result.status, TokenVault::Status::Unavailable);
    QVERIFY(!result.message.contains(QLatin1String("secret-token")));
    QCOMPARE(unavailable.size(), 1); // said once
}

// Event-driven, not timed: the calls return before the keychain has
// answered, and the answers come later, on the caller's thread.
void tst_TokenVault::neverBlocksTheCallingThread()
{
    TokenVault vault;
    vault.setTimeout(1000); // an answer, or "did not answer", within a second
    QThread *caller = QThread::currentThread();
    QList<QThread *> answeredOn;
    vault.read(QStringLiteral("profile-2"), Server, this,
               [&answeredOn](const TokenVault::Result &) { answeredOn << QThread::currentThread(); });
    // A read and a remove: a write may wait minutes for a keyring prompt.
    vault.remove(QStringLiteral("profile-2"), this,
                 [&answeredOn](const TokenVault::Result &) { answeredOn << QThread::currentThread(); });
    QVERIFY(answeredOn.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(answeredOn.size(), 2, vault.timeout() + 5000);
    QCOMPARE(answeredOn, (QList<QThread *>{caller, caller}));
}

void tst_TokenVault::contextGoneMeansNoCallback()
{
    TokenVault vault;
    vault.setTimeout(500);
    bool called = false;
    auto *context = new QObject;
    vault.read(QStringLiteral("profile-3"), Server, context, [&](const TokenVault::Result &) { called = true; });
    delete context;
    QSignalSpy unavailable(&vault, &TokenVault::unavailable);
    QVERIFY(unavailable.wait(5000) || vault.isKnownUnavailable());
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(tst_TokenVault)
#include "tst_tokenvault.moc"
