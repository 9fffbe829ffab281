// Tests of serveContent() and serveStream(): the content rules of RFC 9110
// over a body. Full answers and their validators, preconditions (13.2.2),
// ranges (14), and gzip negotiation (8.4, 12.5.3), each checked on the
// headers and on the body as a client would receive it (read to its end,
// and inflated when gzipped).

#include "server/http/Compression.h"
#include "server/http/HttpDate.h"
#include "server/http/ServeContent.h"
#include "server/http/limits.h"

#include <QtTest>

#include <optional>
#include <vector>
#include <zlib.h>

using namespace Servery;

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Spans = QList<std::pair<qint64, qint64>>; // first, last (inclusive)

constexpr qint64 kModified = 1'700'000'000; // Tue, 14 Nov 2023 22:13:20 GMT
const QByteArray kTag = "\"abc\"";
constexpr qint64 kSize = 10'000; // the default body size

HttpRequest makeRequest(const QByteArray &method, const Headers &headers = {})
{
    HttpRequest r;
    r.method = method;
    r.target = "/style.css";
    r.path = "/style.css";
    r.host = "localhost";
    for (const auto &[name, value] : headers)
        r.headers.append(name, value);
    return r;
}

Representation rep(const QByteArray &contentType, const QByteArray &etag = kTag, qint64 modified = kModified)
{
    Representation r;
    r.contentType = contentType;
    r.validators = Validators {etag, modified};
    return r;
}

// Compressible text that still varies (a run of one byte would compress to
// nothing and hide a body cut in the wrong place).
QByteArray text(qsizetype size)
{
    QByteArray out;
    out.reserve(size + 64);
    for (int i = 0; out.size() < size; ++i)
        out += ".rule-" + QByteArray::number(i) + " { margin: " + QByteArray::number(i % 17) + "px; }\n";
    out.truncate(size);
    return out;
}

// Incompressible bytes, the same on every run.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.generate() & 0xff);
    return bytes;
}

// The body as the client receives it: read to End `max` bytes at a time.
// Null on an error or a broken read() contract.
std::optional<QByteArray> drainBody(HttpResponse &r, qint64 max = 65536)
{
    if (!r.body)
        return QByteArray();
    QByteArray all;
    for (int reads = 0; reads < 10'000'000; ++reads) {
        QByteArray piece;
        const BodySource::Status s = r.body->read(piece, max);
        if (piece.size() > max)
            return std::nullopt;
        all += piece;
        if (s == BodySource::Status::End)
            return all;
        if (s != BodySource::Status::Data)
            return std::nullopt; // Error; Wait is never right for these bodies
    }
    return std::nullopt;
}

// A whole gzip stream (RFC 1952) inflated by zlib; null unless it is exactly
// one complete, valid member.
std::optional<QByteArray> gunzip(const QByteArray &gz)
{
    z_stream z {};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return std::nullopt;
    QByteArray out;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    z.avail_in = uInt(gz.size());
    int result = Z_OK;
    while (result == Z_OK) {
        char buffer[16384];
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        result = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (result == Z_BUF_ERROR && z.avail_in == 0)
            break; // truncated
    }
    const bool complete = result == Z_STREAM_END && z.avail_in == 0;
    inflateEnd(&z);
    if (!complete)
        return std::nullopt;
    return out;
}

QByteArray contentRange(qint64 first, qint64 last, qint64 size)
{
    return "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + QByteArray::number(size);
}

// Base fields only the caller knows; they must survive into the answer.
HttpResponse callerBase()
{
    HttpResponse base;
    base.headers.append("Cache-Control", "max-age=60");
    base.handler = QStringLiteral("static files");
    return base;
}

} // namespace

class tst_ServeContent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullResponse_data();
    void fullResponse();
    void callerFieldsKept();
    void preconditions_data();
    void preconditions();
    void ranges_data();
    void ranges();
    void multipartRanges_data();
    void multipartRanges();
    void gzipNegotiation_data();
    void gzipNegotiation();
    void gzipEtagPreconditions_data();
    void gzipEtagPreconditions();
    void gzipLargeBodyStreams_data();
    void gzipLargeBodyStreams();
    void gzipWithoutFreeCompressor();
    void headWithGzip_data();
    void headWithGzip();
    void varyMergesWithCallers();
    void streamRules_data();
    void streamRules();
    void streamGzip_data();
    void streamGzip();
};

void tst_ServeContent::initTestCase()
{
    // The gzip rows rely on the body helpers: inflate must undo deflate and
    // reject garbage, or every gzip check would prove nothing.
    const QByteArray sample = text(5000);
    QCOMPARE(gunzip(gzipCompress(sample)), std::optional<QByteArray>(sample));
    QVERIFY(!gunzip(sample));
    QVERIFY(!gunzip(gzipCompress(sample).chopped(1)));
    QVERIFY(isCompressibleType("text/css"));
    QVERIFY(!isCompressibleType("image/png"));
}

