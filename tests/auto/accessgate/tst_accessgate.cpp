// Tests of the access gate (AccessGate): which host names it answers (DNS
// rebinding), how the access key is swapped for a cookie and checked, that
// this computer needs no key, and where the redirect goes. The rules are
// tables over request heads parsed as the server parses them; the last tests
// put the gate at the head of a real chain on loopback.

#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/files/StaticFiles.h"
#include "server/http/RequestParser.h"
#include "server/route/AccessGate.h"
#include "server/route/AccessKey.h"

#include <QHostInfo>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

namespace {

const QByteArray kKey = "Q3xvZ2U0RmJ2a1h0Ry1fNA"; // 22 URL-safe characters, as generateAccessKey() makes
const QHostAddress kPhone(QStringLiteral("192.168.1.40"));
const QHostAddress kThisComputer(QStringLiteral("192.168.1.5"));

// What the gate did with one request head: passed it (status 0) or
// answered.
struct Outcome {
    int status = -1; // -1: the head did not parse
    HttpHeaders headers;
    QByteArray body;
};

Outcome ask(AccessGate &gate, const QByteArray &head, const QHostAddress &client = kPhone)
{
    Outcome out;
    const ParseResult parsed = parseRequestHead(head);
    if (!parsed.isComplete())
        return out;
    const RequestContext context {parsed.request, client, 50123, kThisComputer, 1};
    Decision d = gate.handle(context);
    if (d.kind == Decision::Kind::Pass) {
        out.status = 0;
        return out;
    }
    out.status = d.response.status;
    out.headers = d.response.headers;
    if (d.response.body) {
        while (d.response.body->read(out.body, 64 * 1024) == BodySource::Status::Data) { }
    }
    return out;
}

ServerConfig keyed(const QByteArray &key = kKey)
{
    ServerConfig c;
    c.accessKey = key;
    c.allowedHosts = {QStringLiteral("myhost.lan"), QStringLiteral("photos.example")};
    return c;
}

QByteArray get(const QByteArray &target, const QByteArray &host = "192.168.1.5:8080", const QByteArray &extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n" + extra + "\r\n";
}

QByteArray machineName()
{
    return QHostInfo::localHostName().toUtf8();
}

RoutesForConfig gateThenFiles()
{
    return [](const ServerConfig &config) -> RouterFactory {
        return [config] {
            Router router;
            router.append(std::make_unique<AccessGate>(config));
            router.append(std::make_unique<StaticFiles>(config));
            return router;
        };
    };
}

} // namespace

class tst_AccessGate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void hostMustNameThisMachine_data();
    void hostMustNameThisMachine();
    void unknownHostPageNamesTheOption();
    void key_data();
    void key();
    void keyPageIsFriendlyAndScriptFree();
    void noKeyLetsEveryoneIn();
    void parsesHosts_data();
    void parsesHosts();

    void gateOverTheWire();

private:
    QByteArray m_key;
};

