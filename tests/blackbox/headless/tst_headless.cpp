// Black-box tests: the real `servery` binary, run headless, driven by curl.
// Nothing here links the engine except to compute which URL the QR code
// should show; every request goes over loopback.

#include "QrDecode.h"
#include "RawHttpClient.h"
#include "ServeryProcess.h"

#include "server/net/NetworkAddresses.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace Servery;
using namespace Servery::Test;

namespace {

using Headless = Servery::Test::ServeryProcess;

ToolRun curl(const QStringList &args)
{
    return runTool(QStringLiteral("curl"),
                   QStringList {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("20")} + args);
}

QString url(quint16 port, const QString &path, const QString &host = QStringLiteral("127.0.0.1"))
{
    return QStringLiteral("http://%1:%2%3").arg(host).arg(port).arg(path);
}

} // namespace

class tst_Headless : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void servesFilesToCurl();
    void keepAliveIsReused();
    void traversalNeverLeaksFiles_data();
    void traversalNeverLeaksFiles();
    void accessLogIsCombinedLogFormat();
    void accessLogFileAndQuiet();
    void signalsStopGracefully_data();
    void signalsStopGracefully();
    void hangupLetsDownloadsFinish();
    void accessLogWriteErrorsAreReportedOnce();
    void unsupportedVersionIsLoggedAsSent();
    void servesCurrentFolderByDefault();
    void qrCodeShowsBestNetworkUrl();
    void localOnlyHasNoQrCode();
    void keyCanBePinnedOrTurnedOff();
    void noDisplayFallsBackToHeadless();
    void busyPortExits1();
    void missingFolderExits1();
    void usageErrorsExit2_data();
    void usageErrorsExit2();
    void helpAndVersion();

private:
    QTemporaryDir m_site;
    QByteArray m_binary;
};

void tst_Headless::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(),
             "curl is missing; scripts/bootstrap installs it");
    QVERIFY(QFileInfo::exists(QStringLiteral(SERVERY_BINARY)));
    QDir dir(m_site.path());
    auto write = [&](const QString &name, const QByteArray &content) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    write(QStringLiteral("index.html"), "<!doctype html><title>t</title><h1>Hi</h1>");
    write(QStringLiteral("notes.txt"), "some notes\n");
    write(QStringLiteral(".secret"), "hidden");
    m_binary.resize(300 * 1024);
    for (qsizetype i = 0; i < m_binary.size(); ++i)
        m_binary[i] = char((i * 7919) % 251);
    write(QStringLiteral("data/blob.bin"), m_binary);
    QByteArray big(24 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char('a' + i % 23);
    write(QStringLiteral("data/big.bin"), big);
}

