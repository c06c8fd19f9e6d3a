#include "ui/celltextcache.h"
#include "ui/sessionitemdelegate.h"

#include "ui/widgets/palettecolors.h"
#include "sessions/sessioncolumn.h"
#include "sessions/sessiontablemodel.h"
#include "wire/usagesession.h"

#include <QApplication>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdlib>

Q_DECLARE_METATYPE(QStyle::State)
Q_DECLARE_METATYPE(Qt::Alignment)

class TestSessionItemDelegate : public QObject
{
    Q_OBJECT

private slots:
    void cachedTextIsKept()
    {
        CellTextCache cache;
        const QFont font = QApplication::font();
        QCOMPARE(cache.text(QStringLiteral("CALL-10277"), font, 200, Qt::ElideRight).text(),
                 QStringLiteral("CALL-10277"));
        QCOMPARE(cache.size(), 1);
        QCOMPARE(cache.text(QStringLiteral("CALL-10277"), font, 200, Qt::ElideRight).text(),
                 QStringLiteral("CALL-10277"));
        QCOMPARE(cache.size(), 1); // found, not shaped again

        QFont bold = font;
        bold.setBold(true);
        cache.text(QStringLiteral("CALL-10277"), bold, 200, Qt::ElideRight);
        cache.text(QStringLiteral("CALL-10277"), font, 40, Qt::ElideRight);
        QCOMPARE(cache.size(), 3); // another font, another width: other entries
    }

    void narrowCellElides()
    {
        CellTextCache cache;
        const QFont font = QApplication::font();
        const QString text = QStringLiteral("Outbound sales call to Harper & Sons about the renewal");
        const QString shown = cache.text(text, font, 80, Qt::ElideRight).text();
        QVERIFY(shown != text);
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QVERIFY(QFontMetrics(font).horizontalAdvance(shown) <= 80);
        QCOMPARE(cache.text(text, font, 80, Qt::ElideNone).text(), text);
    }

    void startsOverWhenFull()
    {
        CellTextCache cache;
        const QFont font = QApplication::font();
        for (qsizetype i = 0; i < CellTextCache::Capacity; ++i)
            cache.text(QString::number(i), font, 100, Qt::ElideRight);
        QCOMPARE(cache.size(), CellTextCache::Capacity);
        QCOMPARE(cache.text(QStringLiteral("one more"), font, 100, Qt::ElideRight).text(), QStringLiteral("one more"));
        QCOMPARE(cache.size(), 1);
    }

    // The delegate paints cells itself (cached shaping, the state icon's
    // place asked once): they must look exactly as the style paints them.
    void paintsTextCellsLikeTheStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Qt::Alignment>("alignment");
        QTest::addColumn<QStyle::State>("state");
        QTest::addColumn<bool>("monospace");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("stateKind"); // -1: a text column; else the state column, with its icon