void tst_AccessGate::hostMustNameThisMachine_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status"); // 0: passed on

    const auto row = [](const char *name, const QByteArray &host, int status) {
        QTest::newRow(name) << get("/", host) << status;
    };
    row("IPv4", "192.168.1.5", 0);
    row("IPv4 with port", "192.168.1.5:8080", 0);
    row("loopback IPv4", "127.0.0.1:8080", 0);
    row("another IPv4 (a port forward)", "203.0.113.9:80", 0);
    row("IPv6 in brackets with port", "[fd00::2]:8080", 0);
    row("IPv6 loopback", "[::1]", 0);
    row("IPv6 with a zone", "[fe80::1%25eth0]:8080", 0);
    row("localhost", "localhost", 0);
    row("Localhost:8080", "Localhost:8080", 0);
    row("foo.localhost", "foo.localhost:8080", 0);
    row("localhost with a trailing dot", "localhost.:8080", 0);
    row("machine name upper-cased", machineName().toUpper() + ":8080", 0);
    row("machine name lower-cased", machineName().toLower(), 0);
    row("machine name .local", machineName() + ".local:8080", 0);
    row("machine name .local, trailing dot", machineName().toUpper() + ".LOCAL.", 0);
    row("allowed name", "myhost.lan:8080", 0);
    row("allowed name, other case", "Photos.Example", 0);
    row("empty Host", "", 0);

    row("evil.example", "evil.example", 403);
    row("evil.example with port", "evil.example:8080", 403);
    row("IPv4 as a subdomain", "192.168.1.5.nip.io:8080", 403);
    row("localhost as a subdomain", "localhost.evil.example", 403);
    row("a name ending in localhost", "notlocalhost", 403);
    row("machine name as a subdomain", machineName() + ".evil.example", 403);
    row("allowed name as a subdomain", "myhost.lan.evil.example", 403);
    row("subdomain of an allowed name", "www.myhost.lan", 403);
    row("IPv4 as one number", "3232235781", 403);
    row("IPv4 with too few parts", "192.168.1", 403);
    row("IPv4 with a part over 255", "192.168.1.256", 403);

    row("IPv6 without brackets", "fd00::2", 400);
    row("unclosed bracket", "[fd00::2:8080", 400);
    row("name in brackets", "[evil.example]", 400);
    row("port not digits", "localhost:http", 400);
    row("port without a name", ":8080", 400);

    QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 0;
    QTest::newRow("absolute-form target names evil.example")
        << QByteArray("GET http://evil.example:8080/ HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n\r\n") << 403;
    QTest::newRow("absolute-form target names this machine")
        << QByteArray("GET http://192.168.1.5:8080/ HTTP/1.1\r\nHost: evil.example\r\n\r\n") << 0;
}

void tst_AccessGate::hostMustNameThisMachine()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    // The same from this computer and from a phone, with a key or without:
    // the host is checked before anything else. (A phone without the key
    // would get 401 where the host passes, so it is asked only about
    // refused hosts.)
    ServerConfig noKey = keyed({});
    AccessGate open(noKey);
    AccessGate closed(keyed());
    QCOMPARE(ask(open, head, QHostAddress(QHostAddress::LocalHost)).status, status);
    QCOMPARE(ask(open, head, QHostAddress(QHostAddress::LocalHostIPv6)).status, status);
    QCOMPARE(ask(open, head, kPhone).status, status);
    QCOMPARE(ask(closed, head, QHostAddress(QHostAddress::LocalHost)).status, status);
    if (status != 0)
        QCOMPARE(ask(closed, head, kPhone).status, status);
}

