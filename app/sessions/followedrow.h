#pragma once

#include "sessions/sessionkey.h"
#include "sessions/sessionstore.h"

// A store row followed by its session's key: once a removal or a clear
// renumbered the rows (SessionStore::layoutGeneration() moved), the same
// session is found again, or -1 when it is gone. For what a view shows
// as current across refreshes (the details panel, the timeline's bar).
class FollowedRow
{
public:
    void set(const SessionStore &store, int row)
    {
        const bool valid = row >= 0 && row < store.size();
        m_row = valid ? row : -1;
        m_key = valid ? store.keyOf(row) : SessionKey();
        m_generation = store.layoutGeneration();
    }

    int row(const SessionStore &store) const
    {
        if (m_generation != store.layoutGeneration()) {
            m_row = m_row >= 0 ? store.indexOf(m_key) : -1;
            m_generation = store.layoutGeneration();
        }
        return m_row;
    }

private:
    mutable int m_row = -1;
    mutable int m_generation = 0;
    SessionKey m_key;
};
