// Table tests of parseRequestHead() (RFC 9112 2-7, RFC 9110 10.1.1).
//
// Every proper prefix of a valid head must be Incomplete, whether the parser
// starts from byte 0 or resumes from the previous prefix, and the full head
// must be Complete with the exact `consumed`. Malformed heads get the status
// RequestParser.h promises. Model: picohttpparser test.c.

#include "server/http/RequestParser.h"
#include "server/http/limits.h"

#include <QtTest>

using namespace Servery;

namespace {

// A byte string that may hold NUL.
template<qsizetype N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, N - 1);
}

struct Expected {
    QByteArray method;
    QByteArray target;
    QByteArray path;
    QByteArray query; // compared only when hasQuery
    bool hasQuery = false;
    int versionMinor = 1;
    QByteArray host;
    QByteArrayList headers; // "Name: value", in arrival order
    BodyFraming framing = BodyFraming::None;
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool keepAlive = true;
};

struct ValidCase {
    const char *name;
    QByteArray head;
    QByteArray trailing; // bytes after the head (body, next request) never consumed
    Expected expected;
};

struct MalformedCase {
    const char *name;
    QByteArray input;
    int status;
    QByteArray method; // checked when not empty: the request line was readable
};

QByteArray describe(const ParseResult &r)
{
    switch (r.kind) {
    case ParseResult::Kind::Incomplete:
        return QByteArray("Incomplete");
    case ParseResult::Kind::Complete:
        return "Complete(consumed=" + QByteArray::number(r.consumed) + ")";
    case ParseResult::Kind::Error:
        return "Error(" + QByteArray::number(r.status) + ", " + r.error + ")";
    }
    return {};
}

QByteArray at(qsizetype prefix, qsizetype scanned, const ParseResult &r)
{
    return "prefix " + QByteArray::number(prefix) + " (alreadyScanned " + QByteArray::number(scanned)
        + "): " + describe(r);
}

QByteArrayList headerLines(const HttpHeaders &headers)
{
    QByteArrayList lines;
    for (const HttpHeader &h : headers.fields())
        lines.append(h.name + ": " + h.value);
    return lines;
}

// A GET whose request line (without its terminator) is `length` bytes.
QByteArray requestLineOfLength(qsizetype length, const QByteArray &eol)
{
    const QByteArray method = "GET /";
    const QByteArray version = " HTTP/1.1";
    const QByteArray line = method + QByteArray(length - method.size() - version.size(), 'a') + version;
    return line + eol + "Host: a" + eol + eol;
}

// A head whose field section (the field lines with their terminators, not the
// empty line that ends the head) is exactly `size` bytes.
QByteArray headWithFieldSection(qsizetype size, const QByteArray &eol)
{
    const QByteArray host = "Host: a" + eol;
    const QByteArray name = "X-Fill: ";
    const qsizetype fill = size - host.size() - name.size() - eol.size();
    return "GET / HTTP/1.1" + eol + host + name + QByteArray(fill, 'f') + eol + eol;
}

// A head with `count` header fields, Host included.
QByteArray headWithFields(int count)
{
    QByteArray head = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 1; i < count; ++i)
        head += "X-Field-" + QByteArray::number(i) + ": v\r\n";
    return head + "\r\n";
}

