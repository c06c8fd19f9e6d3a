#pragma once

#include "actions/connectionprofile.h"

#include <QCoreApplication>

// May this connection start and stop sessions? A read-only profile never
// may; a production profile may only after an explicit unlock, which lasts
// as long as this object (in memory, never saved).
class ActionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ActionPolicy)

public:
    ActionPolicy() = default; // no profile: a writable custom connection (tests, tools)
    explicit ActionPolicy(const ConnectionProfile &profile) : m_profile(profile) {}

    const ConnectionProfile &profile() const { return m_profile; }

    bool canModify() const { return !m_profile.readOnly && !needsUnlock(); }
    // Production opens read-only until unlock().
    bool needsUnlock() const { return m_profile.isProduction() && !m_unlocked; }
    bool isUnlocked() const { return m_unlocked; }
    // Only means something for production; false when the profile itself is read-only.
    bool unlock();
    void lock() { m_unlocked = false; }

    bool mustConfirmStops() const { return m_profile.mustConfirmStops(); }
    // The "Don't ask again" choice is not offered on production.
    bool canSkipStopConfirmation() const { return !m_profile.isProduction(); }

    // Why canModify() is false, for the user; empty when it is true.
    QString refusal() const;

private:
    ConnectionProfile m_profile;
    bool m_unlocked = false;
};
