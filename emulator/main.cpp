#include "emulator/commandline.h"
#include "emulator/emulatorserver.h"
#include "process/signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usage-session-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USA_VERSION));

    Emulator::CommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case Emulator::CommandLine::Result::Help:
        std::fputs(qPrintable(commandLine.helpText()), stdout);
        return 0;
    case Emulator::CommandLine::Result::Version:
        std::printf("%s\n", qPrintable(Emulator::CommandLine::versionText()));
        return 0;
    case Emulator::CommandLine::Result::Error:
        std::fprintf(stderr, "usage-session-emulator: %s\n", qPrintable(commandLine.errorText()));
        return 2;
    case Emulator::CommandLine::Result::Run:
        break;
    }

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app,
                     [] { QCoreApplication::quit(); });

    Emulator::EmulatorServer server(commandLine.options());
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "usage-session-emulator: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec(); // the server, then its SQLite connection, close on the way out
}