// Rows name only the fields that differ from Expected's defaults. GCC (before
// 14) and Clang warn about designated initializers that omit fields, which is
// exactly the point here.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif
QList<ValidCase> validCases()
{
    using enum BodyFraming;
    return {
        {"simple GET with Host",
         "GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n",
         "GET /next HTTP/1.1\r\n",
         {.method = "GET",
          .target = "/index.html",
          .path = "/index.html",
          .host = "example.com",
          .headers = {"Host: example.com"}}},
        {"HTTP/1.0 without Host closes by default",
         "GET / HTTP/1.0\r\n\r\n",
         {},
         {.method = "GET", .target = "/", .path = "/", .versionMinor = 0, .keepAlive = false}},
        {"HTTP/1.0 with Connection keep-alive persists",
         "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
         {},
         {.method = "GET",
          .target = "/a",
          .path = "/a",
          .versionMinor = 0,
          .headers = {"Connection: keep-alive"},
          .keepAlive = true}},
        {"HTTP/1.1 with Connection close does not persist",
         "GET /a HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
         {},
         {.method = "GET",
          .target = "/a",
          .path = "/a",
          .host = "h",
          .headers = {"Host: h", "Connection: close"},
          .keepAlive = false}},
        {"bare LF line endings",
         "GET /lf HTTP/1.1\nHost: h\nAccept: */*\n\n",
         "x",
         {.method = "GET", .target = "/lf", .path = "/lf", .host = "h", .headers = {"Host: h", "Accept: */*"}}},
        {"mixed CRLF and bare LF",
         "GET /m HTTP/1.1\r\nHost: h\nAccept: */*\r\n\n",
         {},
         {.method = "GET", .target = "/m", .path = "/m", .host = "h", .headers = {"Host: h", "Accept: */*"}}},
        {"four leading empty lines are skipped and consumed",
         "\r\n\n\r\n\nGET / HTTP/1.1\r\nHost: h\r\n\r\n",
         {},
         {.method = "GET", .target = "/", .path = "/", .host = "h", .headers = {"Host: h"}}},
        {"absolute-form target supplies the host",
         "GET http://Example.com:8080/a/b?x=1 HTTP/1.1\r\nHost: other.example\r\n\r\n",
         {},
         {.method = "GET",
          .target = "http://Example.com:8080/a/b?x=1",
          .path = "/a/b",
          .query = "x=1",
          .hasQuery = true,
          .host = "Example.com:8080",
          .headers = {"Host: other.example"}}},
        {"absolute-form without path means /",
         "HEAD http://example.com HTTP/1.1\r\nHost: example.com\r\n\r\n",
         {},
         {.method = "HEAD",
          .target = "http://example.com",
          .path = "/",
          .host = "example.com",
          .headers = {"Host: example.com"}}},
        {"OPTIONS asterisk-form",
         "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n",
         {},
         {.method = "OPTIONS", .target = "*", .path = "*", .host = "h", .headers = {"Host: h"}}},
        {"CONNECT authority-form",
         "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
         {},
         {.method = "CONNECT",
          .target = "example.com:443",
          .path = "/",
          .host = "example.com:443",
          .headers = {"Host: example.com:443"}}},
        {"query string is split from the path",
         "GET /search?q=a+b&x=%20 HTTP/1.1\r\nHost: h\r\n\r\n",
         {},
         {.method = "GET",
          .target = "/search?q=a+b&x=%20",
          .path = "/search",
          .query = "q=a+b&x=%20",
          .hasQuery = true,
          .host = "h",
          .headers = {"Host: h"}}},
        {"empty query is present but empty",
         "GET /? HTTP/1.1\r\nHost: h\r\n\r\n",
         {},
         {.method = "GET",
          .target = "/?",
          .path = "/",
          .query = "",
          .hasQuery = true,
          .host = "h",
          .headers = {"Host: h"}}},
        {"chunked Transfer-Encoding",
         "POST /upload HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n",
         "5\r\nhello\r\n0\r\n\r\n",
         {.method = "POST",
          .target = "/upload",
          .path = "/upload",
          .host = "h",
          .headers = {"Host: h", "Transfer-Encoding: chunked"},
          .framing = Chunked}},
        {"transfer coding name is case-insensitive",
         "POST /u HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: Chunked\r\n\r\n",
         {},
         {.method = "POST",
          .target = "/u",
          .path = "/u",
          .host = "h",
          .headers = {"Host: h", "Transfer-Encoding: Chunked"},
          .framing = Chunked}},
        {"Content-Length body",
         "POST /form HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n",
         "hello world",
         {.method = "POST",
          .target = "/form",
          .path = "/form",
          .host = "h",
          .headers = {"Host: h", "Content-Length: 11"},
          .framing = ContentLength,
          .contentLength = 11}},
        {"Content-Length zero means no body",
         "POST /e HTTP/1.1\r\nHost: h\r\nContent-Length: 0\r\n\r\n",
         {},
         {.method = "POST", .target = "/e", .path = "/e", .host = "h", .headers = {"Host: h", "Content-Length: 0"}}},
        {"Expect 100-continue with a body",
         "PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
         {},
         {.method = "PUT",
          .target = "/f",
          .path = "/f",
          .host = "h",
          .headers = {"Host: h", "Content-Length: 5", "Expect: 100-continue"},
          .framing = ContentLength,
          .contentLength = 5,
          .expectContinue = true}},
        {"Expect 100-continue without a body needs no interim response",
         "GET / HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n\r\n",
         {},
         {.method = "GET", .target = "/", .path = "/", .host = "h", .headers = {"Host: h", "Expect: 100-continue"}}},
        {"Expect is ignored on HTTP/1.0",
         "PUT /f HTTP/1.0\r\nContent-Length: 1\r\nExpect: 100-continue\r\n\r\n",
         "x",
         {.method = "PUT",
          .target = "/f",
          .path = "/f",
          .versionMinor = 0,
          .headers = {"Content-Length: 1", "Expect: 100-continue"},
          .framing = ContentLength,
          .contentLength = 1,
          .keepAlive = false}},
        {"whitespace around header values is trimmed",
         "GET / HTTP/1.1\r\nHost: \t h.example \t\r\nX-Spaced:   two  words  \r\nX-Empty:\r\n\r\n",
         {},
         {.method = "GET",
          .target = "/",
          .path = "/",
          .host = "h.example",
          .headers = {"Host: h.example", "X-Spaced: two  words", "X-Empty: "}}},
    };
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

QList<MalformedCase> malformedCases()
{
    using Limits::kMaxHeaderBlock;
    using Limits::kMaxRequestLine;
    const QByteArray bigField = "GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + QByteArray(kMaxHeaderBlock, 'b');
    const QByteArray post = "POST / HTTP/1.1\r\nHost: h\r\n";
    // The first bytes of a TLS 1.2/1.3 ClientHello: what a phone sends when
    // someone types https:// in front of this http:// address.
    const QByteArray clientHello("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    return {
        // 400 at once, before any line end: bytes that cannot start a request
        {"TLS ClientHello, no line end needed", clientHello, 400, ""},
        {"binary noise", QByteArray("\x00\xff\xfe\x01garbage", 11), 400, ""},
        {"method with a control byte", "GE\x01T / HTTP/1.1", 400, ""},
        {"space before the method", " GET / HTTP/1.1", 400, ""},
        {"control byte in the target", "GET /a\x01b HTTP/1.1", 400, ""},
        {"version that is not HTTP", "GET / SIP/2.0", 400, ""},
        {"version with three digits", "GET / HTTP/1.10", 400, ""},
        {"SSH banner", "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n", 400, ""},
        {"a method longer than any method", QByteArray(Limits::kMaxMethodLength + 1, 'A'), 400, ""},
        // 400: RFC 9112 3.2 (Host)
        {"HTTP/1.1 without Host", "GET / HTTP/1.1\r\n\r\n", 400, "GET"},
        {"two differing Host fields", "GET / HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\n\r\n", 400, "GET"},
        {"two identical Host fields", "GET / HTTP/1.1\r\nHost: a.example\r\nHost: a.example\r\n\r\n", 400, "GET"},
        {"Host value with a slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400, "GET"},
        // 400: RFC 9112 6.3 (framing)
        {"Content-Length with Transfer-Encoding", post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", 400,
         "POST"},
        {"duplicate Content-Length with equal values", post + "Content-Length: 5\r\nContent-Length: 5\r\n\r\n", 400,
         "POST"},
        {"duplicate Content-Length with different values", post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n", 400,
         "POST"},
        {"Content-Length abc", post + "Content-Length: abc\r\n\r\n", 400, "POST"},
        {"Content-Length -1", post + "Content-Length: -1\r\n\r\n", 400, "POST"},
        {"Content-Length 1 2", post + "Content-Length: 1 2\r\n\r\n", 400, "POST"},
        {"Content-Length +5", post + "Content-Length: +5\r\n\r\n", 400, "POST"},
        {"Content-Length 0x10", post + "Content-Length: 0x10\r\n\r\n", 400, "POST"},
        {"Content-Length empty", post + "Content-Length:\r\n\r\n", 400, "POST"},
        {"form feed around a value is not whitespace", post + "Content-Length: 5\f\r\n\r\n", 400, "POST"},
        {"vertical tab before a value", "GET / HTTP/1.1\r\nHost:\vh\r\n\r\n", 400, "GET"},
        {"Content-Length list 5, 5", post + "Content-Length: 5, 5\r\n\r\n", 400, "POST"},
        {"Content-Length overflowing qint64", post + "Content-Length: 99999999999999999999\r\n\r\n", 400, "POST"},
        {"Transfer-Encoding on HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "POST"},
        {"chunked, chunked", post + "Transfer-Encoding: chunked, chunked\r\n\r\n", 400, "POST"},
        {"chunked in two Transfer-Encoding fields",
         post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "POST"},
        // chunked not final is 400 in RFC 9112 6.3, but an unknown coding is
        // 501 first (RFC 9112 6.1); both close the connection.
        {"unknown coding after chunked", post + "Transfer-Encoding: chunked, gzip\r\n\r\n", 501, "POST"},
        {"empty Transfer-Encoding", post + "Transfer-Encoding:\r\n\r\n", 400, "POST"},
        // 400: RFC 9112 5 (field syntax)
        {"space before colon", "GET / HTTP/1.1\r\nHost : h\r\n\r\n", 400, "GET"},
        {"tab before colon", "GET / HTTP/1.1\r\nHost\t: h\r\n\r\n", 400, "GET"},
        {"obs-fold starting with SP", "GET / HTTP/1.1\r\nHost: h\r\nX-A: b\r\n c\r\n\r\n", 400, "GET"},
        {"obs-fold starting with HTAB", "GET / HTTP/1.1\r\nHost: h\r\nX-A: b\r\n\tc\r\n\r\n", 400, "GET"},
        {"header field without colon", "GET / HTTP/1.1\r\nHost: h\r\nNoColonHere\r\n\r\n", 400, "GET"},
        {"header name with parenthesis", "GET / HTTP/1.1\r\nHost: h\r\nX(A): b\r\n\r\n", 400, "GET"},
        {"header name with non-ASCII", "GET / HTTP/1.1\r\nHost: h\r\nX-\xc3\xa9: b\r\n\r\n", 400, "GET"},
        {"empty header name", "GET / HTTP/1.1\r\nHost: h\r\n: b\r\n\r\n", 400, "GET"},
        {"control character in header value",
         "GET / HTTP/1.1\r\nHost: h\r\nX-A: b\x01"
         "c\r\n\r\n",
         400, "GET"},
        // 400: RFC 9112 2.2 (bare CR)
        {"bare CR in request line", "GET /a\rb HTTP/1.1\r\nHost: h\r\n\r\n", 400, {}},
        {"bare CR before request line", "\rGET / HTTP/1.1\r\nHost: h\r\n\r\n", 400, {}},
        {"bare CR in header value", "GET / HTTP/1.1\r\nHost: h\r\nX-A: b\rc\r\n\r\n", 400, "GET"},
        {"CR CR LF ending a header line", "GET / HTTP/1.1\r\nHost: h\r\r\n\r\n", 400, "GET"},
        {"five empty lines before request line", "\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", 400, {}},
        // 400: RFC 9112 3 (request line)
        {"NUL in target", bytes("GET /a\0b HTTP/1.1\r\nHost: h\r\n\r\n"), 400, "GET"},
        {"0x01 in target",
         "GET /a\x01"
         "b HTTP/1.1\r\nHost: h\r\n\r\n",
         400, "GET"},
        {"DEL in target",
         "GET /a\x7f"
         "b HTTP/1.1\r\nHost: h\r\n\r\n",
         400, "GET"},
        {"TAB in target", "GET /a\tb HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"space in target", "GET /a b HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"fragment in target", "GET /a#top HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"two spaces between method and target", "GET  / HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"two spaces between target and version", "GET /  HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"lowercase http/1.1", "GET / http/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"HTTP/1.10", "GET / HTTP/1.10\r\nHost: h\r\n\r\n", 400, "GET"},
        {"missing version", "GET /\r\nHost: h\r\n\r\n", 400, "GET"},
        {"empty version after a space", "GET / \r\nHost: h\r\n\r\n", 400, "GET"},
        {"asterisk target with GET", "GET * HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"absolute-form with unsupported scheme", "GET ftp://h/x HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        {"absolute-form with userinfo", "GET http://u@h/x HTTP/1.1\r\nHost: h\r\n\r\n", 400, "GET"},
        // 414 / 431: server/limits.h
        {"request line over limit, terminated",
         "GET /" + QByteArray(kMaxRequestLine, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n",
         414,
         {}},
        {"request line over limit, no terminator yet", "GET /" + QByteArray(kMaxRequestLine, 'a'), 414, {}},
        {"header section over limit", bigField + "\r\n\r\n", 431, "GET"},
        {"header section over limit, still incomplete", bigField, 431, "GET"},
        {"kMaxHeaderFields + 1 fields", headWithFields(Limits::kMaxHeaderFields + 1), 431, "GET"},
        // 501: RFC 9112 6.1
        {"Transfer-Encoding gzip, chunked", post + "Transfer-Encoding: gzip, chunked\r\n\r\n", 501, "POST"},
        {"Transfer-Encoding identity", post + "Transfer-Encoding: identity\r\n\r\n", 501, "POST"},
        // 505: RFC 9110 15.6.6
        {"HTTP/2.0", "GET / HTTP/2.0\r\nHost: h\r\n\r\n", 505, "GET"},
        {"HTTP/1.2", "GET / HTTP/1.2\r\nHost: h\r\n\r\n", 505, "GET"},
        {"HTTP/0.9", "GET / HTTP/0.9\r\nHost: h\r\n\r\n", 505, "GET"},
        // 417: RFC 9110 10.1.1
        {"Expect other than 100-continue",
         "PUT /f HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\nExpect: something-else\r\n\r\n", 417, "PUT"},
    };
}

// Streams of several requests; bodies are framed by Content-Length only.
struct PipelineCase {
    const char *name;
    QByteArray stream;
    QByteArrayList targets;
    QByteArray rest; // an unfinished head left at the end
};

QList<PipelineCase> pipelineCases()
{
    return {
        {"two GETs", "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n", {"/a", "/b"}, {}},
        {"three requests, the middle one with a body",
         "GET /a HTTP/1.1\r\nHost: h\r\n\r\n"
         "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\n\r\nGET "
         "HEAD /c?x HTTP/1.1\r\nHost: h\r\n\r\n",
         {"/a", "/b", "/c?x"},
         {}},
        {"bare LF and HTTP/1.0 heads back to back",
         "GET /a HTTP/1.0\n\nGET /b HTTP/1.1\nHost: h\n\nGET /c HTTP/1.1\r\nHost: h\r\n\r\n",
         {"/a", "/b", "/c"},
         {}},
        {"a request followed by the start of the next",
         "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HT",
         {"/a"},
         "GET /b HT"},
        {"a request followed by the next without its empty line",
         "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n",
         {"/a"},
         "GET /b HTTP/1.1\r\nHost: h\r\n"},
    };
}

} // namespace

Q_DECLARE_METATYPE(Expected)

class tst_RequestParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void queryItems_data();
    void queryItems();
    void validRequest_data();
    void validRequest();
    void everyPrefixIsIncomplete_data();
    void everyPrefixIsIncomplete();
    void malformed_data();
    void malformed();
    void limitBoundaries_data();
    void limitBoundaries();
    void pipelined_data();
    void pipelined();
    void consumedNeverExceedsInput();
};

void tst_RequestParser::validRequest_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("trailing");
    QTest::addColumn<Expected>("expected");
    for (const ValidCase &c : validCases())
        QTest::newRow(c.name) << c.head << c.trailing << c.expected;
}

void tst_RequestParser::validRequest()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, trailing);
    QFETCH(Expected, expected);

    // The bytes after the head change nothing; resuming just short of the
    // end finds the same head.
    const QByteArray withTrailing = head + trailing;
    const struct {
        QByteArrayView input;
        qsizetype scanned;
    } feeds[] = {{head, 0}, {withTrailing, 0}, {head, head.size() - 1}, {withTrailing, head.size() - 1}};
    for (const auto &feed : feeds) {
        const ParseResult r = parseRequestHead(feed.input, feed.scanned);
        QVERIFY2(r.isComplete(), at(feed.input.size(), feed.scanned, r).constData());
        QCOMPARE(r.consumed, head.size());

        const HttpRequest &req = r.request;
        QCOMPARE(req.method, expected.method);
        QCOMPARE(req.target, expected.target);
        QCOMPARE(req.path, expected.path);
        QCOMPARE(req.hasQuery(), expected.hasQuery);
        if (expected.hasQuery)
            QCOMPARE(req.query, expected.query);
        QCOMPARE(req.versionMinor, expected.versionMinor);
        QCOMPARE(req.host, expected.host);
        QCOMPARE(headerLines(req.headers), expected.headers);
        QCOMPARE(req.framing, expected.framing);
        QCOMPARE(req.contentLength, expected.contentLength);
        QCOMPARE(req.expectContinue, expected.expectContinue);
        QCOMPARE(req.keepAlive, expected.keepAlive);
    }
}

