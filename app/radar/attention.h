#pragma once

#include <QCoreApplication>
#include <QString>

// Why an active session needs a human, as the radar found it at one
// instant. A session that needs none has Reason::None.
struct Attention
{
    Q_DECLARE_TR_FUNCTIONS(Attention)

public:
    enum class Reason : quint8 {
        None,
        OverLimit,      // ran longer than the user's limit for its unit or component
        OverPercentile, // ran longer than 99 % of the ended sessions of its component
        FutureStart,    // starts later than now by more than the clock tolerance
    };

    Reason reason = Reason::None;
    qint64 runStartUtcMs = 0; // the start of the first part of its run
    qint64 limitMs = 0;       // the limit it crossed (the 99th percentile for OverPercentile)
    qint64 pastLimitMs = 0;   // how far past it at the evaluation (FutureStart: how far ahead)
    int sampleSize = 0;       // OverPercentile: how many ended sessions it was compared with
    QString componentName;    // OverPercentile: the pricing component's name (ID when none)
    QString limitName;        // OverLimit: the unit or component the limit is set for; empty: the default

    bool needsAttention() const { return reason != Reason::None; }
    // One translated sentence: "Running 3 d 2 h, 1 d 2 h past its limit of
    // 24 h for minutes"; empty for Reason::None.
    QString text() const;
    // A few words for the table's Attention column: "1 d 2 h past limit".
    QString shortText() const;

    friend bool operator==(const Attention &a, const Attention &b)
    {
        return a.reason == b.reason && a.runStartUtcMs == b.runStartUtcMs && a.limitMs == b.limitMs
            && a.pastLimitMs == b.pastLimitMs && a.sampleSize == b.sampleSize
            && a.componentName == b.componentName && a.limitName == b.limitName;
    }
    friend bool operator!=(const Attention &a, const Attention &b) { return !(a == b); }
};
