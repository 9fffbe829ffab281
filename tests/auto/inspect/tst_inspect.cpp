// The inspector's engine side over a real server on port 0 and a raw
// client: catching every method whole (bodies in memory, then in a spill
// file, never both), the capture limit, the raw head, recorded response
// bodies, reply rules in front of the folder and in front of the catcher
// (order, body conditions, templates, delay, edits while running), CORS
// for the catcher, and what reaches the log.

#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/http/limits.h"
#include "server/inspect/CaptureSink.h"
#include "server/inspect/InspectState.h"
#include "server/route/StandardRoutes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &fields = {},
                   const QByteArray &body = {})
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n" + fields;
    if (!body.isEmpty() && !fields.contains("Transfer-Encoding"))
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return head + "\r\n" + body;
}

QByteArray patterned(qint64 size)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char((i * 7 + i / 251) & 0xff);
    return out;
}

ReplyRule rule(QByteArray method, QString path, int status, QString body = {})
{
    ReplyRule r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.status = status;
    r.body = std::move(body);
    return r;
}

ServerConfig catching(qint64 limit = Limits::kDefaultCaptureLimit)
{
    ServerConfig c;
    c.catchAll = true;
    c.keepRawHead = true;
    c.captureLimit = limit;
    return c;
}

// Records arrive in the order exchanges finish, which across workers need not
// be the order they were sent in.
RequestRecord recordFor(const QList<RequestRecord> &records, const QByteArray &method, const QByteArray &target)
{
    for (const RequestRecord &rec : records) {
        if (rec.method == method && rec.target == target)
            return rec;
    }
    return {};
}

RoutesForConfig routesWith(std::shared_ptr<InspectState> state)
{
    ExtraLinks extra;
    extra.inspect = std::move(state);
    return standardRoutesWith(extra);
}

// One exchange on a fresh connection.
WireResponse exchange(TestServer &server, const QByteArray &bytes, bool head = false)
{
    RawHttpClient client;
    if (!client.connectTo(server.port()))
        return {};
    client.send(bytes);
    const QList<WireResponse> r = client.readResponses(1, {head});
    return r.isEmpty() ? WireResponse {} : r.constLast();
}

QJsonObject json(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestInspect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catchesEveryMethod_data();
    void catchesEveryMethod();
    void bodyPastMemoryGoesToAFileOnly();
    void bodyAtTheMemoryLimitStaysInMemory();
    void chunkedBodyIsKeptWhole();
    void announcedBodyOverTheLimitIs413();
    void chunkedBodyOverTheLimitKeepsTheFirstPart();
    void abandonedBodyKeepsWhatArrived();
    void malformedHeadIsKeptRaw();
    void catcherAnswersCorsPreflights();
    void bodyFileIsRemovedWithTheLastRecord();
    void captureSinkSpillsOnceAndReadsBack();
    void captureSinkKeepsWithinTheSpillBudget();
    void captureSinkFailureNamesNoPath();
    void ruleWantingABodyLeavesBodilessRequestsAlone();
    void ruleRepliesAllowAnyOriginWhenCatching();
    void rulesAnswerBeforeTheFolder();
    void rulesAnswerBeforeTheCatcher();
    void bodyConditionsFallThrough();
    void bodyConditionsWithoutCatchingAnswer404();
    void templatesUseTheRequest();
    void delayHoldsTheWholeAnswer();
    void clientLeavingDuringADelay();
    void stopDoesNotWaitOutADelay();
    void rulesChangeWhileRunning();
    void allowListsTheRulesMethods();
};

void TestInspect::catchesEveryMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("fields");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray();
    QTest::newRow("POST json") << QByteArray("POST") << QByteArray("Content-Type: application/json\r\n")
                               << QByteArray(R"({"event":"push","n":[1,2,3]})");
    QByteArray binary;
    for (int i = 0; i < 256; ++i)
        binary += char(i);
    QTest::newRow("PUT binary") << QByteArray("PUT") << QByteArray("Content-Type: application/octet-stream\r\n")
                                << binary;
    QTest::newRow("PATCH form") << QByteArray("PATCH")
                                << QByteArray("Content-Type: application/x-www-form-urlencoded\r\n")
                                << QByteArray("a=1&b=two+words");
    QTest::newRow("DELETE") << QByteArray("DELETE") << QByteArray() << QByteArray();
    QTest::newRow("custom method") << QByteArray("BREW") << QByteArray("X-Pot: tea\r\n") << QByteArray("earl grey");
}

