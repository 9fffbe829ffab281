#include "WebDriver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPointF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

namespace Servery::Test {

namespace {

// W3C WebDriver 12.1: how an element travels in JSON.
constexpr QLatin1StringView kElementKey("element-6066-11e4-a52e-4f735466cecf");
// What a command may take beyond its own budget (HTTP, chromedriver).
constexpr int kSlackMs = 5000;

} // namespace

WebDriver::WebDriver()
{
    // Everything stays on this machine, whatever the environment says.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
}

WebDriver::~WebDriver()
{
    if (!m_session.isEmpty())
        command("DELETE", QStringLiteral("/session/") + m_session, {}, 15000);
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000)) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
        }
    }
}

QString WebDriver::chromedriverPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
}

QString WebDriver::chromiumPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("chromium"));
}

QString WebDriver::driverLog()
{
    m_driverOutput += m_driver.readAll();
    return QString::fromUtf8(m_driverOutput);
}

WebDriver::Result WebDriver::start(const QJsonObject &chromeOptions, const QStringList &args)
{
    const QString driver = chromedriverPath();
    const QString chromium = chromiumPath();
    if (driver.isEmpty() || chromium.isEmpty())
        return {false, {}, QStringLiteral("chromedriver or chromium is not installed")};

    // Port 0: chromedriver picks a free one and says which.
    m_driver.start(driver, {QStringLiteral("--port=0")});
    if (!m_driver.waitForStarted(10000))
        return {false, {}, QStringLiteral("chromedriver did not start: ") + m_driver.errorString()};
    static const QRegularExpression started(QStringLiteral("started successfully on port (\\d+)"));
    QDeadlineTimer deadline(20000);
    QRegularExpressionMatch m;
    while (!(m = started.match(QString::fromUtf8(m_driverOutput))).hasMatch()) {
        if (deadline.hasExpired() || m_driver.state() != QProcess::Running)
            return {false, {}, QStringLiteral("chromedriver did not say its port:\n") + driverLog()};
        m_driver.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        m_driverOutput += m_driver.readAll();
    }
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)));

    QJsonArray chromeArgs = {QStringLiteral("--headless=new"),
                             QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"),
                             QStringLiteral("--disable-dev-shm-usage"),
                             QStringLiteral("--no-first-run"),
                             QStringLiteral("--disable-background-networking"),
                             QStringLiteral("--disable-component-update"),
                             QStringLiteral("--disable-sync"),
                             QStringLiteral("--disable-quic"),
                             QStringLiteral("--no-proxy-server")};
    for (const QString &arg : args)
        chromeArgs.append(arg);
    QJsonObject options = chromeOptions;
    options.insert(QStringLiteral("binary"), chromium);
    options.insert(QStringLiteral("args"), chromeArgs);
    const QJsonObject capabilities {
        {QStringLiteral("browserName"), QStringLiteral("chrome")},
        {QStringLiteral("goog:chromeOptions"), options},
        {QStringLiteral("goog:loggingPrefs"), QJsonObject {{QStringLiteral("browser"), QStringLiteral("ALL")}}},
        {QStringLiteral("pageLoadStrategy"), QStringLiteral("normal")},
        // Scripts bound their own waits (waitFor()); this only catches a
        // script that never answers.
        {QStringLiteral("timeouts"),
         QJsonObject {
             {QStringLiteral("script"), 60000}, {QStringLiteral("pageLoad"), 60000}, {QStringLiteral("implicit"), 0}}},
    };
    const Result r = command(
        "POST", QStringLiteral("/session"),
        {{QStringLiteral("capabilities"), QJsonObject {{QStringLiteral("alwaysMatch"), capabilities}}}}, 60000);
    if (!r)
        return {false, {}, r.error + QStringLiteral("\nchromedriver:\n") + driverLog()};
    m_session = r.value.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty())
        return {false,
                {},
                QStringLiteral("no session id in ") + QString::fromUtf8(QJsonDocument(r.value.toObject()).toJson())};
    return r;
}

