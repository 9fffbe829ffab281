#include "server/files/UrlPath.h"

#include "server/files/NativeName.h"
#include "server/http/HttpGrammar.h"

#include <QStringDecoder>

namespace Servery {

namespace {

UrlPath refuse(const char *why)
{
    UrlPath p;
    p.error = why;
    return p;
}

// Decodes %XX escapes. Returns false for a malformed escape.
bool percentDecode(QByteArrayView in, QByteArray *out)
{
    out->clear();
    out->reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c != '%') {
            out->append(c);
            continue;
        }
        if (i + 2 >= in.size())
            return false;
        const int hi = Grammar::hexValue(in[i + 1]);
        const int lo = Grammar::hexValue(in[i + 2]);
        if (hi < 0 || lo < 0)
            return false;
        out->append(char(hi * 16 + lo));
        i += 2;
    }
    return true;
}

} // namespace

bool UrlPath::hasHiddenSegment() const
{
    for (const QString &s : segments) {
        if (s.startsWith(u'.'))
            return true;
    }
    return false;
}

UrlPath decodeUrlPath(QByteArrayView encodedPath)
{
    if (!encodedPath.startsWith('/'))
        return refuse("path does not start with '/'");

    UrlPath result;
    result.trailingSlash = encodedPath.endsWith('/');

    QByteArray decoded;
    qsizetype start = 1;
    while (start <= encodedPath.size()) {
        qsizetype slash = encodedPath.indexOf('/', start);
        if (slash < 0)
            slash = encodedPath.size();
        const QByteArrayView raw = encodedPath.sliced(start, slash - start);
        start = slash + 1;

        if (!percentDecode(raw, &decoded))
            return refuse("malformed percent-encoding");
        if (decoded.contains('\0'))
            return refuse("NUL in path");
        // An encoded slash would turn one URL segment into two path segments
        // (and "..%2f" into a climb). A backslash, raw or encoded, is an
        // ordinary character in a Unix file name but a separator on Windows,
        // where a colon would also name a drive or a stream.
        if (decoded.contains('/'))
            return refuse("encoded slash in path");
#ifdef Q_OS_WIN
        if (decoded.contains('\\') || decoded.contains(':'))
            return refuse("backslash or colon in path");
#endif

#ifdef Q_OS_WIN
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString segment = utf8.decode(decoded);
        if (utf8.hasError())
            return refuse("path is not valid UTF-8");
#else
        // File names are bytes here, and not always UTF-8: decode without
        // losing any, so every file can be addressed (NativeName.h). An
        // overlong or otherwise invalid sequence stays the bytes it is and
        // can never read as '.' or '/'.
        const QString segment = decodeFileName(decoded);
#endif

        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (result.segments.isEmpty())
                return refuse("path climbs above the root");
            result.segments.removeLast();
            continue;
        }
        result.segments.append(segment);
    }
    result.ok = true;
    return result;
}

QByteArray encodeUrlPath(const QString &path)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = encodeFileName(path);
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved
            = Grammar::isAlpha(ch) || Grammar::isDigit(ch) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        }
    }
    return out;
}

} // namespace Servery
