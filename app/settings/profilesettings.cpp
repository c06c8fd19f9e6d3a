#include "settings/profilesettings.h"

#include "radar/attentionlimitsstore.h"
#include "views/savedviewstore.h"
#include "watch/watchlist.h"

#include <QSettings>
#include <QString>

void forgetProfileSettings(QSettings &settings, const QString &profileId)
{
    if (profileId.isEmpty())
        return;
    SavedViewStore::remove(settings, profileId);
    AttentionLimitsStore::remove(settings, profileId);
    WatchList::removeStored(settings, profileId);
    // Not here on purpose: the action journal (ActionJournal), the audit
    // record of the starts and stops sent, outlives its connection. The
    // keychain token is deleted by the caller (TokenVault is asynchronous).
    settings.sync();
}
