#include "watch/watchlist.h"

#include "settings/appsettings.h"
#include "watch/subscriptionid.h"

#include <QSettings>

namespace {

const QString IdsKey = QStringLiteral("subscriptions");
const QString NoSessionsKey = QStringLiteral("noSessionsFound");

} // namespace

WatchList::WatchList(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

QString WatchList::groupOf(const QString &profileId)
{
    // Profile ids are "demo", "command-line" or UUIDs: safe as a key.
    return QLatin1String(AppSettings::WatchGroup) + QLatin1Char('/') + profileId;
}

void WatchList::removeStored(QSettings &settings, const QString &profileId)
{
    // "watch/" with no id would be every connection's lists.
    if (!profileId.isEmpty())
        settings.remove(groupOf(profileId));
}

void WatchList::setProfileId(const QString &profileId)
{
    m_profileId = profileId;
    m_ids.clear();
    m_idSet.clear();
    m_noSessions.clear();
    if (!m_profileId.isEmpty()) {
        m_settings->beginGroup(group());
        const QStringList stored = m_settings->value(IdsKey).toStringList();
        const QStringList marked = m_settings->value(NoSessionsKey).toStringList();
        m_settings->endGroup();
        // A hand-edited settings file may hold anything: only valid IDs, once.
        for (const QString &raw : stored) {
            const QString id = raw.trimmed();
            if (SubscriptionId::isValid(id) && !m_idSet.contains(id)) {
                m_ids << id;
                m_idSet.insert(id);
            }
        }
        for (const QString &id : marked) {
            if (m_idSet.contains(id))
                m_noSessions.insert(id);
        }
    }
    emit changed();
}

bool WatchList::isStored() const
{
    return !m_profileId.isEmpty() && m_settings->contains(group() + QLatin1Char('/') + IdsKey);
}

WatchList::AddResult WatchList::add(const QStringList &ids)
{
    AddResult result;
    for (const QString &raw : ids) {
        const QString id = raw.trimmed();
        if (!SubscriptionId::isValid(id)) {
            result.rejected << id;
        } else if (m_idSet.contains(id)) {
            if (!result.alreadyWatched.contains(id))
                result.alreadyWatched << id;
        } else {
            m_ids << id;
            m_idSet.insert(id);
            result.added << id;
        }
    }
    if (!result.added.isEmpty()) {
        write();
        emit changed();
    }
    return result;
}

QStringList WatchList::remove(const QStringList &ids)
{
    QStringList removed;
    for (const QString &id : ids) {
        if (m_idSet.remove(id)) {
            m_ids.removeOne(id);
            m_noSessions.remove(id);
            removed << id;
        }
    }
    if (!removed.isEmpty()) {
        write();
        emit changed();
    }
    return removed;
}

void WatchList::setNoSessions(const QString &id, bool none)
{
    if (!m_idSet.contains(id) || m_noSessions.contains(id) == none)
        return;
    if (none)
        m_noSessions.insert(id);
    else
        m_noSessions.remove(id);
    write();
    emit markChanged(id);
}

void WatchList::write()
{
    if (m_profileId.isEmpty())
        return;
    QStringList marked;
    for (const QString &id : std::as_const(m_ids)) {
        if (m_noSessions.contains(id))
            marked << id;
    }
    m_settings->beginGroup(group());
    m_settings->setValue(IdsKey, m_ids);
    m_settings->setValue(NoSessionsKey, marked);
    m_settings->endGroup();
    m_settings->sync();
}
