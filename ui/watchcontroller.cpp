#include "ui/watchcontroller.h"

#include "ui/connectioncontroller.h"
#include "ui/dialogs/watchsubscriptionsdialog.h"
#include "ui/mainwindow.h"
#include "ui/sessiontableview.h"
#include "ui/statusbarcontroller.h"
#include "ui/watchlistpanel.h"

#include "actions/sessionactionrunner.h"
#include "sessions/sessionbrowser.h"
#include "settings/appsettings.h"
#include "watch/subscriptionprobe.h"
#include "watch/watchloader.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

namespace {

constexpr int RejectedNamed = 3;

} // namespace

WatchController::WatchController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_list(new WatchList(window->settings(), this))
    , m_loader(new WatchLoader(window->browser(), this))
    , m_probe(new SubscriptionProbe(this))
{
    createActions();
    createDock();

    connect(m_list, &WatchList::changed, this, [this] {
        rebuildEntries();
        updateActions();
        if (m_allWatchedShown && !m_switchingList)
            followList();
    });
    connect(m_list, &WatchList::markChanged, this, &WatchController::updateEntry);
    connect(m_probe, &SubscriptionProbe::probed, this, [this](const QString &id, bool hasSessions) {
        m_list->setNoSessions(id, !hasSessions);
    });

    SessionTableView *table = m_window->table();
    connect(m_loader, &WatchLoader::aboutToChangeRows, table, &SessionTableView::saveSelection);
    table->followLoads(m_loader);
    connect(m_loader, &WatchLoader::rowsChangedByLoad, table, &SessionTableView::restoreSelection);
    connect(m_loader, &WatchLoader::rowsChangedByLoad, this, [this] {
        m_window->browser()->setPendingAddresses(m_window->runner()->pendingAddresses());
    });
    // The probe waits while a sweep runs: the sweep alone fills the ceiling.
    connect(m_loader, &WatchLoader::sweepStarted, m_probe, [this] { m_probe->setHeld(true); });
    connect(m_loader, &WatchLoader::sweepFinished, m_probe, [this] { m_probe->setHeld(false); });
    connect(m_loader, &WatchLoader::sweepCancelled, m_probe, [this] { m_probe->setHeld(false); });
    connect(m_loader, &WatchLoader::sweepStarted, this, [this] {
        // What the user saw becomes what the next sweep is compared with.
        if (m_lookedSinceSweep && m_loader->lastSwept().isValid())
            m_loader->markSeen();
        m_lookedSinceSweep = false;
        m_panel->setProgress(tr("Reading %1 subscriptions…").arg(QLocale().toString(m_loader->subscriptionCount())));
        if (m_allWatchedShown)
            m_window->statusController()->setLoading(0);
    });
    connect(m_loader, &WatchLoader::progress, this, [this](int done, int count) {
        m_panel->setProgress(tr("%1 of %2 subscriptions").arg(QLocale().toString(done), QLocale().toString(count)));
    });
    connect(m_loader, &WatchLoader::subscriptionFinished, this, [this](const QString &id) {
        // Sessions listed prove the ID; an empty listing proves nothing (none active).
        if (m_loader->stateOf(id).active > 0)
            m_list->setNoSessions(id, false);
        updateEntry(id);
        updateAllWatched();
    });
    connect(m_loader, &WatchLoader::paused, this, [this](int seconds) {
        m_panel->setProgress(tr("The server asked to wait: paused for %1 s").arg(seconds));
    });
    connect(m_loader, &WatchLoader::sweepFinished, this,
            [this](SessionLoader::Origin, int failed) { onSweepFinished(failed); });
    connect(m_window->browser(), &SessionBrowser::attentionChanged, this, &WatchController::recountAttention);
    connect(m_window->loader(), &SessionLoader::loadingStarted, this, [this] {
        // One subscription opened (the field, the panel, the command line);
        // its refreshes leave the side list's selection alone.
        const QString id = m_window->loader()->subscriptionId();
        if (!m_allWatchedShown && id == m_openedSubscription)
            return;
        if (m_allWatchedShown)
            leaveAllWatched();
        m_openedSubscription = id;
        m_panel->setCurrent(id, false);
        updateActions();
    });
    m_window->installEventFilter(this);
    m_autoRefreshSeconds = AppSettings::AutoRefreshSeconds.read();
    rebuildEntries();
    updateActions();
}

