#include "api/sessionfetcher.h"

#include "api/apiclient.h"
#include "concurrency/workthreads.h"
#include "sessions/sessionkey.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <array>
#include <cmath>
#include <vector>
#include <utility>

namespace BillForward {

namespace {

// The 64-bit hashes of the keys seen in one subscription: 8 to 16 bytes a
// session in flat tables, no node or key text a session (a set of the
// keys themselves took about 100 bytes a session at 1M). Spread over 64
// tables that grow at staggered loads, so that growing one rehashes 1/64
// of the hashes within a slice, and never all of them.
class SeenKeyHashes
{
public:
    SeenKeyHashes()
    {
        for (Table &table : m_tables)
            table.cells.assign(InitialSlots, Empty);
    }

    // Loads the cell `hash` starts at into the cache: a slice's hashes
    // land all over tables of megabytes, and a miss each, one after the
    // other, cost the GUI thread about 0.2 s a million sessions.
    void prefetch(quint64 hash) const
    {
        hash = hash == Empty ? 1 : hash;
        const std::vector<quint64> &cells = m_tables[tableOf(hash)].cells;
        __builtin_prefetch(cells.data() + (size_t(hash) & (cells.size() - 1)));
    }

    // Whether `hash` is new (remembering it if so).
    bool insert(quint64 hash)
    {
        if (hash == Empty)
            hash = 1;
        const size_t index = tableOf(hash);
        Table &table = m_tables[index];
        if (!place(table.cells, hash))
            return false;
        // Grow at loads from 1/2 to 3/4, by table.
        if (++table.used * 128 >= table.cells.size() * (64 + index / 2))
            grow(table);
        return true;
    }

    size_t size() const
    {
        size_t n = 0;
        for (const Table &table : m_tables)
            n += table.used;
        return n;
    }

private:
    static constexpr quint64 Empty = 0;
    static size_t tableOf(quint64 hash) { return size_t(hash * 0x9E3779B97F4A7C15ull >> 58); }
    static constexpr size_t InitialSlots = 256;
    struct Table
    {
        std::vector<quint64> cells;
        size_t used = 0;
    };

    static bool place(std::vector<quint64> &cells, quint64 hash)
    {
        const size_t mask = cells.size() - 1;
        for (size_t i = size_t(hash) & mask;; i = (i + 1) & mask) {
            if (cells[i] == hash)
                return false;
            if (cells[i] == Empty) {
                cells[i] = hash;
                return true;
            }
        }
    }

    static void grow(Table &table)
    {
        std::vector<quint64> bigger(table.cells.size() * 2, Empty);
        for (const quint64 hash : table.cells) {
            if (hash != Empty)
                place(bigger, hash);
        }
        table.cells.swap(bigger);
    }

    std::array<Table, 64> m_tables;
};

// The key as the store keys its rows (SessionKey::of), hashed: a change to
// what identifies a session changes this with it. A fixed seed keeps runs
// alike.
quint64 keyHash(const UsageSession &session)
{
    return quint64(qHash(SessionKey::of(session), size_t(0x5e551075)));
}

// A page that arrived, waiting for its turn to be handed out.
struct ArrivedPage
{
    QList<UsageSession> results;
    bool hasNext = false; // the server says more follow
};

struct PendingPage
{
    QPointer<ApiReply> reply;
    int records = 0; // asked for
};

// A ceiling's error, ended by what raises that ceiling where the fetch was set up.
QString withHint(const QString &message, const QString &howToRaise)
{
    return howToRaise.isEmpty() ? message : message + QLatin1Char(' ') + howToRaise;
}

} // namespace

struct SessionFetcher::Private
{
    QPointer<ApiClient> client;
    int concurrency = 4;
    int pageSize = 8766;     // asked for until the server shows a cap
    int maxSliceSize = 1024;
    int sliceSize = 1024;          // adapted to the budget after each slice
    qint64 sliceBudgetNs = 4'000'000;
    Repeats repeats = Repeats::Dropped;
    qint64 pageLimit = DefaultPageLimit;
    qint64 sessionLimit = DefaultSessionLimit;
    QString raisePageLimit;
    QString raiseSessionLimit;

    QStringList subscriptions;
    int subscriptionIndex = 0;
    bool activeOnly = false;
    QStringList organizations;

