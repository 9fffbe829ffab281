#include "ContactWatch.h"

#include "DeviceListModel.h"
#include "DeviceName.h"

namespace Servery {

ContactWatch::ContactWatch(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_state != State::Waiting)
            return;
        m_state = State::Silent;
        Q_EMIT silent();
    });
}

void ContactWatch::begin(bool toNetwork, const QList<QHostAddress> &ownAddresses)
{
    m_own = ownAddresses;
    m_firstDevice.clear();
    m_state = toNetwork ? State::Waiting : State::Off;
    if (toNetwork)
        m_timer.start();
    else
        m_timer.stop();
}

void ContactWatch::end()
{
    m_timer.stop();
    m_state = State::Off;
}

void ContactWatch::addRecords(const QList<RequestRecord> &records)
{
    if (m_state != State::Waiting && m_state != State::Silent)
        return;
    for (const RequestRecord &r : records) {
        if (r.clientAddress.isNull() || r.clientAddress.isLoopback() || m_own.contains(r.clientAddress))
            continue;
        m_timer.stop();
        m_state = State::Reached;
        m_firstDevice
            = DeviceListModel::describe(deviceNameFromUserAgent(r.requestHeaders.value("User-Agent")), r.clientAddress);
        Q_EMIT reached(m_firstDevice, r.clientAddress);
        return;
    }
}

QString ContactWatch::checklist(quint16 port)
{
    const QString p = QString::number(port);
#if defined(Q_OS_WIN)
    const QString firewall
        = tr("Windows Firewall may block it. In an administrator terminal: "
             "<code>netsh advfirewall firewall add rule name=\"Servery\" dir=in action=allow protocol=TCP "
             "localport=%1</code>")
              .arg(p);
#elif defined(Q_OS_MACOS)
    const QString firewall = tr("The macOS firewall may block it: System Settings \u2192 Network \u2192 Firewall "
                                "\u2192 Options, and allow incoming connections for Servery (port %1).")
                                 .arg(p);
#else
    const QString firewall = tr("A firewall may block port %1. With ufw: <code>sudo ufw allow %1/tcp</code>; "
                                "with firewalld: <code>sudo firewall-cmd --add-port=%1/tcp</code>.")
                                 .arg(p);
#endif
    return tr("<b>No device has connected yet.</b> Things to check:<ul>"
              "<li>The phone is on the same Wi-Fi as this computer (not on mobile data).</li>"
              "<li>Guest and caf\u00e9 networks often keep devices apart: try a home network or a hotspot.</li>"
              "<li>A VPN on either device can hide the local network: pause it.</li>"
              "<li>%1</li>"
              "<li>This computer may have several addresses: pick another one under “Address”.</li></ul>")
        .arg(firewall);
}

} // namespace Servery
