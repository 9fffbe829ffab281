// Request bodies reach a handler's sink as a stream: byte-exact and in order
// whatever the framing and the client's write sizes, with back-pressure while
// the sink is busy, and abort() whenever the body cannot be completed.
//
// The sink (RecordingSink.h) is deliberately awkward: it answers Busy on some
// writes and says ready() from a later timer event, so the connection's
// stop-and-resume path runs many times per body.

#include "RawHttpClient.h"
#include "RecordingSink.h"
#include "TestServer.h"

#include "server/http/limits.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>
#include <QtTest>

#include <chrono>
#include <memory>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator random(seed);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = char(random.bounded(256));
    return out;
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// The chunked coding of `body` with chunk sizes drawn from `random`: tiny,
// medium and larger than the server's input buffer, mixed.
QByteArray chunkedEncode(const QByteArray &body, QRandomGenerator &random, bool extensionsAndTrailer)
{
    static constexpr quint32 kBounds[] = {8, 1000, 200'000};
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype n = std::min<qsizetype>(
            body.size() - pos, 1 + qsizetype(random.bounded(kBounds[random.bounded(quint32(std::size(kBounds)))])));
        out += QByteArray::number(n, 16);
        if (extensionsAndTrailer && random.bounded(2) == 0)
            out += ";note=\"piece\"";
        out += "\r\n";
        out += QByteArrayView(body).sliced(pos, n);
        out += "\r\n";
        pos += n;
    }
    out += extensionsAndTrailer ? QByteArray("0\r\nX-Checksum: none\r\n\r\n") : QByteArray("0\r\n\r\n");
    return out;
}

// Writes bytes to the client's socket in random-sized pieces, one piece per
// turn of the event loop, so the server sees the body arrive in many reads
// that split chunk lines and data anywhere.
class PacedSender {
public:
    PacedSender(RawHttpClient &client, QByteArray bytes, quint32 seed)
        : m_client(client)
        , m_bytes(std::move(bytes))
        , m_random(seed)
    {
        m_timer.setInterval(0);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { sendPiece(); });
    }

    void start() { m_timer.start(); }
    bool isDone() const { return m_pos >= m_bytes.size(); }

private:
    void sendPiece()
    {
        static constexpr quint32 kBounds[] = {16, 4096, 150'000};
        const qsizetype n = std::min<qsizetype>(
            m_bytes.size() - m_pos,
            1 + qsizetype(m_random.bounded(kBounds[m_random.bounded(quint32(std::size(kBounds)))])));
        if (n > 0)
            m_client.send(m_bytes.sliced(m_pos, n));
        m_pos += n;
        if (isDone())
            m_timer.stop();
    }

    RawHttpClient &m_client;
    QByteArray m_bytes;
    QRandomGenerator m_random;
    qsizetype m_pos = 0;
    QTimer m_timer;
};

QByteArray head(const QByteArray &method, const QByteArray &target, const QByteArray &fields)
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n" + fields + "\r\n";
}

QByteArray contentLength(qint64 n)
{
    return "Content-Length: " + QByteArray::number(n) + "\r\n";
}

const QByteArray kChunked = "Transfer-Encoding: chunked\r\n";

const WireResponse *finalResponse(const QList<WireResponse> &responses)
{
    for (const WireResponse &r : responses) {
        if (r.status >= 200)
            return &r;
    }
    return nullptr;
}

} // namespace

class tst_RequestBody : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bodyArrivesWholeAndInOrder_data();
    void bodyArrivesWholeAndInOrder();
    void busySinkStopsTheReading();
    void unfinishedBodyIsAborted_data();
    void unfinishedBodyIsAborted();
    void failedSinkAnswersItsFailure();
    void refusalOnTheHeadReadsNoBody_data();
    void refusalOnTheHeadReadsNoBody();
    void recordKeepsTheFirst64KiB_data();
    void recordKeepsTheFirst64KiB();
    void emptyBodyStillFinishes_data();
    void emptyBodyStillFinishes();
};

