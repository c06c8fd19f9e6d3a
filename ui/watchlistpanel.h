#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

// The side list of the watch list: "All watched" at the top with the
// total needing attention as a badge, then each watched subscription with
// its active and needs-attention counts and its marks (the last sweep's
// error, "no sessions found"). Above them the sweep's progress and what
// changed since the user last looked. Showing only: WatchController
// decides what the entries say and what choosing one does.
class WatchListPanel final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxWidth = 220; // the window must still fit 1024 px

    struct Entry
    {
        QString id;
        int active = -1;         // -1: not listed yet
        int needsAttention = 0;
        QString error;           // the last sweep's, translated
        bool noSessions = false; // the check found none at all
    };

    explicit WatchListPanel(QWidget *parent = nullptr);
    QSize sizeHint() const override { return {MaxWidth, QWidget::sizeHint().height()}; }

    void setEntries(const QList<Entry> &entries);
    void updateEntry(const Entry &entry);
    void setAllWatched(int subscriptions, int active, int needsAttention);
    void setProgress(const QString &text);  // "38 of 500 subscriptions", empty: none
    void setChanges(const QString &text);   // "3 new, 5 ended since 09:12", empty: none
    // The entry shown in the table (empty: All watched; an unwatched ID: none).
    void setCurrent(const QString &subscriptionId, bool allWatched);

    QListWidget *list() const { return m_list; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *changesLabel() const { return m_changes; }
    QListWidgetItem *allWatchedItem() const;
    QListWidgetItem *itemOf(const QString &subscriptionId) const;
    QStringList selectedIds() const;

    static constexpr int SubscriptionIdRole = Qt::UserRole + 1; // empty on "All watched"

signals:
    void allWatchedChosen();
    void subscriptionChosen(const QString &subscriptionId);
    void removeRequested(const QStringList &subscriptionIds);
    void addRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(QListWidgetItem *item);
    void showMenu(const QPoint &pos);
    void describe(QListWidgetItem *item, const Entry &entry);

    QLabel *m_progress;
    QLabel *m_changes;
    QListWidget *m_list;
    QToolButton *m_add;
    QToolButton *m_remove;
};
