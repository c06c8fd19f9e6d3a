#pragma once

#include <QString>

#include <optional>

// The columns of the sessions table, one per contract field (plus the
// derived duration and the radar's verdict), in their default order. New
// columns go last: saved header states and sort keys name columns by
// position and by jsonNameOf().
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
    Attention,  // why an active session needs attention (app/radar); sorted by how far past its limit
    Count
};

inline constexpr int SessionColumnCount = int(SessionColumn::Count);

// The wire's JSON name of a column ("sessionID", "start"...); "uduration" for Duration.
QString jsonNameOf(SessionColumn column);
// The column of a JSON name; nullopt for one this version does not know.
std::optional<SessionColumn> columnOfJsonName(const QString &name);
