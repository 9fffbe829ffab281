#include "server/http/ContentDisposition.h"

#include "server/http/HttpGrammar.h"

namespace Servery {

QByteArray contentDisposition(const QString &fileName, bool attachment)
{
    // The quoted fallback: printable ASCII only, without the characters that
    // would end or escape the quoted string.
    QByteArray fallback;
    for (QChar c : fileName) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7f && u != '"' && u != '\\' && u != '%')
            fallback += char(u);
        else
            fallback += '_';
    }

    // RFC 8187 3.2.1: attr-char is ALPHA / DIGIT / "!#$&+-.^_`|~".
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray extended = "UTF-8''";
    for (char ch : fileName.toUtf8()) {
        const auto b = static_cast<unsigned char>(ch);
        const bool attrChar
            = Grammar::isAlpha(ch) || Grammar::isDigit(ch) || (b < 0x80 && QByteArrayView("!#$&+-.^_`|~").contains(ch));
        if (attrChar) {
            extended += ch;
        } else {
            extended += '%';
            extended += hex[b >> 4];
            extended += hex[b & 0xf];
        }
    }

    QByteArray out = attachment ? "attachment" : "inline";
    out += "; filename=\"";
    out += fallback;
    out += "\"; filename*=";
    out += extended;
    return out;
}

} // namespace Servery
