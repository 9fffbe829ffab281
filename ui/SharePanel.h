#pragma once

#include "server/net/NetworkAddresses.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Servery {

class QrCodeWidget;

// Where the server can be reached, honestly: "This computer only" or the
// network addresses with their adapters; a picker for the address to share,
// its URL with Copy and Open, and a large QR code for phones.
class SharePanel : public QWidget {
    Q_OBJECT

public:
    explicit SharePanel(QWidget *parent = nullptr);

    // Not serving: a short invitation instead of addresses.
    void setIdle();
    // Serving at `urls`; `preferredAddress` (saved from last time) is chosen
    // when it is among them, otherwise the best network address.
    // `localOnly` says the person chose "This computer only".
    void setServing(const QList<ServedUrl> &urls, const QString &preferredAddress, bool localOnly);

    // The URL shown (and in the QR code), or empty.
    QString currentUrl() const;
    QrCodeWidget *qrCode() const { return m_qr; }
    QComboBox *addressPicker() const { return m_picker; }

Q_SIGNALS:
    // The person picked another address; remember it.
    void addressChosen(const QString &address);
    void copyUrlRequested();
    void openUrlRequested();
    void saveQrRequested();
    void enlargeQrRequested();

private:
    void showChoice(int index);

    QLabel *m_where = nullptr;
    QComboBox *m_picker = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QStackedWidget *m_qrStack = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_noQr = nullptr;
    QPushButton *m_enlarge = nullptr;
    QPushButton *m_save = nullptr;
    QList<ServedUrl> m_choices; // what the picker offers, in its order
    bool m_localOnly = false;
};

} // namespace Servery
