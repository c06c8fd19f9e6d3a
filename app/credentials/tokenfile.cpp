#include "credentials/tokenfile.h"

#include <QFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

TokenFile::Result refused(const QString &message)
{
    TokenFile::Result result;
    result.error = message;
    return result;
}

} // namespace

TokenFile::Result TokenFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("Cannot read the token file %1: %2.").arg(path, file.errorString()));
#ifdef Q_OS_UNIX
    // The open file, not the name: it cannot be swapped between check and read.
    struct stat info {};
    if (::fstat(file.handle(), &info) != 0)
        return refused(tr("Cannot check the permissions of the token file %1.").arg(path));
    if (!S_ISREG(info.st_mode))
        return refused(tr("The token file %1 is not a regular file.").arg(path));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return refused(tr("The token file %1 can be read by other users: run chmod 600 %1, and replace the "
                          "token if others may have read it.")
                           .arg(path));
#endif
    const QByteArray bytes = file.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes)
        return refused(tr("The token file %1 is larger than %2 bytes: it must hold the access token alone, on one line.")
                           .arg(path)
                           .arg(MaxBytes));
    QByteArray token = bytes;
    if (token.endsWith('\n'))
        token.chop(1);
    if (token.endsWith('\r'))
        token.chop(1);
    while (token.startsWith(' '))
        token.remove(0, 1);
    while (token.endsWith(' '))
        token.chop(1);
    if (token.isEmpty())
        return refused(tr("The token file %1 is empty: put the access token in it, on one line.").arg(path));
    for (const char c : std::as_const(token)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '\n')
            return refused(tr("The token file %1 holds more than one line: it must hold the access token alone, on one line.")
                               .arg(path));
        if (byte < 0x20 || byte == 0x7f || byte == ' ')
            return refused(tr("The token file %1 holds a space or a control character: it must hold the access token alone, on one line.")
                               .arg(path));
    }
    TokenFile::Result result;
    result.token = token;
    return result;
}
