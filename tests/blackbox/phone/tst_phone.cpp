// Black-box tests over a real non-loopback path: a pretend phone in a
// network namespace (shared/tools/phone-netns), joined to this machine by a
// veth pair, runs curl against the real binary listening on every interface.
// It proves what loopback cannot: without the key a device gets the page
// that says to scan the QR code, `?key=` becomes a cookie that is enough on
// its own, the QR code's address reaches the phone, and host names that are
// not this machine's are refused unless allowed. Traffic goes only over
// loopback and into the namespace, which has no route anywhere else.

#include "QrDecode.h"
#include "RawHttpClient.h"
#include "ServeryProcess.h"

#include "server/net/NetworkAddresses.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace Servery;
using namespace Servery::Test;

namespace {

const QString kTool = QStringLiteral(SERVERY_PHONE_NETNS);

// The phone's namespace, removed when this goes away, whatever happened in
// between (a failed check returns from the test function early).
class Phone {
public:
    Phone()
        : m_name(QStringLiteral("servery-tst-%1").arg(QCoreApplication::applicationPid()))
    {
    }
    ~Phone() { down(); }
    Phone(const Phone &) = delete;
    Phone &operator=(const Phone &) = delete;

    bool up(QString *error)
    {
        m_up = true; // a namespace made halfway is removed too
        const ToolRun r = runTool(kTool, {QStringLiteral("up"), m_name});
        static const QRegularExpression addresses(QStringLiteral(R"(HOST_ADDR=(\S+) PHONE_ADDR=(\S+) NETNS=(\S+))"));
        const auto m = addresses.match(QString::fromUtf8(r.out));
        if (r.exitCode != 0 || !m.hasMatch()) {
            *error = QStringLiteral("phone-netns up failed: ") + QString::fromUtf8(r.out + r.err);
            return false;
        }
        hostAddress = m.captured(1);
        phoneAddress = m.captured(2);
        return true;
    }

    void down()
    {
        if (!m_up)
            return;
        m_up = false;
        runTool(kTool, {QStringLiteral("down"), m_name});
    }

    // curl, run as the phone; -i puts the heads of every response in out.
    ToolRun curl(const QStringList &args) const
    {
        return runTool(kTool,
                       QStringList {QStringLiteral("run"), m_name, QStringLiteral("curl"), QStringLiteral("-sS"),
                                    QStringLiteral("-i"), QStringLiteral("--max-time"), QStringLiteral("10"),
                                    QStringLiteral("--noproxy"), QStringLiteral("*")}
                           + args);
    }

    QString hostAddress; // this machine, as the phone sees it
    QString phoneAddress;

private:
    QString m_name;
    bool m_up = false;
};

QList<WireResponse> responses(const ToolRun &r, const QList<bool> &head = {})
{
    return parseResponses(r.out, head, true);
}

} // namespace

class tst_Phone : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void withoutKeyThePhoneIsToldToScan();
    void keyBecomesACookie();
    void qrCodeReachesThePhone();
    void otherHostNamesNeedAllowHost();
    void liveReloadWorksThroughTheKey();

private:
    QString url(const QString &pathAndQuery, quint16 port = 0) const
    {
        return QStringLiteral("http://%1:%2%3").arg(m_phone->hostAddress).arg(port ? port : m_port).arg(pathAndQuery);
    }

    QTemporaryDir m_site;
    QTemporaryDir m_jars; // cookie jars
    std::unique_ptr<Phone> m_phone;
    std::unique_ptr<ServeryProcess> m_server;
    quint16 m_port = 0;
    QString m_key;
};