void tst_RequestBody::bodyArrivesWholeAndInOrder_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("chunked");
    QTest::addColumn<bool>("extras"); // chunk extensions and a trailer
    QTest::addColumn<bool>("expectContinue");
    QTest::addColumn<quint32>("seed");

    const struct {
        const char *name;
        qint64 size;
    } sizes[] = {{"0 B", 0}, {"1 B", 1}, {"64 KiB", 64 * 1024}, {"5 MiB", 5 * 1024 * 1024}};
    quint32 seed = 101;
    for (const auto &s : sizes) {
        QTest::addRow("Content-Length body of %s, random writes, busy sink", s.name)
            << s.size << false << false << false << seed++;
        QTest::addRow("chunked body of %s, random chunks and writes, busy sink", s.name)
            << s.size << true << false << false << seed++;
    }
    QTest::newRow("chunked 64 KiB with extensions and a trailer")
        << qint64(64 * 1024) << true << true << false << seed++;
    QTest::newRow("Content-Length 1 MiB sent after 100 Continue")
        << qint64(1024 * 1024) << false << false << true << seed++;
}

void tst_RequestBody::bodyArrivesWholeAndInOrder()
{
    QFETCH(qint64, size);
    QFETCH(bool, chunked);
    QFETCH(bool, extras);
    QFETCH(bool, expectContinue);
    QFETCH(quint32, seed);

    SinkPlan plan;
    plan.seed = seed;
    plan.busyPercent = 30;
    plan.maxReadyDelayMs = 3;
    auto log = std::make_shared<SinkLog>(plan);
    TestServer s;
    QVERIFY2(s.start({}, recordingRoutes(log)), qPrintable(s.lastError()));

    const QByteArray body = randomBytes(size, seed);
    QRandomGenerator random(seed);
    const QByteArray wireBody = chunked ? chunkedEncode(body, random, extras) : body;
    QByteArray fields = chunked ? kChunked : contentLength(size);
    if (expectContinue)
        fields += "Expect: 100-continue\r\n";

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    PacedSender sender(client, expectContinue ? wireBody : QByteArray(head("POST", "/up", fields) + wireBody), seed);
    if (expectContinue) {
        client.send(head("POST", "/up", fields));
        QVERIFY(client.waitForBytes(25));
        QVERIFY(client.received().startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    }
    sender.start();
    const QList<WireResponse> r = client.readResponses(1, {}, 60s);
    QVERIFY(sender.isDone());
    const WireResponse *answer = finalResponse(r);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("X-Received-Bytes"), QByteArray::number(size));
    QCOMPARE(answer->header("X-Received-Sha256"), sha256Hex(body));

    QCOMPARE(log->sinks.load(), 1);
    QCOMPARE(log->finishes.load(), 1);
    QCOMPARE(log->aborts.load(), 0);
    QCOMPARE(log->contractBreaches.load(), 0);
    QCOMPARE(log->bytes.load(), size);
    QCOMPARE(log->sha256(), sha256Hex(body));
    const QList<qint64> writes = log->writeSizes();
    QCOMPARE(writes.size(), log->writes.load());
    qint64 total = 0;
    qint64 largest = 0;
    for (qint64 w : writes) {
        total += w;
        largest = std::max(largest, w);
    }
    QCOMPARE(total, size);
    // A stream, never the whole body at once: no piece is larger than the
    // connection's input buffer.
    QVERIFY2(largest <= Limits::kSocketReadBufferBytes, qPrintable(QStringLiteral("a write of %1 bytes").arg(largest)));
    qInfo() << writes.size() << "writes," << log->busyAnswers.load() << "answered Busy";

    // The body was consumed to its exact end: the connection takes the next
    // request.
    QVERIFY(!client.isClosed());
    client.clearReceived();
    client.send(head("PUT", "/next", contentLength(3)) + "abc");
    const QList<WireResponse> next = client.readResponses(1);
    QCOMPARE(next.size(), 1);
    QCOMPARE(next[0].status, 200);
    QCOMPARE(next[0].header("X-Received-Sha256"), sha256Hex("abc"));
}

