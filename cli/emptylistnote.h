#pragma once

#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace BillForward {

// BillForward answers a subscription ID it does not know with an empty list,
// exactly as it answers a subscription without usage: a mistyped ID would
// look like a customer with nothing to bill. After a `list`, this names each
// subscription that came back without a session, says precisely what that
// tells (no sessions at all, or only none active, or none in the given
// organizations) and suggests checking the ID. The note goes to stderr;
// stdout stays what scripts parse, and the exit code stays 0.
class EmptyListNote
{
    Q_DECLARE_TR_FUNCTIONS(EmptyListNote)

public:
    EmptyListNote() = default;
    EmptyListNote(const QStringList &subscriptions, bool activeOnly, const QStringList &organizations,
                  qint64 offset);

    // Every batch of sessions the list printed (pages may stream in).
    void see(const QList<UsageSession> &sessions);
    // One "note: …" line per subscription that listed nothing; empty when
    // there is nothing to say (an offset past the start tells nothing).
    QString text() const;

private:
    QStringList m_subscriptions;
    QSet<QString> m_unlisted; // asked for, no session seen yet
    bool m_activeOnly = false;
    bool m_organizations = false;
    bool m_fromStart = true;
};

} // namespace BillForward
