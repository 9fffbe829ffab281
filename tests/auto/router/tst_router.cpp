// Tests of the handler chain (Router): the order links run in, that the first
// answer ends the walk, which links are asked about which methods, and the
// method rules the router applies itself when every link passes: 404, 405
// with Allow (RFC 9110 15.5.6), and OPTIONS with Allow (9.3.7).

#include "server/route/Router.h"

#include <QtTest>

#include <functional>
#include <memory>

using namespace Servery;

namespace {

// What every fake link writes down, in call order, so a test can see which
// links were consulted and in which order.
using CallLog = QByteArrayList;

// A link whose methods and answer a test chooses. It counts its calls and
// records its name in a shared log.
class FakeLink final : public Handler {
public:
    using Answer = std::function<Decision(const RequestContext &)>;
    using MethodsFor = std::function<QByteArrayList(const RequestContext &)>;

    FakeLink(QByteArray name, QByteArrayList methods, CallLog *log, Answer answer = {})
        : m_name(std::move(name))
        , m_methods(std::move(methods))
        , m_log(log)
        , m_answer(std::move(answer))
    {
    }

    void setMethodsFor(MethodsFor methodsFor) { m_methodsFor = std::move(methodsFor); }

    QByteArrayList methods() const override { return m_methods; }
    QByteArrayList methodsFor(const RequestContext &context) const override
    {
        return m_methodsFor ? m_methodsFor(context) : Handler::methodsFor(context);
    }
    Decision handle(const RequestContext &context) override
    {
        ++calls;
        if (m_log)
            m_log->append(m_name);
        return m_answer ? m_answer(context) : Decision::pass();
    }

    int calls = 0;

private:
    QByteArray m_name;
    QByteArrayList m_methods;
    CallLog *m_log;
    Answer m_answer;
    MethodsFor m_methodsFor;
};

// A sink that takes everything; only its identity matters here.
class NullSink final : public BodySink {
public:
    Status write(QByteArrayView) override { return Status::Ready; }
    HttpResponse finish() override { return HttpResponse::error(500); }
    void abort() override { }
};

HttpRequest makeRequest(const QByteArray &method, const QByteArray &path = QByteArrayLiteral("/index.html"))
{
    HttpRequest r;
    r.method = method;
    r.target = path;
    r.path = path;
    r.host = QByteArrayLiteral("localhost");
    return r;
}

RequestContext makeContext(const HttpRequest &request)
{
    // The context refers to the connection's addresses; these outlive it.
    static const QHostAddress loopback(QHostAddress::LocalHost);
    return RequestContext {request, loopback, 50000, loopback, 1};
}

FakeLink::Answer respondWith(int status)
{
    return [status](const RequestContext &) {
        HttpResponse r;
        r.status = status;
        return Decision::respond(std::move(r));
    };
}

// Appends a link and returns a pointer the test keeps to read its counters.
FakeLink *addLink(Router &router, QByteArray name, QByteArrayList methods, CallLog *log, FakeLink::Answer answer = {})
{
    auto link = std::make_unique<FakeLink>(std::move(name), std::move(methods), log, std::move(answer));
    FakeLink *raw = link.get();
    router.append(std::move(link));
    return raw;
}

using MethodLists = QList<QByteArrayList>;

// A chain of links that all pass, one per entry of `lists`.
Router passingChain(const MethodLists &lists)
{
    Router router;
    int i = 0;
    for (const QByteArrayList &methods : lists)
        addLink(router, "link" + QByteArray::number(i++), methods, nullptr);
    return router;
}

} // namespace

class tst_Router : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void linksRunInAppendOrder();
    void firstAnswerWins_data();
    void firstAnswerWins();
    void linkSeesTheRequest();
    void methodFilter_data();
    void methodFilter();
    void fallback_data();
    void fallback();
    void methodsForPerTarget_data();
    void methodsForPerTarget();
    void allowHeader_data();
    void allowHeader();
    void readBodyCarriesSinkAndLimit_data();
    void readBodyCarriesSinkAndLimit();
    void emptyRouter_data();
    void emptyRouter();
};

