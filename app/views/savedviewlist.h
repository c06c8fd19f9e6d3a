#pragma once

#include "views/savedview.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// One connection's saved views, in the order the user made them, with
// the one applied on connecting (none: ""). Names are unique, compared
// as typed.
class SavedViewList
{
public:
    const QList<SavedView> &views() const { return m_views; }
    bool isEmpty() const { return m_views.isEmpty(); }
    QStringList names() const;
    const SavedView *find(const QString &name) const;
    bool contains(const QString &name) const { return find(name) != nullptr; }

    // Replaces the view of the same name (in its place) or appends it.
    void put(const SavedView &view);
    bool rename(const QString &from, const QString &to); // false: `from` unknown or `to` taken
    bool remove(const QString &name);                    // the default goes with it

    QString defaultName() const { return m_default; }
    // "" or a name in the list, or of a kept entry (see unreadable()).
    void setDefaultName(const QString &name);

    // Stored entries this version cannot read (a newer version's layout, a
    // period this zone cannot place): not views here, but kept as they are
    // and written back, so that saving the others does not erase them.
    const QList<QJsonValue> &unreadable() const { return m_unreadable; }
    void keepUnreadable(const QJsonValue &entry) { m_unreadable.append(entry); }

    // Imported views whose names are in the list already.
    QStringList clashesWith(const QList<SavedView> &imported) const;
    enum class OnClash { Replace, KeepBoth };
    // Adds every imported view; one whose name is taken replaces the
    // list's (Replace) or comes in as "Name (2)", "Name (3)"… (KeepBoth).
    void merge(const QList<SavedView> &imported, OnClash onClash);
    // `name`, or "name (2)", "name (3)"… whichever is free first.
    QString freeName(const QString &name) const;

    friend bool operator==(const SavedViewList &a, const SavedViewList &b);

private:
    QList<SavedView> m_views;
    QList<QJsonValue> m_unreadable;
    QString m_default;
};
