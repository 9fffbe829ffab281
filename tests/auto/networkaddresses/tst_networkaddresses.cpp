// Tests of the LAN address choice: which interface addresses are offered,
// in which order, and which URL the QR code shows. Everything runs on
// made-up interface lists; no real network is consulted.

#include "server/net/NetworkAddresses.h"

#include <QtTest>

using namespace Servery;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Servery::InterfaceAddress)

namespace {

using Interfaces = QList<InterfaceAddress>;
// Ranking tiers: every address of a tier must come before every address of the
// next tier; order inside a tier is not part of the contract.
using Tiers = QList<QStringList>;

enum Flag { Normal = 0, Down = 1, NotRunning = 2, Loopback = 4, OsVirtual = 8 };

InterfaceAddress iface(const char *name, const char *address, int flags = Normal, const char *human = nullptr)
{
    InterfaceAddress i;
    i.interfaceName = QString::fromUtf8(name);
    i.humanName = human ? QString::fromUtf8(human) : i.interfaceName;
    i.address = QHostAddress(QString::fromLatin1(address));
    Q_ASSERT(!i.address.isNull());
    i.isUp = !(flags & Down);
    i.isRunning = !(flags & NotRunning);
    i.isLoopback = flags & Loopback;
    i.isVirtualType = flags & OsVirtual;
    return i;
}

Tiers tiers(std::initializer_list<std::initializer_list<const char *>> list)
{
    Tiers out;
    for (const auto &tier : list) {
        QStringList t;
        for (const char *address : tier)
            t.append(QString::fromLatin1(address));
        out.append(t);
    }
    return out;
}

QStringList addressStrings(const QList<LanAddress> &lan)
{
    QStringList out;
    for (const LanAddress &l : lan)
        out.append(l.address.toString());
    return out;
}

// "any" / "any4" / "any6" stand for the wildcard addresses.
QList<QHostAddress> boundAddresses(const QStringList &spec)
{
    QList<QHostAddress> out;
    for (const QString &s : spec) {
        if (s == u"any")
            out.append(QHostAddress(QHostAddress::Any));
        else if (s == u"any4")
            out.append(QHostAddress(QHostAddress::AnyIPv4));
        else if (s == u"any6")
            out.append(QHostAddress(QHostAddress::AnyIPv6));
        else
            out.append(QHostAddress(s));
    }
    return out;
}

// A laptop with one of each kind of address, listed in no useful order.
Interfaces typicalMachine()
{
    return {
        iface("lo", "127.0.0.1", Loopback), iface("lo", "::1", Loopback),
        iface("docker0", "172.17.0.1"),     iface("eth0", "2001:db8::23"),
        iface("eth0", "fe80::23"),          iface("eth0", "fd12:3456::23"),
        iface("eth0", "192.168.1.23"),      iface("wlan0", "100.64.1.2", Normal, "Wi-Fi"),
        iface("eth1", "10.9.9.9", Down),
    };
}

} // namespace

class tst_NetworkAddresses : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rankLanAddresses_data();
    void rankLanAddresses();
    void virtualAdaptersRankAfterPhysical_data();
    void virtualAdaptersRankAfterPhysical();
    void privateFlag_data();
    void privateFlag();
    void lanAddressCarriesInterfaceDetails();
    void isVirtualAdapterName_data();
    void isVirtualAdapterName();
    void urlForAddress_data();
    void urlForAddress();
    void servedUrls_data();
    void servedUrls();
    void servedUrlFields();
    void bestShareUrlSkipsVirtualAdapters();
};

