#pragma once

#include "actions/connectionprofile.h"
#include "api/apierror.h"
#include "emulator/emulatoroptions.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

namespace BillForward {
class ApiClient;
class ApiReply;
}
namespace Emulator {
class EmbeddedEmulator;
}

// Which server the window talks to, as a connection profile, and the one
// ApiClient set up for it (kept across reconnects, so the loader and the
// action runner can hold it). A Demo profile runs the embedded emulator
// (started once, a random token kept in memory); any other profile is a
// server named by URL, with a token the caller resolved. A token the server
// refuses (401) is dropped at once: tokenRefused().
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    // One enum for both: the profile's (its name: ConnectionProfile::environmentName()).
    using Environment = ConnectionProfile::Environment;

    explicit ConnectionController(QObject *parent = nullptr);
    ~ConnectionController() override;

    // Where the Demo profile keeps its store (empty: in memory).
    void setDemoDatabasePath(const QString &path) { m_demoOptions.databasePath = path; }
    // Emulator options for the Demo profile (tests); the token is made here.
    void setDemoOptions(const Emulator::Options &options) { m_demoOptions = options; }

    // Connects with `profile`; ready() or failed() follows (at once unless
    // the embedded emulator has to start first).
    void connectProfile(const ConnectionProfile &profile, const QByteArray &accessToken = {});
    // The Demo profile with its store at `databasePath`.
    void connectDemo(const QString &databasePath);
    void connectDemo(const Emulator::Options &options);
    // A server given on the command line or in the environment: a transient
    // profile that is not saved.
    void connectTo(const QUrl &baseUrl, const QByteArray &accessToken);
    static ConnectionProfile transientProfile(const QUrl &baseUrl);
    // For the docs' screenshots only: the running embedded emulator, shown
    // under `profile` (e.g. one forced to production). Never another server.
    bool showDemoServerAs(const ConnectionProfile &profile);

    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_profile.kind == ConnectionProfile::Kind::Demo; }
    const ConnectionProfile &profile() const { return m_profile; }
    Environment environment() const { return m_profile.environment(); }
    BillForward::ApiClient *client() const { return m_client; }
    QUrl baseUrl() const;
    // The embedded emulator's URL once it runs (for the Demo profile's dialog).
    QUrl demoBaseUrl() const;
    // "Demo", "BillForward production", ...
    QString profileName() const;
    // Subscriptions worth offering at start (the demo data's).
    QStringList suggestedSubscriptions() const { return m_suggested; }

    static QColor environmentColor(Environment environment);
    // The default demo store: AppDataLocation/demo.sqlite, folder created.
    static QString defaultDemoDatabasePath();

    // The server accepted the token since the last connect (see tokenAccepted()).
    bool isAccepted() const { return m_accepted; }

signals:
    // The client points at the server; whether the token works is told by
    // tokenAccepted() or checkFailed() after it.
    void ready();
    void failed(const QString &message);
    // The server answered 401 to the profile's token: the client no longer
    // sends it (not ready any more) and the caller asks for another.
    void tokenRefused(const ConnectionProfile &profile, const QByteArray &token);
    // After every ready(), one small list call checks the token, as the
    // profile dialog's "Test connection" does: a 2xx answer means the server
    // accepted it, anything else is checkFailed() (401: it refused it).
    void tokenAccepted();
    void checkFailed(const BillForward::ApiError &error);

private:
    void startEmulator();
    void setUp(const QUrl &baseUrl, const QByteArray &token);
    void checkToken();

    BillForward::ApiClient *m_client = nullptr;
    Emulator::EmbeddedEmulator *m_emulator = nullptr;
    Emulator::Options m_demoOptions;
    QByteArray m_demoToken;
    QUrl m_demoUrl;
    ConnectionProfile m_profile;
    QStringList m_suggested;
    bool m_ready = false;
    bool m_accepted = false;
    int m_generation = 0;
    QPointer<BillForward::ApiReply> m_check;
};
