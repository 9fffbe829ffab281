#include "CurlCommand.h"

#include <QStringBuilder>
#include <QStringDecoder>

namespace Servery {

namespace {

// Fields curl writes itself from what it sends; repeating the recorded ones
// would contradict the body curl actually sends (RFC 9112 6.1, 6.2, 9.6;
// RFC 9110 10.1.1).
bool curlComputes(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
        || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Expect");
}

// Decodes `bytes` as UTF-8, or returns a null string when they are not
// valid UTF-8.
QString strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {};
    if (text.isNull())
        text = QStringLiteral(""); // empty but not null: valid
    return text;
}

// Safe between single quotes and safe to paste into a terminal: a pasted CR
// turns into LF (ICRNL) and other control characters are editing keys, so
// only LF and TAB stay literal.
bool pastesVerbatim(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f))
            return false;
    }
    return true;
}

// POSIX single quotes: nothing inside is special except the quote itself,
// which ends the quoted part, is escaped, and starts a new one ('\'').
QString singleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'\'';
    for (const QChar c : text) {
        if (c == u'\'')
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

// A printf(1) format that writes exactly `bytes`, single-quoted. POSIX printf
// understands \ddd octal escapes in its format (not \x, which dash lacks),
// and printf is a shell builtin, so the length is not bound by ARG_MAX.
QString printfFormat(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() * 4 + 2);
    out += u'\'';
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b >= 0x20 && b < 0x7f && b != '\\' && b != '%' && b != '\'') {
            out += QChar(char16_t(b));
        } else {
            out += u'\\';
            out += QChar(char16_t(u'0' + ((b >> 6) & 7)));
            out += QChar(char16_t(u'0' + ((b >> 3) & 7)));
            out += QChar(char16_t(u'0' + (b & 7)));
        }
    }
    out += u'\'';
    return out;
}

// One shell word that expands to exactly `bytes`. Words that cannot hold
// NUL (argv is C strings) and never end in a newline here (header fields,
// targets), so a command substitution covers bytes that are not UTF-8.
QString shellWord(QByteArrayView bytes)
{
    const QString text = strictUtf8(bytes);
    if (!text.isNull() && pastesVerbatim(text))
        return singleQuoted(text);
    return QStringLiteral("\"$(printf ") + printfFormat(bytes) + QStringLiteral(")\"");
}

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && equalsIgnoringCase(text.first(prefix.size()), prefix);
}

bool isAbsoluteForm(QByteArrayView target)
{
    return startsWithIgnoringCase(target, "http://") || startsWithIgnoringCase(target, "https://");
}

// True if the path of `target` has a "." or ".." segment, which curl would
// remove (RFC 3986 5.2.4) unless told --path-as-is.
bool hasDotSegments(QByteArrayView target)
{
    if (isAbsoluteForm(target)) {
        const qsizetype scheme = target.indexOf("//") + 2;
        const qsizetype slash = target.indexOf('/', scheme);
        if (slash < 0)
            return false;
        target = target.sliced(slash);
    }
    const qsizetype end = [&] {
        qsizetype i = 0;
        while (i < target.size() && target[i] != '?' && target[i] != '#')
            ++i;
        return i;
    }();
    const QByteArrayView path = target.first(end);
    qsizetype segmentStart = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            const QByteArrayView segment = path.sliced(segmentStart, i - segmentStart);
            if (segment == "." || segment == "..")
                return true;
            segmentStart = i + 1;
        }
    }
    return false;
}

} // namespace