void tst_NetworkAddresses::rankLanAddresses_data()
{
    QTest::addColumn<Interfaces>("interfaces");
    QTest::addColumn<Tiers>("expected");

    QTest::newRow("down interface is left out")
        << Interfaces {iface("eth0", "192.168.1.5", Down), iface("wlan0", "192.168.1.6")} << tiers({{"192.168.1.6"}});
    QTest::newRow("interface up but not running is left out")
        << Interfaces {iface("eth0", "192.168.1.5", NotRunning), iface("wlan0", "10.0.0.6")} << tiers({{"10.0.0.6"}});
    QTest::newRow("loopback interface is left out")
        << Interfaces {iface("lo", "127.0.0.1", Loopback), iface("lo", "::1", Loopback), iface("eth0", "10.0.0.2")}
        << tiers({{"10.0.0.2"}});
    QTest::newRow("loopback address on an ordinary interface is left out")
        << Interfaces {iface("eth0", "127.0.0.2"), iface("eth0", "::1"), iface("eth0", "10.0.0.2")}
        << tiers({{"10.0.0.2"}});
    QTest::newRow("IPv4 link-local 169.254/16 is left out")
        << Interfaces {iface("eth0", "169.254.1.1"), iface("eth1", "169.254.255.254"), iface("wlan0", "192.168.1.5")}
        << tiers({{"192.168.1.5"}});
    QTest::newRow("IPv6 link-local fe80::/10 is left out")
        << Interfaces {iface("eth0", "fe80::1"), iface("eth0", "febf:ffff::1"), iface("eth0", "fd00::5")}
        << tiers({{"fd00::5"}});
    QTest::newRow("nothing usable gives an empty list")
        << Interfaces {iface("lo", "127.0.0.1", Loopback), iface("eth0", "169.254.3.4"),
                       iface("wlan0", "192.168.1.5", Down)}
        << tiers({});
    QTest::newRow("private IPv4, then other IPv4, then ULA, then global IPv6")
        << Interfaces {iface("eth0", "2001:db8::1"), iface("eth0", "fd00::5"), iface("eth0", "100.64.1.2"),
                       iface("eth0", "192.168.1.5")}
        << tiers({{"192.168.1.5"}, {"100.64.1.2"}, {"fd00::5"}, {"2001:db8::1"}});
    QTest::newRow("all three private ranges outrank public IPv4")
        << Interfaces {iface("eth0", "203.0.113.7"), iface("eth1", "10.1.2.3"), iface("eth2", "172.20.0.4"),
                       iface("wlan0", "192.168.0.2")}
        << tiers({{"10.1.2.3", "172.20.0.4", "192.168.0.2"}, {"203.0.113.7"}});
    QTest::newRow("172.16/12 edges: 172.15 and 172.32 are public")
        << Interfaces {iface("eth0", "172.32.0.1"), iface("eth1", "172.15.255.254"), iface("eth2", "172.31.255.254"),
                       iface("eth3", "172.16.0.1")}
        << tiers({{"172.16.0.1", "172.31.255.254"}, {"172.15.255.254", "172.32.0.1"}});
    QTest::newRow("ULA fd00::/8 before global IPv6")
        << Interfaces {iface("eth0", "2001:db8::5"), iface("eth0", "fd12::5")} << tiers({{"fd12::5"}, {"2001:db8::5"}});
    QTest::newRow("physical public IPv4 before virtual private IPv4")
        << Interfaces {iface("docker0", "172.17.0.1"), iface("eth0", "203.0.113.9")}
        << tiers({{"203.0.113.9"}, {"172.17.0.1"}});
    QTest::newRow("virtual adapters are ranked among themselves too")
        << Interfaces {iface("wg0", "fd99::1"), iface("tailscale0", "100.101.102.103"), iface("docker0", "172.17.0.1"),
                       iface("eth0", "2001:db8::9")}
        << tiers({{"2001:db8::9"}, {"172.17.0.1"}, {"100.101.102.103"}, {"fd99::1"}});
}

void tst_NetworkAddresses::rankLanAddresses()
{
    QFETCH(Interfaces, interfaces);
    QFETCH(Tiers, expected);

    const QStringList actual = addressStrings(Servery::rankLanAddresses(interfaces));
    qsizetype expectedCount = 0;
    for (const QStringList &tier : std::as_const(expected))
        expectedCount += tier.size();
    QCOMPARE(actual.size(), expectedCount);

    qsizetype at = 0;
    for (const QStringList &tier : std::as_const(expected)) {
        QStringList got = actual.mid(at, tier.size());
        QStringList want = tier;
        got.sort();
        want.sort();
        QVERIFY2(got == want,
                 qPrintable(u"ranked " + actual.join(u", ") + u"; expected tier " + tier.join(u", ") + u" at position "
                            + QString::number(at)));
        at += tier.size();
    }
}

