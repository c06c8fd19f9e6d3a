#pragma once

#include "radar/attentionlimits.h"

class QSettings;
struct ConnectionProfile;

// The attention limits of each connection, kept across restarts in the
// settings (AppSettings::AttentionLimitsGroup), a group per profile ID:
// the default, and the limits per unit and per pricing component in ms.
// Durations and names only; nothing secret is in them.
namespace AttentionLimitsStore {

// The profile's limits; `whenNone` when none are stored, the defaults
// (24 h) for an entry that is not a limit.
AttentionLimits load(QSettings &settings, const QString &profileId, const AttentionLimits &whenNone = {});
AttentionLimits load(const QString &profileId, const AttentionLimits &whenNone = {});
// A connection's limits: the Demo connection's seats run for weeks by
// design, so until the user sets limits there it starts with seats: 45 d
// (its radar then shows the demo's examples, not every seat).
AttentionLimits initialFor(const ConnectionProfile &profile);
AttentionLimits load(const ConnectionProfile &profile);
void save(QSettings &settings, const QString &profileId, const AttentionLimits &limits);
void save(const QString &profileId, const AttentionLimits &limits);
// When a connection is deleted. An empty id removes nothing.
void remove(QSettings &settings, const QString &profileId);

} // namespace AttentionLimitsStore
