#include "views/savedviewlist.h"
#include "viewtestdata.h"

#include <QTest>

// One connection's views: rename, delete, the default, and an import's
// merge by name.
class tst_SavedViewList : public QObject
{
    Q_OBJECT

private slots:
    void putReplacesByNameInPlace()
    {
        SavedViewList list;
        list.put(ViewTestData::fullView(QStringLiteral("A")));
        list.put(ViewTestData::fullView(QStringLiteral("B")));
        SavedView changed = ViewTestData::fullView(QStringLiteral("A"));
        changed.pageSize = 50;
        list.put(changed);
        QCOMPARE(list.names(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(list.find(QStringLiteral("A"))->pageSize, 50);
    }

    void renameKeepsTheDefaultAndRefusesATakenName()
    {
        SavedViewList list;
        list.put(ViewTestData::fullView(QStringLiteral("A")));
        list.put(ViewTestData::fullView(QStringLiteral("B")));
        list.setDefaultName(QStringLiteral("A"));
        QVERIFY(!list.rename(QStringLiteral("A"), QStringLiteral("B")));
        QVERIFY(!list.rename(QStringLiteral("A"), QStringLiteral(" ")));
        QVERIFY(!list.rename(QStringLiteral("Z"), QStringLiteral("Y")));
        QVERIFY(list.rename(QStringLiteral("A"), QStringLiteral("C")));
        QCOMPARE(list.names(), (QStringList{QStringLiteral("C"), QStringLiteral("B")}));
        QCOMPARE(list.defaultName(), QStringLiteral("C"));
    }

    void removeTakesTheDefaultWithIt()
    {
        SavedViewList list;
        list.put(ViewTestData::fullView(QStringLiteral("A")));
        list.setDefaultName(QStringLiteral("A"));
        QVERIFY(list.remove(QStringLiteral("A")));
        QVERIFY(list.isEmpty());
        QCOMPARE(list.defaultName(), QString());
        list.setDefaultName(QStringLiteral("gone"));
        QCOMPARE(list.defaultName(), QString());
    }

    void mergeReplacesOrKeepsBoth()
    {
        SavedViewList list;
        list.put(ViewTestData::fullView(QStringLiteral("A")));
        list.put(ViewTestData::fullView(QStringLiteral("A (2)")));
        SavedView imported = ViewTestData::fullView(QStringLiteral("A"));
        imported.pageSize = 1000;
        const QList<SavedView> file{imported, ViewTestData::fullView(QStringLiteral("New"))};
        QCOMPARE(list.clashesWith(file), QStringList{QStringLiteral("A")});

        SavedViewList replaced = list;
        replaced.merge(file, SavedViewList::OnClash::Replace);
        QCOMPARE(replaced.names(), (QStringList{QStringLiteral("A"), QStringLiteral("A (2)"), QStringLiteral("New")}));
        QCOMPARE(replaced.find(QStringLiteral("A"))->pageSize, 1000);

        SavedViewList both = list;
        both.merge(file, SavedViewList::OnClash::KeepBoth);
        QCOMPARE(both.names(), (QStringList{QStringLiteral("A"), QStringLiteral("A (2)"), QStringLiteral("A (3)"),
                                            QStringLiteral("New")}));
        QCOMPARE(both.find(QStringLiteral("A"))->pageSize, 500);
        QCOMPARE(both.find(QStringLiteral("A (3)"))->pageSize, 1000);
    }
};

QTEST_GUILESS_MAIN(tst_SavedViewList)
#include "tst_savedviewlist.moc"
