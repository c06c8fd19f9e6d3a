#pragma once

#include "api/apierror.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// What became of one start or stop batch, item by item.
struct ActionResult
{
    Q_DECLARE_TR_FUNCTIONS(ActionResult)

public:
    enum class Action { Start, Stop };
    enum class Status {
        Succeeded, // the server applied the batch
        Failed,    // the server refused it or it never reached the server: nothing applied
        Reconciled // the answer was lost; each item's outcome was asked of the server
    };
    enum class ItemOutcome { TookEffect, DidNotTakeEffect, Unknown };

    struct Item
    {
        BillForward::UsageSession requested; // as asked (a stop's start, naming the use meant, is not sent)
        ItemOutcome outcome = ItemOutcome::Unknown;
        QString problem;                     // the field the server named (e.g. "uom"), when it named this item
    };

    int id = 0;
    Action action = Action::Start;
    Status status = Status::Failed;
    BillForward::ApiError error;             // Failed, or the lost answer of Reconciled
    QList<Item> items;                       // one per batch item, in batch order
    QString organizationId;                  // the batch's organizationID (empty: none was sent)
    QList<BillForward::UsageSession> affected; // sessions as the server now has them (update the store with these)
    BillForward::Timestamp sentAt = BillForward::NoTimestamp;

    // Batch indices the server's errorParameters named (empty: the whole batch).
    QList<int> failingIndices() const;
    int count(ItemOutcome outcome) const;
    // "start" / "stop".
    static QString actionKey(Action action);
    static QString outcomeKey(ItemOutcome outcome); // "took-effect", ...
    static QString outcomeText(ItemOutcome outcome); // translated
    // One or two translated sentences for a status bar or a message box.
    QString summary() const;
};

Q_DECLARE_METATYPE(ActionResult)
