#pragma once

// Plain QNetworkAccessManager calls for the emulator tests: independent of
// the app's ApiClient, so the emulator is tested on its own.

#include "wire/sessioncodec.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace EmulatorTest {

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    BillForward::SessionPage page() const
    {
        BillForward::SessionPage p;
        BillForward::DecodeError e;
        if (!BillForward::SessionCodec::decodePage(body, p, e))
            qWarning("not a page: %s", qPrintable(e.message()));
        return p;
    }
    BillForward::BFError bfError() const
    {
        BillForward::BFError e;
        BillForward::SessionCodec::decodeError(body, e);
        return e;
    }
};

inline QNetworkReply *send(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                           const QByteArray &body = {}, const QByteArray &token = {})
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    return nam.sendCustomRequest(request, verb, body);
}

inline HttpResult collect(QNetworkReply *reply, const QElapsedTimer *timer = nullptr)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
    }
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (timer)
        r.elapsedMs = timer->elapsed();
    reply->deleteLater();
    return r;
}

inline HttpResult call(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                       const QByteArray &body = {}, const QByteArray &token = {})
{
    QElapsedTimer timer;
    timer.start();
    return collect(send(nam, verb, url, body, token), &timer);
}

// A CompoundUsageSession written by hand, so the emulator is not only fed
// what the codec writes.
inline QByteArray batchJson(const QList<QByteArray> &items, const QByteArray &organization = {})
{
    QByteArray out = "{";
    if (!organization.isEmpty())
        out += "\"organizationID\":\"" + organization + "\",";
    out += "\"usageSessions\":[";
    for (qsizetype i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + items.at(i);
    return out + "]}";
}

inline QByteArray startItem(const QByteArray &sub, const QByteArray &session,
                            const QByteArray &uom = "minutes", const QByteArray &extra = {})
{
    return "{\"subscriptionID\":\"" + sub + "\",\"sessionID\":\"" + session + "\",\"uom\":\"" + uom
            + "\",\"pricingComponentID\":\"PCO-TEST\",\"pricingComponentName\":\"Test minutes\""
            + extra + "}";
}

inline QByteArray stopItem(const QByteArray &sub, const QByteArray &session,
                           const QByteArray &uom = "minutes", const QByteArray &extra = {})
{
    return "{\"subscriptionID\":\"" + sub + "\",\"sessionID\":\"" + session + "\",\"uom\":\"" + uom
            + "\"" + extra + "}";
}

} // namespace EmulatorTest
