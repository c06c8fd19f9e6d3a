#pragma once

#include "views/savedviewlist.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class MainWindow;
class QAction;
class QActionGroup;
class QComboBox;
class QMenu;
struct ConnectionProfile;

// Saved views in the window: the Views menu and the toolbar's drop-down
// over one connection's SavedViewList. Applying a view sets the filter
// bar, the sort, the columns, the page size and the layout; any change
// after that shows the view as changed ("Name *") until it is applied or
// saved again. Each connection has its views and a default, applied on
// connecting (MainWindow calls onConnected()). The window's private
// filter and page-size paths come in as hooks, so the window stays the
// one place that changes them.
class ViewsController final : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(const SessionFilter &)> applyFilter; // after the filter bar shows it
        std::function<void(int)> setPageSize;
    };
    ViewsController(MainWindow *window, Hooks hooks);
    ~ViewsController() override;

    QMenu *menu() const { return m_menu; }
    QComboBox *comboBox() const { return m_combo; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *defaultAction() const { return m_defaultAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *chooseAction() const { return m_chooseAction; }
    // The menu's checkable action of the view (nullptr: no such view).
    QAction *actionOf(const QString &name) const;

    const SavedViewList &views() const { return m_views; }
    // What loading this connection's views left out or could not read
    // (translated): shown once in the status bar, and in the Views menu.
    QStringList loadNotes() const { return m_loadNotes; }
    QString currentName() const { return m_current; } // the view applied last; "" none
    bool isModified() const;                           // the window no longer shows it as saved
    // What the window shows now, as a view of that name.
    SavedView capture(const QString &name) const;

    // The dialogs' work, also for tests. Each keeps the connection's views.
    void saveCurrentAs(const QString &name);   // replaces a view of that name
    bool apply(const QString &name);           // false: no such view
    // Shows a view that need not be in the list (as no saved view).
    void applyView(const SavedView &view);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name);
    void setDefault(const QString &name);      // "" clears it
    bool exportTo(const QString &path, QString *error = nullptr) const;
    // Adds a views file's views; a clash of names is settled by `onClash`
    // (nullopt: the user is asked). A bad file changes nothing: false
    // with `error`. `added`: the views that came in, under their names here.
    bool importFrom(const QString &path, std::optional<SavedViewList::OnClash> onClash, QString *error = nullptr,
                    QStringList *added = nullptr);

    // After every connect: that connection's views, its default applied
    // (not again when the same connection connects anew).
    void onConnected(const ConnectionProfile &profile);

signals:
    void changed(); // the list, the current view or whether it is modified

private:
    void createActions();
    void rebuild();
    void refreshState();
    void scheduleRefresh();
    void store();
    SavedView effective(const SavedView &view) const;
    void askSaveAs();
    void askRename();
    void askDelete();
    void askImport();
    void askExport();
    void showError(const QString &title, const QString &message);

    MainWindow *m_window;
    Hooks m_hooks;
    QString m_profileId;
    SavedViewList m_views;
    QStringList m_loadNotes; // what loading the views left out or could not read
    QString m_current;
    bool m_connected = false;
    bool m_applying = false;
    bool m_refreshQueued = false;
    QMenu *m_menu = nullptr;
    QComboBox *m_combo = nullptr;
    QActionGroup *m_viewGroup = nullptr;
    QList<QAction *> m_viewActions;
    QAction *m_saveAsAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_defaultAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_chooseAction = nullptr;
    QAction *m_listEnd = nullptr; // the separator after the views
};
