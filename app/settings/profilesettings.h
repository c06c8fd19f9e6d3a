#pragma once

class QSettings;
class QString;

// Deletes everything the settings keep for one connection profile, so that
// a deleted connection leaves nothing behind and a later one with the same
// id (the Demo connection, recreated) starts afresh: its saved views and
// default view, its attention limits and its watch list. Each store keeps
// its own key layout and removes its own entries; this only knows them all.
// Called by ProfileStore::remove(). An empty id forgets nothing.
void forgetProfileSettings(QSettings &settings, const QString &profileId);
