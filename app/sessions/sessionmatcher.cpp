#include "sessions/sessionmatcher.h"

#include "sessions/localday.h"
#include "sessions/sessionstore.h"
#include "sessions/text/asciifold.h"
#include "sessions/text/sessionidcopy.h"
#include "sessions/timeterm.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

using BillForward::UsageSession;

namespace {

enum FieldBit : int {
    SessionIdBit, DescriptionBit, SubscriptionBit, OrganizationBit, PcIdBit, PcNameBit, UomBit,
    PcKeyBit, // the name, or the ID when there is no name
    FieldBitCount
};

unsigned bitsOf(SessionFilter::TermField field)
{
    using F = SessionFilter::TermField;
    switch (field) {
    case F::Any:
        return 1u << SessionIdBit | 1u << DescriptionBit | 1u << SubscriptionBit | 1u << OrganizationBit
            | 1u << PcIdBit | 1u << PcNameBit | 1u << UomBit;
    case F::SessionId: return 1u << SessionIdBit;
    case F::Description: return 1u << DescriptionBit;
    case F::SubscriptionId: return 1u << SubscriptionBit;
    case F::OrganizationId: return 1u << OrganizationBit;
    case F::PricingComponent: return 1u << PcIdBit | 1u << PcNameBit;
    case F::Uom: return 1u << UomBit;
    case F::State:
    case F::Duration:
    case F::Ended: break; // tested on their own, not as text
    }
    return 0;
}

const QString &fieldOf(const UsageSession &s, int bit)
{
    switch (bit) {
    case SessionIdBit: return s.sessionId;
    case DescriptionBit: return s.description;
    case SubscriptionBit: return s.subscriptionId;
    case OrganizationBit: return s.organizationId;
    case PcIdBit: return s.pricingComponentId;
    case PcNameBit: return s.pricingComponentName;
    case UomBit: return s.uom;
    default: return s.pricingComponentName.isEmpty() ? s.pricingComponentId : s.pricingComponentName;
    }
}

// The fields a filter reads, from a session or from a store row in place.
struct SessionFields
{
    const UsageSession &session;
    const QString &field(int bit) const { return fieldOf(session, bit); }
    BillForward::Timestamp start() const { return session.start; }
    BillForward::Timestamp stop() const { return session.stop; }
    qint64 uduration() const { return session.uduration; }
    bool active() const { return session.isActive(); }
    // SessionStore::endAt's rule, for a session outside a store.
    BillForward::Timestamp endAt(qint64 nowUtcMs) const
    {
        if (session.start == BillForward::NoTimestamp)
            return BillForward::NoTimestamp;
        if (active())
            return qMax(session.start, nowUtcMs);
        return session.stop != BillForward::NoTimestamp ? session.stop
                                                        : session.start + qMax<qint64>(0, session.uduration);
    }
    const QString &state() const { return session.state; }
};

struct StoreFields
{
    StoreFields(const SessionStore &store, int row) : store(store), row(row), r(store.compact(row)) {}
    const SessionStore &store;
    int row;
    const CompactSession &r; // read once: a filter reads many fields of it
    const QString &shared(CompactSession::Shared field) const { return store.sharedText(r.shared[field]); }
    const QString &field(int bit) const
    {
        switch (bit) {
        case SessionIdBit: return r.sessionId;
        case DescriptionBit: return r.description;
        case SubscriptionBit: return shared(CompactSession::SubscriptionId);
        case OrganizationBit: return shared(CompactSession::OrganizationId);
        case PcIdBit: return shared(CompactSession::PricingComponentId);
        case PcNameBit: return shared(CompactSession::PricingComponentName);
        case UomBit: return shared(CompactSession::Uom);
        default: {
            const QString &name = shared(CompactSession::PricingComponentName);
            return name.isEmpty() ? shared(CompactSession::PricingComponentId) : name;
        }
        }
    }
    BillForward::Timestamp start() const { return r.start; }
    BillForward::Timestamp stop() const { return r.stop; }
    qint64 uduration() const { return r.uduration; }
    BillForward::Timestamp endAt(qint64 nowUtcMs) const { return store.endAt(row, nowUtcMs); }
    bool active() const { return store.isActive(row); }
    const QString &state() const { return shared(CompactSession::State); }
};

inline char16_t fold(char16_t c)
{
    if (c < 128)
        return foldedAscii(c);
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

QString folded(QStringView s)
{
    QString out = s.toString().toCaseFolded();
    return out;
}

} // namespace

bool SessionMatcher::containsFolded(QStringView haystack, QStringView foldedNeedle)
{
    const qsizetype n = foldedNeedle.size();
    if (n == 0)
        return true;
    const qsizetype last = haystack.size() - n;
    const char16_t *h = haystack.utf16();
    const char16_t *needle = foldedNeedle.utf16();
    // The first character in both cases, so the scan compares raw code units.
    const char16_t first = needle[0];
    const char16_t firstUpper = (first >= u'a' && first <= u'z') ? char16_t(first - 32) : first;
    for (qsizetype i = 0; i <= last; ++i) {
        const char16_t c = h[i];
        if (c < 128 ? (c != first && c != firstUpper) : fold(c) != first)
            continue;
        qsizetype j = 1;
        while (j < n && fold(h[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

SessionMatcher::SessionMatcher(const SessionFilter &filter, qint64 nowUtcMs)
    : m_state(filter.state())
    , m_uoms(filter.uoms())
    , m_pricingComponents(filter.pricingComponents())
    , m_now(nowUtcMs != 0 ? nowUtcMs : QDateTime::currentMSecsSinceEpoch())
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_now);
    m_durationMin = std::numeric_limits<qint64>::min();
    m_durationMax = std::numeric_limits<qint64>::max();
    for (const SessionFilter::Term &term : filter.terms()) {
        if (term.value.isEmpty())
            continue;
        if (term.field == SessionFilter::TermField::State) {
            m_stateNeedles.push_back(folded(term.value));
            continue;
        }
        // Terms of time: all of them hold (AND), so their ranges intersect.
        if (term.field == SessionFilter::TermField::Duration) {
            m_hasTimeChecks = m_hasDuration = true;
            if (const auto range = TimeTerm::parseDuration(term.value)) {
                m_durationMin = std::max(m_durationMin, range->minMs);
                m_durationMax = std::min(m_durationMax, range->maxMs);
            } else {
                m_nothing = true;
            }
            continue;
        }
        if (term.field == SessionFilter::TermField::Ended) {
            m_hasTimeChecks = m_hasEnded = true;
            if (const auto period = TimeTerm::parseEnded(term.value)) {
                const Period::Bounds bounds = period->resolve(now);
                m_ended.fromUtcMs = std::max(m_ended.fromUtcMs, bounds.fromUtcMs);
                m_ended.toUtcMs = std::min(m_ended.toUtcMs, bounds.toUtcMs);
            } else {
                m_nothing = true;
            }
            continue;
        }
        Check check;
        check.fields = bitsOf(term.field);
        check.needle = folded(term.value);
        m_checks.push_back(std::move(check));
    }
    if (!m_uoms.isEmpty()) {
        Check check;
        check.fields = 1u << UomBit;
        check.set = &m_uoms;
        m_checks.push_back(std::move(check));
    }
    if (!m_pricingComponents.isEmpty()) {
        Check check;
        check.fields = 1u << PcKeyBit;
        check.set = &m_pricingComponents;
        m_checks.push_back(std::move(check));
    }
    for (Check &check : m_checks) {
        check.caches.resize(FieldBitCount);
        if (check.fields & (1u << DescriptionBit))
            m_readsDescriptions = true;
    }
    if (filter.startedFrom().isValid()) {
        m_hasStartFrom = true;
        m_startFrom = LocalDay::start(filter.startedFrom()).toMSecsSinceEpoch();
    }
    if (filter.startedTo().isValid()) {
        m_hasStartBefore = true;
        m_startBefore = LocalDay::start(filter.startedTo().addDays(1)).toMSecsSinceEpoch();
    }
    if (!filter.period().isNull()) {
        m_hasTimeChecks = m_hasPeriod = true;
        m_period = filter.period().resolve(now);
    }
}

bool SessionMatcher::test(Check &check, int fieldBit, const QString &value)
{
    const auto compute = [&] {
        return check.set ? check.set->contains(value) : containsFolded(value, check.needle);
    };
    if (fieldBit == SessionIdBit) // unique per session: nothing to remember
        return compute();
    CacheEntry &entry = check.caches[size_t(fieldBit)][(quintptr(value.constData()) >> 4) & 63];
    if (entry.data == value.constData() && entry.size == value.size() && entry.data)
        return entry.value;
    entry.data = value.constData();
    entry.size = value.size();
    entry.value = compute();
    return entry.value;
}

void SessionMatcher::prefetch(const SessionStore &store, int row) const
{
    if (m_readsDescriptions)
        __builtin_prefetch(store.compact(row).description.constData());
}

bool SessionMatcher::scansSessionIds() const
{
    for (const Check &check : m_checks) {
        if (!check.set && (check.fields & (1u << SessionIdBit)))
            return true;
    }
    return false;
}

void SessionMatcher::scanIdsOf(const SessionIdCopy &ids, int firstRow, int endRow)
{
    m_scanFirstRow = firstRow;
    m_scanEndRow = endRow;
    for (Check &check : m_checks) {
        if (check.set || !(check.fields & (1u << SessionIdBit))
            || !ids.scan(check.needle, firstRow, endRow, &check.idScan)) {
            check.idScan.clear();
        }
    }
}

bool SessionMatcher::acceptsIgnoringState(const UsageSession &session)
{
    return acceptsIgnoringStateOf(-1, SessionFields{session});
}

bool SessionMatcher::acceptsIgnoringState(const SessionStore &store, int row)
{
    return acceptsIgnoringStateOf(row, StoreFields(store, row));
}

template<typename Fields>
bool SessionMatcher::acceptsTimeOf(const Fields &session) const
{
    if (m_nothing)
        return false;
    const bool active = session.active();
    const BillForward::Timestamp start = session.start();
    if (m_hasDuration) {
        // As SessionStore::durationAt: an active session has run since its start.
        const qint64 duration = !active ? session.uduration()
            : start == BillForward::NoTimestamp ? 0 : std::max<qint64>(0, m_now - start);
        if (duration < m_durationMin || duration > m_durationMax)
            return false;
    }
    if (m_hasEnded) {
        const BillForward::Timestamp stop = session.stop();
        if (active || stop == BillForward::NoTimestamp || stop < m_ended.fromUtcMs || stop >= m_ended.toUtcMs)
            return false;
    }
    if (m_hasPeriod) {
        // Overlapping [from, to): started before its end, and ended after
        // its start (where SessionStore::endAt says: an active one runs
        // until now, one without a stop for its uduration); a session of
        // no length counts where it lies.
        if (start == BillForward::NoTimestamp || start >= m_period.toUtcMs)
            return false;
        const qint64 end = session.endAt(m_now);
        if (end <= m_period.fromUtcMs && start < m_period.fromUtcMs)
            return false;
    }
    return true;
}

template<typename Fields>
bool SessionMatcher::acceptsIgnoringStateOf(int row, const Fields &session)
{
    if (m_hasTimeChecks && !acceptsTimeOf(session))
        return false;
    if (m_hasStartFrom || m_hasStartBefore) {
        const BillForward::Timestamp start = session.start();
        if (start == BillForward::NoTimestamp)
            return false;
        if (m_hasStartFrom && start < m_startFrom)
            return false;
        if (m_hasStartBefore && start >= m_startBefore)
            return false;
    }
    const bool scanned = row >= m_scanFirstRow && row < m_scanEndRow;
    for (Check &check : m_checks) {
        const bool lookAtId = check.fields & (1u << SessionIdBit);
        int idAnswer = 2; // unknown
        if (lookAtId && scanned && !check.idScan.empty()) {
            idAnswer = check.idScan[size_t(row - m_scanFirstRow)];
            if (idAnswer == 1)
                continue; // the cheapest answer first
        }
        bool any = false;
        // Shared strings first (their answers are remembered), the session
        // ID, unique to each session, last.
        for (int bit = SessionIdBit + 1; bit < FieldBitCount && !any; ++bit) {
            if (check.fields & (1u << bit))
                any = test(check, bit, session.field(bit));
        }
        if (!any && lookAtId && idAnswer == 2)
            any = test(check, SessionIdBit, session.field(SessionIdBit));
        if (!any)
            return false;
    }
    return true;
}

bool SessionMatcher::acceptsState(const UsageSession &session) const
{
    return acceptsState(session.stateKind(), session);
}

bool SessionMatcher::acceptsState(BillForward::SessionState kind, const UsageSession &session) const
{
    return acceptsStateOf(kind, SessionFields{session});
}

bool SessionMatcher::acceptsState(BillForward::SessionState kind, const SessionStore &store, int row) const
{
    return acceptsStateOf(kind, StoreFields(store, row));
}

template<typename Fields>
bool SessionMatcher::acceptsStateOf(BillForward::SessionState kind, const Fields &session) const
{
    switch (m_state) {
    case SessionFilter::StateChoice::All: break;
    case SessionFilter::StateChoice::Active:
        if (kind != BillForward::SessionState::Active)
            return false;
        break;
    case SessionFilter::StateChoice::Historic:
        if (kind != BillForward::SessionState::Historic)
            return false;
        break;
    case SessionFilter::StateChoice::NeedsAttention:
        // Only active sessions can; which of them do is the radar's verdict,
        // which SessionView adds (a session alone cannot tell).
        if (kind != BillForward::SessionState::Active)
            return false;
        break;
    }
    for (const QString &needle : m_stateNeedles) {
        if (!containsFolded(session.state(), needle))
            return false;
    }
    return true;
}
