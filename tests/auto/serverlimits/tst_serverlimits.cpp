// The engine's bounds: timeouts, connection and request ceilings, slowloris,
// back-pressure with a slow reader, graceful stop, and start-up failures.
// Each test starts its own server with the limits it needs.

#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/http/limits.h"
#include "server/net/Platform.h"
#include "server/route/StandardRoutes.h"

#include <QTcpServer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

class tst_ServerLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void headerDeadlineAnswers408();
    void trickledHeadCannotExtendDeadline();
    void idleKeepAliveIsClosedQuietly();
    void overConnectionLimitGets503();
    void requestsPerConnectionAreCapped();
    void slowlorisDoesNotStopOthers();
    void slowReaderKeepsMemoryBounded();
    void clientThatNeverReadsIsCut();
    void gracefulStopFinishesInFlightResponse();
    void gracefulStopCutsAtDeadline();
    void busyPortIsReported();
    void missingFolderIsReported();

private:
    static QByteArray get(const QByteArray &target) { return "GET " + target + " HTTP/1.1\r\nHost: test\r\n\r\n"; }
};

void tst_ServerLimits::initTestCase()
{
    // The slowloris test holds 2,000 descriptors (both ends) in this process.
    QVERIFY(raiseOpenFileLimit() == -1 || raiseOpenFileLimit() >= 2200);
}

void tst_ServerLimits::headerDeadlineAnswers408()
{
    TestServer s;
    ServerConfig config;
    config.limits.headerTimeout = 300ms;
    QVERIFY(s.start(config));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send("GET /a HTTP/1.1\r\nHost: t\r\n"); // no empty line, ever
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 408);

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].status, 408);
    QVERIFY(records[0].error.contains(QStringLiteral("did not arrive in time")));
}

void tst_ServerLimits::trickledHeadCannotExtendDeadline()
{
    TestServer s;
    ServerConfig config;
    config.limits.headerTimeout = 400ms;
    QVERIFY(s.start(config));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    // One byte every 50 ms: each byte is progress, but the deadline counts
    // from the first one, so the server still answers 408 at ~400 ms.
    const QByteArray head = "GET /a HTTP/1.1\r\nHost: t\r\nX-Slow: " + QByteArray(200, 'x');
    qsizetype sent = 0;
    QTimer trickle;
    trickle.setInterval(50);
    QObject::connect(&trickle, &QTimer::timeout, [&] {
        if (sent < head.size() && client.socket().state() == QAbstractSocket::ConnectedState)
            client.send(head.mid(sent++, 1));
    });
    trickle.start();
    QVERIFY(client.waitForClose(10s));
    trickle.stop();
    QVERIFY2(sent < head.size(), "the server waited for the whole trickle");
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 408);
}

void tst_ServerLimits::idleKeepAliveIsClosedQuietly()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    ServerConfig config;
    config.limits.idleTimeout = 300ms;
    QVERIFY(s.start(config));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/a.txt"));
    QCOMPARE(client.readResponses(1).size(), 1);
    client.clearReceived();
    QVERIFY(client.waitForClose());
    QVERIFY2(client.received().isEmpty(), "an idle close sends nothing");
    QVERIFY(s.stop());
    QCOMPARE(s.records().size(), 1); // the idle period is not an exchange
}

void tst_ServerLimits::overConnectionLimitGets503()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    ServerConfig config;
    config.limits.maxConnections = 2;
    QVERIFY(s.start(config));

    // Two connections in the middle of a request: busy, not idle, so there
    // is no idle connection to close for room.
    auto first = std::make_unique<RawHttpClient>();
    RawHttpClient second;
    const QByteArray partial = "GET /a.txt HTTP/1.1\r\nHost: t\r\n";
    for (RawHttpClient *c : {first.get(), &second}) {
        QVERIFY(c->connectTo(s.port()));
        c->send(partial);
    }
    QTRY_COMPARE(s.server().stats().openConnections, 2);
    // Until a worker has read those bytes, a connection looks like one that
    // never sent any, which may be closed to make room: wait for them.
    QTRY_COMPARE(s.server().stats().bytesReceived, quint64(2 * partial.size()));

    RawHttpClient third;
    QVERIFY(third.connectTo(s.port()));
    third.send(get("/a.txt"));
    QVERIFY(third.waitForClose());
    const QList<WireResponse> r = parseResponses(third.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 503);
    QCOMPARE(r[0].header("Retry-After"), QByteArray("1"));
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));

    // Capacity comes back when a connection closes.
    second.send("\r\n");
    QCOMPARE(second.readResponses(1).size(), 1);
    first.reset();
    QTRY_COMPARE(s.server().stats().openConnections, 1);
    RawHttpClient fourth;
    QVERIFY(fourth.connectTo(s.port()));
    fourth.send(get("/a.txt"));
    const QList<WireResponse> ok = fourth.readResponses(1);
    QCOMPARE(ok.size(), 1);
    QCOMPARE(ok[0].status, 200);

    QVERIFY(s.server().stats().rejectedConnections >= 1);
    const QList<RequestRecord> records = s.waitForRecords(4);
    const auto rejected
        = std::find_if(records.begin(), records.end(), [](const RequestRecord &x) { return x.status == 503; });
    QVERIFY(rejected != records.end());
    QCOMPARE(rejected->error, QStringLiteral("Too many connections"));
}

