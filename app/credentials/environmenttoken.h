#pragma once

#include <QByteArray>
#include <QUrl>

// BILLFORWARD_ACCESS_TOKEN belongs to the server the environment names: the
// origin of BILLFORWARD_BASE_URL, or, when that is unset, the connection the
// command line named (--base-url). One rule for the app and the CLI, so a
// sandbox token is never offered to production because both are set up.
namespace EnvironmentToken {

inline const char *tokenVariable() { return "BILLFORWARD_ACCESS_TOKEN"; }
inline const char *baseUrlVariable() { return "BILLFORWARD_BASE_URL"; }

// `namedOnCommandLine`: the connection is the one --base-url (or, in the
// app, BILLFORWARD_BASE_URL) named at start, not a saved profile.
bool appliesTo(const QUrl &server, bool namedOnCommandLine);
// The token, or empty when it is unset or belongs to another server.
QByteArray forServer(const QUrl &server, bool namedOnCommandLine);
// BILLFORWARD_BASE_URL as the programs read it (empty URL when unset).
QUrl environmentBaseUrl();

} // namespace EnvironmentToken
