#pragma once

#include "api/apierror.h"
#include "wire/usagesession.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace BillForward {

class ApiClient;
class ApiReply;

// Loads every session of one or more subscriptions: pages ordered by
// `created` ASC (offsets stay stable while sessions are added), several
// requests in flight, each session delivered once (by SessionKey) unless
// the receiver takes repeats. The API has no total count, so progress is
// the number of sessions delivered so far.
//
// The server decides the page size: a page shorter than asked that names a
// `nextPage` means the server caps `records`, and the pages planned after
// it are planned again at that size. The server does not decide when to
// stop: a page that brings no new session, or a fetch over its ceilings,
// ends with an ApiError of Kind::Paging.
class SessionFetcher : public QObject
{
    Q_OBJECT

public:
    explicit SessionFetcher(ApiClient *client, QObject *parent = nullptr);
    ~SessionFetcher() override;

    void setConcurrency(int requestsInFlight); // default 4
    void setPageSize(int records);             // default 8766 (the API's default)
    // Sessions per sessionsArrived(): a page is handed out in slices, one
    // per turn of the event loop, so that no merge of a whole page holds
    // the GUI thread. This is the most a slice holds; slices shrink while
    // handing one out (the receivers' work included) takes longer than
    // the budget: a merge into a big store costs more per session.
    void setSliceSize(int sessions);           // default 1024
    void setSliceBudget(int milliseconds);     // default 4
    // Offset paging over a list that changes can return a session on two
    // pages. The fetcher remembers a 64-bit hash of every session's key
    // either way (8 to 16 bytes a session), to tell a page that brings
    // nothing new. Dropped: each session is delivered once (two keys of
    // equal hash, odds about 1 in 37 million at 1M sessions, would lose one).
    // Delivered: repeats are passed on, to a receiver that merges sessions
    // by key anyway (SessionStore).
    enum class Repeats { Dropped, Delivered };
    void setRepeats(Repeats repeats);          // default Dropped
    // Ceilings of one fetch (all its subscriptions together), so that a
    // server that never stops listing ends in an error, not in exhausted
    // memory. Values below 1 count as 1. `howToRaise` ends the error at the
    // ceiling: one sentence naming what raises it where the fetch was set
    // up (the window's setting, the CLI's flag), which the fetcher cannot know.
    static constexpr qint64 DefaultPageLimit = 100'000;
    static constexpr qint64 DefaultSessionLimit = 10'000'000;
    void setPageLimit(qint64 pages, const QString &howToRaise = {});
    void setSessionLimit(qint64 sessions, const QString &howToRaise = {});
    qint64 pageLimit() const;
    qint64 sessionLimit() const;

    // Cancels any fetch under way, then starts a new one.
    void start(const QStringList &subscriptionIds, bool activeOnly,
               const QStringList &organizations = {});
    // finished() follows with Kind::Cancelled; no sessionsArrived() after this returns.
    void cancel();
    bool isRunning() const;
    qint64 sessionsDelivered() const;

signals:
    // Sessions of the list; with Repeats::Dropped, never one delivered
    // before in this fetch.
    void sessionsArrived(const QList<BillForward::UsageSession> &sessions);
    // Once per start(). error.kind == None on success; on a failing page,
    // what arrived before it stays delivered and the error says why it stopped.
    void finished(const BillForward::ApiError &error);

private:
    void beginSubscription();
    void issueRequests();
    void pageFinished(qint64 offset, ApiReply *reply);
    void deliverSlice();
    void afterDelivery();
    void finishWith(const BillForward::ApiError &error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace BillForward
