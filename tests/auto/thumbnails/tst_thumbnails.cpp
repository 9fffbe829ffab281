// Thumbnails (thumbs/): `?thumb` on an image answers a small JPEG with the
// camera's orientation applied, made off the worker threads, cached by the
// file's identity and validated like a file. Driven through a real server
// with the chain app/ builds: thumbnails in front of the static files.

#include "RawHttpClient.h"
#include "TestServer.h"

#include "ThumbnailCache.h"
#include "ThumbnailLink.h"

#include "server/files/StaticFiles.h"
#include "server/http/limits.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

QByteArray get(const QByteArray &target, const QByteArray &extra = {}, const QByteArray &method = "GET")
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

// Something like a photo: smooth colour, so JPEG sizes are realistic.
QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb((x * 255) / width, (y * 255) / height, ((x + y) * 127) / (width + height));
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    return writer.write(image) ? out : QByteArray();
}

// A JPEG whose EXIF says "rotate 90 degrees clockwise to view" (orientation
// 6), as phones store portrait photos: an APP1 segment right after SOI.
QByteArray withExifOrientation6(const QByteArray &jpeg)
{
    QByteArray exif("Exif\0\0", 6);
    exif += QByteArray("MM\x00\x2a\x00\x00\x00\x08", 8); // TIFF header, IFD at 8
    exif += QByteArray("\x00\x01", 2); // one entry
    exif += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00", 12); // Orientation = 6
    exif += QByteArray("\x00\x00\x00\x00", 4); // no next IFD
    QByteArray segment("\xff\xe1", 2);
    const int length = int(exif.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xff);
    segment += exif;
    return jpeg.first(2) + segment + jpeg.sliced(2);
}

// A GIF of `width` x `height` in one colour, written by hand (Qt reads GIF
// but cannot write it): LZW with a clear code before every two pixels keeps
// every code 3 bits wide.
QByteArray solidGif(int width, int height)
{
    QByteArray gif("GIF89a");
    auto le16 = [&gif](int v) {
        gif += char(v & 0xff);
        gif += char((v >> 8) & 0xff);
    };
    le16(width);
    le16(height);
    gif += char(0x80); // a global colour table of 2 entries
    gif += char(0);
    gif += char(0);
    gif += QByteArray("\x30\x60\x90\xff\xff\xff", 6); // the colours
    gif += ',';
    le16(0);
    le16(0);
    le16(width);
    le16(height);
    gif += char(0);
    gif += char(2); // LZW minimum code size
    QByteArray data;
    quint32 bits = 0;
    int count = 0;
    auto put = [&](int code) {
        bits |= quint32(code) << count;
        count += 3;
        while (count >= 8) {
            data += char(bits & 0xff);
            bits >>= 8;
            count -= 8;
        }
    };
    const int pixels = width * height;
    for (int i = 0; i < pixels; i += 2) {
        put(4); // clear
        put(0);
        if (i + 1 < pixels)
            put(0);
    }
    put(5); // end of information
    if (count > 0)
        data += char(bits & 0xff);
    for (qsizetype at = 0; at < data.size(); at += 255) {
        const QByteArray block = data.mid(at, 255);
        gif += char(block.size());
        gif += block;
    }
    gif += char(0);
    gif += ';';
    return gif;
}

RoutesForConfig thumbnailRoutes()
{
    return [](const ServerConfig &config) -> RouterFactory {
        return [config] {
            Router router;
            router.append(std::make_unique<ThumbnailLink>(config));
            router.append(std::make_unique<StaticFiles>(config));
            return router;
        };
    };
}

} // namespace

class tst_Thumbnails : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void thumbnailOfEachFormat_data();
    void thumbnailOfEachFormat();
    void orientationIsApplied();
    void cachedAndValidated();
    void headMakesNothing();
    void refusals_data();
    void refusals();
    void unreadableImageGetsATile();
    void workerKeepsServingWhileThumbnailsAreMade();

private:
    WireResponse fetch(const QByteArray &request, bool head = false);

    TestServer m_server;
};

WireResponse tst_Thumbnails::fetch(const QByteArray &request, bool head)
{
    RawHttpClient client;
    if (!client.connectTo(m_server.port()))
        return {};
    client.send(request);
    const QList<WireResponse> r = client.readResponses(1, {head}, 30s);
    return r.isEmpty() ? WireResponse {} : r.constLast();
}