void tst_NetworkAddresses::virtualAdaptersRankAfterPhysical_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("humanName");
    QTest::addColumn<bool>("osSaysVirtual");

    const char *const linuxAndMac[] = {"docker0", "br-1234abcd", "veth9", "virbr0",     "vboxnet0", "vmnet8",
                                       "tun0",    "tap0",        "wg0",   "tailscale0", "utun3",    "awdl0"};
    for (const char *name : linuxAndMac)
        QTest::addRow("%s", name) << QString::fromLatin1(name) << QString::fromLatin1(name) << false;
    QTest::newRow("Windows vEthernet (WSL)")
        << u"{8F2A3C4D-1111-2222-3333-444455556666}"_s << u"vEthernet (WSL)"_s << false;
    QTest::newRow("Windows Hyper-V adapter")
        << u"{0A0B0C0D-1111-2222-3333-444455556666}"_s << u"Hyper-V Virtual Ethernet Adapter"_s << false;
    QTest::newRow("ordinary name but the OS says virtual") << u"eth7"_s << u"eth7"_s << true;
}

void tst_NetworkAddresses::virtualAdaptersRankAfterPhysical()
{
    QFETCH(QString, interfaceName);
    QFETCH(QString, humanName);
    QFETCH(bool, osSaysVirtual);

    // The virtual adapter has the "best" kind of address (private IPv4) and
    // comes first; the physical ones have the worst kinds.
    InterfaceAddress virt;
    virt.interfaceName = interfaceName;
    virt.humanName = humanName;
    virt.address = QHostAddress(u"192.168.99.1"_s);
    virt.isUp = virt.isRunning = true;
    virt.isVirtualType = osSaysVirtual;
    const Interfaces interfaces {virt, iface("eth0", "2001:db8::9"), iface("wlan0", "203.0.113.4", Normal, "Wi-Fi")};

    const QList<LanAddress> ranked = Servery::rankLanAddresses(interfaces);
    QCOMPARE(addressStrings(ranked), (QStringList {u"203.0.113.4"_s, u"2001:db8::9"_s, u"192.168.99.1"_s}));
    QVERIFY(!ranked[0].isVirtual);
    QVERIFY(!ranked[1].isVirtual);
    QVERIFY(ranked[2].isVirtual);
    QCOMPARE(ranked[2].interfaceName, interfaceName);
}

void tst_NetworkAddresses::privateFlag_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("isPrivate");

    QTest::newRow("10.0.0.1 is 10/8") << u"10.0.0.1"_s << true;
    QTest::newRow("10.255.255.254 is 10/8") << u"10.255.255.254"_s << true;
    QTest::newRow("11.0.0.1 is public") << u"11.0.0.1"_s << false;
    QTest::newRow("172.16.0.1 is 172.16/12") << u"172.16.0.1"_s << true;
    QTest::newRow("172.31.255.254 is 172.16/12") << u"172.31.255.254"_s << true;
    QTest::newRow("172.32.0.1 is public") << u"172.32.0.1"_s << false;
    QTest::newRow("172.15.255.254 is public") << u"172.15.255.254"_s << false;
    QTest::newRow("192.168.0.1 is 192.168/16") << u"192.168.0.1"_s << true;
    QTest::newRow("192.169.0.1 is public") << u"192.169.0.1"_s << false;
    QTest::newRow("CGNAT 100.64.0.1 is not private") << u"100.64.0.1"_s << false;
    QTest::newRow("IPv6 ULA is not private IPv4") << u"fd00::1"_s << false;
}

void tst_NetworkAddresses::privateFlag()
{
    QFETCH(QString, address);
    QFETCH(bool, isPrivate);

    const QList<LanAddress> ranked = Servery::rankLanAddresses({iface("eth0", qPrintable(address))});
    QCOMPARE(ranked.size(), 1);
    QCOMPARE(ranked[0].isPrivate, isPrivate);
}