void tst_ServeContent::fullResponse_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("etag"); // empty: the representation has none
    QTest::addColumn<qint64>("modified"); // 0: none

    QTest::newRow("text") << QByteArray("GET") << QByteArray("text/plain; charset=utf-8") << text(kSize) << kTag
                          << kModified;
    QTest::newRow("binary") << QByteArray("GET") << QByteArray("image/png") << noise(kSize) << kTag << kModified;
    QTest::newRow("large binary") << QByteArray("GET") << QByteArray("application/zip") << noise(1 << 20) << kTag
                                  << kModified;
    QTest::newRow("one byte") << QByteArray("GET") << QByteArray("application/octet-stream") << QByteArray("x") << kTag
                              << kModified;
    QTest::newRow("empty") << QByteArray("GET") << QByteArray("text/plain") << QByteArray() << kTag << kModified;
    // RFC 9110 13.2.1: no validator, no field for it.
    QTest::newRow("no ETag") << QByteArray("GET") << QByteArray("image/png") << noise(100) << QByteArray() << kModified;
    QTest::newRow("no Last-Modified") << QByteArray("GET") << QByteArray("image/png") << noise(100) << kTag
                                      << qint64(0);
    // HEAD says what GET would; the connection drops the body.
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray("image/png") << noise(kSize) << kTag << kModified;
}

void tst_ServeContent::fullResponse()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, etag);
    QFETCH(qint64, modified);

    HttpResponse r
        = serveContent(makeRequest(method), rep(contentType, etag, modified), std::make_shared<BytesContent>(body));

    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("Content-Type"), contentType);
    QCOMPARE(r.headers.count("Content-Type"), 1);
    QCOMPARE(r.headers.value("ETag"), etag.isEmpty() ? QByteArray() : etag);
    QCOMPARE(r.headers.value("Last-Modified"), modified > 0 ? formatHttpDate(modified) : QByteArray());
    QCOMPARE(r.headers.value("Accept-Ranges"), QByteArray("bytes"));
    // No Accept-Encoding: never an encoding.
    QVERIFY(!r.headers.contains("Content-Encoding"));
    QCOMPARE(r.headers.contains("Content-Range"), false);
    QCOMPARE(r.contentLength(), qint64(body.size()));
    const std::optional<QByteArray> got = drainBody(r);
    QVERIFY(got);
    QVERIFY(*got == body);
}

void tst_ServeContent::callerFieldsKept()
{
    HttpResponse base = callerBase();
    base.headers.append("Content-Disposition", "attachment");
    HttpResponse r = serveContent(makeRequest("GET"), rep("image/png"), std::make_shared<BytesContent>(noise(500)),
                                  std::move(base));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("Cache-Control"), QByteArray("max-age=60"));
    QCOMPARE(r.headers.value("Content-Disposition"), QByteArray("attachment"));
    QCOMPARE(r.handler, QStringLiteral("static files"));
}

void tst_ServeContent::preconditions_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    const QByteArray older = formatHttpDate(kModified - 3600);
    const QByteArray equal = formatHttpDate(kModified);
    const QByteArray newer = formatHttpDate(kModified + 3600);

    QTest::newRow("If-None-Match matches: 304") << QByteArray("GET") << Headers {{"If-None-Match", kTag}} << 304;
    QTest::newRow("If-None-Match weakly: 304") << QByteArray("GET") << Headers {{"If-None-Match", "W/" + kTag}} << 304;
    QTest::newRow("If-None-Match *: 304") << QByteArray("GET") << Headers {{"If-None-Match", "*"}} << 304;
    QTest::newRow("If-None-Match in a list: 304")
        << QByteArray("GET") << Headers {{"If-None-Match", "\"x\", " + kTag}} << 304;
    QTest::newRow("HEAD If-None-Match: 304") << QByteArray("HEAD") << Headers {{"If-None-Match", kTag}} << 304;
    QTest::newRow("If-None-Match other: 200") << QByteArray("GET") << Headers {{"If-None-Match", "\"old\""}} << 200;
    QTest::newRow("If-Match mismatch: 412") << QByteArray("GET") << Headers {{"If-Match", "\"old\""}} << 412;
    QTest::newRow("If-Match matches: 200") << QByteArray("GET") << Headers {{"If-Match", kTag}} << 200;
    QTest::newRow("If-Modified-Since equal: 304") << QByteArray("GET") << Headers {{"If-Modified-Since", equal}} << 304;
    QTest::newRow("If-Modified-Since newer: 304") << QByteArray("GET") << Headers {{"If-Modified-Since", newer}} << 304;
    QTest::newRow("If-Modified-Since older: 200") << QByteArray("GET") << Headers {{"If-Modified-Since", older}} << 200;
    QTest::newRow("If-Unmodified-Since older: 412")
        << QByteArray("GET") << Headers {{"If-Unmodified-Since", older}} << 412;
    // 13.1.2: for other methods a matching If-None-Match is 412, not 304.
    QTest::newRow("POST If-None-Match matches: 412") << QByteArray("POST") << Headers {{"If-None-Match", kTag}} << 412;
    // Preconditions come before ranges (13.2.2): a 304 wins over a Range.
    QTest::newRow("If-None-Match with a Range: 304")
        << QByteArray("GET") << Headers {{"Range", "bytes=0-9"}, {"If-None-Match", kTag}} << 304;
    QTest::newRow("If-Match mismatch with a Range: 412")
        << QByteArray("GET") << Headers {{"Range", "bytes=0-9"}, {"If-Match", "\"old\""}} << 412;
}

