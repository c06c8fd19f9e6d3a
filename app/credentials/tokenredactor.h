#pragma once

#include <QByteArray>
#include <QString>

// Takes the access token out of text a server sent before it is shown or
// written anywhere: the token itself and any piece of it of MinPiece or more
// characters, in any case, plain or percent-encoded, becomes "[token]". A
// server that echoes a prefix, a lower-cased copy or a URL-encoded copy of
// the token leaks no usable part of it.
class TokenRedactor
{
public:
    static constexpr int MinPiece = 8;

    explicit TokenRedactor(const QByteArray &token);

    QString redact(const QString &text) const;
    bool isActive() const { return !m_token.isEmpty(); }

private:
    QString m_token; // lower case
    int m_minPiece = MinPiece;
};
