#include "watch/watchloader.h"

#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "sessions/sessionbrowser.h"
#include "wire/usagesession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <vector>

namespace {

// A subscription answered 429 after the client's own retries goes back to
// the end of the queue this often before it counts as failed: the client
// already waited each Retry-After, so the server is busy, not refusing.
constexpr int RateLimitRequeues = 3;
// A 401 to a token replaced since the request left lists the subscription
// again with the new token, this often at most: a server that refuses every
// new token too is refusing, and the sweep waits for the user.
constexpr int TokenRequeues = 2;

} // namespace

// One place of the ceiling: a fetcher that lists one subscription at a
// time, one request in flight. concurrency() places make the ceiling over
// the whole sweep; a subscription is listed by whichever place is free.
struct SweepPlace
{
    BillForward::SessionFetcher *fetcher = nullptr;
    QString subscription; // empty: free (or its fetch was given up on purpose)
    int delivered = 0;    // sessions of `subscription` in this listing
    quint64 tokenGenerationAtStart = 0; // the client's, as the request left
};

struct WatchLoader::Private
{
    SessionBrowser *browser = nullptr;
    QPointer<BillForward::ApiClient> client;
    QMetaObject::Connection rateLimitedConnection;
    QStringList ids;
    QStringList organizations;
    int concurrency = 4;
    int autoRefreshSeconds = 0;

    std::vector<SweepPlace> places;
    std::deque<QString> pending;      // of the sweep under way, in order
    QSet<QString> complete;           // listed completely in this sweep
    QHash<QString, int> requeued;     // 429 requeues in this sweep
    QHash<QString, int> tokenRequeued; // 401 requeues after a token change, in this sweep
    QSet<QString> inSweep;            // the subscriptions of this sweep (all, or those added)
    QSet<QString> finished;           // listed or failed in this sweep
    QSet<QString> failed;             // failed in this sweep
    int done = 0;                     // finished.size()
    int failures = 0;                 // failed.size()
    bool partial = false;             // a sweep of added subscriptions only
    bool sweeping = false;
    bool pausedForToken = false;
    Origin origin = Origin::User;
    QElapsedTimer clock;
    qint64 lastSweepMs = 0;
    QDateTime lastSwept;
    QTimer nextSweep;

    QHash<QString, SubscriptionState> states;

    // The active sessions at the end of the last finished sweep, and at
    // the one the user last looked at.
    QHash<SessionKey, BillForward::UsageSession> lastActive;
    QHash<SessionKey, BillForward::UsageSession> seenActive;
    QDateTime seenAt;
    bool seenSet = false;

    bool isFree(const SweepPlace &place) const
    {
        return place.subscription.isEmpty() && !place.fetcher->isRunning();
    }
};

WatchLoader::WatchLoader(SessionBrowser *browser, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->browser = browser;
    d->nextSweep.setSingleShot(true);
    // A coarse timer may fire 5 % early: the rest is a minimum.
    d->nextSweep.setTimerType(Qt::PreciseTimer);
    connect(&d->nextSweep, &QTimer::timeout, this, [this] { refresh(Origin::Background); });
}

WatchLoader::~WatchLoader()
{
    // No slot of this loader may run while its members go.
    for (SweepPlace &place : d->places) {
        place.subscription.clear();
        place.fetcher->disconnect(this);
    }
}

void WatchLoader::setClient(BillForward::ApiClient *client)
{
    cancel();
    disconnect(d->rateLimitedConnection);
    d->client = client;
    for (SweepPlace &place : d->places) {
        place.fetcher->disconnect(this);
        delete place.fetcher;
    }
    d->places.clear();
    if (client) {
        d->rateLimitedConnection = connect(client, &BillForward::ApiClient::rateLimited, this, [this](int seconds) {
            if (d->sweeping)
                emit paused(seconds);
        });
    }
}

void WatchLoader::setConcurrency(int requestsInFlight)
{
    // Applies from the next sweep: the places of one under way stay.
    d->concurrency = qBound(1, requestsInFlight, MaxConcurrency);
}

int WatchLoader::concurrency() const
{
    return d->concurrency;
}

void WatchLoader::setOrganizations(const QStringList &organizations)
{
    d->organizations = organizations;
}

QStringList WatchLoader::organizations() const
{
    return d->organizations;
}

void WatchLoader::open(const QStringList &subscriptionIds, Origin origin)
{
    cancel();
    d->ids = subscriptionIds;
    d->ids.removeDuplicates();
    d->ids.removeAll(QString());
    d->states.clear();
    d->lastActive.clear();
    emit aboutToChangeRows();
    d->browser->clear();
    emit rowsChangedByLoad();
    startSweep(origin);
}

