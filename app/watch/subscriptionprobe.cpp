#include "watch/subscriptionprobe.h"

#include "api/apiclient.h"

SubscriptionProbe::SubscriptionProbe(QObject *parent)
    : QObject(parent)
{
}

SubscriptionProbe::~SubscriptionProbe()
{
    cancel();
}

void SubscriptionProbe::setClient(BillForward::ApiClient *client)
{
    cancel();
    m_client = client;
}

void SubscriptionProbe::probe(const QStringList &subscriptionIds)
{
    for (const QString &id : subscriptionIds) {
        if (!m_queue.contains(id))
            m_queue << id;
    }
    startNext();
}

void SubscriptionProbe::cancel()
{
    ++m_generation; // answers still on their way are dropped
    m_queue.clear();
    const auto replies = m_replies;
    m_replies.clear();
    m_inFlight = 0;
    for (const QPointer<BillForward::ApiReply> &reply : replies) {
        if (reply)
            reply->abort();
    }
}

void SubscriptionProbe::setHeld(bool held)
{
    m_held = held;
    startNext();
}

void SubscriptionProbe::startNext()
{
    while (m_client && !m_held && m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const QString id = m_queue.takeFirst();
        BillForward::ListQuery query;
        query.subscriptionId = id;
        query.organizations = m_organizations;
        query.records = 1;
        BillForward::ApiReply *reply = m_client->list(query);
        m_replies << reply;
        ++m_inFlight;
        const int generation = m_generation;
        connect(reply, &BillForward::ApiReply::finished, this, [this, reply, id, generation] {
            if (generation != m_generation)
                return;
            m_replies.removeAll(reply);
            --m_inFlight;
            if (reply->isOk())
                emit probed(id, !reply->page().results.isEmpty());
            else
                emit failed(id, reply->error());
            startNext();
        });
    }
}