void tst_Router::linksRunInAppendOrder()
{
    CallLog log;
    Router router;
    // Names that would sort differently from the append order, so a chain
    // kept in any sorted container would show up here.
    addLink(router, "zeta", {"GET"}, &log);
    addLink(router, "alpha", {"GET"}, &log);
    addLink(router, "mu", {"*"}, &log);
    QCOMPARE(router.size(), 3);

    const HttpRequest request = makeRequest("GET");
    const Decision d = router.route(makeContext(request));

    QCOMPARE(log, (CallLog {"zeta", "alpha", "mu"}));
    // Everyone passed: the router's own answer for a method that is taken.
    QCOMPARE(d.kind, Decision::Kind::Respond);
    QCOMPARE(d.response.status, 404);
}

void tst_Router::firstAnswerWins_data()
{
    QTest::addColumn<int>("answering"); // index of the link that answers
    QTest::addColumn<bool>("readBody"); // it answers ReadBody, else Respond

    for (int i = 0; i < 4; ++i) {
        for (const bool readBody : {false, true}) {
            const QByteArray name = "link " + QByteArray::number(i) + (readBody ? " reads the body" : " responds");
            QTest::newRow(name.constData()) << i << readBody;
        }
    }
}

void tst_Router::firstAnswerWins()
{
    QFETCH(int, answering);
    QFETCH(bool, readBody);

    constexpr int kLinks = 4;
    CallLog log;
    Router router;
    QList<FakeLink *> links;
    for (int i = 0; i < kLinks; ++i) {
        FakeLink::Answer answer;
        if (i >= answering) {
            // Every link from `answering` on would answer, each differently,
            // so the decision shows which one was taken.
            const int status = 200 + i;
            answer = [status, readBody](const RequestContext &) {
                if (readBody)
                    return Decision::readBody(std::make_unique<NullSink>(), status);
                HttpResponse r;
                r.status = status;
                return Decision::respond(std::move(r));
            };
        }
        links.append(addLink(router, "link" + QByteArray::number(i), {"POST"}, &log, answer));
    }

    const HttpRequest request = makeRequest("POST");
    const Decision d = router.route(makeContext(request));

    QCOMPARE(d.kind, readBody ? Decision::Kind::ReadBody : Decision::Kind::Respond);
    if (readBody)
        QCOMPARE(d.maxBodyBytes, qint64(200 + answering));
    else
        QCOMPARE(d.response.status, 200 + answering);
    for (int i = 0; i < kLinks; ++i)
        QCOMPARE(links.at(i)->calls, i <= answering ? 1 : 0);
    QCOMPARE(log.size(), answering + 1);
}

void tst_Router::linkSeesTheRequest()
{
    HttpRequest request = makeRequest("GET", "/a/b.txt");
    request.query = "x=1";
    RequestContext context {request, QHostAddress(QStringLiteral("192.0.2.7")), 41234,
                            QHostAddress(QStringLiteral("192.0.2.1")), 77};

    QByteArray seenPath;
    QByteArray seenQuery;
    QHostAddress seenClient;
    quint16 seenPort = 0;
    quint64 seenConnection = 0;
    Router router;
    addLink(router, "spy", {"GET"}, nullptr, [&](const RequestContext &c) {
        seenPath = c.request.path;
        seenQuery = c.request.query;
        seenClient = c.clientAddress;
        seenPort = c.clientPort;
        seenConnection = c.connectionId;
        return Decision::pass();
    });
    router.route(context);

    QCOMPARE(seenPath, QByteArray("/a/b.txt"));
    QCOMPARE(seenQuery, QByteArray("x=1"));
    QCOMPARE(seenClient, QHostAddress(QStringLiteral("192.0.2.7")));
    QCOMPARE(seenPort, quint16(41234));
    QCOMPARE(seenConnection, quint64(77));
}

