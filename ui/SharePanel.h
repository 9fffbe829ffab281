#pragma once

#include "server/net/NetworkAddresses.h"

#include <QWidget>

class QCheckBox;
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

    // Not serving: a short invitation instead of addresses, true to the
    // scope chosen for the next start (setLocalOnly).
    void setIdle();
    void setLocalOnly(bool localOnly);
    QString qrPlaceholderText() const;
    // Serving at `urls`; `preferredAddress` (saved from last time) is chosen
    // when it is among them, otherwise the best network address.
    // `localOnly` says the person chose "This computer only". Network URLs
    // come with the access key in their query (ServeSession adds it); when
    // they don't, anyone on the network can open the folder, and a warning
    // says so.
    void setServing(const QList<ServedUrl> &urls, const QString &preferredAddress, bool localOnly);

    // The URL shown (and in the QR code, copied and opened), or empty.
    QString currentUrl() const;
    // True while the panel warns that the folder is open to the whole
    // network (sharing without an access key).
    bool showsNoKeyWarning() const;
    QLabel *noKeyWarning() const { return m_noKey; }
    QrCodeWidget *qrCode() const { return m_qr; }

    // The "Allow uploads" switch; setting it here does not emit
    // uploadsToggled().
    void setUploadsAllowed(bool allowed);
    bool uploadsAllowed() const;
    QCheckBox *uploadsSwitch() const { return m_uploads; }
    // Catching requests: nothing is shared, so no uploads switch, and a
    // keyless address says that devices can send here, not open a folder.
    void setCatching(bool catching);
    QLabel *uploadsState() const { return m_uploadsState; }

    // Whether another device got here yet (ContactWatch): waiting, reached
    // from `device`, or no one after a while (then a checklist for `port`).
    void showContactWaiting();
    void showContactReached(const QString &device, const QString &address);
    void showContactSilent(quint16 port);
    void hideContact();
    QLabel *contact() const { return m_contact; }
    QComboBox *addressPicker() const { return m_picker; }

Q_SIGNALS:
    // The person picked another address; remember it.
    void addressChosen(const QString &address);
    void copyUrlRequested();
    void openUrlRequested();
    void saveQrRequested();
    void enlargeQrRequested();
    void uploadsToggled(bool allowed);

private:
    void showChoice(int index);
    void showUploadsState();

    QLabel *m_where = nullptr;
    QLabel *m_noKey = nullptr;
    QComboBox *m_picker = nullptr;
    QLineEdit *m_url = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_open = nullptr;
    QStackedWidget *m_qrStack = nullptr;
    QrCodeWidget *m_qr = nullptr;
    QLabel *m_noQr = nullptr;
    QPushButton *m_enlarge = nullptr;
    QPushButton *m_save = nullptr;
    bool m_catching = false;
    QCheckBox *m_uploads = nullptr;
    QLabel *m_uploadsState = nullptr;
    QLabel *m_contact = nullptr;
    QList<ServedUrl> m_choices; // what the picker offers, in its order
    bool m_localOnly = false;
    bool m_serving = false;
};

} // namespace Servery
