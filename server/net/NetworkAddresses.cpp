#include "server/net/NetworkAddresses.h"

#include <QNetworkInterface>
#include <QTcpServer>

#include <algorithm>

namespace Servery {

namespace {

bool isPrivateIPv4(const QHostAddress &a)
{
    return a.isInSubnet(QHostAddress(QStringLiteral("10.0.0.0")), 8)
        || a.isInSubnet(QHostAddress(QStringLiteral("172.16.0.0")), 12)
        || a.isInSubnet(QHostAddress(QStringLiteral("192.168.0.0")), 16);
}

int rank(const LanAddress &a)
{
    int r = 0;
    if (a.isVirtual)
        r += 100;
    if (a.address.protocol() == QAbstractSocket::IPv4Protocol)
        r += a.isPrivate ? 0 : 10;
    else
        r += a.address.isUniqueLocalUnicast() ? 20 : 30;
    return r;
}

} // namespace

QString urlForAddress(const QHostAddress &address, quint16 port)
{
    QHostAddress plain = address;
    plain.setScopeId({});
    const QString host
        = plain.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + plain.toString() + u']' : plain.toString();
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

QString LanAddress::url(quint16 port) const
{
    return urlForAddress(address, port);
}

bool isVirtualAdapterName(const QString &interfaceName, const QString &humanName)
{
    static const char *const prefixes[] = {
        "docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "tun",     "tap",    "wg",   "tailscale", "utun",
        "awdl",   "llw", "zt",   "lxcbr", "lxdbr",   "cni",   "flannel", "podman", "anpi", "bridge",
    };
    const QString name = interfaceName.toLower();
    for (const char *p : prefixes) {
        if (name.startsWith(QLatin1StringView(p)))
            return true;
    }
    // Windows names adapters by what they are, not by a short prefix.
    static const char *const words[] = {
        "hyper-v",   "vethernet", "wsl", "virtualbox", "vmware",    "tap-windows", "wireguard",
        "tailscale", "zerotier",  "vpn", "loopback",   "bluetooth", "teredo",      "isatap",
    };
    const QString human = humanName.toLower();
    for (const char *w : words) {
        if (human.contains(QLatin1StringView(w)))
            return true;
    }
    return false;
}

QList<LanAddress> rankLanAddresses(const QList<InterfaceAddress> &interfaces)
{
    QList<LanAddress> out;
    for (const InterfaceAddress &i : interfaces) {
        const QHostAddress &a = i.address;
        if (!i.isUp || !i.isRunning || i.isLoopback || a.isLoopback() || a.isNull())
            continue;
        if (a.isLinkLocal() || a.isMulticast() || a.isBroadcast())
            continue;
        if (a.protocol() != QAbstractSocket::IPv4Protocol && a.protocol() != QAbstractSocket::IPv6Protocol)
            continue;
        LanAddress l;
        l.address = a;
        l.interfaceName = i.interfaceName;
        l.humanName = i.humanName.isEmpty() ? i.interfaceName : i.humanName;
        l.isVirtual = i.isVirtualType || isVirtualAdapterName(i.interfaceName, i.humanName);
        l.isPrivate = a.protocol() == QAbstractSocket::IPv4Protocol && isPrivateIPv4(a);
        out.append(l);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const LanAddress &x, const LanAddress &y) { return rank(x) < rank(y); });
    return out;
}

quint16 findFreePort(quint16 from, const QList<QHostAddress> &addresses, int attempts)
{
    for (int i = 0; i < attempts && int(from) + i <= 65535; ++i) {
        const quint16 port = quint16(from + i);
        bool free = true;
        QList<QTcpServer *> held;
        for (const QHostAddress &a : addresses) {
            auto *probe = new QTcpServer;
            held.append(probe);
            if (!probe->listen(a, port)) {
                free = false;
                break;
            }
        }
        qDeleteAll(held);
        if (free)
            return port;
    }
    return 0;
}

QList<InterfaceAddress> currentInterfaceAddresses()
{
    QList<InterfaceAddress> out;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &ni : interfaces) {
        const auto flags = ni.flags();
        for (const QNetworkAddressEntry &entry : ni.addressEntries()) {
            InterfaceAddress a;
            a.interfaceName = ni.name();
            a.humanName = ni.humanReadableName();
            a.address = entry.ip();
            a.isUp = flags.testFlag(QNetworkInterface::IsUp);
            a.isRunning = flags.testFlag(QNetworkInterface::IsRunning);
            a.isLoopback = flags.testFlag(QNetworkInterface::IsLoopBack);
            a.isVirtualType = ni.type() == QNetworkInterface::Virtual;
            out.append(a);
        }
    }
    return out;
}

QList<ServedUrl> servedUrls(const QList<QHostAddress> &bound, quint16 port, const QList<InterfaceAddress> &interfaces)
{
    QList<ServedUrl> local;
    QList<ServedUrl> network;
    auto addLocal = [&](const QHostAddress &a) {
        for (const ServedUrl &u : std::as_const(local)) {
            if (u.address == a)
                return;
        }
        local.append(ServedUrl {a, urlForAddress(a, port), {}, true, false});
    };
    auto addNetwork = [&](const LanAddress &l) {
        for (const ServedUrl &u : std::as_const(network)) {
            if (u.address == l.address)
                return;
        }
        network.append(ServedUrl {l.address, l.url(port), l.humanName, false, l.isVirtual});
    };
    const QList<LanAddress> lan = rankLanAddresses(interfaces);

    for (const QHostAddress &b : bound) {
        const bool anyV4 = b == QHostAddress(QHostAddress::AnyIPv4);
        const bool anyV6 = b == QHostAddress(QHostAddress::AnyIPv6);
        const bool anyBoth = b == QHostAddress(QHostAddress::Any);
        if (anyV4 || anyV6 || anyBoth) {
            if (anyV4 || anyBoth)
                addLocal(QHostAddress(QHostAddress::LocalHost));
            if (anyV6 || anyBoth)
                addLocal(QHostAddress(QHostAddress::LocalHostIPv6));
            for (const LanAddress &l : lan) {
                const bool v4 = l.address.protocol() == QAbstractSocket::IPv4Protocol;
                if (anyBoth || (anyV4 && v4) || (anyV6 && !v4))
                    addNetwork(l);
            }
        } else if (b.isLoopback()) {
            addLocal(b);
        } else {
            LanAddress l;
            l.address = b;
            for (const LanAddress &candidate : lan) {
                if (candidate.address.isEqual(b, QHostAddress::TolerantConversion))
                    l = candidate;
            }
            addNetwork(l);
        }
    }
    std::stable_sort(network.begin(), network.end(),
                     [](const ServedUrl &x, const ServedUrl &y) { return !x.isVirtual && y.isVirtual; });
    return local + network;
}

const ServedUrl *bestShareUrl(const QList<ServedUrl> &urls)
{
    for (const ServedUrl &u : urls) {
        if (!u.thisComputerOnly && !u.isVirtual && !u.address.isLinkLocal())
            return &u;
    }
    return nullptr;
}

} // namespace Servery
