#include "RequestCommands.h"

#include "CommandParts.h"

#include <QCoreApplication>
#include <QStringBuilder>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace Servery {

namespace {

// Bytes a URL cannot hold literally (controls, space, '#', which would
// start a fragment, and everything past ASCII) as %XX; the rest unchanged,
// existing escapes included.
QByteArray percentEncodeUnsafe(QByteArrayView bytes)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size());
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b <= 0x20 || b >= 0x7f || b == '#') {
            out += '%';
            out += kHex[b >> 4];
            out += kHex[b & 15];
        } else {
            out += ch;
        }
    }
    return out;
}

// A note that the target could not be repeated, or an empty string.
QString targetNote(const RequestRecord &record)
{
    if (pathAndQuery(record.target).isEmpty() && !record.target.isEmpty()) {
        return QCoreApplication::translate("Servery::RequestCommands",
                                           "the request target was %1, which no URL can carry: this goes to \"/\"")
            .arg(QString::fromLatin1(percentEncodeUnsafe(record.target)));
    }
    return {};
}

// --- fetch()

// Fetch standard, "forbidden request-header": the browser keeps these to
// itself and drops them from a script's request.
bool fetchForbids(const HttpHeader &h)
{
    static constexpr const char *kNames[] = {
        "Accept-Charset",
        "Accept-Encoding",
        "Access-Control-Request-Headers",
        "Access-Control-Request-Method",
        "Connection",
        "Content-Length",
        "Cookie",
        "Cookie2",
        "Date",
        "DNT",
        "Expect",
        "Host",
        "Keep-Alive",
        "Origin",
        "Referer",
        "Set-Cookie",
        "TE",
        "Trailer",
        "Transfer-Encoding",
        "Upgrade",
        "Via",
    };
    for (const char *name : kNames) {
        if (equalsIgnoringCase(h.name, name))
            return true;
    }
    if (startsWithIgnoringCase(h.name, "Proxy-") || startsWithIgnoringCase(h.name, "Sec-"))
        return true;
    // The method overrides, but only when they name a forbidden method.
    if (equalsIgnoringCase(h.name, "X-HTTP-Method") || equalsIgnoringCase(h.name, "X-HTTP-Method-Override")
        || equalsIgnoringCase(h.name, "X-Method-Override")) {
        return listFieldContains(h.value, "CONNECT") || listFieldContains(h.value, "TRACE")
            || listFieldContains(h.value, "TRACK");
    }
    return false;
}

void appendUnicodeEscape(QString &out, char16_t u)
{
    out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
}

// A JavaScript string literal that is also a JSON string (what
// JSON.stringify writes), with C1 controls, DEL and the line separators
// escaped too so the snippet pastes and parses anywhere.
QString jsString(QStringView text, bool escapeNonAscii = false)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (u < 0x20 || (u >= 0x7f && (escapeNonAscii || u <= 0x9f)) || u == 0x2028 || u == 0x2029)
                appendUnicodeEscape(out, u);
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

// A string of one code unit per byte, those past ASCII as \u00XX: fetch()
// sends such a "byte string" (header names and values, the method) as
// exactly these bytes.
QString jsByteString(QByteArrayView bytes)
{
    return jsString(QString::fromLatin1(bytes.data(), bytes.size()), true);
}

QString uint8Array(QByteArrayView bytes)
{
    QString out = QStringLiteral("new Uint8Array([");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out += QLatin1String(i % 24 == 0 ? "\n    " : " ");
        out += QString::number(static_cast<unsigned char>(bytes[i]));
        if (i + 1 < bytes.size())
            out += u',';
    }
    out += QLatin1String(bytes.isEmpty() ? "])" : "\n  ])");
    return out;
}

// --- HTTPie

