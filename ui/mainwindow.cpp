#include "ui/mainwindow.h"

#include "ui/actionresultmessage.h"
#include "ui/attentionnotifier.h"
#include "ui/connectioncontroller.h"
#include "ui/connectionstatus.h"
#include "ui/detailspanel.h"
#include "ui/dialogs/attentionlimitsdialog.h"
#include "ui/dialogs/journaldialog.h"
#include "ui/dialogs/productionunlockdialog.h"
#include "ui/dialogs/profiledialog.h"
#include "ui/dialogs/profilemanagerdialog.h"
#include "ui/dialogs/startsessiondialog.h"
#include "ui/dialogs/stopconfirmationdialog.h"
#include "ui/dialogs/tokenpromptdialog.h"
#include "ui/dialogs/tokenprompter.h"
#include "ui/filterbar.h"
#include "ui/heldstopsbar.h"
#include "ui/heldstopsquestion.h"
#include "ui/pictureexporter.h"
#include "ui/rowexporter.h"
#include "ui/sessiontableview.h"
#include "ui/sessionlayoutswitch.h"
#include "ui/statusbarcontroller.h"
#include "ui/totalsstrip.h"
#include "ui/viewscontroller.h"
#include "ui/timelinepane.h"
#include "ui/timelineview.h"
#include "ui/watchcontroller.h"
#include "ui/windowshortcutguard.h"
#include "ui/widgets/dockplacement.h"
#include "ui/widgets/languagemenu.h"
#include "ui/widgets/paginationbar.h"
#include "ui/widgets/palettecolors.h"
#include "ui/widgets/screenfit.h"
#include "ui/widgets/subscriptionfield.h"