    bool running = false;
    quint64 generation = 0; // a slot that outlives its fetch sees a newer value
    int records = 8766;     // asked for now: pageSize, or the server's cap once seen
    qint64 nextOffset = 0;  // next page to ask for
    qint64 deliverOffset = 0; // next page to hand out
    bool endSeen = false;   // the last page came back: ask for no more
    qint64 endOffset = -1;  // its offset
    // Each page asked for follows the one before it: its offset is the
    // previous offset plus the rows that page holds (asked or capped).
    QMap<qint64, PendingPage> inFlight;
    QMap<qint64, ArrivedPage> buffered; // arrived ahead of deliverOffset
    QList<UsageSession> handingOut; // the page being delivered slice by slice
    qsizetype handedOut = 0;        // of handingOut
    qint64 handingOffset = 0;       // its offset
    bool handingHasNext = false;
    qsizetype handingFresh = 0;     // its sessions not seen before
    // The sessions of one slice to hand out. One list for every slice, its
    // capacity kept (clear() keeps it unless a receiver kept a copy), so no
    // turn page-faults a fresh list in on the GUI thread.
    QList<UsageSession> outgoing;
    std::vector<quint64> sliceHashes; // of the slice being handed out, its capacity kept
    QTimer nextSlice;               // the next turn of the event loop
    qint64 failedOffset = -1;
    ApiError failure;

    std::unique_ptr<SeenKeyHashes> seen; // of the current subscription
    qint64 delivered = 0;
    qint64 fresh = 0;          // sessions not seen before, all subscriptions
    qint64 pagesAccepted = 0;  // pages taken for handing out, all subscriptions

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

    bool sliceReady() const { return handedOut < handingOut.size() || buffered.contains(deliverOffset); }

    void dropUndelivered()
    {
        nextSlice.stop();
        buffered.clear();
        handingOut.clear();
        handedOut = 0;
    }

    // Forgets the pages planned after `offset`: aborts their requests (their
    // answers no longer reach `fetcher`) and drops those that arrived.
    void dropPagesAfter(qint64 offset, QObject *fetcher)
    {
        for (auto it = inFlight.begin(); it != inFlight.end();) {
            if (it.key() > offset) {
                if (QPointer<ApiReply> later = it.value().reply) {
                    later->disconnect(fetcher);
                    later->abort();
                }
                it = inFlight.erase(it);
            } else {
                ++it;
            }
        }
        for (auto it = buffered.begin(); it != buffered.end();)
            it = it.key() > offset ? buffered.erase(it) : std::next(it);
    }

    void abortAll()
    {
        const auto pages = inFlight;
        inFlight.clear();
        for (const PendingPage &page : pages) {
            if (QPointer<ApiReply> reply = page.reply) {
                reply->disconnect();
                reply->abort();
            }
        }
    }