void tst_Router::methodFilter_data()
{
    QTest::addColumn<QByteArrayList>("linkMethods");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("asked");

    QTest::newRow("GET link is asked about GET") << QByteArrayList {"GET"} << QByteArray("GET") << true;
    // HEAD is routed as GET; the connection drops the body.
    QTest::newRow("GET link is asked about HEAD") << QByteArrayList {"GET"} << QByteArray("HEAD") << true;
    QTest::newRow("GET link is not asked about POST") << QByteArrayList {"GET"} << QByteArray("POST") << false;
    QTest::newRow("GET link is not asked about OPTIONS") << QByteArrayList {"GET"} << QByteArray("OPTIONS") << false;
    QTest::newRow("POST link is not asked about GET") << QByteArrayList {"POST"} << QByteArray("GET") << false;
    QTest::newRow("POST link is not asked about HEAD") << QByteArrayList {"POST"} << QByteArray("HEAD") << false;
    QTest::newRow("second declared method counts") << QByteArrayList {"PUT", "DELETE"} << QByteArray("DELETE") << true;
    // Methods are case-sensitive tokens (RFC 9110 9.1).
    QTest::newRow("lower-case get is not GET") << QByteArrayList {"GET"} << QByteArray("get") << false;
    QTest::newRow("star takes GET") << QByteArrayList {"*"} << QByteArray("GET") << true;
    QTest::newRow("star takes HEAD") << QByteArrayList {"*"} << QByteArray("HEAD") << true;
    QTest::newRow("star takes DELETE") << QByteArrayList {"*"} << QByteArray("DELETE") << true;
    QTest::newRow("star takes OPTIONS") << QByteArrayList {"*"} << QByteArray("OPTIONS") << true;
    QTest::newRow("star takes an extension method") << QByteArrayList {"*"} << QByteArray("PROPFIND") << true;
    // A link may answer OPTIONS itself (CORS preflight, say) before the
    // router's own 204.
    QTest::newRow("OPTIONS link is asked about OPTIONS") << QByteArrayList {"OPTIONS"} << QByteArray("OPTIONS") << true;
    QTest::newRow("link with no methods is never asked") << QByteArrayList {} << QByteArray("GET") << false;
}

void tst_Router::methodFilter()
{
    QFETCH(QByteArrayList, linkMethods);
    QFETCH(QByteArray, method);
    QFETCH(bool, asked);

    // 299 is no status the router makes up itself.
    Router router;
    FakeLink *link = addLink(router, "only", linkMethods, nullptr, respondWith(299));
    const HttpRequest request = makeRequest(method);
    const Decision d = router.route(makeContext(request));

    QCOMPARE(link->calls, asked ? 1 : 0);
    QCOMPARE(d.kind, Decision::Kind::Respond);
    if (asked)
        QCOMPARE(d.response.status, 299);
    else
        QVERIFY2(d.response.status != 299, "a link answered a method it does not declare");
}

void tst_Router::fallback_data()
{
    QTest::addColumn<MethodLists>("links");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow"); // null: no Allow field

    const QByteArray none;
    const QByteArray getOnly = "GET, HEAD, OPTIONS";
    const QByteArray everything = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    // A method some link takes, but nobody answered: nothing is there.
    QTest::newRow("GET passed by a GET link: 404") << MethodLists {{"GET"}} << QByteArray("GET") << 404 << none;
    QTest::newRow("HEAD passed by a GET link: 404") << MethodLists {{"GET"}} << QByteArray("HEAD") << 404 << none;
    QTest::newRow("POST taken by a later link: 404")
        << MethodLists {{"GET"}, {"POST"}} << QByteArray("POST") << 404 << none;
    QTest::newRow("anything passed by a star link: 404") << MethodLists {{"*"}} << QByteArray("DELETE") << 404 << none;

    // A method no link takes: 405 with the Allow a 405 must carry
    // (RFC 9110 15.5.6).
    QTest::newRow("POST to a GET-only chain: 405") << MethodLists {{"GET"}} << QByteArray("POST") << 405 << getOnly;
    QTest::newRow("DELETE to a GET-only chain: 405") << MethodLists {{"GET"}} << QByteArray("DELETE") << 405 << getOnly;
    QTest::newRow("extension method nobody takes: 405")
        << MethodLists {{"GET"}} << QByteArray("BREW") << 405 << getOnly;
    QTest::newRow("GET to a POST-only chain: 405")
        << MethodLists {{"POST"}} << QByteArray("GET") << 405 << QByteArray("POST, OPTIONS");
    QTest::newRow("HEAD to a POST-only chain: 405")
        << MethodLists {{"POST"}} << QByteArray("HEAD") << 405 << QByteArray("POST, OPTIONS");

    // OPTIONS nobody answered: 204 with Allow (RFC 9110 9.3.7).
    QTest::newRow("OPTIONS on a GET chain: 204") << MethodLists {{"GET"}} << QByteArray("OPTIONS") << 204 << getOnly;
    QTest::newRow("OPTIONS on a star chain: 204") << MethodLists {{"*"}} << QByteArray("OPTIONS") << 204 << everything;
    QTest::newRow("OPTIONS across links: 204") << MethodLists {{"GET"}, {"POST"}, {"DELETE"}} << QByteArray("OPTIONS")
                                               << 204 << QByteArray("GET, HEAD, POST, DELETE, OPTIONS");
}

