#include "sessions/timeterm.h"

#include "radar/durationtext.h"

std::optional<TimeTerm::DurationRange> TimeTerm::parseDuration(QStringView value, QString *error)
{
    const QStringView trimmed = value.trimmed();
    const auto refuse = [&](const QString &message) -> std::optional<DurationRange> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const bool over = trimmed.startsWith(QLatin1Char('>'));
    const bool under = trimmed.startsWith(QLatin1Char('<'));
    if (!over && !under) {
        return refuse(tr("“%1” has no comparison: write duration:>8h for longer than 8 hours or "
                         "duration:<30m for shorter than 30 minutes.")
                          .arg(trimmed.toString()));
    }
    const bool orEqual = trimmed.size() > 1 && trimmed.at(1) == QLatin1Char('=');
    const QStringView amount = trimmed.mid(orEqual ? 2 : 1).trimmed();
    QString durationError;
    const qint64 ms = DurationText::parse(amount, &durationError);
    if (ms < 0)
        return refuse(durationError);
    DurationRange range;
    if (over)
        range.minMs = orEqual ? ms : ms + 1;
    else
        range.maxMs = orEqual ? ms : ms - 1;
    return range;
}

std::optional<Period> TimeTerm::parseEnded(QStringView value, QString *error)
{
    std::optional<Period> period = Period::parse(value, error);
    if (period && period->isNull()) { // setText drops empty values; kept for other callers
        if (error)
            *error = tr("Write the period the sessions ended in, such as ended:last-month or ended:2026-11.");
        return std::nullopt;
    }
    return period;
}

QString TimeTerm::problemOf(const SessionFilter::Term &term)
{
    QString error;
    if (term.field == SessionFilter::TermField::Duration && !parseDuration(term.value, &error))
        return error;
    if (term.field == SessionFilter::TermField::Ended && !parseEnded(term.value, &error))
        return error;
    return {};
}

bool TimeTerm::dependsOnNow(const SessionFilter::Term &term)
{
    if (term.field == SessionFilter::TermField::Duration)
        return true; // an active session's duration grows
    if (term.field == SessionFilter::TermField::Ended) {
        const std::optional<Period> period = parseEnded(term.value);
        return period && period->isRelative();
    }
    return false;
}
