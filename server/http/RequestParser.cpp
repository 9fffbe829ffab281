#include "server/http/RequestParser.h"

#include "server/http/HttpGrammar.h"
#include "server/http/limits.h"

#include <cstring>

namespace Servery {

namespace {

using Grammar::isDigit;
using Grammar::isToken;
using Grammar::isValidFieldValue;

// A Host value: reg-name, IPv4 or IP-literal, with an optional port
// (RFC 3986 3.2.2). Anything else (spaces, '/', '@', controls) is refused.
bool isValidHost(QByteArrayView v)
{
    for (char ch : v) {
        const auto c = static_cast<unsigned char>(ch);
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(ch)
            || std::strchr("-._~!$&'()*+,;=:[]%", ch) != nullptr;
        if (!ok || c == 0)
            return false;
    }
    return true;
}

// OWS is SP and HTAB only (RFC 9110 5.6.3); other whitespace stays, to be
// refused as a control character.
QByteArrayView trimOws(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

ParseResult fail(int status, const char *why, HttpRequest partial = {})
{
    ParseResult r;
    r.kind = ParseResult::Kind::Error;
    r.status = status;
    r.error = why;
    r.request = std::move(partial);
    return r;
}

// One line of the head without its terminator (CRLF or a bare LF).
QByteArrayView stripCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

bool containsCr(QByteArrayView line)
{
    return line.contains('\r');
}

// Splits the request target into path and query (origin-form, RFC 9112 3.2.1)
// or handles the absolute, authority and asterisk forms.
bool splitTarget(HttpRequest &req, QByteArray *error)
{
    const QByteArray &t = req.target;
    QByteArrayView rest;

    if (t.startsWith('/')) {
        rest = t;
    } else if (t == "*") {
        // RFC 9112 3.2.4: asterisk-form only for a server-wide OPTIONS.
        if (req.method != "OPTIONS") {
            *error = "asterisk-form target without OPTIONS";
            return false;
        }
        req.path = "*";
        return true;
    } else if (req.method == "CONNECT") {
        // RFC 9112 3.2.3: authority-form; we do not tunnel, the handler says so.
        if (t.contains('/') || !isValidHost(t)) {
            *error = "malformed CONNECT target";
            return false;
        }
        req.host = t;
        req.path = "/";
        return true;
    } else {
        // RFC 9112 3.2.2: absolute-form. Its authority replaces Host.
        const qsizetype schemeEnd = t.indexOf("://");
        if (schemeEnd <= 0) {
            *error = "malformed request target";
            return false;
        }
        const QByteArray scheme = t.left(schemeEnd).toLower();
        if (scheme != "http" && scheme != "https") {
            *error = "unsupported scheme in request target";
            return false;
        }
        const qsizetype authStart = schemeEnd + 3;
        qsizetype authEnd = authStart;
        while (authEnd < t.size() && t[authEnd] != '/' && t[authEnd] != '?')
            ++authEnd;
        const QByteArrayView authority = QByteArrayView(t).sliced(authStart, authEnd - authStart);
        if (authority.isEmpty() || authority.contains('@') || !isValidHost(authority)) {
            *error = "malformed authority in request target";
            return false;
        }
        req.host = authority.toByteArray();
        rest = QByteArrayView(t).sliced(authEnd);
    }

    const qsizetype q = rest.indexOf('?');
    if (q < 0) {
        req.path = rest.isEmpty() ? QByteArray("/") : rest.toByteArray();
    } else {
        req.path = q == 0 ? QByteArray("/") : rest.first(q).toByteArray();
        req.query = rest.sliced(q + 1).toByteArray();
        if (req.query.isNull())
            req.query = QByteArray("");
    }
    return true;
}

// Parses "METHOD SP target SP HTTP/x.y" (RFC 9112 3). Single spaces only.
ParseResult parseRequestLine(QByteArrayView line, HttpRequest &req)
{
    if (containsCr(line))
        return fail(400, "bare CR in request line");

    const qsizetype sp1 = line.indexOf(' ');
    if (sp1 <= 0)
        return fail(400, "malformed request line");
    req.method = line.first(sp1).toByteArray();
    if (!isToken(req.method) || req.method.size() > Limits::kMaxMethodLength) {
        req.method.clear();
        return fail(400, "invalid method");
    }

    const qsizetype sp2 = line.lastIndexOf(' ');
    if (sp2 == sp1)
        return fail(400, "missing HTTP version", req);
    const QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    if (target.isEmpty())
        return fail(400, "empty request target", req);
    for (char ch : target) {
        const auto c = static_cast<unsigned char>(ch);
        // Controls, space (a doubled separator lands here too) and DEL; a
        // fragment never belongs in a request (RFC 9112 3.2).
        if (c <= 0x20 || c == 0x7f)
            return fail(400, "control character or space in request target", req);
        if (c == '#')
            return fail(400, "fragment in request target", req);
    }
    req.target = target.toByteArray();

    // Kept as sent, so the log shows what the client asked for even when it
    // is refused (bounded: it is only for people to read).
    req.versionText = version.first(std::min<qsizetype>(version.size(), 16)).toByteArray();
    // HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 2.3)
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7])) {
        return fail(400, "malformed HTTP version", req);
    }
    if (version[5] != '1' || (version[7] != '0' && version[7] != '1'))
        return fail(505, "unsupported HTTP version", req);
    req.versionMinor = version[7] - '0';
    return {};
}