void tst_AccessGate::unknownHostPageNamesTheOption()
{
    AccessGate gate(keyed());
    Outcome o = ask(gate, get("/photos/?key=" + kKey, "Evil.Example:8080"));
    QCOMPARE(o.status, 403);
    QVERIFY2(o.body.contains("<code>--allow-host evil.example</code>"), o.body.constData());
    QCOMPARE(o.headers.value("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(o.headers.value("Cache-Control"), QByteArray("no-store"));
    QVERIFY(!o.headers.contains("Set-Cookie"));
    QVERIFY(!o.body.contains(kKey));

    // Host names may carry characters that mean something in HTML.
    o = ask(gate, get("/", "a&b'c.example"));
    QCOMPARE(o.status, 403);
    QVERIFY2(o.body.contains("--allow-host a&amp;b'c.example"), o.body.constData());
    QVERIFY(!o.body.contains("a&b"));
}

void tst_AccessGate::key_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QHostAddress>("client");
    QTest::addColumn<int>("status"); // 0: passed on
    QTest::addColumn<QByteArray>("location"); // for 303
    QTest::addColumn<QByteArray>("cookie"); // Set-Cookie, for 303

    const QByteArray setCookie = "servery_key_8080=" + kKey + "; Path=/; HttpOnly; SameSite=Lax";
    const QByteArray cookie = "Cookie: servery_key_8080=" + kKey + "\r\n";
    QByteArray encoded; // the key with every character percent-encoded
    for (const char c : kKey)
        encoded += '%' + QByteArray(1, c).toHex().toUpper();

    QTest::newRow("neither") << get("/") << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("query") << get("/?key=" + kKey) << kPhone << 303 << QByteArray("/") << setCookie;
    QTest::newRow("cookie") << get("/photos/", "192.168.1.5:8080", cookie) << kPhone << 0 << QByteArray()
                            << QByteArray();
    QTest::newRow("both") << get("/?key=" + kKey, "192.168.1.5:8080", cookie) << kPhone << 303 << QByteArray("/")
                          << setCookie;
    QTest::newRow("wrong key in query") << get("/?key=" + QByteArray(kKey).replace('Q', 'R')) << kPhone << 401
                                        << QByteArray() << QByteArray();
    QTest::newRow("wrong key in query, right cookie")
        << get("/?key=nope-nope-nope", "192.168.1.5:8080", cookie) << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("key cut short") << get("/?key=" + kKey.chopped(1)) << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("key with more") << get("/?key=" + kKey + 'x') << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("empty key") << get("/?key=") << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("key without value") << get("/?key") << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("wrong cookie") << get("/", "192.168.1.5:8080",
                                         "Cookie: servery_key_8080=" + kKey.chopped(1) + "\r\n")
                                  << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("cookie of another port") << get("/", "192.168.1.5:8080", "Cookie: servery_key_8081=" + kKey + "\r\n")
                                            << kPhone << 401 << QByteArray() << QByteArray();
    QTest::newRow("cookie among others") << get(
        "/", "192.168.1.5:8080", "Cookie: a=1; servery_key_8081=x; servery_key_8080=" + kKey + "; b=2\r\n")
                                         << kPhone << 0 << QByteArray() << QByteArray();
    QTest::newRow("quoted cookie") << get("/", "192.168.1.5:8080", "Cookie: servery_key_8080=\"" + kKey + "\"\r\n")
                                   << kPhone << 0 << QByteArray() << QByteArray();
    QTest::newRow("cookie in a second field")
        << get("/", "192.168.1.5:8080", "Cookie: a=1\r\nCookie: servery_key_8080=" + kKey + "\r\n") << kPhone << 0
        << QByteArray() << QByteArray();
    QTest::newRow("no port: port 80's cookie") << get("/", "192.168.1.5", "Cookie: servery_key_80=" + kKey + "\r\n")
                                               << kPhone << 0 << QByteArray() << QByteArray();
    QTest::newRow("no port: port 80's cookie is set")
        << get("/?key=" + kKey, "192.168.1.5") << kPhone << 303 << QByteArray("/")
        << "servery_key_80=" + kKey + "; Path=/; HttpOnly; SameSite=Lax";
    QTest::newRow("percent-encoded key") << get("/?key=" + encoded) << kPhone << 303 << QByteArray("/") << setCookie;

    // This computer needs no key.
    QTest::newRow("loopback IPv4") << get("/", "127.0.0.1:8080") << QHostAddress(QHostAddress::LocalHost) << 0
                                   << QByteArray() << QByteArray();
    QTest::newRow("loopback IPv6") << get("/", "[::1]:8080") << QHostAddress(QHostAddress::LocalHostIPv6) << 0
                                   << QByteArray() << QByteArray();
    QTest::newRow("another loopback address")
        << get("/", "localhost:8080") << QHostAddress(QStringLiteral("127.0.0.2")) << 0 << QByteArray() << QByteArray();
    QTest::newRow("loopback with a wrong key")
        << get("/?key=nope", "localhost:8080") << QHostAddress(QHostAddress::LocalHost) << 0 << QByteArray()
        << QByteArray();

    // Where the redirect goes: the same path and the other parameters, byte
    // for byte.
    QTest::newRow("other parameters kept") << get("/photos/a%20b.jpg?x=1&key=" + kKey + "&y=%2F+z&download") << kPhone
                                           << 303 << QByteArray("/photos/a%20b.jpg?x=1&y=%2F+z&download") << setCookie;
    QTest::newRow("key first") << get("/?key=" + kKey + "&zip") << kPhone << 303 << QByteArray("/?zip") << setCookie;
    QTest::newRow("names like key kept") << get("/?keys=1&key=" + kKey + "&mykey=2&Key=3") << kPhone << 303
                                         << QByteArray("/?keys=1&mykey=2&Key=3") << setCookie;
    QTest::newRow("percent-encoding kept") << get("/Caf%C3%A9/%E2%9C%93%2e/?key=" + kKey) << kPhone << 303
                                           << QByteArray("/Caf%C3%A9/%E2%9C%93%2e/") << setCookie;
    QTest::newRow("empty pairs kept") << get("/a?x=&&key=" + kKey) << kPhone << 303 << QByteArray("/a?x=&")
                                      << setCookie;
    QTest::newRow("absolute-form target")
        << QByteArray("GET http://192.168.1.5:8080/a/b?key=" + kKey + "&c HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n\r\n")
        << kPhone << 303 << QByteArray("/a/b?c") << setCookie;
    QTest::newRow("double slash stays on this host")
        << get("//evil.example/?key=" + kKey) << kPhone << 303 << QByteArray("/.//evil.example/") << setCookie;
    QTest::newRow("backslash stays on this host") << get("/\\evil.example/x\\y?key=" + kKey) << kPhone << 303
                                                  << QByteArray("/./%5Cevil.example/x%5Cy") << setCookie;

    // Every method, answered from the head: HEAD as GET, and a body is never
    // waited for.
    QTest::newRow("HEAD without key") << QByteArray("HEAD / HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n\r\n") << kPhone
                                      << 401 << QByteArray() << QByteArray();
    QTest::newRow("HEAD with key") << QByteArray("HEAD /x?key=" + kKey + " HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n\r\n")
                                   << kPhone << 303 << QByteArray("/x") << setCookie;
    QTest::newRow("POST without key, expecting 100-continue")
        << QByteArray("POST /up HTTP/1.1\r\nHost: 192.168.1.5:8080\r\nContent-Length: 1000000\r\n"
                      "Expect: 100-continue\r\n\r\n")
        << kPhone << 401 << QByteArray() << QByteArray();
    // A script that names the key is let through as it is (curl -T file
    // '...?key=K'); only a browser's GET or HEAD is redirected.
    QTest::newRow("PUT with the key") << QByteArray(
        "PUT /up/a.bin?key=" + kKey + " HTTP/1.1\r\nHost: 192.168.1.5:8080\r\nContent-Length: 3\r\n\r\n")
                                      << kPhone << 0 << QByteArray() << QByteArray();
    QTest::newRow("POST with a wrong key") << QByteArray("POST /up/?key=nope HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n"
                                                         "Content-Length: 3\r\n\r\n")
                                           << kPhone << 401 << QByteArray() << QByteArray();
    // This computer over its own network address needs no key either.
    QTest::newRow("this computer by its LAN address")
        << get("/", "192.168.1.5:8080") << kThisComputer << 0 << QByteArray() << QByteArray();
    QTest::newRow("OPTIONS * without key") << QByteArray("OPTIONS * HTTP/1.1\r\nHost: 192.168.1.5:8080\r\n\r\n")
                                           << kPhone << 401 << QByteArray() << QByteArray();
}

void tst_AccessGate::key()
{
    QFETCH(QByteArray, head);
    QFETCH(QHostAddress, client);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, cookie);

    AccessGate gate(keyed());
    const Outcome o = ask(gate, head, client);
    QCOMPARE(o.status, status);
    if (status == 303) {
        QCOMPARE(o.headers.value("Location"), location);
        QCOMPARE(o.headers.values("Set-Cookie"), QByteArrayList {cookie});
        QCOMPARE(o.headers.value("Cache-Control"), QByteArray("no-store"));
    } else {
        QVERIFY(!o.headers.contains("Set-Cookie"));
    }
    if (status == 401) {
        QCOMPARE(o.headers.value("WWW-Authenticate"), QByteArray("Servery-Key realm=\"Servery\""));
        QCOMPARE(o.headers.value("Cache-Control"), QByteArray("no-store"));
        QVERIFY(o.body.contains("Scan the QR code"));
    }
}