void tst_ServerLimits::requestsPerConnectionAreCapped()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    ServerConfig config;
    config.limits.maxRequestsPerConnection = 3;
    QVERIFY(s.start(config));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/a.txt").repeated(5));
    QVERIFY(client.waitForClose());
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].headerCount("Connection"), 0);
    QCOMPARE(r[1].headerCount("Connection"), 0);
    QCOMPARE(r[2].header("Connection"), QByteArray("close"));
}

void tst_ServerLimits::slowlorisDoesNotStopOthers()
{
    TestServer s;
    s.writeFile(QStringLiteral("a.txt"), "A");
    ServerConfig config;
    // Long enough that no trickler is cut off during the test: the normal
    // client must be served because the server serves everyone at once, not
    // because it evicted the attackers.
    config.limits.headerTimeout = 120s;
    config.limits.idleTimeout = 120s;
    QVERIFY(s.start(config));

    constexpr int kTricklers = 1000;
    std::vector<std::unique_ptr<QTcpSocket>> tricklers;
    tricklers.reserve(kTricklers);
    int connected = 0;
    for (int i = 0; i < kTricklers; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QObject::connect(socket.get(), &QTcpSocket::connected, [&connected] { ++connected; });
        socket->connectToHost(QHostAddress::LocalHost, s.port());
        tricklers.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(connected, kTricklers, 30000);
    for (auto &t : tricklers)
        t->write("GET /a.txt HTTP/1.1\r\nHo");
    QTRY_COMPARE_WITH_TIMEOUT(s.server().stats().openConnections, kTricklers, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(s.server().stats().bytesReceived, quint64(kTricklers) * 23, 30000);
    // A second trickle: each connection is still mid-head.
    for (auto &t : tricklers)
        t->write("s");

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/a.txt"));
    const QList<WireResponse> r = client.readResponses(1, {}, 10s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, QByteArray("A"));

    // Every trickler is still connected and still waiting.
    int stillOpen = 0;
    for (auto &t : tricklers) {
        if (t->state() == QAbstractSocket::ConnectedState && t->bytesAvailable() == 0)
            ++stillOpen;
    }
    QCOMPARE(stillOpen, kTricklers);
    QCOMPARE(s.server().stats().openConnections, kTricklers + 1);
}

void tst_ServerLimits::slowReaderKeepsMemoryBounded()
{
    TestServer s;
    const qint64 size = 24ll * 1024 * 1024;
    s.writePatternFile(QStringLiteral("big.bin"), size);
    QVERIFY(s.start());

    // The client holds at most 64 KiB in Qt and takes 64 KiB per 2 ms tick,
    // far slower than loopback: the kernel buffers fill and the server must
    // wait for room rather than queue the file in memory.
    RawHttpClient client;
    client.socket().setReadBufferSize(64 * 1024);
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/big.bin"));

    QByteArray received;
    QTimer pace;
    pace.setInterval(2);
    QObject::connect(&pace, &QTimer::timeout, [&] { received += client.socket().read(64 * 1024); });
    pace.start();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= size + 100, 60000);
    pace.stop();

    const qsizetype bodyStart = received.indexOf("\r\n\r\n") + 4;
    QVERIFY(bodyStart > 4);
    QCOMPARE(received.size() - bodyStart, size);
    for (qint64 i = 0; i < size; i += 65521)
        QCOMPARE(received.at(bodyStart + i), TestServer::patternByte(i));

    const qint64 peak = s.server().stats().peakConnectionWriteBuffer;
    qInfo() << "peak bytes queued on one connection:" << peak;
    // Bounded by the high-water mark plus one chunk (plus a response head),
    // whatever the file size.
    QVERIFY2(peak <= Limits::kWriteHighWaterMark + Limits::kFileChunkBytes + 1024,
             qPrintable(QStringLiteral("peak %1 bytes").arg(peak)));

    // Every byte is counted, also those Qt writes from inside its own
    // bytesWritten signal (which it does not announce again): the log says
    // what the client really received.
    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.constFirst().responseBodyBytes, size);
    QCOMPARE(records.constFirst().bytesSent, qint64(received.size()));
    QVERIFY(records.constFirst().error.isEmpty());
    QTRY_COMPARE(s.server().stats().bytesSent, quint64(received.size()));
}

