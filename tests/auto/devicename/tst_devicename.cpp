// Table tests of deviceNameFromUserAgent(): real User-Agent strings as
// browsers, phones and tools send them, and the short names the request log
// shows for them ("iPhone Safari", "Firefox on Windows", "curl").

#include "DeviceName.h"

#include <QtTest>

using namespace Servery;

class tst_DeviceName : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phonesReadAsDeviceThenBrowser_data();
    void phonesReadAsDeviceThenBrowser();
    void computersReadAsBrowserOnPlatform_data();
    void computersReadAsBrowserOnPlatform();
    void toolsAndLibraries_data();
    void toolsAndLibraries();
    void missingUserAgentGivesNoName_data();
    void missingUserAgentGivesNoName();
};

void tst_DeviceName::phonesReadAsDeviceThenBrowser_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("iphone-safari") << QByteArrayLiteral(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1")
                                   << QStringLiteral("iPhone Safari");
    QTest::newRow("iphone-chrome-crios-not-safari")
        << QByteArrayLiteral("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 "
                             "(KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1")
        << QStringLiteral("iPhone Chrome");
    QTest::newRow("ipad-safari-not-mac") << QByteArrayLiteral(
        "Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1")
                                         << QStringLiteral("iPad Safari");
    QTest::newRow("android-chrome-not-linux")
        << QByteArrayLiteral("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Mobile Safari/537.36")
        << QStringLiteral("Android Chrome");
    QTest::newRow("samsung-internet-not-chrome")
        << QByteArrayLiteral("Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S918B) AppleWebKit/537.36 "
                             "(KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36")
        << QStringLiteral("Android Samsung Internet");
    QTest::newRow("android-firefox") << QByteArrayLiteral(
        "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0")
                                     << QStringLiteral("Android Firefox");
}

void tst_DeviceName::phonesReadAsDeviceThenBrowser()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, expected);
    QCOMPARE(deviceNameFromUserAgent(userAgent), expected);
}

void tst_DeviceName::computersReadAsBrowserOnPlatform_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("firefox-windows") << QByteArrayLiteral(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:121.0) Gecko/20100101 Firefox/121.0")
                                     << QStringLiteral("Firefox on Windows");
    QTest::newRow("firefox-mac") << QByteArrayLiteral(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:121.0) Gecko/20100101 "
        "Firefox/121.0") << QStringLiteral("Firefox on Mac");
    QTest::newRow("firefox-linux") << QByteArrayLiteral(
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0")
                                   << QStringLiteral("Firefox on Linux");
    QTest::newRow("chrome-windows-not-safari")
        << QByteArrayLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Safari/537.36")
        << QStringLiteral("Chrome on Windows");
    QTest::newRow("chrome-mac") << QByteArrayLiteral(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 "
        "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36")
                                << QStringLiteral("Chrome on Mac");
    QTest::newRow("chrome-linux") << QByteArrayLiteral(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
        "Chrome/120.0.0.0 Safari/537.36")
                                  << QStringLiteral("Chrome on Linux");
    QTest::newRow("chrome-chromeos-not-linux")
        << QByteArrayLiteral("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Safari/537.36")
        << QStringLiteral("Chrome on ChromeOS");
    QTest::newRow("edge-windows-not-chrome")
        << QByteArrayLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91")
        << QStringLiteral("Edge on Windows");
    QTest::newRow("safari-mac") << QByteArrayLiteral(
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.2 Safari/605.1.15")
                                << QStringLiteral("Safari on Mac");
    QTest::newRow("opera-windows-not-chrome")
        << QByteArrayLiteral("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                             "Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0")
        << QStringLiteral("Opera on Windows");
}

void tst_DeviceName::computersReadAsBrowserOnPlatform()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, expected);
    QCOMPARE(deviceNameFromUserAgent(userAgent), expected);
}

void tst_DeviceName::toolsAndLibraries_data()
{
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<QString>("expected");

    // DeviceName.h names these two.
    QTest::newRow("curl") << QByteArrayLiteral("curl/8.5.0") << QStringLiteral("curl");
    QTest::newRow("wget-lowercase") << QByteArrayLiteral("Wget/1.21.4") << QStringLiteral("wget");
    // Human names for well-known libraries.
    QTest::newRow("python-requests") << QByteArrayLiteral("python-requests/2.31.0")
                                     << QStringLiteral("Python requests");
    QTest::newRow("okhttp") << QByteArrayLiteral("okhttp/4.12.0") << QStringLiteral("OkHttp");
    QTest::newRow("postman") << QByteArrayLiteral("PostmanRuntime/7.36.0") << QStringLiteral("Postman");
    // DeviceName.h gives Go's client as its example of the product-token
    // fallback: the name before the version.
    QTest::newRow("go-http-client-product-token")
        << QByteArrayLiteral("Go-http-client/1.1") << QStringLiteral("Go-http-client");
    QTest::newRow("unknown-tool-product-token") << QByteArrayLiteral("MyTool/1.2 (x)") << QStringLiteral("MyTool");
    QTest::newRow("surrounding-space-ignored") << QByteArrayLiteral("  curl/7.88.1 \t") << QStringLiteral("curl");
}

void tst_DeviceName::toolsAndLibraries()
{
    QFETCH(QByteArray, userAgent);
    QFETCH(QString, expected);
    QCOMPARE(deviceNameFromUserAgent(userAgent), expected);
}

void tst_DeviceName::missingUserAgentGivesNoName_data()
{
    QTest::addColumn<QByteArray>("userAgent");

    QTest::newRow("null") << QByteArray();
    QTest::newRow("empty") << QByteArrayLiteral("");
    QTest::newRow("spaces-only") << QByteArrayLiteral("   ");
    QTest::newRow("tabs-and-spaces") << QByteArrayLiteral(" \t \t");
}

void tst_DeviceName::missingUserAgentGivesNoName()
{
    QFETCH(QByteArray, userAgent);
    const QString name = deviceNameFromUserAgent(userAgent);
    QVERIFY2(name.isEmpty(), qPrintable(name));
}

QTEST_APPLESS_MAIN(tst_DeviceName)
#include "tst_devicename.moc"