void TestInspect::catchesEveryMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, fields);
    QFETCH(QByteArray, body);
    TestServer server;
    QVERIFY2(server.start(catching()), qPrintable(server.lastError()));

    const QByteArray sent = request(method, "/hooks/github?delivery=42", fields, body);
    const WireResponse r = exchange(server, sent);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject receipt = json(r.body);
    QCOMPARE(receipt.value(QStringLiteral("caught")).toBool(), true);
    QCOMPARE(receipt.value(QStringLiteral("method")).toString(), QString::fromLatin1(method));
    QCOMPARE(receipt.value(QStringLiteral("path")).toString(), QStringLiteral("/hooks/github"));
    QCOMPARE(receipt.value(QStringLiteral("query")).toString(), QStringLiteral("delivery=42"));
    QCOMPARE(qint64(receipt.value(QStringLiteral("bodyBytes")).toDouble()), qint64(body.size()));

    const QList<RequestRecord> records = server.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    const RequestRecord &rec = records.constFirst();
    QCOMPARE(rec.handler, QStringLiteral("catch"));
    QCOMPARE(rec.method, method);
    QCOMPARE(rec.requestBodySize, qint64(body.size()));
    QCOMPARE(rec.requestBodyBytes(), body);
    QVERIFY(!rec.requestBodyFile);
    // The head exactly as sent, up to and including the empty line.
    QCOMPARE(rec.rawHead, sent.left(sent.indexOf("\r\n\r\n") + 4));
    // The answer's body is in the log too.
    QCOMPARE(rec.responseBody, r.body);
}

void TestInspect::bodyPastMemoryGoesToAFileOnly()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const QByteArray body = patterned(3 * kMiB + 17);
    const WireResponse r = exchange(server, request("POST", "/upload", {}, body));
    QCOMPARE(r.status, 200);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QCOMPARE(rec.requestBodySize, body.size());
    QVERIFY(rec.requestBodyFile);
    QVERIFY2(rec.requestBody.isEmpty(), "a spilled body must not also be held in memory");
    QCOMPARE(rec.requestBodyFile->size(), body.size());
    QVERIFY(rec.requestBodyFile->path().startsWith(BodyFile::spillFolder()));
    QFile file(rec.requestBodyFile->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), body);
    // Pieces come from the file wherever asked.
    QCOMPARE(rec.requestBodyBytes(kMiB - 3, 10), body.mid(kMiB - 3, 10));
    QCOMPARE(rec.requestBodyBytes(body.size() - 5), body.right(5));
    QCOMPARE(rec.requestBodyKept(), body.size());
}

void TestInspect::bodyAtTheMemoryLimitStaysInMemory()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const QByteArray body = patterned(Limits::kCaptureMemoryBytes);
    QCOMPARE(exchange(server, request("POST", "/", {}, body)).status, 200);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QVERIFY(!rec.requestBodyFile);
    QCOMPARE(rec.requestBody, body);
}

void TestInspect::chunkedBodyIsKeptWhole()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const QByteArray a = patterned(70'000);
    const QByteArray b = "tail";
    const QByteArray chunked = QByteArray::number(a.size(), 16) + "\r\n" + a + "\r\n" + QByteArray::number(b.size(), 16)
        + "\r\n" + b + "\r\n0\r\n\r\n";
    QCOMPARE(exchange(server, request("POST", "/c", "Transfer-Encoding: chunked\r\n", chunked)).status, 200);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    // All of it, not the first 64 KiB other requests keep.
    QCOMPARE(rec.requestBodyBytes(), a + b);
}

void TestInspect::announcedBodyOverTheLimitIs413()
{
    TestServer server;
    QVERIFY(server.start(catching(1000)));
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    client.send("POST /big HTTP/1.1\r\nHost: test\r\nContent-Length: 2000\r\n\r\n");
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.constFirst().status, 413);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QCOMPARE(rec.status, 413);
    QCOMPARE(rec.requestBodyKept(), 0);
}

void TestInspect::chunkedBodyOverTheLimitKeepsTheFirstPart()
{
    TestServer server;
    QVERIFY(server.start(catching(1000)));
    const QByteArray data = patterned(600);
    QByteArray chunked;
    for (int i = 0; i < 5; ++i)
        chunked += "258\r\n" + data + "\r\n";
    chunked += "0\r\n\r\n";
    const WireResponse r = exchange(server, request("POST", "/big", "Transfer-Encoding: chunked\r\n", chunked));
    QCOMPARE(r.status, 413);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QCOMPARE(rec.status, 413);
    QVERIFY(rec.requestBodyKept() > 0);
    QVERIFY(rec.requestBodyKept() <= 1000);
    QCOMPARE(rec.requestBodyBytes(), QByteArray(data + data).left(rec.requestBodyKept()));
}