void tst_Headless::servesFilesToCurl()
{
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out()));

    ToolRun r = curl({url(port, QStringLiteral("/data/blob.bin"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, m_binary);

    r = curl({QStringLiteral("-I"), url(port, QStringLiteral("/notes.txt"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(r.out.contains("Content-Length: 11\r\n"));
    QVERIFY(r.out.contains("Content-Type: text/plain; charset=utf-8\r\n"));

    r = curl({QStringLiteral("--http1.0"), QStringLiteral("-i"), url(port, QStringLiteral("/"))});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Connection: close\r\n"));
    // Preview mode puts live reload's script into pages.
    QVERIFY(r.out.endsWith("<h1>Hi</h1><script src=\"/__servery/live.js\"></script>"));

    r = curl({QStringLiteral("-g"), url(port, QStringLiteral("/notes.txt"), QStringLiteral("[::1]"))});
    QCOMPARE(r.out, QByteArray("some notes\n"));

    r = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
              url(port, QStringLiteral("/nope"))});
    QCOMPARE(r.out, QByteArray("404"));

    r = curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"), QStringLiteral("%{http_code}"),
              url(port, QStringLiteral("/.secret"))});
    QCOMPARE(r.out, QByteArray("404"));

    QCOMPARE(s.stopWith(SIGINT), 0);
}

void tst_Headless::keepAliveIsReused()
{
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("-p"), QStringLiteral("0"),
                QStringLiteral("-l"), QStringLiteral("--quiet")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    // One curl, three URLs: curl reuses the connection when the server keeps
    // it open, and says so on stderr with -v.
    const ToolRun r = curl({QStringLiteral("-v"), url(port, QStringLiteral("/notes.txt")),
                            url(port, QStringLiteral("/notes.txt")), url(port, QStringLiteral("/"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QByteArray("some notes\nsome notes\n<!doctype html><title>t</title><h1>Hi</h1>"
                        "<script src=\"/__servery/live.js\"></script>"));
    QCOMPARE(r.err.count("Re-using existing connection"), 2);
    QCOMPARE(s.stopWith(SIGTERM), 0);
}

void tst_Headless::traversalNeverLeaksFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("dot-dot") << QStringLiteral("/../../../../etc/passwd");
    QTest::newRow("encoded dot-dot") << QStringLiteral("/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
    QTest::newRow("encoded slash") << QStringLiteral("/..%2f..%2f..%2fetc/passwd");
    QTest::newRow("double-encoded") << QStringLiteral("/%252e%252e/%252e%252e/etc/passwd");
    QTest::newRow("overlong UTF-8 dot") << QStringLiteral("/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd");
    QTest::newRow("backslashes") << QStringLiteral("/..\\..\\..\\etc\\passwd");
    QTest::newRow("absolute path in segment") << QStringLiteral("//etc/passwd");
    QTest::newRow("NUL") << QStringLiteral("/notes.txt%00/../../etc/passwd");
}

void tst_Headless::traversalNeverLeaksFiles()
{
    QFETCH(QString, path);
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port=0"), QStringLiteral("--local-only"),
                QStringLiteral("-q")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    const ToolRun r = curl(
        {QStringLiteral("--path-as-is"), QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), url(port, path)});
    QCOMPARE(r.exitCode, 0);
    const int status = r.out.mid(r.out.lastIndexOf('\n') + 1).toInt();
    QVERIFY2(status == 400 || status == 404, qPrintable(QString::number(status)));
    QVERIFY(!r.out.contains("root:"));
    QVERIFY(!r.out.contains(m_site.path().toUtf8()));
    QCOMPARE(s.stopWith(SIGINT), 0);
}

void tst_Headless::accessLogIsCombinedLogFormat()
{
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    QCOMPARE(curl({QStringLiteral("-A"), QStringLiteral("Agent/1.0"), QStringLiteral("-e"),
                   QStringLiteral("http://ref.example/"), url(port, QStringLiteral("/notes.txt?q=1"))})
                 .exitCode,
             0);
    QCOMPARE(curl({QStringLiteral("-o"), QStringLiteral("/dev/null"), url(port, QStringLiteral("/missing"))}).exitCode,
             0);
    QVERIFY(s.waitForOutput("/missing"));
    QCOMPARE(s.stopWith(SIGINT), 0);

    static const QRegularExpression ok(
        QStringLiteral(
            R"(^127\.0\.0\.1 - - \[\d{2}/[A-Z][a-z]{2}/\d{4}:\d{2}:\d{2}:\d{2} [+-]\d{4}\] "GET /notes\.txt\?q=1 HTTP/1\.1" 200 11 "http://ref\.example/" "Agent/1\.0"$)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression missing(
        QStringLiteral(R"(^127\.0\.0\.1 - - \[[^\]]+\] "GET /missing HTTP/1\.1" 404 \d+ "-" "curl/[^"]+"$)"),
        QRegularExpression::MultilineOption);
    QVERIFY2(ok.match(s.out()).hasMatch(), qPrintable(s.out()));
    QVERIFY2(missing.match(s.out()).hasMatch(), qPrintable(s.out()));
    QVERIFY(s.err().contains(QStringLiteral("Stopped.")));
}

void tst_Headless::accessLogFileAndQuiet()
{
    QTemporaryDir logs;
    const QString logPath = logs.filePath(QStringLiteral("access.log"));
    {
        Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--local-only"), QStringLiteral("--access-log"), logPath});
        const quint16 port = s.waitUntilServing();
        QVERIFY(port != 0);
        QCOMPARE(curl({url(port, QStringLiteral("/notes.txt"))}).exitCode, 0);
        QCOMPARE(s.stopWith(SIGINT), 0);
        QVERIFY2(!s.out().contains(QStringLiteral("GET /notes.txt")), "the log went to the file, not stdout");
    }
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray lines = log.readAll();
    QCOMPARE(lines.count('\n'), 1);
    QVERIFY(lines.contains("\"GET /notes.txt HTTP/1.1\" 200 11 "));

    Headless quiet({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("--local-only"), QStringLiteral("--quiet")});
    const quint16 port = quiet.waitUntilServing();
    QVERIFY(port != 0);
    QCOMPARE(curl({url(port, QStringLiteral("/notes.txt"))}).out, QByteArray("some notes\n"));
    // A graceful stop hands over every record, so had there been a log
    // line, it would be in stdout by the time the process exits.
    QCOMPARE(quiet.stopWith(SIGINT), 0);
    QVERIFY(!quiet.out().contains(QStringLiteral("GET /notes.txt")));
}

void tst_Headless::signalsStopGracefully_data()
{
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void tst_Headless::signalsStopGracefully()
{
    QFETCH(int, sig);
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    QCOMPARE(s.stopWith(sig), 0);
    QVERIFY(s.err().contains(QStringLiteral("Stopping")));
    QVERIFY(s.err().contains(QStringLiteral("Stopped.")));
    // Nothing listens any more.
    const ToolRun r = curl({url(port, QStringLiteral("/"))});
    QCOMPARE(r.exitCode, 7); // curl: failed to connect
}

void tst_Headless::hangupLetsDownloadsFinish()
{
    // Closing the terminal sends SIGHUP. It stops like Ctrl+C does: the
    // download under way finishes, then Servery exits 0.
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);

    RawHttpClient client;
    client.socket().setReadBufferSize(64 * 1024); // a slow reader: the download stays in flight
    QVERIFY(client.connectTo(port));
    client.send("GET /data/big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n");
    QVERIFY(client.waitForBytes(64 * 1024));
    s.sendSignal(SIGHUP);

    client.socket().setReadBufferSize(0);
    const QList<WireResponse> r = client.readResponses(1, {}, std::chrono::seconds(20));
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].body.size(), 24 * 1024 * 1024);
    // The head went out before the stop; the connection closes after the body.
    QVERIFY(client.waitForClose());
    QCOMPARE(s.waitForExit(), 0);
    QVERIFY(s.err().contains(QStringLiteral("Stopping")));
    QVERIFY(s.err().contains(QStringLiteral("Stopped.")));
    QVERIFY(s.out().contains(QStringLiteral("\"GET /data/big.bin HTTP/1.1\" 200 25165824")));
}

void tst_Headless::accessLogWriteErrorsAreReportedOnce()
{
    // A log that cannot be written (a full disk) does not stop the server,
    // and is not silent either: said once, and every lost line counted.
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only"), QStringLiteral("--access-log"), QStringLiteral("/dev/full")});
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.err()));
    for (int i = 0; i < 3; ++i) {
        // One request at a time, each answered (and logged) before the next.
        const ToolRun r = curl({url(port, QStringLiteral("/notes.txt"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("some notes\n"));
    }
    QCOMPARE(s.stopWith(SIGTERM), 0);
    const QString err = s.err();
    QCOMPARE(err.count(QStringLiteral("cannot write the access log to /dev/full")), 1);
    QVERIFY2(err.contains(QStringLiteral("No space left on device")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("Stopped. 3 access log lines could not be written.")), qPrintable(err));
}

void tst_Headless::unsupportedVersionIsLoggedAsSent()
{
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    RawHttpClient client;
    QVERIFY(client.connectTo(port));
    client.send("GET /notes.txt HTTP/1.2\r\nHost: t\r\n\r\n");
    QVERIFY(client.waitForClose());
    QCOMPARE(parseResponses(client.received(), {}, true).value(0).status, 505);
    QCOMPARE(s.stopWith(SIGINT), 0);
    QVERIFY2(s.out().contains(QStringLiteral("\"GET /notes.txt HTTP/1.2\" 505")), qPrintable(s.out()));
}

void tst_Headless::servesCurrentFolderByDefault()
{
    Headless s(
        {QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--local-only")},
        m_site.path());
    const quint16 port = s.waitUntilServing();
    QVERIFY(port != 0);
    QVERIFY(s.out().contains(QDir::toNativeSeparators(QDir(m_site.path()).canonicalPath()))
            || s.out().contains(QDir::toNativeSeparators(m_site.path())));
    QCOMPARE(curl({url(port, QStringLiteral("/notes.txt"))}).out, QByteArray("some notes\n"));
    QCOMPARE(s.stopWith(SIGINT), 0);
}

void tst_Headless::qrCodeShowsBestNetworkUrl()
{
    // Listening on every interface (nothing is sent to them: the QR code is
    // only decoded, and requests stay on loopback).
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("-q")});
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out()));

    const QList<ServedUrl> urls = servedUrls({QHostAddress(QHostAddress::Any)}, port, currentInterfaceAddresses());
    for (const ServedUrl &u : urls)
        QVERIFY2(s.out().contains(u.url), qPrintable(u.url + QStringLiteral(" missing from:\n") + s.out()));

    const QStringList block = findTerminalQr(s.out());
    if (const ServedUrl *best = bestShareUrl(urls)) {
        QVERIFY2(!block.isEmpty(), qPrintable(s.out()));
        QString error;
        const QString decoded = decodeTerminalQr(block, /*lightIsDrawn=*/true, &error);
        QVERIFY2(!decoded.isEmpty(), qPrintable(error));
        // The code carries a fresh access key: 128 random bits, base64url.
        QVERIFY2(decoded.startsWith(best->url + QStringLiteral("?key=")), qPrintable(decoded));
        static const QRegularExpression key(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
        QVERIFY2(key.match(decoded.mid(best->url.size() + 5)).hasMatch(), qPrintable(decoded));
        QVERIFY(s.out().contains(QStringLiteral("Scan with a phone on the same network to open ") + decoded));
        // Every network URL carries it; this computer's don't need it.
        for (const ServedUrl &u : urls)
            QVERIFY(s.out().contains(u.thisComputerOnly ? QString(u.url + u'\n')
                                                        : QString(u.url + decoded.mid(best->url.size()))));
    } else {
        // This machine has no usable network address: the honest answer is
        // no code at all.
        QVERIFY(block.isEmpty());
        QVERIFY(s.out().contains(QStringLiteral("so there is no QR code")));
    }
    QCOMPARE(curl({url(port, QStringLiteral("/notes.txt"))}).out, QByteArray("some notes\n"));
    QCOMPARE(s.stopWith(SIGINT), 0);
}

void tst_Headless::localOnlyHasNoQrCode()
{
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("--local-only")});
    QVERIFY(s.waitUntilServing() != 0);
    QVERIFY(findTerminalQr(s.out()).isEmpty());
    QVERIFY(s.out().contains(QStringLiteral("Only this computer can connect")));
    QVERIFY(!s.out().contains(QStringLiteral("Your network:")));
    QCOMPARE(s.stopWith(SIGINT), 0);
}

void tst_Headless::keyCanBePinnedOrTurnedOff()
{
    const QString pinned = QStringLiteral("my-own.key_12345");
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                QStringLiteral("-q"), QStringLiteral("--key"), pinned});
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out()));
    const QList<ServedUrl> urls = servedUrls({QHostAddress(QHostAddress::Any)}, port, currentInterfaceAddresses());
    if (const ServedUrl *best = bestShareUrl(urls)) {
        QString error;
        const QString decoded = decodeTerminalQr(findTerminalQr(s.out()), /*lightIsDrawn=*/true, &error);
        QCOMPARE(decoded, best->url + QStringLiteral("?key=") + pinned);
    }
    QVERIFY(!s.out().contains(QStringLiteral("Warning")));
    QCOMPARE(s.stopWith(SIGINT), 0);

    Headless open({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("-q"), QStringLiteral("--no-key")});
    QVERIFY2(open.waitUntilServing() != 0, qPrintable(open.out()));
    QCOMPARE(open.out().count(QStringLiteral("Warning: anyone on your network can open this folder")), 1);
    QVERIFY(!open.out().contains(QStringLiteral("key=")));
    QCOMPARE(open.stopWith(SIGINT), 0);

    // Only this computer can connect: nothing to warn about.
    Headless local({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                    QStringLiteral("-q"), QStringLiteral("--no-key"), QStringLiteral("--local-only")});
    QVERIFY(local.waitUntilServing() != 0);
    QVERIFY(!local.out().contains(QStringLiteral("Warning")));
    QCOMPARE(local.stopWith(SIGINT), 0);
}

