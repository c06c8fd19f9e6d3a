#pragma once

#include "api/apierror.h"
#include "sessions/sessionkey.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QPointer>
#include <QSet>
#include <QTimer>

class SessionBrowser;
namespace BillForward {
class ApiClient;
class SessionFetcher;
}

// Feeds the browser from the server: opens a subscription (rows on screen
// from the first page on), refreshes in place, auto-refreshes on a timer and
// retries a failed background refresh with backoff (5 s, 10 s, 20 s … 5 min).
class SessionLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Origin { User, Background };
    Q_ENUM(Origin)

    explicit SessionLoader(SessionBrowser *browser, QObject *parent = nullptr);
    ~SessionLoader() override;

    void setClient(BillForward::ApiClient *client);
    // The connection's scope: only sessions of these organizations are
    // listed (empty: all). Applies from the next load or refresh.
    void setOrganizations(const QStringList &organizations) { m_organizations = organizations; }
    QStringList organizations() const { return m_organizations; }

    // Clears the browser and loads from scratch.
    void open(const QString &subscriptionId, bool activeOnly, Origin origin = Origin::User);
    // Merges the server's current list in place.
    void refresh(Origin origin = Origin::User);
    void cancel();
    // Leaves the open subscription (the window shows another view): nothing
    // loads or refreshes until the next open().
    void close();
    // Merges sessions a start or stop returned, those of the open
    // subscription only (another one shows them when it is opened), and
    // highlights them.
    void showAffected(const QList<BillForward::UsageSession> &sessions);

    void setAutoRefreshSeconds(int seconds); // 0: off
    int autoRefreshSeconds() const { return m_autoRefreshSeconds; }

    QString subscriptionId() const { return m_subscriptionId; }
    bool activeOnly() const { return m_activeOnly; }
    bool isLoading() const;
    qint64 delivered() const { return m_delivered; }
    QDateTime lastLoaded() const { return m_lastLoaded; }
    int retryDelaySeconds() const { return m_retryDelaySeconds; } // of the pending retry, 0 when none
    // The last complete load or refresh of the open subscription listed no
    // session. BillForward answers an unknown subscription ID so too, so the
    // window says so rather than show a customer without usage.
    bool listedNone() const { return m_listedNone; }

signals:
    void loadingStarted(SessionLoader::Origin origin);
    void progress(qint64 sessionsDelivered);
    // Around every change this makes to the browser, so the view can keep its selection.
    void aboutToChangeRows();
    void rowsChangedByLoad();
    void loadFinished(SessionLoader::Origin origin, const BillForward::ApiError &error);
    // A background refresh failed; another try follows in `retryInSeconds`.
    void backgroundFailed(const QString &message, int retryInSeconds);

private:
    void applyCeilings();
    void startFetch(Origin origin);
    void onSessions(const QList<BillForward::UsageSession> &sessions);
    void onFinished(const BillForward::ApiError &error);
    void onRowsChanged(const QList<int> &storeRows);
    void scheduleNext();

    SessionBrowser *m_browser;
    BillForward::SessionFetcher *m_fetcher = nullptr;
    QString m_subscriptionId;
    bool m_activeOnly = false;
    QStringList m_organizations;
    bool m_refreshing = false;
    bool m_listedNone = false;
    Origin m_origin = Origin::User;
    qint64 m_delivered = 0;
    QDateTime m_lastLoaded;
    int m_autoRefreshSeconds = 0;
    int m_retryDelaySeconds = 0;
    QTimer m_refreshTimer;
    QSet<SessionKey> m_changedKeys;
};
