// "GET /photo.jpg?thumb" against the real `servery` binary: a small JPEG
// for each format Qt reads here, revalidated by ETag, and plain answers for
// what is not an image.

#include "ServeryProcess.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Servery::Test;

namespace {

ToolRun curl(const QStringList &args)
{
    return runTool(QStringLiteral("curl"),
                   QStringList {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("30")} + args,
                   40000);
}

// A photo-like picture: gradients and shapes, so JPEG has work to do.
QImage picture(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient g(0, 0, w, h);
    g.setColorAt(0, QColor(20, 90, 160));
    g.setColorAt(1, QColor(240, 180, 40));
    p.fillRect(image.rect(), g);
    p.setBrush(QColor(200, 30, 60));
    p.drawEllipse(QRect(w / 4, h / 4, w / 2, h / 2));
    return image;
}

// Status, headers and body of a curl -i answer.
struct Answer {
    int status = 0;
    QByteArray head;
    QByteArray body;
};

Answer fetch(quint16 port, const QString &path, const QStringList &extra = {})
{
    const ToolRun run
        = curl(extra + QStringList {QStringLiteral("-i"), QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)});
    Answer a;
    const qsizetype split = run.out.indexOf("\r\n\r\n");
    a.head = run.out.first(split < 0 ? run.out.size() : split);
    a.body = split < 0 ? QByteArray() : run.out.sliced(split + 4);
    a.status = a.head.mid(9, 3).toInt();
    return a;
}

QByteArray header(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class tst_ThumbsBlackBox : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void smallJpegForEachFormat_data();
    void smallJpegForEachFormat();
    void revalidatesAndHeadHasNoBody();
    void notAnImage();

private:
    QTemporaryDir m_site;
    std::unique_ptr<ServeryProcess> m_server;
    quint16 m_port = 0;
};

void tst_ThumbsBlackBox::initTestCase()
{
    QVERIFY(m_site.isValid());
    const QImage big = picture(4000, 3000);
    QVERIFY(big.save(m_site.filePath(QStringLiteral("photo.jpg")), "JPEG", 92));
    QVERIFY(picture(600, 1800).save(m_site.filePath(QStringLiteral("tall.png")), "PNG"));
    // Qt reads GIF but does not write it: a red pixel, by hand.
    QFile gif(m_site.filePath(QStringLiteral("red.gif")));
    QVERIFY(gif.open(QIODevice::WriteOnly));
    gif.write(QByteArray::fromBase64("R0lGODlhAQABAIAAAP8AAAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw=="));
    gif.close();
    if (QImageReader::supportedImageFormats().contains("webp"))
        QVERIFY(picture(1600, 900).save(m_site.filePath(QStringLiteral("wide.webp")), "WEBP"));
    QFile notes(m_site.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a picture\n");
    notes.close();
    QFile broken(m_site.filePath(QStringLiteral("broken.jpg")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8\xff\xe0 this is no JPEG");
    broken.close();

    m_server = std::make_unique<ServeryProcess>(QStringList {m_site.path(), QStringLiteral("--headless"),
                                                             QStringLiteral("--port"), QStringLiteral("0"),
                                                             QStringLiteral("--local-only")});
    m_port = m_server->waitUntilServing();
    QVERIFY2(m_port != 0, qPrintable(m_server->err()));
}

void tst_ThumbsBlackBox::smallJpegForEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("jpeg 4000x3000") << QStringLiteral("photo.jpg") << QSize(512, 384);
    QTest::newRow("png 600x1800") << QStringLiteral("tall.png") << QSize(170, 512);
    if (QImageReader::supportedImageFormats().contains("gif"))
        QTest::newRow("gif, smaller than a thumbnail") << QStringLiteral("red.gif") << QSize(1, 1);
    if (QImageReader::supportedImageFormats().contains("webp"))
        QTest::newRow("webp 1600x900") << QStringLiteral("wide.webp") << QSize(512, 288);
}

void tst_ThumbsBlackBox::smallJpegForEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QSize, expected);
    const Answer a = fetch(m_port, u'/' + name + QStringLiteral("?thumb"));
    QCOMPARE(a.status, 200);
    QCOMPARE(header(a.head, "Content-Type"), QByteArray("image/jpeg"));
    QImage thumb;
    QVERIFY(thumb.loadFromData(a.body, "JPEG"));
    QCOMPARE(thumb.size(), expected);
    QVERIFY2(a.body.size() < 80 * 1024, QByteArray::number(a.body.size()).constData());
    // The colours survive: the middle is the red ellipse.
    const QColor middle = thumb.pixelColor(thumb.width() / 2, thumb.height() / 2);
    QVERIFY2(middle.red() > 150 && middle.green() < 90, qPrintable(middle.name()));
}

void tst_ThumbsBlackBox::revalidatesAndHeadHasNoBody()
{
    const Answer first = fetch(m_port, QStringLiteral("/photo.jpg?thumb"));
    QCOMPARE(first.status, 200);
    const QByteArray etag = header(first.head, "ETag");
    QVERIFY(!etag.isEmpty());
    const Answer again = fetch(m_port, QStringLiteral("/photo.jpg?thumb"),
                               {QStringLiteral("-H"), u"If-None-Match: " + QString::fromLatin1(etag)});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    const Answer head = fetch(m_port, QStringLiteral("/tall.png?thumb"), {QStringLiteral("-I")});
    QCOMPARE(head.status, 200);
    QCOMPARE(header(head.head, "Content-Type"), QByteArray("image/jpeg"));
    // The original is still the original.
    const Answer original = fetch(m_port, QStringLiteral("/photo.jpg"));
    QCOMPARE(header(original.head, "Content-Type"), QByteArray("image/jpeg"));
    QImage full;
    QVERIFY(full.loadFromData(original.body));
    QCOMPARE(full.size(), QSize(4000, 3000));
}

void tst_ThumbsBlackBox::notAnImage()
{
    QCOMPARE(fetch(m_port, QStringLiteral("/notes.txt?thumb")).status, 415);
    QCOMPARE(fetch(m_port, QStringLiteral("/missing.jpg?thumb")).status, 404);
    QCOMPARE(fetch(m_port, QStringLiteral("/.hidden.jpg?thumb")).status, 404);
    // A file that only claims to be a JPEG gets a placeholder, still a JPEG.
    const Answer broken = fetch(m_port, QStringLiteral("/broken.jpg?thumb"));
    QCOMPARE(broken.status, 200);
    QImage placeholder;
    QVERIFY(placeholder.loadFromData(broken.body, "JPEG"));
    QVERIFY(placeholder.width() <= 512 && placeholder.height() <= 512);
    QCOMPARE(m_server->stopWith(SIGTERM), 0);
}

QTEST_GUILESS_MAIN(tst_ThumbsBlackBox)
#include "tst_thumbsblackbox.moc"