void tst_ServeContent::preconditions()
{
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(int, status);

    // text/css is compressible, so every answer depends on Accept-Encoding
    // and must say so, even a 304.
    const QByteArray body = text(kSize);
    HttpResponse r = serveContent(makeRequest(method, headers), rep("text/css"), std::make_shared<BytesContent>(body),
                                  callerBase());
    QCOMPARE(r.status, status);
    switch (status) {
    case 304:
        // RFC 9110 15.4.5: no content, and what a 200 would have said about
        // caching: ETag, Last-Modified, Vary and the caller's Cache-Control.
        QVERIFY(!r.body);
        QCOMPARE(r.contentLength(), qint64(0));
        QCOMPARE(r.headers.value("ETag"), kTag);
        QCOMPARE(r.headers.value("Last-Modified"), formatHttpDate(kModified));
        QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding"));
        QCOMPARE(r.headers.value("Cache-Control"), QByteArray("max-age=60"));
        QVERIFY(!r.headers.contains("Content-Range"));
        break;
    case 412: {
        QCOMPARE(r.headers.value("ETag"), kTag);
        QVERIFY(!r.headers.contains("Content-Range"));
        // The error page, not the content.
        const std::optional<QByteArray> got = drainBody(r);
        QVERIFY(got);
        QVERIFY(*got != body);
        break;
    }
    case 200: {
        QCOMPARE(r.headers.value("ETag"), kTag);
        const std::optional<QByteArray> got = drainBody(r);
        QVERIFY(got);
        QVERIFY(*got == body);
        break;
    }
    default:
        QFAIL("unexpected status in the table");
    }
}

void tst_ServeContent::ranges_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first"); // 206: the range served
    QTest::addColumn<qint64>("last");

    const qint64 none = -1;
    const auto full = [&](const char *name, const QByteArray &method, const Headers &h) {
        QTest::newRow(name) << method << h << 200 << none << none;
    };
    const auto partial = [&](const char *name, const Headers &h, qint64 first, qint64 last) {
        QTest::newRow(name) << QByteArray("GET") << h << 206 << first << last;
    };

    partial("single range", {{"Range", "bytes=0-99"}}, 0, 99);
    partial("single byte", {{"Range", "bytes=5000-5000"}}, 5000, 5000);
    partial("suffix", {{"Range", "bytes=-500"}}, kSize - 500, kSize - 1);
    partial("suffix longer than the body", {{"Range", "bytes=-20000"}}, 0, kSize - 1);
    partial("open-ended", {{"Range", "bytes=9000-"}}, 9000, kSize - 1);
    partial("last past the end is clamped", {{"Range", "bytes=9990-20000"}}, 9990, kSize - 1);
    // 13.1.5: If-Range naming the current representation lets the Range be.
    partial("If-Range with the ETag", {{"Range", "bytes=10-19"}, {"If-Range", kTag}}, 10, 19);
    partial("If-Range with the date", {{"Range", "bytes=10-19"}, {"If-Range", formatHttpDate(kModified)}}, 10, 19);

    QTest::newRow("unsatisfiable: 416") << QByteArray("GET") << Headers {{"Range", "bytes=20000-"}} << 416 << none
                                        << none;
    QTest::newRow("unsatisfiable at the size: 416")
        << QByteArray("GET") << Headers {{"Range", "bytes=10000-10005"}} << 416 << none << none;

    // Otherwise the whole body, as if there were no Range.
    full("If-Range with another ETag", "GET", {{"Range", "bytes=10-19"}, {"If-Range", "\"old\""}});
    full("If-Range with another date", "GET", {{"Range", "bytes=10-19"}, {"If-Range", formatHttpDate(kModified - 1)}});
    full("unknown range unit", "GET", {{"Range", "items=0-9"}});
    full("malformed range", "GET", {{"Range", "bytes=abc"}});
    // RFC 9110 14.2: Range is for GET only.
    full("HEAD ignores Range", "HEAD", {{"Range", "bytes=0-99"}});
    full("POST ignores Range", "POST", {{"Range", "bytes=0-99"}});
    full("PUT ignores Range", "PUT", {{"Range", "bytes=20000-"}});
}