void tst_NetworkAddresses::lanAddressCarriesInterfaceDetails()
{
    InterfaceAddress windowsWifi = iface("{5C1F2E3A-0000-1111-2222-333344445555}", "192.168.1.40", Normal, "Wi-Fi");
    InterfaceAddress unnamed = iface("enp3s0", "10.0.0.7");
    unnamed.humanName.clear();

    const QList<LanAddress> ranked = Servery::rankLanAddresses({windowsWifi, unnamed});
    QCOMPARE(ranked.size(), 2);
    for (const LanAddress &l : ranked) {
        QVERIFY(!l.isVirtual);
        QVERIFY(l.isPrivate);
        if (l.address == QHostAddress(u"192.168.1.40"_s)) {
            QCOMPARE(l.interfaceName, windowsWifi.interfaceName);
            QCOMPARE(l.humanName, u"Wi-Fi"_s);
        } else {
            QCOMPARE(l.address, QHostAddress(u"10.0.0.7"_s));
            QCOMPARE(l.interfaceName, u"enp3s0"_s);
            QCOMPARE(l.humanName, u"enp3s0"_s); // falls back to the system name
        }
    }
    QStringList urls {ranked[0].url(8080), ranked[1].url(8080)};
    urls.sort();
    QCOMPARE(urls, (QStringList {u"http://10.0.0.7:8080/"_s, u"http://192.168.1.40:8080/"_s}));
}

void tst_NetworkAddresses::isVirtualAdapterName_data()
{
    QTest::addColumn<QString>("interfaceName");
    QTest::addColumn<QString>("humanName");
    QTest::addColumn<bool>("isVirtual");

    const char *const virtualNames[] = {"docker0", "br-1234abcd", "veth9", "vethab12cd", "virbr0", "vboxnet0", "vmnet8",
                                        "tun0",    "tap0",        "wg0",   "tailscale0", "utun3",  "awdl0"};
    for (const char *name : virtualNames)
        QTest::addRow("%s is virtual", name) << QString::fromLatin1(name) << QString::fromLatin1(name) << true;

    const QString guid = u"{8F2A3C4D-1111-2222-3333-444455556666}"_s;
    QTest::newRow("Windows vEthernet (WSL) is virtual") << guid << u"vEthernet (WSL)"_s << true;
    QTest::newRow("Windows vEthernet (Default Switch) is virtual") << guid << u"vEthernet (Default Switch)"_s << true;
    QTest::newRow("Windows Hyper-V adapter is virtual") << guid << u"Hyper-V Virtual Ethernet Adapter"_s << true;

    const char *const physicalNames[] = {"eth0", "enp3s0", "eno1", "wlan0", "wlp2s0", "en0", "en1"};
    for (const char *name : physicalNames)
        QTest::addRow("%s is physical", name) << QString::fromLatin1(name) << QString::fromLatin1(name) << false;
    QTest::newRow("Windows Ethernet is physical") << guid << u"Ethernet"_s << false;
    QTest::newRow("Windows Wi-Fi is physical") << guid << u"Wi-Fi"_s << false;
    QTest::newRow("Windows Ethernet 2 is physical") << guid << u"Ethernet 2"_s << false;
}

void tst_NetworkAddresses::isVirtualAdapterName()
{
    QFETCH(QString, interfaceName);
    QFETCH(QString, humanName);
    QFETCH(bool, isVirtual);

    QCOMPARE(Servery::isVirtualAdapterName(interfaceName, humanName), isVirtual);
}

void tst_NetworkAddresses::urlForAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("url");

    QTest::newRow("IPv4 loopback") << u"127.0.0.1"_s << 8080 << u"http://127.0.0.1:8080/"_s;
    QTest::newRow("IPv6 loopback in brackets") << u"::1"_s << 8080 << u"http://[::1]:8080/"_s;
    QTest::newRow("IPv4 LAN, highest port") << u"192.168.1.23"_s << 65535 << u"http://192.168.1.23:65535/"_s;
    QTest::newRow("IPv6 global in brackets") << u"2001:db8::23"_s << 80 << u"http://[2001:db8::23]:80/"_s;
    QTest::newRow("IPv6 ULA in brackets") << u"fd12:3456::23"_s << 1 << u"http://[fd12:3456::23]:1/"_s;
}

