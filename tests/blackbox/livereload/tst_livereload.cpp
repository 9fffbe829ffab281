// Live reload in a real browser: headless Chromium, driven through
// chromedriver, opens pages of the real binary while the test changes files
// on disk. A stylesheet change must show without a navigation, an HTML
// change must reload the page, an error thrown in the page must reach the
// terminal, a page with a CSP nonce must still get the script, and a page
// must find its way back after the server restarts. The time from each
// save to the page updated is measured (printed, never asserted).

#include "ServeryProcess.h"
#include "WebDriver.h"

#include <QtTest>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>

using Servery::Test::ServeryProcess;
using Servery::Test::WebDriver;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    // Written in place, as most editors' plain save does.
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush();
}

// Saved the way many editors do: a temporary file renamed over the old one.
bool saveAtomically(const QString &path, const QByteArray &bytes)
{
    const QString temporary = path + QStringLiteral(".tmp");
    return writeFile(temporary, bytes)
        && ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) == 0;
}

QByteArray page(const QByteArray &heading)
{
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Live</title>\n"
           "<link rel=\"stylesheet\" href=\"css/site.css\"></head>\n"
           "<body><h1 id=\"title\">"
        + heading + "</h1><p>A page being edited.</p></body></html>\n";
}

QByteArray css(int red, int green, int blue)
{
    return "body { font: 20px sans-serif; margin: 40px; }\nh1 { color: rgb(" + QByteArray::number(red) + ", "
        + QByteArray::number(green) + ", " + QByteArray::number(blue) + "); }\n";
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

} // namespace

class tst_LiveReload : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stylesheetSwapsInPlace();
    void htmlChangeReloads();
    void saveToUpdateTimes();
    void pageErrorsReachTheTerminal();
    void pageWithNonceGetsTheScript();
    void pageWithStrictPolicyIsReported();
    void pageComesBackAfterRestart();

private:
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    QString file(const QString &relative) const { return m_root.filePath(relative); }
    // Opens `path` and waits until live reload said hello.
    bool openLive(const QString &path);
    bool saveScreenshot(const QString &name);
    QStringList serverArgs(quint16 port) const
    {
        return {m_root.path(),         QStringLiteral("--headless"),   QStringLiteral("--port"),
                QString::number(port), QStringLiteral("--local-only"), QStringLiteral("--quiet")};
    }

    QTemporaryDir m_root;
    std::unique_ptr<ServeryProcess> m_servery;
    std::unique_ptr<WebDriver> m_browser;
    quint16 m_port = 0;
    QString m_failure;
};

void tst_LiveReload::initTestCase()
{
    QVERIFY2(!WebDriver::chromedriverPath().isEmpty(),
             "chromedriver is not installed: install the Debian package 'chromium-driver'");
    QVERIFY2(!WebDriver::chromiumPath().isEmpty(), "chromium is not installed: install the Debian package 'chromium'");
    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(QStringLiteral(SERVERY_ARTIFACT_DIR)));
    QVERIFY(QDir(m_root.path()).mkpath(QStringLiteral("css")));
    QVERIFY(writeFile(file(QStringLiteral("index.html")), page("Before")));
    QVERIFY(writeFile(file(QStringLiteral("css/site.css")), css(200, 0, 0)));
    QVERIFY(writeFile(file(QStringLiteral("nonce.html")),
                      "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                      "content=\"default-src 'self'; script-src 'nonce-t3st1ng'\"></head>"
                      "<body><h1>Strict but with a nonce</h1></body></html>\n"));
    QVERIFY(writeFile(file(QStringLiteral("strict.html")),
                      "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
                      "content=\"script-src 'none'\"></head><body><h1>No scripts at all</h1></body></html>\n"));

    m_servery = std::make_unique<ServeryProcess>(serverArgs(0));
    m_port = m_servery->waitUntilServing();
    QVERIFY2(m_port != 0, qPrintable(m_servery->out() + m_servery->err()));
    QVERIFY2(m_servery->out().contains(QStringLiteral("live reload")), qPrintable(m_servery->out()));

    m_browser = std::make_unique<WebDriver>();
    const WebDriver::Result started = m_browser->start({}, {QStringLiteral("--window-size=800,500")});
    QVERIFY2(started, qPrintable(started.error));
}

void tst_LiveReload::cleanupTestCase()
{
    m_browser.reset();
    if (m_servery)
        QCOMPARE(m_servery->stopWith(SIGINT), 0);
}

bool tst_LiveReload::openLive(const QString &path)
{
    const WebDriver::Result loaded = m_browser->navigate(url(path));
    if (!loaded) {
        m_failure = loaded.error;
        return false;
    }
    const WebDriver::Result hello
        = m_browser->waitFor(QStringLiteral("window.__servery && window.__servery.session !== null"), 10000,
                             QStringLiteral("document.documentElement.outerHTML"));
    if (!hello)
        m_failure = hello.error + u'\n' + hello.string();
    return bool(hello);
}

