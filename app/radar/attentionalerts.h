#pragma once

#include "radar/attention.h"
#include "sessions/sessionkey.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

class SessionBrowser;

// Decides when the user is told that sessions newly need attention: after
// a background refresh or sweep, while the user is not looking at the
// window, about sessions neither told of before nor seen. It shows
// nothing itself: it asks for one notice naming all the sessions the user
// has not seen yet, and keeps their count for the title and the tray.
class AttentionAlerts final : public QObject
{
    Q_OBJECT

public:
    // One session that needs attention, as a notice names it.
    struct Item
    {
        SessionKey key;
        Attention attention;
    };
    struct Notice
    {
        int count = 0;
        QString summary; // "3 sessions need attention"
        QString body;    // the first few, one a line, with their reasons
    };
    static constexpr int NamedInNotice = 3;

    explicit AttentionAlerts(QObject *parent = nullptr);

    // What needs attention in the browser now, the farthest past its limit first.
    static QList<Item> needingAttentionIn(const SessionBrowser &browser);

    // After a load or sweep ended: what needs attention now. Only a
    // background one tells the user; one the user started shows its rows,
    // so they count as seen even while the user is away.
    // `subscriptions`: those the load covered (the browser shows all of
    // them). What is known of others stays: another view, or a single
    // subscription opened, makes no session of theirs news again.
    void loadFinished(QList<Item> needingNow, bool background, const QSet<QString> &subscriptions);
    // A load over every subscription there is.
    void loadFinished(QList<Item> needingNow, bool background);
    // The user looks at the window (true) or has left it (false). Looking
    // makes every session that needs attention now seen.
    void setUserLooking(bool looking);
    bool isUserLooking() const { return m_looking; }

    // Sessions that need attention and were told of but not seen yet.
    int unseenCount() const { return int(m_unseen.size()); }
    Notice notice() const;
    // "3 sessions need attention"
    static QString summaryFor(int count);

signals:
    // Sessions newly need attention: one notice for all those not seen yet.
    void alertRequested(const AttentionAlerts::Notice &notice);
    void unseenCountChanged(int count);
    // The user looked: a notice still on screen is out of date.
    void seen();

private:
    void setUnseen(QList<Item> unseen);
    void judge(QList<Item> needingNow, bool background, const QSet<QString> *subscriptions);

    bool m_looking = false;
    QList<Item> m_current;      // what needs attention at the last load
    QSet<SessionKey> m_known;   // told of or seen, of any subscription
    QList<Item> m_unseen;       // told of, not seen (those of m_current in its order first)
};