void tst_RequestParser::everyPrefixIsIncomplete_data()
{
    QTest::addColumn<QByteArray>("head");
    for (const ValidCase &c : validCases())
        QTest::newRow(c.name) << c.head;
}

void tst_RequestParser::everyPrefixIsIncomplete()
{
    QFETCH(QByteArray, head);

    // Byte by byte: from scratch, and resuming from the previous prefix.
    for (qsizetype n = 0; n < head.size(); ++n) {
        const QByteArrayView prefix = QByteArrayView(head).first(n);
        const ParseResult fresh = parseRequestHead(prefix, 0);
        QVERIFY2(fresh.isIncomplete(), at(n, 0, fresh).constData());
        const qsizetype previous = n > 0 ? n - 1 : 0;
        const ParseResult resumed = parseRequestHead(prefix, previous);
        QVERIFY2(resumed.isIncomplete(), at(n, previous, resumed).constData());
    }

    // Larger reads, as a socket delivers them: the resume point lags by more
    // than one byte and may fall anywhere inside the final empty line.
    for (const qsizetype stride : {2, 3, 5, 8, 13}) {
        qsizetype previous = 0;
        for (qsizetype n = stride; n < head.size(); n += stride) {
            const ParseResult r = parseRequestHead(QByteArrayView(head).first(n), previous);
            QVERIFY2(r.isIncomplete(), at(n, previous, r).constData());
            previous = n;
        }
        const ParseResult full = parseRequestHead(head, previous);
        QVERIFY2(full.isComplete(), at(head.size(), previous, full).constData());
        QCOMPARE(full.consumed, head.size());
    }
}