bool tst_LiveReload::saveScreenshot(const QString &name)
{
    const QByteArray png = m_browser->screenshot(&m_failure);
    if (png.isEmpty())
        return false;
    QFile f(QStringLiteral(SERVERY_ARTIFACT_DIR "/") + name);
    return f.open(QIODevice::WriteOnly) && f.write(png) == png.size();
}

void tst_LiveReload::stylesheetSwapsInPlace()
{
    QVERIFY(writeFile(file(QStringLiteral("css/site.css")), css(200, 0, 0)));
    QVERIFY2(openLive(QStringLiteral("/")), qPrintable(m_failure));
    QVERIFY(m_browser->waitFor(QStringLiteral("getComputedStyle(document.getElementById('title')).color === "
                                              "'rgb(200, 0, 0)'")));
    QVERIFY2(saveScreenshot(QStringLiteral("livereload-before-css.png")), qPrintable(m_failure));
    // A mark that a navigation would wipe out.
    QVERIFY(m_browser->execute(QStringLiteral("window.__mark = 'still here'; return true;")));

    QVERIFY(writeFile(file(QStringLiteral("css/site.css")), css(0, 0, 220)));
    const WebDriver::Result changed = m_browser->waitFor(
        QStringLiteral("getComputedStyle(document.getElementById('title')).color === 'rgb(0, 0, 220)'"), 10000,
        QStringLiteral("window.__mark"));
    QVERIFY2(changed, qPrintable(changed.error));
    QCOMPARE(changed.string(), QStringLiteral("still here")); // no navigation
    QVERIFY2(saveScreenshot(QStringLiteral("livereload-after-css.png")), qPrintable(m_failure));
}

void tst_LiveReload::htmlChangeReloads()
{
    QVERIFY(writeFile(file(QStringLiteral("index.html")), page("Before")));
    QVERIFY2(openLive(QStringLiteral("/")), qPrintable(m_failure));
    QVERIFY(m_browser->execute(QStringLiteral("window.__mark = 'old page'; return true;")));

    // Saved through a temporary file and a rename: still one reload.
    QVERIFY(saveAtomically(file(QStringLiteral("index.html")), page("After the edit")));
    const WebDriver::Result reloaded
        = m_browser->waitFor(QStringLiteral("document.getElementById('title') && "
                                            "document.getElementById('title').textContent === 'After the edit'"),
                             10000, QStringLiteral("String(window.__mark)"));
    QVERIFY2(reloaded, qPrintable(reloaded.error));
    QCOMPARE(reloaded.string(), QStringLiteral("undefined")); // a new page
    QVERIFY2(saveScreenshot(QStringLiteral("livereload-after-html.png")), qPrintable(m_failure));
}

void tst_LiveReload::saveToUpdateTimes()
{
    // From the moment the file is written (this process's clock) to the
    // moment the page shows it (the page's clock: the same machine's).
    QVERIFY2(openLive(QStringLiteral("/")), qPrintable(m_failure));
    QList<qint64> cssTimes;
    for (int i = 0; i < 20; ++i) {
        const int blue = 100 + i;
        const qint64 saved = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(writeFile(file(QStringLiteral("css/site.css")), css(0, 0, blue)));
        const WebDriver::Result shown = m_browser->waitFor(
            QStringLiteral("getComputedStyle(document.getElementById('title')).color === 'rgb(0, 0, %1)'").arg(blue),
            10000, QStringLiteral("String(Date.now())"));
        QVERIFY2(shown, qPrintable(shown.error));
        cssTimes.append(shown.string().toLongLong() - saved);
    }
    QList<qint64> htmlTimes;
    for (int i = 0; i < 20; ++i) {
        const QByteArray heading = "Edit " + QByteArray::number(i);
        const qint64 saved = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(writeFile(file(QStringLiteral("index.html")), page(heading)));
        const WebDriver::Result shown
            = m_browser->waitFor(QStringLiteral("document.getElementById('title') && "
                                                "document.getElementById('title').textContent === '%1'")
                                     .arg(QString::fromLatin1(heading)),
                                 10000, QStringLiteral("String(Date.now())"));
        QVERIFY2(shown, qPrintable(shown.error));
        htmlTimes.append(shown.string().toLongLong() - saved);
        // The reloaded page is connected again before the next save.
        QVERIFY(m_browser->waitFor(QStringLiteral("window.__servery && window.__servery.session !== null")));
    }
    const QString report = QStringLiteral("save to update, median of 20: stylesheet %1 ms (min %2, max %3), "
                                          "page reload %4 ms (min %5, max %6)\n")
                               .arg(median(cssTimes))
                               .arg(*std::min_element(cssTimes.begin(), cssTimes.end()))
                               .arg(*std::max_element(cssTimes.begin(), cssTimes.end()))
                               .arg(median(htmlTimes))
                               .arg(*std::min_element(htmlTimes.begin(), htmlTimes.end()))
                               .arg(*std::max_element(htmlTimes.begin(), htmlTimes.end()));
    qInfo("%s", qPrintable(report));
    QFile out(QStringLiteral(SERVERY_ARTIFACT_DIR "/livereload-timings.txt"));
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(report.toUtf8());
    // Every update arrived (the waits above); how fast is for people to read.
    QCOMPARE(cssTimes.size(), 20);
    QCOMPARE(htmlTimes.size(), 20);
}