WebDriver::Result WebDriver::command(const QByteArray &method, const QString &path, const QJsonObject &body,
                                     int timeoutMs)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    const QByteArray payload = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);

    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Result r;
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        r.error = QStringLiteral("%1 %2: no answer within %3 ms").arg(QString::fromLatin1(method), path).arg(timeoutMs);
        return r;
    }
    const QByteArray bytes = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString networkError = reply->errorString();
    reply->deleteLater();

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonValue value = doc.object().value(QStringLiteral("value"));
    if (status == 200 && parseError.error == QJsonParseError::NoError) {
        r.ok = true;
        r.value = value;
        return r;
    }
    if (status == 0) {
        r.error = QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path, networkError);
        return r;
    }
    const QJsonObject e = value.toObject();
    r.error = QStringLiteral("%1 %2: HTTP %3, %4: %5")
                  .arg(QString::fromLatin1(method), path)
                  .arg(status)
                  .arg(e.value(QStringLiteral("error")).toString(),
                       e.value(QStringLiteral("message")).toString().left(2000));
    r.value = value;
    return r;
}

WebDriver::Result WebDriver::sessionCommand(const QByteArray &method, const QString &path, const QJsonObject &body,
                                            int timeoutMs)
{
    if (m_session.isEmpty())
        return {false, {}, QStringLiteral("no session")};
    return command(method, QStringLiteral("/session/") + m_session + path, body, timeoutMs);
}

WebDriver::Result WebDriver::navigate(const QString &url)
{
    return sessionCommand("POST", QStringLiteral("/url"), {{QStringLiteral("url"), url}}, 60000 + kSlackMs);
}

WebDriver::Result WebDriver::back()
{
    return sessionCommand("POST", QStringLiteral("/back"), {}, 60000 + kSlackMs);
}

WebDriver::Result WebDriver::currentUrl()
{
    return sessionCommand("GET", QStringLiteral("/url"));
}

WebDriver::Result WebDriver::execute(const QString &script, const QJsonArray &args)
{
    return sessionCommand("POST", QStringLiteral("/execute/sync"),
                          {{QStringLiteral("script"), script}, {QStringLiteral("args"), args}});
}

WebDriver::Result WebDriver::executeAsync(const QString &script, const QJsonArray &args, int timeoutMs)
{
    return sessionCommand("POST", QStringLiteral("/execute/async"),
                          {{QStringLiteral("script"), script}, {QStringLiteral("args"), args}}, timeoutMs + kSlackMs);
}

WebDriver::Result WebDriver::waitFor(const QString &condition, int timeoutMs, const QString &describe)
{
    // The expressions are pasted into the script: the page's
    // Content-Security-Policy forbids eval(), but not the driver's scripts.
    const QString waiting = QStringLiteral(R"js(
const done = arguments[arguments.length - 1];
const deadline = performance.now() + %1;
let finished = false, observer = null;
const check = () => {
  if (finished) return true;
  let met = false;
  try { met = !!(%2); } catch (e) { met = false; }
  if (met || performance.now() > deadline) {
    finished = true;
    if (observer) observer.disconnect();
    let seen = null;
    try { seen = %3; } catch (e) { seen = 'threw: ' + e; }
    done({ met, seen });
  }
  return finished;
};
if (!check()) {
  observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  setTimeout(check, %1 + 1);
}
)js");
    const QDeadlineTimer deadline(timeoutMs);
    Result r;
    for (;;) {
        const int left = int(std::max<qint64>(1, deadline.remainingTime()));
        r = executeAsync(
            QString(waiting).arg(left).arg(condition, describe.isEmpty() ? QStringLiteral("null") : describe), {},
            left);
        // A page that goes away (a link, a reload) takes the waiting script
        // with it, and chromedriver answers at once, "script timeout" or
        // "document unloaded": the wait goes on in the page that follows.
        const bool pageLeft
            = r.error.contains(QStringLiteral("unload")) || r.error.contains(QStringLiteral("script timeout"));
        if (r || !pageLeft || deadline.hasExpired())
            break;
    }
    if (!r)
        return r;
    const QJsonObject answer = r.value.toObject();
    r.value = answer.value(QStringLiteral("seen"));
    if (!answer.value(QStringLiteral("met")).toBool()) {
        r.ok = false;
        r.error = QStringLiteral("not true within %1 ms: %2; seen: %3")
                      .arg(timeoutMs)
                      .arg(condition,
                           QString::fromUtf8(QJsonDocument(QJsonArray {r.value}).toJson(QJsonDocument::Compact)));
    }
    return r;
}

