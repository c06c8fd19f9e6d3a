#include "views/savedviewlist.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

QStringList SavedViewList::names() const
{
    QStringList names;
    for (const SavedView &view : m_views)
        names << view.name;
    return names;
}

const SavedView *SavedViewList::find(const QString &name) const
{
    const auto it = std::find_if(m_views.cbegin(), m_views.cend(), [&name](const SavedView &v) { return v.name == name; });
    return it == m_views.cend() ? nullptr : &*it;
}

void SavedViewList::put(const SavedView &view)
{
    const auto it = std::find_if(m_views.begin(), m_views.end(), [&view](const SavedView &v) { return v.name == view.name; });
    if (it == m_views.end())
        m_views.append(view);
    else
        *it = view;
}

bool SavedViewList::rename(const QString &from, const QString &to)
{
    if (to.trimmed().isEmpty() || (to != from && contains(to)))
        return false;
    const auto it = std::find_if(m_views.begin(), m_views.end(), [&from](const SavedView &v) { return v.name == from; });
    if (it == m_views.end())
        return false;
    it->name = to;
    if (m_default == from)
        m_default = to;
    return true;
}

bool SavedViewList::remove(const QString &name)
{
    const qsizetype removed = m_views.removeIf([&name](const SavedView &v) { return v.name == name; });
    if (m_default == name)
        m_default.clear();
    return removed > 0;
}

void SavedViewList::setDefaultName(const QString &name)
{
    const bool kept = std::any_of(m_unreadable.cbegin(), m_unreadable.cend(), [&name](const QJsonValue &entry) {
        return entry.toObject().value(QLatin1String("name")).toString().trimmed() == name;
    });
    m_default = contains(name) || (kept && !name.isEmpty()) ? name : QString();
}

QStringList SavedViewList::clashesWith(const QList<SavedView> &imported) const
{
    QStringList clashes;
    for (const SavedView &view : imported) {
        if (contains(view.name))
            clashes << view.name;
    }
    return clashes;
}

void SavedViewList::merge(const QList<SavedView> &imported, OnClash onClash)
{
    for (SavedView view : imported) {
        if (onClash == OnClash::KeepBoth)
            view.name = freeName(view.name);
        put(view);
    }
}

QString SavedViewList::freeName(const QString &name) const
{
    if (!contains(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QCoreApplication::translate("SavedViewList", "%1 (%2)").arg(name).arg(n);
        if (!contains(candidate))
            return candidate;
    }
}

bool operator==(const SavedViewList &a, const SavedViewList &b)
{
    if (a.m_default != b.m_default || a.m_views.size() != b.m_views.size() || a.m_unreadable != b.m_unreadable)
        return false;
    for (qsizetype i = 0; i < a.m_views.size(); ++i) {
        if (a.m_views.at(i).toJson() != b.m_views.at(i).toJson())
            return false;
    }
    return true;
}
