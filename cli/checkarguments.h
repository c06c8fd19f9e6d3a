#pragma once

#include "radar/attentionlimits.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace BillForward {

// What `check` is asked to judge, from its command line: the subscriptions
// (named as arguments and read from --subscriptions-file) and the limits
// (--longer-than, --limit UNIT=DURATION, --component-limit
// COMPONENT=DURATION), durations read by the radar's DurationText as the
// app reads the ones the user types.
struct CheckArguments
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::CheckArguments)

public:
    QStringList subscriptionIds; // each once, in the order given
    AttentionLimits limits;
    int requestsInFlight = 4; // the sweep's ceiling, as a connection's default in the app

    struct Given
    {
        QStringList subscriptionIds;
        std::optional<QString> subscriptionsFile;
        std::optional<QString> longerThan;
        QStringList unitLimits;      // UNIT=DURATION each
        QStringList componentLimits; // COMPONENT=DURATION each
        std::optional<QString> requestsInFlight;
    };
    // Nothing, with `error` saying what to change, when the arguments are wrong.
    static std::optional<CheckArguments> parse(const Given &given, QString &error);
};

} // namespace BillForward
