#include "CommandParts.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace Servery {

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

// A printf(1) format that writes exactly `bytes`, single-quoted, with \ddd
// octal escapes (POSIX; dash has no \x). printf is a shell builtin, so the
// length is not bound by ARG_MAX.
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

// One shell word that expands to exactly `bytes` (which hold no NUL and do
// not end in a newline: header fields); a command substitution covers bytes
// that are not UTF-8 or would not survive a paste.
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

// The part of the target a URL keeps: the path and query of an origin-form
// target, or of an absolute-form one; empty for any other form.
QByteArrayView pathAndQuery(QByteArrayView target)
{
    if (isAbsoluteForm(target)) {
        qsizetype start = target.indexOf("//") + 2;
        while (start < target.size() && target[start] != '/' && target[start] != '?')
            ++start;
        return target.sliced(start);
    }
    if (target.startsWith('/'))
        return target;
    return {};
}

// True if the path has a "." or ".." segment, which URL parsers remove
// (RFC 3986 5.2.4).
bool hasDotSegments(QByteArrayView target)
{
    QByteArrayView path = pathAndQuery(target);
    qsizetype end = 0;
    while (end < path.size() && path[end] != '?' && path[end] != '#')
        ++end;
    path = path.first(end);
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

// Fields the client computes from what it sends (RFC 9112 6.1, 6.2, 9.6;
// RFC 9110 10.1.1), as curlCommand() leaves them out.
bool clientComputes(QByteArrayView name)
{
    return equalsIgnoringCase(name, "Content-Length") || equalsIgnoringCase(name, "Transfer-Encoding")
        || equalsIgnoringCase(name, "Connection") || equalsIgnoringCase(name, "Expect");
}

// How many of `bytes` remain once a UTF-8 sequence cut off at the end is
// dropped.
qsizetype wholeUtf8Length(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const auto c = static_cast<unsigned char>(bytes[size - back]);
        if ((c & 0xc0) == 0x80)
            continue; // a continuation byte: look further back for the lead
        const qsizetype length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
        return length > back ? size - back : size;
    }
    return size;
}

CommandBody commandBody(const RequestRecord &record)
{
    CommandBody body;
    const qint64 kept = record.requestBodyKept();
    body.total = std::max(record.requestBodySize, kept);
    // A request that framed an empty body is repeated with one, so the
    // client sends Content-Length: 0 as this one did.
    body.sends = kept > 0 || record.requestBodySize > 0 || record.requestHeaders.contains("Content-Length")
        || record.requestHeaders.contains("Transfer-Encoding");
    if (kept == 0)
        return body;
    QByteArray head = record.requestBodyBytes(0, std::min(kept, kCommandTextBodyBytes));
    if (head.size() < kept)
        head.truncate(wholeUtf8Length(head));
    body.text = strictUtf8(head);
    if (!body.text.isNull())
        body.bytes = std::move(head);
    else
        body.bytes = record.requestBodyBytes(0, std::min(kept, kCommandBinaryBodyBytes));
    return body;
}

QString truncationNote(const CommandBody &body)
{
    if (body.bytes.size() >= body.total)
        return {};
    return QCoreApplication::translate("Servery::CommandParts", "body truncated: %1 of %2 bytes included")
        .arg(body.bytes.size())
        .arg(body.total);
}

} // namespace Servery
