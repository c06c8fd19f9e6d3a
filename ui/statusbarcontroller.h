#pragma once

#include <QDateTime>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

// The status bar: rows loaded, active count, the selection and its total
// duration, the last refresh, and the network state (idle, loading with a
// Cancel, offline with a Retry).
class StatusBarController final : public QObject
{
    Q_OBJECT

public:
    enum class NetworkState { Idle, Loading, Offline };

    explicit StatusBarController(QStatusBar *bar, QObject *parent = nullptr);

    void setCounts(int loaded, int active);
    void setSelection(int rows, qint64 totalDurationMs);
    void setLastRefresh(const QDateTime &when);
    void setIdle();
    void setLoading(qint64 delivered);
    // A failed background refresh: what happened, and when it is tried again.
    void setOffline(const QString &message, int retryInSeconds);

    NetworkState networkState() const { return m_state; }
    QString networkText() const;
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void retryRequested();
    void cancelRequested();

private:
    NetworkState m_state = NetworkState::Idle;
    QLabel *m_counts;
    QLabel *m_selection;
    QLabel *m_lastRefresh;
    QLabel *m_network;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_retry;
};
