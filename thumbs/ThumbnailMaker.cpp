#include "ThumbnailMaker.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace Servery {

namespace {

constexpr int kJpegQuality = 80;

QByteArray encodeJpeg(const QImage &image)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(kJpegQuality);
    writer.setOptimizedWrite(true);
    writer.setProgressiveScanWrite(true); // shows early on a slow phone link
    if (!writer.write(image))
        return {};
    return out;
}

} // namespace

Thumbnail makeThumbnail(const QByteArray &imageBytes, int maxSide)
{
    QBuffer buffer;
    buffer.setData(imageBytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation: phones store photos sideways

    Thumbnail t;
    QSize full = reader.size();
    if (!full.isValid())
        return t;
    // The stored size is before orientation; a quarter turn swaps it.
    const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    t.original = turned ? full.transposed() : full;

    // Decoding at a smaller size is much faster for JPEG (the decoder scales
    // in the DCT) and saves memory for every format that supports it.
    const QSize stored = full.scaled(maxSide, maxSide, Qt::KeepAspectRatio);
    if (full.width() > maxSide || full.height() > maxSide)
        reader.setScaledSize(stored);
    QImage image = reader.read();
    if (image.isNull())
        return t;
    if (image.width() > maxSide || image.height() > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    t.jpeg = encodeJpeg(image);
    t.size = image.size();
    return t;
}

QByteArray placeholderThumbnail(int side)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(QColor(0xd8, 0xdc, 0xe0));
    return encodeJpeg(image);
}

} // namespace Servery
