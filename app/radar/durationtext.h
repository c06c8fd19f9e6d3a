#pragma once

#include <QCoreApplication>
#include <QString>

// A duration as people type it in a limit and read it back: `90m`, `8h`,
// `3d`, `1d12h`, `31 d`, `1 h 30 min`. Shared by the app's attention limits
// and the CLI's `check --longer-than` / `--limit`.
//
// Grammar: one or more `NUMBER UNIT` pairs, spaces allowed anywhere between
// them; units `d`, `h`, `m` or `min`, `s` (case-insensitive), each at most
// once and largest first. A bare number has no unit and is refused (is `8`
// hours or minutes?). The total must be at least one second and at most
// MaxMs (100 years); milliseconds are not written.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static constexpr qint64 MaxMs = 100LL * 365 * 24 * 60 * 60 * 1000;

    // The duration in ms, or -1 with `error` (translated, says what to type)
    // set when `text` is not one.
    static qint64 parse(QStringView text, QString *error = nullptr);
    // The form parse() reads back, largest unit first, zero units left
    // out: "8 h", "31 d", "1 d 12 h", "1 h 30 min", "45 s". Below one
    // second: "0 s". Not translated: the same text works in any language
    // and on the command line.
    static QString format(qint64 ms);
    // For a sentence: the two largest units, rounded down, translated:
    // "3 d 2 h", "26 h", "5 min", "40 s".
    static QString forPeople(qint64 ms);
};
