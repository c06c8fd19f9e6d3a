#pragma once

#include <QString>

// The columns of the sessions table, one per contract field (plus the
// derived duration), in their default order.
enum class SessionColumn : int {
    State,
    SessionId,
    Uom,
    PricingComponentName,
    PricingComponentId,
    Start,
    Stop,
    Duration,   // uduration for historic sessions; elapsed time for active ones
    Sessionix,
    Description,
    SubscriptionId,
    OrganizationId,
    Created,
    ChangedBy,
    Count
};

inline constexpr int SessionColumnCount = int(SessionColumn::Count);

// The wire's JSON name of a column ("sessionID", "start"...); "uduration" for Duration.
QString jsonNameOf(SessionColumn column);