void tst_ServerLimits::clientThatNeverReadsIsCut()
{
    TestServer s;
    s.writePatternFile(QStringLiteral("big.bin"), 32ll * 1024 * 1024);
    ServerConfig config;
    config.limits.writeIdleTimeout = 500ms;
    QVERIFY(s.start(config));

    RawHttpClient client;
    client.socket().setReadBufferSize(16 * 1024);
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/big.bin"));
    // Never read: the kernel buffers fill, then nothing moves.
    const QList<RequestRecord> records = s.waitForRecords(1, 20s);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].status, 200);
    QVERIFY(records[0].error.contains(QStringLiteral("stopped reading")));
    QVERIFY(records[0].responseBodyBytes < 32ll * 1024 * 1024);
    QTRY_COMPARE(s.server().stats().openConnections, 0);
}

void tst_ServerLimits::gracefulStopFinishesInFlightResponse()
{
    TestServer s;
    const qint64 size = 8ll * 1024 * 1024;
    s.writePatternFile(QStringLiteral("big.bin"), size);
    s.writeFile(QStringLiteral("a.txt"), "A");
    QVERIFY(s.start());

    RawHttpClient idle;
    QVERIFY(idle.connectTo(s.port()));
    idle.send(get("/a.txt"));
    QCOMPARE(idle.readResponses(1).size(), 1);

    RawHttpClient downloader;
    downloader.socket().setReadBufferSize(64 * 1024);
    QVERIFY(downloader.connectTo(s.port()));
    downloader.send(get("/big.bin"));
    QVERIFY(downloader.waitForBytes(1)); // the response has begun

    QSignalSpy stopped(&s.server(), &Server::stopped);
    s.server().stop(10s);
    // The idle keep-alive connection is closed at once...
    QVERIFY(idle.waitForClose());
    // ...no one new gets in, while the download is still under way...
    QTRY_VERIFY_WITH_TIMEOUT(!RawHttpClient().connectTo(s.port(), QHostAddress(QHostAddress::LocalHost), 2s), 10000);
    QVERIFY(stopped.isEmpty());
    // ...and the download in flight completes, byte for byte.
    QByteArray received = downloader.received();
    QTimer pace;
    pace.setInterval(1);
    QObject::connect(&pace, &QTimer::timeout, [&] { received += downloader.socket().read(256 * 1024); });
    pace.start();
    QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 30000);
    pace.stop();
    received += downloader.socket().readAll();
    const QList<WireResponse> r = parseResponses(received, {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body.size(), size);
    for (qint64 i = 0; i < size; i += 65521)
        QCOMPARE(r[0].body.at(i), TestServer::patternByte(i));
    // Its head went out before the stop, so it could not announce the close.
    QCOMPARE(r[0].headerCount("Connection"), 0);
    QVERIFY(downloader.waitForClose());
}

void tst_ServerLimits::gracefulStopCutsAtDeadline()
{
    TestServer s;
    s.writePatternFile(QStringLiteral("big.bin"), 32ll * 1024 * 1024);
    QVERIFY(s.start());

    RawHttpClient stuck;
    stuck.socket().setReadBufferSize(16 * 1024);
    QVERIFY(stuck.connectTo(s.port()));
    stuck.send(get("/big.bin"));
    QTRY_VERIFY(s.server().stats().bytesSent > 0);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(s.stop(300ms, 10s));
    qInfo() << "stopped after" << clock.elapsed() << "ms with a 300 ms drain deadline";
    QCOMPARE(s.records().size(), 1);
    QCOMPARE(s.records()[0].error, QStringLiteral("The server stopped"));
    QVERIFY(stuck.waitForClose());
}

void tst_ServerLimits::busyPortIsReported()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));

    QTemporaryDir dir;
    Server server;
    QSignalSpy failed(&server, &Server::startFailed);
    QSignalSpy started(&server, &Server::started);
    ServerConfig config;
    config.rootPath = dir.path();
    config.bindAddress = QHostAddress(QHostAddress::LocalHost);
    config.port = squatter.serverPort();
    server.start(config, standardRoutes(config));
    QVERIFY(failed.wait(10000));
    QVERIFY(started.isEmpty());
    const auto error = failed.constFirst().constFirst().value<ServerError>();
    QCOMPARE(error.code, ServerError::Code::PortInUse);
    QVERIFY(error.message.contains(QString::number(squatter.serverPort())));
    QCOMPARE(server.state(), Server::State::Stopped);

    // The same Server object starts fine on a free port afterwards.
    config.port = 0;
    server.start(config, standardRoutes(config));
    QVERIFY(started.wait(10000));
    QVERIFY(server.port() != 0);
}

void tst_ServerLimits::missingFolderIsReported()
{
    Server server;
    QSignalSpy failed(&server, &Server::startFailed);
    ServerConfig config;
    config.rootPath = QStringLiteral("/nonexistent/servery-test-folder");
    config.port = 0;
    config.scope = ListenScope::LocalOnly;
    server.start(config, standardRoutes(config));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.constFirst().constFirst().value<ServerError>().code, ServerError::Code::FolderMissing);
}

QTEST_GUILESS_MAIN(tst_ServerLimits)
#include "tst_serverlimits.moc"