#include "actions/actionpolicy.h"
#include "actions/heldstops.h"
#include "actions/sessionactionrunner.h"
#include "actions/stopplan.h"
#include "actions/stoprequest.h"
#include "radar/attentionlimitsstore.h"
#include "secrets/tokenresolver.h"
#include "secrets/tokenvault.h"
#include "sessions/displayformat.h"
#include "sessions/durationformat.h"
#include "sessions/sessionbrowser.h"
#include "settings/appsettings.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QHBoxLayout>

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
    , m_profiles(&m_settings)
{
    initUiResources();
    m_profiles.load();
    m_vault = new TokenVault(this);
    m_resolver = new TokenResolver(m_vault, this);
    m_prompter = new TokenPrompter(m_resolver, this);
    m_runner = new SessionActionRunner(m_connection->client(), this);
    m_runner->setJournal(&m_journal);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_browser->setNow(QDateTime::currentMSecsSinceEpoch());

    createActions();
    createCentralWidget();
    m_watch = new WatchController(this);
    // Saved views apply the filter and page size the way the user's own changes do.
    m_views = new ViewsController(this, {[this](const SessionFilter &filter) { applyFilter(filter); },
                                         [this](int rows) { setPageSize(rows); }});
    createToolBar();
    createMenus();
    new WindowShortcutGuard(this); // the guide's shortcuts work wherever the focus is
    // Sessions newly needing attention while the user is away: notification, tray, title.
    m_attention = new AttentionNotifier(this, m_browser, this);
    m_attention->follow(m_loader);
    m_attention->follow(m_watch->loader());
    connect(m_attention, &AttentionNotifier::unseenCountChanged, this, &MainWindow::updateTitle);
    connect(m_attention, &AttentionNotifier::showRequested, this, &MainWindow::showNeedingAttention);
    connect(m_attention, &AttentionNotifier::quitRequested, m_quitAction, &QAction::trigger);

    m_status = new StatusBarController(statusBar(), this);
    m_connectionStatus = new ConnectionStatus(m_connection, m_resolver, m_loader, this);
    auto showConnection = [this] {
        m_status->setConnectionText(m_connectionStatus->text(), m_connectionStatus->isFailed());
        // A new attempt replaces what the last failure said.
        if (m_connectionStatus->state() == ConnectionStatus::State::Connecting && !m_loader->isLoading())
            m_status->setIdle();
    };
    connect(m_connectionStatus, &ConnectionStatus::changed, this, showConnection);
    showConnection();
    connect(m_status, &StatusBarController::retryRequested, this, [this] {
        // After a failed connect there is nothing to refresh: connect again.
        if (m_connection->isReady() && !m_connectionStatus->isFailed()) {
            if (!m_watch->refresh(SessionLoader::Origin::User))
                m_loader->refresh(SessionLoader::Origin::User);
        }
        else
            connectProfile(m_connectionStatus->profile().id.isEmpty() ? m_connection->profile()
                                                                      : m_connectionStatus->profile());
    });
    connect(m_status, &StatusBarController::cancelRequested, m_loader, &SessionLoader::cancel);

    connect(m_loader, &SessionLoader::aboutToChangeRows, m_table, &SessionTableView::saveSelection);
    m_table->followLoads(m_loader);
    connect(m_loader, &SessionLoader::rowsChangedByLoad, m_table, &SessionTableView::restoreSelection);
    connect(m_loader, &SessionLoader::loadingStarted, this, [this] { m_status->setLoading(0); });
    connect(m_loader, &SessionLoader::progress, m_status, &StatusBarController::setLoading);
    connect(m_loader, &SessionLoader::loadFinished, this, &MainWindow::onLoadFinished);
    connect(m_loader, &SessionLoader::backgroundFailed, m_status, &StatusBarController::setOffline);
    connect(m_browser, &SessionBrowser::contentChanged, this, &MainWindow::onContentChanged);
    connect(m_browser, &SessionBrowser::attentionChanged, this,
            [this] { m_filterBar->setCounts(m_browser->view().stateCounts()); });
    connect(m_table, &SessionTableView::selectionKeysChanged, this, &MainWindow::onSelectionChanged);
    connect(m_loader, &SessionLoader::rowsChangedByLoad, this, &MainWindow::updatePendingRows);

    connect(m_resolver, &TokenResolver::tokenReady, this, &MainWindow::onTokenReady);
    connect(m_resolver, &TokenResolver::resolveCancelled, this, [this](const QString &profileId) {
        if (profileId != m_connecting.id)
            return;
        m_connecting = {}; // the status bar's connection state says why (ConnectionStatus)
        updateConnectionWidgets();
    });
    connect(m_connection, &ConnectionController::tokenRefused, this,
            [this](const ConnectionProfile &profile, const QByteArray &token) {
                // Forgotten for the session, wherever it came from, and asked for again.
                m_resolver->refuse(profile.id, token);
                updateConnectionWidgets();
                askForToken(profile); // the same connection: nothing to send or undo before it
            },
            Qt::QueuedConnection); // after the refused call's own handlers (a POST's runner is done then)
    connect(m_resolver, &TokenResolver::keychainProblem, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });

    connect(m_runner, &SessionActionRunner::refused, this, [this](const QString &reason) {
        showError(tr("Not sent"), reason);
    });
    connect(m_runner, &SessionActionRunner::pendingChanged, this, [this] {
        updatePendingRows();
        updateActionState();
    });
    // Reconciliation can take a while on a slow server: the user may stop
    // it (what is not known yet is then reported as unknown).
    m_stopCheckingButton = new QPushButton(tr("Stop checking"), this);
    m_stopCheckingButton->setObjectName(QStringLiteral("stopCheckingButton"));
    m_stopCheckingButton->setAccessibleName(tr("Stop checking with the server"));
    m_stopCheckingButton->setToolTip(tr("Stop asking the server whether the change took effect; the sessions "
                                        "not checked yet are reported as unknown"));
    m_stopCheckingButton->hide();
    statusBar()->addPermanentWidget(m_stopCheckingButton);
    connect(m_stopCheckingButton, &QPushButton::clicked, m_runner, &SessionActionRunner::cancelReconciliation);
    connect(m_runner, &SessionActionRunner::reconciling, this, [this] {
        statusBar()->showMessage(tr("The server did not confirm the change. Checking with the server whether "
                                    "it took effect…"));
        m_stopCheckingButton->show();
    });
    connect(m_runner, &SessionActionRunner::finished, this, [this] {
        m_stopCheckingButton->setVisible(m_runner->isReconciling());
    });
    connect(m_runner, &SessionActionRunner::finished, this, &MainWindow::onActionFinished);

    // The undo window: confirmed stops wait here before the runner sends them.
    m_heldStops = new HeldStops(m_runner, this);
    m_heldStopsBar = new HeldStopsBar(m_heldStops, statusBar(), this);
    m_heldStopsQuestion = new HeldStopsQuestion(m_heldStops, m_runner, this);
    // No token, no stop: a held stop waits for the new one instead of going into a 401.
    connect(m_connection, &ConnectionController::tokenRefused, m_heldStops, &HeldStops::pause);
    connect(m_connection, &ConnectionController::ready, m_heldStops, &HeldStops::resume);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MainWindow::tick);
    m_tick.start();

    if (!restoreGeometry(AppSettings::WindowGeometry.read()))
        resize(1280, 760);
    restoreState(AppSettings::WindowState.read());
    new ScreenFit(this); // within the screen, also with a geometry saved on a bigger one
    m_table->restoreLayout();
    m_browser->setPageSize(AppSettings::PageSize.read());
    m_layoutSwitch->restore();
    m_sessionLayout = m_layoutSwitch->layout();
    const int autoSeconds = AppSettings::AutoRefreshSeconds.read();
    const auto autoActions = m_autoRefreshGroup->actions();
    for (QAction *action : autoActions) {
        if (action->data().toInt() == autoSeconds)
            action->trigger();
    }

    nameInternalWidgets();
    onContentChanged();
    onSelectionChanged();
    updateTitle();

    applyTabOrder();
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] {
        // Chips come and go with the filter: keep them in the Tab order.
        QTimer::singleShot(0, this, &MainWindow::applyTabOrder);
    });

    connect(m_watch, &WatchController::viewChanged, this, [this] {
        updateTitle();
        m_table->setEmptyNote(emptyTableNote());
    });
    connect(m_connection, &ConnectionController::ready, this, &MainWindow::onConnected);
    connect(m_connection, &ConnectionController::failed, this, [this](const QString &message) {
        m_status->setStopped(message); // nothing retries a failed connect by itself
        showError(tr("Cannot connect"), message);
    });
    if (m_connection->isReady())
        onConnected();
    // A light/dark theme switch: the badge's focus frame follows the window text.
    PaletteColors::onPaletteChange(this, [this] { updateConnectionWidgets(); });
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

    m_openAction = make(tr("&Open subscription…"), "openAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_openAction->setStatusTip(tr("Type or paste a subscription ID"));
    connect(m_openAction, &QAction::triggered, this, [this] {
        m_subscription->setFocus(Qt::ShortcutFocusReason);
        m_subscription->lineEdit()->selectAll();
    });
    m_exportAction = make(tr("&Export filtered rows…"), "exportAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportWithDialog);
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_refreshAction = make(tr("&Refresh"), "refreshAction", QKeySequence::Refresh);
    m_refreshAction->setIcon(QIcon(QStringLiteral(":/icons/refresh.svg")));
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (!m_watch->refresh(SessionLoader::Origin::User))
            m_loader->refresh(SessionLoader::Origin::User);
    });

    auto *which = new QActionGroup(this);
    which->setExclusive(true);
    m_activeAction = make(tr("A&ctive sessions"), "activeOnlyAction", QKeySequence(Qt::CTRL | Qt::Key_1));
    m_allAction = make(tr("A&ll sessions"), "allSessionsAction", QKeySequence(Qt::CTRL | Qt::Key_2));
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
        m_watch->setAutoRefreshSeconds(seconds);
        AppSettings::AutoRefreshSeconds.write(seconds);
        m_autoRefreshMenu->menuAction()->setText(seconds == 0 ? tr("Auto-refresh: off")
                                                              : tr("Auto-refresh: %1 s").arg(seconds));
    });
    m_autoRefreshMenu->menuAction()->setText(tr("Auto-refresh: off"));
    m_autoRefreshMenu->menuAction()->setIcon(QIcon(QStringLiteral(":/icons/auto-refresh.svg")));

    m_findAction = make(tr("&Find…"), "findAction", QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
    m_nextPageAction = make(tr("&Next page"), "nextPageAction", QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextPageAction, &QAction::triggered, this, [this] { goToPage(m_browser->pager().page() + 1); });
    m_previousPageAction = make(tr("&Previous page"), "previousPageAction", QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousPageAction, &QAction::triggered, this, [this] { goToPage(m_browser->pager().page() - 1); });

    m_startAction = make(tr("&Start session…"), "startSessionAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_startAction->setIcon(QIcon(QStringLiteral(":/icons/start.svg")));
    m_startAction->setEnabled(false);
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startSessions);
    m_stopAction = make(tr("S&top selected"), "stopSelectedAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_stopAction->setIcon(QIcon(QStringLiteral(":/icons/stop.svg")));
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSelected);
    m_unlockAction = make(tr("&Allow changes…"), "allowChangesAction");
    m_unlockAction->setStatusTip(tr("Production opens read-only: allow starting and stopping until the app closes"));
    m_unlockAction->setEnabled(false);
    connect(m_unlockAction, &QAction::triggered, this, &MainWindow::allowChanges);
    m_journalAction = make(tr("&Journal…"), "journalAction", QKeySequence(Qt::CTRL | Qt::Key_J));
    m_journalAction->setStatusTip(tr("Every start and stop sent from this computer, and its outcome"));
    connect(m_journalAction, &QAction::triggered, this, &MainWindow::showJournal);
    m_editConnectionAction = make(tr("&Edit connection…"), "editConnectionAction");
    connect(m_editConnectionAction, &QAction::triggered, this, &MainWindow::editConnection);
    m_manageConnectionsAction = make(tr("&Manage connections…"), "manageConnectionsAction");
    connect(m_manageConnectionsAction, &QAction::triggered, this, &MainWindow::manageConnections);

    m_copyAction = make(tr("&Copy rows"), "copyAction", QKeySequence::Copy);
    m_copyAction->setStatusTip(tr("Copy the selected rows as a table that pastes into a spreadsheet"));
    connect(m_copyAction, &QAction::triggered, this, [this] {
        // A text field's own copy wins when it has the focus.
        if (auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget())) {
            edit->copy();
            return;
        }
        copySelection();
    });
    m_detailsAction = make(tr("Show &details"), "showDetailsAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        m_detailsDock->show();
        m_detailsDock->raise();
    });
    m_filterUnitAction = make(tr("Filter by this &unit"), "filterByUnitAction");
    connect(m_filterUnitAction, &QAction::triggered, this, [this] { filterByCurrent(true); });
    m_filterPcAction = make(tr("Filter by this &pricing component"), "filterByPricingComponentAction");
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
    addExportPictureAction(file);
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
    dockToggle->setText(tr("Details &panel"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    view->addAction(dockToggle);
    view->addAction(tr("&Reset columns"), m_table, &SessionTableView::resetLayout);
    view->addSeparator();
    view->addActions(m_layoutSwitch->menuActions());
    view->addSeparator();
    auto *languageMenu = new LanguageMenu(this, view);
    view->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::dateFormatChanged, m_filterBar, &FilterBar::refreshDateFormat);
    connect(languageMenu, &LanguageMenu::dateFormatChanged, m_details, &DetailsPanel::reload);

    menuBar()->addMenu(m_views->menu());
    menuBar()->addMenu(m_watch->menu());

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_startAction);
    session->addAction(m_stopAction);
    session->addAction(m_unlockAction);
    session->addSeparator();
    session->addAction(m_journalAction);
    // The radar's limits, per connection (AttentionLimitsDialog stores and applies them).
    session->addAction(tr("Attention &limits…"), this, [this] {
        const ConnectionProfile profile = m_connection->profile().id.isEmpty() ? m_profiles.current() : m_connection->profile();
        AttentionLimitsDialog::edit(profile, m_browser, this);
    })->setObjectName(QStringLiteral("attentionLimitsAction"));
    session->addSeparator();
    session->addAction(m_copyAction);
    session->addAction(m_detailsAction);
    session->addAction(m_filterUnitAction);
    session->addAction(m_filterPcAction);

    menuBar()->addMenu(m_connectionMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    createConnectionMenu();
    m_connectionButton = new QToolButton(bar);
    m_connectionButton->setObjectName(QStringLiteral("connectionButton"));
    m_connectionButton->setMenu(m_connectionMenu);
    m_connectionButton->setPopupMode(QToolButton::InstantPopup);
    m_connectionButton->setFocusPolicy(Qt::TabFocus);
    bar->addWidget(m_connectionButton);
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
    bar->addAction(m_unlockAction);

    bar->addSeparator();
    bar->addAction(m_layoutSwitch->timelineToggle());
    bar->addSeparator();
    bar->addWidget(m_views->comboBox());
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QWidget(central);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setAttribute(Qt::WA_StyledBackground);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 4, 10, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("connectionBannerText"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setAccessibleName(tr("Connection notice"));
    bannerLayout->addWidget(m_bannerText, 1);
    m_unlockButton = new QPushButton(tr("Allow changes…"), m_banner);
    m_unlockButton->setObjectName(QStringLiteral("allowChangesButton"));
    m_unlockButton->setAccessibleName(tr("Allow changes on production"));
    connect(m_unlockButton, &QPushButton::clicked, this, &MainWindow::allowChanges);
    bannerLayout->addWidget(m_unlockButton);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_filterBar = new FilterBar(central);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));
    layout->addWidget(m_filterBar);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);

    // The sessions as a table, a timeline or both (SessionLayoutSwitch).
    auto *sessionSplitter = new QSplitter(Qt::Vertical, central);
    sessionSplitter->setObjectName(QStringLiteral("sessionSplitter"));
    sessionSplitter->setChildrenCollapsible(false);
    m_table = new SessionTableView(m_browser, sessionSplitter);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    createTimeline(sessionSplitter);
    layout->addWidget(sessionSplitter, 1);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::showRowMenu);
    connect(m_table, &QAbstractItemView::activated, this, [this] { m_detailsAction->trigger(); });

    m_totals = new TotalsStrip(m_browser, central); // the filtered set's and the selection's totals
    m_totals->setObjectName(QStringLiteral("totalsStrip"));
    layout->addWidget(m_totals);

    m_pagination = new PaginationBar(central);
    m_pagination->setObjectName(QStringLiteral("paginationBar"));
    layout->addWidget(m_pagination);
    connect(m_pagination, &PaginationBar::pageRequested, this, &MainWindow::goToPage);
    connect(m_pagination, &PaginationBar::pageSizeRequested, this, &MainWindow::setPageSize);
    setCentralWidget(central);

    m_details = new DetailsPanel(m_browser, this);
    m_details->setObjectName(QStringLiteral("detailsPanel"));
    m_detailsDock = new QDockWidget(tr("Session details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setAccessibleName(tr("Session details"));
    // Scrolls rather than holding the window to its full height, and goes
    // below the table when the window is too narrow for both side by side.
    auto *detailsScroll = new QScrollArea(m_detailsDock);
    detailsScroll->setObjectName(QStringLiteral("detailsScroll"));
    detailsScroll->setWidget(m_details);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setFocusPolicy(Qt::NoFocus);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    detailsScroll->setMinimumWidth(digit * 30);
    m_detailsDock->setWidget(detailsScroll);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    resizeDocks({m_detailsDock}, {digit * 44}, Qt::Horizontal);
    new DockPlacement(this, m_detailsDock, digit * 44, digit * 70);
}

void MainWindow::createTimeline(QSplitter *splitter)
{
    auto *pane = new TimelinePane(m_browser, splitter);
    m_timelinePane = pane;
    m_timelineView = pane->view();
    // A click on a bar selects its row (on its page); the table's selection
    // scrolls the timeline to it; running bars grow with the clock.
    connect(m_timelineView, &TimelineView::storeRowClicked, m_table, &SessionTableView::selectStoreRow);
    connect(m_table, &SessionTableView::selectionKeysChanged, m_timelineView,
            [this] { m_timelineView->showStoreRow(m_table->currentStoreRow()); });
    connect(&m_tick, &QTimer::timeout, m_timelineView, &TimelineView::followNow);
    m_layoutSwitch = new SessionLayoutSwitch(splitter, m_table, pane, this);
    connect(m_layoutSwitch, &SessionLayoutSwitch::layoutChanged, this,
            [this](SessionLayout layout) { m_sessionLayout = layout; });
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
    m_table->setAccessibleDescription(tr("The sessions of the open subscription, filtered and sorted; one page "
                                         "at a time. Enter shows a session's details."));
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
        else if (button->objectName() == QLatin1String("qt_toolbar_ext_button")) {
            button->setAccessibleName(tr("More toolbar buttons"));
            button->setToolTip(tr("The toolbar buttons the window is too narrow to show"));
        }
        else if (button->parentWidget() == m_table)
            button->setAccessibleName(tr("Select all rows"));
        else if (!button->toolTip().isEmpty())
            button->setAccessibleName(button->toolTip());
        else if (!button->text().isEmpty())
            button->setAccessibleName(plain(button->text()));
    }
    const auto scrollBars = m_detailsDock->findChildren<QScrollBar *>();
    for (QScrollBar *bar : scrollBars)
        bar->setAccessibleName(tr("Scroll"));
}

