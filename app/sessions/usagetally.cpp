#include "sessions/usagetally.h"

#include "sessions/sessionstore.h"

#include <QSet>

#include <algorithm>

namespace {

QStringList sortedForPeople(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return list;
}

template <typename Key>
QList<Key> mostUsedFirst(const QHash<Key, int> &counts)
{
    QList<Key> keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [&counts](const Key &a, const Key &b) {
        const int countA = counts.value(a);
        const int countB = counts.value(b);
        return countA != countB ? countA > countB : a < b;
    });
    return keys;
}

} // namespace

template <typename Value>
Value &UsageTally::entry(QHash<quint64, Value> &counts, RecentCache<Value> &recent, quint64 key)
{
    Recent<Value> &slot = recent[(key ^ (key >> 29)) % recent.size()];
    if (slot.key == key)
        return *slot.value;
    auto it = counts.find(key);
    if (it == counts.end()) {
        it = counts.insert(key, Value());
        recent.fill({}); // the insert may have moved every entry
    }
    slot = {key, &it.value()};
    return it.value();
}

void UsageTally::count(const SessionStore &store, int row, int by)
{
    const quint32 subscription = store.sharedId(row, CompactSession::SubscriptionId);
    ComponentUse &use = entry(m_components, m_recentComponents,
                              keyOf(subscription, store.sharedId(row, CompactSession::PricingComponentId)));
    use.nameId = store.sharedId(row, CompactSession::PricingComponentName);
    use.count += by;
    entry(m_units, m_recentUnits, keyOf(subscription, store.sharedId(row, CompactSession::Uom))) += by;
}

void UsageTally::add(const SessionStore &store, const QList<int> &insertedRows)
{
    for (const int row : insertedRows)
        count(store, row, 1);
}

void UsageTally::notice(const SessionStore &store, const QList<int> &changedRows)
{
    for (const int row : changedRows)
        count(store, row, 0);
}

void UsageTally::recount(const SessionStore &store)
{
    clear();
    for (int row = 0; row < store.size(); ++row)
        count(store, row, 1);
}

void UsageTally::clear()
{
    m_components.clear();
    m_units.clear();
    m_recentComponents.fill({});
    m_recentUnits.fill({});
}

QStringList UsageTally::units(const SessionStore &store) const
{
    QSet<QString> units;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it)
        units.insert(store.sharedText(quint32(it.key())));
    return sortedForPeople(units);
}

QStringList UsageTally::pricingComponents(const SessionStore &store) const
{
    QSet<QString> components;
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it) {
        const QString &name = store.sharedText(it.value().nameId);
        components.insert(name.isEmpty() ? store.sharedText(quint32(it.key())) : name);
    }
    return sortedForPeople(components);
}

UsageTally::Suggestions UsageTally::suggestionsFor(const SessionStore &store, const QString &subscriptionId,
                                                   int currentRow) const
{
    const bool currentCounts = currentRow >= 0 && currentRow < store.size()
        && store.subscriptionId(currentRow) == subscriptionId;
    const int first = store.size() + 1; // more than any count
    QHash<QPair<QString, QString>, int> components;
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it) {
        if (store.sharedText(quint32(it.key() >> 32)) == subscriptionId)
            components[qMakePair(store.sharedText(it.value().nameId), store.sharedText(quint32(it.key())))]
                += it.value().count;
    }
    QHash<QString, int> units;
    for (auto it = m_units.cbegin(); it != m_units.cend(); ++it) {
        if (store.sharedText(quint32(it.key() >> 32)) == subscriptionId)
            units[store.sharedText(quint32(it.key()))] += it.value();
    }
    if (currentCounts) {
        components[qMakePair(store.pricingComponentName(currentRow), store.pricingComponentId(currentRow))] += first;
        units[store.uom(currentRow)] += first;
    }
    return {mostUsedFirst(components), mostUsedFirst(units)};
}