void tst_AccessGate::keyPageIsFriendlyAndScriptFree()
{
    AccessGate gate(keyed());
    const Outcome o = ask(gate, get("/?key=guess-guess-guess"));
    QCOMPARE(o.status, 401);
    QCOMPARE(o.headers.value("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(o.headers.value("Content-Security-Policy").startsWith("default-src 'none'"));
    QVERIFY(o.body.startsWith("<!DOCTYPE html>"));
    QVERIFY(o.body.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
    QVERIFY(o.body.contains("scan it with this device"));
    QVERIFY(!o.body.contains("<script"));
    QVERIFY(!o.body.contains("guess"));
    QVERIFY(!o.body.contains(kKey));
    QVERIFY(o.body.size() < 2048);
}

void tst_AccessGate::noKeyLetsEveryoneIn()
{
    AccessGate gate(keyed({}));
    QCOMPARE(ask(gate, get("/")).status, 0);
    // Without a key, "key" is just a parameter like any other.
    QCOMPARE(ask(gate, get("/?key=" + kKey)).status, 0);
    QCOMPARE(ask(gate, get("/", "evil.example")).status, 403);
}

void tst_AccessGate::parsesHosts_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("ipLiteral");
    QTest::addColumn<QByteArray>("cookieName");

    QTest::newRow("none") << QByteArray() << true << QByteArray() << false << QByteArray("servery_key_80");
    QTest::newRow("v4") << QByteArray("10.0.0.1:9") << true << QByteArray("10.0.0.1") << true
                        << QByteArray("servery_key_9");
    QTest::newRow("v6") << QByteArray("[FD00::2]:8080") << true << QByteArray("fd00::2") << true
                        << QByteArray("servery_key_8080");
    QTest::newRow("name") << QByteArray("Box.Local.:81") << true << QByteArray("box.local") << false
                          << QByteArray("servery_key_81");
    QTest::newRow("empty port") << QByteArray("box:") << true << QByteArray("box") << false
                                << QByteArray("servery_key_80");
    QTest::newRow("bad port") << QByteArray("box:8a") << false << QByteArray("box") << false
                              << QByteArray("servery_key_8a");
}

void tst_AccessGate::parsesHosts()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, valid);
    QFETCH(QByteArray, name);
    QFETCH(bool, ipLiteral);
    QFETCH(QByteArray, cookieName);
    const AccessGate::Host h = AccessGate::parseHost(host);
    QCOMPARE(h.valid, valid);
    QCOMPARE(h.name, name);
    QCOMPARE(h.ipLiteral, ipLiteral);
    if (valid)
        QCOMPARE(AccessGate::cookieName(h), cookieName);
}

