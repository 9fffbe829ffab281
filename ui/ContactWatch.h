#pragma once

#include "server/log/RequestRecord.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Servery {

// Whether another device has reached the server since sharing began: the
// first request from an address that is not this computer's says "reached";
// none within a minute of showing the QR code says "silent", and the window
// then offers a checklist of what usually stands in the way.
class ContactWatch : public QObject {
    Q_OBJECT

public:
    enum class State { Off, Waiting, Reached, Silent };

    explicit ContactWatch(QObject *parent = nullptr);

    // How long to wait before "silent" (a minute by default).
    void setPatience(int ms) { m_timer.setInterval(ms); }

    // Sharing started: `ownAddresses` are this computer's (a request from
    // one of them is this computer, not a phone). Waits only when sharing
    // with the network.
    void begin(bool toNetwork, const QList<QHostAddress> &ownAddresses);
    void end();
    void addRecords(const QList<RequestRecord> &records);

    State state() const { return m_state; }
    // Who came first, as the window says it ("iPhone Safari").
    QString firstDevice() const { return m_firstDevice; }

    // What to check when nothing arrives, as rich text for a label: the
    // same Wi-Fi, guest networks, VPNs, this platform's firewall (with the
    // command that opens `port`), the address picker. Pure.
    static QString checklist(quint16 port);

Q_SIGNALS:
    void reached(const QString &device, const QHostAddress &address);
    void silent();

private:
    State m_state = State::Off;
    QList<QHostAddress> m_own;
    QString m_firstDevice;
    QTimer m_timer;
};

} // namespace Servery