void tst_Phone::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
             "curl is missing; scripts/bootstrap installs it");
    if (!QFileInfo(kTool).isExecutable())
        QSKIP(qPrintable(kTool
                         + QStringLiteral(" is missing: this checkout has no ../shared/tools beside it, so no "
                                          "pretend phone can be made")));
    if (runTool(kTool, {QStringLiteral("check")}).exitCode != 0)
        QSKIP("phone-netns check failed: making a network namespace needs root and iproute2, so there is no pretend "
              "phone here");

    QDir site(m_site.path());
    QFile notes(site.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("some notes\n");
    notes.close();
    QFile index(site.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<!doctype html><title>t</title><h1>Hi</h1>");
    index.close();

    // The phone first, so the server sees its interface when it starts.
    m_phone = std::make_unique<Phone>();
    QString error;
    QVERIFY2(m_phone->up(&error), qPrintable(error));

    m_server = std::make_unique<ServeryProcess>(QStringList {m_site.path(), QStringLiteral("--headless"),
                                                             QStringLiteral("--port"), QStringLiteral("0"),
                                                             QStringLiteral("-q")});
    m_port = m_server->waitUntilServing();
    QVERIFY2(m_port != 0, qPrintable(m_server->out() + m_server->err()));
    static const QRegularExpression key(QStringLiteral(R"(\?key=([A-Za-z0-9_-]{22})\b)"));
    const auto m = key.match(m_server->out());
    QVERIFY2(m.hasMatch(), qPrintable(m_server->out()));
    m_key = m.captured(1);
    // The phone's way in is among the network URLs, with the key.
    QVERIFY2(m_server->out().contains(url(QStringLiteral("/?key=") + m_key)), qPrintable(m_server->out()));
}

void tst_Phone::cleanupTestCase()
{
    if (m_server)
        QCOMPARE(m_server->stopWith(SIGINT), 0);
    m_server.reset();
    m_phone.reset(); // down, even when a test failed
}

void tst_Phone::withoutKeyThePhoneIsToldToScan()
{
    for (const QString &target : {QStringLiteral("/"), QStringLiteral("/notes.txt"), QStringLiteral("/?zip")}) {
        const QList<WireResponse> r = responses(m_phone->curl({url(target)}));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 401);
        QVERIFY(r[0].body.contains("Scan the QR code"));
        QVERIFY(!r[0].body.contains("some notes"));
        QVERIFY(!r[0].header("WWW-Authenticate").isEmpty());
        QCOMPARE(r[0].header("Cache-Control"), QByteArray("no-store"));
    }
    // HEAD as GET.
    QList<WireResponse> r = responses(m_phone->curl({QStringLiteral("-I"), url(QStringLiteral("/notes.txt"))}), {true});
    QCOMPARE(r.value(0).status, 401);
    // A guess is no better.
    QString guess = m_key;
    guess[0] = guess[0] == u'x' ? u'y' : u'x';
    r = responses(m_phone->curl({url(QStringLiteral("/?key=") + guess)}));
    QCOMPARE(r.value(0).status, 401);

    // This computer needs no key (over loopback).
    const ToolRun local = runTool(QStringLiteral("curl"),
                                  {QStringLiteral("-sS"), QStringLiteral("--noproxy"), QStringLiteral("*"),
                                   QStringLiteral("--max-time"), QStringLiteral("10"),
                                   QStringLiteral("http://127.0.0.1:%1/notes.txt").arg(m_port)});
    QCOMPARE(local.out, QByteArray("some notes\n"));
}

