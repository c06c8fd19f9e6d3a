#pragma once

#include "api/apierror.h"
#include "sessions/sessionloader.h"
#include "watch/watchlist.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class MainWindow;
class QAction;
class QDockWidget;
class QMenu;
class SubscriptionProbe;
class WatchListPanel;
class WatchLoader;
class WatchSubscriptionsDialog;
namespace BillForward {
struct UsageSession;
}

// The watch list in the window: owns the list (per connection), the check
// that an added ID has sessions, the "All watched" loader, the side list
// (a dock) and the add dialog, and switches the one table between "All
// watched" (WatchLoader) and one subscription's history (SessionLoader).
// MainWindow only creates it and asks it at a few points (refresh, title,
// connect, an action's result).
class WatchController final : public QObject
{
    Q_OBJECT

public:
    explicit WatchController(MainWindow *window);
    ~WatchController() override;

    WatchList *list() const { return m_list; }
    WatchLoader *loader() const { return m_loader; }
    SubscriptionProbe *probe() const { return m_probe; }
    WatchListPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QAction *allWatchedAction() const { return m_allWatchedAction; }
    QAction *addAction() const { return m_addAction; }
    QAction *watchThisAction() const { return m_watchThisAction; }

    bool isAllWatchedShown() const { return m_allWatchedShown; }
    // Shows the active sessions of every watched subscription in the table.
    void showAllWatched();
    // Adds these to the list (each checked for sessions); says what was left out.
    WatchList::AddResult watch(const QStringList &ids);
    void watchThisSubscription();
    void stopWatching(const QStringList &ids);
    // "Watch subscriptions…", opened (not exec'd).
    WatchSubscriptionsDialog *openAddDialog();

    // After every connect, before the window opens anything: that
    // connection's list (the demo's filled on its first start), the client.
    // Shows All watched when it was shown, or when nothing else is open and
    // something is watched; true when it did.
    bool onConnected(bool nothingOpen);
    // True (and done) when All watched is shown.
    bool refresh(SessionLoader::Origin origin);
    void setAutoRefreshSeconds(int seconds);
    // A start's or stop's sessions, merged while All watched is shown.
    void showAffected(const QList<BillForward::UsageSession> &sessions);
    // Why the All watched table is empty (none: "").
    QString emptyNote() const;

signals:
    void viewChanged(); // All watched shown or left: title, empty note

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createDock();
    void sweepAllWatched();
    void followList();
    void leaveAllWatched();
    void rebuildEntries();
    void updateEntry(const QString &id);
    void updateAllWatched();
    void recountAttention();
    void updateChanges();
    void updateActions();
    void onSweepFinished(int failedSubscriptions);
    void markNewRows();

    MainWindow *m_window;
    WatchList *m_list;
    WatchLoader *m_loader;
    SubscriptionProbe *m_probe;
    WatchListPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_allWatchedAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_watchThisAction = nullptr;
    QAction *m_removeAction = nullptr;
    bool m_allWatchedShown = false;
    bool m_clientSet = false;
    int m_sweepsOpened = 0;
    QString m_openedSubscription; // the single view's, while it is shown
    bool m_lookedSinceSweep = false; // the user saw the last sweep's rows
    bool m_switchingList = false;    // the list changes with the connection
    int m_autoRefreshSeconds = 0;
    QHash<QString, int> m_attention; // per subscription, as of the last All watched view
};
