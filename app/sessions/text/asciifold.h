#pragma once

// ASCII's case fold: A-Z to a-z, every other code unit as it is. The
// filters' fast scan of the session-ID copy and their character-by-character
// test fold ASCII with this one rule, so both find the same rows.
constexpr char16_t foldedAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}
