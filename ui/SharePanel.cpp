#include "SharePanel.h"

#include "ContactWatch.h"
#include "QrCodeWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace Servery {

SharePanel::SharePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 12);
    layout->setSpacing(8);

    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setAccessibleName(tr("Where the server listens"));
    layout->addWidget(m_where);

    // Sharing without a key is a choice (--no-key) that must stay visible.
    m_noKey = new QLabel(this);
    m_noKey->setWordWrap(true);
    m_noKey->setTextFormat(Qt::PlainText);
    m_noKey->setText(tr("\u26a0 Anyone on this network can open the folder (no access key)."));
    m_noKey->setAccessibleName(tr("Warning: no access key"));
    QFont warningFont = m_noKey->font();
    warningFont.setBold(true);
    m_noKey->setFont(warningFont);
    m_noKey->setVisible(false);
    layout->addWidget(m_noKey);

    auto *pickerLabel = new QLabel(tr("&Address to share"), this);
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Address to share"));
    pickerLabel->setBuddy(m_picker);
    connect(m_picker, &QComboBox::activated, this, [this](int index) {
        showChoice(index);
        if (index >= 0 && index < m_choices.size())
            Q_EMIT addressChosen(m_choices.at(index).address.toString());
    });
    layout->addWidget(pickerLabel);
    layout->addWidget(m_picker);

    m_url = new QLineEdit(this);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Address to open"));
    QFont urlFont = m_url->font();
    urlFont.setPointSizeF(urlFont.pointSizeF() * 1.15);
    m_url->setFont(urlFont);
    layout->addWidget(m_url);
    auto *urlRow = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the address (Ctrl+Shift+C)"));
    m_copy->setAccessibleName(tr("Copy the address"));
    m_open = new QPushButton(tr("&Open in browser"), this);
    m_open->setToolTip(tr("Open the address in your browser"));
    m_open->setAccessibleName(tr("Open in your browser"));
    connect(m_copy, &QPushButton::clicked, this, &SharePanel::copyUrlRequested);
    connect(m_open, &QPushButton::clicked, this, &SharePanel::openUrlRequested);
    urlRow->addWidget(m_copy);
    urlRow->addWidget(m_open);
    urlRow->addStretch(1);
    layout->addLayout(urlRow);

    // Whether a phone got here: "Reached from ...", or after a minute of
    // nothing, what usually stands in the way.
    m_contact = new QLabel(this);
    m_contact->setWordWrap(true);
    m_contact->setTextFormat(Qt::RichText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact->setAccessibleName(tr("Who has connected"));
    m_contact->setVisible(false);
    layout->addWidget(m_contact);

    m_qrStack = new QStackedWidget(this);
    m_qr = new QrCodeWidget(m_qrStack);
    m_qr->setToolTip(tr("Scan with a phone camera. Click to enlarge."));
    m_qr->setAccessibleName(tr("QR code of the address"));
    connect(m_qr, &QrCodeWidget::clicked, this, &SharePanel::enlargeQrRequested);
    m_noQr = new QLabel(m_qrStack);
    m_noQr->setWordWrap(true);
    m_noQr->setAlignment(Qt::AlignCenter);
    m_noQr->setMargin(12);
    m_noQr->setForegroundRole(QPalette::PlaceholderText);
    m_qrStack->addWidget(m_qr);
    m_qrStack->addWidget(m_noQr);
    layout->addWidget(m_qrStack, 1);

    auto *qrButtons = new QHBoxLayout;
    m_enlarge = new QPushButton(tr("&Enlarge"), this);
    m_enlarge->setAccessibleName(tr("Show the QR code larger"));
    m_save = new QPushButton(tr("Save as &PNG\u2026"), this);
    m_save->setAccessibleName(tr("Save the QR code as a PNG image"));
    connect(m_enlarge, &QPushButton::clicked, this, &SharePanel::enlargeQrRequested);
    connect(m_save, &QPushButton::clicked, this, &SharePanel::saveQrRequested);
    qrButtons->addStretch(1);
    qrButtons->addWidget(m_enlarge);
    qrButtons->addWidget(m_save);
    qrButtons->addStretch(1);
    layout->addLayout(qrButtons);

    // Uploads can be switched while sharing; the state is said in words
    // next to the switch, so it is never in doubt.
    m_uploads = new QCheckBox(tr("Allow &uploads from other devices"), this);
    m_uploads->setAccessibleName(tr("Allow uploads from other devices"));
    m_uploadsState = new QLabel(this);
    m_uploadsState->setWordWrap(true);
    m_uploadsState->setTextFormat(Qt::PlainText);
    connect(m_uploads, &QCheckBox::toggled, this, [this](bool on) {
        showUploadsState();
        Q_EMIT uploadsToggled(on);
    });
    layout->addWidget(m_uploads);
    layout->addWidget(m_uploadsState);
    showUploadsState();

    setIdle();
}

