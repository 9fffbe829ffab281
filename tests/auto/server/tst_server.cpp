// Integration tests of the engine's HTTP behaviour: a real Server on port 0,
// driven over loopback by a raw socket so every byte on the wire is ours.

#include "RawHttpClient.h"
#include "TestLinks.h"
#include "TestServer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "server/http/HttpDate.h"
#include "server/http/limits.h"

#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

class tst_Server : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void getServesFileWithHeaders();
    void headHasHeadersButNoBody();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAnsweredInOrder();
    void http10ClosesUnlessKeepAlive_data();
    void http10ClosesUnlessKeepAlive();
    void connectionCloseIsHonoured();
    void lastRequestClosesAtOnce();
    void contentLengthBodyIsConsumed();
    void chunkedBodyIsDecodedAndConsumed();
    void expectContinueGetsInterimResponse();
    void refusalSendsNoContinue_data();
    void refusalSendsNoContinue();
    void bodyOverLimitIs413_data();
    void bodyOverLimitIs413();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void filePaths_data();
    void filePaths();
    void directoryRedirectKeepsQuery();
    void redirectNeverPointsToAnotherHost();
    void headNeverHasABody();
    void optionsAndUnknownMethods();
    void ipv6LoopbackIsServed();
    void largeFileIsByteExact();
    void recordDetailLevels();
    void everyExchangeProducesOneRecord();

private:
    static QByteArray get(const QByteArray &target, const QByteArray &extra = {})
    {
        return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
    }

    TestServer m_server;
};

void tst_Server::initTestCase()
{
    ServerConfig config;
    config.limits.maxBodyBytes = 4096;
    // The standard chain, with a link in front that takes request bodies
    // under /collect (as uploads and caught requests will).
    QVERIFY2(m_server.start(config, collectingRoutes()), qPrintable(m_server.lastError()));
    QVERIFY(m_server.port() != 0);
    m_server.writeFile(QStringLiteral("hello.txt"), "Hello, world!\n");
    m_server.writeFile(QStringLiteral("index.html"), "<h1>home</h1>");
    m_server.writeFile(QStringLiteral("a.txt"), "AAA");
    m_server.writeFile(QStringLiteral("b.txt"), "BBBB");
    m_server.writeFile(QStringLiteral("c.css"), "body{}");
    m_server.writeFile(QStringLiteral(".env"), "SECRET=1");
    m_server.writeFile(QStringLiteral(".git/config"), "[core]");
    m_server.writeFile(QStringLiteral("docs/index.html"), "<h1>docs</h1>");
    m_server.writeFile(QStringLiteral("docs/readme.md"), "# readme");
    m_server.writeFile(QStringLiteral("space name/caf\u00e9 #1.txt"), "unicode");
}

void tst_Server::getServesFileWithHeaders()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    const int before = int(m_server.waitForRecords(0).size());
    client.send(get("/hello.txt", "User-Agent: raw-test\r\n"));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].reason, QByteArray("OK"));
    QCOMPARE(r[0].body, QByteArray("Hello, world!\n"));
    QCOMPARE(r[0].header("Content-Length"), QByteArray("14"));
    QCOMPARE(r[0].header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(r[0].header("X-Content-Type-Options"), QByteArray("nosniff"));
    QVERIFY(parseHttpDate(r[0].header("Date")).has_value());
    QVERIFY(parseHttpDate(r[0].header("Last-Modified")).has_value());
    QCOMPARE(r[0].headerCount("Connection"), 0); // HTTP/1.1 persists by default

    const QList<RequestRecord> records = m_server.waitForRecords(before + 1);
    QVERIFY(records.size() > before);
    const RequestRecord &rec = records.constLast();
    QCOMPARE(rec.method, QByteArray("GET"));
    QCOMPARE(rec.target, QByteArray("/hello.txt"));
    QCOMPARE(rec.httpVersion, QByteArray("HTTP/1.1"));
    QCOMPARE(rec.status, 200);
    QCOMPARE(rec.handler, QStringLiteral("static file"));
    QCOMPARE(rec.requestHeaders.value("User-Agent"), QByteArray("raw-test"));
    QCOMPARE(rec.responseHeaders.value("Content-Length"), QByteArray("14"));
    QCOMPARE(rec.responseBodyBytes, 14);
    QVERIFY(rec.bytesSent > 14);
    QCOMPARE(rec.clientAddress.toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(rec.clientPort, client.socket().localPort());
    QVERIFY(rec.timeToFirstByteUs >= 0);
    QVERIFY(rec.durationUs >= rec.timeToFirstByteUs);
    QVERIFY(rec.error.isEmpty());
    QVERIFY(rec.id > 0);
    QVERIFY(qAbs(rec.startedAtMs - QDateTime::currentMSecsSinceEpoch()) < 60'000);
}

void tst_Server::headHasHeadersButNoBody()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    // HEAD then GET on the same connection: if HEAD sent a body, the GET's
    // response would be misread.
    client.send("HEAD /hello.txt HTTP/1.1\r\nHost: t\r\n\r\n" + get("/a.txt"));
    const QList<WireResponse> r = client.readResponses(2, {true, false});
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].header("Content-Length"), QByteArray("14"));
    QVERIFY(r[0].body.isEmpty());
    QCOMPARE(r[1].body, QByteArray("AAA"));
}