void tst_Phone::keyBecomesACookie()
{
    const QString jar = m_jars.filePath(QStringLiteral("cookie-step-by-step"));
    QList<WireResponse> r = responses(m_phone->curl(
        {QStringLiteral("-c"), jar, url(QStringLiteral("/notes.txt?v=1&key=") + m_key + QStringLiteral("&w=%2F"))}));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 303);
    QCOMPARE(r[0].header("Location"), QByteArray("/notes.txt?v=1&w=%2F"));
    const QByteArray cookie = r[0].header("Set-Cookie");
    QCOMPARE(cookie,
             QByteArray("servery_key_" + QByteArray::number(m_port) + '=' + m_key.toLatin1()
                        + "; Path=/; HttpOnly; SameSite=Lax"));

    // The cookie alone opens the folder now.
    r = responses(m_phone->curl({QStringLiteral("-b"), jar, url(QStringLiteral("/notes.txt"))}));
    QCOMPARE(r.value(0).status, 200);
    QCOMPARE(r.value(0).body, QByteArray("some notes\n"));
    r = responses(m_phone->curl({QStringLiteral("-b"), jar, url(QStringLiteral("/"))}));
    QCOMPARE(r.value(0).status, 200);
    QVERIFY(r.value(0).body.contains("<h1>Hi</h1>"));

    // As a phone's browser does it: one tap, the redirect followed with the
    // cookie, the key gone from the address.
    const QString fresh = m_jars.filePath(QStringLiteral("cookie-one-tap"));
    const ToolRun run = m_phone->curl({QStringLiteral("-L"), QStringLiteral("-c"), fresh, QStringLiteral("-b"), fresh,
                                       QStringLiteral("-w"), QStringLiteral("\n%{url_effective}"),
                                       url(QStringLiteral("/?key=") + m_key)});
    QVERIFY2(run.out.endsWith(url(QStringLiteral("/")).toUtf8()), run.out.constData());
    r = responses(run);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 303);
    QCOMPARE(r[1].status, 200);
    QVERIFY(r[1].body.contains("<h1>Hi</h1>"));
}

void tst_Phone::liveReloadWorksThroughTheKey()
{
    // Without the key, nothing of live reload either.
    QList<WireResponse> r = responses(m_phone->curl({url(QStringLiteral("/__servery/live.js"))}));
    QCOMPARE(r.value(0).status, 401);

    const QString jar = m_jars.filePath(QStringLiteral("cookie-live"));
    r = responses(m_phone->curl({QStringLiteral("-L"), QStringLiteral("-c"), jar, QStringLiteral("-b"), jar,
                                 url(QStringLiteral("/?key=") + m_key)}));
    QCOMPARE(r.value(1).status, 200);
    QVERIFY(r.value(1).body.contains("<script src=\"/__servery/live.js\"></script>"));
    r = responses(m_phone->curl({QStringLiteral("-b"), jar, url(QStringLiteral("/__servery/live.js"))}));
    QCOMPARE(r.value(0).status, 200);
    QVERIFY(r.value(0).body.contains("EventSource"));

    // The event stream stays open: curl gives up after its time, with the
    // hello event received.
    const ToolRun events = m_phone->curl({QStringLiteral("-b"), jar, QStringLiteral("-N"), QStringLiteral("--max-time"),
                                          QStringLiteral("2"), url(QStringLiteral("/__servery/events"))});
    QVERIFY2(events.out.contains("Content-Type: text/event-stream"), events.out.constData());
    QVERIFY2(events.out.contains("event: hello"), events.out.constData());

    // A console error from the phone's page reaches this computer's terminal.
    r = responses(
        m_phone->curl({QStringLiteral("-b"), jar, QStringLiteral("-H"),
                       QStringLiteral("Content-Type: application/json"), QStringLiteral("--data"),
                       QStringLiteral(R"({"level":"error","message":"thrown on the phone","page":"x","line":3})"),
                       url(QStringLiteral("/__servery/console"))}));
    QCOMPARE(r.value(0).status, 204);
    QVERIFY2(m_server->waitForErrorOutput(
                 QStringLiteral("console.error from %1: thrown on the phone").arg(m_phone->phoneAddress).toUtf8()),
             qPrintable(m_server->err()));
}

