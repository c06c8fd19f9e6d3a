#include "sessions/period.h"

#include "sessions/displayformat.h"
#include "sessions/localday.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

struct Name { const char *text; Period::Kind kind; };
constexpr Name RelativeNames[] = {
    {"today", Period::Kind::Today},         {"yesterday", Period::Kind::Yesterday},
    {"this-week", Period::Kind::ThisWeek},  {"last-week", Period::Kind::LastWeek},
    {"this-month", Period::Kind::ThisMonth}, {"last-month", Period::Kind::LastMonth},
    {"this-year", Period::Kind::ThisYear},  {"last-year", Period::Kind::LastYear},
};

// One end of a range: a date (the local day's start), a local date and
// time, or an instant with Z or an offset; nullopt when it is none of
// them. `skipped` is set for a local time the clock jumps over (DST).
std::optional<QDateTime> parseEnd(QStringView text, bool *skipped)
{
    static const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString s = text.toString();
    if (date.match(s).hasMatch()) {
        const QDate day = QDate::fromString(s, Qt::ISODate);
        return day.isValid() ? std::optional(LocalDay::start(day)) : std::nullopt;
    }
    if (dateTime.match(s).hasMatch()) {
        QString iso = s;
        iso[10] = QLatin1Char('T');
        const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (time.isValid())
            return time;
        // A real date and clock time that is still invalid: local, in a DST gap.
        const QDate day = QDate::fromString(iso.left(10), Qt::ISODate);
        const QTime clock = QTime::fromString(iso.mid(11), Qt::ISODateWithMs); // no zone: local
        if (skipped && day.isValid() && clock.isValid())
            *skipped = true;
    }
    return std::nullopt;
}

QString endText(const QDateTime &time)
{
    if (LocalDay::isStart(time))
        return time.date().toString(Qt::ISODate);
    if (time.timeSpec() == Qt::LocalTime)
        return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return time.toString(Qt::ISODate);
}

QString dayLabel(QDate day)
{
    return DisplayFormat::isIso8601() ? day.toString(Qt::ISODate) : QLocale().toString(day, QLocale::ShortFormat);
}

QString endLabel(const QDateTime &time)
{
    return LocalDay::isStart(time) ? dayLabel(time.date()) : DisplayFormat::dateTime(time);
}

} // namespace

Period Period::relative(Kind kind)
{
    Period period;
    period.m_kind = kind == Kind::Range ? Kind::None : kind;
    return period;
}

Period Period::range(const QDateTime &from, const QDateTime &to)
{
    Period period;
    period.m_kind = Kind::Range;
    period.m_from = from;
    period.m_to = to;
    return period;
}

Period Period::days(QDate first, QDate last)
{
    return range(first.isValid() ? LocalDay::start(first) : QDateTime(),
                 last.isValid() ? LocalDay::start(last.addDays(1)) : QDateTime());
}

Period::Bounds Period::resolve(const QDateTime &now) const
{
    const QDate today = now.toLocalTime().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate firstOfYear(today.year(), 1, 1);
    QDate from;
    QDate to;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Range: {
        Bounds bounds;
        if (m_from.isValid())
            bounds.fromUtcMs = m_from.toMSecsSinceEpoch();
        if (m_to.isValid())
            bounds.toUtcMs = m_to.toMSecsSinceEpoch();
        return bounds;
    }
    case Kind::Today: from = today; to = today.addDays(1); break;
    case Kind::Yesterday: from = today.addDays(-1); to = today; break;
    case Kind::ThisWeek: from = monday; to = monday.addDays(7); break;
    case Kind::LastWeek: from = monday.addDays(-7); to = monday; break;
    case Kind::ThisMonth: from = firstOfMonth; to = firstOfMonth.addMonths(1); break;
    case Kind::LastMonth: from = firstOfMonth.addMonths(-1); to = firstOfMonth; break;
    case Kind::ThisYear: from = firstOfYear; to = firstOfYear.addYears(1); break;
    case Kind::LastYear: from = firstOfYear.addYears(-1); to = firstOfYear; break;
    }
    return {LocalDay::start(from).toMSecsSinceEpoch(), LocalDay::start(to).toMSecsSinceEpoch()};
}

QDate Period::firstDay(const QDateTime &now) const
{
    if (m_kind == Kind::None)
        return {};
    if (m_kind == Kind::Range)
        return LocalDay::isStart(m_from) && (LocalDay::isStart(m_to) || !m_to.isValid()) ? m_from.date() : QDate();
    return QDateTime::fromMSecsSinceEpoch(resolve(now).fromUtcMs).date();
}