void tst_RequestBody::busySinkStopsTheReading()
{
    // The server's own limit is small; the link raises it for its body.
    constexpr qint64 kSize = 64ll * 1024 * 1024;
    constexpr qint64 kHoldAfter = 1024 * 1024;
    SinkPlan plan;
    plan.seed = 7;
    plan.holdAfter = kHoldAfter;
    plan.maxBodyBytes = 2 * kSize;
    auto log = std::make_shared<SinkLog>(plan);
    TestServer s;
    ServerConfig config;
    config.limits.maxBodyBytes = 1024 * 1024;
    // A sink's own slowness is not the client stalling: holding it Busy for
    // longer than this must not end in 408.
    config.limits.bodyIdleTimeout = 400ms;
    QVERIFY2(s.start(config, recordingRoutes(log)), qPrintable(s.lastError()));

    const QByteArray body = randomBytes(kSize, 7);
    const QByteArray request = head("PUT", "/big", contentLength(kSize));
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request + body); // all of it: Qt keeps what the kernel will not take

    QTRY_VERIFY_WITH_TIMEOUT(log->holding.load(), 20000);
    // The write that made it hold announced itself before `holding` was set:
    // deliver that announcement now, so the spy below sees only later ones.
    QCoreApplication::sendPostedEvents(log.get());
    const qint64 atHold = log->bytes.load();
    QVERIFY(atHold >= kHoldAfter);
    const quint64 receivedAtHold = s.server().stats().bytesReceived;

    // While the sink stays Busy nothing more reaches it, and the server does
    // not read on: no write (nor abort) is announced in a second...
    QSignalSpy changes(log.get(), &SinkLog::changed);
    QVERIFY2(!changes.wait(1000), "the sink was called while it was Busy");
    QCOMPARE(log->bytes.load(), atHold);
    QCOMPARE(s.server().stats().bytesReceived, receivedAtHold);
    // ...what it holds unread is bounded by its input buffer...
    QVERIFY2(qint64(receivedAtHold) - atHold - request.size() <= Limits::kSocketReadBufferBytes,
             qPrintable(QStringLiteral("%1 bytes read past the sink").arg(qint64(receivedAtHold) - atHold)));
    // ...and TCP pushes back on the client, which still has bytes to send.
    QVERIFY(client.socket().bytesToWrite() > 0);
    qInfo() << "sink held at" << atHold << "bytes; server read" << receivedAtHold << "; client still has"
            << client.socket().bytesToWrite() << "to send";

    log->release();
    const QList<WireResponse> r = client.readResponses(1, {}, 120s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].header("X-Received-Bytes"), QByteArray::number(kSize));
    QCOMPARE(r[0].header("X-Received-Sha256"), sha256Hex(body));
    QCOMPARE(log->finishes.load(), 1);
    QCOMPARE(log->aborts.load(), 0);
    QCOMPARE(log->contractBreaches.load(), 0);
}

namespace {
enum class Ending { ClientLeaves, BrokenChunkSize, BrokenChunkEnd, ChunkedPastLimit, Stalls, ServerStops };
}
Q_DECLARE_METATYPE(Ending)

void tst_RequestBody::unfinishedBodyIsAborted_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::addColumn<int>("status"); // 0: the connection is cut without an answer
    QTest::addColumn<QString>("error"); // in the record; empty: any

    QTest::newRow("client disconnects halfway -> abort, no answer")
        << Ending::ClientLeaves << 0
        << QStringLiteral("The client closed the connection before the request was complete");
    QTest::newRow("chunk size line broken mid-body -> abort and 400") << Ending::BrokenChunkSize << 400 << QString();
    QTest::newRow("chunk data without its CRLF mid-body -> abort and 400")
        << Ending::BrokenChunkEnd << 400 << QString();
    QTest::newRow("chunked body growing past the link's limit -> abort and 413")
        << Ending::ChunkedPastLimit << 413 << QStringLiteral("Request body larger than the limit");
    QTest::newRow("body stalling past bodyIdleTimeout -> abort and 408")
        << Ending::Stalls << 408 << QStringLiteral("The request body stalled");
    QTest::newRow("server stop mid-body -> abort at the drain deadline")
        << Ending::ServerStops << 0 << QStringLiteral("The server stopped");
}