// HTTPie splits a request item at its first separator (':', ';', '=',
// '==', ':=', '@', ...), the longest where several start at one place, and
// reads a backslash before a separator character or a backslash as that
// character. A header name (a token) holds none of them, so the split falls
// after the name; what must be escaped is any backslash, and an '=' or '@'
// right after the ':' (else "X:=1" would be the ':=' JSON item).
QByteArray httpieHeaderItem(const HttpHeader &h)
{
    QByteArray out;
    const auto escape = [&out](QByteArrayView bytes, bool escapeSeparators) {
        for (const char c : bytes) {
            if (c == '\\' || (escapeSeparators && (c == ':' || c == ';' || c == '=' || c == '@')))
                out += '\\';
            out += c;
        }
    };
    escape(h.name, true);
    // "Name:" with nothing after it unsets a field in HTTPie; "Name;"
    // sends it empty.
    if (h.value.isEmpty()) {
        out += ';';
        return out;
    }
    out += ':';
    if (h.value.startsWith('=') || h.value.startsWith('@'))
        out += '\\';
    escape(h.value, false);
    return out;
}

bool lettersOnly(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
}

} // namespace

QByteArray repeatUrl(const RequestRecord &record, const QString &origin)
{
    QByteArray base = origin.toUtf8();
    while (base.endsWith('/'))
        base.chop(1);
    QByteArray rest = pathAndQuery(record.target).toByteArray();
    if (!rest.startsWith('/'))
        rest.prepend('/');
    return base + percentEncodeUnsafe(rest);
}

QString fetchCommand(const RequestRecord &record, const QString &origin)
{
    const QByteArray method = record.method.isEmpty() ? QByteArrayLiteral("GET") : record.method;
    const QByteArray upper = method.toUpper();
    const CommandBody body = commandBody(record);
    QStringList notes;

    // One entry per name: fetch() joins repeated fields with ", " anyway.
    QList<QByteArray> names;
    QList<QByteArray> leftOut;
    bool hasContentType = false;
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (fetchForbids(h)) {
            if (!std::any_of(leftOut.cbegin(), leftOut.cend(),
                             [&](const QByteArray &n) { return equalsIgnoringCase(n, h.name); }))
                leftOut << h.name;
            continue;
        }
        if (equalsIgnoringCase(h.name, "Content-Type"))
            hasContentType = true;
        if (!std::any_of(names.cbegin(), names.cend(),
                         [&](const QByteArray &n) { return equalsIgnoringCase(n, h.name); }))
            names << h.name;
    }

    QStringList props;
    props << QStringLiteral("method: ") + jsByteString(method);
    if (!names.isEmpty()) {
        QStringList fields;
        for (const QByteArray &name : names)
            fields << QStringLiteral("    ") + jsByteString(name) + QStringLiteral(": ")
                    + jsByteString(record.requestHeaders.combined(name));
        props << QStringLiteral("headers: {\n") + fields.join(QStringLiteral(",\n")) + QStringLiteral("\n  }");
    }
    const bool bodyless = upper == "GET" || upper == "HEAD"; // fetch() throws on a body for these
    if (!body.bytes.isEmpty() && bodyless) {
        notes << QCoreApplication::translate(
                     "Servery::RequestCommands",
                     "fetch() cannot send a body with %1: the %2 bytes of the request body are left out")
                     .arg(QString::fromLatin1(upper))
                     .arg(body.total);
    } else if (!body.bytes.isEmpty()) {
        QString value;
        if (body.text.isNull())
            value = uint8Array(body.bytes);
        else if (hasContentType)
            value = jsString(body.text);
        else // a string body would make fetch() add Content-Type: text/plain
            value = QStringLiteral("new TextEncoder().encode(") + jsString(body.text) + u')';
        props << QStringLiteral("body: ") + value;
    } else if (body.sends && !bodyless) {
        // An empty body still frames the request (Content-Length: 0); an
        // empty string would add a Content-Type.
        props << QStringLiteral("body: new Uint8Array(0)");
    }

    QString code;
    if (props.size() == 1 && upper == "GET")
        code = QStringLiteral("await fetch(") + jsByteString(repeatUrl(record, origin)) + QStringLiteral(");");
    else
        code = QStringLiteral("await fetch(") + jsByteString(repeatUrl(record, origin)) + QStringLiteral(", {\n  ")
            + props.join(QStringLiteral(",\n  ")) + QStringLiteral("\n});");

    if (upper == "CONNECT" || upper == "TRACE" || upper == "TRACK")
        notes << QCoreApplication::translate("Servery::RequestCommands",
                                             "fetch() refuses the method %1: this call throws a TypeError")
                     .arg(QString::fromLatin1(percentEncodeUnsafe(method)));
    if (!leftOut.isEmpty()) {
        QStringList list;
        for (const QByteArray &name : leftOut)
            list << QString::fromLatin1(percentEncodeUnsafe(name));
        notes << QCoreApplication::translate("Servery::RequestCommands", "left out, a browser sets them itself: %1")
                     .arg(list.join(QStringLiteral(", ")));
    }
    if (hasDotSegments(record.target))
        notes << QCoreApplication::translate("Servery::RequestCommands",
                                             "the URL parser removes the \".\" and \"..\" segments of this path");
    if (const QString note = targetNote(record); !note.isEmpty())
        notes << note;
    if (!bodyless || body.bytes.isEmpty()) {
        if (const QString note = truncationNote(body); !note.isEmpty())
            notes << note;
    }
    for (const QString &note : std::as_const(notes))
        code += QStringLiteral("\n// ") + note;
    return code;
}

