#include "sessions/totalscounter.h"

#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"

#include <algorithm>

TotalsCounter::TotalsCounter(const SessionStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_nextStep.setSingleShot(true);
    m_nextStep.setInterval(0);
    connect(&m_nextStep, &QTimer::timeout, this, &TotalsCounter::step);
}

void TotalsCounter::start(std::vector<int> storeRows, qint64 nowUtcMs, const Period::Bounds &bounds)
{
    m_rows = std::move(storeRows);
    m_next = 0;
    ++m_countsStarted;
    m_counted.reset();
    m_totals = std::make_unique<SessionTotals>(m_store, nowUtcMs, bounds);
    step();
}

void TotalsCounter::start(const SessionView &view, qint64 nowUtcMs, const Period::Bounds &bounds)
{
    std::vector<int> rows(size_t(view.size()));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = view.storeRow(int(i));
    start(std::move(rows), nowUtcMs, bounds);
}

void TotalsCounter::cancel()
{
    m_nextStep.stop();
    m_totals.reset();
    m_rows = {};
}

bool TotalsCounter::advanceTo(qint64 nowUtcMs, SessionTotals::Result *result)
{
    if (!m_counted || !m_counted->isCurrent())
        return false;
    m_counted->advanceTo(nowUtcMs);
    *result = m_counted->result();
    return true;
}

void TotalsCounter::step()
{
    if (!m_totals)
        return;
    if (!m_totals->isCurrent()) {
        cancel(); // the rows taken name other sessions now
        emit invalidated();
        return;
    }
    const size_t end = std::min(m_rows.size(), m_next + RowsPerStep);
    const int size = m_store.size();
    for (; m_next < end; ++m_next) {
        const int row = m_rows[m_next];
        if (row < size)
            m_totals->add(row);
    }
    if (m_next < m_rows.size()) {
        m_nextStep.start();
        return;
    }
    const SessionTotals::Result result = m_totals->result();
    std::unique_ptr<SessionTotals> counted = std::move(m_totals);
    cancel();
    m_counted = std::move(counted);
    emit finished(result);
}
