#include "mainwindow.h"

#include "connectioncontroller.h"
#include "detailspanel.h"
#include "sessions/durationformat.h"
#include "filterbar.h"
#include "languagemenu.h"
#include "paginationbar.h"
#include "rowexporter.h"
#include "sessions/sessionbrowser.h"
#include "sessiontableview.h"
#include "statusbarcontroller.h"
#include "subscriptionfield.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

} // namespace

MainWindow::MainWindow(ConnectionController *connection, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_browser(new SessionBrowser(this))
    , m_loader(new SessionLoader(m_browser, this))
{
    initUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_browser->setNow(QDateTime::currentMSecsSinceEpoch());

    createActions();
    createCentralWidget();
    createToolBar();
    createMenus();

    m_status = new StatusBarController(statusBar(), this);
    connect(m_status, &StatusBarController::retryRequested, this, [this] { m_loader->refresh(SessionLoader::Origin::User); });
    connect(m_status, &StatusBarController::cancelRequested, m_loader, &SessionLoader::cancel);

    connect(m_loader, &SessionLoader::aboutToChangeRows, m_table, &SessionTableView::saveSelection);
    connect(m_loader, &SessionLoader::rowsChangedByLoad, m_table, &SessionTableView::restoreSelection);
    connect(m_loader, &SessionLoader::loadingStarted, this, [this] { m_status->setLoading(0); });
    connect(m_loader, &SessionLoader::progress, m_status, &StatusBarController::setLoading);
    connect(m_loader, &SessionLoader::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &SessionLoader::backgroundFailed, m_status, &StatusBarController::setOffline);
    connect(m_browser, &SessionBrowser::contentChanged, this, &MainWindow::onContentChanged);
    connect(m_table, &SessionTableView::selectionKeysChanged, this, &MainWindow::onSelectionChanged);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick.start();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->restoreLayout();
    m_browser->setPageSize(settings.value(QStringLiteral("table/pageSize"), 100).toInt());
    const int autoSeconds = settings.value(QStringLiteral("refresh/autoSeconds"), 0).toInt();
    const auto autoActions = m_autoRefreshGroup->actions();
    for (QAction *action : autoActions) {
        if (action->data().toInt() == autoSeconds)
            action->trigger();
    }

    nameInternalWidgets();
    onContentChanged();
    onSelectionChanged();
    updateTitle();

    connect(m_connection, &ConnectionController::ready, this, &MainWindow::onConnected);
    connect(m_connection, &ConnectionController::failed, this, [this](const QString &message) {
        m_status->setOffline(message, 0);
        showError(tr("Cannot connect"), message);
    });
    if (m_connection->isReady())
        onConnected();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &shortcut = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(shortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(plain(text), shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };

    m_openAction = make(tr("&Open Subscription…"), "openAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openAction->setStatusTip(tr("Type or paste a subscription ID"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        m_subscription->setFocus(Qt::ShortcutFocusReason);
        m_subscription->lineEdit()->selectAll();
    });
    m_exportAction = make(tr("&Export Filtered Rows…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_refreshAction = make(tr("&Refresh"), "refreshAction", QKeySequence::Refresh);
    m_refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_loader->refresh(SessionLoader::Origin::User); });

    auto *which = new QActionGroup(this);
    which->setExclusive(true);
    m_activeAction = make(tr("A&ctive Sessions"), "activeOnlyAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_allAction = make(tr("A&ll Sessions"), "allSessionsAction", QKeySequence(Qt::CTRL | Qt::Key_2));
    m_activeAction->setToolTip(tr("Load only the sessions running now (Ctrl+1)"));
    m_allAction->setToolTip(tr("Load every session, running and ended (Ctrl+2)"));
    for (QAction *action : {m_activeAction, m_allAction}) {
        action->setCheckable(true);
        which->addAction(action);
    }
    m_allAction->setChecked(true);
    connect(which, &QActionGroup::triggered, this, [this] {
        if (!m_loader->subscriptionId().isEmpty())
            m_loader->open(m_loader->subscriptionId(), m_activeAction->isChecked());
    });

    m_autoRefreshGroup = new QActionGroup(this);
    m_autoRefreshGroup->setExclusive(true);
    m_autoRefreshMenu = new QMenu(tr("&Auto-refresh"), this);
    const QList<QPair<int, QString>> choices = {
        {0, tr("&Off")}, {10, tr("Every &10 seconds")}, {30, tr("Every &30 seconds")}, {60, tr("Every &60 seconds")}};
    for (const auto &choice : choices) {
        QAction *action = m_autoRefreshMenu->addAction(choice.second);
        action->setObjectName(QStringLiteral("autoRefresh%1").arg(choice.first));
        action->setCheckable(true);
        action->setData(choice.first);
        m_autoRefreshGroup->addAction(action);
        if (choice.first == 0)
            action->setChecked(true);
    }
    connect(m_autoRefreshGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        const int seconds = action->data().toInt();
        m_loader->setAutoRefreshSeconds(seconds);
        QSettings().setValue(QStringLiteral("refresh/autoSeconds"), seconds);
        m_autoRefreshMenu->menuAction()->setText(seconds == 0 ? tr("Auto-refresh: off")
                                                              : tr("Auto-refresh: %1 s").arg(seconds));
    });
    m_autoRefreshMenu->menuAction()->setText(tr("Auto-refresh: off"));
    m_autoRefreshMenu->menuAction()->setIcon(QIcon(QStringLiteral(":/icons/auto-refresh.svg")));

    m_findAction = make(tr("&Find…"), "findAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
    m_nextPageAction = make(tr("&Next Page"), "nextPageAction", QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextPageAction, &QAction::triggered, this, [this] { goToPage(m_browser->pager().page() + 1); });
    m_previousPageAction = make(tr("&Previous Page"), "previousPageAction", QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousPageAction, &QAction::triggered, this, [this] { goToPage(m_browser->pager().page() - 1); });

    m_startAction = make(tr("&Start Session…"), "startSessionAction", QKeySequence::New);
    m_startAction->setIcon(QIcon(QStringLiteral(":/icons/start.svg")));
    m_startAction->setEnabled(false);
    m_startAction->setStatusTip(tr("Starting sessions comes in the next version"));
    m_stopAction = make(tr("S&top Selected"), "stopSelectedAction");
    m_stopAction->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_stopAction->setEnabled(false);
    m_stopAction->setStatusTip(tr("Stopping sessions comes in the next version"));

    m_copyAction = make(tr("&Copy Rows"), "copyAction", QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected rows as a table that pastes into a spreadsheet"));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        // A text field's own copy wins when it has the focus.
        if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            edit->copy();
            return;
        }
        copySelection();
    });
    m_detailsAction = make(tr("Show &Details"), "showDetailsAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    m_filterUnitAction = make(tr("Filter by This &Unit"), "filterByUnitAction");
    connect(m_filterUnitAction, &QAction::triggered, this, [this] { filterByCurrent(true); });
    m_filterPcAction = make(tr("Filter by This &Pricing Component"), "filterByPricingComponentAction");
    connect(m_filterPcAction, &QAction::triggered, this, [this] { filterByCurrent(false); });

    m_aboutAction = make(tr("&About Usage Session Admin"), "aboutAction");
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Usage Session Admin"),
                                    tr("<b>Usage Session Admin</b> %1<br>View, start and stop BillForward usage "
                                       "sessions.<br>Connected to: %2")
                                        .arg(QApplication::applicationVersion(),
                                             m_connection->profileName().toHtmlEscaped()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addMenu(m_autoRefreshMenu);
    view->addSeparator();
    view->addAction(m_activeAction);
    view->addAction(m_allAction);
    view->addSeparator();
    view->addAction(m_findAction);
    view->addAction(m_nextPageAction);
    view->addAction(m_previousPageAction);
    view->addSeparator();
    QAction *dockToggle = m_detailsDock->toggleViewAction();
    dockToggle->setText(tr("Details &Panel"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(dockToggle);
    view->addAction(tr("&Reset Columns"), m_table, &SessionTableView::resetLayout);
    view->addSeparator();
    view->addMenu(new LanguageMenu(this, view));

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_startAction);
    session->addAction(m_stopAction);
    session->addSeparator();
    session->addAction(m_copyAction);
    session->addAction(m_detailsAction);
    session->addAction(m_filterUnitAction);
    session->addAction(m_filterPcAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_environment = new QLabel(bar);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_environment->setAccessibleName(tr("Connection"));
    m_environment->setMargin(4);
    bar->addWidget(m_environment);
    bar->addSeparator();

    auto *label = new QLabel(tr("S&ubscription:"), bar);
    m_subscription = new SubscriptionField(bar);
    m_subscription->setObjectName(QStringLiteral("subscriptionField"));
    label->setBuddy(m_subscription);
    label->setMargin(4);
    bar->addWidget(label);
    bar->addWidget(m_subscription);
    connect(m_subscription, &SubscriptionField::subscriptionChosen, this, &MainWindow::openSubscription);

    bar->addSeparator();
    bar->addAction(m_activeAction);
    bar->addAction(m_allAction);
    bar->addSeparator();
    bar->addAction(m_refreshAction);
    bar->addAction(m_autoRefreshMenu->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_autoRefreshMenu->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    bar->addAction(m_startAction);
    bar->addAction(m_stopAction);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Demo notice"));
    m_banner->setContentsMargins(10, 6, 10, 6);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_filterBar = new FilterBar(central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);

    m_table = new SessionTableView(m_browser, central);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    layout->addWidget(m_table, 1);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_detailsAction->trigger(); });

    m_pagination = new PaginationBar(central);
    m_pagination->setObjectName(QStringLiteral("paginationBar"));
    layout->addWidget(m_pagination);
    connect(m_pagination, &PaginationBar::pageRequested, this, &MainWindow::goToPage);
    connect(m_pagination, &PaginationBar::pageSizeRequested, this, &MainWindow::setPageSize);
    setCentralWidget(central);

    m_details = new DetailsPanel(m_browser, this);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_detailsDock = new QDockWidget(tr("Session Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setAccessibleName(tr("Session details"));
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    m_details->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 44);

    setTabOrder(m_filterBar, m_table);
    setTabOrder(m_table, m_pagination);
}

void MainWindow::nameInternalWidgets()
{
    // Widgets Qt makes for us carry no accessible name of their own.
    const auto toolBars = findChildren<QToolBar *>();
    for (QToolBar *bar : toolBars) {
        const auto actions = bar->actions();
        for (QAction *action : actions) {
            if (QWidget *widget = bar->widgetForAction(action); widget && widget->accessibleName().isEmpty())
                widget->setAccessibleName(plain(action->text()));
        }
    }
    m_table->verticalScrollBar()->setAccessibleName(tr("Scroll rows"));
    m_table->horizontalScrollBar()->setAccessibleName(tr("Scroll columns"));
    m_table->verticalHeader()->setAccessibleName(tr("Row numbers"));
    const auto buttons = findChildren<QAbstractButton *>();
    for (QAbstractButton *button : buttons) {
        if (!button->accessibleName().isEmpty())
            continue;
        if (qobject_cast<QLineEdit *>(button->parentWidget()))
            button->setAccessibleName(tr("Clear"));
        else if (button->objectName() == QLatin1String("qt_dockwidget_closebutton"))
            button->setAccessibleName(tr("Close details panel"));
        else if (button->objectName() == QLatin1String("qt_dockwidget_floatbutton"))
            button->setAccessibleName(tr("Detach details panel"));
        else if (button->parentWidget() == m_table)
            button->setAccessibleName(tr("Select all rows"));
        else if (!button->toolTip().isEmpty())
            button->setAccessibleName(button->toolTip());
        else if (!button->text().isEmpty())
            button->setAccessibleName(plain(button->text()));
    }
    const auto scrollBars = m_details->findChildren<QScrollBar *>();
    for (QScrollBar *bar : scrollBars)
        bar->setAccessibleName(tr("Scroll"));
}

void MainWindow::onConnected()
{
    m_loader->setClient(m_connection->client());
    const auto environment = m_connection->environment();
    const QColor colour = ConnectionController::environmentColor(environment);
    m_environment->setText(QStringLiteral("  %1  ").arg(m_connection->profileName()));
    m_environment->setToolTip(tr("Server: %1").arg(m_connection->baseUrl().toDisplayString(QUrl::RemoveUserInfo)));
    m_environment->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold;"
                                                " border-radius: 4px; padding: 2px 6px; }")
                                     .arg(colour.name()));
    if (m_connection->isDemo()) {
        m_banner->setText(tr("<b>Demo data.</b> These sessions come from a server built into this app, "
                             "not from BillForward. Changes you make stay on this computer."));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; }").arg(colour.name()));
        m_banner->show();
    } else if (environment == ConnectionController::Environment::Production) {
        m_banner->setText(tr("<b>Production.</b> You are looking at live billing data."));
        m_banner->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; }").arg(colour.name()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    const QStringList suggested = m_connection->suggestedSubscriptions();
    m_subscription->setSuggested(suggested);
    updateTitle();
    if (m_loader->subscriptionId().isEmpty() && !suggested.isEmpty())
        openSubscription(suggested.constFirst());
}

bool MainWindow::openSubscription(const QString &subscriptionId)
{
    const QString id = subscriptionId.trimmed();
    if (!SubscriptionField::isValidId(id)) {
        m_subscription->setCurrentId(id);
        return false;
    }
    m_subscription->setCurrentId(id);
    m_subscription->addRecent(id);
    m_loader->open(id, m_activeAction->isChecked());
    updateTitle();
    return true;
}

void MainWindow::onLoadFinished(SessionLoader::Origin origin, const BillForward::ApiError &error)
{
    if (error.kind == BillForward::ApiError::Kind::Cancelled) {
        m_status->setIdle();
        return;
    }
    if (!error.isError()) {
        m_status->setIdle();
        m_status->setLastRefresh(m_loader->lastLoaded());
        return;
    }
    if (origin == SessionLoader::Origin::Background)
        return; // backgroundFailed() puts it in the status bar
    m_status->setIdle();
    showError(tr("Could not load sessions"),
              tr("Loading the sessions of %1 failed.\n\n%2").arg(m_loader->subscriptionId(), error.message()));
}

void MainWindow::onContentChanged()
{
    const SessionStore &store = m_browser->store();
    int active = 0;
    for (int row = 0; row < store.size(); ++row) {
        if (store.at(row).isActive())
            ++active;
    }
    m_status->setCounts(store.size(), active);
    m_filterBar->setCounts(m_browser->view().stateCounts());
    m_filterBar->setChoices(m_browser->uoms(), m_browser->pricingComponents());
    m_pagination->update(m_browser->pager(), store.size());
    m_exportAction->setEnabled(m_browser->view().size() > 0);
    m_details->reload();
}

void MainWindow::onSelectionChanged()
{
    const QList<int> rows = m_table->selectedStoreRows();
    const SessionStore &store = m_browser->store();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 total = 0;
    for (const int row : rows) {
        const auto &session = store.at(row);
        total += session.isActive() && session.start != BillForward::NoTimestamp ? std::max<qint64>(0, now - session.start)
                                                                                 : session.uduration;
    }
    m_status->setSelection(int(rows.size()), total);
    const int current = m_table->currentStoreRow();
    m_details->showStoreRow(current >= 0 ? current : (rows.isEmpty() ? -1 : rows.constFirst()));
    m_copyAction->setEnabled(!rows.isEmpty());
    m_detailsAction->setEnabled(current >= 0);
    const bool one = current >= 0;
    m_filterUnitAction->setEnabled(one);
    m_filterPcAction->setEnabled(one);
    if (one) {
        const auto &session = store.at(current);
        m_filterUnitAction->setText(tr("Filter by Unit “%1”").arg(session.uom));
        const QString pc = session.pricingComponentName.isEmpty() ? session.pricingComponentId
                                                                  : session.pricingComponentName;
        m_filterPcAction->setText(tr("Filter by Pricing Component “%1”").arg(pc));
    } else {
        m_filterUnitAction->setText(tr("Filter by This &Unit"));
        m_filterPcAction->setText(tr("Filter by This &Pricing Component"));
    }
}

void MainWindow::applyFilter(const SessionFilter &filter)
{
    m_table->saveSelection();
    m_browser->setFilter(filter);
    m_table->restoreSelection();
}

void MainWindow::goToPage(int page)
{
    m_table->saveSelection();
    m_browser->setPage(page);
    m_table->restoreSelection();
    m_table->scrollToTop();
}

void MainWindow::setPageSize(int rows)
{
    m_table->saveSelection();
    m_browser->setPageSize(rows);
    m_table->restoreSelection();
    QSettings().setValue(QStringLiteral("table/pageSize"), rows);
}

void MainWindow::tick()
{
    const bool sortsByDuration = !m_table->sortKeys().isEmpty()
        && m_table->sortKeys().constFirst().column == SessionColumn::Duration;
    if (sortsByDuration)
        m_table->saveSelection();
    m_browser->setNow(QDateTime::currentMSecsSinceEpoch());
    if (sortsByDuration)
        m_table->restoreSelection();
    const int row = m_details->storeRow();
    if (row >= 0 && row < m_browser->store().size() && m_browser->store().at(row).isActive())
        m_details->reload();
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_copyAction);
    menu.addAction(m_detailsAction);
    menu.addSeparator();
    menu.addAction(m_filterUnitAction);
    menu.addAction(m_filterPcAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::filterByCurrent(bool unit)
{
    const int row = m_table->currentStoreRow();
    if (row < 0)
        return;
    const auto &session = m_browser->store().at(row);
    SessionFilter filter = m_filterBar->filter();
    if (unit)
        filter.setUoms({session.uom});
    else
        filter.setPricingComponents({session.pricingComponentName.isEmpty() ? session.pricingComponentId
                                                                            : session.pricingComponentName});
    m_filterBar->setFilter(filter);
    applyFilter(filter);
}

void MainWindow::copySelection()
{
    QList<int> modelRows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        modelRows << index.row();
    if (modelRows.isEmpty())
        return;
    std::sort(modelRows.begin(), modelRows.end());
    QApplication::clipboard()->setText(RowExporter::toTsv(*m_table->model(), *m_table->horizontalHeader(), modelRows));
    statusBar()->showMessage(tr("Copied %n row(s)", nullptr, int(modelRows.size())), 3000);
}

bool MainWindow::exportFilteredRows(const QString &path, QString *errorMessage)
{
    const SessionView &view = m_browser->view();
    const SessionStore &store = m_browser->store();
    QList<BillForward::UsageSession> sessions;
    sessions.reserve(view.size());
    for (int i = 0; i < view.size(); ++i)
        sessions << store.at(view.storeRow(i));
    const QByteArray data = RowExporter::formatOfPath(path) == RowExporter::Format::Json ? RowExporter::toJson(sessions)
                                                                                       : RowExporter::toCsv(sessions);
    return RowExporter::writeFile(path, data, errorMessage);
}

void MainWindow::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/%2-sessions.csv").arg(folder, m_loader->subscriptionId());
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Filtered Rows"), suggested,
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFilteredRows(path, &error))
        showError(tr("Export failed"), error + QLatin1Char('\n') + tr("Choose another folder and try again."));
    else
        statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, m_browser->view().size()).arg(path), 5000);
}

void MainWindow::updateTitle()
{
    const QString app = tr("Usage Session Admin");
    const QString environment = m_connection->isReady()
        ? ConnectionController::environmentName(m_connection->environment())
        : tr("not connected");
    const QString sub = m_loader->subscriptionId();
    setWindowTitle(sub.isEmpty() ? QStringLiteral("%1 — %2").arg(app, environment)
                                 : QStringLiteral("%1 — %2 — %3").arg(sub, environment, app));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    // Window-modal and non-blocking: no nested event loop under the loader.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_table->saveLayout();
    QMainWindow::closeEvent(event);
}
