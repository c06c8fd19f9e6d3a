#include "sessions/sessionfilter.h"

#include "sessions/timeterm.h"

#include <QLocale>

#include <algorithm>

namespace {

QString quotedIfNeeded(const QString &value)
{
    if (value.contains(QLatin1Char(' ')))
        return QLatin1Char('"') + value + QLatin1Char('"');
    return value;
}

QString sortedJoined(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list.join(QStringLiteral(", "));
}

} // namespace

SessionFilter::TermField SessionFilter::fieldOfPrefix(QStringView prefix, bool *known)
{
    struct Prefix { const char *name; TermField field; };
    static const Prefix prefixes[] = {
        {"session", TermField::SessionId}, {"id", TermField::SessionId},
        {"desc", TermField::Description}, {"description", TermField::Description},
        {"sub", TermField::SubscriptionId}, {"subscription", TermField::SubscriptionId},
        {"org", TermField::OrganizationId}, {"organization", TermField::OrganizationId},
        {"pc", TermField::PricingComponent}, {"component", TermField::PricingComponent},
        {"pricing", TermField::PricingComponent},
        {"uom", TermField::Uom}, {"unit", TermField::Uom},
        {"state", TermField::State},
        {"duration", TermField::Duration}, {"ended", TermField::Ended},
    };
    for (const Prefix &p : prefixes) {
        if (prefix.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0) {
            if (known)
                *known = true;
            return p.field;
        }
    }
    if (known)
        *known = false;
    return TermField::Any;
}

void SessionFilter::setText(const QString &text)
{
    m_text = text;
    m_terms.clear();
    m_termSpans.clear();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        // One token: runs to the next space outside quotes; quotes group
        // words and are not part of the value.
        const qsizetype start = i;
        QString raw;         // the token without its quotes
        qsizetype colon = -1; // in raw, the first colon outside quotes
        bool quoted = false;
        bool anyQuote = false;
        while (i < n && (quoted || !text.at(i).isSpace())) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
                anyQuote = true;
            } else {
                if (c == QLatin1Char(':') && !quoted && colon < 0 && !anyQuote)
                    colon = raw.size();
                raw.append(c);
            }
            ++i;
        }
        Term term;
        if (colon > 0) {
            bool known = false;
            const TermField field = fieldOfPrefix(QStringView(raw).left(colon), &known);
            const QStringView prefix = QStringView(raw).left(colon);
            const bool over = prefix.compare(QLatin1String("over"), Qt::CaseInsensitive) == 0;
            const bool under = prefix.compare(QLatin1String("under"), Qt::CaseInsensitive) == 0;
            if (known) {
                term.field = field;
                term.value = raw.mid(colon + 1).trimmed();
            } else if (over || under) {
                // Short for duration:>8h and duration:<30m.
                const QString amount = raw.mid(colon + 1).trimmed();
                term.field = TermField::Duration;
                term.value = amount.isEmpty() ? QString() : QLatin1Char(over ? '>' : '<') + amount;
            } else {
                term.value = raw.trimmed();
            }
        } else {
            term.value = raw.trimmed();
        }
        if (term.value.isEmpty()) // "uom:" while typing: no restriction yet
            continue;
        m_terms.append(term);
        m_termSpans.append(Span{int(start), int(i - start)});
    }
}

bool SessionFilter::isEmpty() const
{
    return m_terms.isEmpty() && m_state == StateChoice::All && m_uoms.isEmpty()
        && m_pricingComponents.isEmpty() && m_startedFrom.isNull() && m_startedTo.isNull() && m_period.isNull();
}

bool SessionFilter::dependsOnNow() const
{
    // Any period: whether an active session overlaps it moves with now.
    if (!m_period.isNull())
        return true;
    return std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &term) { return TimeTerm::dependsOnNow(term); });
}

