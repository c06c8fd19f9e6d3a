#pragma once

#include "api/apierror.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionloader.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

class SessionBrowser;
namespace BillForward {
class ApiClient;
struct UsageSession;
}

// The "All watched" view's loader: feeds the browser with the active
// sessions of every watched subscription (`/active`, every page of each).
// A sweep is polite to a server the customer's own integration shares: at
// most concurrency() requests in flight, a 429 pauses the whole sweep for
// its Retry-After, sweeps never overlap, auto-refresh waits at least one
// sweep's duration, a 401 pauses it until resume(). A subscription that
// fails is marked with its error, keeps its rows, and stops no other.
class WatchLoader final : public QObject
{
    Q_OBJECT

public:
    using Origin = SessionLoader::Origin;

    explicit WatchLoader(SessionBrowser *browser, QObject *parent = nullptr);
    ~WatchLoader() override;

    void setClient(BillForward::ApiClient *client);
    static constexpr int MaxConcurrency = 6; // Qt's connections per host
    void setConcurrency(int requestsInFlight); // clamped to 1..6, default 4
    int concurrency() const;
    // The connection's scope, as SessionLoader and SubscriptionProbe have it:
    // only sessions of these organizations are listed (empty: all).
    // Applies from the next subscription listed.
    void setOrganizations(const QStringList &organizations);
    QStringList organizations() const;

    // Clears the browser and sweeps these subscriptions.
    void open(const QStringList &subscriptionIds, Origin origin = Origin::User);
    // Watches these too: sweeps only them into the rows shown (no clear()).
    // During a sweep they are queued after it, in the same sweep.
    void add(const QStringList &subscriptionIds);
    // No longer watches these: drops their rows and state (no clear()).
    // During a sweep, the listings under way start again (their rows so far
    // were taken with the removed ones' in one refresh); at most
    // concurrency() requests are sent twice.
    void remove(const QStringList &subscriptionIds);
    // Sweeps again, merging in place. False (nothing done) while a sweep runs.
    bool refresh(Origin origin = Origin::User);
    void cancel();
    // Goes on with a sweep paused by a 401, once a new token is set.
    void resume();
    bool isPausedForToken() const;

    // The next automatic sweep starts this long after the last one ended,
    // and never sooner than the last sweep took. 0: off.
    void setAutoRefreshSeconds(int seconds);
    int autoRefreshSeconds() const;

    QStringList subscriptionIds() const;
    bool isSweeping() const;
    int subscriptionsDone() const; // of the sweep under way, else the last one
    int subscriptionCount() const;
    qint64 lastSweepMs() const;    // how long the last finished sweep took
    QDateTime lastSwept() const;   // when it finished

    struct SubscriptionState
    {
        int active = 0;               // active sessions its last listing had
        bool listed = false;          // listed at least once
        BillForward::ApiError error;  // why the last sweep could not list it (kind None: it could)
    };
    SubscriptionState stateOf(const QString &subscriptionId) const;

    // What changed since the user last looked. markSeen() makes the last
    // finished sweep the reference; sessions active now and not then are
    // new, sessions active then and not now have ended (or were stopped).
    void markSeen();
    // Another connection: its sessions are not to be compared with this
    // one's. Forgets the reference and the last sweep's sessions, so the
    // next finished sweep is the new reference.
    void forgetSeen();
    QDateTime seenAt() const; // null before the first markSeen()
    int newSinceSeen() const;
    bool isNewSinceSeen(const SessionKey &key) const;
    // The last record seen of each session no longer active.
    QList<BillForward::UsageSession> endedSinceSeen() const;

signals:
    void sweepStarted(SessionLoader::Origin origin);
    void progress(int subscriptionsDone, int subscriptionCount);
    void subscriptionFinished(const QString &subscriptionId);
    // The server asked to wait (429 Retry-After): nothing is sent for `seconds`.
    void paused(int seconds);
    // A 401: the sweep waits for a new token; resume() goes on.
    void tokenRefused();
    // Around every change to the browser, so the view can keep its selection.
    void aboutToChangeRows();
    void rowsChangedByLoad();
    // A sweep ran to its end (some subscriptions may have failed).
    void sweepFinished(SessionLoader::Origin origin, int failedSubscriptions);
    // A sweep was cancelled (cancel(), open(), setClient()): the browser
    // holds part of it, so it is no finished load to judge.
    void sweepCancelled();

private:
    void startSweep(Origin origin);
    void startSweepOf(const QStringList &subscriptionIds, Origin origin);
    void requeueInFlight();
    void makePlaces();
    void fillPlaces();
    void onSessions(size_t place, const QList<BillForward::UsageSession> &sessions);
    void onListed(size_t place, const BillForward::ApiError &error);
    void pauseForToken(const QString &refused);
    void cancelQuietly();
    void finishSweep(bool completed);
    void rememberActive();
    void scheduleNext();

    struct Private;
    std::unique_ptr<Private> d;
};