void MainWindow::createConnectionMenu()
{
    m_connectionMenu = new QMenu(tr("&Connection"), this);
    m_connectionMenu->setObjectName(QStringLiteral("connectionMenu"));
    connect(m_connectionMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildConnectionMenu);
    rebuildConnectionMenu();
}

void MainWindow::rebuildConnectionMenu()
{
    m_connectionMenu->clear();
    auto *group = new QActionGroup(m_connectionMenu);
    group->setExclusive(true);
    QList<ConnectionProfile> profiles = m_profiles.profiles();
    const ConnectionProfile &connected = m_connection->profile();
    if (m_connection->isReady() && !m_profiles.contains(connected.id))
        profiles.prepend(connected); // a --base-url connection, not saved
    for (const ConnectionProfile &profile : std::as_const(profiles)) {
        const QString environment = ConnectionProfile::environmentName(profile.environment());
        QAction *action = m_connectionMenu->addAction(tr("%1 (%2)").arg(profile.name, environment));
        action->setObjectName(QStringLiteral("profile:") + profile.id);
        action->setCheckable(true);
        action->setChecked(m_connection->isReady() && profile.id == connected.id);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, profile] {
            if (!m_connection->isReady() || profile.id != m_connection->profile().id)
                connectProfile(profile);
        });
    }
    m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_editConnectionAction);
    m_connectionMenu->addAction(m_manageConnectionsAction);
}