QString curlCommand(const RequestRecord &record, const QString &origin)
{
    const QByteArray method = record.method.isEmpty() ? QByteArrayLiteral("GET") : record.method;
    const QByteArrayView target = record.target;

    // A body goes out when one was recorded, and also when the request
    // framed an empty one: curl then sends Content-Length: 0 as the client did.
    const bool sendsBody = !record.requestBody.isEmpty() || record.requestBodySize > 0
        || record.requestHeaders.contains("Content-Length") || record.requestHeaders.contains("Transfer-Encoding");
    // The body may need bytes that no argument can hold (NUL) or that do not
    // survive a paste (CR): then printf writes it and curl reads stdin.
    const QString bodyText = strictUtf8(record.requestBody);
    const bool bodyFromStdin = sendsBody && (bodyText.isNull() || !pastesVerbatim(bodyText));

    QStringList first; // the curl invocation's first line
    if (bodyFromStdin)
        first << QStringLiteral("printf") << printfFormat(record.requestBody) << QStringLiteral("|");
    // -g: [] and {} in the URL are literal, not curl's globbing.
    first << QStringLiteral("curl") << QStringLiteral("-g");
    if (hasDotSegments(target))
        first << QStringLiteral("--path-as-is");
    if (record.httpVersion == "HTTP/1.0")
        first << QStringLiteral("--http1.0");

    // curl picks GET, or POST when it sends data. HEAD has its own option,
    // since -X HEAD makes curl wait for a response body that never comes;
    // curl refuses --head with data, so a HEAD with a body needs -X after all.
    if (method == "HEAD" && !sendsBody) {
        first << QStringLiteral("--head");
    } else if (!(method == "GET" && !sendsBody) && !(method == "POST" && sendsBody)) {
        first << QStringLiteral("-X") << shellWord(method);
    }

    QString url;
    QString requestTarget;
    if (isAbsoluteForm(target)) {
        // The request reached this server whatever host its target named;
        // repeating it goes here too, never to a host the client chose.
        const qsizetype authority = target.indexOf("//") + 2;
        qsizetype pathStart = authority;
        while (pathStart < target.size() && target[pathStart] != '/' && target[pathStart] != '?')
            ++pathStart;
        QString base = origin;
        while (base.endsWith(u'/'))
            base.chop(1);
        QByteArray rest = target.sliced(pathStart).toByteArray();
        if (!rest.startsWith('/'))
            rest.prepend('/');
        url = shellWord(QByteArray(base.toUtf8() + rest));
    } else {
        QString base = origin;
        while (base.endsWith(u'/'))
            base.chop(1);
        if (target.startsWith('/')) {
            url = shellWord(QByteArray(base.toUtf8() + record.target));
        } else {
            // "*" (OPTIONS, RFC 9112 3.2.4), authority-form, or no target at
            // all: no URL can carry it, so curl is told the target verbatim.
            url = singleQuoted(base + u'/');
            if (!target.isEmpty())
                requestTarget = shellWord(target);
        }
    }
    if (!requestTarget.isEmpty())
        first << QStringLiteral("--request-target") << requestTarget;
    first << url;

    QStringList lines;
    lines << first.join(u' ');
    bool hasContentType = false;
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (curlComputes(h.name))
            continue;
        if (equalsIgnoringCase(h.name, "Content-Type"))
            hasContentType = true;
        // "Name:" with nothing after it tells curl to drop the field;
        // "Name;" is how curl spells a field with an empty value.
        const QByteArray field = h.value.isEmpty() ? QByteArray(h.name + ';') : QByteArray(h.name + ": " + h.value);
        lines << QStringLiteral("-H ") + shellWord(field);
    }
    if (sendsBody) {
        // curl's data options would add a form Content-Type the client never sent.
        if (!hasContentType)
            lines << QStringLiteral("-H 'Content-Type:'");
        // --data-raw: a body starting with '@' is text, never "read this file".
        lines << (bodyFromStdin ? QStringLiteral("--data-binary @-")
                                : QStringLiteral("--data-raw ") + singleQuoted(bodyText));
    }

    QString command = lines.join(QStringLiteral(" \\\n  "));
    if (record.requestBodySize > record.requestBody.size()) {
        command += QStringLiteral("\n# body truncated: %1 of %2 bytes recorded")
                       .arg(record.requestBody.size())
                       .arg(record.requestBodySize);
    }
    return command;
}

} // namespace Servery