void tst_Headless::noDisplayFallsBackToHeadless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    Headless s({m_site.path(), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--local-only")}, {}, env);
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out()));
    QCOMPARE(curl({url(port, QStringLiteral("/notes.txt"))}).out, QByteArray("some notes\n"));
    QCOMPARE(s.stopWith(SIGINT), 0);
    QVERIFY(s.err().contains(QStringLiteral("no display found, so running headless")));
}

void tst_Headless::busyPortExits1()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Headless s({m_site.path(), QStringLiteral("--headless"), QStringLiteral("--port"),
                QString::number(squatter.serverPort()), QStringLiteral("--bind"), QStringLiteral("127.0.0.1")});
    QCOMPARE(s.waitForExit(), 1);
    QVERIFY2(s.err().contains(QStringLiteral("Port %1 is already in use").arg(squatter.serverPort())),
             qPrintable(s.err()));
    QVERIFY(s.err().contains(QStringLiteral("--port 0")));
    QCOMPARE(s.err().count(u'\n'), 1); // one line
}

void tst_Headless::missingFolderExits1()
{
    const QString missing = m_site.filePath(QStringLiteral("no/such/folder"));
    Headless s(
        {missing, QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("-l")});
    QCOMPARE(s.waitForExit(), 1);
    QVERIFY2(s.err().contains(QStringLiteral("does not exist")), qPrintable(s.err()));
    QVERIFY(s.err().contains(missing));
}