void MainWindow::connectCurrentProfile()
{
    connectProfile(m_profiles.current());
}

void MainWindow::connectProfile(const ConnectionProfile &profile)
{
    if (!m_heldStopsQuestion->clearToLeave(
            tr("Send it to the current server before switching connections, or undo it?"),
            tr("Waiting for the server’s answer to the stop before switching connections…"),
            [this, profile] { connectProfile(profile); }))
        return;
    if (m_runner->isAwaitingAnswer()) {
        showError(tr("Cannot switch connections"),
                  tr("A start or stop is still waiting for the server’s answer. Switch once it has been answered."));
        return;
    }
    // Checking with the old server ends here; the journal keeps what is
    // still unknown as unknown.
    m_runner->cancelReconciliation();
    askForToken(profile);
}

void MainWindow::askForToken(const ConnectionProfile &profile)
{
    m_connecting = profile;
    if (m_profiles.contains(profile.id))
        m_profiles.setCurrentId(profile.id);
    m_prompter->setProfileName(profile.name);
    m_connectionStatus->connecting(profile);
    m_resolver->resolve(profile);
}

void MainWindow::onTokenReady(const QString &profileId, const QByteArray &token)
{
    if (profileId != m_connecting.id)
        return;
    const ConnectionProfile profile = m_connecting;
    m_connecting = {};
    m_connection->connectProfile(profile, token);
}

