#pragma once

#include "api/apierror.h"
#include "sessionloader.h"

#include <QMainWindow>
#include <QTimer>

class ConnectionController;
class DetailsPanel;
class FilterBar;
class PaginationBar;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class SessionBrowser;
class SessionFilter;
class SessionTableView;
class StatusBarController;
class SubscriptionField;

// The sessions window: composes the widgets and routes signals between
// them, the loader and the browser. Behaviour lives in those classes.
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

    SessionBrowser *browser() const { return m_browser; }
    SessionLoader *loader() const { return m_loader; }
    SessionTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    PaginationBar *paginationBar() const { return m_pagination; }
    DetailsPanel *detailsPanel() const { return m_details; }
    QDockWidget *detailsDock() const { return m_detailsDock; }
    StatusBarController *statusController() const { return m_status; }
    SubscriptionField *subscriptionField() const { return m_subscription; }
    QLabel *environmentLabel() const { return m_environment; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void nameInternalWidgets();
    void onConnected();
    void onLoadFinished(SessionLoader::Origin origin, const BillForward::ApiError &error);
    void onContentChanged();
    void onSelectionChanged();
    void applyFilter(const SessionFilter &filter);
    void goToPage(int page);
    void setPageSize(int rows);
    void tick();
    void showRowMenu(const QPoint &pos);
    void filterByCurrent(bool unit);
    void exportWithDialog();
    void updateTitle();
    void showError(const QString &title, const QString &message);

    ConnectionController *m_connection;
    SessionBrowser *m_browser;
    SessionLoader *m_loader;
    SessionTableView *m_table = nullptr;
    FilterBar *m_filterBar = nullptr;
    PaginationBar *m_pagination = nullptr;
    DetailsPanel *m_details = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    StatusBarController *m_status = nullptr;
    SubscriptionField *m_subscription = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_banner = nullptr;
    QTimer m_tick;

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
    QAction *m_copyAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_filterUnitAction = nullptr;
    QAction *m_filterPcAction = nullptr;
    QAction *m_aboutAction = nullptr;
};
