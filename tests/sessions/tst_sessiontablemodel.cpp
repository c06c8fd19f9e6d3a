#include "sessions/durationformat.h"
#include "sessions/sessionpager.h"
#include "sessions/sessionstore.h"
#include "sessions/sessiontablemodel.h"
#include "sessions/sessionview.h"
#include "sessiontestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using BillForward::UsageSession;
using TestData::session;
using TestData::utc;

namespace {

const qint64 Now = utc("2026-03-01T00:00:00Z");

// Store, view, pager and model wired as the browser wires them, with the
// model tester watching every signal.
struct Fixture
{
    SessionStore store;
    SessionView view{store};
    SessionPager pager;
    SessionTableModel model{store, view, pager};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    void add(int first, int count, bool active = false)
    {
        QList<UsageSession> sessions;
        for (int i = first; i < first + count; ++i)
            sessions.append(session(QStringLiteral("S-%1").arg(i, 4, 10, QLatin1Char('0')), 0, active && i % 2));
        view.update(store.merge(sessions));
        show();
    }
    void show()
    {
        pager.setRowCount(view.size());
        model.refreshPage();
    }
    QString sessionIdAt(int row) const
    {
        return model.index(row, int(SessionColumn::SessionId)).data().toString();
    }
};

} // namespace

class tst_SessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void durationForPeople_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("negative") << qint64(-5000) << QStringLiteral("0 s");
        QTest::newRow("ms dropped") << qint64(45'999) << QStringLiteral("45 s");
        QTest::newRow("minutes") << qint64(12 * 60'000 + 5'000) << QStringLiteral("12 min 05 s");
        QTest::newRow("hours") << qint64(3 * 3'600'000 + 2 * 60'000 + 5'000) << QStringLiteral("3 h 02 min 05 s");
        QTest::newRow("days") << qint64(2 * 86'400'000LL + 3'600'000) << QStringLiteral("2 d 1 h 00 min 00 s");
    }

    void durationForPeople()
    {
        QFETCH(qint64, ms);
        QTEST(DurationFormat::forPeople(ms), "text");
    }

    void pagingSignals()
    {
        Fixture f;
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
        f.pager.setPageSize(100);
        f.add(0, 250);
        QCOMPARE(f.model.rowCount(), 100);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 99);

        // Page change to the last, shorter page: rows removed at the end, the rest changed.
        changed.clear();
        f.pager.setPage(2);
        f.model.refreshPage();
        QCOMPARE(f.model.rowCount(), 50);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 50);
        QCOMPARE(removed.at(0).at(2).toInt(), 99);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 49);
        QCOMPARE(f.sessionIdAt(0), QStringLiteral("S-0200"));
        QCOMPARE(f.model.storeRowAt(49), 249);
        QCOMPARE(f.model.modelRowOfStoreRow(249), 49);
        QCOMPARE(f.model.modelRowOfStoreRow(10), -1);

        // Page size change: the page grows at its end.
        f.pager.setPageSize(500);
        f.model.refreshPage();
        QCOMPARE(f.model.rowCount(), 250);
        QCOMPARE(f.sessionIdAt(0), QStringLiteral("S-0000"));
        QCOMPARE(inserted.size(), 2);

        // Rows arriving while a page is shown.
        f.pager.setPageSize(100);
        f.pager.setPage(2);
        f.model.refreshPage();
        f.add(250, 30);
        QCOMPARE(f.model.rowCount(), 80);
        QCOMPARE(f.sessionIdAt(79), QStringLiteral("S-0279"));
        QCOMPARE(reset.size(), 0);
    }

    void filterAndSortSignals()
    {
        Fixture f;
        f.pager.setPageSize(50);
        f.add(0, 120);
        QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);

        SessionFilter narrow;
        narrow.setText(QStringLiteral("session:S-001")); // S-0010…S-0019
        f.view.setFilter(narrow);
        f.pager.setPage(0);
        f.show();
        QCOMPARE(f.model.rowCount(), 10);
        QCOMPARE(f.sessionIdAt(9), QStringLiteral("S-0019"));

        f.view.setFilter(SessionFilter()); // widening
        f.show();
        QCOMPARE(f.model.rowCount(), 50);

        f.view.setSort({{SessionColumn::SessionId, Qt::DescendingOrder}});
        f.show();
        QCOMPARE(f.sessionIdAt(0), QStringLiteral("S-0119"));
        QCOMPARE(reset.size(), 0);

        f.store.clear();
        f.view.rebuild(Now);
        f.pager.setRowCount(0);
        f.model.resetPage();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(f.model.rowCount(), 0);
    }

    void setNowTouchesActiveDurationsOnly()
    {
        Fixture f;
        f.add(0, 10, true); // odd rows active
        f.model.setNow(Now);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setNow(Now + 1000);
        QCOMPARE(changed.size(), 5);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            const auto bottomRight = args.at(1).value<QModelIndex>();
            QCOMPARE(topLeft, bottomRight);
            QCOMPARE(topLeft.column(), int(SessionColumn::Duration));
            QCOMPARE(topLeft.row() % 2, 1);
        }
        const QModelIndex duration = f.model.index(1, int(SessionColumn::Duration));
        const qint64 expected = Now + 1000 - f.store.at(1).start;
        QCOMPARE(duration.data(SessionTableModel::RawValueRole).toLongLong(), expected);
        QCOMPARE(duration.data().toString(), DurationFormat::forPeople(expected));
    }

    void roles()
    {
        Fixture f;
        UsageSession s = session(QStringLiteral("S-1"));
        s.sessionix = 3;
        s.description = QStringLiteral("a rather long description");
        f.view.update(f.store.merge({s}));
        f.show();
        const auto cell = [&](SessionColumn c, int role) { return f.model.index(0, int(c)).data(role); };

        QCOMPARE(cell(SessionColumn::State, Qt::DisplayRole).toString(), QStringLiteral("Historic"));
        QCOMPARE(cell(SessionColumn::Start, Qt::DisplayRole).toString(),
                 QDateTime::fromMSecsSinceEpoch(s.start, Qt::LocalTime).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(cell(SessionColumn::Start, Qt::ToolTipRole).toString(), QStringLiteral("2026-02-01T10:00:00Z"));
        QCOMPARE(cell(SessionColumn::Start, SessionTableModel::RawValueRole).toLongLong(), s.start);
        QCOMPARE(cell(SessionColumn::Duration, Qt::DisplayRole).toString(), QStringLiteral("1 h 00 min 00 s"));
        QCOMPARE(cell(SessionColumn::Duration, SessionTableModel::RawValueRole).toLongLong(), qint64(3'600'000));
        QCOMPARE(cell(SessionColumn::Sessionix, Qt::DisplayRole).toString(), QStringLiteral("3"));
        QCOMPARE(cell(SessionColumn::Sessionix, SessionTableModel::RawValueRole).toInt(), 3);
        QCOMPARE(cell(SessionColumn::Sessionix, Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(cell(SessionColumn::SessionId, Qt::TextAlignmentRole).toInt(), int(Qt::AlignLeft | Qt::AlignVCenter));
        QCOMPARE(cell(SessionColumn::Description, Qt::ToolTipRole).toString(), s.description);
        QCOMPARE(cell(SessionColumn::SessionId, SessionTableModel::IsIdentifierRole).toBool(), true);
        QCOMPARE(cell(SessionColumn::ChangedBy, SessionTableModel::IsIdentifierRole).toBool(), true);
        QCOMPARE(cell(SessionColumn::Description, SessionTableModel::IsIdentifierRole).toBool(), false);
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::StateKindRole).toInt(),
                 int(BillForward::SessionState::Historic));
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::StoreRowRole).toInt(), 0);

        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::RecentlyChangedRole).toBool(), false);
        f.model.setRecentlyChanged({0});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::RecentlyChangedRole).toBool(), true);
        f.model.setPendingRows({0});
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::PendingActionRole).toBool(), true);
        f.model.setPendingRows({});
        QCOMPARE(cell(SessionColumn::Uom, SessionTableModel::PendingActionRole).toBool(), false);

        QCOMPARE(f.model.headerData(int(SessionColumn::Uom), Qt::Horizontal).toString(), QStringLiteral("Unit"));
        QVERIFY(f.model.headerData(int(SessionColumn::Duration), Qt::Horizontal, Qt::ToolTipRole)
                    .toString().contains(QLatin1String("uduration")));
        QCOMPARE(f.model.columnCount(), SessionColumnCount);
    }
};

QTEST_GUILESS_MAIN(tst_SessionTableModel)
#include "tst_sessiontablemodel.moc"
