// Response bodies from every kind of source, framed right on the wire:
// Content-Length when the size is known, chunked when it is not (until-close
// on HTTP/1.0), nothing for HEAD; an endless push stream that idles without
// being cut and ends on a graceful stop; a source that fails midway cuts the
// connection; back-pressure bounds what a connection queues.

#include "RawHttpClient.h"
#include "ServeryProcess.h"
#include "TestServer.h"

#include "server/http/BodySource.h"
#include "server/http/limits.h"
#include "server/route/Handler.h"
#include "server/route/Router.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

// `n` bytes of the test pattern from `offset` on (TestServer::patternByte).
QByteArray pattern(qint64 offset, qint64 n)
{
    // The pattern repeats every 23 bytes: slice one long run of it.
    static const QByteArray run = [] {
        QByteArray b(23 + 128 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < b.size(); ++i)
            b[i] = TestServer::patternByte(i);
        return b;
    }();
    QByteArray out;
    out.reserve(qsizetype(n));
    while (n > 0) {
        const qsizetype start = qsizetype(offset % 23);
        const qsizetype take = qsizetype(std::min<qint64>(n, run.size() - start));
        out += QByteArrayView(run).sliced(start, take);
        offset += take;
        n -= take;
    }
    return out;
}

// A generator of the pattern in uneven pieces (some far larger than the
// hint, some of a byte), ending after `total` bytes, or failing once
// `failAt` bytes were produced.
GeneratorSource::Generate unevenPattern(qint64 total, qint64 failAt = -1)
{
    auto offset = std::make_shared<qint64>(0);
    auto step = std::make_shared<int>(0);
    return [offset, step, total, failAt](QByteArray &out, qint64) {
        static constexpr qint64 kPieces[] = {1, 17, 4093, 65536, 100'003, 3, 333};
        const qint64 end = failAt >= 0 ? failAt : total;
        if (*offset >= end)
            return failAt >= 0 ? BodySource::Status::Error : BodySource::Status::End;
        const qint64 n = std::min(kPieces[(*step)++ % std::size(kPieces)], end - *offset);
        out += pattern(*offset, n);
        *offset += n;
        return failAt < 0 && *offset == total ? BodySource::Status::End : BodySource::Status::Data;
    };
}

// The push streams the link opened, for the test thread to push on.
class StreamHub {
public:
    void add(std::shared_ptr<PushStream> stream)
    {
        QMutexLocker lock(&m_mutex);
        m_streams.append(std::move(stream));
    }
    std::shared_ptr<PushStream> latest() const
    {
        QMutexLocker lock(&m_mutex);
        return m_streams.isEmpty() ? nullptr : m_streams.constLast();
    }

private:
    mutable QMutex m_mutex;
    QList<std::shared_ptr<PushStream>> m_streams;
};

constexpr qint64 kFailAt = 300'000;

// Answers GET by path with a body from each kind of source:
//   /bytes?n=N            BytesSource (size known)
//   /generated?n=N        GeneratorSource, size unknown
//   /generated-sized?n=N  GeneratorSource, size known
//   /events               a PushStream, kept in the hub
//   /fails-midway         a generator that fails after kFailAt bytes
class SourcesLink final : public Handler {
public:
    explicit SourcesLink(std::shared_ptr<StreamHub> hub)
        : m_hub(std::move(hub))
    {
    }

    QByteArrayList methods() const override { return {"GET"}; }

    Decision handle(const RequestContext &context) override
    {
        const HttpRequest &request = context.request;
        qint64 n = 100'000;
        if (request.query.startsWith("n="))
            n = request.query.mid(2).toLongLong();
        HttpResponse r;
        r.handler = QStringLiteral("sources");
        r.headers.append("Content-Type", "application/octet-stream");
        if (request.path == "/bytes") {
            r.body = std::make_unique<BytesSource>(pattern(0, n));
        } else if (request.path == "/generated") {
            r.body = std::make_unique<GeneratorSource>(unevenPattern(n));
        } else if (request.path == "/generated-sized") {
            r.body = std::make_unique<GeneratorSource>(unevenPattern(n), n);
        } else if (request.path == "/events") {
            auto [stream, source] = PushStream::create(Limits::kMaxPushQueuedBytes);
            m_hub->add(std::move(stream));
            r.headers.set("Content-Type", "text/event-stream");
            r.body = std::move(source);
        } else if (request.path == "/fails-midway") {
            r.body = std::make_unique<GeneratorSource>(unevenPattern(10 * kFailAt, kFailAt));
        } else {
            return Decision::pass();
        }
        return Decision::respond(std::move(r));
    }

private:
    std::shared_ptr<StreamHub> m_hub;
};

RoutesForConfig sourceRoutes(const std::shared_ptr<StreamHub> &hub)
{
    return [hub](const ServerConfig &) -> RouterFactory {
        return [hub] {
            Router router;
            router.append(std::make_unique<SourcesLink>(hub));
            return router;
        };
    };
}

QByteArray get(const QByteArray &target, const QByteArray &fields = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + fields + "\r\n";
}

// A chunked body as far as it has arrived.
struct ChunkStream {
    QByteArray data;
    bool ended = false; // the last chunk and the empty line arrived
    bool malformed = false;
};

ChunkStream decodeChunks(QByteArrayView wire)
{
    ChunkStream s;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = wire.indexOf(QByteArrayView("\r\n"), pos);
        if (lineEnd < 0)
            return s;
        bool ok = false;
        const qint64 size = wire.sliced(pos, lineEnd - pos).toByteArray().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            s.malformed = true;
            return s;
        }
        const qsizetype dataStart = lineEnd + 2;
        if (size == 0) {
            s.ended = wire.sliced(dataStart) == QByteArrayView("\r\n");
            s.malformed = !s.ended && wire.size() - dataStart >= 2;
            return s;
        }
        if (wire.size() - dataStart < size + 2)
            return s;
        if (wire.sliced(dataStart + size, 2) != QByteArrayView("\r\n")) {
            s.malformed = true;
            return s;
        }
        s.data += wire.sliced(dataStart, size);
        pos = dataStart + size + 2;
    }
}

