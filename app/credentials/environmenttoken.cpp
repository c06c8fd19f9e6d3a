#include "credentials/environmenttoken.h"

#include "credentials/serverorigin.h"

namespace EnvironmentToken {

QUrl environmentBaseUrl()
{
    const QString text = qEnvironmentVariable(baseUrlVariable()).trimmed();
    return text.isEmpty() ? QUrl() : QUrl::fromUserInput(text);
}

bool appliesTo(const QUrl &server, bool namedOnCommandLine)
{
    if (!server.isValid() || server.host().isEmpty())
        return false;
    if (qEnvironmentVariable(baseUrlVariable()).trimmed().isEmpty())
        return namedOnCommandLine;
    return ServerOrigin::same(environmentBaseUrl(), server);
}

QByteArray forServer(const QUrl &server, bool namedOnCommandLine)
{
    return appliesTo(server, namedOnCommandLine) ? qgetenv(tokenVariable()).trimmed() : QByteArray();
}

} // namespace EnvironmentToken
