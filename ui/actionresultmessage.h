#pragma once

#include "actions/actionresult.h"

#include <QCoreApplication>
#include <QString>

// What the window tells the user when a start or stop is answered: a status
// line for a plain success, a dialog for a refusal (which sessions the
// server named) and for a lost answer (what took effect, item by item).
struct ActionResultMessage
{
    Q_DECLARE_TR_FUNCTIONS(ActionResultMessage)

public:
    enum class Severity { Success, Warning, Failure };

    Severity severity = Severity::Success;
    QString title;
    QString text;    // one or two sentences
    QString details; // the sessions concerned, one per line; may be empty
    // A refused stop: the same request without the items the server named,
    // offered to the user (never sent on its own). Empty when none is offered.
    BillForward::SessionBatch resend;

    bool needsDialog() const { return severity != Severity::Success; }
    bool offersResend() const { return !resend.usageSessions.isEmpty(); }
    // The button that offers `resend`.
    static QString resendButtonText();

    static ActionResultMessage of(const ActionResult &result);
    // "kiosk-17 (minutes)"
    static QString sessionLabel(const BillForward::UsageSession &session);
};