// Waits until the response head arrived; returns its size, or -1.
qsizetype waitForHead(RawHttpClient &client)
{
    for (;;) {
        const qsizetype end = client.received().indexOf("\r\n\r\n");
        if (end >= 0)
            return end + 4;
        if (!client.waitForBytes(client.received().size() + 1))
            return -1;
    }
}

// Waits until what the stream decoded after the head has `size` bytes.
ChunkStream waitForStreamData(RawHttpClient &client, qsizetype headSize, qsizetype size)
{
    QDeadlineTimer deadline(10s);
    for (;;) {
        const ChunkStream s = decodeChunks(QByteArrayView(client.received()).sliced(headSize));
        if (s.data.size() >= size || s.ended || s.malformed)
            return s;
        if (!client.waitForBytes(client.received().size() + 1,
                                 std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()))))
            return s;
    }
}

// Waits until the bytes received end with the last chunk. Looks only at the
// end each time, so a large body costs no re-parsing.
bool waitForLastChunk(RawHttpClient &client, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!client.received().endsWith("\r\n0\r\n\r\n")) {
        if (!client.waitForBytes(client.received().size() + 1,
                                 std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()))))
            return false;
    }
    return true;
}

} // namespace

class tst_ResponseBody : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void chunkedBodyReadByRawClient_data();
    void chunkedBodyReadByRawClient();
    void knownSizeGoesWithContentLength_data();
    void knownSizeGoesWithContentLength();
    void curlSeesChunkFraming();
    void curlDecodesLargeChunkedBody();
    void http10UnknownLengthEndsAtClose_data();
    void http10UnknownLengthEndsAtClose();
    void headSendsNoBody_data();
    void headSendsNoBody();
    void pushStreamDeliversEventsAsPushed();
    void gracefulStopEndsOpenStream();
    void failingSourceCutsConnection();
    void slowReaderBoundsQueuedResponse();
    void recordCountsBytesOnWire_data();
    void recordCountsBytesOnWire();

private:
    std::shared_ptr<StreamHub> m_hub = std::make_shared<StreamHub>();
    TestServer m_server; // the plain server; tests with their own limits start their own
};