void tst_NetworkAddresses::urlForAddress()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, url);

    QCOMPARE(Servery::urlForAddress(QHostAddress(address), quint16(port)), url);
    // The URL must also be one QUrl understands as that host and port.
    const QUrl parsed(url);
    QVERIFY(parsed.isValid());
    QCOMPARE(QHostAddress(parsed.host()), QHostAddress(address));
    QCOMPARE(parsed.port(), port);
}

void tst_NetworkAddresses::servedUrls_data()
{
    QTest::addColumn<Interfaces>("interfaces");
    QTest::addColumn<QStringList>("bound");
    QTest::addColumn<int>("port");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("shareUrl"); // empty: nothing to share

    const Interfaces machine = typicalMachine();
    QTest::newRow("dual-stack wildcard: loopback first, then ranked network addresses")
        << machine << QStringList {u"any"_s} << 8080
        << QStringList {u"http://127.0.0.1:8080/"_s,       u"http://[::1]:8080/"_s,
                        u"http://192.168.1.23:8080/"_s,    u"http://100.64.1.2:8080/"_s,
                        u"http://[fd12:3456::23]:8080/"_s, u"http://[2001:db8::23]:8080/"_s,
                        u"http://172.17.0.1:8080/"_s}
        << u"http://192.168.1.23:8080/"_s;
    QTest::newRow("IPv4 wildcard: IPv4 addresses only")
        << machine << QStringList {u"any4"_s} << 8080
        << QStringList {u"http://127.0.0.1:8080/"_s, u"http://192.168.1.23:8080/"_s, u"http://100.64.1.2:8080/"_s,
                        u"http://172.17.0.1:8080/"_s}
        << u"http://192.168.1.23:8080/"_s;
    QTest::newRow("IPv6 wildcard: IPv6 addresses only")
        << machine << QStringList {u"any6"_s} << 8080
        << QStringList {u"http://[::1]:8080/"_s, u"http://[fd12:3456::23]:8080/"_s, u"http://[2001:db8::23]:8080/"_s}
        << u"http://[fd12:3456::23]:8080/"_s;
    QTest::newRow("separate IPv4 and IPv6 wildcard sockets")
        << machine << QStringList {u"any4"_s, u"any6"_s} << 9000
        << QStringList {u"http://127.0.0.1:9000/"_s,       u"http://[::1]:9000/"_s,
                        u"http://192.168.1.23:9000/"_s,    u"http://100.64.1.2:9000/"_s,
                        u"http://[fd12:3456::23]:9000/"_s, u"http://[2001:db8::23]:9000/"_s,
                        u"http://172.17.0.1:9000/"_s}
        << u"http://192.168.1.23:9000/"_s;
    QTest::newRow("local only: loopback and nothing to share")
        << machine << QStringList {u"127.0.0.1"_s, u"::1"_s} << 8080
        << QStringList {u"http://127.0.0.1:8080/"_s, u"http://[::1]:8080/"_s} << QString();
    QTest::newRow("specific LAN address: only that one")
        << machine << QStringList {u"192.168.1.23"_s} << 8080 << QStringList {u"http://192.168.1.23:8080/"_s}
        << u"http://192.168.1.23:8080/"_s;
    QTest::newRow("specific IPv6 address in brackets")
        << machine << QStringList {u"fd12:3456::23"_s} << 65535 << QStringList {u"http://[fd12:3456::23]:65535/"_s}
        << u"http://[fd12:3456::23]:65535/"_s;
    QTest::newRow("specific virtual adapter address: nothing to share")
        << machine << QStringList {u"172.17.0.1"_s} << 8080 << QStringList {u"http://172.17.0.1:8080/"_s} << QString();
    QTest::newRow("only virtual adapters: nothing to share")
        << Interfaces {iface("lo", "127.0.0.1", Loopback),
                       iface("lo", "::1", Loopback),
                       iface("tailscale0", "100.101.102.103"),
                       iface("{8F2A3C4D-1111-2222-3333-444455556666}", "fd15::1", Normal, "vEthernet (WSL)"),
                       iface("docker0", "172.17.0.1"),
                       iface("eth0", "192.168.1.23", Down)}
        << QStringList {u"any"_s} << 8080
        << QStringList {u"http://127.0.0.1:8080/"_s, u"http://[::1]:8080/"_s, u"http://172.17.0.1:8080/"_s,
                        u"http://100.101.102.103:8080/"_s, u"http://[fd15::1]:8080/"_s}
        << QString();
    QTest::newRow("no network at all: loopback only")
        << Interfaces {iface("lo", "127.0.0.1", Loopback), iface("lo", "::1", Loopback)} << QStringList {u"any"_s}
        << 8080 << QStringList {u"http://127.0.0.1:8080/"_s, u"http://[::1]:8080/"_s} << QString();
}