bool WatchLoader::refresh(Origin origin)
{
    if (d->sweeping || d->ids.isEmpty() || !d->client)
        return false;
    startSweep(origin);
    return true;
}

void WatchLoader::cancel()
{
    if (!d->sweeping)
        return;
    cancelQuietly();
    finishSweep(false);
}

// Stops the places and forgets the queue; the caller decides what follows.
void WatchLoader::cancelQuietly()
{
    for (SweepPlace &place : d->places) {
        place.subscription.clear();
        if (place.fetcher->isRunning())
            place.fetcher->cancel();
    }
    d->pending.clear();
    d->pausedForToken = false;
    d->nextSweep.stop();
    if (d->sweeping && !d->complete.isEmpty()) {
        // What was listed completely is as true as ever; the rest stays.
        emit aboutToChangeRows();
        d->browser->endRefreshOf(d->complete);
        emit rowsChangedByLoad();
        d->complete.clear();
    } else if (d->sweeping) {
        d->browser->endRefresh(false);
    }
}

void WatchLoader::resume()
{
    if (!d->pausedForToken)
        return;
    d->pausedForToken = false;
    fillPlaces();
}

bool WatchLoader::isPausedForToken() const
{
    return d->pausedForToken;
}

void WatchLoader::setAutoRefreshSeconds(int seconds)
{
    d->autoRefreshSeconds = qMax(0, seconds);
    if (!d->sweeping)
        scheduleNext();
}

int WatchLoader::autoRefreshSeconds() const
{
    return d->autoRefreshSeconds;
}

QStringList WatchLoader::subscriptionIds() const
{
    return d->ids;
}

bool WatchLoader::isSweeping() const
{
    return d->sweeping;
}

int WatchLoader::subscriptionsDone() const
{
    return d->done;
}

int WatchLoader::subscriptionCount() const
{
    return int(d->ids.size());
}

qint64 WatchLoader::lastSweepMs() const
{
    return d->lastSweepMs;
}

QDateTime WatchLoader::lastSwept() const
{
    return d->lastSwept;
}

WatchLoader::SubscriptionState WatchLoader::stateOf(const QString &subscriptionId) const
{
    return d->states.value(subscriptionId);
}

void WatchLoader::startSweep(Origin origin)
{
    d->partial = false;
    startSweepOf(d->ids, origin);
}

void WatchLoader::startSweepOf(const QStringList &subscriptionIds, Origin origin)
{
    d->nextSweep.stop();
    if (!d->client || subscriptionIds.isEmpty()) {
        scheduleNext();
        return;
    }
    // Also after open(): the browser is empty, and the same bookkeeping
    // removes nothing.
    d->browser->beginRefresh();
    makePlaces();
    d->pending.assign(subscriptionIds.cbegin(), subscriptionIds.cend());
    d->inSweep = QSet<QString>(subscriptionIds.cbegin(), subscriptionIds.cend());
    d->finished.clear();
    d->failed.clear();
    d->complete.clear();
    d->requeued.clear();
    d->tokenRequeued.clear();
    d->done = 0;
    d->failures = 0;
    d->pausedForToken = false;
    d->origin = origin;
    d->sweeping = true;
    d->clock.start();
    emit sweepStarted(origin);
    emit progress(0, int(d->inSweep.size()));
    fillPlaces();
}

void WatchLoader::makePlaces()
{
    if (int(d->places.size()) == d->concurrency)
        return;
    for (SweepPlace &place : d->places) {
        place.fetcher->disconnect(this);
        delete place.fetcher;
    }
    d->places.clear();
    d->places.resize(size_t(d->concurrency));
    for (size_t index = 0; index < d->places.size(); ++index) {
        auto *fetcher = new BillForward::SessionFetcher(d->client, this);
        // One request at a time: the places together make the ceiling.
        fetcher->setConcurrency(1);
        d->places[index].fetcher = fetcher;
        connect(fetcher, &BillForward::SessionFetcher::sessionsArrived, this,
                [this, index](const QList<BillForward::UsageSession> &sessions) { onSessions(index, sessions); });
        connect(fetcher, &BillForward::SessionFetcher::finished, this,
                [this, index](const BillForward::ApiError &error) { onListed(index, error); });
    }
}

void WatchLoader::fillPlaces()
{
    for (size_t index = 0; index < d->places.size(); ++index) {
        if (!d->sweeping || d->pausedForToken || d->pending.empty())
            return;
        SweepPlace &place = d->places[index];
        if (!d->isFree(place))
            continue;
        place.subscription = d->pending.front();
        place.delivered = 0;
        place.tokenGenerationAtStart = d->client ? d->client->tokenGeneration() : 0;
        d->pending.pop_front();
        place.fetcher->start({place.subscription}, true, d->organizations);
    }
}

