#include "ui/watchlistpanel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Items as wide as the list, not as their text: long IDs are elided in the
// middle (both ends tell subscriptions apart) instead of scrolling sideways.
class FitWidthDelegate final : public QStyledItemDelegate
{
public:
    explicit FitWidthDelegate(QListWidget *list) : QStyledItemDelegate(list), m_list(list) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize hint = QStyledItemDelegate::sizeHint(option, index);
        return {qMin(hint.width(), m_list->viewport()->width()), hint.height()};
    }

private:
    QListWidget *m_list;
};

} // namespace

WatchListPanel::WatchListPanel(QWidget *parent)
    : QWidget(parent)
{
    setMaximumWidth(MaxWidth);
    setMinimumWidth(MaxWidth * 3 / 4);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("watchProgress"));
    m_progress->setWordWrap(true);
    m_progress->hide();
    m_changes = new QLabel(this);
    m_changes->setObjectName(QStringLiteral("watchChanges"));
    m_changes->setWordWrap(true);
    m_changes->hide();

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("watchList"));
    m_list->setAccessibleName(tr("Watched subscriptions"));
    m_list->setAccessibleDescription(tr("Enter opens the entry; Delete stops watching the selected subscriptions"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setTextElideMode(Qt::ElideMiddle); // IDs differ at both ends
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(2);
    m_list->setIconSize(QSize(16, 16));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setItemDelegate(new FitWidthDelegate(m_list));
    m_list->installEventFilter(this);
    m_list->verticalScrollBar()->setAccessibleName(tr("Scroll the watched subscriptions"));
    auto *all = new QListWidgetItem(m_list);
    all->setData(SubscriptionIdRole, QString());
    QFont bold = all->font();
    bold.setBold(true);
    all->setFont(bold);
    setAllWatched(0, 0, 0);

    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        // Ctrl- and Shift-clicks select several (to remove them), they open nothing.
        if (QApplication::keyboardModifiers() == Qt::NoModifier)
            choose(item);
    });
    connect(m_list, &QListWidget::itemActivated, this, &WatchListPanel::choose);
    connect(m_list, &QWidget::customContextMenuRequested, this, &WatchListPanel::showMenu);

    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("watchAddButton"));
    m_add->setText(tr("Add…"));
    m_add->setToolTip(tr("Watch subscriptions: paste IDs, read a file or tick recent ones"));
    m_add->setAccessibleName(tr("Watch subscriptions"));
    m_add->setFocusPolicy(Qt::TabFocus);
    connect(m_add, &QToolButton::clicked, this, &WatchListPanel::addRequested);
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("watchRemoveButton"));
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Stop watching the selected subscriptions (Delete)"));
    m_remove->setAccessibleName(tr("Stop watching the selected subscriptions"));
    m_remove->setFocusPolicy(Qt::TabFocus);
    m_remove->setEnabled(false);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (!selectedIds().isEmpty())
            emit removeRequested(selectedIds());
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!selectedIds().isEmpty()); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_progress);
    layout->addWidget(m_changes);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
}

QListWidgetItem *WatchListPanel::allWatchedItem() const
{
    return m_list->item(0);
}

QListWidgetItem *WatchListPanel::itemOf(const QString &subscriptionId) const
{
    for (int i = 1; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(SubscriptionIdRole).toString() == subscriptionId)
            return m_list->item(i);
    }
    return nullptr;
}

QStringList WatchListPanel::selectedIds() const
{
    QStringList ids;
    for (int i = 1; i < m_list->count(); ++i) {
        if (m_list->item(i)->isSelected())
            ids << m_list->item(i)->data(SubscriptionIdRole).toString();
    }
    return ids;
}

void WatchListPanel::setEntries(const QList<Entry> &entries)
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(SubscriptionIdRole).toString()
                                                  : QString();
    while (m_list->count() > 1)
        delete m_list->takeItem(m_list->count() - 1);
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(SubscriptionIdRole, entry.id);
        describe(item, entry);
        if (entry.id == current)
            m_list->setCurrentItem(item, QItemSelectionModel::NoUpdate);
    }
}

void WatchListPanel::updateEntry(const Entry &entry)
{
    if (QListWidgetItem *item = itemOf(entry.id))
        describe(item, entry);
}