void tst_RequestBody::unfinishedBodyIsAborted()
{
    QFETCH(Ending, ending);
    QFETCH(int, status);
    QFETCH(QString, error);

    constexpr qint64 kLinkLimit = 100'000;
    SinkPlan plan;
    plan.maxBodyBytes = ending == Ending::ChunkedPastLimit ? kLinkLimit : -1;
    auto log = std::make_shared<SinkLog>(plan);
    TestServer s;
    ServerConfig config;
    config.limits.bodyIdleTimeout = ending == Ending::Stalls ? 300ms : 30s;
    QVERIFY2(s.start(config, recordingRoutes(log)), qPrintable(s.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    const QByteArray piece = randomBytes(4096, 3);
    qint64 stopCalledAtMs = -1;

    switch (ending) {
    case Ending::ClientLeaves:
        client.send(head("POST", "/up", contentLength(1024 * 1024)) + randomBytes(512 * 1024, 3));
        QTRY_COMPARE(log->bytes.load(), 512 * 1024);
        client.socket().abort();
        break;
    case Ending::BrokenChunkSize:
        client.send(head("POST", "/up", kChunked) + "1000\r\n" + piece + "\r\n" + "zz\r\n" + piece + "\r\n0\r\n\r\n");
        break;
    case Ending::BrokenChunkEnd:
        client.send(head("POST", "/up", kChunked) + "1000\r\n" + piece + "\r\n" + "10\r\n" + piece.first(16) + "XX"
                    + piece + "\r\n0\r\n\r\n");
        break;
    case Ending::ChunkedPastLimit: {
        QByteArray wire = head("POST", "/up", kChunked);
        for (int i = 0; i < 50; ++i) // 200 KiB in all, twice the limit
            wire += "1000\r\n" + piece + "\r\n";
        client.send(wire + "0\r\n\r\n");
        break;
    }
    case Ending::Stalls:
        client.send(head("POST", "/up", contentLength(100'000)) + piece);
        break;
    case Ending::ServerStops:
        client.send(head("POST", "/up", contentLength(1024 * 1024)) + randomBytes(256 * 1024, 3));
        QTRY_COMPARE(log->bytes.load(), 256 * 1024);
        stopCalledAtMs = SinkLog::steadyMs();
        QVERIFY(s.stop(300ms, 10s));
        break;
    }

    if (status != 0) {
        const QList<WireResponse> r = client.readResponses(1);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, status);
        QCOMPARE(r[0].header("Connection"), QByteArray("close"));
    }
    if (ending != Ending::ClientLeaves) { // that client closed its socket itself
        QVERIFY(client.waitForClose());
        if (status == 0)
            QVERIFY(parseResponses(client.received(), {}, true).isEmpty());
    }

    QTRY_COMPARE(log->aborts.load(), 1);
    QCOMPARE(log->finishes.load(), 0);
    QCOMPARE(log->sinks.load(), 1);
    QCOMPARE(log->contractBreaches.load(), 0);
    switch (ending) {
    case Ending::BrokenChunkSize:
    case Ending::BrokenChunkEnd:
        // The first chunk went to the sink before the framing broke.
        QVERIFY(log->bytes.load() >= piece.size());
        break;
    case Ending::ChunkedPastLimit:
        QVERIFY(log->bytes.load() <= kLinkLimit);
        break;
    case Ending::Stalls:
        QCOMPARE(log->bytes.load(), piece.size());
        break;
    case Ending::ServerStops:
        // Not at once: the body had until the drain deadline to finish.
        QVERIFY2(
            log->abortedAtMs.load() - stopCalledAtMs >= 250,
            qPrintable(QStringLiteral("aborted %1 ms after stop()").arg(log->abortedAtMs.load() - stopCalledAtMs)));
        break;
    case Ending::ClientLeaves:
        break;
    }

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].status, status);
    QVERIFY(!records[0].error.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(records[0].error, error);
}

void tst_RequestBody::failedSinkAnswersItsFailure()
{
    constexpr qint64 kFailAfter = 100'000;
    constexpr qint64 kSize = 1024 * 1024;
    SinkPlan plan;
    plan.failAfter = kFailAfter;
    auto log = std::make_shared<SinkLog>(plan);
    TestServer s;
    QVERIFY2(s.start({}, recordingRoutes(log)), qPrintable(s.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(head("POST", "/up", contentLength(kSize)) + randomBytes(kSize, 5));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 507);
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());

    QTRY_COMPARE(log->aborts.load(), 1);
    QCOMPARE(log->finishes.load(), 0);
    QCOMPARE(log->contractBreaches.load(), 0); // no write() after Failed
    QVERIFY(log->bytes.load() >= kFailAfter);
    QVERIFY(log->bytes.load() < kSize);

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].status, 507);
    QVERIFY(!records[0].error.isEmpty());
}

void tst_RequestBody::refusalOnTheHeadReadsNoBody_data()
{
    QTest::addColumn<QByteArray>("request"); // a head only: the client never sends the body
    QTest::addColumn<qint64>("linkLimit");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("sinks");

    QTest::newRow("link answers 403 to a PUT with Expect: 100-continue")
        << head("PUT", "/refuse", contentLength(100'000) + "Expect: 100-continue\r\n") << qint64(-1) << 403 << 0;
    QTest::newRow("Content-Length over the link's limit, Expect: 100-continue -> 413")
        << head("PUT", "/up", contentLength(5000) + "Expect: 100-continue\r\n") << qint64(1000) << 413 << 1;
    QTest::newRow("Content-Length over the link's limit -> 413 before the body")
        << head("POST", "/up", contentLength(5000)) << qint64(1000) << 413 << 1;
}

void tst_RequestBody::refusalOnTheHeadReadsNoBody()
{
    QFETCH(QByteArray, request);
    QFETCH(qint64, linkLimit);
    QFETCH(int, status);
    QFETCH(int, sinks);

    SinkPlan plan;
    plan.maxBodyBytes = linkLimit;
    auto log = std::make_shared<SinkLog>(plan);
    TestServer s;
    QVERIFY2(s.start({}, recordingRoutes(log)), qPrintable(s.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request);
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1); // no interim response either
    QCOMPARE(r[0].status, status);
    QVERIFY(!client.received().contains("100 Continue"));
    // The unread body would be taken for the next request.
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));

    QCOMPARE(log->sinks.load(), sinks);
    QTRY_COMPARE(log->aborts.load(), sinks); // a sink that got nothing is still told
    QCOMPARE(log->writes.load(), 0);
    QCOMPARE(log->finishes.load(), 0);
}

void tst_RequestBody::recordKeepsTheFirst64KiB_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("1 MiB upload with Content-Length") << false;
    QTest::newRow("1 MiB chunked upload") << true;
}

