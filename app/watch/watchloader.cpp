#include "watch/watchloader.h"

#include "sessions/sessionbrowser.h"
#include "wire/usagesession.h"

// Skeleton: the sweep's part fills this in.
struct WatchLoader::Private
{
    SessionBrowser *browser = nullptr;
    QStringList ids;
    int concurrency = 4;
    int autoRefreshSeconds = 0;
};

WatchLoader::WatchLoader(SessionBrowser *browser, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->browser = browser;
}

WatchLoader::~WatchLoader() = default;

void WatchLoader::setClient(BillForward::ApiClient *) {}
void WatchLoader::setConcurrency(int requestsInFlight) { d->concurrency = qBound(1, requestsInFlight, MaxConcurrency); }
int WatchLoader::concurrency() const { return d->concurrency; }
void WatchLoader::open(const QStringList &subscriptionIds, Origin) { d->ids = subscriptionIds; d->browser->clear(); }
bool WatchLoader::refresh(Origin) { return false; }
void WatchLoader::cancel() {}
void WatchLoader::resume() {}
bool WatchLoader::isPausedForToken() const { return false; }
void WatchLoader::setAutoRefreshSeconds(int seconds) { d->autoRefreshSeconds = seconds; }
int WatchLoader::autoRefreshSeconds() const { return d->autoRefreshSeconds; }
QStringList WatchLoader::subscriptionIds() const { return d->ids; }
bool WatchLoader::isSweeping() const { return false; }
int WatchLoader::subscriptionsDone() const { return 0; }
int WatchLoader::subscriptionCount() const { return int(d->ids.size()); }
qint64 WatchLoader::lastSweepMs() const { return 0; }
QDateTime WatchLoader::lastSwept() const { return {}; }
WatchLoader::SubscriptionState WatchLoader::stateOf(const QString &) const { return {}; }
void WatchLoader::markSeen() {}
QDateTime WatchLoader::seenAt() const { return {}; }
int WatchLoader::newSinceSeen() const { return 0; }
bool WatchLoader::isNewSinceSeen(const SessionKey &) const { return false; }
QList<BillForward::UsageSession> WatchLoader::endedSinceSeen() const { return {}; }
