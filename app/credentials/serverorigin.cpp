#include "credentials/serverorigin.h"

namespace {

int portOrDefault(const QUrl &url)
{
    return url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
}

} // namespace

namespace ServerOrigin {

QString normalisedHost(const QUrl &url)
{
    QString host = url.host().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

bool same(const QUrl &a, const QUrl &b)
{
    return of(a) == of(b) && !normalisedHost(a).isEmpty();
}

QString of(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString host = normalisedHost(url);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6
    return QStringLiteral("%1://%2:%3").arg(url.scheme().toLower(), host).arg(portOrDefault(url));
}

} // namespace ServerOrigin
