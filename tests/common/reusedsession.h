#pragma once

#include "api/apiclient.h"

#include <QSignalSpy>

// A device's day after day: `uses` runs of one session ID on the server,
// each started and stopped (one hour each, a day apart from `firstStart`),
// so each starts at sessionix 0 again. Times are given, not the server's
// now: a server that writes whole seconds would give quick uses one start.
// Returns the uses as the server answered their stops, or fewer on failure.
inline QList<BillForward::UsageSession> runUses(BillForward::ApiClient &client, const QString &subscription,
                                                const QString &sessionId, int uses,
                                                BillForward::Timestamp firstStart)
{
    constexpr qint64 Day = 86'400'000, Hour = 3'600'000;
    const auto answered = [](BillForward::ApiReply *reply) {
        QSignalSpy finished(reply, &BillForward::ApiReply::finished);
        return (reply->isFinished() || finished.wait(10000)) && reply->isOk() && reply->page().results.size() == 1;
    };
    QList<BillForward::UsageSession> ran;
    for (int use = 0; use < uses; ++use) {
        BillForward::UsageSession session;
        session.subscriptionId = subscription;
        session.sessionId = sessionId;
        session.uom = QStringLiteral("minutes");
        session.pricingComponentName = QStringLiteral("Minutes");
        session.start = firstStart + use * Day;
        if (!answered(client.start({{session}, {}})))
            break;
        session.pricingComponentName.clear();
        session.start = BillForward::NoTimestamp;
        session.stop = firstStart + use * Day + Hour;
        BillForward::ApiReply *stopped = client.stop({{session}, {}});
        if (!answered(stopped))
            break;
        ran.append(stopped->page().results.constFirst());
    }
    return ran;
}
