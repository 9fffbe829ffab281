#pragma once

#include <QWidget>

class QLabel;

namespace Servery {

// What the window shows before a folder is chosen: drop one here, browse for
// one, try the bundled sample site, or catch requests (no folder needed).
class EmptyState : public QWidget {
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    // Copies the bundled sample site out of the resources into a folder the
    // server can share; its path, or empty. Writes files: call it on the
    // thread pool.
    static QString extractSampleSite();

    // "This computer only": no phones, so no promise of a QR code.
    void setLocalOnly(bool localOnly);
    QString description() const;

Q_SIGNALS:
    void browseClicked();
    void sampleClicked();
    void catchClicked();

private:
    QLabel *m_text = nullptr;
};

} // namespace Servery
