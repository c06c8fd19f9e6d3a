#pragma once

#include <QString>
#include <QUrl>

// A token belongs to an origin: scheme, host and port (the port a scheme
// implies counts as given). Host names compare without case and without a
// trailing dot, so "API.example.com." is the origin of "api.example.com".
namespace ServerOrigin {

bool same(const QUrl &a, const QUrl &b);
// The host in lower case without trailing dots: "API.example.com." is "api.example.com".
QString normalisedHost(const QUrl &url);
// "https://api.example.com:443": the canonical text, as recorded with a stored token.
QString of(const QUrl &url);

} // namespace ServerOrigin
