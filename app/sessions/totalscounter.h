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
// longer than a frame (a pass in one go takes 20-45 ms at 1M,
// docs/performance.md). The rows are taken as a list of store rows when
// counting starts; the store may gain rows meanwhile (a load), but must
// not lose any: call cancel() before rows are removed, or count again.
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
    // The store's size when counting started.
    int storeSizeAtStart() const { return m_storeSize; }

signals:
    void finished(const SessionTotals::Result &result);

private:
    void step();

    const SessionStore &m_store;
    std::unique_ptr<SessionTotals> m_totals;
    std::vector<int> m_rows;
    size_t m_next = 0;
    int m_storeSize = 0;
    QTimer m_nextStep;
};
