#include "radar/attention.h"

#include "radar/durationtext.h"

QString Attention::text() const
{
    const QString runTime = DurationText::forPeople(pastLimitMs + limitMs);
    switch (reason) {
    case Reason::None:
        break;
    case Reason::OverLimit:
        if (limitName.isEmpty())
            return tr("Running %1, %2 past its limit of %3")
                .arg(runTime, DurationText::forPeople(pastLimitMs), DurationText::forPeople(limitMs));
        return tr("Running %1, %2 past its limit of %3 for %4")
            .arg(runTime, DurationText::forPeople(pastLimitMs), DurationText::forPeople(limitMs), limitName);
    case Reason::OverPercentile:
        return tr("Running %1, longer than 99 % of %Ln ended %2 sessions (99 % ended within %3)", "", sampleSize)
            .arg(runTime, componentName, DurationText::forPeople(limitMs));
    case Reason::FutureStart:
        return tr("Starts %1 from now: check the device's clock").arg(DurationText::forPeople(pastLimitMs));
    }
    return {};
}

QString Attention::shortText() const
{
    switch (reason) {
    case Reason::None:
        break;
    case Reason::OverLimit:
        return tr("%1 past limit").arg(DurationText::forPeople(pastLimitMs));
    case Reason::OverPercentile:
        return tr("Longer than 99 % of %1").arg(componentName);
    case Reason::FutureStart:
        return tr("Starts in %1").arg(DurationText::forPeople(pastLimitMs));
    }
    return {};
}
