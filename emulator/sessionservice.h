#pragma once

#include "wire/usagesession.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QElapsedTimer;
class QUrlQuery;

namespace Emulator {

class SessionDatabase;

// What the emulator sends back: status, JSON body, extra headers.
struct Answer
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    bool applied = false; // a start or stop changed the store

    static Answer error(int status, const QString &type, const QString &message,
                        const QStringList &parameters = {});
};

// The semantics of the usage-sessions API (contract: "Semantics the
// emulator implements"), independent of HTTP.
class SessionService final
{
    Q_DECLARE_TR_FUNCTIONS(Emulator::SessionService)

public:
    // UTC milliseconds since the epoch.
    using Clock = std::function<qint64()>;

    SessionService(SessionDatabase &database, QString defaultOrganizationId);

    // The emulator user that changes every session it starts or stops.
    static QString emulatorUserId();

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // Serves at most `rows` a page whatever `records` asks, and names the
    // next page, as a real server with a cap of its own does (0: no cap).
    void setPageCap(int rows) { m_pageCap = qMax(0, rows); }

    Answer list(const QString &subscriptionId, bool activeOnly, const QUrlQuery &query);
    Answer start(QByteArrayView body);
    Answer stop(QByteArrayView body);

private:
    enum class BatchKind { Start, Stop };
    enum Transaction { KeepTransaction, RollBack };

    qint64 now() const;
    // A start or stop body decoded and checked: each item names its session
    // (and, to start, a pricing component). An answer when it is refused.
    std::optional<Answer> readBatch(QByteArrayView body, BatchKind kind, BillForward::SessionBatch &batch) const;
    // A 500 with the database's error; RollBack ends the open transaction.
    Answer databaseFailure(Transaction transaction);
    // Commits the started or stopped sessions and answers with them.
    Answer committed(const QList<QByteArray> &json, const QElapsedTimer &timer);

    SessionDatabase &m_database;
    QString m_defaultOrganizationId;
    Clock m_clock;
    int m_pageCap = 0;
};

} // namespace Emulator