struct FramingFields {
    int contentLengthCount = 0;
    QByteArrayView contentLength;
    bool hasTransferEncoding = false;
    QByteArray transferEncoding;
    int hostCount = 0;
    QByteArrayView host;
};

// RFC 9112 6.1 and 6.3: decide how the body is framed, refusing any
// combination that two implementations could read differently.
ParseResult decideFraming(HttpRequest &req, const FramingFields &f)
{
    if (f.hasTransferEncoding) {
        if (f.contentLengthCount > 0)
            return fail(400, "Content-Length together with Transfer-Encoding", req);
        if (req.versionMinor == 0)
            return fail(400, "Transfer-Encoding in an HTTP/1.0 request", req);
        const QList<QByteArray> codings = splitListField(f.transferEncoding);
        if (codings.isEmpty())
            return fail(400, "empty Transfer-Encoding", req);
        // RFC 9112 6.1: a coding we do not implement is 501 (chunked is the
        // only one we do, so this also covers "chunked, gzip", which RFC 9112
        // 6.3 would answer with 400; the connection closes either way).
        int chunked = 0;
        for (const QByteArray &coding : codings) {
            // Parameters (";q=...") are not allowed on chunked and we know no
            // other coding, so anything but the bare token is unsupported.
            if (equalsIgnoringCase(coding, "chunked"))
                ++chunked;
            else
                return fail(501, "unsupported transfer coding", req);
        }
        // RFC 9112 6.3: chunked exactly once, and last.
        if (chunked != 1)
            return fail(400, "chunked applied more than once", req);
        req.framing = BodyFraming::Chunked;
        return {};
    }

    if (f.contentLengthCount > 1)
        return fail(400, "duplicate Content-Length", req);
    if (f.contentLengthCount == 1) {
        const std::optional<qint64> n = Grammar::parseDigits(f.contentLength);
        if (!n)
            return fail(400, "invalid Content-Length", req);
        req.contentLength = *n;
        req.framing = *n > 0 ? BodyFraming::ContentLength : BodyFraming::None;
    }
    return {};
}

