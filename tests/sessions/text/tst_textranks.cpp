#include "sessions/text/textcollation.h"
#include "sessions/text/textranks.h"

#include <QCollator>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

// Ranks must be exactly what sorting by comparison gives: the radix paths
// (simple characters by primary weight, ICU sort keys, bytes) are only
// faster ways to the same order.
class TstTextRanks : public QObject
{
    Q_OBJECT

private:
    // Texts drawn from `alphabet`, many sharing prefixes and differing only
    // in case or accents, so every tie-breaking path is taken.
    static QStringList randomTexts(const QString &alphabet, int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        QStringList texts;
        texts.reserve(count);
        const QStringList prefixes{QStringLiteral("Generated load session "), QStringLiteral("generated Load "),
                                   QString(), QStringLiteral("a"), QStringLiteral("A")};
        for (int i = 0; i < count; ++i) {
            QString text = prefixes[random.bounded(int(prefixes.size()))];
            const int length = random.bounded(7);
            for (int c = 0; c < length; ++c)
                text += alphabet[random.bounded(int(alphabet.size()))];
            texts << text;
            if (i > 0 && random.bounded(10) == 0) // repeats and case twins
                texts.last() = random.bounded(2) ? texts[random.bounded(i)] : texts[random.bounded(i)].toUpper();
        }
        return texts;
    }

    // Ranks from a comparison sort: the reference.
    template<typename Compare>
    static std::vector<quint32> referenceRanks(const QStringList &texts, Compare compare)
    {
        std::vector<int> order(size_t(texts.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return compare(texts[a], texts[b]) < 0; });
        std::vector<quint32> ranks(order.size());
        quint32 rank = 0;
        for (size_t i = 0; i < order.size(); ++i) {
            if (i > 0 && compare(texts[order[i - 1]], texts[order[i]]) != 0)
                ++rank;
            ranks[size_t(order[i])] = rank;
        }
        return ranks;
    }

    static QString firstDifference(const QStringList &texts, const std::vector<quint32> &got,
                                   const std::vector<quint32> &expected)
    {
        for (size_t i = 0; i < got.size(); ++i) {
            if (got[i] != expected[i])
                return QStringLiteral("row %1 \"%2\": rank %3, expected %4").arg(i).arg(texts[int(i)]).arg(got[i]).arg(expected[i]);
        }
        return QString();
    }

