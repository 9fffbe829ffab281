// Tests of the gzip layer: which types are compressed, how Accept-Encoding
// is read (RFC 9110 12.5.3), the gzip ETag, one-shot compression, the
// streaming GzipSource (byte-exact after inflating, whatever the read size;
// flushed at once when an event stream waits), and the process-wide cap on
// streaming compressors.

#include "server/http/Compression.h"
#include "server/http/limits.h"

#include <QtTest>

#include <memory>
#include <optional>
#include <vector>
#include <zlib.h>

using namespace Servery;

using Status = BodySource::Status;

namespace Servery {

char *toString(BodySource::Status s)
{
    switch (s) {
    case BodySource::Status::Data:
        return qstrdup("Data");
    case BodySource::Status::Wait:
        return qstrdup("Wait");
    case BodySource::Status::End:
        return qstrdup("End");
    case BodySource::Status::Error:
        return qstrdup("Error");
    }
    return qstrdup("?");
}

} // namespace Servery

namespace {

// gzip framing for zlib's inflate: windowBits 15 plus 16 (RFC 1952).
constexpr int kGzipWindowBits = 15 + 16;

// An inflater fed piece by piece, as a browser does. Z_SYNC_FLUSH hands out
// everything the compressed bytes so far can give.
class Inflater {
public:
    Inflater() { m_ok = inflateInit2(&m_z, kGzipWindowBits) == Z_OK; }
    ~Inflater() { inflateEnd(&m_z); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    // False on corrupt input.
    bool feed(const QByteArray &in)
    {
        if (!m_ok)
            return false;
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        m_z.avail_in = uInt(in.size());
        for (;;) {
            char buffer[16384];
            m_z.next_out = reinterpret_cast<Bytef *>(buffer);
            m_z.avail_out = sizeof buffer;
            const int result = inflate(&m_z, Z_SYNC_FLUSH);
            m_out.append(buffer, qsizetype(sizeof buffer - m_z.avail_out));
            if (result == Z_STREAM_END) {
                m_ended = true;
                // Nothing may follow the gzip member.
                return m_z.avail_in == 0;
            }
            if (result == Z_BUF_ERROR)
                return true; // needs more input; not an error
            if (result != Z_OK)
                return false;
            if (m_z.avail_in == 0 && m_z.avail_out != 0)
                return true;
        }
    }
    const QByteArray &output() const { return m_out; }
    bool ended() const { return m_ended; }

private:
    z_stream m_z {};
    bool m_ok = false;
    bool m_ended = false;
    QByteArray m_out;
};

// A whole gzip member inflated; null unless it is complete and valid.
std::optional<QByteArray> gunzip(const QByteArray &gz)
{
    Inflater inflater;
    if (!inflater.feed(gz) || !inflater.ended())
        return std::nullopt;
    return inflater.output();
}

QByteArray noise(qsizetype size, quint32 seed = 3)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

QByteArray text(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 64);
    for (int i = 0; out.size() < size; ++i)
        out += "<li><a href=\"file-" + QByteArray::number(i) + ".txt\">file " + QByteArray::number(i * 7)
            + "</a></li>\n";
    out.truncate(size);
    return out;
}

// The read() contract, checked on every call while reading to the end.
struct Drained {
    QByteArray bytes;
    Status last = Status::Data;
    QByteArray problem;
};

Drained drain(BodySource &source, qint64 max, int maxReads = 20'000'000)
{
    Drained d;
    for (int reads = 1; reads <= maxReads; ++reads) {
        QByteArray piece;
        d.last = source.read(piece, max);
        if (piece.size() > max) {
            d.problem = "read appended " + QByteArray::number(piece.size()) + " for max " + QByteArray::number(max);
            return d;
        }
        if (d.last == Status::Data && piece.isEmpty()) {
            d.problem = "Data without a byte";
            return d;
        }
        d.bytes += piece;
        if (d.last == Status::End || d.last == Status::Error || d.last == Status::Wait)
            return d;
    }
    d.problem = "still Data after " + QByteArray::number(maxReads) + " reads";
    return d;
}

// Inner sources for the round trip, by name.
std::unique_ptr<BodySource> innerSource(const QByteArray &kind, const QByteArray &bytes)
{
    if (kind == "bytes")
        return std::make_unique<BytesSource>(bytes);
    if (kind == "slices")
        return std::make_unique<SlicesSource>(std::make_shared<BytesContent>(bytes));
    // A generator handing out uneven pieces, as a listing does.
    auto done = std::make_shared<qsizetype>(0);
    return std::make_unique<GeneratorSource>([bytes, done](QByteArray &out, qint64 hint) {
        const qsizetype n
            = qsizetype(std::min<qint64>(std::min<qint64>(hint, 5000 + *done % 3001), bytes.size() - *done));
        out += QByteArrayView(bytes).sliced(*done, n);
        *done += n;
        return *done == bytes.size() ? Status::End : Status::Data;
    });
}

// A file that fails to read from `failAt` on.
class FailingContent final : public Content {
public:
    FailingContent(QByteArray bytes, qint64 failAt)
        : m_bytes(std::move(bytes))
        , m_failAt(failAt)
    {
    }
    qint64 size() const override { return m_bytes.size(); }
    qint64 readAt(char *buffer, qint64 length, qint64 offset) override
    {
        if (offset + length > m_failAt)
            return -1;
        std::memcpy(buffer, m_bytes.constData() + offset, size_t(length));
        return length;
    }

private:
    QByteArray m_bytes;
    qint64 m_failAt;
};

} // namespace

