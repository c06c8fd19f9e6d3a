#pragma once

#include "api/apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace BillForward {
class ApiClient;
class ApiReply;
}

// Asks the server whether subscriptions have any session at all: one list
// call of one record each (BillForward answers an unknown subscription ID
// with an empty page, so an empty answer means "check the ID"). At most
// MaxInFlight calls at a time, so a pasted list of hundreds stays polite.
class SubscriptionProbe final : public QObject
{
    Q_OBJECT

public:
    explicit SubscriptionProbe(QObject *parent = nullptr);
    ~SubscriptionProbe() override;

    static constexpr int MaxInFlight = 2;

    void setClient(BillForward::ApiClient *client);
    void setOrganizations(const QStringList &organizations) { m_organizations = organizations; }
    // Queues these (each once); answers come as probed() or failed().
    void probe(const QStringList &subscriptionIds);
    void cancel();
    // While held, nothing more is sent (what is in flight finishes): the
    // window holds the probe while a sweep runs, so the two together stay
    // near the sweep's ceiling of requests in flight.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    bool isBusy() const { return !m_queue.isEmpty() || m_inFlight > 0; }

signals:
    void probed(const QString &subscriptionId, bool hasSessions);
    // No answer to tell by (a timeout, a 403): the mark stays as it was.
    void failed(const QString &subscriptionId, const BillForward::ApiError &error);

private:
    void startNext();

    BillForward::ApiClient *m_client = nullptr;
    QStringList m_organizations;
    QStringList m_queue;
    QList<QPointer<BillForward::ApiReply>> m_replies;
    int m_inFlight = 0;
    bool m_held = false;
    int m_generation = 0;
};