    static QString asciiAlphabet() { return QStringLiteral("abcABC xyz-_.,09'!"); }
    static QString latinAlphabet() { return asciiAlphabet() + QStringLiteral("\u00e4\u00c4\u00e9\u00f6\u00fc\u00e5\u00f8\u00e6\u00df\u00b7\u00ad"); }
    static QString worldAlphabet()
    {
        return latinAlphabet() + QStringLiteral("\u0394\u03b1\u0436\u4e2d\u6587\u0301\U0001F600\u0063\u0068");
    }

private slots:
    void collatedMatchesComparing_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("alphabet");
        QTest::addColumn<int>("count");
        // Which path each row takes depends on how many texts hold
        // characters beyond the simple ones.
        const QStringList locales{QStringLiteral("en_US"), QStringLiteral("de_DE"), QStringLiteral("sv_SE"),
                                  QStringLiteral("da_DK"), QStringLiteral("cs_CZ"), QStringLiteral("fr_FR"),
                                  QStringLiteral("C")};
        for (const QString &locale : locales) {
            QTest::addRow("%s ascii", qPrintable(locale)) << locale << asciiAlphabet() << 3000;
            QTest::addRow("%s latin-1", qPrintable(locale)) << locale << latinAlphabet() << 3000;
            QTest::addRow("%s world", qPrintable(locale)) << locale << worldAlphabet() << 3000;
        }
        QTest::addRow("en_US ascii, big enough for two threads") << QStringLiteral("en_US") << asciiAlphabet() << 120000;
        QTest::addRow("de_DE world, big enough for two threads") << QStringLiteral("de_DE") << worldAlphabet() << 120000;
    }

    void collatedMatchesComparing()
    {
        QFETCH(QString, locale);
        QFETCH(QString, alphabet);
        QFETCH(int, count);
        const TextCollation collation{QLocale(locale)};
        QStringList texts = randomTexts(alphabet, count, 42);
        // A few others among many simple texts: the merge path. Some are
        // the first text of a thread's part, the rest of which then stands
        // for rows not counted from the part's first.
        if (alphabet != worldAlphabet())
            texts << QStringLiteral("\u4e2d") << QStringLiteral("Generated \u0394") << QStringLiteral("a\u0301");
        texts[0] = QStringLiteral("\u0394 first");
        texts[texts.size() / 2] = QStringLiteral("\u0394 middle");
        const auto compare = [&](const QString &a, const QString &b) { return collation.compare(a, b); };
        const std::vector<quint32> expected = referenceRanks(texts, compare);
        const std::vector<quint32> got = TextRanks::collated(int(texts.size()), [&](int row) { return QStringView(texts[row]); }, collation);
        QCOMPARE(got.size(), expected.size());
        QVERIFY2(got == expected, qPrintable(firstDifference(texts, got, expected)));
    }

    void collationAgreesWithQCollator_data()
    {
        QTest::addColumn<QString>("locale");
        for (const char *locale : {"en_US", "de_DE", "sv_SE", "cs_CZ", "fr_FR"})
            QTest::newRow(locale) << QString::fromLatin1(locale);
    }

    // The view orders by TextCollation; what users know from other Qt
    // programs is QCollator's order: the two must not differ.
    void collationAgreesWithQCollator()
    {
        QFETCH(QString, locale);
        const TextCollation collation{QLocale(locale)};
        const QCollator qtCollator{QLocale(locale)};
        const QStringList texts = randomTexts(worldAlphabet(), 400, 7);
        for (int i = 1; i < texts.size(); ++i) {
            const int ours = collation.compare(texts[i - 1], texts[i]);
            const int qts = qtCollator.compare(texts[i - 1], texts[i]);
            QVERIFY2((ours < 0) == (qts < 0) && (ours > 0) == (qts > 0),
                     qPrintable(QStringLiteral("\"%1\" vs \"%2\": %3, QCollator %4").arg(texts[i - 1], texts[i]).arg(ours).arg(qts)));
        }
    }

    void simpleCharacters()
    {
        const TextCollation english{QLocale(QStringLiteral("en_US"))};
        QVERIFY(english.primaryRank(u'a') != 0);
        QCOMPARE(english.primaryRank(u'A'), english.primaryRank(u'a'));
        QCOMPARE(english.primaryRank(u'\u00e4'), english.primaryRank(u'a')); // ä: a with an accent
        QVERIFY(english.primaryRank(u'0') < english.primaryRank(u'a'));
        QCOMPARE(english.primaryRank(u'\u00df'), quint8(0));  // ß: two weights (ss)
        QCOMPARE(english.primaryRank(u'\u00ad'), quint8(0));  // soft hyphen: no weight
        QCOMPARE(english.primaryRank(u'\u4e2d'), quint8(0));  // beyond Latin-1
        const TextCollation swedish{QLocale(QStringLiteral("sv_SE"))};
        QVERIFY(swedish.primaryRank(u'\u00e4') > swedish.primaryRank(u'z')); // ä is a letter of its own after z
        const TextCollation danish{QLocale(QStringLiteral("da_DK"))};
        QCOMPARE(danish.primaryRank(u'a'), quint8(0)); // "aa" is a contraction (å)
    }

    void ordinalMatchesQStringCompare_data()
    {
        QTest::addColumn<QString>("alphabet");
        QTest::addColumn<int>("count");
        QTest::newRow("latin-1") << latinAlphabet() << 5000;
        QTest::newRow("latin-1 with NULs") << (latinAlphabet() + QChar(0)) << 5000;
        QTest::newRow("beyond latin-1") << (worldAlphabet() + QChar(0)) << 5000;
        QTest::newRow("two threads") << asciiAlphabet() << 150000;
    }

    void ordinalMatchesQStringCompare()
    {
        QFETCH(QString, alphabet);
        QFETCH(int, count);
        const QStringList texts = randomTexts(alphabet, count, 1234);
        const auto compare = [](const QString &a, const QString &b) {
            const int c = QString::compare(a, b, Qt::CaseSensitive);
            return c < 0 ? -1 : (c > 0 ? 1 : 0);
        };
        const std::vector<quint32> expected = referenceRanks(texts, compare);
        const std::vector<quint32> got = TextRanks::ordinal(int(texts.size()), [&](int row) { return QStringView(texts[row]); });
        QVERIFY2(got == expected, qPrintable(firstDifference(texts, got, expected)));
    }

    // The order itself, which a one-column sort takes as it is: ranks
    // ascending, equal texts by row, groups starting exactly where the
    // text changes.
    void orderIsRanksWithTiesByRow_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one thread") << 5000;
        QTest::newRow("two threads") << 150000;
    }

    void orderIsRanksWithTiesByRow()
    {
        QFETCH(int, count);
        const QStringList texts = randomTexts(latinAlphabet(), count, 99);
        const auto textOf = [&](int row) { return QStringView(texts[row]); };
        const TextRanks::Order order = TextRanks::ordinalOrder(count, textOf);
        QCOMPARE(order.rows.size(), size_t(count));
        QCOMPARE(order.startsGroup.size(), size_t(count));
        const std::vector<quint32> ranks = TextRanks::ranks(order, count);
        std::vector<int> seen(size_t(count), 0);
        for (size_t i = 0; i < order.rows.size(); ++i) {
            const int row = order.rows[i];
            ++seen[size_t(row)];
            if (i == 0)
                continue;
            const int previous = order.rows[i - 1];
            const bool sameText = texts[previous] == texts[row];
            QCOMPARE(bool(order.startsGroup[i]), !sameText);
            QVERIFY2(sameText ? previous < row : ranks[size_t(previous)] < ranks[size_t(row)],
                     qPrintable(QStringLiteral("\"%1\" (row %2) before \"%3\" (row %4)")
                                    .arg(texts[previous]).arg(previous).arg(texts[row]).arg(row)));
        }
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
    }

    void empty()
    {
        const TextCollation collation;
        QVERIFY(TextRanks::collated(0, [](int) { return QStringView(); }, collation).empty());
        QVERIFY(TextRanks::ordinal(0, [](int) { return QStringView(); }).empty());
    }
};

QTEST_GUILESS_MAIN(TstTextRanks)
#include "tst_textranks.moc"