void tst_ServeContent::ranges()
{
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const QByteArray body = noise(kSize);
    const QByteArray type = "text/plain; charset=utf-8";
    // A GET accepts gzip too: a Range answer is cut from the identity bytes
    // anyway. (Other methods ignore Range, and their gzip answers are
    // checked with the gzip tables.)
    if (method == "GET")
        headers.emplaceBack("Accept-Encoding", "gzip");
    HttpResponse r = serveContent(makeRequest(method, headers), rep(type), std::make_shared<BytesContent>(body));

    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value("Accept-Ranges"), QByteArray("bytes"));
    if (status == 416) {
        // RFC 9110 15.5.17: the current length, in "bytes */length".
        QCOMPARE(r.headers.value("Content-Range"), QByteArray("bytes */" + QByteArray::number(kSize)));
        return;
    }
    QVERIFY(!r.headers.contains("Content-Encoding"));
    QCOMPARE(r.headers.value("Content-Type"), type);
    QCOMPARE(r.headers.value("ETag"), kTag);
    // The answer still depends on Accept-Encoding (without a Range it would
    // have been gzipped), so caches must know.
    QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding"));
    const std::optional<QByteArray> got = drainBody(r, 777);
    QVERIFY(got);
    if (status == 206) {
        QCOMPARE(r.headers.value("Content-Range"), contentRange(first, last, kSize));
        QCOMPARE(r.contentLength(), last - first + 1);
        QVERIFY(*got == body.mid(first, last - first + 1));
    } else {
        QVERIFY(!r.headers.contains("Content-Range"));
        QCOMPARE(r.contentLength(), kSize);
        QVERIFY(*got == body);
    }
}

void tst_ServeContent::multipartRanges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<Spans>("spans");

    QTest::newRow("two ranges") << QByteArray("bytes=0-9,5000-5009") << Spans {{0, 9}, {5000, 5009}};
    QTest::newRow("with a suffix and an open range")
        << QByteArray("bytes=0-0,-10,4000-4009,9000-") << Spans {{0, 0}, {4000, 4009}, {9000, kSize - 1}};
    // Sorted, as ByteRanges does (RFC 9110 14.3 lets a server reorder).
    QTest::newRow("out of order") << QByteArray("bytes=9000-9009,100-109") << Spans {{100, 109}, {9000, 9009}};
    QTest::newRow("an unsatisfiable one dropped")
        << QByteArray("bytes=0-9,20000-,500-509") << Spans {{0, 9}, {500, 509}};
}

void tst_ServeContent::multipartRanges()
{
    QFETCH(QByteArray, range);
    QFETCH(Spans, spans);

    const QByteArray body = noise(kSize);
    const QByteArray type = "application/octet-stream";
    HttpResponse r
        = serveContent(makeRequest("GET", {{"Range", range}}), rep(type), std::make_shared<BytesContent>(body));

    QCOMPARE(r.status, 206);
    // RFC 9110 14.6: the whole answer has no Content-Range; each part has one.
    QVERIFY(!r.headers.contains("Content-Range"));
    const QByteArray contentType = r.headers.value("Content-Type");
    const QByteArray prefix = "multipart/byteranges; boundary=";
    QVERIFY2(contentType.startsWith(prefix), contentType.constData());
    const QByteArray boundary = contentType.mid(prefix.size());
    QVERIFY(!boundary.isEmpty());
    QVERIFY(boundary.size() <= 70); // RFC 2046 5.1.1

    const std::optional<QByteArray> got = drainBody(r, 100);
    QVERIFY(got);
    const QByteArray multipart = *got;
    // The announced length must be the length sent.
    QCOMPARE(r.contentLength(), qint64(multipart.size()));

    // Parse it as a client would: delimiter lines, part headers, data.
    const QByteArray delimiter = "--" + boundary;
    QVERIFY(multipart.startsWith(QByteArray(delimiter + "\r\n")));
    const QByteArray closing = "\r\n" + delimiter + "--\r\n";
    QVERIFY(multipart.endsWith(closing));
    qsizetype pos = delimiter.size() + 2;
    Spans seen;
    while (pos < multipart.size() - closing.size()) {
        const qsizetype headEnd = multipart.indexOf("\r\n\r\n", pos);
        QVERIFY(headEnd > pos);
        const QList<QByteArray> lines = multipart.mid(pos, headEnd - pos).split('\n');
        QByteArray partType;
        QByteArray partRange;
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.startsWith("Content-Type: "))
                partType = line.mid(14);
            else if (line.startsWith("Content-Range: "))
                partRange = line.mid(15);
        }
        QCOMPARE(partType, type);
        const QByteArray expectedPrefix = "bytes ";
        QVERIFY(partRange.startsWith(expectedPrefix));
        const qsizetype dash = partRange.indexOf('-');
        const qsizetype slash = partRange.indexOf('/');
        const qint64 first = partRange.mid(6, dash - 6).toLongLong();
        const qint64 last = partRange.mid(dash + 1, slash - dash - 1).toLongLong();
        QCOMPARE(partRange.mid(slash + 1), QByteArray::number(kSize));
        const qsizetype dataStart = headEnd + 4;
        const qsizetype dataEnd = dataStart + (last - first + 1);
        QVERIFY(dataEnd <= multipart.size());
        QVERIFY(multipart.mid(dataStart, dataEnd - dataStart) == body.mid(first, last - first + 1));
        seen.append({first, last});
        // The next delimiter follows the data at once.
        QVERIFY(multipart.mid(dataEnd).startsWith(QByteArray("\r\n" + delimiter)));
        pos = dataEnd + 2 + delimiter.size() + 2;
    }
    QCOMPARE(seen, spans);
}