void TestInspect::abandonedBodyKeepsWhatArrived()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const QByteArray part = patterned(2 * kMiB);
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server.port()));
        client.send("PUT /file HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(5 * kMiB) + "\r\n\r\n"
                    + part);
        QTRY_VERIFY(client.socket().bytesToWrite() == 0);
    }
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QVERIFY(!rec.error.isEmpty());
    QCOMPARE(rec.status, 0);
    QVERIFY(rec.requestBodyKept() > 0);
    QCOMPARE(rec.requestBodyBytes(), part.left(rec.requestBodyKept()));
}

void TestInspect::malformedHeadIsKeptRaw()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const QByteArray bad = "POST /x HTTP/1.1\r\nHost: test\r\nBad Header: value\r\n\r\n";
    QCOMPARE(exchange(server, bad).status, 400);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QCOMPARE(rec.status, 400);
    QVERIFY(rec.rawHead.startsWith("POST /x HTTP/1.1\r\nHost: test\r\nBad Header"));
}

void TestInspect::catcherAnswersCorsPreflights()
{
    TestServer server;
    QVERIFY(server.start(catching()));
    const WireResponse r = exchange(server,
                                    request("OPTIONS", "/api",
                                            "Origin: http://localhost:5173\r\n"
                                            "Access-Control-Request-Method: PUT\r\n"
                                            "Access-Control-Request-Headers: content-type, x-token\r\n"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QCOMPARE(r.header("Access-Control-Allow-Methods"), QByteArray("PUT"));
    QCOMPARE(r.header("Access-Control-Allow-Headers"), QByteArray("content-type, x-token"));
    const WireResponse post = exchange(server, request("POST", "/api", "Origin: http://localhost:5173\r\n", "x"));
    QCOMPARE(post.header("Access-Control-Allow-Origin"), QByteArray("*"));
}

void TestInspect::bodyFileIsRemovedWithTheLastRecord()
{
    const QString path = BodyFile::spillFolder() + QStringLiteral("/test-removal");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12345");
    }
    auto file = std::make_shared<const BodyFile>(path, 5);
    RequestRecord a;
    a.requestBodyFile = file;
    RequestRecord b = a;
    file.reset();
    QCOMPARE(a.requestBodyBytes(1, 3), QByteArray("234"));
    a = RequestRecord {};
    QVERIFY(QFile::exists(path));
    b = RequestRecord {};
    QVERIFY(!QFile::exists(path));
}

void TestInspect::captureSinkSpillsOnceAndReadsBack()
{
    int answered = 0;
    CaptureSink sink([&](const CaptureSink &s) {
        ++answered;
        HttpResponse r;
        r.setBody(s.head(4));
        return r;
    });
    const QByteArray a = patterned(Limits::kCaptureMemoryBytes);
    QCOMPARE(sink.write(a), BodySink::Status::Ready);
    QCOMPARE(sink.write("xyz"), BodySink::Status::Ready);
    QCOMPARE(sink.size(), a.size() + 3);
    QCOMPARE(sink.head(4), a.left(4));
    sink.finish();
    QCOMPARE(answered, 1);
    RequestRecord rec;
    sink.moveKeptBody(rec);
    QVERIFY(rec.requestBodyFile);
    QCOMPARE(rec.requestBodyBytes(a.size() - 1), a.right(1) + "xyz");
}

void TestInspect::captureSinkKeepsWithinTheSpillBudget()
{
    // Spend what is left of the process's budget, as many caught bodies would.
    const qint64 rest = Limits::kMaxSpilledBytes - BodyFile::spilledBytes();
    QVERIFY(BodyFile::reserveSpill(rest));
    QVERIFY(!BodyFile::reserveSpill(1));
    {
        CaptureSink sink([](const CaptureSink &) { return HttpResponse(); });
        const QByteArray body = patterned(3 * Limits::kCaptureMemoryBytes);
        QCOMPARE(sink.write(QByteArrayView(body).first(Limits::kCaptureMemoryBytes)), BodySink::Status::Ready);
        QCOMPARE(sink.write(QByteArrayView(body).sliced(Limits::kCaptureMemoryBytes)), BodySink::Status::Ready);
        QCOMPARE(sink.size(), body.size());
        // The first MiB stays (in memory); the rest is counted, not kept.
        QCOMPARE(sink.kept(), Limits::kCaptureMemoryBytes);
        sink.finish();
        RequestRecord rec;
        sink.moveKeptBody(rec);
        QVERIFY(!rec.requestBodyFile);
        QCOMPARE(rec.requestBodyBytes(), body.left(Limits::kCaptureMemoryBytes));
    }
    BodyFile::releaseSpill(rest);
    // With room again, a body spills, and gives its share back when it goes.
    const qint64 before = BodyFile::spilledBytes();
    {
        CaptureSink sink([](const CaptureSink &) { return HttpResponse(); });
        QCOMPARE(sink.write(patterned(2 * Limits::kCaptureMemoryBytes)), BodySink::Status::Ready);
        QCOMPARE(BodyFile::spilledBytes(), before + 2 * Limits::kCaptureMemoryBytes);
        RequestRecord rec;
        sink.moveKeptBody(rec);
        QVERIFY(rec.requestBodyFile);
        QCOMPARE(BodyFile::spilledBytes(), before + 2 * Limits::kCaptureMemoryBytes);
    }
    QCOMPARE(BodyFile::spilledBytes(), before);
}

void TestInspect::captureSinkFailureNamesNoPath()
{
    CaptureSink sink([](const CaptureSink &) { return HttpResponse(); });
    const HttpResponse r = sink.failure();
    QCOMPARE(r.status, 507);
    QByteArray body;
    QCOMPARE(r.body->read(body, 4096), BodySource::Status::End);
    QCOMPARE(body, QByteArray("The request body could not be stored on this computer.\n"));
}

void TestInspect::ruleWantingABodyLeavesBodilessRequestsAlone()
{
    ReplyRule picky = rule({}, QStringLiteral("*"), 200, QStringLiteral("z"));
    picky.bodyContains = QStringLiteral("zzz");
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {picky});
    TestServer server;
    server.writeFile(QStringLiteral("index.html"), "<p>home</p>");
    QVERIFY(server.start({}, routesWith(state)));
    const WireResponse page = exchange(server, request("GET", "/index.html"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body, QByteArray("<p>home</p>"));
    QCOMPARE(exchange(server, request("OPTIONS", "/index.html")).status, 204);
}

void TestInspect::ruleRepliesAllowAnyOriginWhenCatching()
{
    ReplyRule created = rule({}, QStringLiteral("/api/*"), 201, QStringLiteral("made"));
    ReplyRule own = rule("GET", QStringLiteral("/own"), 200, QStringLiteral("own"));
    own.headers = {{"Access-Control-Allow-Origin", QStringLiteral("https://app.example")}};
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {created, own});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    const QByteArray origin = "Origin: http://localhost:5173\r\n";
    const WireResponse post = exchange(server, request("POST", "/api/x", origin, "{}"));
    QCOMPARE(post.status, 201);
    QCOMPARE(post.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const WireResponse get = exchange(server, request("GET", "/api/x", origin));
    QCOMPARE(get.header("Access-Control-Allow-Origin"), QByteArray("*"));
    // A rule's own CORS field stands.
    QCOMPARE(exchange(server, request("GET", "/own", origin)).header("Access-Control-Allow-Origin"),
             QByteArray("https://app.example"));
    // A preflight is the catcher's to allow, not the any-method rule's.
    const WireResponse preflight
        = exchange(server, request("OPTIONS", "/api/x", origin + "Access-Control-Request-Method: POST\r\n"));
    QCOMPARE(preflight.status, 200);
    QCOMPARE(preflight.header("Access-Control-Allow-Methods"), QByteArray("POST"));
    QVERIFY(preflight.body.contains("\"caught\":true"));
}

void TestInspect::rulesAnswerBeforeTheFolder()
{
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {
        rule("GET", QStringLiteral("/data.json"), 200, QStringLiteral(R"({"from":"rule"})")),
        rule("POST", QStringLiteral("/api/*"), 201, QStringLiteral("created")),
    });
    TestServer server;
    server.writeFile(QStringLiteral("data.json"), R"({"from":"file"})");
    server.writeFile(QStringLiteral("page.html"), "<p>page</p>");
    ServerConfig config;
    config.keepRawHead = true;
    QVERIFY(server.start(config, routesWith(state)));

    const WireResponse fromRule = exchange(server, request("GET", "/data.json"));
    QCOMPARE(fromRule.status, 200);
    QCOMPARE(fromRule.body, QByteArray(R"({"from":"rule"})"));
    QCOMPARE(fromRule.header("Content-Type"), QByteArray("application/json"));
    const WireResponse page = exchange(server, request("GET", "/page.html"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body, QByteArray("<p>page</p>"));
    const WireResponse created = exchange(server, request("POST", "/api/orders/9", {}, "{}"));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.body, QByteArray("created"));
    QCOMPARE(created.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));

    const QList<RequestRecord> records = server.waitForRecords(3);
    QCOMPARE(records.size(), 3);
    const RequestRecord api = recordFor(records, "GET", "/data.json");
    QCOMPARE(api.rule, QStringLiteral("#1"));
    QCOMPARE(api.handler, QStringLiteral("rule"));
    const RequestRecord file = recordFor(records, "GET", "/page.html");
    QCOMPARE(file.status, 200);
    QCOMPARE(file.rule, QString());
    const RequestRecord order = recordFor(records, "POST", "/api/orders/9");
    QCOMPARE(order.rule, QStringLiteral("#2"));
    QCOMPARE(order.requestBodyBytes(), QByteArray("{}"));
}