class tst_Compression : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void isCompressibleType_data();
    void isCompressibleType();
    void acceptEncodingQuality_data();
    void acceptEncodingQuality();
    void gzipEtag_data();
    void gzipEtag();
    void gzipCompress_data();
    void gzipCompress();
    void gzipSourceRoundTrip_data();
    void gzipSourceRoundTrip();
    void gzipSourceFlushesOnWait_data();
    void gzipSourceFlushesOnWait();
    void gzipSourceForwardsStreamControls();
    void gzipSourceInnerError();
    void gzipSlotCap();
    void gzipSourceFreesSlotAtEnd();
};

void tst_Compression::isCompressibleType_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<bool>("compressible");

    const auto yes = [](const char *type) {
        QTest::newRow(QByteArray(QByteArray("yes: ") + type).constData()) << QByteArray(type) << true;
    };
    const auto no = [](const char *type) {
        QTest::newRow(QByteArray(QByteArray("no: ") + type).constData()) << QByteArray(type) << false;
    };

    // Text and structured text shrink a lot.
    yes("text/html; charset=utf-8");
    yes("text/plain");
    yes("TEXT/CSS"); // media types are case-insensitive (RFC 9110 8.3.1)
    yes("Text/JavaScript");
    yes("text/csv ; charset=utf-8");
    yes("application/json");
    yes("application/ld+json"); // any +json suffix (RFC 6839)
    yes("application/vnd.api+json; charset=utf-8");
    yes("application/atom+xml"); // any +xml suffix
    yes("application/xml");
    yes("application/javascript");
    yes("image/svg+xml");
    yes("application/wasm");
    yes("font/ttf");
    // Already compressed: gzip would only cost time.
    no("image/png");
    no("image/jpeg");
    no("image/webp");
    no("video/mp4");
    no("audio/mpeg");
    no("application/zip");
    no("application/gzip");
    no("font/woff2");
    no("application/octet-stream");
    // Each event must reach the browser at once, not wait in a compressor.
    no("text/event-stream");
    no("Text/Event-Stream; charset=utf-8");
    no("");
    // Not a prefix match on the name: "text" alone is no media type.
    no("textual/plain");
}

void tst_Compression::isCompressibleType()
{
    QFETCH(QByteArray, type);
    QFETCH(bool, compressible);

    QCOMPARE(Servery::isCompressibleType(type), compressible);
}