void tst_Server::keepAliveServesSeveralRequests()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    for (int i = 0; i < 5; ++i) {
        client.clearReceived();
        client.send(get("/b.txt"));
        const QList<WireResponse> r = client.readResponses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].body, QByteArray("BBBB"));
        QVERIFY(!client.isClosed());
    }
}

void tst_Server::pipelinedRequestsAnsweredInOrder()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/a.txt") + get("/b.txt") + get("/missing") + get("/c.css") + get("/hello.txt"));
    const QList<WireResponse> r = client.readResponses(5);
    QCOMPARE(r.size(), 5);
    QCOMPARE(r[0].body, QByteArray("AAA"));
    QCOMPARE(r[1].body, QByteArray("BBBB"));
    QCOMPARE(r[2].status, 404);
    QCOMPARE(r[3].body, QByteArray("body{}"));
    QCOMPARE(r[3].header("Content-Type"), QByteArray("text/css; charset=utf-8"));
    QCOMPARE(r[4].body, QByteArray("Hello, world!\n"));
    // Still in step: the next request on the same connection is answered.
    client.clearReceived();
    client.send(get("/a.txt"));
    const QList<WireResponse> next = client.readResponses(1);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].body, QByteArray("AAA"));
}

void tst_Server::http10ClosesUnlessKeepAlive_data()
{
    QTest::addColumn<QByteArray>("connectionHeader");
    QTest::addColumn<bool>("staysOpen");
    QTest::newRow("plain HTTP/1.0 closes") << QByteArray() << false;
    QTest::newRow("keep-alive keeps it open") << QByteArray("Connection: keep-alive\r\n") << true;
    QTest::newRow("keep-alive is case-insensitive") << QByteArray("Connection: Keep-Alive\r\n") << true;
}

void tst_Server::http10ClosesUnlessKeepAlive()
{
    QFETCH(QByteArray, connectionHeader);
    QFETCH(bool, staysOpen);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send("GET /a.txt HTTP/1.0\r\n" + connectionHeader + "\r\n");
    QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("AAA"));
    if (staysOpen) {
        QCOMPARE(r[0].header("Connection").toLower(), QByteArray("keep-alive"));
        client.clearReceived();
        client.send("GET /b.txt HTTP/1.0\r\n" + connectionHeader + "\r\n");
        r = client.readResponses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].body, QByteArray("BBBB"));
        QVERIFY(!client.isClosed());
    } else {
        QCOMPARE(r[0].header("Connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
    }
}

void tst_Server::connectionCloseIsHonoured()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/a.txt", "Connection: close\r\n") + get("/b.txt"));
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1); // the request after "close" is not answered
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
    QCOMPARE(r[0].body, QByteArray("AAA"));
}

void tst_Server::lastRequestClosesAtOnce()
{
    // The client said "close" and sent nothing more: the server closes as
    // soon as the answer is out, without lingering for the client's FIN
    // (the client here keeps its socket open).
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "AAA");
    QVERIFY(s.start());
    // A plain socket: QTcpSocket would close its end on the server's FIN.
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(s.port());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr *>(&to), sizeof to), 0);
    const QByteArray request = get("/a.txt", "Connection: close\r\n");
    QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
    QByteArray received;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;)
        received.append(buffer, n);
    QCOMPARE(parseResponses(received, {}, true).constFirst().body, QByteArray("AAA"));
    // Closed on the server's side while ours stays open: lingering would
    // hold it for 2 s.
    QTRY_COMPARE_WITH_TIMEOUT(s.server().stats().openConnections, 0, 1000);
    ::close(fd);

    // With more bytes after the last request, it lingers: closing with
    // unread input would reset the connection under the answer.
    RawHttpClient pipelining;
    QVERIFY(pipelining.connectTo(s.port()));
    pipelining.send(get("/a.txt", "Connection: close\r\n") + get("/a.txt"));
    QVERIFY(pipelining.waitForClose());
    const QList<WireResponse> r = parseResponses(pipelining.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.constFirst().body, QByteArray("AAA"));
}

