#include "ui/widgets/subscriptionfield.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

class tst_SubscriptionField : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { UiTest::isolateSettings(m_dir); }

    void isValidId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("billforward id") << QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20") << true;
        QTest::newRow("short") << QStringLiteral("a") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("inner space") << QStringLiteral("SUB 1") << false;
        QTest::newRow("tab") << QStringLiteral("SUB\t1") << false;
        QTest::newRow("slash") << QStringLiteral("SUB/1") << false;
        QTest::newRow("control") << QStringLiteral("SUB\x01") << false;
        QTest::newRow("100 chars") << QString(100, QLatin1Char('x')) << true;
        QTest::newRow("101 chars") << QString(101, QLatin1Char('x')) << false;
    }
    void isValidId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(SubscriptionField::isValidId(id), valid);
    }

    void enterEmitsTrimmedValidIdOnly()
    {
        SubscriptionField field;
        QSignalSpy chosen(&field, &SubscriptionField::subscriptionChosen);
        field.lineEdit()->setText(QStringLiteral("  SUB-1  "));
        QTest::keyClick(field.lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.constFirst().constFirst().toString(), QStringLiteral("SUB-1"));

        field.lineEdit()->setText(QStringLiteral("SUB 2"));
        QTest::keyClick(field.lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.size(), 1);
        QVERIFY(!field.lineEdit()->styleSheet().isEmpty()); // marked at the field
    }

    void remembersRecentIds()
    {
        SubscriptionField field;
        field.addRecent(QStringLiteral("SUB-A"));
        field.addRecent(QStringLiteral("SUB-B"));
        field.addRecent(QStringLiteral("SUB-A"));
        QCOMPARE(field.recent(), (QStringList{QStringLiteral("SUB-A"), QStringLiteral("SUB-B")}));
        SubscriptionField again;
        QCOMPARE(again.count(), 2);
        QCOMPARE(again.itemText(0), QStringLiteral("SUB-A"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(tst_SubscriptionField)
#include "tst_subscriptionfield.moc"
