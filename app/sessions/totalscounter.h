#pragma once

#include "sessions/sessiontotals.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class SessionStore;
class SessionView;

// Counts SessionTotals over many rows in steps of RowsPerStep, one per
// turn of the event loop, so a million rows never hold the GUI thread for
// longer than a frame (figures in docs/performance.md). The rows are taken
// as a list of store rows when counting starts; the store may gain rows
// meanwhile (a load), but a removal renumbers them: the count then stops
// and invalidated() asks for a new one.
//
// The finished count is kept, so a clock tick moves it on (advanceTo)
// by counting its active rows again, not the whole set.
class TotalsCounter final : public QObject
{
    Q_OBJECT

public:
    static constexpr int RowsPerStep = 50'000;

    explicit TotalsCounter(const SessionStore &store, QObject *parent = nullptr);

    // Starts over with these rows; the first step runs before it returns
    // (a small set is counted at once).
    void start(std::vector<int> storeRows, qint64 nowUtcMs, const Period::Bounds &bounds);
    // The same for the rows that pass the view's filter (taken in one
    // copy of 4 bytes a row).
    void start(const SessionView &view, qint64 nowUtcMs, const Period::Bounds &bounds);
    void cancel();
    bool isCounting() const { return m_totals != nullptr; }
    // The last finished count at a new now, or false when there is none
    // or rows were removed since (count again).
    bool advanceTo(qint64 nowUtcMs, SessionTotals::Result *result);
    // Whether the last finished count has active rows (a tick changes it).
    bool countedActiveRows() const { return m_counted && m_counted->hasActiveRows(); }
    // How many counts were started: a tick must not start one.
    int countsStarted() const { return m_countsStarted; }

signals:
    void finished(const SessionTotals::Result &result);
    void invalidated(); // rows were removed under a count: it stopped

private:
    void step();

    const SessionStore &m_store;
    std::unique_ptr<SessionTotals> m_totals; // being counted
    std::unique_ptr<SessionTotals> m_counted; // the last one finished
    std::vector<int> m_rows;
    size_t m_next = 0;
    int m_countsStarted = 0;
    QTimer m_nextStep;
};