void MainWindow::onConnected()
{
    m_loader->setClient(m_connection->client());
    m_loader->setOrganizations(m_connection->profile().organizations);
    // A new connection starts locked again (production) and with its own rules.
    m_runner->setPolicy(ActionPolicy(m_connection->profile()));
    m_heldStops->setDelaySeconds(m_connection->profile().undoSeconds);
    m_browser->setAttentionLimits(AttentionLimitsStore::load(m_connection->profile()));
    m_views->onConnected(m_connection->profile()); // its views, its default applied
    updateConnectionWidgets();
    const QStringList suggested = m_connection->suggestedSubscriptions();
    m_subscription->setSuggested(suggested);
    updateTitle();
    // Rows of another server must never stay under this one's name.
    if (m_watch->onConnected(m_loader->subscriptionId().isEmpty()))
        return; // All watched, swept over this connection
    if (!m_loader->subscriptionId().isEmpty())
        m_loader->open(m_loader->subscriptionId(), m_activeAction->isChecked());
    else if (!suggested.isEmpty())
        openSubscription(suggested.constFirst());
}

QString MainWindow::connectionLabel() const
{
    // "PRODUCTION · BillForward production"; just "DEMO" when the name says no more.
    const QString environment = ConnectionProfile::environmentName(m_connection->environment());
    const QString name = m_connection->profileName();
    if (name.compare(environment, Qt::CaseInsensitive) == 0)
        return environment.toUpper();
    return tr("%1 · %2").arg(environment.toUpper(), name);
}

