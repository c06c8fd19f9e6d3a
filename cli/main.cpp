#include "cli/cliapp.h"

#include "credentials/processhardening.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char *argv[])
{
    ProcessHardening::makeNonDumpable(); // before any token is read: no core dump holds one
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("usage-session-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(USA_VERSION));
    // Help and messages in the user's language; what scripts read (option
    // names, CSV and JSON) is the same in every language.
    TranslationLoader translations;
    translations.install(QLocale::system());

    BillForward::CliApp cli(QCoreApplication::arguments());
    QObject::connect(&cli, &BillForward::CliApp::done, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, &cli, &BillForward::CliApp::run);
    return QCoreApplication::exec();
}
