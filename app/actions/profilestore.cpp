#include "actions/profilestore.h"

#include "settings/appsettings.h"
#include "settings/profilesettings.h"

#include <QSettings>

#include <algorithm>

namespace {

const QString Group = QLatin1String(AppSettings::ProfilesGroup);
const QString CurrentKey = QLatin1String(AppSettings::CurrentProfile);
const QString ListKey = QLatin1String(AppSettings::ProfileList);

} // namespace

ProfileStore::ProfileStore(QSettings *settings) : m_settings(settings) {}

void ProfileStore::load()
{
    m_profiles.clear();
    QString renamedCommandLine;
    m_settings->beginGroup(Group);
    const int count = m_settings->beginReadArray(ListKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        if (profile.id.isEmpty() || contains(profile.id))
            continue;
        if (profile.id == ConnectionProfile::commandLineId()) {
            // Saved by an older version under the shared id: one of its own from now on.
            profile.id = ConnectionProfile::newId();
            renamedCommandLine = profile.id;
        }
        profile.name = m_settings->value(QStringLiteral("name")).toString();
        profile.kind = ConnectionProfile::kindFromKey(m_settings->value(QStringLiteral("kind")).toString());
        profile.baseUrl = QUrl(m_settings->value(QStringLiteral("baseUrl")).toString());
        profile.organizations = m_settings->value(QStringLiteral("organizations")).toStringList();
        profile.readOnly = m_settings->value(QStringLiteral("readOnly"), false).toBool();
        profile.confirmStops = m_settings->value(QStringLiteral("confirmStops"), true).toBool();
        // A hand-edited value out of range is brought back into it; one that is
        // not a number keeps the default rather than turning the window off.
        bool isNumber = false;
        const int undoSeconds = m_settings->value(QStringLiteral("undoSeconds")).toInt(&isNumber);
        profile.undoSeconds = isNumber ? ConnectionProfile::boundedUndoSeconds(undoSeconds)
                                       : ConnectionProfile::DefaultUndoSeconds;
        const int requests = m_settings->value(QStringLiteral("requestsInFlight")).toInt(&isNumber);
        profile.requestsInFlight = isNumber ? ConnectionProfile::boundedRequestsInFlight(requests)
                                            : ConnectionProfile::DefaultRequestsInFlight;
        m_profiles.append(profile);
    }
    m_settings->endArray();
    m_currentId = m_settings->value(CurrentKey).toString();
    m_settings->endGroup();

    if (!renamedCommandLine.isEmpty()) {
        if (m_currentId == ConnectionProfile::commandLineId())
            m_currentId = renamedCommandLine;
        write();
    }
    if (m_profiles.isEmpty()) {
        m_profiles.append(ConnectionProfile::demo());
        m_currentId = m_profiles.constFirst().id;
        write();
    } else if (!contains(m_currentId)) {
        m_currentId = m_profiles.constFirst().id;
    }
}

bool ProfileStore::contains(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == id)
            return true;
    }
    return false;
}

ConnectionProfile ProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.id == id)
            return profile;
    }
    return {};
}

QString ProfileStore::save(ConnectionProfile profile)
{
    // The command-line connection's id is shared by every --base-url and
    // receives the environment's token: a saved profile gets one of its own.
    if (profile.id.isEmpty() || profile.id == ConnectionProfile::commandLineId())
        profile.id = ConnectionProfile::newId();
    bool replaced = false;
    for (ConnectionProfile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            replaced = true;
        }
    }
    if (!replaced)
        m_profiles.append(profile);
    write();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    // Only a saved profile's: the command-line connection's id is never
    // saved, and its views and limits are not a saved profile's to delete.
    if (!contains(id))
        return;
    m_profiles.erase(std::remove_if(m_profiles.begin(), m_profiles.end(),
                                    [&id](const ConnectionProfile &p) { return p.id == id; }),
                     m_profiles.end());
    if (m_currentId == id)
        m_currentId = m_profiles.isEmpty() ? QString() : m_profiles.constFirst().id;
    write();
    forgetProfileSettings(*m_settings, id);
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (!contains(id))
        return;
    m_currentId = id;
    write();
}

void ProfileStore::write()
{
    m_settings->beginGroup(Group);
    m_settings->remove(QString()); // the group's old entries: removed profiles must go
    m_settings->beginWriteArray(ListKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("name"), profile.name);
        m_settings->setValue(QStringLiteral("kind"), ConnectionProfile::kindKey(profile.kind));
        // A URL may carry credentials (user:token@host, ?access_token=): never saved.
        m_settings->setValue(QStringLiteral("baseUrl"),
                             profile.baseUrl
                                 .adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                 .toString());
        m_settings->setValue(QStringLiteral("organizations"), profile.organizations);
        m_settings->setValue(QStringLiteral("readOnly"), profile.readOnly);
        m_settings->setValue(QStringLiteral("confirmStops"), profile.confirmStops);
        m_settings->setValue(QStringLiteral("undoSeconds"), ConnectionProfile::boundedUndoSeconds(profile.undoSeconds));
        m_settings->setValue(QStringLiteral("requestsInFlight"),
                             ConnectionProfile::boundedRequestsInFlight(profile.requestsInFlight));
    }
    m_settings->endArray();
    m_settings->setValue(CurrentKey, m_currentId);
    m_settings->endGroup();
    m_settings->sync();
}