void tst_Compression::acceptEncodingQuality_data()
{
    QTest::addColumn<QByteArrayList>("fields"); // Accept-Encoding fields, in order
    QTest::addColumn<QByteArray>("coding");
    QTest::addColumn<double>("quality");

    const QByteArray gzip = "gzip";
    const auto row = [&](const char *name, const QByteArrayList &fields, double q) {
        QTest::newRow(name) << fields << gzip << q;
    };

    // RFC 9110 12.5.3: no field means no preference, and then the server
    // sends identity; that is what 0 says to the caller.
    row("absent", {}, 0);
    row("empty field", {""}, 0);
    row("gzip", {"gzip"}, 1);
    row("gzip;q=0.5", {"gzip;q=0.5"}, 0.5);
    row("gzip;q=0.001", {"gzip;q=0.001"}, 0.001);
    row("gzip;q=1.000", {"gzip;q=1.000"}, 1);
    row("gzip;q=0 refuses", {"gzip;q=0"}, 0);
    row("gzip;q=0.000 refuses", {"gzip;q=0.000"}, 0);
    row("OWS around the parameter", {"gzip ; q=0.5"}, 0.5);
    row("parameter name in upper case", {"gzip;Q=0.5"}, 0.5);
    row("in a list", {"deflate, gzip;q=0.7, br"}, 0.7);
    row("star", {"*"}, 1);
    row("star with q", {"*;q=0.3"}, 0.3);
    row("star refused, gzip not named", {"br, *;q=0"}, 0);
    // A named coding takes its own q, whatever "*" says.
    row("named beats star (lower)", {"*;q=0.9, gzip;q=0.2"}, 0.2);
    row("named beats star (higher)", {"*;q=0.1, gzip"}, 1);
    row("named refusal beats star", {"gzip;q=0, *"}, 0);
    row("x-gzip counts as gzip", {"x-gzip"}, 1);
    row("x-gzip with q", {"x-gzip;q=0.4"}, 0.4);
    row("GZIP in upper case", {"GZIP"}, 1);
    row("only another coding", {"br"}, 0);
    row("a longer name is not gzip", {"gzipx"}, 0);
    row("a shorter name is not gzip", {"gzi"}, 0);
    // Out of range or unreadable weights: clamped, or treated as refusal.
    row("q above 1 is clamped", {"gzip;q=1.5"}, 1);
    row("negative q is clamped", {"gzip;q=-1"}, 0);
    row("garbage q", {"gzip;q=abc"}, 0);
    row("empty q", {"gzip;q="}, 0);
    row("q=nan", {"gzip;q=nan"}, 0);
    // gzip is named, so "*" does not speak for it, whatever its weight says.
    row("q=nan does not fall back to star", {"gzip;q=nan, *"}, 0);
    row("garbage q does not fall back to star", {"gzip;q=abc, *"}, 0);
    // Several fields form one list (RFC 9110 5.3).
    row("two fields combined", {"br", "gzip;q=0.6"}, 0.6);
    row("star in the second field", {"br", "*;q=0.2"}, 0.2);
    row("refusal in the second field", {"*", "gzip;q=0"}, 0);

    // Other codings are looked up the same way.
    QTest::newRow("br named") << QByteArrayList {"gzip, br;q=0.9"} << QByteArray("br") << 0.9;
    QTest::newRow("x-gzip is no alias for br") << QByteArrayList {"x-gzip"} << QByteArray("br") << 0.0;
    QTest::newRow("br via star") << QByteArrayList {"gzip, *;q=0.5"} << QByteArray("br") << 0.5;
}

void tst_Compression::acceptEncodingQuality()
{
    QFETCH(QByteArrayList, fields);
    QFETCH(QByteArray, coding);
    QFETCH(double, quality);

    HttpRequest request;
    request.method = "GET";
    request.target = "/";
    request.path = "/";
    for (const QByteArray &field : std::as_const(fields))
        request.headers.append("Accept-Encoding", field);
    QCOMPARE(Servery::acceptEncodingQuality(request, coding), quality);
}

void tst_Compression::gzipEtag_data()
{
    QTest::addColumn<QByteArray>("etag");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("strong tag") << QByteArray("\"abc\"") << QByteArray("\"abc-gzip\"");
    QTest::newRow("weak tag stays weak") << QByteArray("W/\"abc\"") << QByteArray("W/\"abc-gzip\"");
    QTest::newRow("empty opaque tag") << QByteArray("\"\"") << QByteArray("\"-gzip\"");
    QTest::newRow("file-style tag") << QByteArray("\"1f4-65a3b2c1\"") << QByteArray("\"1f4-65a3b2c1-gzip\"");
    // No tag: none is made up (the answer then has no ETag at all).
    QTest::newRow("no tag") << QByteArray() << QByteArray();
}

void tst_Compression::gzipEtag()
{
    QFETCH(QByteArray, etag);
    QFETCH(QByteArray, expected);

    const QByteArray gz = Servery::gzipEtag(etag);
    QCOMPARE(gz, expected);
    if (!etag.isEmpty()) {
        // Distinct, and still a quoted entity-tag (RFC 9110 8.8.3).
        QVERIFY(gz != etag);
        QVERIFY(gz.endsWith("-gzip\""));
        QCOMPARE(gz.startsWith("W/"), etag.startsWith("W/"));
        QCOMPARE(gz.count('"'), 2);
    }
}