void tst_AccessGate::gateOverTheWire()
{
    // The gate first, then the files, on loopback: this computer needs no
    // key, but the host is checked all the same; a refused request's body is
    // never asked for; the gate adds nothing to Allow.
    TestServer server;
    server.writeFile(QStringLiteral("a.txt"), "hello");
    QVERIFY2(server.start(keyed(generateAccessKey()), gateThenFiles()), qPrintable(server.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send("GET /a.txt HTTP/1.1\r\nHost: localhost\r\n\r\n"
                "HEAD /a.txt HTTP/1.1\r\nHost: evil.example\r\n\r\n"
                "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                "PUT /a.txt HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
    QList<WireResponse> r = client.readResponses(4, {false, true, false, false});
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("hello"));
    QCOMPARE(r[1].status, 403);
    QVERIFY(r[1].body.isEmpty());
    QCOMPARE(r[2].status, 204);
    QCOMPARE(r[2].header("Allow"), QByteArray("GET, HEAD, OPTIONS"));
    QCOMPARE(r[3].status, 405);
    QCOMPARE(r[3].header("Allow"), QByteArray("GET, HEAD, OPTIONS"));

    RawHttpClient upload;
    QVERIFY(upload.connectTo(server.port()));
    upload.send("PUT /b.txt HTTP/1.1\r\nHost: evil.example\r\nContent-Length: 100000\r\n"
                "Expect: 100-continue\r\n\r\n");
    r = upload.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 403);
    QVERIFY(r[0].body.contains("--allow-host evil.example"));
    QVERIFY(!upload.received().contains("100 Continue"));
    QVERIFY(upload.waitForClose());

    const QList<RequestRecord> records = server.waitForRecords(5);
    QCOMPARE(records.size(), 5);
    // The two connections may be on different workers, whose batches can
    // arrive in either order: find the refused HEAD by what it was.
    const auto head
        = std::find_if(records.begin(), records.end(), [](const RequestRecord &x) { return x.method == "HEAD"; });
    QVERIFY(head != records.end());
    QCOMPARE(head->status, 403);
    QCOMPARE(head->handler, QStringLiteral("access gate"));
    const auto put
        = std::find_if(records.begin(), records.end(), [](const RequestRecord &x) { return x.target == "/b.txt"; });
    QVERIFY(put != records.end());
    QCOMPARE(put->handler, QStringLiteral("access gate"));
}

QTEST_GUILESS_MAIN(tst_AccessGate)
#include "tst_accessgate.moc"