void tst_ResponseBody::initTestCase()
{
    QVERIFY2(m_server.start({}, sourceRoutes(m_hub)), qPrintable(m_server.lastError()));
}

void tst_ResponseBody::chunkedBodyReadByRawClient_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty unknown-length body is the last chunk alone") << qint64(0);
    QTest::newRow("one byte") << qint64(1);
    QTest::newRow("100 kB in uneven pieces") << qint64(100'000);
    QTest::newRow("1 MiB + 7 in uneven pieces") << qint64(1024 * 1024 + 7);
}

void tst_ResponseBody::chunkedBodyReadByRawClient()
{
    QFETCH(qint64, size);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/generated?n=" + QByteArray::number(size)));
    QList<WireResponse> r = client.readResponses(1, {}, 30s);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QVERIFY(r[0].chunked);
    QVERIFY(!r[0].malformed);
    QCOMPARE(r[0].headerCount("Content-Length"), 0);
    QCOMPARE(r[0].body.size(), size);
    QVERIFY(r[0].body == pattern(0, size));
    // The last chunk ends the body exactly: nothing follows it...
    QVERIFY(client.received().endsWith("0\r\n\r\n"));
    qsizetype consumed = 0;
    parseResponses(client.received(), {}, false, &consumed);
    QCOMPARE(consumed, client.received().size());

    // ...so the connection is still in step for the next request.
    QVERIFY(!client.isClosed());
    client.clearReceived();
    client.send(get("/bytes?n=10"));
    r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body, pattern(0, 10));
}

void tst_ResponseBody::knownSizeGoesWithContentLength_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<qint64>("size");
    QTest::newRow("bytes") << QByteArray("/bytes") << qint64(300'000);
    QTest::newRow("generator with a known size") << QByteArray("/generated-sized") << qint64(300'000);
    QTest::newRow("generator with a known size of 0") << QByteArray("/generated-sized") << qint64(0);
}

void tst_ResponseBody::knownSizeGoesWithContentLength()
{
    QFETCH(QByteArray, path);
    QFETCH(qint64, size);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get(path + "?n=" + QByteArray::number(size)) + get("/bytes?n=3"));
    const QList<WireResponse> r = client.readResponses(2, {}, 30s);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 200);
    QVERIFY(!r[0].chunked);
    QCOMPARE(r[0].headerCount("Transfer-Encoding"), 0);
    QCOMPARE(r[0].header("Content-Length"), QByteArray::number(size));
    QVERIFY(r[0].body == pattern(0, size));
    QCOMPARE(r[1].body, pattern(0, 3));
}

