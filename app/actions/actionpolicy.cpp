#include "actions/actionpolicy.h"

bool ActionPolicy::unlock()
{
    if (m_profile.readOnly || !m_profile.isProduction())
        return false;
    m_unlocked = true;
    return true;
}

QString ActionPolicy::refusal() const
{
    if (m_profile.readOnly)
        return tr("The connection “%1” is read-only: sessions cannot be started or stopped.")
            .arg(m_profile.name);
    if (needsUnlock())
        return tr("“%1” is a production connection and opens read-only: unlock it for this "
                  "session to start or stop sessions.")
            .arg(m_profile.name);
    return {};
}
