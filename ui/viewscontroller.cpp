#include "ui/viewscontroller.h"

#include "ui/connectioncontroller.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/sessionlayoutswitch.h"
#include "ui/sessiontableview.h"
#include "ui/widgets/paginationbar.h"

#include "actions/connectionprofile.h"
#include "sessions/sessionbrowser.h"
#include "views/savedviewstore.h"
#include "views/viewsfile.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
}

// A size the paging bar does not offer (a hand-made file) becomes the next one it does.
int offeredPageSize(int rows)
{
    const QList<int> offered = PaginationBar::pageSizes();
    const auto size = std::lower_bound(offered.cbegin(), offered.cend(), rows);
    return size == offered.cend() ? offered.constLast() : *size;
}

} // namespace

ViewsController::ViewsController(MainWindow *window, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_hooks(std::move(hooks))
{
    m_menu = new QMenu(tr("V&iews"), window);
    m_menu->setObjectName(QStringLiteral("viewsMenu"));

    m_combo = new QComboBox(window);
    m_combo->setObjectName(QStringLiteral("viewsComboBox"));
    m_combo->setAccessibleName(tr("Saved view"));
    m_combo->setPlaceholderText(tr("No view"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(14);
    m_combo->setFocusPolicy(Qt::StrongFocus);
    // Picking the view shown again applies it again: how a changed view goes back.
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        apply(m_combo->itemData(index).toString());
    });

    createActions();

    auto queue = [this] { scheduleRefresh(); };
    connect(m_window->filterBar(), &FilterBar::filterChanged, this, queue);
    connect(m_window->table(), &SessionTableView::sortKeysChanged, this, queue);
    connect(m_window->table(), &SessionTableView::columnsChanged, this, queue);
    connect(m_window->paginationBar(), &PaginationBar::pageSizeRequested, this, queue);
    connect(m_window->layoutSwitch(), &SessionLayoutSwitch::layoutChanged, this, queue);
    rebuild();
}

ViewsController::~ViewsController() = default;

void ViewsController::createActions()
{
    m_saveAsAction = new QAction(tr("&Save current view as…"), this);
    m_saveAsAction->setObjectName(QStringLiteral("saveViewAsAction"));
    m_saveAsAction->setStatusTip(tr("Name the current filter, sort, columns, page size and layout"));
    connect(m_saveAsAction, &QAction::triggered, this, &ViewsController::askSaveAs);

    m_chooseAction = new QAction(tr("&Choose view"), this);
    m_chooseAction->setObjectName(QStringLiteral("chooseViewAction"));
    m_chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_chooseAction->setStatusTip(tr("Open the toolbar’s list of saved views"));
    connect(m_chooseAction, &QAction::triggered, this, [this] {
        m_combo->setFocus(Qt::ShortcutFocusReason);
        m_combo->showPopup();
    });
    m_window->addAction(m_chooseAction); // also when the menu bar is hidden
    m_combo->setToolTip(tr("Saved view (%1)").arg(m_chooseAction->shortcut().toString(QKeySequence::NativeText)));

    m_renameAction = new QAction(tr("&Rename…"), this);
    m_renameAction->setObjectName(QStringLiteral("renameViewAction"));
    connect(m_renameAction, &QAction::triggered, this, &ViewsController::askRename);

    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteViewAction"));
    connect(m_deleteAction, &QAction::triggered, this, &ViewsController::askDelete);

    m_defaultAction = new QAction(tr("Set as de&fault for this connection"), this);
    m_defaultAction->setObjectName(QStringLiteral("defaultViewAction"));
    m_defaultAction->setCheckable(true);
    m_defaultAction->setStatusTip(tr("Apply this view whenever this connection is opened"));
    connect(m_defaultAction, &QAction::triggered, this, [this](bool on) { setDefault(on ? m_current : QString()); });

    m_importAction = new QAction(tr("&Import views…"), this);
    m_importAction->setObjectName(QStringLiteral("importViewsAction"));
    connect(m_importAction, &QAction::triggered, this, &ViewsController::askImport);

    m_exportAction = new QAction(tr("&Export views…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportViewsAction"));
    connect(m_exportAction, &QAction::triggered, this, &ViewsController::askExport);

    m_viewGroup = new QActionGroup(this);
    m_viewGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
}

QAction *ViewsController::actionOf(const QString &name) const
{
    for (QAction *action : m_viewActions) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

SavedView ViewsController::capture(const QString &name) const
{
    SavedView view;
    view.name = name;
    view.filter = m_window->filterBar()->filter();
    view.sort = m_window->table()->sortKeys();
    view.columns = m_window->table()->visibleColumns();
    view.pageSize = m_window->browser()->pager().pageSize();
    view.layout = m_window->sessionLayout();
    return view;
}

SavedView ViewsController::effective(const SavedView &view) const
{
    // What applying it leaves: an empty sort is the table's default, no columns the table's own.
    SavedView result = view;
    if (result.sort.isEmpty())
        result.sort = SessionTableView::defaultSortKeys();
    if (result.columns.isEmpty())
        result.columns = m_window->table()->visibleColumns();
    result.pageSize = offeredPageSize(result.pageSize);
    return result;
}

bool ViewsController::isModified() const
{
    const SavedView *view = m_views.find(m_current);
    return view && !effective(*view).sameContentAs(capture(m_current));
}

bool ViewsController::apply(const QString &name)
{
    const SavedView *found = m_views.find(name);
    if (!found)
        return false;
    applyView(SavedView(*found)); // a copy: the list may change under the calls below
    m_current = name;
    refreshState();
    return true;
}

void ViewsController::applyView(const SavedView &view)
{
    m_applying = true;
    m_window->filterBar()->setFilter(view.filter);
    m_hooks.applyFilter(view.filter);
    m_window->table()->setSortKeys(view.sort);
    m_window->table()->setVisibleColumns(view.columns);
    const int pageSize = offeredPageSize(view.pageSize);
    if (pageSize != m_window->browser()->pager().pageSize())
        m_hooks.setPageSize(pageSize);
    if (view.layout != m_window->sessionLayout())
        m_window->setSessionLayout(view.layout);
    m_applying = false;
    m_current.clear();
    refreshState();
}

void ViewsController::saveCurrentAs(const QString &name)
{
    m_views.put(capture(name.trimmed()));
    m_current = name.trimmed();
    store();
    rebuild();
}

bool ViewsController::rename(const QString &from, const QString &to, QString *error)
{
    const QString name = to.trimmed();
    if (name.isEmpty() || (name != from && m_views.contains(name))) {
        if (error)
            *error = name.isEmpty() ? tr("A view needs a name.")
                                    : tr("A view named “%1” exists already. Choose another name.").arg(name);
        return false;
    }
    if (!m_views.rename(from, name))
        return false;
    if (m_current == from)
        m_current = name;
    store();
    rebuild();
    return true;
}

bool ViewsController::remove(const QString &name)
{
    if (!m_views.remove(name))
        return false;
    if (m_current == name)
        m_current.clear();
    store();
    rebuild();
    return true;
}

void ViewsController::setDefault(const QString &name)
{
    m_views.setDefaultName(name);
    store();
    rebuild();
}

bool ViewsController::exportTo(const QString &path, QString *error) const
{
    return ViewsFile::write(path, m_views.views(), error);
}

bool ViewsController::importFrom(const QString &path, std::optional<SavedViewList::OnClash> onClash, QString *error,
                                 QStringList *added)
{
    const std::optional<QList<SavedView>> imported = ViewsFile::read(path, error);
    if (!imported)
        return false;
    const QStringList clashes = m_views.clashesWith(*imported);
    const auto merge = [this, imported](SavedViewList::OnClash how) {
        const QStringList before = m_views.names();
        m_views.merge(*imported, how);
        store();
        rebuild();
        QStringList names;
        for (const SavedView &view : *imported)
            names << view.name;
        if (how == SavedViewList::OnClash::KeepBoth) {
            names = m_views.names();
            names.removeIf([&before](const QString &name) { return before.contains(name); });
        }
        m_window->statusBar()->showMessage(tr("Imported %n view(s).", nullptr, int(imported->size())), 5000);
        return names;
    };
    if (clashes.isEmpty() || onClash) {
        const QStringList names = merge(onClash.value_or(SavedViewList::OnClash::KeepBoth));
        if (added)
            *added = names;
        return true;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import views"),
                                tr("These views exist already: %1.\nReplace them with the imported ones, or keep "
                                   "both (the imported ones get a number)?")
                                    .arg(clashes.join(QStringLiteral(", "))),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("importClashBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton *keepBoth = box->addButton(tr("&Keep both"), QMessageBox::AcceptRole);
    keepBoth->setObjectName(QStringLiteral("keepBothButton"));
    box->setDefaultButton(keepBoth);
    connect(box, &QMessageBox::buttonClicked, this, [replace, keepBoth, merge](QAbstractButton *button) {
        if (button == replace)
            merge(SavedViewList::OnClash::Replace);
        else if (button == keepBoth)
            merge(SavedViewList::OnClash::KeepBoth);
    });
    box->open();
    return true;
}

void ViewsController::onConnected(const ConnectionProfile &profile)
{
    // The same connection again (a new token, a retry): the user's view stays.
    if (m_connected && profile.id == m_profileId)
        return;
    m_connected = true;
    m_profileId = profile.id;
    m_views = SavedViewStore::load(*m_window->settings(), profile, &m_loadNotes);
    m_current.clear();
    rebuild();
    if (!m_loadNotes.isEmpty()) // once per connection; the menu keeps saying it
        m_window->statusBar()->showMessage(m_loadNotes.join(QLatin1Char(' ')), 15000);
    if (!m_views.defaultName().isEmpty())
        apply(m_views.defaultName());
}

void ViewsController::store()
{
    if (!m_profileId.isEmpty())
        SavedViewStore::save(*m_window->settings(), m_profileId, m_views);
}

void ViewsController::rebuild()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    m_menu->clear();
    m_menu->addAction(m_saveAsAction);
    m_menu->addAction(m_chooseAction);
    m_menu->addSeparator();
    for (const SavedView &view : m_views.views()) {
        QString name = view.name;
        name.replace(QLatin1Char('&'), QStringLiteral("&&")); // a name's "&" is no accelerator
        const QString text = view.name == m_views.defaultName() ? tr("%1 (default)").arg(name) : name;
        auto *action = new QAction(text, this);
        action->setObjectName(QStringLiteral("view:") + view.name);
        action->setData(view.name);
        action->setCheckable(true);
        m_viewGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name = view.name] { apply(name); });
        m_menu->addAction(action);
        m_viewActions.append(action);
    }
    if (m_views.isEmpty())
        m_menu->addAction(tr("No saved views"))->setEnabled(false);
    for (const QString &note : std::as_const(m_loadNotes)) {
        QAction *noteAction = m_menu->addAction(note);
        noteAction->setObjectName(QStringLiteral("viewsLoadNote"));
        noteAction->setEnabled(false);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_renameAction);
    m_menu->addAction(m_deleteAction);
    m_menu->addAction(m_defaultAction);
    m_menu->addSeparator();
    m_menu->addAction(m_importAction);
    m_menu->addAction(m_exportAction);

    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const SavedView &view : m_views.views())
        m_combo->addItem(view.name, view.name);
    refreshState();
}

