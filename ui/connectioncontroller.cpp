#include "ui/connectioncontroller.h"

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
    , m_client(new BillForward::ApiClient(this))
{
    m_demoOptions.demoData = true;
    connect(m_client, &BillForward::ApiClient::accessTokenRefused, this, [this](const QByteArray &refused) {
        if (isDemo())
            return;
        m_client->setAccessToken({}); // not sent again: an auto-refresh would repeat it
        m_ready = false;
        emit tokenRefused(m_profile, refused);
    });
}

ConnectionController::~ConnectionController() = default;

void ConnectionController::connectDemo(const QString &databasePath)
{
    setDemoDatabasePath(databasePath);
    connectProfile(ConnectionProfile::demo());
}

void ConnectionController::connectDemo(const Emulator::Options &options)
{
    setDemoOptions(options);
    connectProfile(ConnectionProfile::demo());
}

void ConnectionController::connectTo(const QUrl &baseUrl, const QByteArray &accessToken)
{
    connectProfile(transientProfile(baseUrl), accessToken);
}

ConnectionProfile ConnectionController::transientProfile(const QUrl &baseUrl)
{
    ConnectionProfile profile = ConnectionProfile::custom(baseUrl.host(), baseUrl);
    profile.id = ConnectionProfile::commandLineId();
    switch (profile.environment()) {
    case ConnectionProfile::Environment::Production:
        profile.kind = ConnectionProfile::Kind::Production;
        break;
    case ConnectionProfile::Environment::Sandbox:
        profile.kind = ConnectionProfile::Kind::Sandbox;
        break;
    case ConnectionProfile::Environment::Demo:
    case ConnectionProfile::Environment::Custom:
        break;
    }
    return profile;
}

void ConnectionController::connectProfile(const ConnectionProfile &profile, const QByteArray &accessToken)
{
    ++m_generation;
    m_profile = profile;
    m_ready = false;
    m_accepted = false;
    if (profile.kind == ConnectionProfile::Kind::Demo) {
        m_suggested = Emulator::DemoData::subscriptionIds();
        if (m_demoUrl.isValid())
            setUp(m_demoUrl, m_demoToken);
        else
            startEmulator();
        return;
    }
    m_suggested.clear();
    setUp(profile.baseUrl, accessToken);
}

bool ConnectionController::showDemoServerAs(const ConnectionProfile &profile)
{
    if (!m_demoUrl.isValid())
        return false;
    ++m_generation;
    m_profile = profile;
    m_profile.baseUrl = m_demoUrl;
    m_accepted = false;
    setUp(m_demoUrl, m_demoToken);
    return true;
}

void ConnectionController::startEmulator()
{
    Emulator::Options options = m_demoOptions;
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
    m_demoToken = options.token;

    delete m_emulator;
    m_emulator = new Emulator::EmbeddedEmulator(options, this);
    const int generation = m_generation;
    connect(m_emulator, &Emulator::EmbeddedEmulator::started, this, [this, generation](const QUrl &url) {
        m_demoUrl = url;
        if (generation == m_generation)
            setUp(url, m_demoToken);
    });
    connect(m_emulator, &Emulator::EmbeddedEmulator::failed, this, [this](const QString &message) {
        emit failed(tr("The demo server could not start: %1").arg(message));
    });
    m_emulator->start();
}

void ConnectionController::setUp(const QUrl &baseUrl, const QByteArray &token)
{
    m_client->setBaseUrl(baseUrl);
    m_client->setAccessToken(token);
    m_ready = true;
    emit ready();
    checkToken();
}

void ConnectionController::checkToken()
{
    if (m_check)
        m_check->abort();
    // Any subscription will do: the server checks the token first, and
    // answers a subscription it does not know with an empty page.
    BillForward::ListQuery query;
    query.subscriptionId = QStringLiteral("SUB-CONNECTION-TEST");
    query.activeOnly = true;
    query.organizations = m_profile.organizations;
    query.records = 1;
    BillForward::ApiReply *reply = m_client->list(query);
    m_check = reply;
    const int generation = m_generation;
    connect(reply, &BillForward::ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation || reply->error().kind == BillForward::ApiError::Kind::Cancelled)
            return; // a newer connect has its own check
        if (reply->isOk()) {
            m_accepted = true;
            emit tokenAccepted();
        } else {
            emit checkFailed(reply->error());
        }
    });
}

QUrl ConnectionController::baseUrl() const
{
    return m_client->baseUrl();
}

QUrl ConnectionController::demoBaseUrl() const
{
    return m_demoUrl;
}

QString ConnectionController::profileName() const
{
    return m_profile.name.isEmpty() ? ConnectionProfile::environmentName(environment()) : m_profile.name;
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
