#include "api/sessionfetcher.h"

#include "api/apiclient.h"

#include <QMap>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <unordered_set>

namespace BillForward {

namespace {

// Subscription + session ID + unit + incarnation identify a session. The
// strings are the decoded sessions' own (implicitly shared): remembering a
// session allocates no key text, which at a million sessions was the
// largest cost of a page on the GUI thread. `foreignSubscription` is empty
// for the subscription being fetched.
struct SeenKey
{
    size_t hash = 0; // of the fields below, computed once
    QString foreignSubscription;
    QString sessionId;
    QString uom;
    qint32 sessionix = 0;
    friend bool operator==(const SeenKey &a, const SeenKey &b)
    {
        return a.hash == b.hash && a.sessionix == b.sessionix && a.sessionId == b.sessionId && a.uom == b.uom
            && a.foreignSubscription == b.foreignSubscription;
    }
};

// Keys carry their hash, so growing the set (at 2^19, 2^20 sessions…)
// relinks nodes rather than hashing every key again on the GUI thread, as
// the QSet<QByteArray> before did (~0.4 s of CPU at a million sessions).
struct SeenKeyHash
{
    size_t operator()(const SeenKey &key) const noexcept { return key.hash; }
};

} // namespace

struct SessionFetcher::Private
{
    QPointer<ApiClient> client;
    int concurrency = 4;
    int pageSize = 8766;

    QStringList subscriptions;
    int subscriptionIndex = 0;
    bool activeOnly = false;
    QStringList organizations;

    bool running = false;
    quint64 generation = 0; // a slot that outlives its fetch sees a newer value
    qint64 nextOffset = 0;  // next page to ask for
    qint64 deliverOffset = 0; // next page to hand out
    bool endSeen = false;   // a short or last page came back: ask for no more
    QMap<qint64, QPointer<ApiReply>> inFlight;
    QMap<qint64, QList<UsageSession>> buffered; // arrived ahead of deliverOffset
    qint64 failedOffset = -1;
    ApiError failure;

    std::unordered_set<SeenKey, SeenKeyHash> seen; // keys of the current subscription's sessions
    qint64 delivered = 0;

