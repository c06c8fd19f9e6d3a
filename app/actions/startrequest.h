#pragma once

#include "wire/usagesession.h"

#include <QString>
#include <QStringList>

// What the Start session… form asks for: one session or several (one ID per
// line), all with the same subscription, pricing component and unit.
struct StartRequest
{
    QString subscriptionId;
    QStringList sessionIds; // as entered, one per line; see fromText()
    QString pricingComponentName;
    QString pricingComponentId;
    QString uom;
    QString description;
    QString organizationId;                                    // optional
    BillForward::Timestamp start = BillForward::NoTimestamp;   // NoTimestamp: now, by the server's clock

    // The lines of a multi-line field, without the blank lines that end it.
    static QStringList linesOf(const QString &text);
    // Trimmed IDs in entry order, blank lines dropped.
    QStringList cleanSessionIds() const;
    // The body of the start call: one item per session ID.
    BillForward::SessionBatch toBatch() const;
};
