#include "api/sessionfetcher.h"

#include "api/apiclient.h"
#include "concurrency/workthreads.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <cmath>
#include <unordered_set>
#include <utility>

namespace BillForward {

namespace {

// Subscription + session ID + unit + sessionix + start identify a session
// (SessionKey: a reused ID starts at sessionix 0 on every use). The
// strings are the decoded sessions' own (implicitly shared): remembering a
// session allocates no key text on the GUI thread. `foreignSubscription`
// is empty for the subscription being fetched.
struct SeenKey
{
    size_t hash = 0; // of the fields below, computed once
    QString foreignSubscription;
    QString sessionId;
    QString uom;
    qint32 sessionix = 0;
    Timestamp start = NoTimestamp;
    friend bool operator==(const SeenKey &a, const SeenKey &b)
    {
        return a.hash == b.hash && a.sessionix == b.sessionix && a.start == b.start && a.sessionId == b.sessionId
            && a.uom == b.uom
            && a.foreignSubscription == b.foreignSubscription;
    }
};

// Keys carry their hash, so growing the set (at 2^19, 2^20 sessions…)
// relinks nodes rather than hashing every key again on the GUI thread.
struct SeenKeyHash
{
    size_t operator()(const SeenKey &key) const noexcept { return key.hash; }
};

// The keys spread over 64 sets: a set doubling its buckets relinks 1/64
// of the keys, not all of them within one slice. The sets start at
// staggered sizes (1x to 2x), so they double at different totals, not all
// within the same few slices.
class SeenKeys
{
public:
    SeenKeys()
    {
        for (size_t i = 0; i < m_shards.size(); ++i)
            m_shards[i].reserve(size_t(256.0 * std::exp2(double(i) / double(m_shards.size()))));
    }

    bool insert(SeenKey &&key)
    {
        const size_t shard = size_t(quint64(key.hash) * 0x9E3779B97F4A7C15ull >> 58);
        return m_shards[shard].insert(std::move(key)).second;
    }
    size_t size() const
    {
        size_t n = 0;
        for (const auto &shard : m_shards)
            n += shard.size();
        return n;
    }

private:
    std::array<std::unordered_set<SeenKey, SeenKeyHash>, 64> m_shards;
};

} // namespace

struct SessionFetcher::Private
{
    QPointer<ApiClient> client;
    int concurrency = 4;
    int pageSize = 8766;
    int maxSliceSize = 1024;
    int sliceSize = 1024;          // adapted to the budget after each slice
    qint64 sliceBudgetNs = 4'000'000;
    Repeats repeats = Repeats::Dropped;

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
    QList<UsageSession> handingOut; // the page being delivered slice by slice
    qsizetype handedOut = 0;        // of handingOut
    // The sessions of one slice to hand out. One list for every slice, its
    // capacity kept (clear() keeps it unless a receiver kept a copy), so no
    // turn page-faults a fresh list in on the GUI thread.
    QList<UsageSession> outgoing;
    QTimer nextSlice;               // the next turn of the event loop
    qint64 failedOffset = -1;
    ApiError failure;

    std::unique_ptr<SeenKeys> seen = std::make_unique<SeenKeys>(); // keys of the current subscription's sessions
    qint64 delivered = 0;

    // The next slice sized to take about the budget at what this one cost a
    // session, halfway there at a time so that one odd slice (a page fault
    // storm, a preempted thread) does not swing it.
    void fitSliceToBudget(qsizetype sessions, qint64 ns)
    {
        constexpr int Smallest = 64; // below this the turns themselves cost more than the merges
        if (sessions < 16 || ns <= 0)
            return; // too few to tell
        const qint64 fits = qMin(sliceBudgetNs * sessions / ns, qint64(maxSliceSize));
        sliceSize = qBound(qMin(Smallest, maxSliceSize), int((sliceSize + fits) / 2), maxSliceSize);
    }

    // Whether `session` is new to this fetch (remembering it if so).
    bool firstSight(const UsageSession &session, const QString &subscription)
    {
        // A server answering with another subscription's session: keep
        // it apart so that it cannot hide one of this subscription's.
        const bool foreign = session.subscriptionId != subscription && !session.subscriptionId.isEmpty();
        SeenKey key{0, foreign ? session.subscriptionId : QString(), session.sessionId, session.uom,
                    session.sessionix, session.start};
        key.hash = qHashMulti(0, key.sessionId, key.uom, key.sessionix, key.start, key.foreignSubscription);
        return seen->insert(std::move(key));
    }

    bool sliceReady() const { return handedOut < handingOut.size() || buffered.contains(deliverOffset); }

    void dropUndelivered()
    {
        nextSlice.stop();
        buffered.clear();
        handingOut.clear();
        handedOut = 0;
    }