WatchController::~WatchController() = default;

void WatchController::createActions()
{
    auto make = [this](const QString &text, const char *name) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(QLatin1String(name));
        m_window->addAction(action);
        return action;
    };
    m_allWatchedAction = make(tr("&All watched"), "allWatchedAction");
    m_allWatchedAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_allWatchedAction->setStatusTip(tr("The active sessions of every watched subscription"));
    connect(m_allWatchedAction, &QAction::triggered, this, &WatchController::showAllWatched);
    m_addAction = make(tr("&Watch subscriptions…"), "watchSubscriptionsAction");
    m_addAction->setStatusTip(tr("Paste subscription IDs, read them from a file or tick recent ones"));
    connect(m_addAction, &QAction::triggered, this, &WatchController::openAddDialog);
    m_watchThisAction = make(tr("Watch &this subscription"), "watchThisAction");
    m_watchThisAction->setStatusTip(tr("Add the open subscription to the watch list"));
    connect(m_watchThisAction, &QAction::triggered, this, &WatchController::watchThisSubscription);
    m_removeAction = make(tr("&Stop watching"), "stopWatchingAction");
    m_removeAction->setStatusTip(tr("Remove the subscriptions selected in the watch list, or the open one"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        QStringList ids = m_panel->selectedIds();
        if (ids.isEmpty() && !m_allWatchedShown && m_list->contains(m_window->loader()->subscriptionId()))
            ids << m_window->loader()->subscriptionId();
        stopWatching(ids);
    });
}

void WatchController::createDock()
{
    m_panel = new WatchListPanel;
    m_panel->setObjectName(QStringLiteral("watchListPanel"));
    m_dock = new QDockWidget(tr("Watched subscriptions"), m_window);
    m_dock->setObjectName(QStringLiteral("watchDock"));
    m_dock->setAccessibleName(tr("Watched subscriptions"));
    m_dock->setWidget(m_panel);
    m_dock->setMaximumWidth(WatchListPanel::MaxWidth);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    // Qt makes these without names; the window's own pass names them after the details panel.
    const auto buttons = m_dock->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *button : buttons) {
        if (button->objectName() == QLatin1String("qt_dockwidget_closebutton"))
            button->setAccessibleName(tr("Close the watch list"));
        else if (button->objectName() == QLatin1String("qt_dockwidget_floatbutton"))
            button->setAccessibleName(tr("Detach the watch list"));
    }
    connect(m_panel, &WatchListPanel::allWatchedChosen, this, &WatchController::showAllWatched);
    connect(m_panel, &WatchListPanel::subscriptionChosen, this, [this](const QString &id) {
        if (m_allWatchedShown || id != m_window->loader()->subscriptionId())
            m_window->openSubscription(id);
    });
    connect(m_panel, &WatchListPanel::removeRequested, this, &WatchController::stopWatching);
    connect(m_panel, &WatchListPanel::addRequested, this, &WatchController::openAddDialog);
    connect(m_panel->list(), &QListWidget::itemSelectionChanged, this, &WatchController::updateActions);

    m_menu = new QMenu(tr("&Watch"), m_window);
    m_menu->setObjectName(QStringLiteral("watchMenu"));
    m_menu->addAction(m_allWatchedAction);
    m_menu->addSeparator();
    m_menu->addAction(m_addAction);
    m_menu->addAction(m_watchThisAction);
    m_menu->addAction(m_removeAction);
    m_menu->addSeparator();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Watch &list panel"));
    m_menu->addAction(toggle);
}

void WatchController::showAllWatched()
{
    if (m_allWatchedShown) {
        m_panel->setCurrent({}, true);
        return;
    }
    m_allWatchedShown = true;
    m_openedSubscription.clear();
    m_window->loader()->close();
    // Rows of many subscriptions: which one is the first thing to read.
    SessionTableView *table = m_window->table();
    table->setViewColumn(SessionColumn::SubscriptionId,
                         table->horizontalHeader()->visualIndex(int(SessionColumn::State)) + 1);
    m_loader->setAutoRefreshSeconds(m_autoRefreshSeconds);
    sweepAllWatched();
    m_panel->setCurrent({}, true);
    m_dock->show();
    updateActions();
    emit viewChanged();
}