void TestInspect::rulesAnswerBeforeTheCatcher()
{
    ReplyRule first = rule("POST", QStringLiteral("/api/*"), 201, QStringLiteral(R"({"id": 7})"));
    first.name = QStringLiteral("create");
    first.headers = {{"X-Mock", QStringLiteral("yes")}};
    ReplyRule second = rule({}, QStringLiteral("/api/*"), 418, QStringLiteral("teapot"));
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {first, second});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));

    const WireResponse r = exchange(server, request("POST", "/api/items", "Content-Type: application/json\r\n", "{}"));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.header("X-Mock"), QByteArray("yes"));
    QCOMPARE(r.body, QByteArray(R"({"id": 7})"));
    // The first matching rule wins; a later one takes what the first does not.
    QCOMPARE(exchange(server, request("PUT", "/api/items", {}, "x")).status, 418);
    // No rule: the receipt.
    QCOMPARE(exchange(server, request("POST", "/elsewhere", {}, "x")).status, 200);
    const QList<RequestRecord> records = server.waitForRecords(3);
    const RequestRecord created = recordFor(records, "POST", "/api/items");
    QCOMPARE(created.rule, QStringLiteral("create"));
    QVERIFY(!created.rawHead.isEmpty());
    QCOMPARE(recordFor(records, "PUT", "/api/items").rule, QStringLiteral("#2"));
    QCOMPARE(recordFor(records, "POST", "/elsewhere").handler, QStringLiteral("catch"));
}