    // A big set is freed as background work: tens of MB unmapped on the
    // GUI thread would stall it.
    void forgetSeen()
    {
        if (seen && seen->size() > 100'000)
            WorkThreads::startInBackground([old = seen.release()] { delete old; });
        seen.reset();
    }

    ApiError pagingError(const QString &message) const
    {
        ApiError error;
        error.kind = ApiError::Kind::Paging;
        error.detail = message;
        return error;
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

void SessionFetcher::setPageLimit(qint64 pages, const QString &howToRaise)
{
    d->pageLimit = qMax<qint64>(1, pages);
    d->raisePageLimit = howToRaise;
}

void SessionFetcher::setSessionLimit(qint64 sessions, const QString &howToRaise)
{
    d->sessionLimit = qMax<qint64>(1, sessions);
    d->raiseSessionLimit = howToRaise;
}

qint64 SessionFetcher::pageLimit() const
{
    return d->pageLimit;
}

qint64 SessionFetcher::sessionLimit() const
{
    return d->sessionLimit;
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
    d->fresh = 0;
    d->pagesAccepted = 0;
    d->records = d->pageSize;
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
    d->forgetSeen();
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    emit finished(error);
}

void SessionFetcher::beginSubscription()
{
    d->nextOffset = 0;
    d->deliverOffset = 0;
    d->endSeen = false;
    d->endOffset = -1;
    d->inFlight.clear();
    d->dropUndelivered();
    d->failedOffset = -1;
    d->failure = {};
    d->forgetSeen();
    d->seen = std::make_unique<SeenKeyHashes>();
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
    // a GUI thread slower than the network holds a few pages, not all. No
    // page beyond the ceiling is asked for.
    while (d->running && !d->endSeen && d->failedOffset < 0
           && d->inFlight.size() + d->buffered.size() < d->concurrency
           && d->pagesAccepted + d->inFlight.size() + d->buffered.size() < d->pageLimit) {
        ListQuery query;
        query.subscriptionId = d->subscriptions.at(d->subscriptionIndex);
        query.activeOnly = d->activeOnly;
        query.organizations = d->organizations;
        query.offset = d->nextOffset;
        query.records = d->records;
        query.orderBy = QStringLiteral("created");
        query.order = QStringLiteral("ASC");
        const qint64 offset = d->nextOffset;
        d->nextOffset += d->records;
        ApiReply *reply = d->client->list(query);
        d->inFlight.insert(offset, {reply, d->records});
        const quint64 generation = d->generation;
        connect(reply, &ApiReply::finished, this, [this, reply, offset, generation] {
            if (generation == d->generation)
                pageFinished(offset, reply);
        });
    }
}

void SessionFetcher::pageFinished(qint64 offset, ApiReply *reply)
{
    const int asked = d->inFlight.take(offset).records;
    if (!reply->isOk()) {
        if (d->failedOffset < 0 || offset < d->failedOffset) {
            d->failedOffset = offset;
            d->failure = reply->error();
        }
        // Pages after the failing one can never be delivered in order.
        d->dropPagesAfter(d->failedOffset, this);
    } else {
        SessionPage page = reply->takePage();
        // Rows beyond those asked for belong to the next page, asked for anyway.
        if (page.results.size() > asked)
            page.results.resize(asked);
        const qsizetype rows = page.results.size();
        const bool last = !page.hasNextPage() || rows == 0;
        if (last) {
            d->endSeen = true;
            d->endOffset = offset;
            // Pages asked for beyond the end are empty (or hold sessions
            // started since, which the next refresh picks up).
            d->dropPagesAfter(offset, this);
        } else if (rows < asked) {
            // The server caps `records`: the pages planned after this one
            // would leave gaps. Plan them again from its end, at its size.
            d->records = int(rows);
            d->dropPagesAfter(offset, this);
            d->nextOffset = offset + rows;
            // An end seen beyond this page was seen at the old size: the
            // pages up to it are still to be read.
            if (d->endSeen && d->endOffset > offset)
                d->endSeen = false;
        }
        d->buffered.insert(offset, {std::move(page.results), !last});
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
        ArrivedPage page = d->buffered.take(d->deliverOffset);
        d->handingOut = std::move(page.results);
        d->handingOffset = d->deliverOffset;
        d->handingHasNext = page.hasNext;
        d->handingFresh = 0;
        d->deliverOffset += d->handingOut.size();
        ++d->pagesAccepted;
    }
    QElapsedTimer spent;
    spent.start();
    const qsizetype end = qMin(d->handingOut.size(), d->handedOut + d->sliceSize);
    qsizetype examined = 0;
    QList<UsageSession> &outgoing = d->outgoing;
    outgoing.reserve(end - d->handedOut);
    const bool dropRepeats = d->repeats == Repeats::Dropped;
    bool overLimit = false;
    std::vector<quint64> &hashes = d->sliceHashes;
    hashes.resize(size_t(end - d->handedOut));
    for (qsizetype i = d->handedOut; i < end; ++i) {
        const quint64 hash = keyHash(d->handingOut.at(i));
        hashes[size_t(i - d->handedOut)] = hash;
        d->seen->prefetch(hash);
    }
    for (qsizetype i = d->handedOut; i < end; ++i) {
        UsageSession &session = d->handingOut[i]; // the page's own list: moved out, not copied
        const bool isNew = d->seen->insert(hashes[size_t(i - d->handedOut)]);
        if (isNew) {
            if (d->fresh >= d->sessionLimit) {
                overLimit = true;
                break;
            }
            ++d->fresh;
            ++d->handingFresh;
        }
        ++examined;
        if (isNew || !dropRepeats)
            outgoing.append(std::move(session));
    }
    d->handedOut += examined;
    const bool pageOut = d->handedOut >= d->handingOut.size();
    if (pageOut) { // the page is out: free it now, not at the next turn
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
    const QString &subscription = d->subscriptions.at(d->subscriptionIndex);
    if (overLimit) {
        finishWith(d->pagingError(
            withHint(tr("Loading stopped at the session ceiling of %1 sessions, the most one load reads: the list of subscription %2 is incomplete. Narrow the list (for example to active sessions or to one organization).")
                         .arg(d->sessionLimit)
                         .arg(subscription),
                     d->raiseSessionLimit)));
        return;
    }
    if (pageOut && d->handingHasNext) {
        if (d->handingFresh == 0) {
            finishWith(d->pagingError(
                tr("The server sent the page at offset %1 of subscription %2 again: it holds no session not received before, yet the server says more follow. Loading stopped there, after %3 sessions, so that it does not run forever; the list is incomplete. Report this to the server's operator.")
                    .arg(d->handingOffset)
                    .arg(subscription)
                    .arg(d->delivered)));
            return;
        }
        if (d->pagesAccepted >= d->pageLimit) {
            finishWith(d->pagingError(
                withHint(tr("Loading stopped at the page ceiling of %1 pages, the most one load reads, and the server says more follow: the list of subscription %2 is incomplete (%3 sessions). Ask for larger pages, or narrow the list.")
                             .arg(d->pageLimit)
                             .arg(subscription)
                             .arg(d->delivered),
                         d->raisePageLimit)));
            return;
        }
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
    d->forgetSeen();
    d->running = false;
    ++d->generation;
    emit finished(error);
}

} // namespace BillForward