    void abortAll()
    {
        const auto replies = inFlight;
        inFlight.clear();
        for (const QPointer<ApiReply> &reply : replies) {
            if (reply) {
                reply->disconnect();
                reply->abort();
            }
        }
    }
};

SessionFetcher::SessionFetcher(ApiClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->client = client;
}

SessionFetcher::~SessionFetcher()
{
    d->abortAll();
}

void SessionFetcher::setConcurrency(int requestsInFlight)
{
    d->concurrency = qMax(1, requestsInFlight);
}

void SessionFetcher::setPageSize(int records)
{
    d->pageSize = qMax(1, records);
}

bool SessionFetcher::isRunning() const
{
    return d->running;
}

qint64 SessionFetcher::sessionsDelivered() const
{
    return d->delivered;
}

void SessionFetcher::start(const QStringList &subscriptionIds, bool activeOnly,
                           const QStringList &organizations)
{
    cancel();
    ++d->generation;
    d->subscriptions = subscriptionIds;
    d->subscriptions.removeDuplicates();
    d->subscriptionIndex = 0;
    d->activeOnly = activeOnly;
    d->organizations = organizations;
    d->delivered = 0;
    d->running = true;
    beginSubscription();
}

void SessionFetcher::cancel()
{
    if (!d->running)
        return;
    d->running = false;
    ++d->generation;
    d->abortAll();
    d->buffered.clear();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    emit finished(error);
}

void SessionFetcher::beginSubscription()
{
    d->nextOffset = 0;
    d->deliverOffset = 0;
    d->endSeen = false;
    d->inFlight.clear();
    d->buffered.clear();
    d->failedOffset = -1;
    d->failure = {};
    // A million keys take a third of a second to free: not on the GUI
    // thread (their strings' reference counts are atomic).
    if (d->seen.size() > 10000) {
        auto *old = new decltype(d->seen)(std::move(d->seen));
        QThreadPool::globalInstance()->start([old] { delete old; });
    }
    decltype(d->seen)().swap(d->seen); // clear() would keep a million buckets
    if (d->subscriptionIndex >= d->subscriptions.size()) {
        finishWith({});
        return;
    }
    issueRequests();
}

void SessionFetcher::issueRequests()
{
    if (!d->client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        finishWith(error);
        return;
    }
    while (d->running && !d->endSeen && d->failedOffset < 0 && d->inFlight.size() < d->concurrency) {
        ListQuery query;
        query.subscriptionId = d->subscriptions.at(d->subscriptionIndex);
        query.activeOnly = d->activeOnly;
        query.organizations = d->organizations;
        query.offset = d->nextOffset;
        query.records = d->pageSize;
        query.orderBy = QStringLiteral("created");
        query.order = QStringLiteral("ASC");
        const qint64 offset = d->nextOffset;
        d->nextOffset += d->pageSize;
        ApiReply *reply = d->client->list(query);
        d->inFlight.insert(offset, reply);
        const quint64 generation = d->generation;
        connect(reply, &ApiReply::finished, this, [this, reply, offset, generation] {
            if (generation == d->generation)
                pageFinished(offset, reply);
        });
    }
}

void SessionFetcher::pageFinished(qint64 offset, ApiReply *reply)
{
    d->inFlight.remove(offset);
    if (!reply->isOk()) {
        if (d->failedOffset < 0 || offset < d->failedOffset) {
            d->failedOffset = offset;
            d->failure = reply->error();
        }
        // Pages after the failing one can never be delivered in order.
        for (auto it = d->inFlight.begin(); it != d->inFlight.end();) {
            if (it.key() > d->failedOffset) {
                if (QPointer<ApiReply> later = it.value()) {
                    later->disconnect(this);
                    later->abort();
                }
                it = d->inFlight.erase(it);
            } else {
                ++it;
            }
        }
    } else {
        const SessionPage page = reply->takePage();
        d->buffered.insert(offset, page.results);
        if (page.results.size() < d->pageSize || !page.hasNextPage()) {
            d->endSeen = true;
            // Pages asked for beyond the end are empty (or hold sessions
            // started since, which the next refresh picks up): drop them.
            for (auto it = d->inFlight.begin(); it != d->inFlight.end();) {
                if (it.key() > offset) {
                    if (QPointer<ApiReply> later = it.value()) {
                        later->disconnect(this);
                        later->abort();
                    }
                    it = d->inFlight.erase(it);
                } else {
                    ++it;
                }
            }
            for (auto it = d->buffered.begin(); it != d->buffered.end();)
                it = it.key() > offset ? d->buffered.erase(it) : std::next(it);
        }
    }
    deliverReady();
}

void SessionFetcher::deliverReady()
{
    const quint64 generation = d->generation;
    while (d->running && d->buffered.contains(d->deliverOffset)) {
        const QList<UsageSession> results = d->buffered.take(d->deliverOffset);
        d->deliverOffset += d->pageSize;
        QList<UsageSession> fresh;
        fresh.reserve(results.size());
        for (const UsageSession &session : results) {
            // A server answering with another subscription's session: keep
            // it apart so that it cannot hide one of this subscription's.
            const bool foreign = session.subscriptionId != d->subscriptions.at(d->subscriptionIndex)
                && !session.subscriptionId.isEmpty();
            SeenKey key{0, foreign ? session.subscriptionId : QString(), session.sessionId, session.uom,
                        session.sessionix};
            key.hash = qHashMulti(0, key.sessionId, key.uom, key.sessionix, key.foreignSubscription);
            if (!d->seen.insert(std::move(key)).second)
                continue;
            fresh.append(session);
        }
        if (fresh.isEmpty())
            continue;
        d->delivered += fresh.size();
        emit sessionsArrived(fresh);
        if (generation != d->generation)
            return; // a slot cancelled or restarted the fetch
    }
    if (!d->running)
        return;

    if (d->failedOffset >= 0) {
        if (d->deliverOffset >= d->failedOffset) {
            const ApiError error = d->failure;
            finishWith(error);
        }
        return;
    }
    if (d->endSeen && d->inFlight.isEmpty() && d->buffered.isEmpty()) {
        ++d->subscriptionIndex;
        beginSubscription();
        return;
    }
    issueRequests();
}

void SessionFetcher::finishWith(const ApiError &error)
{
    d->abortAll();
    d->buffered.clear();
    d->running = false;
    ++d->generation;
    emit finished(error);
}

} // namespace BillForward
