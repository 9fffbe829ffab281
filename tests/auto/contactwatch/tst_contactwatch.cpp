// First contact: "Reached from ..." on the first request from another
// device, and a checklist when none comes.

#include "ContactWatch.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Servery;

namespace {

RequestRecord from(const char *address, const QByteArray &userAgent = {})
{
    RequestRecord r;
    r.clientAddress = QHostAddress(QString::fromLatin1(address));
    r.method = "GET";
    r.target = "/";
    r.status = 200;
    if (!userAgent.isEmpty())
        r.requestHeaders.append("User-Agent", userAgent);
    return r;
}

const QByteArray kIphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like "
                           "Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

} // namespace

class tst_ContactWatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thisComputerIsNotContact();
    void silentAfterPatienceThenReached();
    void localOnlyDoesNotWait();
    void checklistNamesTheFirewallCommand();
};

void tst_ContactWatch::thisComputerIsNotContact()
{
    ContactWatch watch;
    QSignalSpy reached(&watch, &ContactWatch::reached);
    watch.begin(true, {QHostAddress(QStringLiteral("192.168.1.10"))});
    QCOMPARE(watch.state(), ContactWatch::State::Waiting);
    // Loopback, and this computer's own network address (a browser here
    // opening the QR code's URL), are not another device.
    watch.addRecords({from("127.0.0.1", kIphone), from("::1"), from("192.168.1.10", kIphone)});
    QCOMPARE(reached.size(), 0);
    QCOMPARE(watch.state(), ContactWatch::State::Waiting);
    watch.addRecords({from("192.168.1.23", kIphone), from("192.168.1.24")});
    QCOMPARE(reached.size(), 1);
    QCOMPARE(reached.at(0).at(0).toString(), QStringLiteral("iPhone Safari"));
    QCOMPARE(reached.at(0).at(1).value<QHostAddress>(), QHostAddress(QStringLiteral("192.168.1.23")));
    QCOMPARE(watch.state(), ContactWatch::State::Reached);
    QCOMPARE(watch.firstDevice(), QStringLiteral("iPhone Safari"));
    // Once is enough.
    watch.addRecords({from("192.168.1.25", kIphone)});
    QCOMPARE(reached.size(), 1);
}

void tst_ContactWatch::silentAfterPatienceThenReached()
{
    ContactWatch watch;
    watch.setPatience(30);
    QSignalSpy silent(&watch, &ContactWatch::silent);
    QSignalSpy reached(&watch, &ContactWatch::reached);
    watch.begin(true, {});
    QVERIFY(silent.wait(5000));
    QCOMPARE(watch.state(), ContactWatch::State::Silent);
    // The checklist helped: a device comes after all.
    watch.addRecords({from("10.0.0.7")});
    QCOMPARE(reached.size(), 1);
    QCOMPARE(reached.at(0).at(0).toString(), QStringLiteral("Unknown device"));
    // A new session starts over.
    watch.begin(true, {});
    QCOMPARE(watch.state(), ContactWatch::State::Waiting);
    QVERIFY(watch.firstDevice().isEmpty());
    watch.end();
    QCOMPARE(watch.state(), ContactWatch::State::Off);
}

void tst_ContactWatch::localOnlyDoesNotWait()
{
    ContactWatch watch;
    watch.setPatience(10);
    QSignalSpy silent(&watch, &ContactWatch::silent);
    QSignalSpy reached(&watch, &ContactWatch::reached);
    watch.begin(false, {});
    QCOMPARE(watch.state(), ContactWatch::State::Off);
    watch.addRecords({from("10.0.0.7")});
    // A watch sharing with the network, started later with the same
    // patience, has gone silent: the local one would have by now.
    ContactWatch network;
    network.setPatience(10);
    QSignalSpy networkSilent(&network, &ContactWatch::silent);
    network.begin(true, {});
    QVERIFY(networkSilent.wait(5000));
    QCOMPARE(silent.size(), 0);
    QCOMPARE(reached.size(), 0);
}

void tst_ContactWatch::checklistNamesTheFirewallCommand()
{
    const QString text = ContactWatch::checklist(8080);
    QVERIFY(text.contains(QStringLiteral("same Wi-Fi")));
    QVERIFY(text.contains(QStringLiteral("Guest")));
    QVERIFY(text.contains(QStringLiteral("VPN")));
    QVERIFY(text.contains(QStringLiteral("Address")));
#if defined(Q_OS_LINUX)
    QVERIFY(text.contains(QStringLiteral("sudo ufw allow 8080/tcp")));
    QVERIFY(text.contains(QStringLiteral("sudo firewall-cmd --add-port=8080/tcp")));
#elif defined(Q_OS_WIN)
    QVERIFY(text.contains(QStringLiteral("localport=8080")));
#endif
}

QTEST_GUILESS_MAIN(tst_ContactWatch)
#include "tst_contactwatch.moc"