void tst_RequestParser::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    for (const MalformedCase &c : malformedCases())
        QTest::newRow(c.name) << c.input << c.status << c.method;
}

void tst_RequestParser::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);
    QFETCH(QByteArray, method);

    const ParseResult r = parseRequestHead(input);
    QVERIFY2(r.isError(), describe(r).constData());
    QCOMPARE(r.status, status);
    QCOMPARE(r.consumed, 0);
    QVERIFY(!r.error.isEmpty());
    if (!method.isEmpty())
        QCOMPARE(r.request.method, method);

    // Arriving a byte at a time, the first answer that is not Incomplete is
    // the same error.
    qsizetype previous = 0;
    for (qsizetype n = 1; n <= input.size(); ++n) {
        const ParseResult step = parseRequestHead(QByteArrayView(input).first(n), previous);
        if (step.isIncomplete()) {
            previous = n;
            continue;
        }
        QVERIFY2(step.isError(), at(n, previous, step).constData());
        QCOMPARE(step.status, status);
        return;
    }
    QFAIL("never answered with an error when fed byte by byte");
}

void tst_RequestParser::limitBoundaries_data()
{
    using Limits::kMaxHeaderBlock;
    using Limits::kMaxRequestLine;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status"); // 0: Complete, and every proper prefix Incomplete

    const QByteArray crlf = "\r\n";
    const QByteArray lf = "\n";
    QTest::newRow("request line at kMaxRequestLine, CRLF") << requestLineOfLength(kMaxRequestLine, crlf) << 0;
    QTest::newRow("request line at kMaxRequestLine, bare LF") << requestLineOfLength(kMaxRequestLine, lf) << 0;
    QTest::newRow("request line one over, CRLF") << requestLineOfLength(kMaxRequestLine + 1, crlf) << 414;
    QTest::newRow("request line one over, bare LF") << requestLineOfLength(kMaxRequestLine + 1, lf) << 414;
    QTest::newRow("exactly kMaxHeaderFields fields") << headWithFields(Limits::kMaxHeaderFields) << 0;
    QTest::newRow("field section at kMaxHeaderBlock, CRLF") << headWithFieldSection(kMaxHeaderBlock, crlf) << 0;
    QTest::newRow("field section at kMaxHeaderBlock, bare LF") << headWithFieldSection(kMaxHeaderBlock, lf) << 0;
    QTest::newRow("field section one over, CRLF") << headWithFieldSection(kMaxHeaderBlock + 1, crlf) << 431;
    QTest::newRow("field section one over, bare LF") << headWithFieldSection(kMaxHeaderBlock + 1, lf) << 431;
}

