#pragma once

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace BillForward {

// Datetimes are UTC milliseconds since the epoch: 8 bytes, ordered by plain
// integer compare, and as exact as the wire (which carries at most
// milliseconds). QDateTime would cost 8 bytes plus a parse 3x slower.
using Timestamp = qint64;
inline constexpr Timestamp NoTimestamp = std::numeric_limits<qint64>::min();

// The wire's `state`. BillForward adds values over time, so the text is kept
// verbatim in UsageSession::state; this is only the part the app acts on.
enum class SessionState : quint8 { Active, Historic, Other };

// One BillForward UsageSession. Repeated strings (subscription, organization,
// pricing component, unit, changedBy, state) are shared between sessions by
// the decoder, so a session costs its sessionID and little else.
struct UsageSession
{
    QString subscriptionId;       // subscriptionID
    QString sessionId;            // sessionID
    QString uom;                  // uom
    QString organizationId;       // organizationID
    QString pricingComponentId;   // pricingComponentID
    QString pricingComponentName; // pricingComponentName
    QString description;          // description
    QString changedBy;            // changedBy
    QString state;                // state, verbatim ("Active", "Historic", ...)
    Timestamp created = NoTimestamp;
    Timestamp start = NoTimestamp;
    Timestamp stop = NoTimestamp; // NoTimestamp while active
    qint64 uduration = 0;         // elapsed milliseconds; 0 until cut or stopped
    qint32 sessionix = 0;         // incarnation: +1 at each billing-period cut

    SessionState stateKind() const
    {
        if (state == QLatin1String("Active"))
            return SessionState::Active;
        if (state == QLatin1String("Historic"))
            return SessionState::Historic;
        return SessionState::Other;
    }
    bool isActive() const { return stateKind() == SessionState::Active; }

    friend bool operator==(const UsageSession &a, const UsageSession &b)
    {
        return a.subscriptionId == b.subscriptionId && a.sessionId == b.sessionId
            && a.uom == b.uom && a.organizationId == b.organizationId
            && a.pricingComponentId == b.pricingComponentId
            && a.pricingComponentName == b.pricingComponentName
            && a.description == b.description && a.changedBy == b.changedBy
            && a.state == b.state && a.created == b.created && a.start == b.start
            && a.stop == b.stop && a.uduration == b.uduration
            && a.sessionix == b.sessionix;
    }
    friend bool operator!=(const UsageSession &a, const UsageSession &b) { return !(a == b); }
};

// UsageSessionPagedMetadata: one page of a list call, or the answer to a
// start or stop.
struct SessionPage
{
    QList<UsageSession> results;
    QString nextPage; // empty on the last page
    qint64 currentPage = 0;
    qint64 currentOffset = 0;
    qint64 recordsRequested = 0;
    qint64 recordsReturned = 0;
    qint64 executionTime = 0;

    bool hasNextPage() const { return !nextPage.isEmpty(); }
};

// CompoundUsageSession: the body of a start or stop. Only the fields a
// caller set are sent (empty strings and NoTimestamp are left out).
struct SessionBatch
{
    QList<UsageSession> usageSessions;
    QString organizationId; // optional
};

// BFError: the body of every error answer.
struct BFError
{
    QString errorType;    // ValidationError, Oauth, PermissionsError, RateLimited, ServerError
    QString errorMessage;
    std::optional<qint64> errorCode;
    QStringList errorParameters;

    friend bool operator==(const BFError &a, const BFError &b)
    {
        return a.errorType == b.errorType && a.errorMessage == b.errorMessage
            && a.errorCode == b.errorCode && a.errorParameters == b.errorParameters;
    }
};

} // namespace BillForward