void MainWindow::updateConnectionWidgets()
{
    const ConnectionProfile &profile = m_connection->profile();
    const auto environment = m_connection->environment();
    const QString environmentName = ConnectionProfile::environmentName(environment);
    const QColor colour = ConnectionController::environmentColor(environment);
    const bool ready = m_connection->isReady();
    m_connectionButton->setText(ready ? connectionLabel() : tr("Not connected"));
    m_connectionButton->setAccessibleName(
        ready ? tr("Connection: %1, %2. Choose another connection").arg(m_connection->profileName(), environmentName)
              : tr("Connection: not connected"));
    m_connectionButton->setToolTip(ready ? tr("%1 — %2\nServer: %3\nClick to choose another connection")
                                               .arg(m_connection->profileName(), environmentName,
                                                    m_connection->baseUrl().toDisplayString(QUrl::RemoveUserInfo))
                                         : QString());
    // The environment's colour is its identity in light and dark themes alike;
    // the text on it is whichever of light or dark reads (PaletteColors).
    const QColor badge = ready ? colour : QColor(0x6b, 0x6b, 0x6b);
    const QColor badgeText = PaletteColors::textOn(badge);
    PaletteColors::setStyleSheetIfChanged(
        m_connectionButton,
        QStringLiteral("QToolButton { background: %1; color: %2; font-weight: bold;"
                       " border-radius: 4px; padding: 3px 8px; }"
                       "QToolButton:focus { border: 2px solid %3; }")
            .arg(badge.name(), badgeText.name(), palette().color(QPalette::WindowText).name()));

    const ActionPolicy &policy = m_runner->policy();
    QString text;
    if (!ready) {
        text.clear();
    } else if (profile.environment() == ConnectionProfile::Environment::Production) {
        if (profile.readOnly)
            text = tr("<b>Production — read-only.</b> You are looking at live billing data. This connection "
                      "never starts or stops sessions.");
        else if (policy.needsUnlock())
            text = tr("<b>Production — read-only.</b> You are looking at live billing data. Starting and "
                      "stopping sessions is off until you allow changes.");
        else
            text = tr("<b>Production — changes allowed</b> until the app closes. Every start and stop "
                      "changes what customers are billed.");
    } else if (profile.readOnly) {
        text = tr("<b>Read-only connection.</b> Sessions cannot be started or stopped through “%1”.")
                   .arg(profile.name.toHtmlEscaped());
    } else if (m_connection->isDemo()) {
        text = tr("<b>Demo data.</b> These sessions come from a server built into this app, "
                  "not from BillForward. Changes you make stay on this computer.");
    } else if (environment == ConnectionController::Environment::Sandbox) {
        text = tr("<b>Sandbox.</b> BillForward’s test environment: changes here bill no one.");
    }
    m_bannerText->setText(text);
    m_bannerText->setAccessibleName(tr("Connection notice: %1").arg(QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>")))));
    PaletteColors::setStyleSheetIfChanged(
        m_banner, QStringLiteral("#connectionBanner { background: %1; } #connectionBanner QLabel { color: %2; }")
                      .arg(colour.name(), PaletteColors::textOn(colour).name()));
    m_unlockButton->setVisible(ready && policy.needsUnlock());
    m_banner->setVisible(!text.isEmpty());
    updateActionState();
    updateTitle();
    applyTabOrder();
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
        m_table->setEmptyNote(emptyTableNote());
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
    const SessionView::StateCounts counts = m_browser->view().stateCounts();
    m_status->setCounts(store.size(), store.activeCount());
    m_filterBar->setCounts(counts);
    m_filterBar->setChoices(m_browser->uoms(), m_browser->pricingComponents());
    m_pagination->update(m_browser->pager(), store.size());
    m_exportAction->setEnabled(m_browser->view().size() > 0);
    m_details->reload();
    m_table->setEmptyNote(emptyTableNote());
}

QString MainWindow::emptyTableNote() const
{
    const QString id = m_loader->subscriptionId();
    if ((id.isEmpty() && !m_watch->isAllWatchedShown()) || m_browser->view().size() > 0)
        return {};
    if (m_browser->store().size() > 0)
        return tr("None of the %1 loaded sessions matches the filters. Remove a filter, or choose Clear all.")
            .arg(QLocale().toString(m_browser->store().size()));
    if (m_watch->isAllWatchedShown())
        return m_watch->emptyNote();
    if (!m_loader->listedNone())
        return {}; // still loading, or the load failed and a message said so
    // An empty list is also BillForward's answer to an ID it does not know.
    if (m_loader->activeOnly())
        return tr("Subscription %1 has no running sessions. That does not tell whether it has ended ones: choose "
                  "All sessions (Ctrl+2). If it has none either, check the subscription ID.").arg(id);
    return tr("Subscription %1 has no usage sessions. BillForward answers the same for a subscription ID it does "
              "not know: check the ID.").arg(id);
}

void MainWindow::onSelectionChanged()
{
    const QList<int> rows = m_table->selectedStoreRows();
    const SessionStore &store = m_browser->store();
    updateSelectionTotal(rows);
    const int current = m_table->currentStoreRow();
    m_details->showStoreRow(current >= 0 ? current : (rows.isEmpty() ? -1 : rows.constFirst()));
    m_copyAction->setEnabled(!rows.isEmpty());
    m_detailsAction->setEnabled(current >= 0);
    const bool one = current >= 0;
    m_filterUnitAction->setEnabled(one);
    m_filterPcAction->setEnabled(one);
    if (one) {
        const auto &session = store.at(current);
        m_filterUnitAction->setText(tr("Filter by unit “%1”").arg(session.uom));
        const QString pc = session.pricingComponentName.isEmpty() ? session.pricingComponentId
                                                                  : session.pricingComponentName;
        m_filterPcAction->setText(tr("Filter by pricing component “%1”").arg(pc));
    } else {
        m_filterUnitAction->setText(tr("Filter by this &unit"));
        m_filterPcAction->setText(tr("Filter by this &pricing component"));
    }
    updateActionState();
}

void MainWindow::updateSelectionTotal(const QList<int> &rows)
{
    // At the instant the rows show, so an active session's share of the
    // total grows with its Duration cell at every tick.
    m_totals->setSelection(rows);
}

void MainWindow::setSessionLayout(SessionLayout layout)
{
    m_layoutSwitch->setLayout(layout);
    m_sessionLayout = layout;
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
    AppSettings::PageSize.write(rows);
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
    updateSelectionTotal(m_table->selectedStoreRows());
    const int row = m_details->storeRow();
    if (row >= 0 && row < m_browser->store().size() && m_browser->store().isActive(row))
        m_details->reload();
}

void MainWindow::showRowMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_stopAction);
    menu.addAction(m_startAction);
    menu.addSeparator();
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
    const QList<BillForward::UsageSession> sessions = m_browser->shownSessions();
    const QByteArray data = RowExporter::formatOfPath(path) == RowExporter::Format::Json ? RowExporter::toJson(sessions)
                                                                                       : RowExporter::toCsv(sessions);
    return RowExporter::writeFile(path, data, errorMessage);
}

void MainWindow::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QStringLiteral("%1/%2-sessions.csv").arg(folder, m_loader->subscriptionId());
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export filtered rows"), suggested,
                                                      tr("CSV (*.csv);;JSON (*.json)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportFilteredRows(path, &error))
        showError(tr("Export failed"), error + QLatin1Char('\n') + tr("Choose another folder and try again."));
    else
        statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, m_browser->view().size()).arg(path), 5000);
}

void MainWindow::addExportPictureAction(QMenu *file)
{
    QAction *action = file->addAction(tr("Export timeline &picture…"));
    action->setObjectName(QStringLiteral("exportPictureAction"));
    action->setStatusTip(tr("Save the timeline as it is shown, as a PNG image or an SVG drawing"));
    // Only while the timeline shows: there is no picture of a hidden one.
    const auto follow = [action](SessionLayout layout) { action->setEnabled(layout != SessionLayout::Table); };
    follow(m_layoutSwitch->layout());
    connect(m_layoutSwitch, &SessionLayoutSwitch::layoutChanged, action, follow);
    connect(action, &QAction::triggered, this, [this] {
        const bool all = m_watch->isAllWatchedShown();
        const QString subscription = all ? QString() : m_loader->subscriptionId();
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString suggested = PictureExporter::suggestedPath(folder, all ? QStringLiteral("all-watched") : subscription);
        const QString title = all                    ? tr("Usage sessions of all watched subscriptions")
                              : subscription.isEmpty() ? tr("Usage sessions")
                                                       : tr("Usage sessions of %1").arg(subscription);
        const QString description = tr("%n session(s) shown, exported %1", nullptr, m_browser->view().size())
                                        .arg(DisplayFormat::dateTime(QDateTime::currentDateTime()));
        const QString path = PictureExporter::exportWithDialog(m_timelinePane, this, suggested, title, description);
        if (!path.isEmpty())
            statusBar()->showMessage(tr("Saved the timeline picture to %1").arg(path), 5000);
    });
}