WebDriver::Result WebDriver::browserLog()
{
    return sessionCommand("POST", QStringLiteral("/se/log"), {{QStringLiteral("type"), QStringLiteral("browser")}});
}

WebDriver::Result WebDriver::findElement(const QString &css)
{
    Result r
        = sessionCommand("POST", QStringLiteral("/element"),
                         {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}});
    if (r)
        r.value = r.value.toObject().value(kElementKey);
    return r;
}

WebDriver::Result WebDriver::click(const QString &elementId)
{
    return sessionCommand("POST", QStringLiteral("/element/%1/click").arg(elementId));
}

WebDriver::Result WebDriver::sendKeys(const QString &elementId, const QString &text)
{
    return sessionCommand("POST", QStringLiteral("/element/%1/value").arg(elementId), {{QStringLiteral("text"), text}});
}

WebDriver::Result WebDriver::clear(const QString &elementId)
{
    return sessionCommand("POST", QStringLiteral("/element/%1/clear").arg(elementId));
}

WebDriver::Result WebDriver::performActions(const QJsonArray &actions)
{
    Result r = sessionCommand("POST", QStringLiteral("/actions"), {{QStringLiteral("actions"), actions}});
    const Result released = sessionCommand("DELETE", QStringLiteral("/actions"));
    return r ? released : r;
}

WebDriver::Result WebDriver::setNetworkConditions(bool offline, int uploadBytesPerSecond)
{
    const QJsonObject conditions {{QStringLiteral("offline"), offline},
                                  {QStringLiteral("latency"), 0},
                                  {QStringLiteral("download_throughput"), -1},
                                  {QStringLiteral("upload_throughput"), uploadBytesPerSecond}};
    const Result r = sessionCommand("POST", QStringLiteral("/chromium/network_conditions"),
                                    {{QStringLiteral("network_conditions"), conditions}});
    m_networkEmulated = m_networkEmulated || r.ok;
    return r;
}

WebDriver::Result WebDriver::resetNetworkConditions()
{
    if (!m_networkEmulated)
        return {true, {}, {}};
    m_networkEmulated = false;
    return sessionCommand("DELETE", QStringLiteral("/chromium/network_conditions"));
}

QByteArray WebDriver::screenshot(QString *error)
{
    const Result r = sessionCommand("GET", QStringLiteral("/screenshot"));
    if (!r) {
        if (error)
            *error = r.error;
        return {};
    }
    return QByteArray::fromBase64(r.value.toString().toLatin1());
}

QJsonObject WebDriver::element(const QString &elementId)
{
    return {{kElementKey, elementId}};
}

QJsonArray WebDriver::swipe(QPointF from, QPointF to, int steps)
{
    QJsonArray moves;
    const auto move = [](QPointF p, int duration) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("pointerMove")},
                            {QStringLiteral("duration"), duration},
                            {QStringLiteral("origin"), QStringLiteral("viewport")},
                            {QStringLiteral("x"), qRound(p.x())},
                            {QStringLiteral("y"), qRound(p.y())}};
    };
    moves.append(move(from, 0));
    moves.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("pointerDown")}, {QStringLiteral("button"), 0}});
    for (int i = 1; i <= steps; ++i)
        moves.append(move(from + (to - from) * (double(i) / steps), 16));
    moves.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("pointerUp")}, {QStringLiteral("button"), 0}});
    return {QJsonObject {
        {QStringLiteral("type"), QStringLiteral("pointer")},
        {QStringLiteral("id"), QStringLiteral("finger")},
        {QStringLiteral("parameters"), QJsonObject {{QStringLiteral("pointerType"), QStringLiteral("touch")}}},
        {QStringLiteral("actions"), moves}}};
}

} // namespace Servery::Test
