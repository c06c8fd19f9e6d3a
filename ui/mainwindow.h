#pragma once

#include "actions/actionjournal.h"
#include "actions/actionresult.h"
#include "actions/connectionprofile.h"
#include "actions/profilestore.h"
#include "api/apierror.h"
#include "sessions/sessionloader.h"
#include "views/sessionlayout.h"

#include <QMainWindow>
#include <QSettings>
#include <QTimer>

class AttentionNotifier;
class ConnectionController;
class ConnectionStatus;
class DetailsPanel;
class FilterBar;
class HeldStops;
class HeldStopsBar;
class HeldStopsQuestion;
class PaginationBar;
class TotalsStrip;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
struct StopPlan;
class QToolButton;
class SessionActionRunner;
class SessionBrowser;
class SessionFilter;
class SessionLayoutSwitch;
class SessionTableView;
class StatusBarController;
class SubscriptionField;
class TokenPrompter;
class TokenResolver;
class TimelineView;
class TokenVault;
class ViewsController;
class WatchController;

// The sessions window: composes the widgets and routes signals between
// them, the loader, the browser, the connection (profiles, tokens) and the
// start/stop runner. Behaviour lives in those classes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConnectionController *connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a subscription as if the user had typed it (false: not a valid ID).
    bool openSubscription(const QString &subscriptionId);
    bool exportFilteredRows(const QString &path, QString *errorMessage);
    void copySelection();
    // Resolves the profile's token (asking when needed), then connects.
    void connectProfile(const ConnectionProfile &profile);
    // The saved profile that is current (Demo on first start).
    void connectCurrentProfile();
    // Start session… and Stop selected, as the actions do (dialogs opened, not exec'd).
    void startSessions();
    void stopSelected();
    void allowChanges();
    void showJournal();
    void editConnection();
    void manageConnections();

    ConnectionController *connection() const { return m_connection; }
    SessionBrowser *browser() const { return m_browser; }
    SessionLoader *loader() const { return m_loader; }
    SessionTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    PaginationBar *paginationBar() const { return m_pagination; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    StatusBarController *statusController() const { return m_status; }
    ConnectionStatus *connectionStatus() const { return m_connectionStatus; }
    SubscriptionField *subscriptionField() const { return m_subscription; }
    QToolButton *connectionButton() const { return m_connectionButton; }
    QWidget *banner() const { return m_banner; }
    QLabel *bannerText() const { return m_bannerText; }
    SessionActionRunner *runner() const { return m_runner; }
    HeldStops *heldStops() const { return m_heldStops; }
    HeldStopsBar *heldStopsBar() const { return m_heldStopsBar; }
    AttentionNotifier *attentionNotifier() const { return m_attention; }
    ProfileStore *profiles() { return &m_profiles; }
    QSettings *settings() { return &m_settings; }
    ActionJournal *journal() { return &m_journal; }
    TokenResolver *tokenResolver() const { return m_resolver; }
    TokenVault *tokenVault() const { return m_vault; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *unlockAction() const { return m_unlockAction; }
    WatchController *watch() const { return m_watch; }
    ViewsController *views() const { return m_views; } // saved views: the Views menu and the toolbar's list
    // The table, the timeline or both (View menu and toolbar; kept across restarts).
    SessionLayout sessionLayout() const { return m_sessionLayout; }
    void setSessionLayout(SessionLayout layout);
    // The timeline with its strip and axis, what File > Export picture draws (nullptr: none).
    QWidget *timelinePane() const { return m_timelinePane; }
    TimelineView *timelineView() const { return m_timelineView; }
    SessionLayoutSwitch *layoutSwitch() const { return m_layoutSwitch; }
    // The interactive widgets in Tab order: toolbar, filter bar, table, pages, details.
    QList<QWidget *> tabChain() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createTimeline(QSplitter *splitter); // the pane, its wiring to the table, the layout switch
    void nameInternalWidgets();
    void createConnectionMenu();
    void rebuildConnectionMenu();
    void onConnected();
    void onTokenReady(const QString &profileId, const QByteArray &token);
    // Resolves the profile's token (asking when needed), then connects; no question first.
    void askForToken(const ConnectionProfile &profile);
    void updateConnectionWidgets();
    QString connectionLabel() const;
    void updateActionState();
    void updatePendingRows();
    void onActionFinished(const ActionResult &result);
    void saveConfirmStops(bool confirm);
    // A confirmed stop: one request per organization, instants already fixed.
    void sendStopPlan(const StopPlan &plan);
    void applyTabOrder();
    QList<BillForward::UsageSession> stoppableSelection() const;
    void onLoadFinished(SessionLoader::Origin origin, const BillForward::ApiError &error);
    void onContentChanged();
    void onSelectionChanged();
    void updateSelectionTotal(const QList<int> &rows);
    QString emptyTableNote() const;
    void applyFilter(const SessionFilter &filter);
    void goToPage(int page);
    void setPageSize(int rows);
    void tick();
    void showRowMenu(const QPoint &pos);
    void filterByCurrent(bool unit);
    void exportWithDialog();
    // File > Export timeline picture… (PictureExporter), enabled when there is a timeline pane.
    void addExportPictureAction(QMenu *file);
    void updateTitle();
    void showNeedingAttention();
    void showError(const QString &title, const QString &message);

    ConnectionController *m_connection;
    SessionBrowser *m_browser;
    SessionLoader *m_loader;
    WatchController *m_watch = nullptr; // the watch list, its side list and the All watched view
    ViewsController *m_views = nullptr;
    SessionLayout m_sessionLayout = SessionLayout::Table;
    QWidget *m_timelinePane = nullptr;
    TimelineView *m_timelineView = nullptr;
    SessionLayoutSwitch *m_layoutSwitch = nullptr;
    SessionTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    PaginationBar *m_pagination = nullptr;
    TotalsStrip *m_totals = nullptr;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    StatusBarController *m_status = nullptr;
    ConnectionStatus *m_connectionStatus = nullptr;
    SubscriptionField *m_subscription = nullptr;
    QToolButton *m_connectionButton = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_stopCheckingButton = nullptr;
    QTimer m_tick;

    QSettings m_settings;
    ProfileStore m_profiles;
    ActionJournal m_journal;
    TokenVault *m_vault = nullptr;
    TokenResolver *m_resolver = nullptr;
    TokenPrompter *m_prompter = nullptr;
    SessionActionRunner *m_runner = nullptr;
    // The undo window of stops: held, counted down in the status bar, asked about on leaving.
    HeldStops *m_heldStops = nullptr;
    HeldStopsBar *m_heldStopsBar = nullptr;
    HeldStopsQuestion *m_heldStopsQuestion = nullptr;
    AttentionNotifier *m_attention = nullptr;
    ConnectionProfile m_connecting; // whose token is being resolved

    QAction *m_openAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_activeAction = nullptr;
    QAction *m_allAction = nullptr;
    QActionGroup *m_autoRefreshGroup = nullptr;
    QMenu *m_autoRefreshMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_nextPageAction = nullptr;
    QAction *m_previousPageAction = nullptr;
    QAction *m_startAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_unlockAction = nullptr;
    QAction *m_journalAction = nullptr;
    QAction *m_editConnectionAction = nullptr;
    QAction *m_manageConnectionsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_filterUnitAction = nullptr;
    QAction *m_filterPcAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
