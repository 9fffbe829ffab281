#pragma once

// Character classes of the HTTP grammar (RFC 9110 5.5, 5.6.2), shared by the
// request parser and the chunked decoder.

#include <QByteArrayView>

#include <optional>

namespace Servery::Grammar {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1*DIGIT as a non-negative qint64: at most 18 digits, so it cannot
// overflow. Empty on anything else (Content-Length, range bounds, tus
// offsets all take this grammar).
constexpr std::optional<qint64> parseDigits(QByteArrayView s)
{
    if (s.isEmpty() || s.size() > 18)
        return std::nullopt;
    qint64 n = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n;
}

constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." /
//         "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
constexpr bool isTchar(char c)
{
    if (isAlpha(c) || isDigit(c))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

constexpr bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// field-value: visible ASCII, SP, HTAB and obs-text; never NUL, CR, LF or
// another control character.
constexpr bool isValidFieldValue(QByteArrayView v)
{
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

constexpr int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace Servery::Grammar