void tst_RequestParser::limitBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);

    const ParseResult r = parseRequestHead(input);
    if (status != 0) {
        QVERIFY2(r.isError(), describe(r).constData());
        QCOMPARE(r.status, status);
        return;
    }
    QVERIFY2(r.isComplete(), describe(r).constData());
    QCOMPARE(r.consumed, input.size());
    // A head the parser accepts whole must not be refused while it arrives.
    qsizetype previous = 0;
    for (qsizetype n = 1; n < input.size(); ++n) {
        const ParseResult step = parseRequestHead(QByteArrayView(input).first(n), previous);
        QVERIFY2(step.isIncomplete(), at(n, previous, step).constData());
        previous = n;
    }
}

void tst_RequestParser::pipelined_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QByteArrayList>("targets");
    QTest::addColumn<QByteArray>("rest");
    for (const PipelineCase &c : pipelineCases())
        QTest::newRow(c.name) << c.stream << c.targets << c.rest;
}

void tst_RequestParser::pipelined()
{
    QFETCH(QByteArray, stream);
    QFETCH(QByteArrayList, targets);
    QFETCH(QByteArray, rest);

    // All of it in one buffer: parse, slice off head and body, parse again.
    QByteArray buffer = stream;
    QByteArrayList seen;
    while (!buffer.isEmpty()) {
        const ParseResult r = parseRequestHead(buffer);
        if (r.isIncomplete())
            break;
        QVERIFY2(r.isComplete(), describe(r).constData());
        seen.append(r.request.target);
        const qsizetype body = r.request.framing == BodyFraming::ContentLength ? r.request.contentLength : 0;
        QVERIFY(r.consumed + body <= buffer.size());
        buffer = buffer.sliced(r.consumed + body);
    }
    QCOMPARE(seen, targets);
    QCOMPARE(buffer, rest);

    // The same stream a byte at a time, the way a connection would feed it.
    QByteArray pending;
    qsizetype scanned = 0;
    qint64 bodyLeft = 0;
    seen.clear();
    for (const char c : stream) {
        if (bodyLeft > 0) {
            --bodyLeft;
            continue;
        }
        pending.append(c);
        const ParseResult r = parseRequestHead(pending, scanned);
        if (r.isIncomplete()) {
            scanned = pending.size();
            continue;
        }
        QVERIFY2(r.isComplete(), at(pending.size(), scanned, r).constData());
        QCOMPARE(r.consumed, pending.size());
        seen.append(r.request.target);
        bodyLeft = r.request.framing == BodyFraming::ContentLength ? r.request.contentLength : 0;
        pending.clear();
        scanned = 0;
    }
    QCOMPARE(seen, targets);
    QCOMPARE(pending, rest);
}

