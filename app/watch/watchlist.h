#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QSettings;

// The subscriptions watched on one connection (profile id), in the order
// they were added, kept in the settings under watch/<profile id> (IDs and
// marks only, never a token). A subscription whose check found no session
// at all carries the "no sessions found" mark until a check finds one.
class WatchList final : public QObject
{
    Q_OBJECT

public:
    explicit WatchList(QSettings *settings, QObject *parent = nullptr);

    // Loads that connection's list (empty: none, nothing kept).
    void setProfileId(const QString &profileId);
    QString profileId() const { return m_profileId; }
    // Whether this connection's list was ever written (a first start has none).
    bool isStored() const;
    // Deletes a connection's stored list (when the connection is deleted).
    // An empty id removes nothing.
    static void removeStored(QSettings &settings, const QString &profileId);

    QStringList ids() const { return m_ids; }
    int size() const { return int(m_ids.size()); }
    bool contains(const QString &id) const { return m_idSet.contains(id); }

    struct AddResult
    {
        QStringList added;          // new, in the order given
        QStringList alreadyWatched; // given again, or twice
        QStringList rejected;       // not subscription IDs (as given, trimmed)
    };
    AddResult add(const QStringList &ids);
    // The ones that were watched.
    QStringList remove(const QStringList &ids);

    bool hasNoSessions(const QString &id) const { return m_noSessions.contains(id); }
    void setNoSessions(const QString &id, bool none);

signals:
    void changed();                          // added or removed
    void markChanged(const QString &id);     // its "no sessions found" mark

private:
    static QString groupOf(const QString &profileId);
    QString group() const { return groupOf(m_profileId); }
    void write();

    QSettings *m_settings;
    QString m_profileId;
    QStringList m_ids;
    QSet<QString> m_idSet;
    QSet<QString> m_noSessions;
};
