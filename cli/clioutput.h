#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

// How every command writes: bytes as they are, flushed at once (a script
// or a monitoring system may read while the command still runs); a message
// line on one line.
namespace CliOutput {

inline void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

inline void writeLine(FILE *stream, const QString &line)
{
    write(stream, (line.simplified() + QLatin1Char('\n')).toUtf8());
}

} // namespace CliOutput
