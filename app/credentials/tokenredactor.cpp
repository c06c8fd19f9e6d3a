#include "credentials/tokenredactor.h"

#include <QList>

#include <algorithm>

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// One character of the text as a server meant it: "%41" is one 'A' spanning three.
struct Unit
{
    QChar character;
    qsizetype begin;
    qsizetype length;
};

QList<Unit> decodedUnits(const QString &text)
{
    QList<Unit> units;
    units.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('%') && i + 2 < text.size()) {
            const int high = hexValue(text.at(i + 1));
            const int low = hexValue(text.at(i + 2));
            if (high >= 0 && low >= 0) {
                units.append({QChar(char16_t(high * 16 + low)).toLower(), i, 3});
                i += 3;
                continue;
            }
        }
        units.append({text.at(i).toLower(), i, 1});
        ++i;
    }
    return units;
}

} // namespace

TokenRedactor::TokenRedactor(const QByteArray &token)
    : m_token(QString::fromUtf8(token).toLower())
{
    m_minPiece = std::min<int>(MinPiece, int(m_token.size()));
}

QString TokenRedactor::redact(const QString &text) const
{
    if (m_token.isEmpty() || text.size() < m_minPiece)
        return text;
    const QList<Unit> units = decodedUnits(text);
    const qsizetype n = units.size();
    const qsizetype m = m_token.size();
    // run[k]: length of the common run starting at units[i] and m_token[k],
    // computed from the end of the text backwards (longest common substring).
    QList<int> run(m + 1, 0);
    QList<int> next(m + 1, 0);
    QList<bool> masked(n, false);
    int maskUntil = -1; // index of the unit up to which a piece found later covers
    QList<int> longest(n, 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        int best = 0;
        for (qsizetype k = m - 1; k >= 0; --k) {
            run[k] = units.at(i).character == m_token.at(k) ? next[k + 1] + 1 : 0;
            best = std::max(best, run[k]);
        }
        std::swap(run, next);
        longest[i] = best;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (longest.at(i) >= m_minPiece)
            maskUntil = std::max<int>(maskUntil, int(i + longest.at(i) - 1));
        if (i <= maskUntil)
            masked[i] = true;
    }
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < n;) {
        if (!masked.at(i)) {
            out += text.mid(units.at(i).begin, units.at(i).length);
            ++i;
            continue;
        }
        out += QStringLiteral("[token]");
        while (i < n && masked.at(i))
            ++i;
    }
    return out;
}
