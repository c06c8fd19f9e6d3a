#pragma once

#include "sessions/sessiontotals.h"

#include <QElapsedTimer>
#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class SessionBrowser;

// Under the table: the totals of the filtered set (every page, not only
// the one shown) and of the selection, in selectable text with a Copy
// button, for a clerk to paste into an email. The status bar's
// selection count lives here now, with the selection's units and span.
//
// Counting a million rows takes milliseconds, but a load merges hundreds
// of slices: the set is counted again at most every RecountMs while rows
// arrive, at once after a quiet spell (a filter change), and at each
// clock tick while one of its sessions runs.
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

    static constexpr int RecountMs = 250;

public slots:
    void copyToClipboard();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRecount();
    void recountSet();
    void showSelection();
    SessionTotals::Result count(const QList<int> *storeRows, const Period::Bounds &bounds) const;

    SessionBrowser *m_browser;
    QLabel *m_set;
    QLabel *m_selection;
    QToolButton *m_copy;
    QTimer m_recount;
    QElapsedTimer m_sinceRecount;
    qint64 m_countedAt = 0; // the browser's now() the set was counted at
    SessionTotals::Result m_setTotals;
    QList<int> m_selectedRows;
};
