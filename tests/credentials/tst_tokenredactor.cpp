#include "credentials/tokenredactor.h"

#include <QTest>

class tst_TokenRedactor : public QObject
{
    Q_OBJECT

private slots:
    void redact_data();
    void redact();
};

void tst_TokenRedactor::redact_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QByteArray token = "Ab12-cd34-EF56-gh78";
    QTest::newRow("whole") << token << QStringLiteral("got Ab12-cd34-EF56-gh78!") << QStringLiteral("got [token]!");
    QTest::newRow("piece of 8, other case") << token << QStringLiteral("x cd34-ef56 y") << QStringLiteral("x [token] y");
    QTest::newRow("piece of 7 stays") << token << QStringLiteral("x cd34-ef y") << QStringLiteral("x cd34-ef y");
    QTest::newRow("percent-encoded") << token << QStringLiteral("k=Ab12%2Dcd34%2dEF56") << QStringLiteral("k=[token]");
    QTest::newRow("two pieces") << token << QStringLiteral("Ab12-cd34 and EF56-gh78")
                                << QStringLiteral("[token] and [token]");
    QTest::newRow("short token whole") << QByteArray("abc12") << QStringLiteral("t=ABC12.")
                                       << QStringLiteral("t=[token].");
    QTest::newRow("no token") << QByteArray() << QStringLiteral("Ab12-cd34-EF56") << QStringLiteral("Ab12-cd34-EF56");
    QTest::newRow("lone percent") << token << QStringLiteral("100% %zz %4") << QStringLiteral("100% %zz %4");
}

void tst_TokenRedactor::redact()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TokenRedactor(token).redact(text), expected);
}

QTEST_GUILESS_MAIN(tst_TokenRedactor)
#include "tst_tokenredactor.moc"
