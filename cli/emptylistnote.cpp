#include "cli/emptylistnote.h"

namespace BillForward {

EmptyListNote::EmptyListNote(const QStringList &subscriptions, bool activeOnly, const QStringList &organizations,
                             qint64 offset)
    : m_subscriptions(subscriptions)
    , m_unlisted(subscriptions.cbegin(), subscriptions.cend())
    , m_activeOnly(activeOnly)
    , m_organizations(!organizations.isEmpty())
    , m_fromStart(offset <= 0)
{
}

void EmptyListNote::see(const QList<UsageSession> &sessions)
{
    for (const UsageSession &session : sessions) {
        if (m_unlisted.isEmpty())
            return; // a million-session list stops looking at once
        m_unlisted.remove(session.subscriptionId);
    }
}

QString EmptyListNote::text() const
{
    if (!m_fromStart)
        return {};
    QString out;
    QSet<QString> noted;
    for (const QString &subscription : m_subscriptions) {
        if (!m_unlisted.contains(subscription) || noted.contains(subscription))
            continue;
        noted.insert(subscription);
        QString line;
        if (m_activeOnly && m_organizations)
            line = tr("subscription %1 has no active sessions in the given organizations. Without --active and "
                      "--organization it may list some; an unknown subscription or organization ID also lists "
                      "none: check the IDs.");
        else if (m_activeOnly)
            line = tr("subscription %1 has no active sessions. That does not tell whether it has ended ones, or "
                      "exists at all: list it without --active, and if that lists none, check the ID.");
        else if (m_organizations)
            line = tr("subscription %1 has no usage sessions in the given organizations. BillForward answers an "
                      "unknown subscription or organization ID the same way: check the IDs.");
        else
            line = tr("subscription %1 has no usage sessions. BillForward answers an unknown subscription ID the "
                      "same way: check the ID.");
        out += QStringLiteral("note: ") + line.arg(subscription) + QLatin1Char('\n');
    }
    return out;
}

} // namespace BillForward
