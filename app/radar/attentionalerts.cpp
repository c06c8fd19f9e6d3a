#include "radar/attentionalerts.h"

#include "sessions/sessionbrowser.h"

#include <algorithm>
#include <utility>

namespace {

// Long subscription IDs are cut: the session ID and unit tell rows apart,
// and a notification shows few characters a line.
QString shortSubscription(const QString &id)
{
    constexpr int Keep = 12;
    return id.size() <= Keep + 1 ? id : id.left(Keep) + QChar(0x2026);
}

} // namespace

AttentionAlerts::AttentionAlerts(QObject *parent)
    : QObject(parent)
{
}

QList<AttentionAlerts::Item> AttentionAlerts::needingAttentionIn(const SessionBrowser &browser)
{
    QList<Item> items;
    const QList<SessionKey> keys = browser.needingAttention();
    items.reserve(keys.size());
    for (const SessionKey &key : keys) {
        const int row = browser.store().indexOf(key);
        if (row >= 0)
            items.append({key, browser.attentionOf(row)});
    }
    return items;
}

void AttentionAlerts::loadFinished(QList<Item> needingNow, bool background)
{
    judge(std::move(needingNow), background, nullptr);
}

void AttentionAlerts::loadFinished(QList<Item> needingNow, bool background, const QSet<QString> &subscriptions)
{
    judge(std::move(needingNow), background, &subscriptions);
}

// `subscriptions` null: the load covered every subscription.
void AttentionAlerts::judge(QList<Item> needingNow, bool background, const QSet<QString> *subscriptions)
{
    // The farthest past its limit first, as the radar's order; ties by ID
    // so that a notice names the same sessions for the same state.
    std::stable_sort(needingNow.begin(), needingNow.end(), [](const Item &a, const Item &b) {
        if (a.attention.pastLimitMs != b.attention.pastLimitMs)
            return a.attention.pastLimitMs > b.attention.pastLimitMs;
        if (a.key.subscriptionId != b.key.subscriptionId)
            return a.key.subscriptionId < b.key.subscriptionId;
        return a.key.sessionId < b.key.sessionId;
    });
    m_current = std::move(needingNow);
    const auto covered = [subscriptions](const SessionKey &key) {
        return !subscriptions || subscriptions->contains(key.subscriptionId);
    };

    // A session of a covered subscription that stopped needing attention is
    // forgotten: should it need attention again (a new limit, a restart), it
    // is news again. Those of other subscriptions were not looked at now.
    QSet<SessionKey> stillKnown;
    for (const SessionKey &key : std::as_const(m_known)) {
        if (!covered(key))
            stillKnown.insert(key);
    }
    QSet<SessionKey> unseenKeys;
    QList<Item> unseenElsewhere;
    for (const Item &item : std::as_const(m_unseen)) {
        unseenKeys.insert(item.key);
        if (!covered(item.key))
            unseenElsewhere.append(item);
    }
    bool fresh = false;
    for (const Item &item : std::as_const(m_current)) {
        if (m_known.contains(item.key) || m_looking || !background) {
            stillKnown.insert(item.key); // told before, on screen, or loaded at the user's request
        } else {
            stillKnown.insert(item.key);
            unseenKeys.insert(item.key);
            fresh = true;
        }
    }
    m_known = std::move(stillKnown);

    QList<Item> unseen;
    if (!m_looking) {
        QSet<SessionKey> listed;
        for (const Item &item : std::as_const(m_current)) {
            if (unseenKeys.contains(item.key)) {
                unseen.append(item);
                listed.insert(item.key);
            }
        }
        for (const Item &item : std::as_const(unseenElsewhere)) {
            if (!listed.contains(item.key))
                unseen.append(item);
        }
    }
    setUnseen(std::move(unseen));
    if (fresh)
        emit alertRequested(notice());
}

void AttentionAlerts::setUserLooking(bool looking)
{
    if (m_looking == looking)
        return;
    m_looking = looking;
    if (!looking)
        return;
    for (const Item &item : std::as_const(m_current))
        m_known.insert(item.key);
    const bool hadUnseen = !m_unseen.isEmpty();
    setUnseen({});
    if (hadUnseen)
        emit seen();
}

void AttentionAlerts::setUnseen(QList<Item> unseen)
{
    const qsizetype before = m_unseen.size();
    m_unseen = std::move(unseen);
    if (m_unseen.size() != before)
        emit unseenCountChanged(unseenCount());
}

QString AttentionAlerts::summaryFor(int count)
{
    // Two texts, not one with "(s)": English has no plural forms file.
    return count == 1 ? tr("1 session needs attention") : tr("%n sessions need attention", nullptr, count);
}

AttentionAlerts::Notice AttentionAlerts::notice() const
{
    Notice notice;
    notice.count = unseenCount();
    if (notice.count == 0)
        return notice;
    notice.summary = summaryFor(notice.count);
    QStringList lines;
    for (const Item &item : m_unseen.mid(0, NamedInNotice)) {
        lines << tr("%1 / %2 (%3): %4")
                     .arg(shortSubscription(item.key.subscriptionId), item.key.sessionId, item.key.uom,
                          item.attention.text());
    }
    const int more = notice.count - int(lines.size());
    if (more > 0)
        lines << tr("and %n more", nullptr, more);
    notice.body = lines.join(QLatin1Char('\n'));
    return notice;
}
