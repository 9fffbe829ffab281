#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

namespace Servery::Test {

// A small W3C WebDriver client (https://www.w3.org/TR/webdriver2/) for
// chromedriver, the Debian package chromium-driver: it starts chromedriver
// on a free port, opens one session of headless Chromium and sends commands
// as HTTP/JSON. Every command waits for its answer on the reply's signal,
// bounded by a deadline; waiting for the page happens inside the page
// (waitFor()), never by polling from here.
class WebDriver {
public:
    // What a command answered: its "value", or what went wrong (WebDriver's
    // error code and message, a timeout, or chromedriver's own output).
    struct Result {
        bool ok = false;
        QJsonValue value;
        QString error;

        explicit operator bool() const { return ok; }
        QString string() const { return value.toString(); }
    };

    WebDriver();
    ~WebDriver(); // ends the session and chromedriver
    WebDriver(const WebDriver &) = delete;
    WebDriver &operator=(const WebDriver &) = delete;

    // Paths of the programs, or empty when they are not installed.
    static QString chromedriverPath();
    static QString chromiumPath();

    // Starts chromedriver and a headless Chromium session; `chromeOptions`
    // is merged into "goog:chromeOptions" (e.g. "mobileEmulation"), `args`
    // are added to Chromium's command line.
    Result start(const QJsonObject &chromeOptions = {}, const QStringList &args = {});

    Result navigate(const QString &url);
    Result back();
    Result currentUrl();
    // Runs `script` (a function body; its arguments in `arguments`) and
    // returns what it returns. Elements go in and out as element references
    // (element()).
    Result execute(const QString &script, const QJsonArray &args = {});
    // Runs `script` asynchronously: it answers by calling its last argument.
    Result executeAsync(const QString &script, const QJsonArray &args = {}, int timeoutMs = 10000);
    // Waits until the JavaScript expression `condition` is true in the page,
    // checked at every animation frame and after every change to the DOM,
    // at most `timeoutMs`; when the page is left meanwhile (a link, a
    // reload), the wait goes on in the next one. The answer's value is the
    // expression `describe` evaluated at the end (for messages and further
    // checks).
    Result waitFor(const QString &condition, int timeoutMs = 10000, const QString &describe = {});
    // The browser's console since the last call (chromedriver's log
    // endpoint): an array of {level, message, timestamp}.
    Result browserLog();

    // The first element matching the CSS selector: its element id.
    Result findElement(const QString &css);
    Result click(const QString &elementId);
    Result sendKeys(const QString &elementId, const QString &text);
    Result clear(const QString &elementId);
    // W3C actions (pointer, key), then released.
    Result performActions(const QJsonArray &actions);
    // Chromium's network emulation (chromedriver's own command): the
    // browser offline, or its uploads throttled to `uploadBytesPerSecond`
    // (-1: not throttled). Pages see navigator.onLine and its events.
    Result setNetworkConditions(bool offline, int uploadBytesPerSecond = -1);
    // Back to the real network; nothing to do when none was set.
    Result resetNetworkConditions();
    // A PNG of the viewport, or empty with `error` set.
    QByteArray screenshot(QString *error = nullptr);

    // The reference to pass an element to execute().
    static QJsonObject element(const QString &elementId);
    // One finger from `from` to `to` (CSS pixels of the viewport) in
    // `steps` moves: a swipe.
    static QJsonArray swipe(QPointF from, QPointF to, int steps = 8);

    // What chromedriver printed (for failure messages).
    QString driverLog();

private:
    Result command(const QByteArray &method, const QString &path, const QJsonObject &body = {}, int timeoutMs = 30000);
    Result sessionCommand(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                          int timeoutMs = 30000);

    QNetworkAccessManager m_network;
    QProcess m_driver;
    QByteArray m_driverOutput;
    QUrl m_base;
    QString m_session;
    bool m_networkEmulated = false;
};

} // namespace Servery::Test