void tst_Thumbnails::initTestCase()
{
    const QByteArray jpeg = encode(photo(4000, 3000), "jpeg");
    QVERIFY(!jpeg.isEmpty());
    m_server.writeFile(QStringLiteral("photos/big.jpg"), jpeg);
    m_server.writeFile(QStringLiteral("photos/big copy.JPG"), jpeg);
    QImage transparent(800, 600, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    m_server.writeFile(QStringLiteral("photos/alpha.png"), encode(transparent, "png"));
    const QByteArray gif = solidGif(300, 200);
    QCOMPARE(QImage::fromData(gif, "GIF").size(), QSize(300, 200));
    m_server.writeFile(QStringLiteral("photos/small.gif"), gif);
    if (QImageWriter::supportedImageFormats().contains("webp"))
        m_server.writeFile(QStringLiteral("photos/wide.webp"), encode(photo(1200, 400), "webp"));
    m_server.writeFile(QStringLiteral("photos/portrait.jpg"), withExifOrientation6(encode(photo(640, 480), "jpeg")));
    m_server.writeFile(QStringLiteral("photos/broken.jpg"), QByteArray("\xff\xd8\xff\xe0 not really a jpeg"));
    m_server.writeFile(QStringLiteral("photos/notes.txt"), "text");
    m_server.writeFile(QStringLiteral("photos/.hidden.jpg"), jpeg);
    m_server.writeFile(QStringLiteral("small.txt"), "small and quick");
    for (int i = 0; i < 12; ++i)
        m_server.writeFile(QStringLiteral("many/%1.jpg").arg(i), jpeg);
    ServerConfig config;
    config.workerCount = 1; // one worker: if it waited for a thumbnail, everyone would
    QVERIFY(m_server.start(config, thumbnailRoutes()));
}

void tst_Thumbnails::thumbnailOfEachFormat_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("4000x3000 JPEG") << QByteArray("/photos/big.jpg?thumb") << QSize(512, 384);
    QTest::newRow("upper-case extension, encoded space")
        << QByteArray("/photos/big%20copy.JPG?thumb") << QSize(512, 384);
    QTest::newRow("PNG with transparency") << QByteArray("/photos/alpha.png?thumb") << QSize(512, 384);
    QTest::newRow("GIF smaller than a thumbnail stays its size")
        << QByteArray("/photos/small.gif?thumb") << QSize(300, 200);
    if (QImageWriter::supportedImageFormats().contains("webp"))
        QTest::newRow("WebP") << QByteArray("/photos/wide.webp?thumb")
                              << QSize(1200, 400).scaled(512, 512, Qt::KeepAspectRatio);
}

void tst_Thumbnails::thumbnailOfEachFormat()
{
    QFETCH(QByteArray, target);
    QFETCH(QSize, expected);
    const WireResponse r = fetch(get(target));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(!r.header("ETag").isEmpty());
    QVERIFY(!r.header("Last-Modified").isEmpty());
    const QImage thumb = QImage::fromData(r.body, "JPEG");
    QVERIFY2(!thumb.isNull(), "the answer decodes as a JPEG");
    QCOMPARE(thumb.size(), expected);
    // "A few tens of KB" for a phone's grid.
    QVERIFY2(r.body.size() < 64 * 1024, qPrintable(QString::number(r.body.size())));
}

void tst_Thumbnails::orientationIsApplied()
{
    // Stored 640x480 with "rotate 90": shown upright it is 480x640.
    const WireResponse r = fetch(get("/photos/portrait.jpg?thumb"));
    QCOMPARE(r.status, 200);
    const QImage thumb = QImage::fromData(r.body, "JPEG");
    QCOMPARE(thumb.size(), QSize(480, 640).scaled(512, 512, Qt::KeepAspectRatio));
}

