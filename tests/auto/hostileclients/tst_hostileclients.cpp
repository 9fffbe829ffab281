// What testing the engine as a hostile or careless client found, each as a
// test: bytes that are not HTTP, one address holding thousands of
// connections, a full server with idle keep-alive connections, a version we
// do not speak. Clients come from other loopback addresses (127.0.0.2, ...)
// to play other devices.

#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/net/Platform.h"

#include <QtTest>

#include <memory>
#include <vector>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

QByteArray get(const QByteArray &target)
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

// A client that connects from `source` (a loopback address other than
// 127.0.0.1 stands for another device).
std::unique_ptr<RawHttpClient> clientFrom(const QHostAddress &source, quint16 port)
{
    auto c = std::make_unique<RawHttpClient>();
    if (!c->socket().bind(source, 0) || !c->connectTo(port))
        return nullptr;
    return c;
}

} // namespace

class tst_HostileClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bytesThatAreNotHttpGet400AtOnce_data();
    void bytesThatAreNotHttpGet400AtOnce();
    void unsupportedVersionIsRecordedAsSent();
    void oneAddressCannotLockOthersOut();
    void fullServerClosesOldestIdleFirst();
};

void tst_HostileClients::initTestCase()
{
    // 5,000 connections, both ends in this process, plus slack.
    const qint64 descriptors = raiseOpenFileLimit();
    QVERIFY2(descriptors == -1 || descriptors >= 10'500,
             qPrintable(QStringLiteral("need 10,500 open files, have %1").arg(descriptors)));
}

void tst_HostileClients::bytesThatAreNotHttpGet400AtOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("why");
    // What a phone sends when someone types https:// in front of the address.
    QTest::newRow("TLS ClientHello") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11)
                                     << QStringLiteral("TLS");
    QTest::newRow("binary noise") << QByteArray("\x00\x01\x02\xff\xfe", 5) << QStringLiteral("not an HTTP request");
}

void tst_HostileClients::bytesThatAreNotHttpGet400AtOnce()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, why);
    TestServer s;
    ServerConfig config;
    // A head deadline far beyond the wait below: the answer must come from
    // the bytes themselves, not from the deadline.
    config.limits.headerTimeout = 120s;
    QVERIFY(s.start(config));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(bytes); // no line end, ever
    QVERIFY(client.waitForClose(10s));
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 400);
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].status, 400);
    QVERIFY2(records[0].error.contains(why), qPrintable(records[0].error));
}

void tst_HostileClients::unsupportedVersionIsRecordedAsSent()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    QVERIFY(s.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send("GET /a.txt HTTP/1.2\r\nHost: t\r\n\r\n");
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 505);

    // The log shows what the client said, not a version we put in its mouth.
    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].httpVersion, QByteArray("HTTP/1.2"));
    QCOMPARE(records[0].requestLine(), QByteArray("GET /a.txt HTTP/1.2"));
}

void tst_HostileClients::oneAddressCannotLockOthersOut()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    QVERIFY(s.start()); // the default limits
    const int perAddress = s.server().config().limits.maxConnectionsPerAddress;
    QCOMPARE(perAddress, Limits::kDefaultMaxConnectionsPerAddress);

    // One device opens 5,000 connections and says nothing on any of them.
    constexpr int kFlood = 5000;
    const QHostAddress flooder(QStringLiteral("127.0.0.2"));
    std::vector<std::unique_ptr<RawHttpClient>> flood;
    flood.reserve(kFlood);
    for (int i = 0; i < kFlood; ++i) {
        auto c = clientFrom(flooder, s.port());
        QVERIFY2(c, qPrintable(QStringLiteral("connection %1 failed").arg(i)));
        flood.push_back(std::move(c));
    }
    QTRY_VERIFY_WITH_TIMEOUT(s.server().stats().acceptedConnections >= quint64(kFlood), 60000);

    // Another device is served at once: no wait for a deadline, no 503.
    auto other = clientFrom(QHostAddress(QStringLiteral("127.0.0.1")), s.port());
    QVERIFY(other);
    other->send(get("/a.txt"));
    const QList<WireResponse> r = other->readResponses(1, {}, 10s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("A"));

    // The flooder kept its share and no more: the rest were told 503 at once.
    QVERIFY(s.server().stats().openConnections <= perAddress + 1 + Limits::kRejectingConnectionSlack);
    const QList<RequestRecord> records = s.waitForRecords(kFlood - perAddress, 30s);
    const auto refused = std::count_if(records.begin(), records.end(), [](const RequestRecord &x) {
        return x.status == 503 && x.error == u"Too many connections from this address";
    });
    QCOMPARE(int(refused), kFlood - perAddress);
    QCOMPARE(s.server().stats().rejectedConnections, quint64(kFlood - perAddress));
}

void tst_HostileClients::fullServerClosesOldestIdleFirst()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    ServerConfig config;
    config.limits.maxConnections = 8;
    config.limits.maxConnectionsPerAddress = 4;
    config.workerCount = 1; // one worker sees every connection, so "oldest" is exact
    QVERIFY(s.start(config));

    // Two devices fill the server with keep-alive connections, each used
    // once and then idle; the oldest idle one is the first.
    std::vector<std::unique_ptr<RawHttpClient>> idle;
    for (const char *address : {"127.0.0.2", "127.0.0.3"}) {
        for (int i = 0; i < 4; ++i) {
            auto c = clientFrom(QHostAddress(QString::fromLatin1(address)), s.port());
            QVERIFY(c);
            c->send(get("/a.txt"));
            QCOMPARE(c->readResponses(1).size(), 1);
            idle.push_back(std::move(c));
        }
    }
    QTRY_COMPARE(s.server().stats().openConnections, 8);

    // A third device still gets in: the oldest idle connection makes room.
    auto newcomer = clientFrom(QHostAddress(QStringLiteral("127.0.0.4")), s.port());
    QVERIFY(newcomer);
    newcomer->send(get("/a.txt"));
    const QList<WireResponse> r = newcomer->readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);

    QVERIFY(idle.front()->waitForClose());
    // The others were left alone: each still answers on its connection.
    for (size_t i = 1; i < idle.size(); ++i) {
        QVERIFY(!idle[i]->isClosed());
        idle[i]->clearReceived();
        idle[i]->send(get("/a.txt"));
        const QList<WireResponse> again = idle[i]->readResponses(1);
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].status, 200);
    }
    QCOMPARE(s.server().stats().rejectedConnections, quint64(0));
}

QTEST_GUILESS_MAIN(tst_HostileClients)
#include "tst_hostileclients.moc"
