#include "server/route/AccessGate.h"

#include "server/route/AccessKey.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QLoggingCategory>

namespace Servery {

Q_LOGGING_CATEGORY(lcGate, "servery.server.gate")

namespace {

bool allDigits(QByteArrayView v)
{
    for (const char c : v) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Four decimal parts of 0-255: the only IPv4 form browsers send (the WHATWG
// URL parser rewrites "127.1" or "0x7f.1" to it).
bool isDottedIPv4(QByteArrayView v)
{
    int parts = 0;
    qsizetype start = 0;
    while (start <= v.size()) {
        qsizetype end = v.indexOf('.', start);
        if (end < 0)
            end = v.size();
        const QByteArrayView part = v.sliced(start, end - start);
        if (part.isEmpty() || part.size() > 3 || !allDigits(part) || part.toInt() > 255)
            return false;
        ++parts;
        start = end + 1;
    }
    return parts == 4;
}

QByteArray normalizedName(QByteArrayView name)
{
    QByteArray n = name.toByteArray().toLower();
    if (n.endsWith('.')) // the absolute form of a DNS name is the same name
        n.chop(1);
    return n;
}

// The `key` parameters of a query (application/x-www-form-urlencoded
// pairs) and what is left without them, byte for byte.
struct QueryKey {
    bool present = false;
    QByteArrayList values; // percent-decoded
    QByteArray rest;
};

QueryKey splitKey(const QByteArray &query)
{
    QueryKey out;
    if (query.isEmpty())
        return out;
    QByteArrayList kept;
    for (const QByteArray &part : query.split('&')) {
        const qsizetype eq = part.indexOf('=');
        const QByteArrayView name = eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq);
        if (name == "key") {
            out.present = true;
            out.values.append(eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(part.sliced(eq + 1)));
        } else {
            kept.append(part);
        }
    }
    if (out.present)
        out.rest = kept.join('&');
    return out;
}

// The values of every cookie called `name` (RFC 6265 5.4: "a=b; c=d"; a
// client may split them over several Cookie fields).
QByteArrayList cookieValues(const HttpHeaders &headers, QByteArrayView name)
{
    QByteArrayList out;
    for (const QByteArray &field : headers.values("cookie")) {
        for (const QByteArray &pair : field.split(';')) {
            const QByteArray p = pair.trimmed();
            const qsizetype eq = p.indexOf('=');
            if (eq <= 0 || QByteArrayView(p).first(eq).trimmed() != name)
                continue;
            QByteArray value = p.sliced(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.sliced(1, value.size() - 2);
            out.append(value);
        }
    }
    return out;
}

// Pages for people: small, readable on a phone, no scripts, nothing loaded.
HttpResponse page(int status, const QByteArray &title, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    r.headers.append(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    r.headers.append(QByteArrayLiteral("Content-Security-Policy"),
                     QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                                       "base-uri 'none'; form-action 'none'"));
    r.setBody("<!DOCTYPE html>\n<html lang=\"en\">\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
              + title
              + "</title>\n<style>body{font:18px/1.5 system-ui,sans-serif;max-width:32em;margin:0 auto;"
                "padding:2em 1.2em;color:#222;background:#fff}h1{font-size:1.4em;line-height:1.25}"
                "code{font-size:.95em;background:#eee;padding:.1em .3em;border-radius:3px}"
                "@media(prefers-color-scheme:dark){body{color:#eee;background:#111}code{background:#333}}"
                "</style>\n"
              + body + "\n</html>\n");
    r.handler = QStringLiteral("access gate");
    return r;
}

} // namespace

AccessGate::AccessGate(const ServerConfig &config)
    : m_key(config.accessKey)
{
    // gethostname(): no DNS is involved.
    const QByteArray machine = normalizedName(QHostInfo::localHostName().toUtf8());
    if (!machine.isEmpty()) {
        m_names << machine << machine + ".local";
        // A fully qualified host name: mDNS and the LAN's search domain know
        // the machine by its first label.
        const qsizetype dot = machine.indexOf('.');
        if (dot > 0)
            m_names << machine.first(dot) << machine.first(dot) + ".local";
    }
    for (const QString &allowed : config.allowedHosts)
        m_names << normalizedName(allowed.toUtf8());
}

AccessGate::Host AccessGate::parseHost(QByteArrayView host)
{
    Host h;
    if (host.startsWith('[')) {
        // RFC 3986 3.2.2: IP-literal = "[" IPv6address "]"; a zone is
        // "%25" + its name (RFC 6874).
        const qsizetype close = host.indexOf(']');
        const QByteArrayView after = close < 0 ? QByteArrayView() : host.sliced(close + 1);
        if (close < 0 || (!after.isEmpty() && !after.startsWith(':'))) {
            h.valid = false;
            return h;
        }
        h.name = host.sliced(1, close - 1).toByteArray().toLower();
        h.port = after.isEmpty() ? QByteArray() : after.sliced(1).toByteArray();
        QByteArray address = h.name;
        address.replace("%25", "%");
        const QHostAddress parsed(QString::fromLatin1(address));
        h.ipLiteral = parsed.protocol() == QAbstractSocket::IPv6Protocol;
        h.valid = h.ipLiteral;
    } else if (host.count(':') > 1) {
        // An IPv6 address without its brackets: not a name DNS could point
        // anywhere, but not a valid host either.
        h.valid = false;
        return h;
    } else {
        const qsizetype colon = host.indexOf(':');
        h.name = normalizedName(colon < 0 ? host : host.first(colon));
        h.port = colon < 0 ? QByteArray() : host.sliced(colon + 1).toByteArray();
        h.ipLiteral = isDottedIPv4(h.name);
        if (h.name.isEmpty() && colon >= 0)
            h.valid = false;
    }
    if (!allDigits(h.port))
        h.valid = false;
    return h;
}

QByteArray AccessGate::cookieName(const Host &host)
{
    return "servery_key_" + (host.port.isEmpty() ? QByteArray("80") : host.port);
}

QByteArray AccessGate::locationWithoutKey(const HttpRequest &request)
{
    QByteArray location;
    location.reserve(request.path.size() + request.query.size() + 3);
    // "//other.example/..." would be read as another host, and browsers
    // read a backslash in a path as a slash. "/." keeps the path the same
    // once resolved (RFC 3986 5.2.4); on this server "\" and "%5C" name the
    // same file.
    if (request.path.startsWith("//") || request.path.startsWith("/\\"))
        location += "/.";
    for (const char c : request.path) {
        if (c == '\\')
            location += "%5C";
        else
            location += c;
    }
    const QByteArray rest = splitKey(request.query).rest;
    if (!rest.isEmpty())
        location += '?' + rest;
    return location;
}

QString AccessGate::urlWithKey(const QString &url, QByteArrayView key)
{
    if (key.isEmpty())
        return url;
    // Keys are URL-safe (isValidAccessKey), so they go in as they are.
    return url + (url.contains(u'?') ? u'&' : u'?') + QStringLiteral("key=") + QString::fromLatin1(key);
}

bool AccessGate::namesThisMachine(const Host &host) const
{
    // No host at all (HTTP/1.0 may leave it out), or an empty one: browsers
    // always send the name they resolved, so neither is a rebinding.
    if (host.name.isEmpty() || host.ipLiteral)
        return true;
    if (host.name == "localhost" || host.name.endsWith(".localhost"))
        return true;
    return m_names.contains(host.name);
}

HttpResponse AccessGate::unknownHost(const QByteArray &name) const
{
    const QByteArray escaped = QString::fromUtf8(name).toHtmlEscaped().toUtf8();
    return page(403, "Unknown host name",
                "<h1>Servery doesn\xe2\x80\x99t answer to \xe2\x80\x9c" + escaped
                    + "\xe2\x80\x9d</h1>\n<p>It answers only to this computer\xe2\x80\x99s own names and addresses, "
                      "so that other web sites cannot reach the shared folder through a name of theirs.</p>\n"
                      "<p>If <b>"
                    + escaped + "</b> is a name of this computer, start Servery with <code>--allow-host " + escaped
                    + "</code>.</p>");
}

HttpResponse AccessGate::keyRequired() const
{
    HttpResponse r = page(401, "Scan the QR code to open this folder",
                          "<h1>Scan the QR code to open this folder</h1>\n"
                          "<p>This shared folder is private. On the computer that shares it, Servery shows a QR "
                          "code: scan it with this device\xe2\x80\x99s camera, and the folder opens.</p>\n"
                          "<p>Scanned it before? Servery makes a new code each time sharing starts, so scan the one "
                          "on the screen now.</p>");
    // RFC 9110 15.5.2: a 401 carries a challenge. Browsers show the page for
    // a scheme they don't know instead of asking for a password.
    r.headers.append(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Servery-Key realm=\"Servery\""));
    return r;
}

Decision AccessGate::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    const Host host = parseHost(request.host);
    if (!host.valid) {
        // RFC 9112 3.2: an invalid Host is 400.
        qCDebug(lcGate) << "malformed host" << request.host;
        return Decision::respond(HttpResponse::error(400, QStringLiteral("access gate")));
    }
    if (!namesThisMachine(host)) {
        qCDebug(lcGate) << "refused host" << host.name << "from" << context.clientAddress;
        return Decision::respond(unknownHost(host.name));
    }

