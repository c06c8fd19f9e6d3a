#pragma once

#include "emulatorfixture.h"

#include "api/apierror.h"
#include "sessions/sessionbrowser.h"
#include "sessions/sessionloader.h"

#include <QApplication>
#include <QDateTime>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace UiTest {

// Gives Qt's offscreen platform one screen of this size and device pixel
// ratio (it is 800x600 at 1x without a configuration file). Call before
// the QApplication; the file lives in `dir`, which must outlive it.
inline bool useOffscreenScreen(const QTemporaryDir &dir, int width, int height, int dpr)
{
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QStringLiteral(R"({"screens": [{"name": "test", "x": 0, "y": 0, "width": %1, "height": %2,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": %3}]})")
                   .arg(width).arg(height).arg(dpr).toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    return true;
}

// Settings and data folders of a test never touch the user's.
// The dialog open as the application's modal widget, if it is a T.
template<typename T>
T *modal()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

// The action journal's lines (JSON Lines), each as an object.
inline QList<QJsonObject> journalLines(const QString &path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

inline void isolateSettings(const QTemporaryDir &dir)
{
    // Test mode puts data under ~/.qttest, shared by every test program
    // running at once: the journal of one would hold another's lines.
    qputenv("HOME", QFile::encodeName(dir.path()));
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UsageSessionAdmin"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Loads `subscription`'s sessions from `client` into `browser` as the
// window's loader does; true when they came without an error.
inline bool loadSessions(SessionBrowser &browser, BillForward::ApiClient &client, const QString &subscription)
{
    SessionLoader loader(&browser);
    loader.setClient(&client);
    QSignalSpy finished(&loader, &SessionLoader::loadFinished);
    loader.open(subscription, false);
    return finished.wait(20000) && !finished.constFirst().at(1).value<BillForward::ApiError>().isError();
}

// Starts (or stops) a session behind the app's back, as another client would.
// Posts one session to `call` (start or stop) as a device would; true on a 200.
inline bool postSessionOnServer(const QUrl &baseUrl, const QByteArray &token, const QString &call,
                                const QJsonObject &session)
{
    QNetworkAccessManager network;
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + QStringLiteral("/usage-sessions/") + call);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + token);
    const QJsonObject body{{QStringLiteral("usageSessions"), QJsonArray{session}}};
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    const bool ok = finished.wait(15000)
        && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->deleteLater();
    return ok;
}

// Starts a session now, or at `start` (a device that started it long ago).
inline bool startSessionOnServer(const QUrl &baseUrl, const QByteArray &token, const QString &subscriptionId,
                                 const QString &sessionId, const QString &uom, const QString &pricingComponent,
                                 const QDateTime &start = QDateTime())
{
    QJsonObject session{{QStringLiteral("subscriptionID"), subscriptionId},
                        {QStringLiteral("sessionID"), sessionId},
                        {QStringLiteral("uom"), uom},
                        {QStringLiteral("pricingComponentName"), pricingComponent}};
    if (start.isValid())
        session.insert(QStringLiteral("start"), start.toUTC().toString(Qt::ISODate));
    return postSessionOnServer(baseUrl, token, QStringLiteral("start"), session);
}

inline bool stopSessionOnServer(const QUrl &baseUrl, const QByteArray &token, const QString &subscriptionId,
                                const QString &sessionId, const QString &uom)
{
    const QJsonObject session{{QStringLiteral("subscriptionID"), subscriptionId},
                              {QStringLiteral("sessionID"), sessionId},
                              {QStringLiteral("uom"), uom}};
    return postSessionOnServer(baseUrl, token, QStringLiteral("stop"), session);
}

} // namespace UiTest