void WatchListPanel::describe(QListWidgetItem *item, const Entry &entry)
{
    QString detail;
    if (entry.noSessions)
        detail = tr("No sessions found: check the ID");
    else if (!entry.error.isEmpty())
        detail = tr("Not read: %1").arg(entry.error);
    else if (entry.active < 0)
        detail = tr("Not listed yet");
    else if (entry.needsAttention == 1) // first: what a narrow list must not cut off
        detail = tr("1 needs attention · %1 active").arg(QLocale().toString(entry.active));
    else if (entry.needsAttention > 1)
        detail = tr("%1 need attention · %2 active")
                     .arg(QLocale().toString(entry.needsAttention), QLocale().toString(entry.active));
    else
        detail = tr("%1 active").arg(QLocale().toString(entry.active));
    item->setText(entry.id + QLatin1Char('\n') + detail);
    item->setToolTip(entry.id + QLatin1Char('\n') + detail);
    item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(entry.id, detail));
    const bool marked = entry.noSessions || !entry.error.isEmpty() || entry.needsAttention > 0;
    item->setIcon(marked ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void WatchListPanel::setAllWatched(int subscriptions, int active, int needsAttention)
{
    QListWidgetItem *item = allWatchedItem();
    const QString title = needsAttention > 0 ? tr("All watched  (%1)").arg(QLocale().toString(needsAttention))
                                             : tr("All watched");
    const QString watched = subscriptions == 1 ? tr("1 subscription")
                                               : tr("%1 subscriptions").arg(QLocale().toString(subscriptions));
    const QString detail = tr("%1 active").arg(QLocale().toString(active)); // the count of IDs is the list below
    item->setText(title + QLatin1Char('\n') + detail);
    const QString attention = needsAttention == 1
        ? tr("1 needs attention")
        : tr("%1 need attention").arg(QLocale().toString(needsAttention));
    item->setToolTip(tr("The active sessions of every watched subscription") + QLatin1Char('\n') + watched
                     + QStringLiteral(" · ") + detail + QLatin1Char('\n') + attention);
    item->setData(Qt::AccessibleTextRole, tr("All watched: %1, %2, %3").arg(watched, detail, attention));
    item->setIcon(needsAttention > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
}

void WatchListPanel::setProgress(const QString &text)
{
    m_progress->setText(text);
    m_progress->setAccessibleName(text);
    m_progress->setVisible(!text.isEmpty());
}

void WatchListPanel::setChanges(const QString &text)
{
    m_changes->setText(text);
    m_changes->setAccessibleName(text);
    m_changes->setVisible(!text.isEmpty());
}

void WatchListPanel::setCurrent(const QString &subscriptionId, bool allWatched)
{
    QListWidgetItem *item = allWatched ? allWatchedItem() : itemOf(subscriptionId);
    const QSignalBlocker blocker(m_list);
    if (item) {
        m_list->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
    } else {
        m_list->clearSelection();
    }
    m_remove->setEnabled(!selectedIds().isEmpty());
}

void WatchListPanel::choose(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString id = item->data(SubscriptionIdRole).toString();
    if (id.isEmpty())
        emit allWatchedChosen();
    else
        emit subscriptionChosen(id);
}

bool WatchListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && !selectedIds().isEmpty()) {
            emit removeRequested(selectedIds());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WatchListPanel::showMenu(const QPoint &pos)
{
    QListWidgetItem *item = m_list->itemAt(pos);
    QMenu menu(this);
    if (item) {
        QAction *open = menu.addAction(tr("&Open"));
        connect(open, &QAction::triggered, this, [this, item] { choose(item); });
        const QStringList ids = selectedIds();
        if (!ids.isEmpty()) {
            QAction *remove = menu.addAction(ids.size() == 1 ? tr("&Stop watching this subscription")
                                                             : tr("&Stop watching %1 subscriptions").arg(ids.size()));
            remove->setShortcut(QKeySequence::Delete);
            connect(remove, &QAction::triggered, this, [this, ids] { emit removeRequested(ids); });
        }
        menu.addSeparator();
    }
    QAction *add = menu.addAction(tr("&Watch subscriptions…"));
    connect(add, &QAction::triggered, this, &WatchListPanel::addRequested);
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}
