#pragma once

#include "sessions/sessionfilter.h"
#include "sessions/sessiontotals.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class SessionBrowser;
class TotalsCounter;

// Under the table: the totals of the filtered set (every page, not only
// the one shown) and of the selection, in selectable text with a Copy
// button, for a clerk to paste into an email. The status bar's
// selection count lives here now, with the selection's units and span.
//
// The set is counted again at once after a filter change, at most every
// RecountMs while rows arrive or change (a load merges hundreds of
// slices) and after rows were removed; in steps (TotalsCounter), so a
// million rows never hold up a frame. A clock tick recounts only the
// running sessions of the last count (or the set, when a relative period
// moved on), never the whole set.
class TotalsStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsStrip(SessionBrowser *browser, QWidget *parent = nullptr);

    // The selected store rows (also the clock's tick: active ones count on).
    void setSelection(const QList<int> &storeRows);

    QString setText() const;
    QString selectionText() const;
    // Both lines, as Copy puts them on the clipboard.
    QString plainText() const;
    // The set's totals as last counted.
    const SessionTotals::Result &setTotals() const { return m_setTotals; }
    // How many counts of the whole set were started (a tick starts none).
    int setCounts() const;

    static constexpr int RecountMs = 250;

public slots:
    void copyToClipboard();

signals:
    void setCounted(); // the set's line shows a new count

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRecount();
    void recountSet();
    void showSetTotals(const SessionTotals::Result &totals);
    void showSelection();
    void followClock();

    SessionBrowser *m_browser;
    QLabel *m_set;
    QLabel *m_selection;
    QToolButton *m_copy;
    TotalsCounter *m_counter;
    bool m_dirty = false; // the set changed while it was being counted
    QTimer m_recount;
    QElapsedTimer m_sinceRecount;
    qint64 m_countedAt = 0; // the browser's now() the set was counted at
    SessionFilter m_countedFilter; // the filter then
    Period m_countedPeriod;
    Period::Bounds m_countedBounds; // the period resolved then
    SessionTotals::Result m_setTotals;
    QList<int> m_selectedRows;
    int m_selectionGeneration = 0; // the store's layout generation of m_selectedRows
};