void tst_RequestParser::consumedNeverExceedsInput()
{
    qsizetype checked = 0;
    auto check = [&checked](QByteArrayView input, qsizetype scanned) {
        const ParseResult r = parseRequestHead(input, scanned);
        ++checked;
        if (r.isComplete())
            return r.consumed > 0 && r.consumed <= input.size();
        return r.consumed == 0;
    };
    // Every prefix of every table row, from scratch; long rows in strides.
    auto checkPrefixes = [&check](const char *name, const QByteArray &input) {
        const qsizetype stride = input.size() > 4096 ? 61 : 1;
        for (qsizetype n = 0;; n = std::min(n + stride, input.size())) {
            if (!check(QByteArrayView(input).first(n), 0))
                return QByteArray(QByteArray(name) + ": bad consumed at prefix " + QByteArray::number(n));
            if (n == input.size())
                return QByteArray();
        }
    };

    for (const ValidCase &c : validCases()) {
        const QByteArray failure = checkPrefixes(c.name, c.head + c.trailing);
        QVERIFY2(failure.isEmpty(), failure.constData());
    }
    for (const MalformedCase &c : malformedCases()) {
        const QByteArray failure = checkPrefixes(c.name, c.input);
        QVERIFY2(failure.isEmpty(), failure.constData());
    }
    for (const PipelineCase &c : pipelineCases()) {
        const QByteArray failure = checkPrefixes(c.name, c.stream);
        QVERIFY2(failure.isEmpty(), failure.constData());
    }
    QVERIFY(checked > 1000);
}

