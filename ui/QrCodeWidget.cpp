#include "QrCodeWidget.h"

#include <qrcodegen/qrcodegen.hpp>

#include <QMouseEvent>
#include <QPainter>

namespace Servery {

QrCodeWidget::QrCodeWidget(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules.clear();
    m_size = 0;
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        const qrcodegen::QrCode qr = qrcodegen::QrCode::encodeText(utf8.constData(), qrcodegen::QrCode::Ecc::MEDIUM);
        m_size = qr.getSize();
        m_modules.resize(size_t(m_size) * size_t(m_size));
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x)
                m_modules[size_t(y) * size_t(m_size) + size_t(x)] = qr.getModule(x, y);
        }
    }
    setAccessibleDescription(text.isEmpty() ? QString() : tr("QR code for %1").arg(text));
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const
{
    return {240, 240};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    return {140, 140};
}

QImage QrCodeWidget::toImage(int modulePixels) const
{
    if (m_size == 0)
        return {};
    const int total = m_size + 2 * kQuietZone;
    QImage image(total * modulePixels, total * modulePixels, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter p(&image);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (m_modules[size_t(y) * size_t(m_size) + size_t(x)])
                p.fillRect((x + kQuietZone) * modulePixels, (y + kQuietZone) * modulePixels, modulePixels, modulePixels,
                           Qt::black);
        }
    }
    return image;
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_size == 0)
        return;
    QPainter p(this);
    // Work in device pixels so every module is a whole number of them: no
    // blurry or uneven edges on any screen scale.
    const qreal dpr = devicePixelRatioF();
    const int side = int(std::min(width(), height()) * dpr);
    const int total = m_size + 2 * kQuietZone;
    const int module = std::max(1, side / total);
    const int drawn = module * total;
    const QImage image = toImage(module);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const QPointF topLeft((width() - drawn / dpr) / 2.0, (height() - drawn / dpr) / 2.0);
    QImage scaled = image;
    scaled.setDevicePixelRatio(dpr);
    p.drawImage(QPointF(std::round(topLeft.x() * dpr) / dpr, std::round(topLeft.y() * dpr) / dpr), scaled);
}

void QrCodeWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QWidget::mouseReleaseEvent(event);
}

} // namespace Servery
