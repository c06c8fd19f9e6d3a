#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <limits>
#include <optional>

// A span of time a clerk asks about, as a bill counts it: "this month",
// "last month", or a fixed range. A relative period is kept as such (a
// saved view of "this month" moves on with the calendar) and resolved to
// instants at each use, in local time. Every period is half-open:
// [from, to).
//
// Text form (the filter language, saved views, the CLI's --between):
// `today`, `yesterday`, `this-week`, `last-week` (weeks start on Monday),
// `this-month`, `last-month`, `this-year`, `last-year`; `2026-11` (a
// month), `2026-11-03` (a day); or `FROM..TO` where each end is a date
// (the local day's start, LocalDay: 00:00 or after a DST gap), a local
// date and time `2026-11-03T08:00[:00]`, or an instant with `Z` or an
// offset; either end may be left out (open).
class Period
{
    Q_DECLARE_TR_FUNCTIONS(Period)

public:
    enum class Kind { None, Today, Yesterday, ThisWeek, LastWeek, ThisMonth, LastMonth, ThisYear, LastYear, Range };

    // UTC ms; an open end is the lowest or highest qint64.
    struct Bounds
    {
        qint64 fromUtcMs = std::numeric_limits<qint64>::min();
        qint64 toUtcMs = std::numeric_limits<qint64>::max();
        friend bool operator==(const Bounds &a, const Bounds &b) { return a.fromUtcMs == b.fromUtcMs && a.toUtcMs == b.toUtcMs; }
    };

    Period() = default; // None: no restriction
    static Period relative(Kind kind);
    // [from, to); an invalid QDateTime is an open end.
    static Period range(const QDateTime &from, const QDateTime &to);
    // Whole local days, both included: [first 00:00, last + 1 day 00:00).
    static Period days(QDate first, QDate last);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    bool isRelative() const { return m_kind != Kind::None && m_kind != Kind::Range; }
    QDateTime rangeFrom() const { return m_from; }
    QDateTime rangeTo() const { return m_to; }

    // The instants at `now` (local time): "this month" is the month `now` is in.
    Bounds resolve(const QDateTime &now = QDateTime::currentDateTime()) const;
    // The same as whole local days (the picker's), when both ends are
    // local day starts: last is the day before `to`. Null dates otherwise
    // or for an open end.
    QDate firstDay(const QDateTime &now = QDateTime::currentDateTime()) const;
    QDate lastDay(const QDateTime &now = QDateTime::currentDateTime()) const;

    // The text form above (not translated); "" for None.
    QString text() const;
    // nullopt with `error` (translated, says what to type) when `text` is
    // not one; an empty text is None.
    static std::optional<Period> parse(QStringView text, QString *error = nullptr);
    // For people: "this month", "1 Nov 2026 – 30 Nov 2026" (days
    // inclusive), in the locale's (or ISO 8601) dates.
    QString label() const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_from == b.m_from && a.m_to == b.m_to;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }

private:
    Kind m_kind = Kind::None;
    QDateTime m_from; // Range only
    QDateTime m_to;
};