void tst_Compression::gzipCompress_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<double>("maxRatio"); // compressed / input at most; 0: no check

    QTest::newRow("empty") << QByteArray() << 0.0;
    QTest::newRow("one byte") << QByteArray("x") << 0.0;
    QTest::newRow("small text") << QByteArray("Hello, gzip!\n") << 0.0;
    QTest::newRow("text 100 KB") << text(100'000) << 0.3;
    // Incompressible input must still round-trip (stored blocks); it may
    // grow by a little.
    QTest::newRow("random 1 MiB") << noise(1 << 20) << 1.01;
    QTest::newRow("repetitive 1 MiB") << QByteArray(1 << 20, 'a') << 0.01;
    QTest::newRow("window boundary 512") << noise(512) << 1.1;
    QTest::newRow("window boundary 513") << noise(513) << 1.1;
}

void tst_Compression::gzipCompress()
{
    QFETCH(QByteArray, input);
    QFETCH(double, maxRatio);

    const QByteArray gz = Servery::gzipCompress(input);
    // RFC 1952: the magic bytes and deflate as the method.
    QVERIFY(gz.size() >= 18);
    QCOMPARE(quint8(gz.at(0)), quint8(0x1f));
    QCOMPARE(quint8(gz.at(1)), quint8(0x8b));
    QCOMPARE(quint8(gz.at(2)), quint8(8));
    const std::optional<QByteArray> inflated = gunzip(gz);
    QVERIFY2(inflated, "not one complete gzip member");
    QCOMPARE(inflated->size(), input.size());
    QVERIFY(*inflated == input);
    if (maxRatio > 0)
        QVERIFY2(double(gz.size()) <= maxRatio * double(input.size()), QByteArray::number(gz.size()).constData());
}

