#pragma once

#include <QString>

// What the app accepts as a subscription ID before sending it anywhere:
// non-empty, at most 100 characters, no whitespace, slash or control
// characters (it becomes a URL path segment). The API cannot tell a valid
// ID from an unknown one, so that is all that can be checked here.
namespace SubscriptionId {

inline constexpr int MaxLength = 100;
bool isValid(const QString &trimmedId);

} // namespace SubscriptionId