void tst_Headless::usageErrorsExit2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("port not a number") << QStringList {QStringLiteral("--port"), QStringLiteral("abc")};
    QTest::newRow("port too large") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
    QTest::newRow("bad bind address") << QStringList {QStringLiteral("--bind"), QStringLiteral("not-an-ip")};
    QTest::newRow("two folders") << QStringList {QStringLiteral("a"), QStringLiteral("b")};
}

void tst_Headless::usageErrorsExit2()
{
    QFETCH(QStringList, args);
    Headless s(args + QStringList {QStringLiteral("--headless")});
    QCOMPARE(s.waitForExit(), 2);
    QVERIFY(s.err().startsWith(QStringLiteral("servery: ")));
    QVERIFY(s.err().contains(QStringLiteral("Try 'servery --help'")));
    QVERIFY(s.out().isEmpty());
}

void tst_Headless::helpAndVersion()
{
    Headless help({QStringLiteral("--help")});
    QCOMPARE(help.waitForExit(), 0);
    for (const char *option :
         {"--port", "--bind", "--local-only", "--headless", "--access-log", "--quiet", "--version"})
        QVERIFY2(help.out().contains(QLatin1StringView(option)), option);

    Headless version({QStringLiteral("--version")});
    QCOMPARE(version.waitForExit(), 0);
    QCOMPARE(version.out(), QStringLiteral("Servery " SERVERY_VERSION "\n"));
}

QTEST_GUILESS_MAIN(tst_Headless)
#include "tst_headless.moc"