QList<SessionFilter::Chip> SessionFilter::chips() const
{
    QList<Chip> chips;
    for (int i = 0; i < m_terms.size(); ++i) {
        const Term &term = m_terms.at(i);
        const QString value = quotedIfNeeded(term.value);
        QString label;
        switch (term.field) {
        case TermField::Any: label = tr("text: %1").arg(value); break;
        case TermField::SessionId: label = tr("session: %1").arg(value); break;
        case TermField::Description: label = tr("description: %1").arg(value); break;
        case TermField::SubscriptionId: label = tr("subscription: %1").arg(value); break;
        case TermField::OrganizationId: label = tr("organization: %1").arg(value); break;
        case TermField::PricingComponent: label = tr("pricing component: %1").arg(value); break;
        case TermField::Uom: label = tr("unit: %1").arg(value); break;
        case TermField::State: label = tr("state: %1").arg(value); break;
        case TermField::Duration: label = tr("duration: %1").arg(value); break;
        case TermField::Ended: label = tr("ended: %1").arg(value); break;
        }
        // Such a term matches nothing: the chip says why (FilterBar shows
        // the whole reason as its tooltip).
        if (!TimeTerm::problemOf(term).isEmpty())
            label = tr("%1 (not understood)").arg(label);
        chips.append(Chip{Chip::Kind::Term, i, label});
    }
    if (m_state == StateChoice::Active)
        chips.append(Chip{Chip::Kind::State, -1, tr("active only")});
    else if (m_state == StateChoice::Historic)
        chips.append(Chip{Chip::Kind::State, -1, tr("historic only")});
    else if (m_state == StateChoice::NeedsAttention)
        chips.append(Chip{Chip::Kind::State, -1, tr("needs attention")});
    if (!m_uoms.isEmpty())
        chips.append(Chip{Chip::Kind::Uoms, -1, tr("units: %1").arg(sortedJoined(m_uoms))});
    if (!m_pricingComponents.isEmpty())
        chips.append(Chip{Chip::Kind::PricingComponents, -1,
                          tr("pricing components: %1").arg(sortedJoined(m_pricingComponents))});
    if (m_startedFrom.isValid() || m_startedTo.isValid()) {
        const QLocale locale;
        QString label;
        if (m_startedFrom.isValid() && m_startedTo.isValid())
            label = tr("started %1 – %2").arg(locale.toString(m_startedFrom, QLocale::ShortFormat),
                                              locale.toString(m_startedTo, QLocale::ShortFormat));
        else if (m_startedFrom.isValid())
            label = tr("started from %1").arg(locale.toString(m_startedFrom, QLocale::ShortFormat));
        else
            label = tr("started until %1").arg(locale.toString(m_startedTo, QLocale::ShortFormat));
        chips.append(Chip{Chip::Kind::StartedBetween, -1, label});
    }
    if (!m_period.isNull())
        chips.append(Chip{Chip::Kind::Period, -1, tr("period: %1").arg(m_period.label())});
    return chips;
}

void SessionFilter::clearChip(const Chip &chip)
{
    switch (chip.kind) {
    case Chip::Kind::Term: {
        if (chip.termIndex < 0 || chip.termIndex >= m_termSpans.size())
            return;
        const Span span = m_termSpans.at(chip.termIndex);
        QString text = m_text;
        int start = span.start;
        int end = span.start + span.length;
        // Take the spaces after the term with it (or before, at the end).
        while (end < text.size() && text.at(end).isSpace())
            ++end;
        if (end == text.size())
            while (start > 0 && text.at(start - 1).isSpace())
                --start;
        text.remove(start, end - start);
        setText(text);
        break;
    }
    case Chip::Kind::State: m_state = StateChoice::All; break;
    case Chip::Kind::Uoms: m_uoms.clear(); break;
    case Chip::Kind::PricingComponents: m_pricingComponents.clear(); break;
    case Chip::Kind::StartedBetween:
        m_startedFrom = QDate();
        m_startedTo = QDate();
        break;
    case Chip::Kind::Period: m_period = Period(); break;
    }
}

bool SessionFilter::operator==(const SessionFilter &other) const
{
    // m_terms and m_termSpans are parsed from m_text: equal texts, equal terms.
    return m_text == other.m_text && m_state == other.m_state && m_uoms == other.m_uoms
        && m_pricingComponents == other.m_pricingComponents && m_startedFrom == other.m_startedFrom
        && m_startedTo == other.m_startedTo && m_period == other.m_period;
}