        const QStyle::State normal = QStyle::State_Enabled | QStyle::State_Active;
        const Qt::Alignment left = Qt::AlignLeft | Qt::AlignVCenter;
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        QTest::newRow("left") << QStringLiteral("Named user seats") << left << normal << false << 180 << -1;
        QTest::newRow("right") << QStringLiteral("1 h 33 min 55 s") << right << normal << false << 160 << -1;
        QTest::newRow("right, one digit") << QStringLiteral("0") << right << normal << false << 70 << -1;
        QTest::newRow("selected") << QStringLiteral("2026-11-27 21:32:44") << left
                                  << (normal | QStyle::State_Selected) << false << 180 << -1;
        QTest::newRow("inactive window") << QStringLiteral("2026-11-27 21:32:44") << left
                                         << QStyle::State(QStyle::State_Enabled | QStyle::State_Selected) << false
                                         << 180 << -1;
        QTest::newRow("focused") << QStringLiteral("CALL-10101") << left << (normal | QStyle::State_HasFocus) << true
                                 << 150 << -1;
        QTest::newRow("monospace") << QStringLiteral("SUB-604915D4-C20C-C3F0-6C10-6A9C7B20") << left << normal << true
                                   << 500 << -1;
        QTest::newRow("elided") << QStringLiteral("Outbound sales call to Harper & Sons about the renewal") << left
                                << normal << false << 120 << -1;
        QTest::newRow("elided right-aligned") << QStringLiteral("Outbound sales call to Harper & Sons") << right
                                              << normal << false << 90 << -1;
        QTest::newRow("empty") << QString() << left << (normal | QStyle::State_Selected) << false << 60 << -1;
        const int active = int(BillForward::SessionState::Active);
        const int historic = int(BillForward::SessionState::Historic);
        const int other = int(BillForward::SessionState::Other);
        QTest::newRow("state active") << QStringLiteral("Active") << left << normal << false << 100 << active;
        QTest::newRow("state historic") << QStringLiteral("Historic") << left << normal << false << 100 << historic;
        QTest::newRow("state other, selected") << QStringLiteral("Pending") << left << (normal | QStyle::State_Selected)
                                               << false << 100 << other;
        QTest::newRow("state focused") << QStringLiteral("Active") << left << (normal | QStyle::State_HasFocus)
                                       << false << 100 << active;
        QTest::newRow("state elided") << QStringLiteral("Historic") << left << normal << false << 40 << historic;
        QTest::newRow("state disabled") << QStringLiteral("Active") << left << QStyle::State(QStyle::State_None)
                                        << false << 100 << active;
    }

    void paintsTextCellsLikeTheStyle()
    {
        QFETCH(QString, text);
        QFETCH(Qt::Alignment, alignment);
        QFETCH(QStyle::State, state);
        QFETCH(bool, monospace);
        QFETCH(int, width);
        QFETCH(int, stateKind);

        QStandardItemModel model(1, 2);
        // Column 0 is the state column, which has an icon; column 1 is plain text.
        const QModelIndex index = model.index(0, stateKind < 0 ? 1 : 0);
        if (stateKind >= 0)
            model.setData(index, stateKind, SessionTableModel::StateKindRole);
        model.setData(index, text, Qt::DisplayRole);
        model.setData(index, int(alignment), Qt::TextAlignmentRole);
        if (monospace)
            model.setData(index, QFontDatabase::systemFont(QFontDatabase::FixedFont), Qt::FontRole);
        QTableView table;
        table.setModel(&model);
        SessionItemDelegate delegate;

        QStyleOptionViewItem option;
        option.initFrom(&table);
        option.widget = &table;
        option.rect = QRect(0, 0, width, 22);
        option.state = state;
        option.textElideMode = Qt::ElideRight;

        const auto render = [&](auto paint) {
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            paint(&painter);
            return image;
        };
        const QImage ours = render([&](QPainter *p) { delegate.paint(p, option, index); });
        const QImage styles = render([&](QPainter *p) { delegate.QStyledItemDelegate::paint(p, option, index); });
        if (ours != styles) {
            ours.save(QStringLiteral("delegate-ours.png"));
            styles.save(QStringLiteral("delegate-style.png"));
        }
        QVERIFY2(ours == styles, "the cell differs from the style's; see delegate-ours.png and delegate-style.png");
        QVERIFY(ours != render([](QPainter *) {}) || text.isEmpty()); // something was painted
    }

    // No column centres its text, so the delegate leaves centred cells to
    // the style; they must still come out centred, not at the left.
    void centredTextIsPaintedCentred()
    {
        QStandardItemModel model(1, 2);
        const QModelIndex index = model.index(0, 1); // column 0 is the state's, with an icon
        model.setData(index, QStringLiteral("minutes"), Qt::DisplayRole);
        model.setData(index, int(Qt::AlignCenter), Qt::TextAlignmentRole);
        QTableView table;
        table.setModel(&model);
        QStyleOptionViewItem option;
        option.initFrom(&table);
        option.widget = &table;
        option.rect = QRect(0, 0, 200, 22);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            SessionItemDelegate().paint(&painter, option, index);
        }
        // The columns the text's ink reaches.
        int left = image.width();
        int right = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (qGray(image.pixel(x, y)) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
            }
        }
        QVERIFY2(right > left, "no text was painted");
        const int marginLeft = left;
        const int marginRight = image.width() - 1 - right;
        QVERIFY2(std::abs(marginLeft - marginRight) <= 3,
                 qPrintable(QStringLiteral("margins %1 and %2").arg(marginLeft).arg(marginRight)));
    }

    // The delegate keeps the state colours of the palette it last painted
    // with: a cell painted after a switch to another palette (a dark desktop
    // theme) must look as a fresh delegate paints it with that palette.
    void stateColoursFollowThePalette()
    {
        QStandardItemModel model(1, 2);
        const QModelIndex state = model.index(0, int(SessionColumn::State));
        model.setData(state, QStringLiteral("Active"), Qt::DisplayRole);
        model.setData(state, int(BillForward::SessionState::Active), SessionTableModel::StateKindRole);
        model.setData(state, true, SessionTableModel::RecentlyChangedRole);
        QTableView table;
        table.setModel(&model);

        const auto render = [&](const SessionItemDelegate &delegate, const QPalette &palette) {
            QStyleOptionViewItem option;
            option.initFrom(&table);
            option.widget = &table;
            option.palette = palette;
            option.rect = QRect(0, 0, 120, 22);
            option.state = QStyle::State_Enabled | QStyle::State_Active;
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, state);
            return image;
        };
        const QPalette light = QApplication::palette();
        const QPalette dark = PaletteColors::darkDesktopExample();
        SessionItemDelegate reused;
        const QImage lightCell = render(reused, light);
        const QImage darkCell = render(reused, dark);
        QVERIFY(lightCell != darkCell);
        SessionItemDelegate fresh;
        QCOMPARE(darkCell, render(fresh, dark));
        QCOMPARE(render(reused, light), lightCell);
    }

    // An active row the radar flags shows a warning sign (orange) where
    // the running sign (green) was; the tooltip says why (the model's).
    void flaggedRowsShowTheAttentionIcon()
    {
        QStandardItemModel model(2, 1);
        for (int row = 0; row < 2; ++row) {
            const QModelIndex state = model.index(row, int(SessionColumn::State));
            model.setData(state, QStringLiteral("Active"), Qt::DisplayRole);
            model.setData(state, int(BillForward::SessionState::Active), SessionTableModel::StateKindRole);
        }
        model.setData(model.index(1, 0), 1, SessionTableModel::AttentionReasonRole);
        QTableView table;
        table.setModel(&model);
        SessionItemDelegate delegate;
        const auto render = [&](int row) {
            QStyleOptionViewItem option;
            option.initFrom(&table);
            option.widget = &table;
            option.rect = QRect(0, 0, 120, 22);
            option.state = QStyle::State_Enabled | QStyle::State_Active;
            QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            delegate.paint(&painter, option, model.index(row, 0));
            return image;
        };
        const auto orangePixels = [](const QImage &image) {
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() > 140 && c.green() < 120 && c.blue() < 60)
                        ++count;
                }
            }
            return count;
        };
        const QImage plain = render(0);
        const QImage flagged = render(1);
        QCOMPARE(orangePixels(plain), 0);
        QVERIFY2(orangePixels(flagged) > 10, qPrintable(QString::number(orangePixels(flagged))));
    }
};

QTEST_MAIN(TestSessionItemDelegate)
#include "tst_sessionitemdelegate.moc"