void tst_LiveReload::pageErrorsReachTheTerminal()
{
    QVERIFY2(openLive(QStringLiteral("/")), qPrintable(m_failure));
    // From a script of the page itself (an error in a script the driver
    // injects is "Script error." to the page).
    QVERIFY(m_browser->execute(
        QStringLiteral("var s = document.createElement('script');"
                       "s.textContent = \"setTimeout(function () { throw new Error('kaboom from the page'); }, 0);"
                       " console.error('a console error', 42);\";"
                       "document.body.appendChild(s); return true;")));
    QVERIFY2(m_servery->waitForErrorOutput("Uncaught Error: kaboom from the page"), qPrintable(m_servery->err()));
    QVERIFY2(m_servery->waitForErrorOutput("console.error from 127.0.0.1: a console error 42"),
             qPrintable(m_servery->err()));
    // Plain console.log is not mirrored unless asked for (--console-all).
    QVERIFY(m_browser->execute(QStringLiteral("console.log('just a log line'); console.error('the marker after "
                                              "it'); return true;")));
    QVERIFY2(m_servery->waitForErrorOutput("the marker after it"), qPrintable(m_servery->err()));
    QVERIFY(!m_servery->err().contains(QStringLiteral("just a log line")));
}

void tst_LiveReload::pageWithNonceGetsTheScript()
{
    QVERIFY2(openLive(QStringLiteral("/nonce.html")), qPrintable(m_failure));
    const WebDriver::Result tag = m_browser->execute(
        QStringLiteral("return document.querySelector('script[src=\"/__servery/live.js\"]').nonce;"));
    QVERIFY2(tag, qPrintable(tag.error));
    QCOMPARE(tag.string(), QStringLiteral("t3st1ng"));
}

void tst_LiveReload::pageWithStrictPolicyIsReported()
{
    const WebDriver::Result loaded = m_browser->navigate(url(QStringLiteral("/strict.html")));
    QVERIFY2(loaded, qPrintable(loaded.error));
    const WebDriver::Result none = m_browser->execute(
        QStringLiteral("return document.querySelectorAll('script').length + ':' + typeof window.__servery;"));
    QCOMPARE(none.string(), QStringLiteral("0:undefined"));
    QVERIFY2(m_servery->waitForErrorOutput("live reload is not in /strict.html"), qPrintable(m_servery->err()));
}

void tst_LiveReload::pageComesBackAfterRestart()
{
    QVERIFY(writeFile(file(QStringLiteral("index.html")), page("Before the restart")));
    QVERIFY2(openLive(QStringLiteral("/")), qPrintable(m_failure));
    const QString session = m_browser->execute(QStringLiteral("return window.__servery.session;")).string();
    QVERIFY(!session.isEmpty());
    QVERIFY(m_browser->execute(QStringLiteral("window.__mark = 'before'; return true;")));

    QCOMPARE(m_servery->stopWith(SIGINT), 0);
    // Changed while no server ran: nobody announced it.
    QVERIFY(writeFile(file(QStringLiteral("index.html")), page("Changed while stopped")));
    m_servery = std::make_unique<ServeryProcess>(serverArgs(m_port));
    QCOMPARE(m_servery->waitUntilServing(), m_port);

    // The page retries, meets a new session, and reloads to the new text.
    const WebDriver::Result back = m_browser->waitFor(
        QStringLiteral("document.getElementById('title') && document.getElementById('title').textContent === "
                       "'Changed while stopped' && window.__servery && window.__servery.session !== null"),
        20000, QStringLiteral("window.__servery.session + ' ' + String(window.__mark)"));
    QVERIFY2(back, qPrintable(back.error));
    QVERIFY(back.string() != session + QStringLiteral(" before"));
    QVERIFY(back.string().endsWith(QStringLiteral(" undefined")));
}

QTEST_GUILESS_MAIN(tst_LiveReload)
#include "tst_livereload.moc"