void TestInspect::bodyConditionsFallThrough()
{
    ReplyRule orders = rule("POST", QStringLiteral("/hook"), 201, QStringLiteral("order"));
    orders.bodyJson = {{QStringLiteral("type"), QJsonValue(QStringLiteral("order"))}};
    ReplyRule pings = rule("POST", QStringLiteral("/hook"), 202, QStringLiteral("ping"));
    pings.bodyContains = QStringLiteral("ping");
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {orders, pings});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    QCOMPARE(exchange(server, request("POST", "/hook", {}, R"({"type":"order"})")).body, QByteArray("order"));
    QCOMPARE(exchange(server, request("POST", "/hook", {}, R"({"type":"ping"})")).body, QByteArray("ping"));
    const WireResponse none = exchange(server, request("POST", "/hook", {}, R"({"type":"other"})"));
    QCOMPARE(none.status, 200);
    QCOMPARE(json(none.body).value(QStringLiteral("caught")).toBool(), true);
}

void TestInspect::bodyConditionsWithoutCatchingAnswer404()
{
    ReplyRule orders = rule("POST", QStringLiteral("/hook"), 201, QStringLiteral("order"));
    orders.bodyContains = QStringLiteral("order");
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {orders});
    TestServer server;
    QVERIFY(server.start({}, routesWith(state)));
    QCOMPARE(exchange(server, request("POST", "/hook", {}, "an order")).status, 201);
    const WireResponse other = exchange(server, request("POST", "/hook", {}, "something else"));
    QCOMPARE(other.status, 404);
    QVERIFY(other.body.contains("No reply rule matched"));
}

