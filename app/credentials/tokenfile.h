#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Reads --token-file for the app and the CLI alike: the token alone on one
// line (a final newline is allowed), no control characters, in a file that
// neither group nor others can read. Anything else is refused with a
// message that says what to fix; the token never appears in it.
class TokenFile
{
    Q_DECLARE_TR_FUNCTIONS(TokenFile)

public:
    struct Result
    {
        QByteArray token; // empty when refused
        QString error;    // translated, when refused
        bool ok() const { return error.isEmpty(); }
    };

    static Result read(const QString &path);
    // A token file is a line, not a document: anything larger is refused unread.
    static constexpr qint64 MaxBytes = 16 * 1024;
};
