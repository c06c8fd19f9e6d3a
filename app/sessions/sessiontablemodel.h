#pragma once

#include "sessions/sessioncolumn.h"

#include <QAbstractTableModel>
#include <QSet>

class AttentionRadar;
class SessionStore;
class SessionView;
class SessionPager;

// The current page of the filtered, sorted view, as a table. Core only: it
// says what a cell holds (text, tooltip, raw value, state, whether it is an
// ID); the UI's delegate decides colours, icons and fonts.
class SessionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, // qint64 ms for times/durations, int for sessionix, QString otherwise
        StateKindRole,                   // int(BillForward::SessionState)
        IsIdentifierRole,                // bool: show in a monospace font
        RecentlyChangedRole,             // bool: changed by the last refresh, for a brief highlight
        PendingActionRole,               // bool: a start or stop of this row is under way
        StoreRowRole,                    // int
        NewSinceSeenRole,                // bool: active now, not when the user last looked (All watched)
        AttentionReasonRole,             // int(Attention::Reason): why the row needs attention, 0 when not
        AttentionTextRole,               // QString: that reason as a sentence, empty when none
    };

    SessionTableModel(const SessionStore &store, const SessionView &view,
                      const SessionPager &pager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads the page after the view or pager changed: rows inserted or
    // removed at the end, dataChanged for rows whose content moved, no reset.
    void refreshPage();
    // After the store was cleared (a new subscription): the one reset.
    void resetPage();
    // For the elapsed time of active sessions, ticking each second.
    void setNow(qint64 utcMs);
    qint64 now() const { return m_nowUtcMs; }
    void setRecentlyChanged(const QSet<int> &storeRows);
    void setPendingRows(const QSet<int> &storeRows);
    void setNewRows(const QSet<int> &storeRows);
    // The radar whose verdicts the attention roles and the State column's
    // tooltip show; attentionJudged() after it judged again.
    void setAttentionSource(const AttentionRadar *radar) { m_radar = radar; }
    void attentionJudged();

    int storeRowAt(int modelRow) const;
    int modelRowOfStoreRow(int storeRow) const; // -1 when not on this page

private:
    void emitRowsChanged(const QSet<int> &storeRows, const QList<int> &roles);

    const SessionStore &m_store;
    const SessionView &m_view;
    const SessionPager &m_pager;
    const AttentionRadar *m_radar = nullptr;
    int m_rows = 0;
    int m_headerFirstRow = -1; // the view row the vertical header's numbers start at
    qint64 m_nowUtcMs = 0;
    QSet<int> m_recentlyChanged;
    QSet<int> m_pending;
    QSet<int> m_new;
};