void tst_ServeContent::gzipNegotiation_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArrayList>("acceptEncoding"); // one field per entry
    QTest::addColumn<QByteArray>("range"); // null: none
    QTest::addColumn<bool>("allowGzip");
    QTest::addColumn<bool>("variesByEncoding");
    QTest::addColumn<QByteArray>("storedEncoding"); // a sidecar's coding
    QTest::addColumn<QByteArray>("encoding"); // Content-Encoding expected; empty: none
    QTest::addColumn<bool>("vary");

    const QByteArray css = "text/css";
    const QByteArrayList gzip {"gzip"};
    const QByteArray no;
    const qint64 min = Limits::kGzipMinBytes;

    const auto row
        = [](const char *name, const QByteArray &type, qint64 size, const QByteArrayList &ae, const QByteArray &range,
             bool allow, bool varies, const QByteArray &stored, const QByteArray &encoding, bool vary) {
              QTest::newRow(name) << type << size << ae << range << allow << varies << stored << encoding << vary;
          };

    row("compressible, accepted, large enough: gzip", css, kSize, gzip, no, true, false, no, "gzip", true);
    row("charset parameter: gzip", "text/html; charset=utf-8", kSize, gzip, no, true, false, no, "gzip", true);
    row("JSON: gzip", "application/json", kSize, gzip, no, true, false, no, "gzip", true);
    row("exactly the minimum size: gzip", css, min, gzip, no, true, false, no, "gzip", true);
    row("one byte under the minimum: identity", css, min - 1, gzip, no, true, false, no, no, true);
    row("gzip among others: gzip", css, kSize, {"br;q=1, gzip;q=0.8, deflate"}, no, true, false, no, "gzip", true);
    row("x-gzip: gzip", css, kSize, {"x-gzip"}, no, true, false, no, "gzip", true);
    row("star: gzip", css, kSize, {"*"}, no, true, false, no, "gzip", true);
    row("gzip in a second field: gzip", css, kSize, {"br", "gzip"}, no, true, false, no, "gzip", true);
    row("no Accept-Encoding: identity", css, kSize, {}, no, true, false, no, no, true);
    row("empty Accept-Encoding: identity", css, kSize, {""}, no, true, false, no, no, true);
    row("gzip;q=0: identity", css, kSize, {"gzip;q=0"}, no, true, false, no, no, true);
    row("only br: identity", css, kSize, {"br"}, no, true, false, no, no, true);
    row("star but gzip;q=0: identity", css, kSize, {"*, gzip;q=0"}, no, true, false, no, no, true);
    // Types that do not shrink are never compressed, and the answer does
    // not depend on Accept-Encoding...
    row("image/png: identity, no Vary", "image/png", kSize, gzip, no, true, false, no, no, false);
    row("event stream: identity", "text/event-stream", kSize, gzip, no, true, false, no, no, false);
    // ...unless other encodings of the resource exist.
    row("image/png with variants: Vary", "image/png", kSize, gzip, no, true, true, no, no, true);
    row("allowGzip off: identity", css, kSize, gzip, no, false, false, no, no, false);
    // Ranges are cut from the identity bytes.
    row("Range request: identity, Vary", css, kSize, gzip, "bytes=0-99", true, false, no, no, true);
    // A precompressed sidecar goes out as stored, never compressed again.
    row("br sidecar: passed through", css, kSize, {"br, gzip"}, no, true, false, "br", "br", true);
    row("gzip sidecar: passed through once", css, kSize, gzip, no, true, false, "gzip", "gzip", true);
    row("sidecar of a small file: passed through", css, 10, gzip, no, true, false, "gzip", "gzip", true);
}

void tst_ServeContent::gzipNegotiation()
{
    QFETCH(QByteArray, contentType);
    QFETCH(qint64, size);
    QFETCH(QByteArrayList, acceptEncoding);
    QFETCH(QByteArray, range);
    QFETCH(bool, allowGzip);
    QFETCH(bool, variesByEncoding);
    QFETCH(QByteArray, storedEncoding);
    QFETCH(QByteArray, encoding);
    QFETCH(bool, vary);

    Headers headers;
    for (const QByteArray &field : std::as_const(acceptEncoding))
        headers.emplaceBack("Accept-Encoding", field);
    if (!range.isNull())
        headers.emplaceBack("Range", range);
    Representation representation = rep(contentType);
    representation.allowGzip = allowGzip;
    representation.variesByEncoding = variesByEncoding;
    representation.contentEncoding = storedEncoding;

    // A sidecar's bytes are whatever was stored; the server must not look
    // into them.
    const QByteArray stored = storedEncoding.isEmpty() ? text(size) : noise(size);
    HttpResponse r = serveContent(makeRequest("GET", headers), representation, std::make_shared<BytesContent>(stored));

    const bool computed = encoding == "gzip" && storedEncoding.isEmpty();
    QCOMPARE(r.status, range.isNull() ? 200 : 206);
    QCOMPARE(r.headers.value("Content-Encoding"), encoding.isEmpty() ? QByteArray() : encoding);
    QCOMPARE(r.headers.count("Content-Encoding"), encoding.isEmpty() ? 0 : 1);
    QCOMPARE(r.headers.value("Vary"), vary ? QByteArray("Accept-Encoding") : QByteArray());
    QCOMPARE(r.headers.value("Content-Type"), contentType);

    const std::optional<QByteArray> got = drainBody(r, 1000);
    QVERIFY(got);
    if (computed) {
        // The gzip form is a representation of its own (RFC 9110 8.8.3):
        // a distinct strong ETag, here the identity one plus "-gzip".
        const QByteArray etag = r.headers.value("ETag");
        QVERIFY(etag != kTag);
        QCOMPARE(etag, QByteArray("\"abc-gzip\""));
        // Small enough to compress at once: a known length.
        QCOMPARE(r.contentLength(), qint64(got->size()));
        const std::optional<QByteArray> inflated = gunzip(*got);
        QVERIFY2(inflated, "the body is not one complete gzip stream");
        QVERIFY(*inflated == stored);
    } else {
        QCOMPARE(r.headers.value("ETag"), kTag);
        if (range.isNull()) {
            QCOMPARE(r.contentLength(), size);
            QVERIFY(*got == stored);
        } else {
            QVERIFY(*got == stored.left(100));
        }
    }
}

