#pragma once

#include "radar/attentionlimits.h"

class QSettings;

// The attention limits of each connection, kept across restarts in the
// settings (AppSettings::AttentionLimitsGroup), a group per profile ID:
// the default, and the limits per unit and per pricing component in ms.
// Durations and names only; nothing secret is in them.
namespace AttentionLimitsStore {

// The profile's limits; the defaults (24 h, nothing per unit or component)
// when none are stored or what is stored is not a limit.
AttentionLimits load(QSettings &settings, const QString &profileId);
AttentionLimits load(const QString &profileId);
void save(QSettings &settings, const QString &profileId, const AttentionLimits &limits);
void save(const QString &profileId, const AttentionLimits &limits);
// When a connection is deleted.
void remove(const QString &profileId);

} // namespace AttentionLimitsStore
