#pragma once

#include "emulator/emulatoroptions.h"

#include <QColor>
#include <QObject>
#include <QStringList>
#include <QUrl>

namespace BillForward {
class ApiClient;
}
namespace Emulator {
class EmbeddedEmulator;
}

// Which server the window talks to, and the ApiClient set up for it: either
// the embedded emulator (demo mode, a random token kept in memory) or a
// server named by URL and token.
class ConnectionController final : public QObject
{
    Q_OBJECT

public:
    enum class Environment { Demo, Sandbox, Production, Custom };

    explicit ConnectionController(QObject *parent = nullptr);
    ~ConnectionController() override;

    // Starts the emulator with demo data, its store at `databasePath`
    // (empty: in memory). ready() or failed() follows.
    void connectDemo(const QString &databasePath);
    // Demo mode with explicit emulator options (tests); the token is made here.
    void connectDemo(Emulator::Options options);
    // A real (or stand-alone) server. ready() follows at once.
    void connectTo(const QUrl &baseUrl, const QByteArray &accessToken);

    bool isReady() const { return m_ready; }
    bool isDemo() const { return m_environment == Environment::Demo; }
    Environment environment() const { return m_environment; }
    BillForward::ApiClient *client() const { return m_client; }
    QUrl baseUrl() const;
    // "Demo", "Production — app.billforward.net", ...
    QString profileName() const;
    // Subscriptions worth offering at start (the demo data's).
    QStringList suggestedSubscriptions() const { return m_suggested; }

    static Environment classify(const QUrl &baseUrl);
    static QString environmentName(Environment environment);
    static QColor environmentColor(Environment environment);
    // The default demo store: AppDataLocation/demo.sqlite, folder created.
    static QString defaultDemoDatabasePath();

signals:
    void ready();
    void failed(const QString &message);

private:
    void setUp(const QUrl &baseUrl, const QByteArray &token, Environment environment);

    BillForward::ApiClient *m_client = nullptr;
    Emulator::EmbeddedEmulator *m_emulator = nullptr;
    Environment m_environment = Environment::Custom;
    QStringList m_suggested;
    bool m_ready = false;
};
