#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace BillForward { struct UsageSession; }

// How long a session may run before it needs attention: a limit per
// pricing component, else per unit, else the default. Set by the user per
// connection (AttentionLimitsStore keeps them).
struct AttentionLimits
{
    Q_DECLARE_TR_FUNCTIONS(AttentionLimits)

public:
    static constexpr qint64 DefaultLimitMs = 24LL * 60 * 60 * 1000;

    qint64 defaultMs = DefaultLimitMs;
    QHash<QString, qint64> perUnit;             // by `uom`
    QHash<QString, qint64> perPricingComponent; // by name, else ID

    // The component's limit (looked up by its name, then by its ID), else
    // the unit's, else the default.
    qint64 limitFor(const BillForward::UsageSession &session) const;
    // `appliesTo` (when given) gets the unit or component the limit is set
    // for, empty for the default.
    qint64 limitFor(const QString &componentName, const QString &componentId, const QString &uom,
                    QString *appliesTo = nullptr) const;

    // The text form, one entry per comma or line: `default: 24 h`,
    // `UNIT: DURATION` for a unit, `pc:NAME: DURATION` for a pricing
    // component (by name or ID), e.g. "minutes: 8 h, seats: 31 d". A name
    // may hold colons (the duration follows the last one) but no comma.
    // fromText() leaves entries not named at their defaults; on an error it
    // returns false and sets `error` (translated: which entry, what to do).
    static bool fromText(const QString &text, AttentionLimits *limits, QString *error);
    QString toText() const; // default first, then units, then components, each sorted

    friend bool operator==(const AttentionLimits &a, const AttentionLimits &b)
    {
        return a.defaultMs == b.defaultMs && a.perUnit == b.perUnit && a.perPricingComponent == b.perPricingComponent;
    }
    friend bool operator!=(const AttentionLimits &a, const AttentionLimits &b) { return !(a == b); }
};