void SharePanel::setIdle()
{
    m_serving = false;
    m_choices.clear();
    m_picker->clear();
    m_picker->setEnabled(false);
    m_url->clear();
    m_copy->setEnabled(false);
    m_open->setEnabled(false);
    m_enlarge->setEnabled(false);
    m_save->setEnabled(false);
    m_qr->setText({});
    m_where->setText(m_catching ? tr("Not catching yet.") : tr("Not sharing yet."));
    m_noKey->setVisible(false);
    hideContact();
    m_noQr->setText(m_localOnly ? tr("Only this computer can connect, so there will be no QR code. Choose "
                                     "“Devices on my network” to share with phones.")
                                : tr("Press Start, and a QR code for phones on your network appears here."));
    m_qrStack->setCurrentWidget(m_noQr);
}

void SharePanel::setLocalOnly(bool localOnly)
{
    // While serving, the scope in use speaks (setServing).
    if (m_serving)
        return;
    m_localOnly = localOnly;
    setIdle();
}

QString SharePanel::qrPlaceholderText() const
{
    return m_qrStack->currentWidget() == m_noQr ? m_noQr->text() : QString();
}

void SharePanel::setServing(const QList<ServedUrl> &urls, const QString &preferredAddress, bool localOnly)
{
    m_serving = true;
    m_localOnly = localOnly;
    QList<ServedUrl> network;
    QList<ServedUrl> local;
    for (const ServedUrl &u : urls)
        (u.thisComputerOnly ? local : network).append(u);

    // Say plainly where the server listens.
    if (localOnly) {
        m_where->setText(tr("Listening on this computer only."));
    } else if (network.isEmpty()) {
        m_where->setText(tr("Listening on every network, but this computer has no network connection "
                            "right now: only this computer can connect."));
    } else {
        QStringList parts;
        for (const ServedUrl &u : std::as_const(network)) {
            QString part = u.address.toString();
            if (!u.interfaceLabel.isEmpty())
                part += QStringLiteral(" (%1)").arg(u.interfaceLabel);
            parts.append(part);
        }
        m_where->setText(
            tr("Listening on your local network: %1, and on this computer.").arg(parts.join(QStringLiteral(", "))));
    }

    // The key is off when the URLs given to others carry none.
    const bool keyless = !localOnly && !network.isEmpty()
        && std::none_of(network.cbegin(), network.cend(),
                        [](const ServedUrl &u) { return QUrlQuery(QUrl(u.url)).hasQueryItem(QStringLiteral("key")); });
    m_noKey->setVisible(keyless);

    // Only addresses others can use are offered for sharing; with none, the
    // loopback address still gets a URL to copy or open here.
    m_choices = network.isEmpty() ? local : network;
    m_picker->clear();
    int chosen = -1;
    const ServedUrl *best = bestShareUrl(urls);
    for (int i = 0; i < m_choices.size(); ++i) {
        const ServedUrl &u = m_choices.at(i);
        QString label = u.address.toString();
        if (!u.interfaceLabel.isEmpty())
            label += QStringLiteral("  \u2014  %1").arg(u.interfaceLabel);
        if (u.isVirtual)
            label += tr(" (virtual adapter)");
        m_picker->addItem(label, u.address.toString());
        if (u.address.toString() == preferredAddress)
            chosen = i;
        else if (chosen < 0 && best && u.address == best->address)
            chosen = i;
    }
    if (chosen < 0 && !m_choices.isEmpty())
        chosen = 0;
    m_picker->setEnabled(m_choices.size() > 1);
    m_picker->setCurrentIndex(chosen);
    showChoice(chosen);
}

