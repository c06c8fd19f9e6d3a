#pragma once

#include "wire/usagesession.h"

#include <QHash>
#include <QList>

#include <vector>

// What identifies one row: a session incarnation.
struct SessionKey
{
    QString subscriptionId;
    QString sessionId;
    QString uom;
    qint32 sessionix = 0;

    static SessionKey of(const BillForward::UsageSession &session);
    friend bool operator==(const SessionKey &a, const SessionKey &b)
    {
        return a.sessionix == b.sessionix && a.sessionId == b.sessionId && a.uom == b.uom
            && a.subscriptionId == b.subscriptionId;
    }
};
size_t qHash(const SessionKey &key, size_t seed = 0) noexcept;

// All sessions loaded for the open subscription(s), each once, in arrival
// order. Rows keep their index until removeNotSeenSince() compacts the store.
class SessionStore
{
public:
    struct MergeResult
    {
        QList<int> inserted; // rows appended
        QList<int> changed;  // rows whose fields changed
        bool isEmpty() const { return inserted.isEmpty() && changed.isEmpty(); }
    };

    int size() const { return int(m_sessions.size()); }
    bool isEmpty() const { return m_sessions.empty(); }
    const BillForward::UsageSession &at(int row) const { return m_sessions[size_t(row)]; }
    int indexOf(const SessionKey &key) const; // -1 when absent

    // Inserts new sessions, updates known ones in place. Every row merged is
    // marked as seen in the current generation.
    MergeResult merge(QList<BillForward::UsageSession> sessions);

    // A refresh: call beginGeneration(), merge() what the server sent, then
    // removeNotSeenSince() drops rows the server no longer lists (an active
    // list whose session stopped). Returns the number of rows removed; the
    // remaining rows keep their relative order.
    int beginGeneration();
    int removeNotSeenSince(int generation);

    // When a row last changed (UTC ms, wall clock), for the brief highlight.
    qint64 changedAt(int row) const { return m_changedAt[size_t(row)]; }

    void clear();
    // Approximate heap bytes held, strings included once (for the benchmark).
    qint64 approximateBytes() const;

private:
    std::vector<BillForward::UsageSession> m_sessions;
    std::vector<int> m_seenInGeneration;
    std::vector<qint64> m_changedAt;
    QHash<SessionKey, int> m_rowOfKey;
    int m_generation = 0;
};
