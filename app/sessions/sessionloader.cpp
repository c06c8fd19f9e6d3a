#include "sessions/sessionloader.h"

#include "api/apiclient.h"
#include "api/sessionfetcher.h"
#include "sessions/sessionbrowser.h"
#include "settings/appsettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const int FirstRetrySeconds = 5;
const int MaxRetrySeconds = 300;

} // namespace

SessionLoader::SessionLoader(SessionBrowser *browser, QObject *parent)
    : QObject(parent)
    , m_browser(browser)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(Origin::Background); });
    connect(m_browser, &SessionBrowser::rowsChanged, this, &SessionLoader::onRowsChanged);
}

SessionLoader::~SessionLoader() = default;

void SessionLoader::setClient(BillForward::ApiClient *client)
{
    delete m_fetcher;
    m_fetcher = new BillForward::SessionFetcher(client, this);
    // The store merges sessions by key: a session on two pages is one row.
    m_fetcher->setRepeats(BillForward::SessionFetcher::Repeats::Delivered);
    applyCeilings();
    connect(m_fetcher, &BillForward::SessionFetcher::sessionsArrived, this, &SessionLoader::onSessions);
    connect(m_fetcher, &BillForward::SessionFetcher::finished, this, &SessionLoader::onFinished);
}

// The ceilings a user may raise in the settings file; the error at one
// names its key and the file.
void SessionLoader::applyCeilings()
{
    const QSettings settings;
    const auto positiveOr = [&](const Setting<qint64> &setting) {
        const qint64 value = setting.read(settings);
        return value > 0 ? value : setting.fallback;
    };
    m_fetcher->setPageLimit(positiveOr(AppSettings::MaxPagesPerLoad),
                            tr("To read more, raise the setting %1 in %2, then connect again.")
                                .arg(AppSettings::MaxPagesPerLoad.name(), settings.fileName()));
    m_fetcher->setSessionLimit(positiveOr(AppSettings::MaxSessionsPerLoad),
                               tr("To read more, raise the setting %1 in %2, then connect again.")
                                   .arg(AppSettings::MaxSessionsPerLoad.name(), settings.fileName()));
}

void SessionLoader::open(const QString &subscriptionId, bool activeOnly, Origin origin)
{
    if (m_fetcher && m_fetcher->isRunning())
        m_fetcher->cancel();
    m_subscriptionId = subscriptionId;
    m_activeOnly = activeOnly;
    m_listedNone = false;
    m_retryDelaySeconds = 0;
    m_changedKeys.clear();
    emit aboutToChangeRows();
    m_browser->clear();
    emit rowsChangedByLoad();
    m_refreshing = false;
    startFetch(origin);
}

void SessionLoader::refresh(Origin origin)
{
    if (m_subscriptionId.isEmpty() || !m_fetcher)
        return;
    if (m_fetcher->isRunning()) {
        if (origin == Origin::Background)
            return; // the load under way is as fresh as this one would be
        m_fetcher->cancel();
    }
    m_changedKeys.clear();
    m_browser->beginRefresh();
    m_refreshing = true;
    startFetch(origin);
}

void SessionLoader::cancel()
{
    if (m_fetcher && m_fetcher->isRunning())
        m_fetcher->cancel();
}

void SessionLoader::close()
{
    cancel();
    m_subscriptionId.clear();
    m_listedNone = false;
    m_retryDelaySeconds = 0;
    m_refreshTimer.stop();
}

bool SessionLoader::isLoading() const
{
    return m_fetcher && m_fetcher->isRunning();
}

void SessionLoader::setAutoRefreshSeconds(int seconds)
{
    m_autoRefreshSeconds = std::max(0, seconds);
    if (m_retryDelaySeconds == 0)
        scheduleNext();
}

void SessionLoader::startFetch(Origin origin)
{
    m_refreshTimer.stop();
    m_origin = origin;
    m_delivered = 0;
    emit loadingStarted(origin);
    m_fetcher->start({m_subscriptionId}, m_activeOnly, m_organizations);
}

void SessionLoader::onSessions(const QList<BillForward::UsageSession> &sessions)
{
    m_delivered += sessions.size();
    if (m_refreshing) {
        // The browser reports changed rows only; new ones deserve the highlight too.
        const SessionStore &store = m_browser->store();
        for (const BillForward::UsageSession &session : sessions) {
            SessionKey key = SessionKey::of(session);
            if (store.indexOf(key) < 0)
                m_changedKeys.insert(std::move(key));
        }
    }
    emit aboutToChangeRows();
    m_browser->addSessions(sessions);
    emit rowsChangedByLoad();
    emit progress(m_delivered);
}

void SessionLoader::showAffected(const QList<BillForward::UsageSession> &sessions)
{
    QList<BillForward::UsageSession> shown;
    for (const BillForward::UsageSession &session : sessions) {
        if (session.subscriptionId == m_subscriptionId)
            shown.append(session);
    }
    if (shown.isEmpty())
        return;
    emit aboutToChangeRows();
    m_browser->addSessions(shown);
    emit rowsChangedByLoad();
    QSet<int> rows;
    for (const BillForward::UsageSession &session : std::as_const(shown)) {
        const int row = m_browser->store().indexOf(SessionKey::of(session));
        if (row >= 0)
            rows.insert(row);
    }
    m_browser->highlight(rows);
}

void SessionLoader::onRowsChanged(const QList<int> &storeRows)
{
    if (!m_refreshing)
        return; // a first load changes every row: nothing to point out
    const SessionStore &store = m_browser->store();
    for (const int row : storeRows) {
        if (row >= 0 && row < store.size())
            m_changedKeys.insert(store.keyOf(row));
    }
}

void SessionLoader::onFinished(const BillForward::ApiError &error)
{
    const bool completed = !error.isError();
    if (m_refreshing) {
        emit aboutToChangeRows();
        m_browser->endRefresh(completed);
        emit rowsChangedByLoad();
        m_refreshing = false;
        QSet<int> rows;
        const SessionStore &store = m_browser->store();
        for (const SessionKey &key : std::as_const(m_changedKeys)) {
            const int row = store.indexOf(key);
            if (row >= 0)
                rows.insert(row);
        }
        m_changedKeys.clear();
        m_browser->highlight(rows);
    }
    if (completed) {
        m_listedNone = m_delivered == 0;
        m_lastLoaded = QDateTime::currentDateTime();
        m_retryDelaySeconds = 0;
    }
    const Origin origin = m_origin;
    if (error.kind == BillForward::ApiError::Kind::Cancelled) {
        emit loadFinished(origin, error);
        scheduleNext();
        return;
    }
    if (error.isError() && origin == Origin::Background) {
        m_retryDelaySeconds = m_retryDelaySeconds == 0 ? FirstRetrySeconds
                                                       : std::min(MaxRetrySeconds, m_retryDelaySeconds * 2);
        emit loadFinished(origin, error);
        emit backgroundFailed(error.message(), m_retryDelaySeconds);
        scheduleNext();
        return;
    }
    emit loadFinished(origin, error);
    scheduleNext();
}

void SessionLoader::scheduleNext()
{
    if (m_subscriptionId.isEmpty()) {
        m_refreshTimer.stop();
        return;
    }
    if (m_retryDelaySeconds > 0)
        m_refreshTimer.start(m_retryDelaySeconds * 1000);
    else if (m_autoRefreshSeconds > 0)
        m_refreshTimer.start(m_autoRefreshSeconds * 1000);
    else
        m_refreshTimer.stop();
}