void MainWindow::updateTitle()
{
    const QString app = tr("Usage Session Admin");
    const QString environment = m_connection->isReady() ? connectionLabel() : tr("not connected");
    const QString sub = m_watch->isAllWatchedShown() ? tr("All watched") : m_loader->subscriptionId();
    const QString title = sub.isEmpty() ? QStringLiteral("%1 — %2").arg(app, environment)
                                        : QStringLiteral("%1 — %2 — %3").arg(sub, environment, app);
    const int unseen = m_attention->unseenCount(); // sessions newly needing attention
    setWindowTitle(unseen > 0 ? tr("(%1) %2").arg(unseen).arg(title) : title);
}

void MainWindow::showNeedingAttention()
{
    SessionFilter filter = m_filterBar->filter();
    filter.setState(SessionFilter::StateChoice::NeedsAttention);
    m_filterBar->setFilter(filter);
    applyFilter(filter);
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
    if (!m_heldStopsQuestion->clearToLeave(tr("Send it before closing, or undo it?"),
                                           tr("Waiting for the server’s answer to the stop before closing…"),
                                           [this] { close(); })) {
        event->ignore();
        return;
    }
    QSettings settings;
    AppSettings::WindowGeometry.write(settings, saveGeometry());
    AppSettings::WindowState.write(settings, saveState());
    m_table->saveLayout();
    QMainWindow::closeEvent(event);
}

QList<BillForward::UsageSession> MainWindow::stoppableSelection() const
{
    QList<BillForward::UsageSession> sessions;
    const SessionStore &store = m_browser->store();
    const QList<int> rows = m_table->selectedStoreRows();
    for (const int row : rows) {
        if (store.isActive(row) && !m_runner->isPending(store.addressOf(row)))
            sessions.append(store.at(row));
    }
    return sessions;
}

void MainWindow::updateActionState()
{
    const ActionPolicy &policy = m_runner->policy();
    const bool ready = m_connection->isReady();
    const bool canModify = ready && policy.canModify();
    const QString refusal = !ready ? tr("Not connected") : policy.refusal();
    m_startAction->setEnabled(canModify);
    m_startAction->setStatusTip(canModify ? tr("Start one session or several on a subscription") : refusal);
    const bool stoppable = canModify && !stoppableSelection().isEmpty();
    m_stopAction->setEnabled(stoppable);
    m_stopAction->setStatusTip(!canModify ? refusal
                                          : tr("Stop the selected running sessions (select rows that are Active)"));
    m_unlockAction->setEnabled(ready && policy.needsUnlock());
    m_unlockAction->setVisible(ready && policy.needsUnlock());
    m_editConnectionAction->setEnabled(ready || !m_connection->profile().id.isEmpty());
}

void MainWindow::updatePendingRows()
{
    m_browser->setPendingAddresses(m_runner->pendingAddresses());
}