void tst_Server::contentLengthBodyIsConsumed()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    // The body looks like a request; if it were not consumed it would be
    // answered as one.
    const QByteArray body = get("/b.txt");
    client.send("POST /a.txt HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                + body + get("/hello.txt"));
    const QList<WireResponse> r = client.readResponses(2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 405);
    QCOMPARE(r[0].header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    QCOMPARE(r[1].body, QByteArray("Hello, world!\n"));
    QVERIFY(!client.isClosed());

    const std::optional<RequestRecord> post = m_server.waitForRecord([](const RequestRecord &x) {
        return x.method == "POST" && x.target == "/a.txt" && x.requestBody.startsWith("GET /b.txt");
    });
    QVERIFY(post);
    QCOMPARE(post->requestBody, body);
    QCOMPARE(post->requestBodySize, body.size());
}

void tst_Server::chunkedBodyIsDecodedAndConsumed()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send("POST /collect HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nX-Trailer: yes\r\n\r\n"
                + get("/a.txt"));
    const QList<WireResponse> r = client.readResponses(2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("hello, world")); // what the handler's sink received
    QCOMPARE(r[1].body, QByteArray("AAA"));
    QVERIFY(!client.isClosed());

    const std::optional<RequestRecord> post
        = m_server.waitForRecord([](const RequestRecord &x) { return x.method == "POST" && x.target == "/collect"; });
    QVERIFY(post);
    QCOMPARE(post->requestBody, QByteArray("hello, world"));
    QCOMPARE(post->requestBodySize, 12);
}

void tst_Server::expectContinueGetsInterimResponse()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send("PUT /collect/x HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
    // The client must not need to send the body before hearing "100 Continue".
    QVERIFY(client.waitForBytes(25));
    QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    client.send("data");
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 100);
    QCOMPARE(r[1].status, 200);
    QCOMPARE(r[1].body, QByteArray("data"));
}

void tst_Server::refusalSendsNoContinue_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    // Nothing takes PUT here: 405 at once.
    QTest::newRow("no handler takes the method")
        << QByteArray("PUT /x HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n") << 405;
    // The handler would take it, but not this much.
    QTest::newRow("declared length over the limit")
        << QByteArray("PUT /collect/x HTTP/1.1\r\nHost: t\r\nContent-Length: 4097\r\nExpect: 100-continue\r\n\r\n")
        << 413;
}

void tst_Server::refusalSendsNoContinue()
{
    // A request refused on its head alone is refused before its body: no
    // "100 Continue" invites it (RFC 9110 10.1.1), and the answer comes
    // without the client sending a byte of it.
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(request);
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, status);
    QVERIFY(!client.received().contains("100 Continue"));
}

void tst_Server::bodyOverLimitIs413_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("declared length over the limit")
        << QByteArray("POST /collect HTTP/1.1\r\nHost: t\r\nContent-Length: 4097\r\n\r\n");
    QByteArray chunked = "POST /collect HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 5; ++i)
        chunked += "400\r\n" + QByteArray(1024, 'x') + "\r\n";
    QTest::newRow("chunked body growing past the limit") << chunked;
}

void tst_Server::bodyOverLimitIs413()
{
    QFETCH(QByteArray, request);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(request);
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 413);
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
}

void tst_Server::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::newRow("missing Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("CL and TE") << QByteArray("POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 3\r\n"
                                             "Transfer-Encoding: chunked\r\n\r\n")
                               << 400;
    QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\rHost: t\r\n\r\n") << 400;
    QTest::newRow("unknown coding") << QByteArray("POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip\r\n\r\n")
                                    << 501;
    QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\nHost: t\r\n\r\n") << 505;
    QTest::newRow("request line too long")
        << QByteArray("GET /" + QByteArray(Limits::kMaxRequestLine + 10, 'a') + " HTTP/1.1\r\n") << 414;
    QByteArray manyHeaders = "GET / HTTP/1.1\r\nHost: t\r\n";
    for (int i = 0; i <= Limits::kMaxHeaderFields; ++i)
        manyHeaders += "X-H" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many header fields") << manyHeaders + "\r\n" << 431;
    QTest::newRow("bad chunk size") << QByteArray(
        "POST /collect HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
        "zz\r\n") << 400;
}

void tst_Server::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    const int before = int(m_server.waitForRecords(0).size());
    client.send(request);
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, status);
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
    QVERIFY(r[0].body.contains(QByteArray::number(status)));

    const QList<RequestRecord> records = m_server.waitForRecords(before + 1);
    QVERIFY(records.size() > before);
    QCOMPARE(records.constLast().status, status);
    QVERIFY2(!records.constLast().error.isEmpty(), "a refused request records why");
}

