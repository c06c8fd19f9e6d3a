#include "radar/attentionlimitsstore.h"

#include "actions/connectionprofile.h"
#include "radar/durationtext.h"
#include "settings/appsettings.h"

#include <QSettings>
#include <QUrl>
#include <QVariantMap>

namespace AttentionLimitsStore {

namespace {

const QString DefaultKey = QStringLiteral("default");
const QString UnitsKey = QStringLiteral("units");
const QString ComponentsKey = QStringLiteral("components");

// One group per profile: its ID could hold a slash, which QSettings reads as a subgroup.
QString groupOf(const QString &profileId)
{
    return QLatin1String(AppSettings::AttentionLimitsGroup) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

bool isLimit(qint64 ms)
{
    return ms >= 1000 && ms <= DurationText::MaxMs;
}

QHash<QString, qint64> limitsIn(const QVariant &value)
{
    QHash<QString, qint64> limits;
    const QVariantMap map = value.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        bool ok = false;
        const qint64 ms = it->toLongLong(&ok);
        if (ok && isLimit(ms) && !it.key().isEmpty())
            limits.insert(it.key(), ms);
    }
    return limits;
}

QVariantMap mapOf(const QHash<QString, qint64> &limits)
{
    QVariantMap map;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        map.insert(it.key(), it.value());
    return map;
}

} // namespace

AttentionLimits load(QSettings &settings, const QString &profileId, const AttentionLimits &whenNone)
{
    AttentionLimits limits;
    settings.beginGroup(groupOf(profileId));
    if (!settings.contains(DefaultKey)) {
        settings.endGroup();
        return whenNone;
    }
    bool ok = false;
    const qint64 defaultMs = settings.value(DefaultKey).toLongLong(&ok);
    if (ok && isLimit(defaultMs))
        limits.defaultMs = defaultMs;
    limits.perUnit = limitsIn(settings.value(UnitsKey));
    limits.perPricingComponent = limitsIn(settings.value(ComponentsKey));
    settings.endGroup();
    return limits;
}

AttentionLimits load(const QString &profileId, const AttentionLimits &whenNone)
{
    QSettings settings;
    return load(settings, profileId, whenNone);
}

AttentionLimits initialFor(const ConnectionProfile &profile)
{
    AttentionLimits limits;
    if (profile.kind == ConnectionProfile::Kind::Demo)
        limits.perUnit.insert(QStringLiteral("seats"), 45LL * 24 * 60 * 60 * 1000);
    return limits;
}

AttentionLimits load(const ConnectionProfile &profile)
{
    return load(profile.id, initialFor(profile));
}

void save(QSettings &settings, const QString &profileId, const AttentionLimits &limits)
{
    settings.beginGroup(groupOf(profileId));
    settings.setValue(DefaultKey, limits.defaultMs);
    settings.setValue(UnitsKey, mapOf(limits.perUnit));
    settings.setValue(ComponentsKey, mapOf(limits.perPricingComponent));
    settings.endGroup();
}

void save(const QString &profileId, const AttentionLimits &limits)
{
    QSettings settings;
    save(settings, profileId, limits);
}

void remove(QSettings &settings, const QString &profileId)
{
    // "attentionLimits/" with no id would be every connection's limits.
    if (!profileId.isEmpty())
        settings.remove(groupOf(profileId));
}

} // namespace AttentionLimitsStore
