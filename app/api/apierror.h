#pragma once

#include "wire/sessioncodec.h"
#include "wire/usagesession.h"

#include <QCoreApplication>
#include <QString>

namespace BillForward {

// Every way a call can fail, as one value. `message()` is for the user: it
// says what happened and what to do.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(BillForward::ApiError)

public:
    enum class Kind {
        None,
        InvalidRequest,   // refused before sending (plain http to a remote host, bad URL)
        ConnectionRefused,
        HostNotFound,
        Network,          // connection lost, reset, other transport failure
        Timeout,          // no complete answer within the transfer timeout
        Tls,              // certificate or handshake failure
        Redirect,         // redirect to another origin or from https to http
        TooLarge,         // answer over the size cap
        Http,             // an HTTP error status; bfError holds the body if it was a BFError
        Decode,           // a 2xx answer that is not a valid UsageSessionPagedMetadata
        Cancelled,
        Paging,           // the server's pages did not end: a repeated page or a ceiling; detail says which
    };

    Kind kind = Kind::None;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    BFError bfError;          // from the body of an error answer, when it was one
    DecodeError decodeError;  // when kind == Decode
    QString detail;           // transport detail (QNetworkReply::errorString), never a token
    int retryAfterSeconds = -1;
    // True when a POST may have been applied: every non-2xx outcome after
    // sending except a 4xx (429 included) with a BFError body, which proves
    // nothing changed. A 5xx, a 3xx, a cut or unreadable body, a drop, a
    // timeout: the caller must ask the server what happened.
    bool outcomeUnknown = false;

    bool isError() const { return kind != Kind::None; }
    // Short machine-readable name: "network", "timeout", "http", "decode", ...
    // or the BFError errorType when the server sent one.
    QString kindName() const;
    // One translated sentence or two: what happened and what to do.
    QString message() const;
};

} // namespace BillForward