void tst_RequestParser::queryItems_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("bare") << QByteArray("/d/?zip") << QByteArray("zip") << true << QByteArray();
    QTest::newRow("empty value") << QByteArray("/d/?zip=") << QByteArray("zip") << true << QByteArray();
    QTest::newRow("value") << QByteArray("/d/?tus=ab12") << QByteArray("tus") << true << QByteArray("ab12");
    QTest::newRow("among others") << QByteArray("/p.jpg?a=1&thumb&b") << QByteArray("thumb") << true << QByteArray();
    QTest::newRow("first wins") << QByteArray("/?k=1&k=2") << QByteArray("k") << true << QByteArray("1");
    QTest::newRow("prefix is not the name") << QByteArray("/?zipper=1") << QByteArray("zip") << false << QByteArray();
    QTest::newRow("value is not the name") << QByteArray("/?a=zip") << QByteArray("zip") << false << QByteArray();
    QTest::newRow("no query") << QByteArray("/zip") << QByteArray("zip") << false << QByteArray();
    QTest::newRow("empty query") << QByteArray("/?") << QByteArray("zip") << false << QByteArray();
}

void tst_RequestParser::queryItems()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, name);
    QFETCH(bool, present);
    QFETCH(QByteArray, value);
    const QByteArray head = "GET " + target + " HTTP/1.1\r\nHost: t\r\n\r\n";
    const ParseResult r = parseRequestHead(head, 0);
    QVERIFY(r.isComplete());
    const std::optional<QByteArrayView> item = r.request.queryItem(name);
    QCOMPARE(item.has_value(), present);
    QCOMPARE(r.request.hasQueryItem(name), present);
    if (present)
        QCOMPARE(item->toByteArray(), value);
}

QTEST_APPLESS_MAIN(tst_RequestParser)

#include "tst_requestparser.moc"
