// PaletteColors' WCAG arithmetic against published figures, so that every
// contrast check built on it (tst_dialogs) measures what WCAG 2 measures.

#include "ui/widgets/palettecolors.h"

#include <QTest>

#include <cmath>

namespace {

QColor hex(QRgb rgb)
{
    return QColor::fromRgb(rgb);
}

} // namespace

class tst_PaletteColors : public QObject
{
    Q_OBJECT

private slots:
    // Relative luminance as WCAG 2 defines it (sRGB, linearised).
    void luminanceMatchesWcag_data()
    {
        QTest::addColumn<QColor>("colour");
        QTest::addColumn<double>("expected");
        QTest::newRow("black") << hex(0x000000) << 0.0;
        QTest::newRow("white") << hex(0xffffff) << 1.0;
        QTest::newRow("#808080") << hex(0x808080) << 0.2159;
        QTest::newRow("pure red") << hex(0xff0000) << 0.2126;
        QTest::newRow("pure green") << hex(0x00ff00) << 0.7152;
        QTest::newRow("pure blue") << hex(0x0000ff) << 0.0722;
    }
    void luminanceMatchesWcag()
    {
        QFETCH(QColor, colour);
        QFETCH(double, expected);
        const double actual = PaletteColors::luminance(colour);
        QVERIFY2(std::abs(actual - expected) < 0.0005, qPrintable(QString::number(actual, 'f', 5)));
    }

    // Ratios as WCAG's own examples and the usual checkers (WebAIM) give them.
    void contrastMatchesPublishedPairs_data()
    {
        QTest::addColumn<QColor>("text");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << hex(0x000000) << hex(0xffffff) << 21.0;
        QTest::newRow("white on black") << hex(0xffffff) << hex(0x000000) << 21.0;
        QTest::newRow("white on white") << hex(0xffffff) << hex(0xffffff) << 1.0;
        QTest::newRow("#777777 on white") << hex(0x777777) << hex(0xffffff) << 4.48;
        QTest::newRow("#767676 on white") << hex(0x767676) << hex(0xffffff) << 4.54;
        QTest::newRow("#595959 on white") << hex(0x595959) << hex(0xffffff) << 7.00;
        QTest::newRow("#0000ff on white") << hex(0x0000ff) << hex(0xffffff) << 8.59;
        QTest::newRow("#ff0000 on white") << hex(0xff0000) << hex(0xffffff) << 4.00;
        QTest::newRow("#008000 on white") << hex(0x008000) << hex(0xffffff) << 5.14;
        QTest::newRow("#808080 on black") << hex(0x808080) << hex(0x000000) << 5.32;
    }
    void contrastMatchesPublishedPairs()
    {
        QFETCH(QColor, text);
        QFETCH(QColor, background);
        QFETCH(double, expected);
        const double actual = PaletteColors::contrast(text, background);
        QVERIFY2(std::abs(actual - expected) < 0.01, qPrintable(QString::number(actual, 'f', 3)));
        QCOMPARE(PaletteColors::contrast(background, text), actual); // the order does not matter
    }

    // WCAG's AA line for body text falls between these two greys.
    void minimumIsWcagAaForText()
    {
        QCOMPARE(PaletteColors::MinimumTextContrast, 4.5);
        QVERIFY(PaletteColors::contrast(hex(0x767676), hex(0xffffff)) >= PaletteColors::MinimumTextContrast);
        QVERIFY(PaletteColors::contrast(hex(0x777777), hex(0xffffff)) < PaletteColors::MinimumTextContrast);
    }
};

QTEST_GUILESS_MAIN(tst_PaletteColors)
#include "tst_palettecolors.moc"