void WatchLoader::onSessions(size_t index, const QList<BillForward::UsageSession> &sessions)
{
    SweepPlace &place = d->places[index];
    if (place.subscription.isEmpty())
        return;
    place.delivered += int(sessions.size());
    emit aboutToChangeRows();
    d->browser->addSessions(sessions);
    emit rowsChangedByLoad();
}

void WatchLoader::onListed(size_t index, const BillForward::ApiError &error)
{
    SweepPlace &place = d->places[index];
    const QString subscription = std::exchange(place.subscription, QString());
    if (subscription.isEmpty() || !d->sweeping)
        return; // given up on purpose (a pause, a cancel)
    if (error.httpStatus == 401) {
        // Sent with a token replaced since by another (not cleared): list
        // it again with the new one. A 401 to the token in use, or sent
        // with none, waits for a new token like any refusal.
        const bool replaced = d->client && d->client->hasAccessToken()
                              && d->client->tokenGeneration() != place.tokenGenerationAtStart;
        if (replaced && d->tokenRequeued.value(subscription) < TokenRequeues) {
            ++d->tokenRequeued[subscription];
            d->pending.push_front(subscription);
            fillPlaces();
            return;
        }
        pauseForToken(subscription);
        return;
    }
    if (error.httpStatus == 429 && d->requeued.value(subscription) < RateLimitRequeues) {
        ++d->requeued[subscription];
        d->pending.push_back(subscription);
        fillPlaces();
        return;
    }
    SubscriptionState &state = d->states[subscription];
    if (error.isError()) {
        // Its rows stay: it is not among those whose unseen rows go.
        state.error = error;
        d->failed.insert(subscription);
        d->failures = int(d->failed.size());
    } else {
        state.error = {};
        state.listed = true;
        state.active = place.delivered;
        d->complete.insert(subscription);
    }
    d->finished.insert(subscription);
    d->done = int(d->finished.size());
    emit subscriptionFinished(subscription);
    emit progress(d->done, int(d->inSweep.size()));
    if (d->done >= int(d->inSweep.size())) {
        finishSweep(true);
        return;
    }
    fillPlaces();
}

// A 401: the token is refused. Nothing more is sent with it; what was
// under way goes back to the front of the queue, in its order, and
// resume() lists it from its start.
void WatchLoader::pauseForToken(const QString &refused)
{
    const bool first = !d->pausedForToken;
    d->pausedForToken = true;
    requeueInFlight();
    d->pending.push_front(refused);
    if (first)
        emit tokenRefused();
}

// Cancels the listings under way and puts them back at the front of the
// queue, in their order, to be listed from their start.
void WatchLoader::requeueInFlight()
{
    std::vector<QString> back;
    for (SweepPlace &place : d->places) {
        if (place.subscription.isEmpty())
            continue;
        back.push_back(std::exchange(place.subscription, QString()));
        place.fetcher->cancel();
    }
    for (auto it = back.rbegin(); it != back.rend(); ++it)
        d->pending.push_front(*it);
}

void WatchLoader::add(const QStringList &subscriptionIds)
{
    QStringList fresh;
    for (const QString &id : subscriptionIds) {
        if (!id.isEmpty() && !d->ids.contains(id) && !fresh.contains(id))
            fresh << id;
    }
    if (fresh.isEmpty())
        return;
    d->ids += fresh;
    if (d->sweeping) {
        for (const QString &id : std::as_const(fresh)) {
            d->pending.push_back(id);
            d->inSweep.insert(id);
        }
        emit progress(d->done, int(d->inSweep.size()));
        fillPlaces();
        return;
    }
    d->partial = true;
    startSweepOf(fresh, Origin::User);
}

