#include "sessions/sortkeytext.h"

#include <QTest>

// The one text form of a sort key: what the table's settings and the
// saved views hold, including what older settings files hold.
class tst_SortKeyText : public QObject
{
    Q_OBJECT

private slots:
    void keysGoThereAndBack()
    {
        const QList<SessionView::SortKey> keys = {{SessionColumn::Duration, Qt::DescendingOrder},
                                                   {SessionColumn::SessionId, Qt::AscendingOrder}};
        const QStringList texts = SortKeyText::toTexts(keys);
        QCOMPARE(texts, (QStringList{QStringLiteral("uduration:descending"), QStringLiteral("sessionID:ascending")}));
        QCOMPARE(SortKeyText::fromTexts(texts), keys);
        for (int c = 0; c < SessionColumnCount; ++c)
            QCOMPARE(columnOfJsonName(jsonNameOf(SessionColumn(c))), SessionColumn(c));
    }

    // The table wrote "asc" and "desc" to table/sort before: an existing
    // user's sort must come back.
    void theTablesOlderSettingsStillRead()
    {
        QCOMPARE(SortKeyText::fromTexts({QStringLiteral("uduration:desc"), QStringLiteral("start:asc")}),
                 (QList<SessionView::SortKey>{{SessionColumn::Duration, Qt::DescendingOrder},
                                              {SessionColumn::Start, Qt::AscendingOrder}}));
        QCOMPARE(SortKeyText::orderOf(QStringLiteral("desc")), Qt::DescendingOrder);
        QCOMPARE(SortKeyText::orderOf(QStringLiteral("descending")), Qt::DescendingOrder);
        QCOMPARE(SortKeyText::orderOf(QStringLiteral("ascending")), Qt::AscendingOrder);
        QCOMPARE(SortKeyText::fromText(QStringLiteral("stop"))->order, Qt::AscendingOrder);
    }

    void whatItCannotReadIsLeftOut()
    {
        QVERIFY(!SortKeyText::fromText(QStringLiteral("weight:asc")));
        QVERIFY(!SortKeyText::fromText(QStringLiteral("uom:up")));
        QVERIFY(!SortKeyText::orderOf(QStringLiteral("Descending")));
        QVERIFY(!columnOfJsonName(QStringLiteral("colour")));
        QCOMPARE(SortKeyText::fromTexts({QStringLiteral("weight:asc"), QStringLiteral("uom:desc"), QString()}),
                 (QList<SessionView::SortKey>{{SessionColumn::Uom, Qt::DescendingOrder}}));
    }
};

QTEST_GUILESS_MAIN(tst_SortKeyText)
#include "tst_sortkeytext.moc"
