#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <array>

class SessionStore;

// How often each unit and pricing component occurs per subscription among
// the store's rows, kept as rows arrive: the filter's choices and the start
// dialog's suggestions without a pass over every row. Counted by the
// store's shared-string IDs, so a row costs two lookups of a number.
class UsageTally
{
public:
    struct Suggestions
    {
        QList<QPair<QString, QString>> pricingComponents; // (name, ID), most used first
        QStringList units;                                // most used first
    };

    // Rows appended to the store count; rows changed in place add what
    // they show that was not there (a pricing component renamed).
    void add(const SessionStore &store, const QList<int> &insertedRows);
    void notice(const SessionStore &store, const QList<int> &changedRows);
    // Counts every row again (after rows were removed).
    void recount(const SessionStore &store);
    void clear();

    // Every unit and pricing component (its name, or its ID when it has
    // none) in the store, sorted for people.
    QStringList units(const SessionStore &store) const;
    QStringList pricingComponents(const SessionStore &store) const;
    // What `subscriptionId` already uses, most used first; what row
    // `currentRow` uses first of all, when it is of that subscription
    // (starting "another one like this").
    Suggestions suggestionsFor(const SessionStore &store, const QString &subscriptionId, int currentRow) const;

private:
    struct ComponentUse
    {
        quint32 nameId = 0;
        int count = 0;
    };
    static quint64 keyOf(quint32 subscriptionId, quint32 valueId) { return quint64(subscriptionId) << 32 | valueId; }
    void count(const SessionStore &store, int row, int by);
    // The entry of `key` in `counts`, through a small cache of recent keys:
    // rows come in runs of the same few keys, and a hit hashes nothing.
    template <typename Value>
    struct Recent
    {
        quint64 key = ~quint64(0);
        Value *value = nullptr;
    };
    template <typename Value>
    using RecentCache = std::array<Recent<Value>, 16>;
    template <typename Value>
    static Value &entry(QHash<quint64, Value> &counts, RecentCache<Value> &recent, quint64 key);

    QHash<quint64, ComponentUse> m_components; // (subscription, pricing component ID)
    QHash<quint64, int> m_units;               // (subscription, unit)
    RecentCache<ComponentUse> m_recentComponents;
    RecentCache<int> m_recentUnits;
};