    // This computer needs no key: over loopback, or over one of its own
    // addresses (a TCP peer with the address it connected to is this
    // machine; that cannot be forged over TCP).
    if (m_key.isEmpty() || context.isLoopback() || context.clientAddress == context.localAddress)
        return Decision::pass();

    const QueryKey inQuery = splitKey(request.query);
    if (inQuery.present) {
        bool right = false;
        for (const QByteArray &value : inQuery.values)
            right = constantTimeEquals(value, m_key) || right;
        if (!right) {
            qCDebug(lcGate) << "wrong key from" << context.clientAddress;
            return Decision::respond(keyRequired());
        }
        // A script that names the key (curl -T file '...?key=K') is let
        // through; only a browser's GET or HEAD is sent to the clean URL.
        if (request.method != "GET" && request.method != "HEAD")
            return Decision::pass();
        // RFC 9110 15.4.4: 303 sends the browser to the clean URL with GET,
        // so the key doesn't stay in the address bar, history or bookmarks.
        HttpResponse r;
        r.status = 303;
        r.headers.append(QByteArrayLiteral("Location"), locationWithoutKey(request));
        // A session cookie (no Max-Age): HttpOnly keeps it from scripts,
        // SameSite=Lax from other sites' requests.
        r.headers.append(QByteArrayLiteral("Set-Cookie"),
                         cookieName(host) + '=' + m_key + "; Path=/; HttpOnly; SameSite=Lax");
        r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        r.headers.append(QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
        r.handler = QStringLiteral("access gate");
        return Decision::respond(std::move(r));
    }

    bool right = false;
    for (const QByteArray &value : cookieValues(request.headers, cookieName(host)))
        right = constantTimeEquals(value, m_key) || right;
    if (right)
        return Decision::pass();
    return Decision::respond(keyRequired());
}

} // namespace Servery
