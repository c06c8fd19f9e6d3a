#pragma once

#include "views/savedviewlist.h"

#include <QStringList>

class QSettings;
struct ConnectionProfile;

// Each connection's saved views and default view, kept across restarts in
// the settings (AppSettings::SavedViewsGroup), a group per profile ID: the
// views as the views file's JSON, and the default's name. Filters, sorts
// and names only; nothing secret is in them.
namespace SavedViewStore {

// Whether the profile has views stored (an emptied list is stored too).
bool isStored(QSettings &settings, const QString &profileId);
// The profile's views; `whenNone` when none are stored. A column this
// version does not know is left out of its view; a stored view that still
// cannot be read is kept as it is (SavedViewList::unreadable()) and written
// back by save(). `notes` (translated): what was left out or not read.
SavedViewList load(QSettings &settings, const QString &profileId, const SavedViewList &whenNone = {},
                   QStringList *notes = nullptr);
// A connection's views before the user saved any: the Demo connection
// comes with a few that show what views are for; others with none.
SavedViewList initialFor(const ConnectionProfile &profile);
SavedViewList load(QSettings &settings, const ConnectionProfile &profile, QStringList *notes = nullptr);
void save(QSettings &settings, const QString &profileId, const SavedViewList &views);
// When a connection is deleted. An empty id removes nothing.
void remove(QSettings &settings, const QString &profileId);

} // namespace SavedViewStore