QString httpieCommand(const RequestRecord &record, const QString &origin)
{
    const QByteArray method = record.method.isEmpty() ? QByteArrayLiteral("GET") : record.method;
    const CommandBody body = commandBody(record);
    QStringList notes;

    // An empty body needs nothing: for methods other than GET and HEAD the
    // client sends Content-Length: 0 by itself.
    const bool hasBody = !body.bytes.isEmpty();
    const bool bodyAsArgument
        = hasBody && !body.text.isNull() && pastesVerbatim(body.text) && body.bytes.size() <= kHttpieArgumentBodyBytes;

    QStringList first;
    if (hasBody && !bodyAsArgument)
        first << QStringLiteral("printf") << printfFormat(body.bytes) << QStringLiteral("|");
    first << QStringLiteral("http");
    if (hasDotSegments(record.target))
        first << QStringLiteral("--path-as-is");
    if (bodyAsArgument) {
        // argparse would take a value starting with '-' for an option.
        if (body.text.startsWith(u'-'))
            first << QStringLiteral("--raw=") + singleQuoted(body.text);
        else
            first << QStringLiteral("--raw") << singleQuoted(body.text);
    }
    // HTTPie reads a first argument of letters only as the method (and
    // requests writes it in capitals); anything else would be the URL.
    if (lettersOnly(method)) {
        first << QString::fromLatin1(method);
        if (method != method.toUpper())
            notes << QCoreApplication::translate("Servery::RequestCommands",
                                                 "HTTPie sends the method in capitals: the request said %1")
                         .arg(QString::fromLatin1(method));
    } else {
        first << shellWord(method);
        notes << QCoreApplication::translate("Servery::RequestCommands",
                                             "HTTPie takes only methods made of letters: this one will not go as %1")
                     .arg(QString::fromLatin1(percentEncodeUnsafe(method)));
    }
    first << singleQuoted(QString::fromLatin1(repeatUrl(record, origin)));

    QStringList lines;
    lines << first.join(u' ');
    for (const HttpHeader &h : record.requestHeaders.fields()) {
        if (clientComputes(h.name))
            continue;
        lines << shellWord(httpieHeaderItem(h));
    }
    // Fields HTTPie (or requests under it) would add that the request did
    // not have: Content-Type would claim JSON for the body.
    QList<QByteArrayView> unset = {"Accept", "Accept-Encoding", "User-Agent"};
    if (hasBody)
        unset << "Content-Type";
    for (const QByteArrayView name : unset) {
        if (!record.requestHeaders.contains(name))
            lines << singleQuoted(QString::fromLatin1(name.toByteArray() + ':'));
    }

    QString command = lines.join(QStringLiteral(" \\\n  "));
    if (const QString note = targetNote(record); !note.isEmpty())
        notes << note;
    if (const QString note = truncationNote(body); !note.isEmpty())
        notes << note;
    for (const QString &note : std::as_const(notes))
        command += QStringLiteral("\n# ") + note;
    return command;
}

} // namespace Servery
