#pragma once

#include "radar/attention.h"
#include "radar/attentionlimits.h"
#include "radar/attentionradar.h"
#include "sessions/sessionfilter.h"
#include "sessions/sessionpager.h"
#include "sessions/sessionstore.h"
#include "sessions/sessiontablemodel.h"
#include "sessions/sessionview.h"
#include "sessions/usagetally.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

// Ties the store, the filtered sorted view, the pager and the table model
// together: what the window shows, with no widgets, testable on its own.
// Sessions arrive in batches (a fetch streams pages); each batch is merged
// in place, so selection and scroll position survive a refresh.
class SessionBrowser : public QObject
{
    Q_OBJECT

public:
    explicit SessionBrowser(QObject *parent = nullptr);
    ~SessionBrowser() override;

    const SessionStore &store() const { return m_store; }
    const SessionView &view() const { return *m_view; }
    const SessionPager &pager() const { return m_pager; }
    SessionTableModel *model() const { return m_model; }

    void clear();                                        // a new subscription
    void addSessions(const QList<BillForward::UsageSession> &sessions);
    // A refresh: sessions the refresh no longer lists are removed at its end.
    void beginRefresh();
    void endRefresh(bool completed);                     // removes unseen rows only when completed
    // Ends a refresh of many subscriptions of which only some were listed
    // completely: unseen rows are removed of those only.
    void endRefreshOf(const QSet<QString> &completeSubscriptions);

    void setFilter(const SessionFilter &filter);
    const SessionFilter &filter() const { return m_view->filter(); }
    void setSort(const QList<SessionView::SortKey> &keys);
    void setPageSize(int rows);
    void setPage(int page);
    void setNow(qint64 utcMs);                           // ticks active durations
    qint64 now() const { return m_nowUtcMs; }            // the instant active rows are shown at

    // Every unit and pricing component in the store, for the filter's choices.
    QStringList uoms() const;
    QStringList pricingComponents() const;
    // What a subscription already uses, for the start dialog.
    UsageTally::Suggestions startSuggestions(const QString &subscriptionId, int currentRow) const;
    QList<BillForward::UsageSession> activeSessionsOf(const QString &subscriptionId) const;
    // The sessions that pass the filter, in the view's order (an export).
    QList<BillForward::UsageSession> shownSessions() const;

    // Rows changed by a refresh or an action, highlighted for a moment.
    void highlight(const QSet<int> &storeRows);
    static constexpr int HighlightMs = 3000;
    // The sessions a start or stop is under way for: the row of each one's
    // active use is marked (never an ended use of the same ID), and marks
    // follow as rows come and go.
    void setPendingAddresses(const QList<SessionAddress> &addresses);

    // The radar: which active sessions need attention at now(), kept in
    // step as rows arrive and the clock ticks.
    void setAttentionLimits(const AttentionLimits &limits);
    const AttentionLimits &attentionLimits() const { return m_attentionLimits; }
    Attention attentionOf(int storeRow) const;
    int needsAttentionCount() const;
    // The sessions that need attention now (a notification names the new ones).
    QList<SessionKey> needingAttention() const;
    // The radar judges again this long after rows arrive (a load merges
    // hundreds of slices; longer when judging took long), at once when the
    // clock ticks, the limits change or rows are removed.
    static constexpr int AttentionDelayMs = 250;

signals:
    void contentChanged();    // counts, page range or choices may have changed
    void rowsChanged(const QList<int> &storeRows); // changed by the last merge
    void attentionChanged();  // the radar's verdicts or counts changed
    // Around a change of the radar's verdicts, which may move rows (sorted
    // by Attention) or add and remove them (the Needs attention filter)
    // under a selection kept by position: a table keeps it by session.
    void aboutToReorder();
    void reordered();

private:
    void showView();
    void afterRemoval(const std::vector<int> &newRowOfOldRow);
    void markPendingRows();
    void markPendingAmong(const SessionStore::MergeResult &merged);
    void evaluateAttention();

    SessionStore m_store;
    std::unique_ptr<SessionView> m_view;
    SessionPager m_pager;
    SessionTableModel *m_model = nullptr;
    int m_refreshGeneration = -1;
    qint64 m_nowUtcMs = 0;
    UsageTally m_tally;
    AttentionLimits m_attentionLimits;
    AttentionRadar m_radar{m_store};
    QTimer m_attentionTimer;
    QTimer m_highlightTimer;
    QList<SessionAddress> m_pendingAddresses;
    QSet<SessionAddress> m_pendingAddressSet;
    QSet<int> m_pendingRows;
};