void MainWindow::startSessions()
{
    if (!m_startAction->isEnabled())
        return;
    auto *dialog = new StartSessionDialog(this);
    dialog->setObjectName(QStringLiteral("startSessionDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString subscription = m_loader->subscriptionId();
    const UsageTally::Suggestions suggestions = m_browser->startSuggestions(subscription, m_table->currentStoreRow());
    dialog->setSubscriptionId(subscription);
    dialog->setPricingComponents(suggestions.pricingComponents);
    dialog->setUnits(suggestions.units);
    dialog->setActiveSessions(m_browser->activeSessionsOf(subscription));
    connect(dialog, &StartSessionDialog::startRequested, this, [this](const BillForward::SessionBatch &batch) {
        if (m_runner->start(batch) > 0)
            statusBar()->showMessage(batch.usageSessions.size() == 1
                                         ? tr("Starting 1 session…")
                                         : tr("Starting %1 sessions…").arg(batch.usageSessions.size()));
    });
    dialog->open();
}

void MainWindow::stopSelected()
{
    const QList<BillForward::UsageSession> sessions = stoppableSelection();
    if (sessions.isEmpty() || !m_stopAction->isEnabled())
        return;
    // Sessions the radar found past their limit can stop as of it.
    QHash<SessionKey, BillForward::Timestamp> limits;
    const QList<int> rows = m_table->selectedStoreRows();
    for (const int row : rows) {
        const BillForward::Timestamp instant = StopRequest::limitInstant(m_browser->attentionOf(row));
        if (instant != BillForward::NoTimestamp)
            limits.insert(SessionKey::of(m_browser->store().at(row)), instant);
    }
    // Unconfirmed stops go now, unless one could stop as of its limit: that
    // choice is only in the dialog, so it is shown anyway.
    if (!m_runner->policy().mustConfirmStops() && limits.isEmpty()) {
        StopRequest request;
        request.sessions = sessions;
        sendStopPlan(StopPlan::of(request, QDateTime::currentMSecsSinceEpoch()));
        return;
    }
    auto *dialog = new StopConfirmationDialog(sessions, m_runner->policy(), this);
    dialog->setObjectName(QStringLiteral("stopConfirmationDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLimitInstants(limits);
    if (!m_runner->policy().mustConfirmStops())
        dialog->dontAskAgainBox()->hide(); // it does not ask already
    connect(dialog, &StopConfirmationDialog::stopRequested, this, &MainWindow::sendStopPlan);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->dontAskAgain() && m_runner->policy().mustConfirmStops())
            saveConfirmStops(false);
    });
    dialog->open();
}

void MainWindow::sendStopPlan(const StopPlan &plan)
{
    // Held for the profile's undo window (the status bar counts it down),
    // then each batch goes to the runner: one request per organization.
    m_heldStops->hold(plan.batches);
}

void MainWindow::saveConfirmStops(bool confirm)
{
    ConnectionProfile profile = m_connection->profile();
    profile.confirmStops = confirm;
    if (m_profiles.contains(profile.id))
        m_profiles.save(profile);
    ActionPolicy policy(profile);
    if (m_runner->policy().isUnlocked())
        policy.unlock();
    m_runner->setPolicy(policy);
    statusBar()->showMessage(tr("Stops on “%1” are no longer confirmed. Turn it back on in Edit connection…")
                                 .arg(profile.name), 8000);
}

void MainWindow::allowChanges()
{
    if (!m_runner->policy().needsUnlock())
        return;
    auto *dialog = new ProductionUnlockDialog(m_connection->profileName(), this);
    dialog->setObjectName(QStringLiteral("productionUnlockDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_runner->unlockProduction())
            statusBar()->showMessage(tr("Changes on production are allowed until the app closes."), 8000);
        updateConnectionWidgets();
    });
    dialog->open();
}

void MainWindow::showJournal()
{
    auto *dialog = new JournalDialog(&m_journal, this);
    dialog->setObjectName(QStringLiteral("journalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::editConnection()
{
    ConnectionProfile profile = m_connection->profile();
    if (profile.id.isEmpty())
        profile = m_profiles.current();
    // The --base-url connection's id is shared by every unsaved connection:
    // saved, it needs one of its own before the dialog stores a token under it.
    const QString unsavedId = profile.id == ConnectionProfile::commandLineId() ? profile.id : QString();
    if (!unsavedId.isEmpty())
        profile.id = ConnectionProfile::newId();
    auto *dialog = new ProfileDialog(profile, m_vault, this);
    dialog->setObjectName(QStringLiteral("profileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoBaseUrl(m_connection->demoBaseUrl());
    connect(dialog, &ProfileDialog::sessionTokenEntered, m_resolver, &TokenResolver::setSessionToken);
    connect(dialog, &QDialog::accepted, this, [this, dialog, unsavedId] {
        const ConnectionProfile edited = dialog->profile();
        // The token the unsaved connection had in memory (--token-file, typed
        // at the prompt) follows it, unless one was typed in the dialog.
        if (!unsavedId.isEmpty() && !dialog->savesNewToken())
            m_resolver->carrySessionToken(unsavedId, edited.id);
        const QString id = m_profiles.save(edited);
        connectProfile(m_profiles.profile(id));
    });
    dialog->open();
}

void MainWindow::manageConnections()
{
    const QString connectedId = m_connection->isReady() ? m_connection->profile().id : QString();
    auto *dialog = new ProfileManagerDialog(&m_profiles, m_vault, connectedId, this);
    dialog->setObjectName(QStringLiteral("profileManagerDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDemoBaseUrl(m_connection->demoBaseUrl());
    connect(dialog, &ProfileManagerDialog::sessionTokenEntered, m_resolver, &TokenResolver::setSessionToken);
    connect(dialog, &ProfileManagerDialog::profileDeleted, m_resolver, &TokenResolver::forget);
    connect(dialog, &ProfileManagerDialog::connectRequested, this, [this](const QString &id) {
        connectProfile(m_profiles.profile(id));
    });
    connect(dialog, &ProfileManagerDialog::profileSaved, this, [this](const ConnectionProfile &profile) {
        if (m_connection->isReady() && profile.id == m_connection->profile().id)
            connectProfile(profile);
    });
    dialog->open();
}

void MainWindow::onActionFinished(const ActionResult &result)
{
    m_loader->showAffected(result.affected);
    updatePendingRows();
    updateActionState();
    const ActionResultMessage message = ActionResultMessage::of(result);
    statusBar()->showMessage(message.text, 10000);
    // The list may no longer be what the server has: a session stopped
    // behind the app's back, or a stop whose answer was lost.
    const bool refresh = result.status == ActionResult::Status::Reconciled
        || (result.status == ActionResult::Status::Failed && result.error.httpStatus > 0);
    if (refresh && !m_loader->subscriptionId().isEmpty())
        m_loader->refresh(SessionLoader::Origin::Background);
    m_watch->showAffected(result.affected);
    if (refresh)
        m_watch->refresh(SessionLoader::Origin::Background);
    if (!message.needsDialog())
        return;
    auto *box = new QMessageBox(message.severity == ActionResultMessage::Severity::Failure ? QMessageBox::Warning
                                                                                         : QMessageBox::Information,
                                message.title, message.text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("actionResultBox"));
    box->setInformativeText(message.details);
    if (message.offersResend()) {
        // Offered, never sent on its own: the user's click is the confirmation.
        QPushButton *resend = box->addButton(ActionResultMessage::resendButtonText(), QMessageBox::ActionRole);
        resend->setObjectName(QStringLiteral("resendWithoutRefused"));
        resend->setAccessibleName(resend->text());
        connect(resend, &QPushButton::clicked, this, [this, batch = message.resend] { sendStopPlan({{batch}}); });
        box->setDefaultButton(QMessageBox::Ok);
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QList<QWidget *> MainWindow::tabChain() const
{
    // Each area's focusable widgets in the order the chain visits them now
    // (their own setTabOrder calls and the order they were made).
    const QList<QWidget *> areas = {findChild<QToolBar *>(QStringLiteral("mainToolBar")), m_watch->dock(), m_banner, m_filterBar, m_table, m_timelinePane, m_pagination, m_detailsDock};
    QList<QList<QWidget *>> byArea(areas.size());
    auto *self = const_cast<MainWindow *>(this);
    QWidget *widget = self->nextInFocusChain();
    QSet<QWidget *> seen;
    while (widget && widget != self && !seen.contains(widget)) {
        seen.insert(widget);
        const bool focusable = (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy();
        bool inner = false;
        for (QWidget *parent = widget->parentWidget(); parent && parent != self; parent = parent->parentWidget()) {
            if (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent))
                inner = true;
        }
        if (focusable && !inner) {
            for (int i = 0; i < areas.size(); ++i) {
                if (areas.at(i) && (areas.at(i) == widget || areas.at(i)->isAncestorOf(widget))) {
                    byArea[i].append(widget);
                    break;
                }
            }
        }
        widget = widget->nextInFocusChain();
    }
    QList<QWidget *> chain;
    for (const QList<QWidget *> &area : std::as_const(byArea))
        chain += area;
    return chain;
}

void MainWindow::applyTabOrder()
{
    const QList<QWidget *> chain = tabChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}