void tst_NetworkAddresses::servedUrls()
{
    QFETCH(Interfaces, interfaces);
    QFETCH(QStringList, bound);
    QFETCH(int, port);
    QFETCH(QStringList, urls);
    QFETCH(QString, shareUrl);

    const QList<ServedUrl> served = Servery::servedUrls(boundAddresses(bound), quint16(port), interfaces);
    QStringList actual;
    for (const ServedUrl &u : served)
        actual.append(u.url);
    QCOMPARE(actual, urls);

    const ServedUrl *best = bestShareUrl(served);
    if (shareUrl.isEmpty()) {
        QVERIFY2(!best, best ? qPrintable(u"unexpected share URL " + best->url) : "");
    } else {
        QVERIFY2(best, "no share URL");
        QCOMPARE(best->url, shareUrl);
        QVERIFY(!best->thisComputerOnly);
        QVERIFY(!best->isVirtual);
        // It points into the list it was given.
        QVERIFY(best >= served.constData() && best < served.constData() + served.size());
    }
}

void tst_NetworkAddresses::servedUrlFields()
{
    const QList<ServedUrl> served = Servery::servedUrls({QHostAddress(QHostAddress::Any)}, 8080, typicalMachine());
    QCOMPARE(served.size(), 7);
    for (const ServedUrl &u : served) {
        QCOMPARE(u.url, Servery::urlForAddress(u.address, 8080));
        QCOMPARE(u.thisComputerOnly, u.address.isLoopback());
        if (u.thisComputerOnly)
            QVERIFY2(u.interfaceLabel.isEmpty(), qPrintable(u.interfaceLabel));
        else
            QVERIFY2(!u.interfaceLabel.isEmpty(), qPrintable(u.url));
        QCOMPARE(u.isVirtual, u.interfaceLabel == u"docker0");
    }
    QCOMPARE(served[2].interfaceLabel, u"eth0"_s);
    QCOMPARE(served[3].interfaceLabel, u"Wi-Fi"_s); // the human name when there is one
}

void tst_NetworkAddresses::bestShareUrlSkipsVirtualAdapters()
{
    auto url = [](const char *address, bool local, bool isVirtual) {
        const QHostAddress a(QString::fromLatin1(address));
        return ServedUrl {a, Servery::urlForAddress(a, 8080), local ? QString() : u"if"_s, local, isVirtual};
    };

    // A list that does not come from servedUrls(), so virtual ones come first.
    const QList<ServedUrl> list {url("127.0.0.1", true, false), url("172.17.0.1", false, true),
                                 url("100.101.102.103", false, true), url("192.168.1.23", false, false),
                                 url("10.0.0.5", false, false)};
    const ServedUrl *best = bestShareUrl(list);
    QVERIFY(best);
    QCOMPARE(best->url, u"http://192.168.1.23:8080/"_s);

    const QList<ServedUrl> onlyVirtual {url("127.0.0.1", true, false), url("172.17.0.1", false, true)};
    QCOMPARE(bestShareUrl(onlyVirtual), nullptr);
    QCOMPARE(bestShareUrl({}), nullptr);
}

QTEST_GUILESS_MAIN(tst_NetworkAddresses)
#include "tst_networkaddresses.moc"
