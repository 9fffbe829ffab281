#include "ImageView.h"

#include "BodyReader.h"

#include "server/util/HumanFormat.h"

#include <QBuffer>
#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QStringBuilder>
#include <QVBoxLayout>

namespace Servery {

QByteArray imageFormat(QByteArrayView head, QByteArrayView contentType)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return "png";
    if (head.startsWith("\xff\xd8\xff"))
        return "jpeg";
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return "gif";
    if (head.size() >= 12 && head.startsWith("RIFF") && head.sliced(8, 4) == "WEBP")
        return "webp";
    // "BM", the file size, then four reserved bytes that are zero.
    if (head.size() >= 14 && head.startsWith("BM") && head.sliced(6, 4) == QByteArrayView("\0\0\0\0", 4))
        return "bmp";
    const QByteArray type = mediaType(contentType);
    if (!type.startsWith("image/"))
        return {};
    QByteArray sub = type.mid(6);
    if (sub == "svg+xml")
        return "svg";
    if (sub == "jpg" || sub == "pjpeg")
        return "jpeg";
    if (sub == "x-ms-bmp")
        return "bmp";
    return sub;
}

QString DecodedImage::summary() const
{
    if (!error.isEmpty())
        return error;
    return ImageView::tr("%1, %2 \u00d7 %3 pixels", "an image's format and size: PNG, 640 \u00d7 480 pixels")
        .arg(QString::fromLatin1(format.toUpper()))
        .arg(image.width())
        .arg(image.height());
}

DecodedImage decodeImage(const QByteArray &bytes, QByteArrayView contentType)
{
    DecodedImage out;
    out.format = imageFormat(bytes, contentType);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // The format found decides (a PNG sent as image/jpeg is still shown);
    // without one the reader guesses from the content.
    QImageReader reader(&buffer, out.format == "svg" ? QByteArray() : out.format);
    reader.setDecideFormatFromContent(true);
    out.image = reader.read();
    if (out.image.isNull()) {
        if (out.format == "svg" && !QImageReader::supportedImageFormats().contains("svg"))
            out.error = QObject::tr("This SVG image cannot be shown here (no SVG support is installed).");
        else if (bytes.isEmpty())
            out.error = QObject::tr("The image is empty.");
        else
            out.error = QObject::tr("This image is broken or in a format that cannot be shown (%1).")
                            .arg(reader.errorString());
        return out;
    }
    if (!reader.format().isEmpty())
        out.format = reader.format();
    return out;
}

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch(1); // the image is painted in the space below
    setMinimumHeight(fontMetrics().height() * 4);
}

void ImageView::setImage(const QByteArray &bytes, QByteArrayView contentType)
{
    const DecodedImage decoded = decodeImage(bytes, contentType);
    m_image = decoded.image;
    m_summary->setText(decoded.error.isEmpty() ? decoded.summary() % QStringLiteral(", ") % humanSize(bytes.size())
                                               : decoded.error);
    update();
}

void ImageView::setMessage(const QString &message)
{
    m_image = {};
    m_summary->setText(message);
    update();
}

QString ImageView::summary() const
{
    return m_summary->text();
}

void ImageView::paintEvent(QPaintEvent *)
{
    if (m_image.isNull())
        return;
    const int top = m_summary->geometry().bottom() + fontMetrics().height() / 2;
    const QRect area = rect().adjusted(0, top, 0, 0).marginsRemoved(contentsMargins());
    if (area.width() <= 0 || area.height() <= 0)
        return;
    // The image's pixels are device-independent pixels (as a browser shows
    // them), scaled down to fit, never up.
    QSize size = m_image.size();
    if (size.width() > area.width() || size.height() > area.height())
        size.scale(area.size(), Qt::KeepAspectRatio);
    const QRect target(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height());
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_image);
}

} // namespace Servery
