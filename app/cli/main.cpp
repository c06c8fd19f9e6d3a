#include "cli/cliapp.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usage-session-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USA_VERSION));

    BillForward::CliApp cli(QCoreApplication::arguments());
    QObject::connect(&cli, &BillForward::CliApp::done, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, &BillForward::CliApp::run);
    return QCoreApplication::exec();
}
