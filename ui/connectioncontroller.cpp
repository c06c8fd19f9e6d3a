#include "connectioncontroller.h"

#include "api/apiclient.h"
#include "emulator/demodata.h"
#include "emulator/embeddedemulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace {

QByteArray randomToken()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

} // namespace

ConnectionController::ConnectionController(QObject *parent)
    : QObject(parent)
{
}

ConnectionController::~ConnectionController() = default;

void ConnectionController::connectDemo(const QString &databasePath)
{
    Emulator::Options options;
    options.port = 0;
    options.demoData = true;
    options.databasePath = databasePath;
    connectDemo(options);
}

void ConnectionController::connectDemo(Emulator::Options options)
{
    if (!options.databasePath.isEmpty()) {
        // Created before the emulator opens it, so it is never readable by others.
        QFile file(options.databasePath);
        if (file.open(QIODevice::ReadWrite))
            file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    options.listenAddress = QHostAddress::LocalHost;
    options.port = 0;
    if (options.token.isEmpty())
        options.token = randomToken();
    const QByteArray token = options.token;

    delete m_emulator;
    m_emulator = new Emulator::EmbeddedEmulator(options, this);
    connect(m_emulator, &Emulator::EmbeddedEmulator::started, this, [this, token](const QUrl &url) {
        setUp(url, token, Environment::Demo);
    });
    connect(m_emulator, &Emulator::EmbeddedEmulator::failed, this, [this](const QString &message) {
        emit failed(tr("The demo server could not start: %1").arg(message));
    });
    m_suggested = Emulator::DemoData::subscriptionIds();
    m_emulator->start();
}

void ConnectionController::connectTo(const QUrl &baseUrl, const QByteArray &accessToken)
{
    m_suggested.clear();
    setUp(baseUrl, accessToken, classify(baseUrl));
}

void ConnectionController::setUp(const QUrl &baseUrl, const QByteArray &token, Environment environment)
{
    delete m_client;
    m_client = new BillForward::ApiClient(this);
    m_client->setBaseUrl(baseUrl);
    m_client->setAccessToken(token);
    m_environment = environment;
    m_ready = true;
    emit ready();
}

QUrl ConnectionController::baseUrl() const
{
    return m_client ? m_client->baseUrl() : QUrl();
}

QString ConnectionController::profileName() const
{
    if (m_environment == Environment::Demo)
        return tr("Demo (built-in server)");
    return tr("%1 — %2").arg(environmentName(m_environment), baseUrl().host());
}

ConnectionController::Environment ConnectionController::classify(const QUrl &baseUrl)
{
    const QString host = baseUrl.host().toLower();
    if (host == QLatin1String("app.billforward.net"))
        return Environment::Production;
    if (host == QLatin1String("app-sandbox.billforward.net"))
        return Environment::Sandbox;
    return Environment::Custom;
}

QString ConnectionController::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Demo:
        return tr("Demo");
    case Environment::Sandbox:
        return tr("Sandbox");
    case Environment::Production:
        return tr("Production");
    case Environment::Custom:
        break;
    }
    return tr("Custom server");
}

QColor ConnectionController::environmentColor(Environment environment)
{
    switch (environment) {
    case Environment::Demo:
        return QColor(0x00, 0x7c, 0x89); // teal
    case Environment::Sandbox:
        return QColor(0xc7, 0x7c, 0x00); // amber
    case Environment::Production:
        return QColor(0xc6, 0x28, 0x28); // red
    case Environment::Custom:
        break;
    }
    return QColor(0x55, 0x4f, 0x7d); // slate violet: not one of the three above
}

QString ConnectionController::defaultDemoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QDir(folder).filePath(QStringLiteral("demo.sqlite"));
}