void tst_Server::filePaths_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("root serves index.html") << QByteArray("/") << 200 << QByteArray("<h1>home</h1>");
    QTest::newRow("folder index") << QByteArray("/docs/") << 200 << QByteArray("<h1>docs</h1>");
    QTest::newRow("percent-encoded Unicode name")
        << QByteArray("/space%20name/caf%C3%A9%20%231.txt") << 200 << QByteArray("unicode");
    QTest::newRow("query is not part of the path") << QByteArray("/a.txt?x=1") << 200 << QByteArray("AAA");
    QTest::newRow("missing file") << QByteArray("/nope.txt") << 404 << QByteArray();
    QTest::newRow("dotfile is hidden") << QByteArray("/.env") << 404 << QByteArray();
    QTest::newRow("dot-folder is hidden") << QByteArray("/.git/config") << 404 << QByteArray();
    QTest::newRow("encoded dotfile is hidden") << QByteArray("/%2eenv") << 404 << QByteArray();
    QTest::newRow("dot-dot above root") << QByteArray("/../etc/passwd") << 400 << QByteArray();
    QTest::newRow("encoded dot-dot above root") << QByteArray("/%2e%2e/%2e%2e/etc/passwd") << 400 << QByteArray();
    QTest::newRow("encoded slash") << QByteArray("/docs%2freadme.md") << 400 << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("/a.txt%00.html") << 400 << QByteArray();
    QTest::newRow("dot-dot that stays inside") << QByteArray("/docs/../a.txt") << 200 << QByteArray("AAA");
    QTest::newRow("absolute-form target") << QByteArray("http://test/b.txt") << 200 << QByteArray("BBBB");
}

void tst_Server::filePaths()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get(target));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, status);
    if (status == 200)
        QCOMPARE(r[0].body, body);
    else
        QVERIFY(!r[0].body.contains("SECRET") && !r[0].body.contains(m_server.root().toUtf8()));
}

void tst_Server::directoryRedirectKeepsQuery()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/docs?lang=en"));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 301);
    QCOMPARE(r[0].header("Location"), QByteArray("/docs/?lang=en"));
}

void tst_Server::redirectNeverPointsToAnotherHost()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    // "//docs" echoed would be "//docs/": a scheme-relative URL, another host.
    client.send(get("//docs") + get("//evil.example/.."));
    const QList<WireResponse> r = client.readResponses(2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 301);
    QCOMPARE(r[0].header("Location"), QByteArray("/docs/"));
    QCOMPARE(r[1].status, 301);
    QCOMPARE(r[1].header("Location"), QByteArray("/"));
}

void tst_Server::headNeverHasABody()
{
    // Every kind of answer to HEAD, then a GET on the same connection: a
    // stray body would be read as the GET's response.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    const QByteArray head = "HEAD %1 HTTP/1.1\r\nHost: t\r\n\r\n";
    client.send(QByteArray(head).replace("%1", "/missing") + QByteArray(head).replace("%1", "/docs")
                + QByteArray(head).replace("%1", "/.env") + QByteArray(head).replace("%1", "/../x")
                + "HEAD /a.txt HTTP/1.1\r\nHost: t\r\nIf-Match: \"nope\"\r\n\r\n" + get("/b.txt"));
    const QList<WireResponse> r = client.readResponses(6, {true, true, true, true, true, false});
    QCOMPARE(r.size(), 6);
    QCOMPARE(r[0].status, 404);
    QCOMPARE(r[1].status, 301);
    QCOMPARE(r[2].status, 404);
    QCOMPARE(r[3].status, 400);
    QCOMPARE(r[4].status, 412);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(r[i].body.isEmpty());
        QVERIFY(r[i].header("Content-Length").toInt() > 0); // what a GET would get
    }
    QCOMPARE(r[5].body, QByteArray("BBBB"));
}

void tst_Server::optionsAndUnknownMethods()
{
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send("OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n" + QByteArray("DELETE /a.txt HTTP/1.1\r\nHost: t\r\n\r\n")
                + "BREW /pot HTTP/1.1\r\nHost: t\r\n\r\n");
    const QList<WireResponse> r = client.readResponses(3);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].status, 204);
    QCOMPARE(r[0].header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    QCOMPARE(r[1].status, 405);
    QCOMPARE(r[1].header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    QCOMPARE(r[2].status, 405);
    QVERIFY(QFileInfo::exists(m_server.root() + QStringLiteral("/a.txt")));
}

void tst_Server::ipv6LoopbackIsServed()
{
    QVERIFY(m_server.server().listenAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6)));
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port(), QHostAddress(QHostAddress::LocalHostIPv6)));
    client.send(get("/a.txt"));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, QByteArray("AAA"));
}