    // Aborts the requests for pages after `offset`; their answers no
    // longer reach `fetcher`.
    void abortPagesAfter(qint64 offset, QObject *fetcher)
    {
        for (auto it = inFlight.begin(); it != inFlight.end();) {
            if (it.key() > offset) {
                if (QPointer<ApiReply> later = it.value()) {
                    later->disconnect(fetcher);
                    later->abort();
                }
                it = inFlight.erase(it);
            } else {
                ++it;
            }
        }
    }

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
    d->nextSlice.setSingleShot(true);
    d->nextSlice.setInterval(0);
    connect(&d->nextSlice, &QTimer::timeout, this, &SessionFetcher::deliverSlice);
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

void SessionFetcher::setRepeats(Repeats repeats)
{
    d->repeats = repeats;
}

void SessionFetcher::setSliceSize(int sessions)
{
    d->maxSliceSize = d->sliceSize = qMax(1, sessions);
}

void SessionFetcher::setSliceBudget(int milliseconds)
{
    d->sliceBudgetNs = qMax(1, milliseconds) * qint64(1'000'000);
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
    d->sliceSize = d->maxSliceSize;
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
    d->dropUndelivered();
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
    d->dropUndelivered();
    d->failedOffset = -1;
    d->failure = {};
    // A big fetch's keys take long to free: not on the GUI thread (their
    // strings' reference counts are atomic).
    if (d->seen->size() > 10000) {
        SeenKeys *old = d->seen.release();
        WorkThreads::startInBackground([old] { delete old; });
    }
    d->seen = std::make_unique<SeenKeys>(); // clear() would keep a million buckets
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
    // Pages waiting to be handed out count against the requests in flight:
    // a GUI thread slower than the network holds a few pages, not all.
    while (d->running && !d->endSeen && d->failedOffset < 0
           && d->inFlight.size() + d->buffered.size() < d->concurrency) {
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
        d->abortPagesAfter(d->failedOffset, this);
    } else {
        const SessionPage page = reply->takePage();
        d->buffered.insert(offset, page.results);
        if (page.results.size() < d->pageSize || !page.hasNextPage()) {
            d->endSeen = true;
            // Pages asked for beyond the end are empty (or hold sessions
            // started since, which the next refresh picks up): drop them.
            d->abortPagesAfter(offset, this);
            for (auto it = d->buffered.begin(); it != d->buffered.end();)
                it = it.key() > offset ? d->buffered.erase(it) : std::next(it);
        }
    }
    // Its first slice goes out at the next turn of the event loop, not in
    // this event: a merge right after whatever else was posted (a repaint,
    // another page) would make one long stall of two short ones.
    if (!d->nextSlice.isActive())
        d->nextSlice.start();
    issueRequests();
}

void SessionFetcher::deliverSlice()
{
    if (!d->running)
        return;
    if (d->handedOut >= d->handingOut.size()) {
        d->handingOut.clear();
        d->handedOut = 0;
        if (!d->buffered.contains(d->deliverOffset)) {
            afterDelivery();
            return;
        }
        d->handingOut = d->buffered.take(d->deliverOffset);
        d->deliverOffset += d->pageSize;
    }
    QElapsedTimer spent;
    spent.start();
    const qsizetype end = qMin(d->handingOut.size(), d->handedOut + d->sliceSize);
    const qsizetype examined = end - d->handedOut;
    QList<UsageSession> &outgoing = d->outgoing;
    outgoing.reserve(examined);
    const QString &subscription = d->subscriptions.at(d->subscriptionIndex);
    const bool dropRepeats = d->repeats == Repeats::Dropped;
    for (qsizetype i = d->handedOut; i < end; ++i) {
        UsageSession &session = d->handingOut[i]; // the page's own list: moved out, not copied
        if (!dropRepeats || d->firstSight(session, subscription))
            outgoing.append(std::move(session));
    }
    d->handedOut = end;
    if (d->handedOut >= d->handingOut.size()) { // the page is out: free it now, not at the next turn
        // Decoded on a background thread, into that thread's heap: freed
        // there too (see releaseInBackground).
        WorkThreads::releaseInBackground(std::exchange(d->handingOut, {}));
        d->handedOut = 0;
    }
    if (!outgoing.isEmpty()) {
        const quint64 generation = d->generation;
        d->delivered += outgoing.size();
        emit sessionsArrived(outgoing);
        outgoing.clear();
        if (generation != d->generation)
            return; // a slot cancelled or restarted the fetch
    }
    d->fitSliceToBudget(examined, spent.nsecsElapsed());
    if (d->sliceReady()) {
        d->nextSlice.start();
        issueRequests(); // a page taken out of the buffer frees a place
        return;
    }
    afterDelivery();
}

// Nothing is left to hand out: finish, move on, or ask for more.
void SessionFetcher::afterDelivery()
{
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
    d->dropUndelivered();
    d->running = false;
    ++d->generation;
    emit finished(error);
}

} // namespace BillForward
