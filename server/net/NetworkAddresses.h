#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

namespace Servery {

// One address of one network interface, as the operating system reports it.
struct InterfaceAddress {
    QString interfaceName; // "eth0", "en0", "{GUID}"
    QString humanName; // "Wi-Fi", "Ethernet"; may equal interfaceName
    QHostAddress address;
    bool isUp = false;
    bool isRunning = false;
    bool isLoopback = false;
    bool isVirtualType = false; // the OS says so (QNetworkInterface::Virtual)
};

// An address that devices on the network could use to reach this computer.
struct LanAddress {
    QHostAddress address;
    QString interfaceName;
    QString humanName;
    bool isVirtual = false; // a VPN, container or VM adapter
    bool isPrivate = false; // 192.168/16, 10/8, 172.16/12

    // "http://192.168.1.23:8080/" (IPv6 in brackets).
    QString url(quint16 port) const;
};

// True for adapters that are not the physical LAN: Docker, bridges, VMs,
// VPNs and tunnels, WSL and Hyper-V switches, Apple's AWDL.
bool isVirtualAdapterName(const QString &interfaceName, const QString &humanName);

// Ranks candidate LAN addresses, best first: interfaces up and running, not
// loopback, never link-local; physical adapters before virtual ones; private
// IPv4 before other IPv4 before IPv6. Pure, so it can be tested with made-up
// interfaces.
QList<LanAddress> rankLanAddresses(const QList<InterfaceAddress> &interfaces);

// The first port from `from` upwards (at most `attempts` of them) that the
// given addresses can all listen on right now, or 0. Blocks briefly on
// socket calls: run it off the GUI thread.
quint16 findFreePort(quint16 from, const QList<QHostAddress> &addresses, int attempts = 100);

// This machine's interface addresses (QNetworkInterface; no DNS involved).
QList<InterfaceAddress> currentInterfaceAddresses();

// "http://127.0.0.1:8080/" / "http://[::1]:8080/".
QString urlForAddress(const QHostAddress &address, quint16 port);

// One address a running server can be reached at.
struct ServedUrl {
    QHostAddress address;
    QString url;
    QString interfaceLabel; // "eth0", "Wi-Fi"; empty for loopback
    bool thisComputerOnly = false; // loopback
    bool isVirtual = false;
};

// Every URL the server really answers on, given the addresses its sockets are
// bound to: loopback first, then network addresses ranked as
// rankLanAddresses() does. A wildcard bind expands to the interfaces' own
// addresses of the families it covers.
QList<ServedUrl> servedUrls(const QList<QHostAddress> &bound, quint16 port, const QList<InterfaceAddress> &interfaces);

// The URL to put in a QR code: the best network address that is not a
// virtual adapter's, or nullptr when devices on the network can't connect.
const ServedUrl *bestShareUrl(const QList<ServedUrl> &urls);

} // namespace Servery
