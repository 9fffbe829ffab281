#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace Servery {

// A QR code (Nayuki's generator, error correction M) drawn crisply: every
// module is a whole number of device pixels, with a 4-module quiet zone, dark
// on light whatever the theme, since phone cameras expect exactly that.
class QrCodeWidget : public QWidget {
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_size == 0; }
    int moduleCount() const { return m_size; } // without the quiet zone

    // The code as an image, `modulePixels` per module, quiet zone included.
    QImage toImage(int modulePixels = 12) const;

    static constexpr int kQuietZone = 4;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QString m_text;
    int m_size = 0;
    std::vector<bool> m_modules; // m_size * m_size, row-major, true = dark
};

} // namespace Servery
