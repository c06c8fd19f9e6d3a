#include "actions/connectionprofile.h"

#include "credentials/serverorigin.h"

#include <QUuid>

QUrl ConnectionProfile::sandboxUrl()
{
    return QUrl(QStringLiteral("https://app-sandbox.billforward.net/v1"));
}

QUrl ConnectionProfile::productionUrl()
{
    return QUrl(QStringLiteral("https://app.billforward.net/v1"));
}

QString ConnectionProfile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ConnectionProfile ConnectionProfile::demo()
{
    ConnectionProfile profile;
    profile.id = QStringLiteral("demo");
    profile.name = tr("Demo");
    profile.kind = Kind::Demo;
    profile.confirmStops = true;
    return profile;
}

ConnectionProfile ConnectionProfile::sandbox()
{
    ConnectionProfile profile;
    profile.id = newId();
    profile.name = tr("BillForward sandbox");
    profile.kind = Kind::Sandbox;
    profile.baseUrl = sandboxUrl();
    return profile;
}

ConnectionProfile ConnectionProfile::production()
{
    ConnectionProfile profile;
    profile.id = newId();
    profile.name = tr("BillForward production");
    profile.kind = Kind::Production;
    profile.baseUrl = productionUrl();
    return profile;
}

ConnectionProfile ConnectionProfile::custom(const QString &name, const QUrl &baseUrl)
{
    ConnectionProfile profile;
    profile.id = newId();
    profile.name = name;
    profile.kind = Kind::Custom;
    profile.baseUrl = baseUrl;
    return profile;
}

ConnectionProfile::Environment ConnectionProfile::environmentOf(const QUrl &url)
{
    const QString host = ServerOrigin::normalisedHost(url);
    if (host == QLatin1String("app-sandbox.billforward.net"))
        return Environment::Sandbox;
    if (host == QLatin1String("billforward.net") || host.endsWith(QLatin1String(".billforward.net")))
        return Environment::Production;
    return Environment::Custom;
}

ConnectionProfile::Environment ConnectionProfile::environment() const
{
    if (kind == Kind::Demo)
        return Environment::Demo;
    // Whatever the URL says, a profile the user called production is treated as one.
    if (kind == Kind::Production)
        return Environment::Production;
    return environmentOf(baseUrl);
}

QString ConnectionProfile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Demo:
        return tr("Demo (built-in emulator)");
    case Kind::Sandbox:
        return tr("BillForward sandbox");
    case Kind::Production:
        return tr("BillForward production");
    case Kind::Custom:
        break;
    }
    return tr("Custom server");
}

QString ConnectionProfile::environmentName(Environment environment)
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

QString ConnectionProfile::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Demo:
        return QStringLiteral("demo");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::Production:
        return QStringLiteral("production");
    case Kind::Custom:
        break;
    }
    return QStringLiteral("custom");
}

ConnectionProfile::Kind ConnectionProfile::kindFromKey(const QString &key)
{
    if (key == QLatin1String("demo"))
        return Kind::Demo;
    if (key == QLatin1String("sandbox"))
        return Kind::Sandbox;
    if (key == QLatin1String("production"))
        return Kind::Production;
    return Kind::Custom;
}
