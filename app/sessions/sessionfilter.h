#pragma once

#include "sessions/period.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

// What the user filters by. Free text matches session ID, description,
// subscription, organization, pricing component (ID and name) and unit,
// case-insensitively; `field:value` terms restrict one field
// (`uom:minutes state:active session:abc pc:… org:… sub:… desc:…`).
// All terms must match (AND). Unknown `field:` prefixes are plain text.
// Terms of time: `duration:>8h`, `duration:<30m`, `>=`, `<=` (`over:8h`
// and `under:30m` for short; an active session's duration grows with the
// clock) and `ended:this-month`, `ended:2026-11` (a stop within a Period,
// in Period's text form; active sessions have not ended). A term of time
// that is not understood matches nothing and its chip says so (TimeTerm).
class SessionFilter
{
    Q_DECLARE_TR_FUNCTIONS(SessionFilter)

public:
    enum class TermField { Any, SessionId, Description, SubscriptionId, OrganizationId,
                           PricingComponent, Uom, State, Duration, Ended };
    struct Term
    {
        TermField field = TermField::Any;
        QString value; // as typed, trimmed
        friend bool operator==(const Term &a, const Term &b) { return a.field == b.field && a.value == b.value; }
    };
    // NeedsAttention: active sessions the radar (app/radar) flags.
    enum class StateChoice { All, Active, Historic, NeedsAttention };

    // One visible, individually clearable piece of the filter.
    struct Chip
    {
        enum class Kind { Term, State, Uoms, PricingComponents, StartedBetween, Period } kind;
        int termIndex = -1; // for Kind::Term
        QString label;      // translated, e.g. "unit: minutes"
    };

    void setText(const QString &text); // parses terms
    QString text() const { return m_text; }
    const QList<Term> &terms() const { return m_terms; }

    void setState(StateChoice state) { m_state = state; }
    StateChoice state() const { return m_state; }
    void setUoms(const QSet<QString> &uoms) { m_uoms = uoms; }           // empty: any
    const QSet<QString> &uoms() const { return m_uoms; }
    void setPricingComponents(const QSet<QString> &names) { m_pricingComponents = names; } // by name (ID when no name); empty: any
    const QSet<QString> &pricingComponents() const { return m_pricingComponents; }
    // Started between, inclusive, in local dates; null dates are open ends.
    void setStartedBetween(QDate from, QDate to) { m_startedFrom = from; m_startedTo = to; }
    QDate startedFrom() const { return m_startedFrom; }
    QDate startedTo() const { return m_startedTo; }

    // The sessions overlapping the period (started before its end, and
    // stopped after its start or still running): a bill's sessions, not
    // only those started in it. Relative periods resolve at each evaluation.
    void setPeriod(const Period &period) { m_period = period; }
    const Period &period() const { return m_period; }

    // Whether the answer for a session can change with the clock alone (a
    // duration term, a relative period): such a filter is evaluated again
    // as time passes.
    bool dependsOnNow() const;

    bool isEmpty() const; // SessionMatcher tests sessions against a filter

    // Every field compared (the terms follow from the text): the same
    // filter selects the same sessions.
    bool operator==(const SessionFilter &other) const;
    bool operator!=(const SessionFilter &other) const { return !(*this == other); }

    QList<Chip> chips() const;
    void clearChip(const Chip &chip);

    static TermField fieldOfPrefix(QStringView prefix, bool *known);

    // Chips identify terms by index; the text span each term came from lets
    // clearChip() cut exactly that piece out of the text.
    struct Span { int start = 0; int length = 0; };

private:
    QString m_text;
    QList<Term> m_terms;
    QList<Span> m_termSpans;
    StateChoice m_state = StateChoice::All;
    QSet<QString> m_uoms;
    QSet<QString> m_pricingComponents;
    QDate m_startedFrom;
    QDate m_startedTo;
    Period m_period;
};