void tst_ServeContent::gzipEtagPreconditions_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch");
    QTest::addColumn<bool>("acceptGzip");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("etag"); // the ETag of the answer

    const QByteArray gz = gzipEtag(kTag);
    // Each form validates only itself: a cache holding the identity bytes
    // must not be told "not modified" for the gzip ones, nor the reverse.
    QTest::newRow("gzip tag, gzip accepted: 304") << gz << true << 304 << gz;
    QTest::newRow("identity tag, gzip accepted: 200 gzip") << kTag << true << 200 << gz;
    QTest::newRow("gzip tag, gzip not accepted: 200 identity") << gz << false << 200 << kTag;
    QTest::newRow("identity tag, gzip not accepted: 304") << kTag << false << 304 << kTag;
    QTest::newRow("both tags, gzip accepted: 304") << QByteArray(kTag + ", " + gz) << true << 304 << gz;
    QTest::newRow("weak gzip tag, gzip accepted: 304") << QByteArray("W/" + gz) << true << 304 << gz;
}

void tst_ServeContent::gzipEtagPreconditions()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(bool, acceptGzip);
    QFETCH(int, status);
    QFETCH(QByteArray, etag);

    Headers headers {{"If-None-Match", ifNoneMatch}};
    if (acceptGzip)
        headers.emplaceBack("Accept-Encoding", "gzip");
    const QByteArray body = text(kSize);
    HttpResponse r = serveContent(makeRequest("GET", headers), rep("text/css"), std::make_shared<BytesContent>(body),
                                  callerBase());

    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value("ETag"), etag);
    QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding"));
    if (status == 304) {
        QVERIFY(!r.body);
        QCOMPARE(r.headers.value("Cache-Control"), QByteArray("max-age=60"));
        return;
    }
    const bool gzipped = etag != kTag;
    QCOMPARE(r.headers.value("Content-Encoding"), gzipped ? QByteArray("gzip") : QByteArray());
    const std::optional<QByteArray> got = drainBody(r);
    QVERIFY(got);
    QCOMPARE(gzipped ? gunzip(*got) : got, std::optional<QByteArray>(body));
}

void tst_ServeContent::gzipLargeBodyStreams_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("max"); // read size
    QTest::addColumn<bool>("streamed");

    const qint64 whole = Limits::kGzipWholeBytes;
    QTest::newRow("at the whole-body limit: known length") << whole << qint64(65536) << false;
    QTest::newRow("one byte over: streamed") << whole + 1 << qint64(65536) << true;
    QTest::newRow("1 MiB, 64 KiB reads") << qint64(1 << 20) << qint64(65536) << true;
    QTest::newRow("1 MiB, 1000-byte reads") << qint64(1 << 20) << qint64(1000) << true;
    QTest::newRow("300 KiB, 7-byte reads") << qint64(300 << 10) << qint64(7) << true;
}

void tst_ServeContent::gzipLargeBodyStreams()
{
    QFETCH(qint64, size);
    QFETCH(qint64, max);
    QFETCH(bool, streamed);

    const QByteArray body = text(size);
    HttpResponse r = serveContent(makeRequest("GET", {{"Accept-Encoding", "gzip"}}), rep("application/javascript"),
                                  std::make_shared<BytesContent>(body));

    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(r.headers.value("ETag"), gzipEtag(kTag));
    // A streamed body's compressed length is not known before it is sent.
    const std::optional<QByteArray> got = drainBody(r, max);
    QVERIFY(got);
    QCOMPARE(r.contentLength(), streamed ? qint64(-1) : qint64(got->size()));
    QVERIFY(got->size() < body.size() / 2); // text shrinks well
    const std::optional<QByteArray> inflated = gunzip(*got);
    QVERIFY2(inflated, "the body is not one complete gzip stream");
    QVERIFY(*inflated == body);
}