void WatchController::sweepAllWatched()
{
    // open() forgets the last sweep's sessions: what the user saw of them
    // becomes the reference first.
    if (m_lookedSinceSweep)
        m_loader->markSeen();
    m_lookedSinceSweep = false;
    ++m_sweepsOpened;
    m_loader->open(m_list->ids(), SessionLoader::Origin::User);
}

// One ID added or removed: only it is swept or dropped; the rows shown,
// the selection and the other subscriptions' state stay.
void WatchController::followList()
{
    const QStringList watched = m_list->ids();
    const QStringList swept = m_loader->subscriptionIds();
    QStringList added;
    QStringList removed;
    for (const QString &id : watched) {
        if (!swept.contains(id))
            added << id;
    }
    for (const QString &id : swept) {
        if (!watched.contains(id))
            removed << id;
    }
    m_loader->remove(removed);
    m_loader->add(added);
    if (!removed.isEmpty()) {
        m_window->table()->setEmptyNote(emptyNote());
        updateChanges();
        markNewRows();
        recountAttention();
    }
}

void WatchController::leaveAllWatched()
{
    m_allWatchedShown = false;
    m_loader->cancel();
    m_loader->setAutoRefreshSeconds(0); // its sweeps would fill the other view's table
    m_window->table()->clearViewColumns();
    m_panel->setProgress({});
    m_window->browser()->model()->setNewRows({});
    emit viewChanged();
}

WatchList::AddResult WatchController::watch(const QStringList &ids)
{
    const WatchList::AddResult result = m_list->add(ids);
    m_probe->probe(result.added);
    QStringList parts;
    if (!result.added.isEmpty())
        parts << (result.added.size() == 1 ? tr("Watching 1 more subscription.")
                                           : tr("Watching %1 more subscriptions.").arg(result.added.size()));
    if (!result.alreadyWatched.isEmpty())
        parts << tr("%1 already watched.").arg(result.alreadyWatched.size());
    if (!result.rejected.isEmpty()) {
        QStringList named = result.rejected.mid(0, RejectedNamed);
        for (QString &id : named)
            id = QStringLiteral("“%1”").arg(id);
        parts << (result.rejected.size() == 1
                      ? tr("1 is not a subscription ID: %1").arg(named.join(QStringLiteral(", ")))
                      : tr("%1 are not subscription IDs: %2")
                            .arg(result.rejected.size())
                            .arg(named.join(QStringLiteral(", "))));
    }
    if (!parts.isEmpty())
        m_window->statusBar()->showMessage(parts.join(QLatin1Char(' ')), 8000);
    return result;
}

void WatchController::watchThisSubscription()
{
    const QString id = m_window->loader()->subscriptionId();
    if (id.isEmpty() || m_list->contains(id))
        return;
    watch({id});
    m_panel->setCurrent(id, false);
    updateActions();
}

void WatchController::stopWatching(const QStringList &ids)
{
    const QStringList removed = m_list->remove(ids);
    if (!removed.isEmpty())
        m_window->statusBar()->showMessage(
            removed.size() == 1 ? tr("No longer watching %1.").arg(removed.constFirst())
                                : tr("No longer watching %1 subscriptions.").arg(removed.size()),
            5000);
}

WatchSubscriptionsDialog *WatchController::openAddDialog()
{
    auto *dialog = new WatchSubscriptionsDialog(AppSettings::RecentSubscriptions.read(), m_list->ids(), m_window);
    dialog->setObjectName(QStringLiteral("watchSubscriptionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WatchSubscriptionsDialog::watchRequested, this, [this](const QStringList &ids) {
        if (!watch(ids).added.isEmpty())
            showAllWatched();
    });
    dialog->open();
    return dialog;
}

