#pragma once

#include "api/sessionfetcher.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

// One entry of the programs' QSettings: its key, its type and its value
// when none is stored.
template <typename T>
struct Setting
{
    const char *key;
    T fallback;

    QString name() const { return QString::fromLatin1(key); }
    T read() const { return read(QSettings()); }
    T read(const QSettings &settings) const { return settings.value(name(), QVariant::fromValue(fallback)).template value<T>(); }
    void write(const T &value) const { QSettings().setValue(name(), QVariant::fromValue(value)); }
    void write(QSettings &settings, const T &value) const { settings.setValue(name(), QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(name()); }
};

// Every setting the programs keep, in one place. Connection profiles are a
// group of their own (ProfileStore); tokens are never among them.
namespace AppSettings {

inline const Setting<QByteArray> WindowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> WindowState{"window/state", {}};
inline const Setting<QByteArray> TableHeader{"table/header", {}};
inline const Setting<QStringList> TableSort{"table/sort", {}};
inline const Setting<int> PageSize{"table/pageSize", 100};
inline const Setting<int> AutoRefreshSeconds{"refresh/autoSeconds", 0};
inline const Setting<QStringList> RecentSubscriptions{"subscriptions/recent", {}};
inline const Setting<bool> Iso8601Dates{"display/iso8601Dates", false};
inline const Setting<QString> Language{"ui/language", {}}; // empty: the system's
// Table, timeline or both (sessionLayoutKey() in views/sessionlayout.h).
inline const Setting<QString> SessionLayoutChoice{"view/sessionLayout", QStringLiteral("table")};
// The timeline's share of the height in "Table and timeline", 0.1 to 0.9.
inline const Setting<double> TimelineShare{"view/timelineShare", 0.5};
// Ceilings of one load (SessionFetcher): set in the settings file only, for
// the rare subscription beyond them; a value below 1 or not a number counts
// as unset.
inline const Setting<qint64> MaxPagesPerLoad{"loading/maxPages", BillForward::SessionFetcher::DefaultPageLimit};
inline const Setting<qint64> MaxSessionsPerLoad{"loading/maxSessions", BillForward::SessionFetcher::DefaultSessionLimit};

// The radar's attention limits, per connection profile: a group per
// profile ID (percent-encoded) under this one (AttentionLimitsStore).
inline constexpr char AttentionLimitsGroup[] = "attentionLimits";
// Each connection's saved views and its default view: a group per profile
// ID (percent-encoded) under this one (SavedViewStore).
inline constexpr char SavedViewsGroup[] = "savedViews";

// The connection profiles' group, its current profile and its list.
inline constexpr char ProfilesGroup[] = "profiles";
inline constexpr char CurrentProfile[] = "current";
inline constexpr char ProfileList[] = "list";
// Each connection's watched subscriptions: watch/<profile id>/… (WatchList).
inline constexpr char WatchGroup[] = "watch";

} // namespace AppSettings