// Whether `part`, the start of a request line whose end has not arrived,
// can still become one: METHOD SP target SP "HTTP/" DIGIT "." DIGIT [CR].
// Returns why not, or nullptr. Bytes that can never start a request (a TLS
// handshake from a browser sent to https://, binary noise) are refused as
// soon as they arrive, not after the head deadline. Every prefix of a line
// this refuses is either refused here too or still fine, and every line it
// refuses parseRequestLine() refuses with 400 as well, so the answer does
// not depend on how the bytes were split.
const char *impossibleRequestLine(QByteArrayView part)
{
    if (!part.isEmpty() && static_cast<unsigned char>(part.front()) == 0x16)
        return "a TLS handshake: the client used https:// for this http:// address";
    enum class Stage { Method, Target, Version } stage = Stage::Method;
    qsizetype stageStart = 0;
    static constexpr QByteArrayView httpSlash = "HTTP/";
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char ch = part[i];
        const auto c = static_cast<unsigned char>(ch);
        switch (stage) {
        case Stage::Method:
            if (ch == ' ' && i > 0) {
                stage = Stage::Target;
                stageStart = i + 1;
            } else if (!isToken(QByteArrayView(&ch, 1)) || i >= Limits::kMaxMethodLength) {
                return "not an HTTP request";
            }
            break;
        case Stage::Target:
            if (ch == ' ' && i > stageStart) {
                stage = Stage::Version;
                stageStart = i + 1;
            } else if (c <= 0x20 || c == 0x7f || c == '#') {
                return "malformed request target";
            }
            break;
        case Stage::Version: {
            const qsizetype k = i - stageStart; // position in "HTTP/x.y\r"
            const bool ok = k < 5  ? ch == httpSlash[k]
                : k == 5 || k == 7 ? isDigit(ch)
                : k == 6           ? ch == '.'
                : k == 8           ? ch == '\r'
                                   : false;
            if (!ok)
                return "malformed HTTP version";
            break;
        }
        }
    }
    return nullptr;
}

} // namespace