bool WatchController::onConnected(bool nothingOpen)
{
    ConnectionController *connection = m_window->connection();
    const ConnectionProfile &profile = connection->profile();
    // The controller keeps one client across reconnects: set once, so a
    // sweep paused by a 401 can go on with the new token.
    if (!m_clientSet) {
        m_loader->setClient(connection->client());
        m_probe->setClient(connection->client());
        m_clientSet = true;
    }
    m_probe->setOrganizations(profile.organizations);
    m_loader->setOrganizations(profile.organizations);
    m_loader->setConcurrency(profile.requestsInFlight);
    const int sweepsBefore = m_sweepsOpened;
    if (profile.id != m_list->profileId()) {
        // Another connection: nothing of the last one's sessions is a
        // reference for "new since you last looked" here.
        m_loader->forgetSeen();
        m_lookedSinceSweep = false;
        // The old list's IDs are not to be asked of this server (with its token).
        m_probe->cancel();
        m_switchingList = true; // onConnected sweeps the new list whole, below
        m_list->setProfileId(profile.id); // another connection, its own list
        m_switchingList = false;
        m_attention.clear();
    }
    // A newcomer sees the demo's subscriptions watched; emptied, it stays empty.
    if (connection->isDemo() && !m_list->isStored())
        m_list->add(connection->suggestedSubscriptions());
    if (m_allWatchedShown) {
        if (m_loader->isPausedForToken())
            m_loader->resume();
        else if (m_sweepsOpened == sweepsBefore) // the list's change above may have started one
            sweepAllWatched(); // this connection's rows, not the last one's
        return true;
    }
    if (nothingOpen && m_list->size() > 0) {
        showAllWatched();
        return true;
    }
    return false;
}

bool WatchController::refresh(SessionLoader::Origin origin)
{
    if (!m_allWatchedShown)
        return false;
    if (!m_loader->isSweeping())
        m_loader->refresh(origin);
    return true;
}

void WatchController::setAutoRefreshSeconds(int seconds)
{
    m_autoRefreshSeconds = seconds;
    if (m_allWatchedShown)
        m_loader->setAutoRefreshSeconds(seconds);
}

void WatchController::showAffected(const QList<BillForward::UsageSession> &sessions)
{
    if (!m_allWatchedShown)
        return;
    QList<BillForward::UsageSession> shown;
    for (const BillForward::UsageSession &session : sessions) {
        if (m_list->contains(session.subscriptionId))
            shown.append(session);
    }
    if (shown.isEmpty())
        return;
    SessionBrowser *browser = m_window->browser();
    m_window->table()->saveSelection();
    browser->addSessions(shown);
    m_window->table()->restoreSelection();
    QSet<int> rows;
    for (const BillForward::UsageSession &session : std::as_const(shown)) {
        const int row = browser->store().indexOf(SessionKey::of(session));
        if (row >= 0)
            rows.insert(row);
    }
    browser->highlight(rows);
}

QString WatchController::emptyNote() const
{
    if (m_list->size() == 0)
        return tr("No subscription is watched yet. Choose Watch ▸ Watch subscriptions… to paste IDs, read them from "
                  "a file or tick recent ones.");
    if (m_loader->isSweeping() || !m_loader->lastSwept().isValid())
        return {};
    if (m_list->size() == 1)
        return tr("The watched subscription has no running session now.");
    return tr("None of the %1 watched subscriptions has a running session now.").arg(m_list->size());
}

bool WatchController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::WindowActivate && m_allWatchedShown
        && m_loader->lastSwept().isValid())
        m_lookedSinceSweep = true;
    return QObject::eventFilter(watched, event);
}

void WatchController::onSweepFinished(int failedSubscriptions)
{
    const int count = m_loader->subscriptionCount();
    m_panel->setProgress(failedSubscriptions > 0
                             ? tr("%1 of %2 subscriptions could not be read: see the marks below.")
                                   .arg(QLocale().toString(failedSubscriptions), QLocale().toString(count))
                             : QString());
    if (m_loader->seenAt().isNull())
        m_loader->markSeen(); // the first sweep is the reference: nothing is new yet
    if (m_allWatchedShown && count > 0 && failedSubscriptions == count) {
        // Nothing was read: say why, as the single view does offline, and
        // keep the time of the last sweep that read something.
        const QString reason = m_loader->stateOf(m_loader->subscriptionIds().constFirst()).error.message();
        m_window->statusController()->setOffline(tr("No watched subscription could be read: %1").arg(reason),
                                                 m_loader->autoRefreshSeconds());
    } else if (m_allWatchedShown) {
        m_window->statusController()->setIdle();
        m_window->statusController()->setLastRefresh(m_loader->lastSwept());
    }
    if (m_allWatchedShown) {
        m_window->table()->setEmptyNote(emptyNote());
        if (m_window->isActiveWindow())
            m_lookedSinceSweep = true;
    }
    rebuildEntries();
    updateChanges();
    markNewRows();
}

