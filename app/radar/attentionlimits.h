#pragma once

#include <QHash>
#include <QString>

namespace BillForward { struct UsageSession; }

// How long a session may run before it needs attention: a limit per
// pricing component, else per unit, else the default. Set by the user per
// connection.
struct AttentionLimits
{
    static constexpr qint64 DefaultLimitMs = 24LL * 60 * 60 * 1000;

    qint64 defaultMs = DefaultLimitMs;
    QHash<QString, qint64> perUnit;             // by `uom`
    QHash<QString, qint64> perPricingComponent; // by name, else ID

    qint64 limitFor(const BillForward::UsageSession &session) const;
};