void tst_ServeContent::gzipWithoutFreeCompressor()
{
    // Every streaming compressor is taken (busy server): a large body goes
    // out as identity, which is always a correct answer, and says so
    // consistently (no Content-Encoding, the identity ETag).
    std::vector<std::unique_ptr<GzipSlot>> held;
    while (std::unique_ptr<GzipSlot> slot = GzipSlot::tryAcquire())
        held.push_back(std::move(slot));
    QCOMPARE(held.size(), size_t(Limits::kMaxGzipStreams));

    const Headers headers {{"Accept-Encoding", "gzip"}};
    const QByteArray large = text(Limits::kGzipWholeBytes + 1);
    HttpResponse r = serveContent(makeRequest("GET", headers), rep("text/css"), std::make_shared<BytesContent>(large));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.headers.contains("Content-Encoding"));
    QCOMPARE(r.headers.value("ETag"), kTag);
    QCOMPARE(r.headers.value("Vary"), QByteArray("Accept-Encoding"));
    QCOMPARE(r.contentLength(), qint64(large.size()));
    std::optional<QByteArray> got = drainBody(r);
    QVERIFY(got);
    QVERIFY(*got == large);

    // A body compressed at once needs no streaming compressor.
    const QByteArray small = text(1000);
    HttpResponse s = serveContent(makeRequest("GET", headers), rep("text/css"), std::make_shared<BytesContent>(small));
    QCOMPARE(s.headers.value("Content-Encoding"), QByteArray("gzip"));
    got = drainBody(s);
    QVERIFY(got);
    QCOMPARE(gunzip(*got), std::optional<QByteArray>(small));

    // One freed: the large body is compressed again.
    held.pop_back();
    HttpResponse again
        = serveContent(makeRequest("GET", headers), rep("text/css"), std::make_shared<BytesContent>(large));
    QCOMPARE(again.headers.value("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(again.headers.value("ETag"), gzipEtag(kTag));
}

void tst_ServeContent::headWithGzip_data()
{
    QTest::addColumn<qint64>("size");

    QTest::newRow("small body") << qint64(1000);
    QTest::newRow("large body") << qint64(300 << 10);
}

void tst_ServeContent::headWithGzip()
{
    QFETCH(qint64, size);

    const QByteArray body = text(size);
    const Headers headers {{"Accept-Encoding", "gzip"}};
    HttpResponse head
        = serveContent(makeRequest("HEAD", headers), rep("text/css"), std::make_shared<BytesContent>(body));
    HttpResponse get = serveContent(makeRequest("GET", headers), rep("text/css"), std::make_shared<BytesContent>(body));

    QCOMPARE(head.status, 200);
    // Nothing is compressed for a HEAD (its body is never sent), so its
    // length is not known: the answer carries no Content-Length.
    QCOMPARE(head.contentLength(), qint64(-1));
    // RFC 9110 9.3.2: otherwise the same fields as the GET.
    for (const char *name : {"Content-Type", "Content-Encoding", "ETag", "Last-Modified", "Vary"})
        QCOMPARE(head.headers.value(name), get.headers.value(name));
    QCOMPARE(head.headers.value("Content-Encoding"), QByteArray("gzip"));
}

void tst_ServeContent::varyMergesWithCallers()
{
    HttpResponse base;
    base.headers.append("Vary", "Origin");
    HttpResponse r = serveContent(makeRequest("GET", {{"Accept-Encoding", "gzip"}}), rep("text/css"),
                                  std::make_shared<BytesContent>(text(kSize)), std::move(base));
    // One Vary naming both, not two fields nor a lost "Origin".
    QCOMPARE(r.headers.count("Vary"), 1);
    const QList<QByteArray> varied = splitListField(r.headers.value("Vary"));
    QCOMPARE(varied, (QList<QByteArray> {"Origin", "Accept-Encoding"}));

    HttpResponse already;
    already.headers.append("Vary", "accept-encoding");
    HttpResponse r2 = serveContent(makeRequest("GET"), rep("text/css"), std::make_shared<BytesContent>(text(kSize)),
                                   std::move(already));
    QCOMPARE(r2.headers.count("Vary"), 1);
    QVERIFY(listFieldContains(r2.headers.value("Vary"), "Accept-Encoding"));
    QCOMPARE(splitListField(r2.headers.value("Vary")).size(), 1);
}

void tst_ServeContent::streamRules_data()
{
    QTest::addColumn<bool>("generated"); // a GeneratorSource, else a BytesSource
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<int>("status");

    for (const bool generated : {false, true}) {
        const QByteArray kind = generated ? "generator: " : "bytes: ";
        const auto row = [&](const char *name, const QByteArray &method, const Headers &h, int status) {
            QTest::newRow(QByteArray(kind + name).constData()) << generated << method << h << status;
        };
        row("plain GET", "GET", {}, 200);
        row("HEAD", "HEAD", {}, 200);
        // A body read once from the start has no ranges.
        row("Range ignored", "GET", {{"Range", "bytes=0-9"}}, 200);
        row("unsatisfiable Range ignored", "GET", {{"Range", "bytes=99999-"}}, 200);
        // Preconditions still apply, on the caller's validators.
        row("If-None-Match matches: 304", "GET", {{"If-None-Match", kTag}}, 304);
        row("If-None-Match other: 200", "GET", {{"If-None-Match", "\"old\""}}, 200);
        row("If-Modified-Since: 304", "GET", {{"If-Modified-Since", formatHttpDate(kModified)}}, 304);
        row("If-Match mismatch: 412", "GET", {{"If-Match", "\"old\""}}, 412);
        row("If-Unmodified-Since older: 412", "GET", {{"If-Unmodified-Since", formatHttpDate(kModified - 1)}}, 412);
    }
}

void tst_ServeContent::streamRules()
{
    QFETCH(bool, generated);
    QFETCH(QByteArray, method);
    QFETCH(Headers, headers);
    QFETCH(int, status);

    const QByteArray body = noise(5000);
    std::unique_ptr<BodySource> source;
    if (generated) {
        source = std::make_unique<GeneratorSource>([body, done = qsizetype(0)](QByteArray &out, qint64 hint) mutable {
            const qsizetype n = qsizetype(std::min<qint64>(hint, body.size() - done));
            out += QByteArrayView(body).sliced(done, n);
            done += n;
            return done == body.size() ? BodySource::Status::End : BodySource::Status::Data;
        });
    } else {
        source = std::make_unique<BytesSource>(body);
    }
    const qint64 size = source->size();
    HttpResponse r = serveStream(makeRequest(method, headers), rep("application/zip"), std::move(source), callerBase());

    QCOMPARE(r.status, status);
    QVERIFY(!r.headers.contains("Content-Range"));
    QCOMPARE(r.headers.value("ETag"), kTag);
    if (status == 412)
        return;
    QCOMPARE(r.headers.value("Last-Modified"), formatHttpDate(kModified));
    if (status == 304) {
        QVERIFY(!r.body);
        QCOMPARE(r.headers.value("Cache-Control"), QByteArray("max-age=60"));
        return;
    }
    QCOMPARE(r.headers.value("Accept-Ranges"), QByteArray("none"));
    QCOMPARE(r.headers.value("Content-Type"), QByteArray("application/zip"));
    QCOMPARE(r.headers.value("Cache-Control"), QByteArray("max-age=60"));
    QCOMPARE(r.contentLength(), size);
    const std::optional<QByteArray> got = drainBody(r, 999);
    QVERIFY(got);
    QVERIFY(*got == body);
}

void tst_ServeContent::streamGzip_data()
{
    QTest::addColumn<bool>("generated");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("acceptGzip");
    QTest::addColumn<bool>("gzipped");

    QTest::newRow("listing, gzip accepted") << true << qint64(50'000) << QByteArray("text/html") << true << true;
    // Its length is unknown, so there is no "too small to bother".
    QTest::newRow("small listing, gzip accepted") << true << qint64(100) << QByteArray("text/html") << true << true;
    QTest::newRow("listing, gzip not accepted") << true << qint64(50'000) << QByteArray("text/html") << false << false;
    QTest::newRow("known large bytes") << false << qint64(50'000) << QByteArray("application/json") << true << true;
    QTest::newRow("known small bytes") << false << qint64(100) << QByteArray("application/json") << true << false;
    QTest::newRow("incompressible type") << true << qint64(50'000) << QByteArray("application/zip") << true << false;
}

void tst_ServeContent::streamGzip()
{
    QFETCH(bool, generated);
    QFETCH(qint64, size);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, acceptGzip);
    QFETCH(bool, gzipped);

    const QByteArray body = text(size);
    std::unique_ptr<BodySource> source;
    if (generated) {
        source = std::make_unique<GeneratorSource>([body, done = false](QByteArray &out, qint64) mutable {
            if (!done)
                out += body;
            done = true;
            return BodySource::Status::End;
        });
    } else {
        source = std::make_unique<BytesSource>(body);
    }
    Headers headers;
    if (acceptGzip)
        headers.emplaceBack("Accept-Encoding", "gzip");
    HttpResponse r = serveStream(makeRequest("GET", headers), rep(contentType), std::move(source));

    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("Accept-Ranges"), QByteArray("none"));
    QCOMPARE(r.headers.value("Content-Encoding"), gzipped ? QByteArray("gzip") : QByteArray());
    QCOMPARE(r.headers.value("ETag"), gzipped ? gzipEtag(kTag) : kTag);
    QCOMPARE(r.headers.contains("Vary"), isCompressibleType(contentType));
    const std::optional<QByteArray> got = drainBody(r, 4096);
    QVERIFY(got);
    if (gzipped) {
        QCOMPARE(r.contentLength(), qint64(-1));
        QCOMPARE(gunzip(*got), std::optional<QByteArray>(body));
    } else {
        QVERIFY(*got == body);
    }
}

QTEST_APPLESS_MAIN(tst_ServeContent)

#include "tst_servecontent.moc"