void TestInspect::templatesUseTheRequest()
{
    ReplyRule echo = rule("POST", QStringLiteral("/users/:id"), 200,
                          QStringLiteral(R"({"id": "{{params.id}}", "name": "{{body.name}}", "m": "{{method}}"})"));
    echo.isTemplate = true;
    echo.headers = {{"X-Seen", QStringLiteral("{{headers.x-client}}")}};
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {echo});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    const WireResponse r = exchange(server, request("POST", "/users/42", "X-Client: phone\r\n", R"({"name": "Ada"})"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"id": "42", "name": "Ada", "m": "POST"})"));
    QCOMPARE(r.header("X-Seen"), QByteArray("phone"));
}

void TestInspect::delayHoldsTheWholeAnswer()
{
    ReplyRule slow = rule("GET", QStringLiteral("/slow"), 200, QStringLiteral("late"));
    slow.delayMs = 300;
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {slow});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    QElapsedTimer clock;
    clock.start();
    client.send(request("GET", "/slow"));
    // Nothing, not even the status line, before the delay.
    QVERIFY(!client.waitForBytes(1, 150ms));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.constFirst().body, QByteArray("late"));
    // The connection stays usable after a delayed answer.
    client.clearReceived();
    client.send(request("GET", "/other"));
    QCOMPARE(client.readResponses(1).constFirst().status, 200);
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QVERIFY(rec.timeToFirstByteUs >= 300'000);
    QCOMPARE(rec.rule, QStringLiteral("#1"));
}

void TestInspect::clientLeavingDuringADelay()
{
    ReplyRule slow = rule({}, QStringLiteral("*"), 200, QStringLiteral("late"));
    slow.delayMs = 2000;
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {slow});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(server.port()));
        client.send(request("GET", "/gone"));
        QTRY_VERIFY(client.socket().bytesToWrite() == 0);
        // The server has the request before the client goes.
        QTRY_COMPARE(server.server().stats().openConnections, 1);
    }
    const RequestRecord rec = server.waitForRecords(1).constFirst();
    QCOMPARE(rec.status, 0);
    QVERIFY(!rec.error.isEmpty());
    QCOMPARE(rec.rule, QStringLiteral("#1"));
    QVERIFY(server.stop());
}

void TestInspect::stopDoesNotWaitOutADelay()
{
    ReplyRule slow = rule({}, QStringLiteral("*"), 200, QStringLiteral("late"));
    slow.delayMs = 30000;
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {slow});
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    RawHttpClient client;
    QVERIFY(client.connectTo(server.port()));
    const QByteArray bytes = request("GET", "/slow");
    client.send(bytes);
    // Counted as it is read, and parsed in the same turn of the worker; the
    // stop's drain comes after that turn.
    QTRY_COMPARE(server.server().stats().bytesReceived, quint64(bytes.size()));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(server.stop(std::chrono::seconds(20)));
    // The answer went at once, closing the connection, not after the delay
    // (nor cut off when the drain's deadline passed).
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("late"));
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
}

void TestInspect::rulesChangeWhileRunning()
{
    auto state = std::make_shared<InspectState>();
    TestServer server;
    QVERIFY(server.start(catching(), routesWith(state)));
    QCOMPARE(exchange(server, request("GET", "/flag")).status, 200);
    state->setRules({rule("GET", QStringLiteral("/flag"), 503, QStringLiteral("down"))});
    QCOMPARE(exchange(server, request("GET", "/flag")).status, 503);
    ReplyRule off = rule("GET", QStringLiteral("/flag"), 503);
    off.enabled = false;
    state->setRules({off});
    QCOMPARE(exchange(server, request("GET", "/flag")).status, 200);
}

void TestInspect::allowListsTheRulesMethods()
{
    auto state = std::make_shared<InspectState>(QList<ReplyRule> {rule("POST", QStringLiteral("/api/*"), 201),
                                                                  rule("DELETE", QStringLiteral("/api/:id"), 204)});
    TestServer server;
    QVERIFY(server.start({}, routesWith(state)));
    const WireResponse r = exchange(server, request("OPTIONS", "/api/3"));
    QCOMPARE(r.status, 204);
    const QByteArray allow = r.header("Allow");
    QVERIFY2(allow.contains("POST") && allow.contains("DELETE"), allow.constData());
    QCOMPARE(exchange(server, request("DELETE", "/api/3")).status, 204);
    // A method nothing takes there: 405 naming what is.
    const WireResponse put = exchange(server, request("PUT", "/api/3", {}, "x"));
    QCOMPARE(put.status, 405);
    QVERIFY(put.header("Allow").contains("POST"));
}

QTEST_GUILESS_MAIN(TestInspect)
#include "tst_inspect.moc"