void tst_Server::largeFileIsByteExact()
{
    const qint64 size = 5 * 1024 * 1024 + 123;
    m_server.writePatternFile(QStringLiteral("big.bin"), size);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/big.bin"));
    const QList<WireResponse> r = client.readResponses(1, {}, std::chrono::seconds(30));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(r[0].body.size(), size);
    for (qint64 i = 0; i < size; i += 4093)
        QCOMPARE(r[0].body.at(i), TestServer::patternByte(i));
    QCOMPARE(r[0].body.at(size - 1), TestServer::patternByte(size - 1));
}

void tst_Server::recordDetailLevels()
{
    const QByteArray request = "POST /x HTTP/1.1\r\nHost: t\r\nUser-Agent: probe\r\nReferer: http://r/\r\n"
                               "X-Other: 1\r\nContent-Length: 4\r\n\r\nbody";
    for (const RecordDetail detail : {RecordDetail::Summary, RecordDetail::None}) {
        TestServer s;
        ServerConfig config;
        config.recordDetail = detail;
        QVERIFY(s.start(config));
        RawHttpClient client;
        QVERIFY(client.connectTo(s.port()));
        client.send(request);
        QCOMPARE(client.readResponses(1).size(), 1);
        QVERIFY(s.stop()); // hands over every record there is
        if (detail == RecordDetail::None) {
            QVERIFY(s.records().isEmpty());
            QCOMPARE(s.server().stats().requests, 1u);
            continue;
        }
        QCOMPARE(s.records().size(), 1);
        const RequestRecord &r = s.records().constFirst();
        // What the Combined Log Format needs, and nothing else.
        QCOMPARE(r.requestLine(), QByteArray("POST /x HTTP/1.1"));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.requestHeaders.value("User-Agent"), QByteArray("probe"));
        QCOMPARE(r.requestHeaders.value("Referer"), QByteArray("http://r/"));
        QVERIFY(!r.requestHeaders.contains("X-Other"));
        QVERIFY(r.responseHeaders.isEmpty());
        QVERIFY(r.requestBody.isEmpty());
        QCOMPARE(r.requestBodySize, 4);
        QVERIFY(r.responseBodyBytes > 0);
    }
}

void tst_Server::everyExchangeProducesOneRecord()
{
    QList<quint16> ports;
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(m_server.port()));
        ports.append(client.socket().localPort());
        client.send(get("/a.txt") + get("/nope") + "HEAD /b.txt HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(client.readResponses(3, {false, false, true}).size(), 3);
    }
    {
        RawHttpClient bad;
        QVERIFY(bad.connectTo(m_server.port()));
        ports.append(bad.socket().localPort());
        bad.send("GET / HTTP/1.1\r\nHost : t\r\n\r\n");
        QVERIFY(bad.waitForClose());
    }
    {
        // A connection that closes half-way through a request head.
        RawHttpClient partial;
        QVERIFY(partial.connectTo(m_server.port()));
        ports.append(partial.socket().localPort());
        partial.send("GET /a.txt HTTP/1.1\r\nHo");
        QVERIFY(partial.socket().waitForBytesWritten(5000) || partial.socket().bytesToWrite() == 0);
        partial.socket().disconnectFromHost();
    }
    auto mine = [&] {
        QList<RequestRecord> out;
        for (const RequestRecord &r : m_server.records()) {
            if (ports.contains(r.clientPort))
                out.append(r);
        }
        return out;
    };
    QTRY_COMPARE_WITH_TIMEOUT((m_server.waitForRecords(0), mine().size()), 5, 10000);
    // A graceful stop hands over every record there is: still exactly five.
    QVERIFY(m_server.stop());
    const QList<RequestRecord> records = mine();
    QCOMPARE(records.size(), 5);

    QList<int> statuses;
    for (const RequestRecord &r : records)
        statuses.append(r.status);
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, QList<int>({0, 200, 200, 400, 404}));
    for (const RequestRecord &r : records) {
        if (r.status == 0)
            QVERIFY(r.error.contains(QStringLiteral("before the request was complete")));
        if (r.status == 400)
            QVERIFY(r.error.contains(QStringLiteral("whitespace before colon")));
    }
    // Ids are unique and increasing in the order the feed hands them over.
    const QList<RequestRecord> &all = m_server.records();
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY(all[i].id != all[i - 1].id);
}

QTEST_GUILESS_MAIN(tst_Server)
#include "tst_server.moc"