void tst_Router::fallback()
{
    QFETCH(MethodLists, links);
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    Router router = passingChain(links);
    const HttpRequest request = makeRequest(method);
    const Decision d = router.route(makeContext(request));

    QCOMPARE(d.kind, Decision::Kind::Respond);
    QCOMPARE(d.response.status, status);
    QCOMPARE(d.response.headers.value("Allow"), allow);
    QVERIFY(d.response.headers.count("Allow") <= 1);
    if (status == 204) {
        // RFC 9110 15.3.5: a 204 has no content.
        QVERIFY(!d.response.body);
    } else {
        // The error statuses come with the fixed error page.
        QVERIFY(d.response.body);
        QVERIFY(d.response.body->size() > 0);
    }
}

void tst_Router::methodsForPerTarget_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("allow");

    // An upload link takes POST for folders only (paths ending in '/').
    QTest::newRow("POST to a folder: taken, passed, 404")
        << QByteArray("POST") << QByteArray("/dir/") << 404 << QByteArray();
    QTest::newRow("POST to a file: not taken there, 405")
        << QByteArray("POST") << QByteArray("/dir/file.txt") << 405 << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("OPTIONS on a folder lists POST")
        << QByteArray("OPTIONS") << QByteArray("/dir/") << 204 << QByteArray("GET, HEAD, POST, OPTIONS");
    QTest::newRow("OPTIONS on a file does not")
        << QByteArray("OPTIONS") << QByteArray("/dir/file.txt") << 204 << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("GET is unaffected on a folder") << QByteArray("GET") << QByteArray("/dir/") << 404 << QByteArray();
    QTest::newRow("GET is unaffected on a file")
        << QByteArray("GET") << QByteArray("/dir/file.txt") << 404 << QByteArray();
}

void tst_Router::methodsForPerTarget()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, allow);

    Router router;
    addLink(router, "files", {"GET"}, nullptr);
    FakeLink *upload = addLink(router, "upload", {"POST"}, nullptr);
    upload->setMethodsFor([](const RequestContext &c) {
        return c.request.path.endsWith('/') ? QByteArrayList {"POST"} : QByteArrayList {};
    });

    const HttpRequest request = makeRequest(method, path);
    const RequestContext context = makeContext(request);
    const Decision d = router.route(context);

    QCOMPARE(d.response.status, status);
    QCOMPARE(d.response.headers.value("Allow"), allow);
    // allowHeader() is the same answer, asked directly.
    if (!allow.isNull())
        QCOMPARE(router.allowHeader(context), allow);
}

