#include "ui/connectioncontroller.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"

#include "credentials/processhardening.h"
#include "credentials/tokenfile.h"
#include "memory/heapreuse.h"
#include "secrets/tokenresolver.h"
#include "sessions/displayformat.h"
#include "settings/appsettings.h"

#include "translationloader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

namespace {

int refuse(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return 2;
}

// `--help` and `--version` only print, so they must work where there is no
// display (a terminal over ssh, a package test); QApplication would abort
// there without a platform plugin to show on.
void printWithoutDisplayWhenOnlyAskedForText(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v") {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    ProcessHardening::makeNonDumpable(); // before any token is read: no core dump holds one
    keepFreedMemoryForReuse();
    printWithoutDisplayWhenOnlyAskedForText(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("UsageSessionAdmin"));
    QApplication::setApplicationName(QStringLiteral("usage-session-admin"));
    // Before the first translated text: the language chosen in View > Language,
    // else the system's; dates in the locale's form unless ISO 8601 was chosen.
    TranslationLoader translations;
    translations.install(TranslationLoader::preferredLocale());
    DisplayFormat::setIso8601(AppSettings::Iso8601Dates.read());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Usage Session Admin"));
    QApplication::setApplicationVersion(QStringLiteral(USA_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(USA_APP_ID)); // the installed .desktop entry

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "View, start and stop BillForward usage sessions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(QStringLiteral("base-url"),
        QApplication::translate("main", "BillForward API base URL (default: $BILLFORWARD_BASE_URL; none: demo mode)."),
        QStringLiteral("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
        QApplication::translate("main", "Read the access token from PATH (default: $BILLFORWARD_ACCESS_TOKEN)."),
        QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Use the built-in demo server even when a base URL is set."));
    const QCommandLineOption subscription(QStringLiteral("subscription"),
        QApplication::translate("main", "Open this subscription at start."), QStringLiteral("ID"));
    QCommandLineOption token(QStringLiteral("token"), QString(), QStringLiteral("TOKEN"));
    token.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption screenshots(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("DIR"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({baseUrl, tokenFile, demo, subscription, token, screenshots});
    parser.process(app);

    if (parser.isSet(token))
        return refuse(QApplication::translate("main", "--token is refused: a token on the command line shows up in "
                                                      "the process list and shell history. Use --token-file PATH or "
                                                      "the BILLFORWARD_ACCESS_TOKEN environment variable."));

    ConnectionController connection;
    connection.setDemoDatabasePath(ConnectionController::defaultDemoDatabasePath());
    QString url = parser.value(baseUrl);
    if (url.isEmpty())
        url = qEnvironmentVariable("BILLFORWARD_BASE_URL");
    ConnectionProfile commandLine;
    QByteArray secret;
    const bool useUrl = !url.isEmpty() && !parser.isSet(demo);
    // A token file is one server's token: without that server named it would
    // go unread (and unchecked), as if it had been given.
    if (parser.isSet(tokenFile) && !useUrl)
        return refuse(QApplication::translate("main", "--token-file needs --base-url URL (or BILLFORWARD_BASE_URL), the "
                                                      "server the token is for; it is not used in demo mode."));
    if (useUrl) {
        const QUrl parsed = QUrl::fromUserInput(url);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return refuse(QApplication::translate("main", "Not a valid base URL: %1").arg(url));
        if (parser.isSet(tokenFile)) {
            const TokenFile::Result read = TokenFile::read(parser.value(tokenFile));
            if (!read.ok())
                return refuse(read.error);
            secret = read.token;
        }
        // Not saved; the token comes from the file, else as for any profile
        // (BILLFORWARD_ACCESS_TOKEN, the keychain, a prompt).
        commandLine = ConnectionController::transientProfile(parsed);
    }

    MainWindow window(&connection);
    if (parser.isSet(subscription)) {
        const QString id = parser.value(subscription);
        QObject::connect(&connection, &ConnectionController::ready, &window,
                         [&window, id] { window.openSubscription(id); },
                         Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    if (useUrl) {
        if (!secret.isEmpty())
            window.tokenResolver()->setSessionToken(commandLine.id, commandLine.baseUrl, secret);
        window.connectProfile(commandLine);
    } else if (parser.isSet(demo)) {
        window.connectProfile(ConnectionProfile::demo());
    } else {
        // The saved current profile: Demo on first start.
        window.connectCurrentProfile();
    }
    window.show();

    if (parser.isSet(screenshots)) {
        auto *tour = new ScreenshotTour(&window, parser.value(screenshots), &window);
        QObject::connect(tour, &ScreenshotTour::finished, &app, &QApplication::exit);
        tour->start();
    }
    return app.exec();
}
