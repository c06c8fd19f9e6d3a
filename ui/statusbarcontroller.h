#pragma once

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class QLabel;
class QProgressBar;
class QStatusBar;
class QToolButton;

// The status bar: rows loaded, active count, the last refresh, and the
// network state (loading with a Cancel, offline with a Retry and, when one
// is due, a countdown to it; else the connection's state). The selection's
// count and totals are TotalsStrip's, under the table. A temporary message hides the labels at the left, so
// only one text shows there at a time.
class StatusBarController final : public QObject
{
    Q_OBJECT

public:
    enum class NetworkState { Idle, Loading, Offline };

    explicit StatusBarController(QStatusBar *bar, QObject *parent = nullptr);

    void setCounts(int loaded, int active);
    void setLastRefresh(const QDateTime &when);
    // What the network label says when nothing loads or failed: the
    // connection's state (ConnectionStatus); `failed` shows it as an error
    // with Retry.
    void setConnectionText(const QString &text, bool failed);
    void setIdle();
    void setLoading(qint64 delivered);
    // A failed background refresh: what happened, and the seconds until it
    // is tried again, counted down (0 or less: as setStopped()).
    void setOffline(const QString &message, int retryInSeconds);
    // A failure nothing will try again by itself: only the Retry button does.
    void setStopped(const QString &message);

    NetworkState networkState() const { return m_state; }
    QString networkText() const;
    QToolButton *retryButton() const { return m_retry; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void retryRequested();
    void cancelRequested();

private:
    void showOfflineState(const QString &message);
    void showConnection();
    void updateCountdown();

    NetworkState m_state = NetworkState::Idle;
    QString m_offlineMessage;
    QString m_connectionText;
    bool m_connectionFailed = false;
    QDeadlineTimer m_retryAt;
    QTimer m_countdown;
    QLabel *m_counts;
    QLabel *m_lastRefresh;
    QLabel *m_network;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_retry;
};