void tst_Compression::gzipSourceRoundTrip_data()
{
    QTest::addColumn<QByteArray>("inner");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("max");

    const QList<std::pair<const char *, QByteArray>> inputs {
        {"empty", QByteArray()},
        {"small text", text(300)},
        {"text 300 KB", text(300'000)},
        {"random 200 KB", noise(200'000)}, // compressed output larger than the input
        {"repetitive 2 MiB", QByteArray(2 << 20, 'z')}, // many input reads per output byte
    };
    for (const char *inner : {"bytes", "slices", "generator"}) {
        for (const auto &[name, bytes] : inputs) {
            for (const qint64 max : {qint64(1), qint64(7), qint64(4096), qint64(65536)}) {
                // One-byte reads of the big inputs add time but no new case.
                if (max == 1 && bytes.size() > 1000)
                    continue;
                const QByteArray row = QByteArray(inner) + ": " + name + ", max " + QByteArray::number(max);
                QTest::newRow(row.constData()) << QByteArray(inner) << bytes << max;
            }
        }
    }
}

void tst_Compression::gzipSourceRoundTrip()
{
    QFETCH(QByteArray, inner);
    QFETCH(QByteArray, input);
    QFETCH(qint64, max);

    GzipSource source(innerSource(inner, input), GzipSlot::tryAcquire());
    QCOMPARE(source.size(), qint64(-1));
    QVERIFY(!source.isOpenEnded());
    const Drained d = drain(source, max);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    const std::optional<QByteArray> inflated = gunzip(d.bytes);
    QVERIFY2(inflated, "not one complete gzip member");
    QCOMPARE(inflated->size(), input.size());
    QVERIFY(*inflated == input);
    // Ended stays ended.
    QByteArray more;
    QCOMPARE(source.read(more, max), Status::End);
    QVERIFY(more.isEmpty());
}

void tst_Compression::gzipSourceFlushesOnWait_data()
{
    QTest::addColumn<qint64>("max");

    // Around the size of a flush marker (an empty stored block, 5 bytes),
    // and larger than everything.
    for (const qint64 max : {qint64(1), qint64(3), qint64(5), qint64(6), qint64(64), qint64(65536)})
        QTest::newRow(QByteArray("max " + QByteArray::number(max)).constData()) << max;
}

void tst_Compression::gzipSourceFlushesOnWait()
{
    QFETCH(qint64, max);

    // Server-sent events through gzip: each event must reach the client as
    // soon as it is pushed, not sit in the compressor until more arrive.
    auto [stream, pushSource] = PushStream::create(1 << 20);
    GzipSource source(std::move(pushSource), GzipSlot::tryAcquire());
    int wakeUps = 0;
    source.setWakeUp([&] { ++wakeUps; });

    Inflater client;
    QByteArray expected;
    const QList<QByteArray> events {"data: hello\n\n", "data: " + text(3000) + "\n\n", "id: 3\ndata: x\n\n"};
    for (qsizetype i = 0; i < events.size(); ++i) {
        const int before = wakeUps;
        QVERIFY(stream->push(events.at(i)));
        expected += events.at(i);
        // The source answered Wait last time (not before the first push), so
        // the push must wake the connection, through the gzip layer.
        QCOMPARE(wakeUps, before + (i == 0 ? 0 : 1));
        // Everything the source gives until it waits must let the client
        // inflate every byte pushed so far.
        const Drained d = drain(source, max, 200'000);
        QVERIFY2(d.problem.isEmpty(), d.problem.constData());
        QCOMPARE(d.last, Status::Wait);
        QVERIFY(!d.bytes.isEmpty());
        QVERIFY(client.feed(d.bytes));
        QCOMPARE(client.output(), expected);
        QVERIFY(!client.ended());
    }

    // Closing ends the gzip stream properly (its trailer), after the last
    // event.
    QVERIFY(stream->push("data: last\n\n"));
    expected += "data: last\n\n";
    stream->close();
    const Drained d = drain(source, max, 200'000);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    QVERIFY(client.feed(d.bytes));
    QVERIFY(client.ended());
    QCOMPARE(client.output(), expected);
}

void tst_Compression::gzipSourceForwardsStreamControls()
{
    auto [stream, pushSource] = PushStream::create(1024);
    GzipSource source(std::move(pushSource), GzipSlot::tryAcquire());
    // An event stream stays an event stream once compressed...
    QVERIFY(source.isOpenEnded());
    // ...and a graceful stop reaches its producer.
    source.finishSoon();
    QVERIFY(stream->isClosed());
    QVERIFY(!stream->push("late"));
    const Drained d = drain(source, 4096);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::End);
    QCOMPARE(gunzip(d.bytes), std::optional<QByteArray>(QByteArray()));
}

void tst_Compression::gzipSourceInnerError()
{
    // The file fails midway: the compressed body must fail too, with the
    // inner reason, rather than end as a shorter valid gzip stream.
    const QByteArray bytes = text(300'000);
    auto inner = std::make_unique<SlicesSource>(std::make_shared<FailingContent>(bytes, 200'000));
    SlicesSource reference(std::make_shared<FailingContent>(bytes, 200'000));
    GzipSource source(std::move(inner), GzipSlot::tryAcquire());
    const Drained d = drain(source, 4096);
    QVERIFY2(d.problem.isEmpty(), d.problem.constData());
    QCOMPARE(d.last, Status::Error);
    QVERIFY(!source.errorString().isEmpty());
    // The reason is the inner source's.
    const Drained r = drain(reference, 1 << 20);
    QCOMPARE(r.last, Status::Error);
    QCOMPARE(source.errorString(), reference.errorString());
}

void tst_Compression::gzipSlotCap()
{
    std::vector<std::unique_ptr<GzipSlot>> held;
    for (;;) {
        std::unique_ptr<GzipSlot> slot = GzipSlot::tryAcquire();
        if (!slot)
            break;
        held.push_back(std::move(slot));
        QVERIFY2(held.size() <= size_t(Limits::kMaxGzipStreams), "more compressors than the cap");
    }
    // Nothing else in this process holds one now.
    QCOMPARE(held.size(), size_t(Limits::kMaxGzipStreams));
    QVERIFY(!GzipSlot::tryAcquire());
    QVERIFY(!GzipSlot::tryAcquire()); // a refused attempt takes nothing

    // Freeing one frees exactly one.
    held.pop_back();
    std::unique_ptr<GzipSlot> again = GzipSlot::tryAcquire();
    QVERIFY(again);
    QVERIFY(!GzipSlot::tryAcquire());

    // All freed: the whole cap is available again.
    again.reset();
    held.clear();
    for (int i = 0; i < Limits::kMaxGzipStreams; ++i) {
        held.push_back(GzipSlot::tryAcquire());
        QVERIFY(held.back());
    }
    QVERIFY(!GzipSlot::tryAcquire());
}

void tst_Compression::gzipSourceFreesSlotAtEnd()
{
    // A finished compressor gives its slot back at End, not when the
    // response is destroyed (which may be much later, on keep-alive).
    std::vector<std::unique_ptr<GzipSlot>> others;
    for (int i = 0; i < Limits::kMaxGzipStreams - 1; ++i) {
        others.push_back(GzipSlot::tryAcquire());
        QVERIFY(others.back());
    }
    GzipSource source(std::make_unique<BytesSource>(text(10'000)), GzipSlot::tryAcquire());
    QVERIFY(!GzipSlot::tryAcquire());
    const Drained d = drain(source, 65536);
    QCOMPARE(d.last, Status::End);
    std::unique_ptr<GzipSlot> freed = GzipSlot::tryAcquire();
    QVERIFY(freed);
}

QTEST_APPLESS_MAIN(tst_Compression)

#include "tst_compression.moc"