void tst_Phone::qrCodeReachesThePhone()
{
    QString error;
    const QString decoded = decodeTerminalQr(findTerminalQr(m_server->out()), /*lightIsDrawn=*/true, &error);
    QVERIFY2(!decoded.isEmpty(), qPrintable(error + u'\n' + m_server->out()));
    const QUrl qr(decoded);
    QCOMPARE(qr.query(), QStringLiteral("key=") + m_key);
    QCOMPARE(qr.port(), int(m_port));

    // Which address NetworkAddresses put in the code, among those printed.
    const QList<ServedUrl> urls = servedUrls({QHostAddress(QHostAddress::Any)}, m_port, currentInterfaceAddresses());
    QStringList candidates;
    for (const ServedUrl &u : urls) {
        if (!u.thisComputerOnly)
            candidates << u.url + QStringLiteral(" (") + u.interfaceLabel
                    + (u.isVirtual ? QStringLiteral(", virtual)") : QStringLiteral(")"));
    }
    qInfo("QR code: %s; phone's way in: %s; candidates, best first: %s", qPrintable(decoded),
          qPrintable(m_phone->hostAddress), qPrintable(candidates.join(QStringLiteral(", "))));
    if (qr.host() != m_phone->hostAddress)
        QSKIP(
            qPrintable(QStringLiteral("The QR code shows %1, which ranks above the pretend phone's veth address %2 on "
                                      "this machine; a phone on that network would use it, this one can't.")
                           .arg(qr.host(), m_phone->hostAddress)));

    // Scanned: the browser opens it, follows the redirect with the cookie.
    const QString jar = m_jars.filePath(QStringLiteral("cookie-qr"));
    const QList<WireResponse> r = responses(
        m_phone->curl({QStringLiteral("-L"), QStringLiteral("-c"), jar, QStringLiteral("-b"), jar, decoded}));
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 303);
    QCOMPARE(r[1].status, 200);
    QVERIFY(r[1].body.contains("<h1>Hi</h1>"));
}

void tst_Phone::otherHostNamesNeedAllowHost()
{
    // A name that points at this machine but isn't its own (what DNS
    // rebinding makes of an attacker's site): refused before the key is
    // even looked at.
    const QString name = QStringLiteral("photos.example");
    const QString resolve = QStringLiteral("%1:%2:%3").arg(name).arg(m_port).arg(m_phone->hostAddress);
    QList<WireResponse> r
        = responses(m_phone->curl({QStringLiteral("--resolve"), resolve,
                                   QStringLiteral("http://%1:%2/?key=%3").arg(name).arg(m_port).arg(m_key)}));
    QCOMPARE(r.value(0).status, 403);
    QVERIFY2(r.value(0).body.contains("--allow-host photos.example"), r.value(0).body.constData());
    QVERIFY(r.value(0).header("Set-Cookie").isEmpty());

    // Allowed, the name works like the address: the key, then the cookie.
    ServeryProcess allowing({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                             QStringLiteral("-q"), QStringLiteral("--allow-host"), name});
    const quint16 port = allowing.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(allowing.out() + allowing.err()));
    static const QRegularExpression keyIn(QStringLiteral(R"(\?key=([A-Za-z0-9_-]{22})\b)"));
    const QString key = keyIn.match(allowing.out()).captured(1);
    QVERIFY(!key.isEmpty());
    const QString named = QStringLiteral("%1:%2:%3").arg(name).arg(port).arg(m_phone->hostAddress);
    r = responses(
        m_phone->curl({QStringLiteral("--resolve"), named, QStringLiteral("http://%1:%2/").arg(name).arg(port)}));
    QCOMPARE(r.value(0).status, 401);
    const QString jar = m_jars.filePath(QStringLiteral("cookie-named"));
    r = responses(m_phone->curl({QStringLiteral("--resolve"), named, QStringLiteral("-L"), QStringLiteral("-c"), jar,
                                 QStringLiteral("-b"), jar,
                                 QStringLiteral("http://%1:%2/notes.txt?key=%3").arg(name).arg(port).arg(key)}));
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 303);
    QCOMPARE(r[1].status, 200);
    QCOMPARE(r[1].body, QByteArray("some notes\n"));
    // Another name is still refused.
    r = responses(
        m_phone->curl({QStringLiteral("-H"), QStringLiteral("Host: evil.example"), url(QStringLiteral("/"), port)}));
    QCOMPARE(r.value(0).status, 403);
    QCOMPARE(allowing.stopWith(SIGINT), 0);
}

QTEST_GUILESS_MAIN(tst_Phone)
#include "tst_phone.moc"