QDate Period::lastDay(const QDateTime &now) const
{
    if (m_kind == Kind::None)
        return {};
    if (m_kind == Kind::Range)
        return LocalDay::isStart(m_to) && (LocalDay::isStart(m_from) || !m_from.isValid()) ? m_to.date().addDays(-1) : QDate();
    return QDateTime::fromMSecsSinceEpoch(resolve(now).toUtcMs).date().addDays(-1);
}

QString Period::text() const
{
    if (m_kind == Kind::None)
        return {};
    if (m_kind == Kind::Range) {
        return (m_from.isValid() ? endText(m_from) : QString()) + QStringLiteral("..")
            + (m_to.isValid() ? endText(m_to) : QString());
    }
    for (const Name &name : RelativeNames) {
        if (name.kind == m_kind)
            return QLatin1String(name.text);
    }
    return {};
}

std::optional<Period> Period::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Period();
    for (const Name &name : RelativeNames) {
        if (trimmed.compare(QLatin1String(name.text), Qt::CaseInsensitive) == 0)
            return relative(name.kind);
    }
    const auto refuse = [&](const QString &message) -> std::optional<Period> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString notAPeriod =
        tr("“%1” is not a period. Write a range such as 2026-11-01..2026-12-01 (the end not included), "
           "a month such as 2026-11, a day, or one of this-month, last-month, this-week, today.")
            .arg(trimmed.toString());

    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch monthMatch = month.match(trimmed.toString());
    if (monthMatch.hasMatch()) {
        const QDate first(monthMatch.captured(1).toInt(), monthMatch.captured(2).toInt(), 1);
        if (!first.isValid())
            return refuse(notAPeriod);
        return range(LocalDay::start(first), LocalDay::start(first.addMonths(1)));
    }
    const qsizetype dots = trimmed.indexOf(QLatin1String(".."));
    if (dots < 0) {
        const std::optional<QDateTime> day = parseEnd(trimmed, nullptr);
        if (!day || !LocalDay::isStart(*day))
            return refuse(notAPeriod);
        return days(day->date(), day->date());
    }
    const QStringView fromText = trimmed.left(dots).trimmed();
    const QStringView toText = trimmed.mid(dots + 2).trimmed();
    if (fromText.isEmpty() && toText.isEmpty())
        return refuse(notAPeriod);
    // An end left out is open: Period::range() takes that as an invalid QDateTime.
    bool skipped = false;
    const std::optional<QDateTime> from = fromText.isEmpty() ? std::optional(QDateTime()) : parseEnd(fromText, &skipped);
    const std::optional<QDateTime> to = toText.isEmpty() ? std::optional(QDateTime()) : parseEnd(toText, &skipped);
    if (skipped) {
        return refuse(tr("“%1” names a local time that does not exist: the clock skips it when daylight "
                         "saving time starts. Write a time after the jump, or a date alone for the whole day.")
                          .arg(trimmed.toString()));
    }
    if (!from || !to)
        return refuse(notAPeriod);
    if (from->isValid() && to->isValid() && *to <= *from) {
        return refuse(tr("The period “%1” ends before it starts, or where it starts: its end is not "
                         "included, so write a later end.")
                          .arg(trimmed.toString()));
    }
    return range(*from, *to);
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::None: return tr("any time");
    case Kind::Today: return tr("today");
    case Kind::Yesterday: return tr("yesterday");
    case Kind::ThisWeek: return tr("this week");
    case Kind::LastWeek: return tr("last week");
    case Kind::ThisMonth: return tr("this month");
    case Kind::LastMonth: return tr("last month");
    case Kind::ThisYear: return tr("this year");
    case Kind::LastYear: return tr("last year");
    case Kind::Range: break;
    }
    const QDate first = firstDay();
    const QDate last = lastDay();
    if (first.isValid() && last.isValid())
        return first == last ? dayLabel(first) : tr("%1 – %2").arg(dayLabel(first), dayLabel(last));
    if (!m_to.isValid())
        return tr("from %1").arg(endLabel(m_from));
    if (!m_from.isValid())
        return tr("before %1").arg(endLabel(m_to));
    return tr("%1 – before %2").arg(endLabel(m_from), endLabel(m_to));
}