void SharePanel::showChoice(int index)
{
    const bool valid = index >= 0 && index < m_choices.size();
    const ServedUrl *u = valid ? &m_choices.at(index) : nullptr;
    m_url->setText(u ? u->url : QString());
    m_copy->setEnabled(u);
    m_open->setEnabled(u);

    // A QR code only for an address a phone could really reach.
    const bool shareable = u && !u->thisComputerOnly && !u->address.isLinkLocal();
    m_qr->setText(shareable ? u->url : QString());
    m_enlarge->setEnabled(shareable);
    m_save->setEnabled(shareable);
    if (shareable) {
        m_qrStack->setCurrentWidget(m_qr);
    } else {
        if (m_localOnly) {
            m_noQr->setText(tr("Only this computer can connect, so there is no QR code. "
                               "Choose “Devices on my network” to share with phones."));
        } else {
            m_noQr->setText(tr("No network connection found, so there is no QR code. "
                               "Connect to Wi-Fi or Ethernet to share with phones."));
        }
        m_qrStack->setCurrentWidget(m_noQr);
    }
}

void SharePanel::setUploadsAllowed(bool allowed)
{
    const QSignalBlocker quiet(m_uploads);
    m_uploads->setChecked(allowed);
    showUploadsState();
}

void SharePanel::setCatching(bool catching)
{
    if (m_where->text() == (m_catching ? tr("Not catching yet.") : tr("Not sharing yet.")))
        m_where->setText(catching ? tr("Not catching yet.") : tr("Not sharing yet."));
    m_catching = catching;
    m_uploads->setVisible(!catching);
    m_uploadsState->setVisible(!catching);
    m_noKey->setText(catching ? tr("Devices on this network can send requests here (no access key); no files are "
                                   "shared.")
                              : tr("\u26a0 Anyone on this network can open the folder (no access key)."));
    QFont font = m_noKey->font();
    font.setBold(!catching);
    m_noKey->setFont(font);
}

bool SharePanel::uploadsAllowed() const
{
    return m_uploads->isChecked();
}

void SharePanel::showUploadsState()
{
    QFont font = m_uploadsState->font();
    font.setBold(m_uploads->isChecked());
    m_uploadsState->setFont(font);
    m_uploadsState->setText(m_uploads->isChecked()
                                ? tr("\u2191 Other devices can add files to this folder (never replacing one).")
                                : tr("Other devices can look and download, not add files."));
}

void SharePanel::showContactWaiting()
{
    m_contact->setText(tr("Waiting for a device: scan the QR code with a phone on the same network."));
    m_contact->setVisible(true);
}

void SharePanel::showContactReached(const QString &device, const QString &address)
{
    m_contact->setText(tr("\u2714 Reached from <b>%1</b> (%2).").arg(device.toHtmlEscaped(), address.toHtmlEscaped()));
    m_contact->setVisible(true);
}

void SharePanel::showContactSilent(quint16 port)
{
    m_contact->setText(ContactWatch::checklist(port));
    m_contact->setVisible(true);
}

void SharePanel::hideContact()
{
    m_contact->clear();
    m_contact->setVisible(false);
}

QString SharePanel::currentUrl() const
{
    return m_url->text();
}

bool SharePanel::showsNoKeyWarning() const
{
    return !m_noKey->isHidden();
}

} // namespace Servery
