#pragma once

#include <QByteArrayView>
#include <QImage>
#include <QWidget>

class QLabel;

namespace Servery {

// Image formats the viewer recognises: by magic bytes (PNG, JPEG, GIF, WebP,
// BMP) or, for SVG, which is text, only by its Content-Type.
// Returns the format name ("png", "jpeg", "gif", "webp", "bmp", "svg") or
// an empty array; an image/* type not in the list gives its subtype, for
// Qt's image plugins to try.
QByteArray imageFormat(QByteArrayView head, QByteArrayView contentType);

// An image decoded for showing, or why it could not be.
struct DecodedImage {
    QImage image;
    QByteArray format; // as read ("png")
    QString error; // plain words, empty when the image is fine
    // "PNG, 640 × 480 pixels", or the error.
    QString summary() const;
};
DecodedImage decodeImage(const QByteArray &bytes, QByteArrayView contentType);

// Shows an image scaled down to fit (never up), centred, on the window's
// own background, with a line that says its format and dimensions.
class ImageView : public QWidget {
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QByteArray &bytes, QByteArrayView contentType);
    // For a body too large to decode: shows `message` instead.
    void setMessage(const QString &message);
    QString summary() const;
    const QImage &image() const { return m_image; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_summary = nullptr;
    QImage m_image;
};

} // namespace Servery
