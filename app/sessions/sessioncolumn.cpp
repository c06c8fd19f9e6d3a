#include "sessions/sessioncolumn.h"

QString jsonNameOf(SessionColumn column)
{
    switch (column) {
    case SessionColumn::State: return QStringLiteral("state");
    case SessionColumn::SessionId: return QStringLiteral("sessionID");
    case SessionColumn::Uom: return QStringLiteral("uom");
    case SessionColumn::PricingComponentName: return QStringLiteral("pricingComponentName");
    case SessionColumn::PricingComponentId: return QStringLiteral("pricingComponentID");
    case SessionColumn::Start: return QStringLiteral("start");
    case SessionColumn::Stop: return QStringLiteral("stop");
    case SessionColumn::Duration: return QStringLiteral("uduration");
    case SessionColumn::Sessionix: return QStringLiteral("sessionix");
    case SessionColumn::Description: return QStringLiteral("description");
    case SessionColumn::SubscriptionId: return QStringLiteral("subscriptionID");
    case SessionColumn::OrganizationId: return QStringLiteral("organizationID");
    case SessionColumn::Created: return QStringLiteral("created");
    case SessionColumn::ChangedBy: return QStringLiteral("changedBy");
    case SessionColumn::Attention: return QStringLiteral("attention"); // not a wire field
    case SessionColumn::Count: break;
    }
    return {};
}

std::optional<SessionColumn> columnOfJsonName(const QString &name)
{
    for (int c = 0; c < SessionColumnCount; ++c) {
        if (jsonNameOf(SessionColumn(c)) == name)
            return SessionColumn(c);
    }
    return std::nullopt;
}