void tst_RequestBody::recordKeepsTheFirst64KiB()
{
    QFETCH(bool, chunked);
    constexpr qint64 kSize = 1024 * 1024;
    auto log = std::make_shared<SinkLog>(SinkPlan {});
    TestServer s;
    QVERIFY2(s.start({}, recordingRoutes(log)), qPrintable(s.lastError()));

    const QByteArray body = randomBytes(kSize, 11);
    QRandomGenerator random(11);
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(chunked ? QByteArray(head("POST", "/up", kChunked) + chunkedEncode(body, random, false))
                        : QByteArray(head("POST", "/up", contentLength(kSize)) + body));
    const QList<WireResponse> r = client.readResponses(1, {}, 30s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);

    const QList<RequestRecord> records = s.waitForRecords(1);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records[0].requestBodySize, kSize);
    QCOMPARE(records[0].requestBody.size(), Limits::kRecordedBodyBytes);
    QVERIFY(records[0].requestBody == body.first(Limits::kRecordedBodyBytes));
}

void tst_RequestBody::emptyBodyStillFinishes_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("Content-Length: 0") << head("POST", "/up", contentLength(0));
    QTest::newRow("POST without a body") << head("POST", "/up", {});
    QTest::newRow("chunked, the last chunk only") << QByteArray(head("PATCH", "/up", kChunked) + "0\r\n\r\n");
}

void tst_RequestBody::emptyBodyStillFinishes()
{
    QFETCH(QByteArray, request);
    auto log = std::make_shared<SinkLog>(SinkPlan {});
    TestServer s;
    QVERIFY2(s.start({}, recordingRoutes(log)), qPrintable(s.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(request);
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].header("X-Received-Bytes"), QByteArray("0"));
    QCOMPARE(log->finishes.load(), 1);
    QCOMPARE(log->writes.load(), 0);
    QCOMPARE(log->aborts.load(), 0);
    QCOMPARE(log->contractBreaches.load(), 0);
    QVERIFY(!client.isClosed());
}

QTEST_GUILESS_MAIN(tst_RequestBody)
#include "tst_requestbody.moc"