void WatchController::markNewRows()
{
    if (!m_allWatchedShown)
        return;
    const SessionStore &store = m_window->browser()->store();
    QSet<int> rows;
    if (m_loader->newSinceSeen() > 0) {
        for (int row = 0; row < store.size(); ++row) {
            if (store.isActive(row) && m_loader->isNewSinceSeen(store.keyOf(row)))
                rows.insert(row);
        }
    }
    m_window->browser()->model()->setNewRows(rows);
}

void WatchController::updateChanges()
{
    const QDateTime seen = m_loader->seenAt();
    if (seen.isNull() || !m_loader->lastSwept().isValid() || seen >= m_loader->lastSwept()) {
        m_panel->setChanges({});
        return;
    }
    const QString at = QLocale().toString(seen.toLocalTime().time(), QLocale::ShortFormat);
    const int fresh = m_loader->newSinceSeen();
    const int ended = int(m_loader->endedSinceSeen().size());
    m_panel->setChanges(fresh == 0 && ended == 0
                            ? tr("Nothing new since %1").arg(at)
                            : tr("%1 new, %2 ended since %3")
                                  .arg(QLocale().toString(fresh), QLocale().toString(ended), at));
}

void WatchController::rebuildEntries()
{
    QList<WatchListPanel::Entry> entries;
    const QStringList ids = m_list->ids();
    entries.reserve(ids.size());
    for (const QString &id : ids) {
        const WatchLoader::SubscriptionState state = m_loader->stateOf(id);
        WatchListPanel::Entry entry;
        entry.id = id;
        entry.active = state.listed ? state.active : -1;
        entry.needsAttention = m_attention.value(id);
        entry.error = state.error.isError() ? state.error.message() : QString();
        entry.noSessions = m_list->hasNoSessions(id);
        entries << entry;
    }
    m_panel->setEntries(entries);
    m_panel->setCurrent(m_window->loader()->subscriptionId(), m_allWatchedShown);
    updateAllWatched();
}

void WatchController::updateEntry(const QString &id)
{
    const WatchLoader::SubscriptionState state = m_loader->stateOf(id);
    WatchListPanel::Entry entry;
    entry.id = id;
    entry.active = state.listed ? state.active : -1;
    entry.needsAttention = m_attention.value(id);
    entry.error = state.error.isError() ? state.error.message() : QString();
    entry.noSessions = m_list->hasNoSessions(id);
    m_panel->updateEntry(entry);
}

void WatchController::updateAllWatched()
{
    int active = 0;
    int attention = 0;
    const QStringList ids = m_list->ids();
    for (const QString &id : ids) {
        active += m_loader->stateOf(id).active;
        attention += m_attention.value(id);
    }
    m_panel->setAllWatched(int(ids.size()), active, attention);
}

void WatchController::recountAttention()
{
    if (!m_allWatchedShown)
        return; // the table holds one subscription's history: the counts stay as last seen
    QHash<QString, int> counts;
    const QList<SessionKey> keys = m_window->browser()->needingAttention();
    for (const SessionKey &key : keys)
        ++counts[key.subscriptionId];
    if (counts == m_attention)
        return;
    const QHash<QString, int> before = m_attention;
    m_attention = counts;
    for (const QString &id : m_list->ids()) {
        if (before.value(id) != counts.value(id))
            updateEntry(id);
    }
    updateAllWatched();
}

void WatchController::updateActions()
{
    const QString open = m_window->loader()->subscriptionId();
    const bool canWatchThis = !m_allWatchedShown && !open.isEmpty() && !m_list->contains(open);
    m_watchThisAction->setEnabled(canWatchThis);
    m_watchThisAction->setText(canWatchThis ? tr("Watch &this subscription (%1)").arg(open)
                                            : tr("Watch &this subscription"));
    m_removeAction->setEnabled(!m_panel->selectedIds().isEmpty()
                               || (!m_allWatchedShown && m_list->contains(open)));
}
