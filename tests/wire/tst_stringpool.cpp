#include "wire/stringpool.h"

#include <QTest>

#include <string>

using namespace BillForward;

class tst_StringPool final : public QObject
{
    Q_OBJECT

private slots:
    void sharesEqualValues();
    void keepsValuesApart();
    void convertsUtf8();
    void outlivesTheInput();
};

void tst_StringPool::sharesEqualValues()
{
    StringPool pool;
    const QString a = pool.intern("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20");
    const QString b = pool.intern(std::string("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20"));
    QCOMPARE(a, QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20"));
    QCOMPARE(b.constData(), a.constData()); // one shared buffer
    QCOMPARE(pool.size(), std::size_t(1));
}

void tst_StringPool::keepsValuesApart()
{
    StringPool pool;
    const QString a = pool.intern("minutes");
    const QString b = pool.intern("GB");
    const QString empty = pool.intern("");
    QCOMPARE(a, QStringLiteral("minutes"));
    QCOMPARE(b, QStringLiteral("GB"));
    QVERIFY(empty.isEmpty());
    QCOMPARE(pool.size(), std::size_t(3));
    pool.clear();
    QCOMPARE(pool.size(), std::size_t(0));
    QCOMPARE(a, QStringLiteral("minutes")); // handed-out strings stay valid
}

void tst_StringPool::convertsUtf8()
{
    StringPool pool;
    QCOMPARE(pool.intern("Gr\xc3\xbc\xc3\x9f\x65 \xf0\x9f\x98\x80"), QString::fromUtf8("Grüße 😀"));
    QCOMPARE(qStringFromUtf8("plain ascii"), QStringLiteral("plain ascii"));
    // QString::fromUtf8 would drop a leading byte-order mark.
    QCOMPARE(qStringFromUtf8("\xef\xbb\xbfx"), QString(QChar(0xfeff)) + QLatin1Char('x'));
    QCOMPARE(pool.intern("\xef\xbb\xbf").size(), 1);
}

void tst_StringPool::outlivesTheInput()
{
    StringPool pool;
    QString first;
    {
        std::string transient(100, 'x');
        first = pool.intern(transient);
        transient.assign(100, 'y');
    }
    // The key must not point into the caller's (now changed) buffer.
    QCOMPARE(pool.intern(std::string(100, 'x')).constData(), first.constData());
    QCOMPARE(pool.intern(std::string(100, 'y')), QString(100, QLatin1Char('y')));
    QCOMPARE(pool.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(tst_StringPool)
#include "tst_stringpool.moc"
