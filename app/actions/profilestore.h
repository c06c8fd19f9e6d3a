#pragma once

#include "actions/connectionprofile.h"

#include <QList>

class QSettings;

// The connection profiles, kept in QSettings under the group "profiles".
// Never stores a token. On first start it holds one profile, Demo, current.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings); // not owned; must outlive the store

    void load();
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    bool contains(const QString &id) const;
    ConnectionProfile profile(const QString &id) const; // a default profile when absent

    // Adds or replaces (by id; an empty id, or the command-line connection's,
    // gets a new one) and writes at once. Returns the id.
    QString save(ConnectionProfile profile);
    // Deletes a saved profile and, with it, everything the settings keep
    // for it (forgetProfileSettings()). Not its keychain token: the caller
    // deletes that (TokenVault). An id not saved here changes nothing.
    void remove(const QString &id);

    QString currentId() const { return m_currentId; }
    ConnectionProfile current() const { return profile(m_currentId); }
    void setCurrentId(const QString &id);

private:
    void write();

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QString m_currentId;
};