void WatchLoader::remove(const QStringList &subscriptionIds)
{
    QSet<QString> gone;
    for (const QString &id : subscriptionIds) {
        if (d->ids.removeAll(id) > 0)
            gone.insert(id);
    }
    if (gone.isEmpty())
        return;
    for (const QString &id : std::as_const(gone))
        d->states.remove(id);
    // Their sessions neither started nor ended: they are no longer watched.
    for (auto it = d->lastActive.begin(); it != d->lastActive.end();)
        it = gone.contains(it.key().subscriptionId) ? d->lastActive.erase(it) : std::next(it);
    for (auto it = d->seenActive.begin(); it != d->seenActive.end();)
        it = gone.contains(it.key().subscriptionId) ? d->seenActive.erase(it) : std::next(it);

    emit aboutToChangeRows();
    if (d->sweeping) {
        // One refresh cannot drop some subscriptions' rows and go on with
        // the others': end it for what is complete, drop the removed, and
        // begin again; what was under way is listed again from its start.
        requeueInFlight();
        d->pending.erase(std::remove_if(d->pending.begin(), d->pending.end(),
                                        [&gone](const QString &id) { return gone.contains(id); }),
                         d->pending.end());
        d->browser->endRefreshOf(d->complete);
        d->complete.clear();
        for (const QString &id : std::as_const(gone)) {
            d->inSweep.remove(id);
            d->finished.remove(id);
            d->failed.remove(id);
        }
        d->done = int(d->finished.size());
        d->failures = int(d->failed.size());
    }
    d->browser->beginRefresh();
    d->browser->endRefreshOf(gone); // every row of theirs: none was seen since
    if (d->sweeping)
        d->browser->beginRefresh();
    emit rowsChangedByLoad();

    if (!d->sweeping)
        return;
    if (d->ids.isEmpty() || d->inSweep.isEmpty()) {
        cancel();
        return;
    }
    emit progress(d->done, int(d->inSweep.size()));
    if (d->done >= int(d->inSweep.size()))
        finishSweep(true);
    else
        fillPlaces();
}

void WatchLoader::finishSweep(bool completed)
{
    if (completed) {
        emit aboutToChangeRows();
        d->browser->endRefreshOf(d->complete);
        emit rowsChangedByLoad();
    }
    d->complete.clear();
    d->sweeping = false;
    d->pausedForToken = false;
    if (completed && !d->partial) {
        // A cancelled sweep is no reference for what changed, nor for the pace.
        d->lastSweepMs = d->clock.elapsed();
        d->lastSwept = QDateTime::currentDateTime();
        rememberActive();
    } else if (completed) {
        // Subscriptions just added: their sessions are not "new since you
        // looked", they were never looked at. They join the reference.
        rememberActive();
        if (d->seenSet) {
            for (auto it = d->lastActive.cbegin(); it != d->lastActive.cend(); ++it) {
                if (d->inSweep.contains(it.value().subscriptionId))
                    d->seenActive.insert(it.key(), it.value());
            }
        }
    }
    d->partial = false;
    if (completed)
        emit sweepFinished(d->origin, d->failures);
    else
        emit sweepCancelled();
    scheduleNext();
}

// The sessions the browser holds now: each is active (or kept from a
// subscription that could not be listed).
void WatchLoader::rememberActive()
{
    const SessionStore &store = d->browser->store();
    d->lastActive.clear();
    d->lastActive.reserve(store.size());
    for (int row = 0; row < store.size(); ++row) {
        if (store.isActive(row))
            d->lastActive.insert(store.keyOf(row), store.at(row));
    }
}

void WatchLoader::scheduleNext()
{
    if (d->autoRefreshSeconds <= 0 || d->ids.isEmpty()) {
        d->nextSweep.stop();
        return;
    }
    // Never sooner than the last sweep took: a server slow to answer gets
    // as long a rest as it needed.
    const qint64 wait = qMax<qint64>(qint64(d->autoRefreshSeconds) * 1000, d->lastSweepMs);
    d->nextSweep.start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void WatchLoader::markSeen()
{
    if (!d->lastSwept.isValid())
        return; // nothing finished to look at yet
    d->seenActive = d->lastActive;
    d->seenAt = d->lastSwept;
    d->seenSet = true;
}

void WatchLoader::forgetSeen()
{
    d->lastActive.clear();
    d->seenActive.clear();
    d->seenAt = QDateTime();
    d->seenSet = false;
}

QDateTime WatchLoader::seenAt() const
{
    return d->seenSet ? d->seenAt : QDateTime();
}

int WatchLoader::newSinceSeen() const
{
    if (!d->seenSet)
        return 0;
    int count = 0;
    for (auto it = d->lastActive.cbegin(); it != d->lastActive.cend(); ++it)
        count += int(!d->seenActive.contains(it.key()));
    return count;
}

bool WatchLoader::isNewSinceSeen(const SessionKey &key) const
{
    return d->seenSet && !d->seenActive.contains(key);
}

QList<BillForward::UsageSession> WatchLoader::endedSinceSeen() const
{
    QList<BillForward::UsageSession> ended;
    if (!d->seenSet)
        return ended;
    const QSet<QString> watched(d->ids.cbegin(), d->ids.cend());
    for (auto it = d->seenActive.cbegin(); it != d->seenActive.cend(); ++it) {
        // A subscription no longer watched has not ended its sessions.
        if (!d->lastActive.contains(it.key()) && watched.contains(it.value().subscriptionId))
            ended.append(it.value());
    }
    return ended;
}
