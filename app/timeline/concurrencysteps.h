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

    bool isEmpty() const { return m_times.empty(); }
    // Sessions running at `utcMs` (one that starts then counts, one that stops then does not).
    int countAt(qint64 utcMs) const;
    // The most running at once within [fromUtcMs, toUtcMs) (a pixel's span).
    int maximumIn(qint64 fromUtcMs, qint64 toUtcMs) const;
    int maximum() const { return m_maximum; }
    qint64 maximumAt() const { return m_maximumAt; } // the first moment it is reached

    // The steps: the count is counts()[i] from times()[i] until the next time.
    const std::vector<qint64> &times() const { return m_times; }
    const std::vector<int> &counts() const { return m_counts; }

private:
    std::vector<qint64> m_times;
    std::vector<int> m_counts;
    int m_maximum = 0;
    qint64 m_maximumAt = 0;
};
