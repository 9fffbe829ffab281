#include "CurlCommand.h"

#include "CommandParts.h"

#include <QStringBuilder>
#include <QStringDecoder>

namespace Servery {

QString curlCommand(const RequestRecord &record, const QString &origin)
{
    const QByteArray method = record.method.isEmpty() ? QByteArrayLiteral("GET") : record.method;
    const QByteArrayView target = record.target;

    // A body goes out when one was recorded, and also when the request
    // framed an empty one: curl then sends Content-Length: 0 as the client did.
    // It is the body kept, in memory or in a spill file.
    const CommandBody body = commandBody(record);
    const bool sendsBody = body.sends;
    // The body may need bytes that no argument can hold (NUL) or that do not
    // survive a paste (CR): then printf writes it and curl reads stdin.
    const QString &bodyText = body.text;
    const bool bodyFromStdin = sendsBody && (bodyText.isNull() || !pastesVerbatim(bodyText));

    QStringList first; // the curl invocation's first line
    if (bodyFromStdin)
        first << QStringLiteral("printf") << printfFormat(body.bytes) << QStringLiteral("|");
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
        if (clientComputes(h.name))
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
    if (const QString note = truncationNote(body); !note.isEmpty())
        command += QStringLiteral("\n# ") + note;
    return command;
}

} // namespace Servery
