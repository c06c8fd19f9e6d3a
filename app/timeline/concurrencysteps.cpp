#include "timeline/concurrencysteps.h"

// Placeholder until the concurrency strip lands: no steps.
ConcurrencySteps ConcurrencySteps::of(const SessionStore &, const SessionView &, qint64)
{
    return {};
}

int ConcurrencySteps::countAt(qint64) const
{
    return 0;
}

int ConcurrencySteps::maximumIn(qint64, qint64) const
{
    return 0;
}