void tst_Thumbnails::cachedAndValidated()
{
    const WireResponse first = fetch(get("/photos/big.jpg?thumb"));
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    // Kept under the file's identity, so the next one costs nothing.
    QCOMPARE(ThumbnailCache::shared().find(etag.mid(1, etag.size() - 2)), first.body);
    const WireResponse again = fetch(get("/photos/big.jpg?thumb"));
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Content-Length").toLongLong(), first.body.size()); // from the cache: a known length

    // Revalidation as for any file.
    const WireResponse notModified = fetch(get("/photos/big.jpg?thumb", "If-None-Match: " + etag + "\r\n"));
    QCOMPARE(notModified.status, 304);
    QVERIFY(notModified.body.isEmpty());

    // An edited photo is another version: another tag, another thumbnail.
    m_server.writeFile(QStringLiteral("photos/big.jpg"), encode(photo(3000, 4000), "jpeg"));
    const WireResponse edited = fetch(get("/photos/big.jpg?thumb", "If-None-Match: " + etag + "\r\n"));
    QCOMPARE(edited.status, 200);
    QVERIFY(edited.header("ETag") != etag);
    QCOMPARE(QImage::fromData(edited.body, "JPEG").size(), QSize(384, 512));

    // The file itself is untouched by all this.
    const WireResponse file = fetch(get("/photos/big.jpg"));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(file.body.size() > edited.body.size());
}

void tst_Thumbnails::headMakesNothing()
{
    const qsizetype before = ThumbnailCache::shared().count();
    const WireResponse r = fetch(get("/photos/big%20copy.JPG?thumb", {}, "HEAD"), true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("image/jpeg"));
    QVERIFY(r.body.isEmpty());
    // The image was not decoded for a HEAD (the GET above already made this
    // one, which is cached; a HEAD of another adds nothing).
    const WireResponse other = fetch(get("/many/7.jpg?thumb", {}, "HEAD"), true);
    QCOMPARE(other.status, 200);
    QCOMPARE(ThumbnailCache::shared().count(), before);
}

void tst_Thumbnails::refusals_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::newRow("not an image") << QByteArray("/photos/notes.txt?thumb") << 415;
    QTest::newRow("missing") << QByteArray("/photos/nope.jpg?thumb") << 404;
    QTest::newRow("hidden") << QByteArray("/photos/.hidden.jpg?thumb") << 404;
    QTest::newRow("a folder") << QByteArray("/photos/?thumb") << 200; // its listing, not a thumbnail
    QTest::newRow("climbing out") << QByteArray("/../photos/big.jpg?thumb") << 400;
}

void tst_Thumbnails::refusals()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    const WireResponse r = fetch(get(target));
    QCOMPARE(r.status, status);
    QVERIFY(r.header("Content-Type") != "image/jpeg");
}

void tst_Thumbnails::unreadableImageGetsATile()
{
    const WireResponse r = fetch(get("/photos/broken.jpg?thumb"));
    QCOMPARE(r.status, 200);
    const QImage tile = QImage::fromData(r.body, "JPEG");
    QVERIFY(!tile.isNull());
    QCOMPARE(tile.width(), tile.height());
}

void tst_Thumbnails::workerKeepsServingWhileThumbnailsAreMade()
{
    // Twelve 4000x3000 photos at once, on a server with one worker.
    std::vector<std::unique_ptr<RawHttpClient>> grid;
    for (int i = 0; i < 12; ++i) {
        auto c = std::make_unique<RawHttpClient>();
        QVERIFY(c->connectTo(m_server.port()));
        c->send(get("/many/" + QByteArray::number(i) + ".jpg?thumb"));
        grid.push_back(std::move(c));
    }
    // The worker is free meanwhile: a small file comes back before the
    // last thumbnail is done.
    RawHttpClient quick;
    QVERIFY(quick.connectTo(m_server.port()));
    quick.send(get("/small.txt"));
    const QList<WireResponse> small = quick.readResponses(1);
    QCOMPARE(small.size(), 1);
    QCOMPARE(small[0].body, QByteArray("small and quick"));
    int done = 0;
    for (auto &c : grid) {
        if (parseResponses(c->received(), {}, false).size() == 1)
            ++done;
    }
    QVERIFY2(done < int(grid.size()), "every thumbnail was made before the small file was answered");
    for (auto &c : grid) {
        const QList<WireResponse> r = c->readResponses(1, {}, 60s);
        QCOMPARE(r.size(), 1);
        QCOMPARE(QImage::fromData(r[0].body, "JPEG").size(), QSize(512, 384));
    }
}

QTEST_GUILESS_MAIN(tst_Thumbnails)
#include "tst_thumbnails.moc"
