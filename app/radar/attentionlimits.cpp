#include "radar/attentionlimits.h"

#include "radar/durationtext.h"
#include "wire/usagesession.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QLatin1String DefaultName("default");
const QLatin1String ComponentPrefix("pc:");

QStringList sortedKeys(const QHash<QString, qint64> &hash)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

} // namespace

qint64 AttentionLimits::limitFor(const BillForward::UsageSession &session) const
{
    return limitFor(session.pricingComponentName, session.pricingComponentId, session.uom);
}

qint64 AttentionLimits::limitFor(const QString &componentName, const QString &componentId, const QString &uom,
                                 QString *appliesTo) const
{
    const auto found = [appliesTo](const QString &name, qint64 ms) {
        if (appliesTo)
            *appliesTo = name;
        return ms;
    };
    if (!perPricingComponent.isEmpty()) {
        if (!componentName.isEmpty()) {
            const auto byName = perPricingComponent.constFind(componentName);
            if (byName != perPricingComponent.cend())
                return found(componentName, *byName);
        }
        if (!componentId.isEmpty()) {
            const auto byId = perPricingComponent.constFind(componentId);
            if (byId != perPricingComponent.cend())
                return found(componentId, *byId);
        }
    }
    const auto byUnit = perUnit.constFind(uom);
    return byUnit != perUnit.cend() ? found(uom, *byUnit) : found(QString(), defaultMs);
}

bool AttentionLimits::fromText(const QString &text, AttentionLimits *limits, QString *error)
{
    AttentionLimits parsed;
    static const QRegularExpression separators(QStringLiteral("[,\\n]"));
    const QStringList entries = text.split(separators);
    for (const QString &raw : entries) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        QString name = colon < 0 ? QString() : entry.left(colon).trimmed();
        if (colon < 0 || name.isEmpty() || name == ComponentPrefix) {
            if (error)
                *error = tr("\"%1\" names nothing: write NAME: DURATION, like minutes: 8 h or pc:Call minutes: 2 h.")
                             .arg(entry);
            return false;
        }
        QString durationError;
        const qint64 ms = DurationText::parse(QStringView(entry).mid(colon + 1), &durationError);
        if (ms < 0) {
            if (error)
                *error = tr("In \"%1\": %2").arg(entry, durationError);
            return false;
        }
        if (name.compare(DefaultName, Qt::CaseInsensitive) == 0) {
            parsed.defaultMs = ms;
            continue;
        }
        const bool component = name.startsWith(ComponentPrefix, Qt::CaseInsensitive);
        if (component)
            name = name.mid(ComponentPrefix.size()).trimmed();
        QHash<QString, qint64> &into = component ? parsed.perPricingComponent : parsed.perUnit;
        if (into.contains(name)) {
            if (error)
                *error = tr("\"%1\" is given twice: keep one limit for it.").arg(name);
            return false;
        }
        into.insert(name, ms);
    }
    *limits = parsed;
    return true;
}

QString AttentionLimits::toText() const
{
    QStringList entries;
    entries << QStringLiteral("%1: %2").arg(DefaultName, DurationText::format(defaultMs));
    for (const QString &unit : sortedKeys(perUnit))
        entries << QStringLiteral("%1: %2").arg(unit, DurationText::format(perUnit.value(unit)));
    for (const QString &component : sortedKeys(perPricingComponent))
        entries << QStringLiteral("%1%2: %3").arg(ComponentPrefix, component,
                                                  DurationText::format(perPricingComponent.value(component)));
    return entries.join(QLatin1String(", "));
}
