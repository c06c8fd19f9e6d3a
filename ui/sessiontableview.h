#pragma once

#include "sessions/sessionkey.h"
#include "sessions/sessionview.h"

#include <QTableView>
#include <QTimer>

class QLabel;
class SessionBrowser;
class SessionHeaderView;
class SessionLoader;
class WatchLoader;

// The sessions table: sorting by header clicks (Shift+click adds a
// secondary key, SessionHeaderView shows the whole order) done by the
// browser rather than the view, a header menu to
// show and hide columns, layout and sort kept across restarts, and the
// selection kept by session key while rows move under it.
class SessionTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTableView(SessionBrowser *browser, QWidget *parent = nullptr);
    ~SessionTableView() override;

    QList<SessionView::SortKey> sortKeys() const { return m_sortKeys; }
    void setSortKeys(const QList<SessionView::SortKey> &keys);
    static QList<SessionView::SortKey> defaultSortKeys();

    // Store rows of the selected rows, in the order shown.
    QList<int> selectedStoreRows() const;
    int currentStoreRow() const; // -1 when none
    // Makes the row current and selected, turning to its page first (a
    // click on the timeline); false when the filter hides it.
    bool selectStoreRow(int storeRow);

    // Around anything that moves rows (merge, sort, filter, page, the
    // radar's verdicts). Nested pairs count as one: only the outermost
    // saves and restores (the rows inside may already have moved).
    void saveSelection();
    void restoreSelection();

    // A column one view needs (All watched: which subscription a row is
    // of), shown at `visualIndex` while that view is; never saved as the
    // user's layout. clearViewColumns() puts them back as the user had them.
    void setViewColumn(SessionColumn column, int visualIndex);
    void clearViewColumns();

    // The user's shown columns in the order shown (a saved view's), view
    // columns as the user has them. Setting them moves the listed ones to
    // the front in that order, hides the rest and saves the layout; widths
    // stay. An empty list changes nothing.
    QList<SessionColumn> visibleColumns() const;
    void setVisibleColumns(const QList<SessionColumn> &columns);

    void saveLayout(); // at once; a change of the columns saves them LayoutSaveDelayMs later
    static constexpr int LayoutSaveDelayMs = 1000;
    void restoreLayout();   // sane defaults when nothing is saved or it does not fit
    void resetLayout();

    // Rows changed by the loader's merges are painted at most this often:
    // a load changes the page after every slice, far more often than the
    // page is worth painting. Changes of any other origin (a sort, a
    // filter, a tick) are painted at once.
    static constexpr int RepaintIntervalMs = 200;
    void followLoads(SessionLoader *loader);
    void followLoads(WatchLoader *loader); // the All watched view's sweeps

    // Shown over the empty table (why it is empty, what to do); none: "".
    void setEmptyNote(const QString &text);

signals:
    void sortKeysChanged(const QList<SessionView::SortKey> &keys);
    void selectionKeysChanged(); // selection or current row, in store terms
    void columnsChanged();       // shown, hidden or moved by the user, reset, or set

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void repaintChangedRows();
    void onSectionClicked(int logicalIndex);
    void showHeaderMenu(const QPoint &pos);
    void applyDefaultColumns();
    void placeEmptyNote();
    QByteArray userLayoutState() const; // the header's state without the view columns

    SessionBrowser *m_browser;
    SessionHeaderView *m_header;
    QLabel *m_emptyNote;
    QList<SessionView::SortKey> m_sortKeys;
    struct ViewColumn { int logical; bool userHidden; int userVisualIndex; int viewVisualIndex; };
    QList<ViewColumn> m_viewColumns; // in the order set
    QList<SessionKey> m_savedSelection;
    SessionKey m_savedCurrent;
    int m_savedCurrentColumn = 0;
    bool m_hasSavedCurrent = false;
    bool m_restoring = false;
    int m_saveDepth = 0; // saveSelection() calls not yet matched by restoreSelection()
    QTimer m_layoutSaveTimer; // runs from a change of the columns until they are saved
    QTimer m_repaintTimer;        // runs for RepaintIntervalMs after a repaint of rows a load changed
    bool m_changesPending = false; // rows changed while it ran
    bool m_inLoadChange = false;   // between the loader's aboutToChangeRows() and rowsChangedByLoad()
};
