#pragma once

#include "sessions/sessionfilter.h"

#include <array>
#include <vector>

class SessionIdCopy;
class SessionStore;

// A SessionFilter prepared for testing many sessions in a row: needles
// case-folded once, dates turned into UTC bounds, and the answer for
// strings shared between sessions (unit, pricing component, subscription…)
// remembered by their data pointer, so each shared string is tested once.
// Terms of time and the period are resolved at `nowUtcMs` (0: the system
// clock), and read the store's numbers, never text.
// Not thread-safe (the caches): use one per thread.
class SessionMatcher final
{
public:
    explicit SessionMatcher(const SessionFilter &filter, qint64 nowUtcMs = 0);
    Q_DISABLE_COPY_MOVE(SessionMatcher)

    bool acceptsIgnoringState(const BillForward::UsageSession &session);
    // The same for row `row` of `store`, read in place; when the rows were
    // scanned with scanIdsOf(), session IDs come from that scan, not from
    // reading each ID.
    bool acceptsIgnoringState(const SessionStore &store, int row);
    // Asks for the text of row `row` that a test will read and that is the
    // session's own (its description), not shared with others: each is a
    // cache miss, and a loop that asks a few rows ahead has several on
    // their way at once.
    void prefetch(const SessionStore &store, int row) const;
    // Whether a text term looks into session IDs (then scanIdsOf() pays).
    bool scansSessionIds() const;
    // Scans the session IDs of rows [firstRow, endRow) in `ids` for every
    // text term at once.
    void scanIdsOf(const SessionIdCopy &ids, int firstRow, int endRow);
    bool acceptsState(const BillForward::UsageSession &session) const;
    bool accepts(const BillForward::UsageSession &session)
    {
        return acceptsState(session) && acceptsIgnoringState(session);
    }

    // Whether anything but the state restricts (false: everything passes).
    bool restrictsIgnoringState() const
    {
        return !m_checks.empty() || m_hasStartFrom || m_hasStartBefore || m_hasTimeChecks;
    }
    // The state test, given the session's state kind already known.
    bool acceptsState(BillForward::SessionState kind, const BillForward::UsageSession &session) const;
    bool acceptsState(BillForward::SessionState kind, const SessionStore &store, int row) const;

    static bool containsFolded(QStringView haystack, QStringView foldedNeedle);

private:
    struct CacheEntry { const QChar *data = nullptr; qsizetype size = -1; bool value = false; };
    using Cache = std::array<CacheEntry, 64>;
    // One string test: the session's fields `fields` (a bit mask of
    // SessionFilter::TermField), any of which contains `needle` or, for
    // sets, equals one of `set`.
    struct Check
    {
        unsigned fields = 0;
        QString needle;         // folded; empty for a set check
        const QSet<QString> *set = nullptr;
        std::vector<Cache> caches; // one per field bit
        std::vector<quint8> idScan; // per row from m_scanFirstRow: 0 no, 1 contains, 2 test it
    };

    bool test(Check &check, int fieldBit, const QString &value);
    // The tests above for a session or a store row (see sessionmatcher.cpp).
    template<typename Fields>
    bool acceptsIgnoringStateOf(int row, const Fields &fields);
    template<typename Fields>
    bool acceptsStateOf(BillForward::SessionState kind, const Fields &fields) const;
    template<typename Fields>
    bool acceptsTimeOf(const Fields &fields) const;

    std::vector<Check> m_checks;
    int m_scanFirstRow = 0;
    int m_scanEndRow = 0; // rows with scanned IDs: [m_scanFirstRow, m_scanEndRow)
    SessionFilter::StateChoice m_state = SessionFilter::StateChoice::All;
    std::vector<QString> m_stateNeedles; // folded `state:` terms
    QSet<QString> m_uoms;
    QSet<QString> m_pricingComponents;
    qint64 m_startFrom = 0;   // inclusive, UTC ms
    qint64 m_startBefore = 0; // exclusive, UTC ms
    bool m_hasStartFrom = false;
    bool m_hasStartBefore = false;
    bool m_readsDescriptions = false;
    // Terms of time and the period, as UTC ms at m_now.
    qint64 m_now = 0;
    bool m_hasTimeChecks = false;
    bool m_nothing = false;      // a term of time not understood
    bool m_hasDuration = false;
    qint64 m_durationMin = 0;    // both included
    qint64 m_durationMax = 0;
    bool m_hasEnded = false;
    Period::Bounds m_ended;      // the stop in [from, to)
    bool m_hasPeriod = false;
    Period::Bounds m_period;     // overlapping [from, to)
};