ParseResult parseRequestHead(QByteArrayView input, qsizetype alreadyScanned)
{
    const qsizetype size = input.size();
    const char *data = input.data();

    // RFC 9112 2.2: ignore a few empty lines before the request line.
    qsizetype start = 0;
    for (int empties = 0;; ++empties) {
        if (start < size && data[start] == '\r') {
            if (start + 1 >= size)
                return {};
            if (data[start + 1] != '\n')
                return fail(400, "bare CR before request line");
            start += 2;
        } else if (start < size && data[start] == '\n') {
            start += 1;
        } else {
            break;
        }
        if (empties >= Limits::kMaxLeadingEmptyLines)
            return fail(400, "too many empty lines before request line");
    }
    if (start >= size)
        return {};

    // Find the end of the request line, bounded so a never-ending line is
    // refused as soon as it passes the limit. The limit is on the line's
    // content; a CR before the LF does not count.
    const qsizetype lineSearch = std::min(size - start, Limits::kMaxRequestLine + 2);
    const void *lf = std::memchr(data + start, '\n', size_t(lineSearch));
    if (!lf) {
        if (const char *why = impossibleRequestLine(input.sliced(start, lineSearch)))
            return fail(400, why);
        if (size - start > Limits::kMaxRequestLine + 1)
            return fail(414, "request line too long");
        return {};
    }
    const qsizetype lineEnd = static_cast<const char *>(lf) - data; // index of LF
    const QByteArrayView requestLine = stripCr(input.sliced(start, lineEnd - start));
    if (requestLine.size() > Limits::kMaxRequestLine)
        return fail(414, "request line too long");

    // The request line is parsed as soon as it is complete, so a line that
    // is not HTTP is refused without waiting for the rest of the head.
    HttpRequest lineRequest;
    {
        ParseResult lineResult = parseRequestLine(requestLine, lineRequest);
        if (lineResult.isError()) {
            lineResult.request = std::move(lineRequest);
            return lineResult;
        }
    }
    // Errors found after the request line report what it said.
    auto failAfterLine = [&](int status, const char *why) {
        return fail(status, why, std::move(lineRequest));
    };

    // Find the empty line that ends the head: "\n\n" or "\n\r\n". Resume
    // where the previous call stopped, backing up over a split terminator.
    const qsizetype fieldsStart = lineEnd + 1;
    qsizetype scan = std::max(fieldsStart - 1, alreadyScanned - 2);
    qsizetype headEnd = -1; // one past the final LF
    qsizetype fieldsEnd = -1; // where the final empty line starts
    while (scan < size) {
        const void *p = std::memchr(data + scan, '\n', size_t(size - scan));
        if (!p)
            break;
        const qsizetype i = static_cast<const char *>(p) - data;
        if (i + 1 >= size)
            break;
        if (data[i + 1] == '\n') {
            headEnd = i + 2;
            fieldsEnd = i + 1;
            break;
        }
        if (data[i + 1] == '\r') {
            if (i + 2 >= size)
                break;
            if (data[i + 2] == '\n') {
                headEnd = i + 3;
                fieldsEnd = i + 1;
                break;
            }
        }
        scan = i + 1;
    }

    // The limit is on the field lines; while incomplete, allow one more byte
    // for the CR of the final empty line.
    if (headEnd < 0) {
        if (size - fieldsStart > Limits::kMaxHeaderBlock + 1)
            return failAfterLine(431, "header section too large");
        return {};
    }
    if (fieldsEnd - fieldsStart > Limits::kMaxHeaderBlock)
        return failAfterLine(431, "header section too large");

    ParseResult result;
    HttpRequest &req = result.request;
    req = std::move(lineRequest);

    FramingFields framing;
    QByteArray connection;
    QByteArray expect;
    bool hasExpect = false;

    // Header fields (RFC 9112 5), one per line, up to the empty line.
    qsizetype pos = fieldsStart;
    int fieldCount = 0;
    while (pos < fieldsEnd) {
        const qsizetype eol = input.indexOf('\n', pos);
        const QByteArrayView rawLine = input.sliced(pos, eol - pos);
        pos = eol + 1;
        const QByteArrayView line = stripCr(rawLine);
        if (containsCr(line))
            return fail(400, "bare CR in header field", std::move(req));
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "obsolete line folding", std::move(req));
        if (++fieldCount > Limits::kMaxHeaderFields)
            return fail(431, "too many header fields", std::move(req));

        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail(400, "header field without a colon", std::move(req));
        const QByteArrayView name = line.first(colon);
        if (name.endsWith(' ') || name.endsWith('\t'))
            return fail(400, "whitespace before colon in header field", std::move(req));
        if (!isToken(name))
            return fail(400, "invalid header field name", std::move(req));
        const QByteArrayView value = trimOws(line.sliced(colon + 1));
        if (!isValidFieldValue(value))
            return fail(400, "control character in header field value", std::move(req));

        req.headers.append(name.toByteArray(), value.toByteArray());
        const QByteArrayView storedValue = req.headers.fields().constLast().value;

        if (equalsIgnoringCase(name, "host")) {
            ++framing.hostCount;
            framing.host = storedValue;
        } else if (equalsIgnoringCase(name, "content-length")) {
            ++framing.contentLengthCount;
            framing.contentLength = storedValue;
        } else if (equalsIgnoringCase(name, "transfer-encoding")) {
            if (framing.hasTransferEncoding)
                framing.transferEncoding += ", ";
            framing.transferEncoding += storedValue;
            framing.hasTransferEncoding = true;
        } else if (equalsIgnoringCase(name, "connection")) {
            if (!connection.isEmpty())
                connection += ", ";
            connection += storedValue;
        } else if (equalsIgnoringCase(name, "expect")) {
            if (hasExpect)
                expect += ", ";
            expect += storedValue;
            hasExpect = true;
        }
    }

    // RFC 9112 3.2: an HTTP/1.1 request needs exactly one Host line, and no
    // request may carry several (differing ones are an attack on proxies).
    if (framing.hostCount > 1)
        return fail(400, "more than one Host header field", std::move(req));
    if (framing.hostCount == 0 && req.versionMinor == 1)
        return fail(400, "missing Host header field", std::move(req));
    if (framing.hostCount > 0 && !isValidHost(framing.host))
        return fail(400, "invalid Host header field", std::move(req));
    req.host = framing.host.toByteArray();

    {
        QByteArray targetError;
        if (!splitTarget(req, &targetError))
            return fail(400, targetError.constData(), std::move(req));
    }

    {
        ParseResult framingResult = decideFraming(req, framing);
        if (framingResult.isError()) {
            framingResult.request = std::move(req);
            return framingResult;
        }
    }

    // RFC 9110 10.1.1: 100-continue is the only expectation; HTTP/1.0
    // clients cannot use it, so it is ignored there.
    if (hasExpect && req.versionMinor == 1) {
        if (!equalsIgnoringCase(expect, "100-continue"))
            return fail(417, "unsupported expectation", std::move(req));
        req.expectContinue = req.hasBody();
    }

    // RFC 9112 9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with
    // "keep-alive".
    if (req.versionMinor == 1)
        req.keepAlive = !listFieldContains(connection, "close");
    else
        req.keepAlive = listFieldContains(connection, "keep-alive") && !listFieldContains(connection, "close");

    result.kind = ParseResult::Kind::Complete;
    result.consumed = headEnd;
    return result;
}

} // namespace Servery