void tst_ResponseBody::curlSeesChunkFraming()
{
    const QString url = QStringLiteral("http://127.0.0.1:%1/generated?n=100000").arg(m_server.port());
    const ToolRun run = runTool(QStringLiteral("curl"),
                                {QStringLiteral("-sS"), QStringLiteral("-i"), QStringLiteral("--raw"),
                                 QStringLiteral("--max-time"), QStringLiteral("20"), url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // With --raw curl passes the chunk framing through untouched.
    QVERIFY(run.out.endsWith("\r\n0\r\n\r\n"));
    const QList<WireResponse> r = parseResponses(run.out, {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QVERIFY(r[0].chunked);
    QVERIFY(!r[0].malformed);
    QVERIFY(r[0].body == pattern(0, 100'000));
}

void tst_ResponseBody::curlDecodesLargeChunkedBody()
{
    constexpr qint64 kSize = 3 * 1024 * 1024;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("body"));
    const QString url = QStringLiteral("http://127.0.0.1:%1/generated?n=%2").arg(m_server.port()).arg(kSize);
    const ToolRun run = runTool(QStringLiteral("curl"),
                                {QStringLiteral("-sS"), QStringLiteral("--fail"), QStringLiteral("--max-time"),
                                 QStringLiteral("30"), QStringLiteral("-o"), file, QStringLiteral("-w"),
                                 QStringLiteral("%header{transfer-encoding}"), url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.out, QByteArray("chunked"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray body = f.readAll();
    QCOMPARE(body.size(), kSize);
    QVERIFY(body == pattern(0, kSize));
}

void tst_ResponseBody::http10UnknownLengthEndsAtClose_data()
{
    QTest::addColumn<qint64>("size");
    QTest::newRow("empty") << qint64(0);
    QTest::newRow("100 kB") << qint64(100'000);
    QTest::newRow("2 MiB") << qint64(2 * 1024 * 1024);
}

void tst_ResponseBody::http10UnknownLengthEndsAtClose()
{
    QFETCH(qint64, size);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    // Even asking to keep the connection: an HTTP/1.0 body of unknown length
    // can only end with it.
    client.send("GET /generated?n=" + QByteArray::number(size) + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QVERIFY(client.waitForClose(30s));
    const QList<WireResponse> r = parseResponses(client.received(), {}, true);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].headerCount("Transfer-Encoding"), 0);
    QCOMPARE(r[0].headerCount("Content-Length"), 0);
    QCOMPARE(r[0].header("Connection"), QByteArray("close"));
    QCOMPARE(r[0].body.size(), size);
    QVERIFY(r[0].body == pattern(0, size));
}

void tst_ResponseBody::headSendsNoBody_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentLength"); // null: none
    QTest::newRow("bytes: Content-Length") << QByteArray("/bytes?n=1000") << QByteArray("1000");
    QTest::newRow("generated, size unknown: no Content-Length") << QByteArray("/generated?n=1000") << QByteArray();
    QTest::newRow("generated, size known: Content-Length")
        << QByteArray("/generated-sized?n=1000") << QByteArray("1000");
    QTest::newRow("push stream: no Content-Length") << QByteArray("/events") << QByteArray();
    QTest::newRow("failing source: nothing read, no Content-Length") << QByteArray("/fails-midway") << QByteArray();
}

void tst_ResponseBody::headSendsNoBody()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentLength);
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    // HEAD and then GET on one connection: a single stray body byte after
    // the HEAD answer would be misread as the start of the next response.
    client.send("HEAD " + target + " HTTP/1.1\r\nHost: test\r\n\r\n" + get("/bytes?n=5"));
    const QList<WireResponse> r = client.readResponses(2, {true, false});
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 200);
    if (contentLength.isNull())
        QCOMPARE(r[0].headerCount("Content-Length"), 0);
    else
        QCOMPARE(r[0].header("Content-Length"), contentLength);
    QCOMPARE(r[1].status, 200);
    QCOMPARE(r[1].body, pattern(0, 5));
    // Exactly two heads and five bytes, nothing else.
    const QByteArray &wire = client.received();
    const qsizetype firstHead = wire.indexOf("\r\n\r\n") + 4;
    QVERIFY(wire.sliced(firstHead).startsWith("HTTP/1.1 200 "));
    const qsizetype secondHead = wire.indexOf("\r\n\r\n", firstHead) + 4;
    QCOMPARE(wire.size() - secondHead, 5);
    QVERIFY(!client.isClosed());
}

void tst_ResponseBody::pushStreamDeliversEventsAsPushed()
{
    auto hub = std::make_shared<StreamHub>();
    TestServer s;
    ServerConfig config;
    config.limits.idleTimeout = 300ms;
    config.limits.writeIdleTimeout = 300ms;
    QVERIFY2(s.start(config, sourceRoutes(hub)), qPrintable(s.lastError()));

    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/events"));
    const qsizetype headSize = waitForHead(client);
    QVERIFY(headSize > 0);
    const QList<WireResponse> heads = parseResponses(client.received().first(headSize), {true}, false);
    QCOMPARE(heads.size(), 1);
    QCOMPARE(heads[0].header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(heads[0].headerCount("Content-Length"), 0);
    const std::shared_ptr<PushStream> stream = hub->latest(); // the link ran before the head went out
    QVERIFY(stream);

    // Each event arrives before the next is pushed.
    QByteArray expected;
    for (int i = 0; i < 3; ++i) {
        const QByteArray event = "data: event " + QByteArray::number(i) + "\n\n";
        QVERIFY(stream->push(event));
        expected += event;
        const ChunkStream got = waitForStreamData(client, headSize, expected.size());
        QCOMPARE(got.data, expected);
        QVERIFY(!got.ended);
    }

    // Quiet for more than three times idleTimeout and writeIdleTimeout: the
    // open stream is not an idle connection, so nothing happens at all.
    QSignalSpy readable(&client.socket(), &QTcpSocket::readyRead);
    QSignalSpy disconnected(&client.socket(), &QTcpSocket::disconnected);
    QVERIFY2(!readable.wait(1000), "the server sent something while the stream was quiet");
    QCOMPARE(disconnected.size(), 0);
    QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(s.server().stats().openConnections, 1);

    const QByteArray late = "data: after the quiet\n\n";
    QVERIFY(stream->push(late));
    expected += late;
    ChunkStream got = waitForStreamData(client, headSize, expected.size());
    QCOMPARE(got.data, expected);

    // Closing the stream ends the response with the last chunk, and the
    // connection carries on.
    stream->close();
    QVERIFY(waitForLastChunk(client, 10s));
    got = decodeChunks(QByteArrayView(client.received()).sliced(headSize));
    QVERIFY(got.ended);
    QCOMPARE(got.data, expected);
    client.clearReceived();
    client.send(get("/bytes?n=7"));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, pattern(0, 7));

    const QList<RequestRecord> records = s.waitForRecords(2);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].target, QByteArray("/events"));
    QVERIFY(records[0].error.isEmpty());
}

void tst_ResponseBody::gracefulStopEndsOpenStream()
{
    auto hub = std::make_shared<StreamHub>();
    TestServer s;
    ServerConfig config;
    config.workerCount = 1;
    QVERIFY2(s.start(config, sourceRoutes(hub)), qPrintable(s.lastError()));

    RawHttpClient listener;
    QVERIFY(listener.connectTo(s.port()));
    listener.send(get("/events"));
    const qsizetype headSize = waitForHead(listener);
    QVERIFY(headSize > 0);
    const std::shared_ptr<PushStream> stream = hub->latest();
    QVERIFY(stream);
    QVERIFY(stream->push("data: one\n\n"));
    QCOMPARE(waitForStreamData(listener, headSize, 11).data, QByteArray("data: one\n\n"));

    // The only worker holds the open stream and still serves others.
    RawHttpClient other;
    QVERIFY(other.connectTo(s.port()));
    other.send(get("/bytes?n=1000"));
    const QList<WireResponse> r = other.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, pattern(0, 1000));
    QVERIFY(!listener.isClosed());

    QElapsedTimer clock;
    clock.start();
    QVERIFY(s.stop(10s, 20s));
    const qint64 took = clock.elapsed();
    qInfo() << "stopped in" << took << "ms with a 10 s drain deadline";
    QVERIFY2(took < 5000, qPrintable(QStringLiteral("stop took %1 ms").arg(took)));

    // The stream ended properly: the last chunk, then the close.
    QVERIFY(listener.waitForClose());
    QVERIFY(listener.received().endsWith("\r\n0\r\n\r\n"));
    const ChunkStream got = decodeChunks(QByteArrayView(listener.received()).sliced(headSize));
    QVERIFY(got.ended);
    QCOMPARE(got.data, QByteArray("data: one\n\n"));
    QVERIFY(stream->isClosed());
    QVERIFY(other.waitForClose());

    const auto streamRecord = std::find_if(s.records().begin(), s.records().end(),
                                           [](const RequestRecord &x) { return x.target == "/events"; });
    QVERIFY(streamRecord != s.records().end());
    QVERIFY2(streamRecord->error.isEmpty(), qPrintable(streamRecord->error));
}

void tst_ResponseBody::failingSourceCutsConnection()
{
    const int before = int(m_server.waitForRecords(0).size());
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/fails-midway"));
    QVERIFY(client.waitForClose());

    const qsizetype headSize = client.received().indexOf("\r\n\r\n") + 4;
    QVERIFY(headSize > 4);
    QVERIFY(client.received().first(headSize).contains("Transfer-Encoding: chunked"));
    // Cut, not ended: a client must not take the partial body for a whole one.
    QVERIFY(!client.received().endsWith("0\r\n\r\n"));
    const ChunkStream got = decodeChunks(QByteArrayView(client.received()).sliced(headSize));
    QVERIFY(!got.ended);
    QVERIFY(!got.malformed);
    QVERIFY(got.data.size() <= kFailAt);
    QVERIFY(got.data == pattern(0, got.data.size()));

    const QList<RequestRecord> records = m_server.waitForRecords(before + 1);
    QCOMPARE(records.size(), before + 1);
    const RequestRecord &rec = records.constLast();
    QCOMPARE(rec.target, QByteArray("/fails-midway"));
    QCOMPARE(rec.status, 200);
    QVERIFY2(!rec.error.isEmpty(), "the record of a response cut by a failing source has no error");
}

void tst_ResponseBody::slowReaderBoundsQueuedResponse()
{
    constexpr qint64 kSize = 64ll * 1024 * 1024;
    auto hub = std::make_shared<StreamHub>();
    TestServer s;
    QVERIFY2(s.start({}, sourceRoutes(hub)), qPrintable(s.lastError()));

    RawHttpClient client;
    client.socket().setReadBufferSize(16 * 1024);
    QVERIFY(client.connectTo(s.port()));
    client.send(get("/generated?n=" + QByteArray::number(kSize)));
    QTRY_VERIFY(s.server().stats().bytesSent >= 128 * 1024);

    // The client reads nothing: the kernel buffers fill and the server must
    // stop producing rather than queue the body. Half a second of nothing.
    QSignalSpy disconnected(&client.socket(), &QTcpSocket::disconnected);
    QVERIFY(!disconnected.wait(500));
    const ServerStats stats = s.server().stats();
    qInfo() << "sent" << stats.bytesSent << "of" << kSize << "; peak queued on the connection"
            << stats.peakConnectionWriteBuffer;
    QVERIFY(stats.bytesSent < quint64(kSize / 2));
    // The high-water mark, one piece, and a chunk line and response head.
    QVERIFY2(stats.peakConnectionWriteBuffer <= Limits::kWriteHighWaterMark + Limits::kFileChunkBytes + 1024,
             qPrintable(QStringLiteral("peak %1 bytes").arg(stats.peakConnectionWriteBuffer)));

    client.socket().setReadBufferSize(0);
    QVERIFY(waitForLastChunk(client, 120s));
    const QList<WireResponse> r = parseResponses(client.received(), {}, false);
    QCOMPARE(r.size(), 1);
    QVERIFY(r[0].chunked);
    QVERIFY(!r[0].malformed);
    QCOMPARE(r[0].body.size(), kSize);
    QVERIFY(r[0].body == pattern(0, kSize));
    QVERIFY(s.server().stats().peakConnectionWriteBuffer
            <= Limits::kWriteHighWaterMark + Limits::kFileChunkBytes + 1024);
}

void tst_ResponseBody::recordCountsBytesOnWire_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("chunked generated body") << QByteArray("/generated?n=200000");
    QTest::newRow("chunked empty body") << QByteArray("/generated?n=0");
    QTest::newRow("Content-Length bytes body") << QByteArray("/bytes?n=200000");
}

void tst_ResponseBody::recordCountsBytesOnWire()
{
    QFETCH(QByteArray, target);
    const int before = int(m_server.waitForRecords(0).size());
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get(target));
    const QList<WireResponse> r = client.readResponses(1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    qsizetype consumed = 0;
    parseResponses(client.received(), {}, false, &consumed);
    QCOMPARE(consumed, client.received().size()); // this one response, nothing more
    const qint64 onWire = client.received().size();
    const qint64 headSize = client.received().indexOf("\r\n\r\n") + 4;

    const QList<RequestRecord> records = m_server.waitForRecords(before + 1);
    QCOMPARE(records.size(), before + 1);
    const RequestRecord &rec = records.constLast();
    QCOMPARE(rec.target, target);
    QCOMPARE(rec.bytesSent, onWire);
    QCOMPARE(rec.responseBodyBytes, onWire - headSize);
}

QTEST_GUILESS_MAIN(tst_ResponseBody)
#include "tst_responsebody.moc"
