#pragma once

#include <QList>
#include <QString>

// The fields of the start and stop forms that a validator can mark.
enum class ActionField {
    Subscription,
    SessionIds,
    PricingComponent,
    Uom,
    Description,
    StartTime,
    Sessions,
    StopTime,
};

// One problem with the input, shown at the field it concerns.
struct FieldIssue
{
    ActionField field;
    QString message; // translated, one sentence

    friend bool operator==(const FieldIssue &a, const FieldIssue &b)
    {
        return a.field == b.field && a.message == b.message;
    }
};

using FieldIssues = QList<FieldIssue>;

inline bool hasIssue(const FieldIssues &issues, ActionField field)
{
    for (const FieldIssue &issue : issues) {
        if (issue.field == field)
            return true;
    }
    return false;
}