void tst_Router::allowHeader_data()
{
    QTest::addColumn<MethodLists>("links");
    QTest::addColumn<QByteArray>("allow");

    // OPTIONS is always allowed: the router answers it itself.
    QTest::newRow("no links: OPTIONS only") << MethodLists {} << QByteArray("OPTIONS");
    QTest::newRow("links taking nothing: OPTIONS only") << MethodLists {{}, {}} << QByteArray("OPTIONS");
    // HEAD is allowed wherever GET is, since it is routed as GET.
    QTest::newRow("GET brings HEAD") << MethodLists {{"GET"}} << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("POST alone has no HEAD") << MethodLists {{"POST"}} << QByteArray("POST, OPTIONS");
    QTest::newRow("methods from several links")
        << MethodLists {{"GET"}, {"POST", "PUT"}} << QByteArray("GET, HEAD, POST, PUT, OPTIONS");
    // A fixed order, whatever order the links declare them in, so the header
    // reads the same for every chain.
    QTest::newRow("declared order does not matter")
        << MethodLists {{"DELETE"}, {"PATCH", "GET"}} << QByteArray("GET, HEAD, PATCH, DELETE, OPTIONS");
    QTest::newRow("duplicates across links listed once")
        << MethodLists {{"GET"}, {"GET", "POST"}, {"POST"}} << QByteArray("GET, HEAD, POST, OPTIONS");
    QTest::newRow("explicit HEAD with GET listed once")
        << MethodLists {{"GET", "HEAD"}} << QByteArray("GET, HEAD, OPTIONS");
    QTest::newRow("explicit OPTIONS listed once") << MethodLists {{"OPTIONS"}} << QByteArray("OPTIONS");
    QTest::newRow("star allows every known method")
        << MethodLists {{"*"}} << QByteArray("GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS");
    QTest::newRow("extension methods after the known ones")
        << MethodLists {{"PROPFIND"}, {"GET"}} << QByteArray("GET, HEAD, PROPFIND, OPTIONS");
}

void tst_Router::allowHeader()
{
    QFETCH(MethodLists, links);
    QFETCH(QByteArray, allow);

    const Router router = passingChain(links);
    const HttpRequest request = makeRequest("GET");
    QCOMPARE(router.allowHeader(makeContext(request)), allow);
}

void tst_Router::readBodyCarriesSinkAndLimit_data()
{
    QTest::addColumn<qint64>("limit");

    QTest::newRow("the server's limit (-1)") << qint64(-1);
    QTest::newRow("a handler's own limit") << qint64(1234);
    QTest::newRow("no body at all (0)") << qint64(0);
    QTest::newRow("a large limit") << (qint64(5) << 30);
}

void tst_Router::readBodyCarriesSinkAndLimit()
{
    QFETCH(qint64, limit);

    BodySink *created = nullptr;
    Router router;
    addLink(router, "pass", {"PUT"}, nullptr);
    addLink(router, "upload", {"PUT"}, nullptr, [&](const RequestContext &) {
        auto sink = std::make_unique<NullSink>();
        created = sink.get();
        return limit < 0 ? Decision::readBody(std::move(sink)) : Decision::readBody(std::move(sink), limit);
    });

    const HttpRequest request = makeRequest("PUT", "/upload/file.bin");
    const Decision d = router.route(makeContext(request));

    QCOMPARE(d.kind, Decision::Kind::ReadBody);
    QVERIFY(created);
    // The very sink the link made, not a copy or a replacement.
    QCOMPARE(d.sink.get(), created);
    QCOMPARE(d.maxBodyBytes, limit);
}

void tst_Router::emptyRouter_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");

    // By the router's rule a method no link takes is 405, and an empty chain
    // takes none, so everything but OPTIONS is 405 with "Allow: OPTIONS".
    // That is the sensible answer: the same rule as for any chain, and the
    // Allow field is truthful, since OPTIONS is all such a server answers.
    QTest::newRow("GET") << QByteArray("GET") << 405;
    QTest::newRow("HEAD") << QByteArray("HEAD") << 405;
    QTest::newRow("POST") << QByteArray("POST") << 405;
    QTest::newRow("OPTIONS") << QByteArray("OPTIONS") << 204;
}

void tst_Router::emptyRouter()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);

    Router router;
    QCOMPARE(router.size(), 0);
    const HttpRequest request = makeRequest(method);
    const Decision d = router.route(makeContext(request));

    QCOMPARE(d.kind, Decision::Kind::Respond);
    QCOMPARE(d.response.status, status);
    // 405 must carry Allow (RFC 9110 15.5.6), and so does the 204.
    QCOMPARE(d.response.headers.value("Allow"), QByteArray("OPTIONS"));
}

QTEST_APPLESS_MAIN(tst_Router)

#include "tst_router.moc"
