#pragma once

#include <QString>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace BillForward {

// Hands out one shared QString per distinct UTF-8 value, so that the values
// a page repeats thousands of times (subscription, organization, unit...)
// are stored once. Keys are views into strings the pool owns: a lookup
// costs a hash of the bytes and no allocation.
class StringPool final
{
public:
    QString intern(std::string_view utf8);
    void clear();
    std::size_t size() const { return m_strings.size(); }

private:
    std::unordered_map<std::string_view, QString> m_strings;
    std::deque<std::string> m_storage; // deque: elements never move
};

// QString::fromUtf8 with a shortcut for ASCII, which is nearly every value
// on the wire.
QString qStringFromUtf8(std::string_view utf8);

} // namespace BillForward
