#pragma once

#include "emulator/emulatoroptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Emulator {

// usage-session-emulator's command line, parsed and checked without side
// effects (no exit, no printing), so tests can drive it.
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(Emulator::CommandLine)

public:
    enum class Result { Run, Help, Version, Error };

    // arguments include the program name, as QCoreApplication::arguments().
    Result parse(const QStringList &arguments);

    const Options &options() const { return m_options; }
    QString errorText() const { return m_error; }
    QString helpText() const { return m_help; }
    static QString versionText();

    // The checks that do not depend on how the options were written, e.g. a
    // non-loopback address needs a token. Empty when fine.
    static QString validate(const Options &options);

private:
    Result fail(const QString &message);

    Options m_options;
    QString m_error;
    QString m_help;
};

} // namespace Emulator
