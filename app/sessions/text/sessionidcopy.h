#pragma once

#include <QString>

#include <functional>
#include <string>
#include <vector>

// Session IDs lower-cased, each followed by a NUL, back to back: a text
// filter scans them in one pass with memmem, where reading each ID's
// QString costs a cache miss. An ID that is not plain ASCII (or
// holds a NUL) is stored as NULs and tested the slow way. Built once, on
// two threads for a big store, and kept in step as rows are appended.
class SessionIdCopy
{
public:
    // Whether the copy holds exactly rows [0, rows).
    bool holds(int rows) const;
    // Copies the IDs of rows [0, rows); `idOf` is called from two threads
    // at once for big stores. Returns false (and holds nothing) when the
    // IDs are too long to copy (4 GB): filters then test every row slowly.
    bool build(int rows, const std::function<const QString &(int row)> &idOf);
    // The ID of the row after the last one held.
    void append(const QString &id);
    void clear();

    // Sets (*result)[row - firstRow] for the rows in [firstRow, endRow) to
    // 1 when the row's ID contains `foldedNeedle` (case-folded by
    // QString::toCaseFolded), 0 when it does not, 2 when the ID is not
    // plain ASCII and must be tested the slow way. Returns false when the
    // rows are not all held or the needle holds a NUL: test every row the
    // slow way.
    bool scan(QStringView foldedNeedle, int firstRow, int endRow, std::vector<quint8> *result) const;

    qint64 capacityBytes() const;

private:
    // A run of rows' IDs: rows [firstRow, firstRow + size()).
    struct Part
    {
        int firstRow = 0;
        std::string text;
        std::vector<quint32> ends; // where each row's ID (and its NUL) ends in `text`
        int size() const { return int(ends.size()); }
        size_t start(int i) const { return i == 0 ? 0 : ends[size_t(i - 1)]; }
        bool append(const QString &id); // false: past 4 GB
    };
    void buildPart(Part *part, int firstRow, int endRow, const std::function<const QString &(int row)> &idOf);
    static void scanPart(const Part &part, const std::string &needle, int firstRow, int endRow, quint8 *out);

    std::vector<Part> m_parts;
    bool m_tooLong = false;
};
