#pragma once

#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One start or stop in the journal. An action is written twice: when sent
// (outcome "sent") and when its outcome is known, both lines sharing `id`.
// Holds no token.
struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)

public:
    QString id;
    QDateTime time;            // UTC
    QString profileName;
    QString baseUrl;
    QString action;            // "start" or "stop"
    QList<BillForward::UsageSession> sessions; // what was asked
    QString outcome;           // "sent", "ok", "error", "unknown"; "undone": held, undone, never sent
    QString errorType;         // the BFError errorType, or the ApiError kind
    QString errorMessage;
    QStringList itemOutcomes;  // per session, after an unknown outcome: "took-effect", ...

    // A stop the user undid in its undo window: nothing was sent (one line).
    static QString undoneOutcome() { return QStringLiteral("undone"); }
    bool isUndone() const { return outcome == undoneOutcome(); }

    QJsonObject toJson() const;
    static JournalEntry fromJson(const QJsonObject &object);
    // "SUB-1/s1 (minutes), SUB-1/s2 (minutes)"
    QString sessionsText() const;
    // Translated: "OK", "Refused: ValidationError — …", "Not confirmed (http); reconciled: 2 took effect, …"
    QString outcomeText() const;
};