void ViewsController::scheduleRefresh()
{
    // After the window's own handlers of the same change (the page size
    // reaches the browser after this hears of it).
    if (m_applying || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refreshState();
    });
}

void ViewsController::refreshState()
{
    if (!m_views.contains(m_current))
        m_current.clear();
    const bool modified = isModified();
    const int index = m_combo->findData(m_current);
    for (int i = 0; i < m_combo->count(); ++i) {
        const QString name = m_combo->itemData(i).toString();
        m_combo->setItemText(i, i == index && modified ? tr("%1 *").arg(name) : name);
    }
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    m_combo->setAccessibleDescription(modified ? tr("Changed since the view was applied; save it again to keep "
                                                    "the changes")
                                               : QString());
    for (QAction *action : std::as_const(m_viewActions))
        action->setChecked(action->data().toString() == m_current);
    const bool hasCurrent = !m_current.isEmpty();
    m_renameAction->setEnabled(hasCurrent);
    m_deleteAction->setEnabled(hasCurrent);
    m_defaultAction->setEnabled(hasCurrent);
    m_defaultAction->setChecked(hasCurrent && m_views.defaultName() == m_current);
    m_exportAction->setEnabled(!m_views.isEmpty());
    emit changed();
}

void ViewsController::askSaveAs()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(plain(m_saveAsAction->text()));
    dialog->setLabelText(tr("&Name of the view:"));
    dialog->setTextValue(m_current);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty()) {
            showError(tr("Not saved"), tr("A view needs a name. Choose Save current view as… again and type one."));
            return;
        }
        if (!m_views.contains(name) || name == m_current) {
            saveCurrentAs(name);
            return;
        }
        auto *box = new QMessageBox(QMessageBox::Question, tr("Replace view"),
                                    tr("A view named “%1” exists already. Replace it with what the window shows now?")
                                        .arg(name),
                                    QMessageBox::Yes | QMessageBox::Cancel, m_window);
        box->setObjectName(QStringLiteral("replaceViewBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->button(QMessageBox::Yes)->setText(tr("&Replace"));
        connect(box, &QMessageBox::accepted, this, [this, name] { saveCurrentAs(name); });
        box->open();
    });
    dialog->open();
}

void ViewsController::askRename()
{
    if (m_current.isEmpty())
        return;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("renameViewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename view"));
    dialog->setLabelText(tr("&New name of “%1”:").arg(m_current));
    dialog->setTextValue(m_current);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, from = m_current](const QString &to) {
        QString error;
        if (!rename(from, to, &error) && !error.isEmpty())
            showError(tr("Not renamed"), error);
    });
    dialog->open();
}

void ViewsController::askDelete()
{
    if (m_current.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete view"),
                                tr("Delete the view “%1”? The sessions and the window stay as they are.").arg(m_current),
                                QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("deleteViewBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name = m_current](QAbstractButton *button) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove(name);
    });
    box->open();
}

void ViewsController::askImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import views"), folder,
                                                      tr("Views files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!importFrom(path, std::nullopt, &error))
        showError(tr("Views not imported"), error);
}

void ViewsController::askExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export views"),
                                                      folder + QStringLiteral("/usage-session-views.json"),
                                                      tr("Views files (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        showError(tr("Views not exported"), error);
    else
        m_window->statusBar()->showMessage(tr("Exported %n view(s) to %1", nullptr, int(m_views.views().size()))
                                               .arg(path), 5000);
}

void ViewsController::showError(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("viewsErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
