#pragma once

#include <QtGlobal>

#include <vector>

class SessionStore;
class SessionView;

// How many of the view's sessions (the filtered set) ran at each moment: a
// step function from every row's start and stop, an active row running
// until `now`. Read by the timeline's strip for every pixel it paints.
class ConcurrencySteps
{
public:
    static ConcurrencySteps of(const SessionStore &store, const SessionView &view, qint64 nowUtcMs);

    // of() in two halves, so that the sort can run off the GUI thread: the
    // rows' starts and stops read where the store lives (rows without a
    // start left out, every end clipped to `now`) …
    struct Events
    {
        // One a start or a stop: the time, offset to be positive, shifted
        // left by one, its low bit set for a start (sorts as 8 bytes).
        std::vector<quint64> items;
        qint64 nowUtcMs = 0;
        int running = 0; // active rows still running at now
    };
    static Events eventsOf(const SessionStore &store, const SessionView &view, qint64 nowUtcMs);
    // eventsOf() a slice at a time, so that reading a million rows does
    // not hold the GUI thread for one long stretch: a mark per store row
    // shown (empty: every row is), then rows [firstRow, endRow) appended.
    static std::vector<quint8> shownRows(const SessionStore &store, const SessionView &view);
    static void readRows(const SessionStore &store, const std::vector<quint8> &shown, int firstRow, int endRow,
                         Events *events);
    // … and the steps made of them, on any thread.
    static ConcurrencySteps fromEvents(Events events);

    bool isEmpty() const { return m_times.empty(); }
    // Sessions running at `utcMs` (one that starts then counts, one that stops then does not).
    int countAt(qint64 utcMs) const;
    // The most running at once within [fromUtcMs, toUtcMs) (a pixel's span).
    int maximumIn(qint64 fromUtcMs, qint64 toUtcMs) const;
    int maximum() const { return m_maximum; }
    qint64 maximumAt() const { return m_maximumAt; } // the first moment it is reached

    // The clock moved on: the active rows, which ended at the old now, run
    // until `nowUtcMs` (no rebuild; an earlier time changes nothing).
    void advanceTo(qint64 nowUtcMs);
    qint64 now() const { return m_now; }

    // The steps: the count is counts()[i] from times()[i] until the next time.
    const std::vector<qint64> &times() const { return m_times; }
    const std::vector<int> &counts() const { return m_counts; }

private:
    int maximumOfSteps(size_t first, size_t last) const; // over counts[first..last]
    void buildBlockMaxima(size_t firstBlock);

    std::vector<qint64> m_times;
    std::vector<int> m_counts;
    int m_maximum = 0;
    qint64 m_maximumAt = 0;
    qint64 m_now = 0;
    int m_running = 0;
    // Range maxima in O(1) after two binary searches: the maximum of each
    // block of steps, and a sparse table over those (level k: the maximum
    // of 2^k blocks from block i), 1/64 of the steps' size per level.
    static constexpr int BlockBits = 6;
    std::vector<std::vector<int>> m_blockMaxima;
};
