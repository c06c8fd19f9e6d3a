#pragma once

#include "sessions/sessionstore.h"
#include "sessions/sessionview.h"

#include <QTableView>

class SessionBrowser;

// The sessions table: sorting by header clicks (Shift+click adds a
// secondary key) done by the browser rather than the view, a header menu to
// show and hide columns, layout and sort kept across restarts, and the
// selection kept by session key while rows move under it.
class SessionTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit SessionTableView(SessionBrowser *browser, QWidget *parent = nullptr);

    QList<SessionView::SortKey> sortKeys() const { return m_sortKeys; }
    void setSortKeys(const QList<SessionView::SortKey> &keys);
    static QList<SessionView::SortKey> defaultSortKeys();

    // Store rows of the selected rows, in the order shown.
    QList<int> selectedStoreRows() const;
    int currentStoreRow() const; // -1 when none

    // Around anything that moves rows (merge, sort, filter, page).
    void saveSelection();
    void restoreSelection();

    void saveLayout() const;
    void restoreLayout();   // sane defaults when nothing is saved or it does not fit
    void resetLayout();

signals:
    void sortKeysChanged(const QList<SessionView::SortKey> &keys);
    void selectionKeysChanged(); // selection or current row, in store terms

private:
    void onSectionClicked(int logicalIndex);
    void showHeaderMenu(const QPoint &pos);
    void applyDefaultColumns();

    SessionBrowser *m_browser;
    QList<SessionView::SortKey> m_sortKeys;
    QList<SessionKey> m_savedSelection;
    SessionKey m_savedCurrent;
    int m_savedCurrentColumn = 0;
    bool m_hasSavedCurrent = false;
    bool m_restoring = false;
};
