// Black-box tests with the clients people really use (STYLE.md rule 14):
// wget mirrors a folder through its listings, curl resumes a download, and
// headless Chromium loads a small static site. Each drives the real
// `servery` binary, and every request stays on 127.0.0.1 (--local-only, and
// every client is told to bypass any proxy).
//
// A missing client is a failure naming its Debian package, never a skip:
// scripts/bootstrap installs all three.

#include "ServeryProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#ifdef SERVERY_TEST_HAS_QTGUI
#include <QImage>
#endif

#include <csignal>

namespace {

using Headless = Servery::Test::ServeryProcess;

using Run = Servery::Test::ToolRun;
const auto run = Servery::Test::runTool;

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

// Deterministic bytes covering all 256 values, with no short period.
QByteArray pseudoRandomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        bytes[i] = char(x >> 24);
    }
    return bytes;
}

// Every regular file under `root` (hidden ones too), by path relative to it.
QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    files.sort();
    return files;
}

// One access-log record (Combined Log Format).
struct LogRecord {
    QString method;
    QString target;
    int status = 0;
    QString userAgent;
    QString line;
};

QList<LogRecord> accessLog(const QString &out)
{
    static const QRegularExpression record(
        QStringLiteral(
            R"re(^127\.0\.0\.1 - - \[[^\]]+\] "(\S+) (\S+) HTTP/1\.[01]" (\d{3}) (?:\d+|-) "[^"]*" "([^"]*)"$)re"),
        QRegularExpression::MultilineOption);
    QList<LogRecord> records;
    for (auto it = record.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        records.append({m.captured(1), m.captured(2), m.captured(3).toInt(), m.captured(4), m.captured(0)});
    }
    return records;
}

QString url(quint16 port, const QString &path)
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path);
}

QStringList servery(const QString &dir, const QStringList &extra = {})
{
    // Not --quiet: the access log on stdout is part of what is checked.
    return QStringList {dir, QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--local-only")}
    + extra;
}

// A missing client fails the test with this, naming the package to install.
QString missingToolMessage(const char *tool, const char *package)
{
    return QStringLiteral("%1 is not installed: install the Debian package '%2' (scripts/bootstrap does)")
        .arg(QLatin1StringView(tool), QLatin1StringView(package));
}

} // namespace

class tst_RealClients : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void wgetMirrorsTheListings_data();
    void wgetMirrorsTheListings();
    void curlResumesADownload();
    void chromiumLoadsAStaticSite();

private:
    QTemporaryDir m_tree; // the wget fixture: listings only, no index.html
    QMap<QString, QByteArray> m_visible; // relative path -> bytes
    QMap<QString, QByteArray> m_hidden; // dotfiles, and files in dot-folders
};

void tst_RealClients::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(SERVERY_BINARY)), SERVERY_BINARY);
    QVERIFY(m_tree.isValid());

    // Names a careless server (or listing) gets wrong: non-ASCII in NFC,
    // spaces, and the characters that mean something in a URL or in HTML.
    m_visible.insert(QStringLiteral("café/naïve résumé.txt"), "accents in the folder and the file name\n");
    m_visible.insert(QStringLiteral("日本語.txt"), "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\n");
    m_visible.insert(QStringLiteral("read me.txt"), "spaces\n");
    m_visible.insert(QStringLiteral("#1 hash.txt"), "a '#' would start a fragment\n");
    m_visible.insert(QStringLiteral("100% sure.txt"), "a '%' would start an escape\n");
    m_visible.insert(QStringLiteral("R&D's plan.txt"), "ampersand and single quote\n");
    m_visible.insert(QStringLiteral("a b/c#d/e%f/deep.txt"), "three folders down\n");
    m_visible.insert(QStringLiteral("a b/sibling.txt"), "next to a folder\n");
    m_visible.insert(QStringLiteral("empty.txt"), QByteArray());
    m_visible.insert(QStringLiteral("data/blob.bin"), pseudoRandomBytes(300 * 1024 + 17, 42));
    m_hidden.insert(QStringLiteral(".env"), "SECRET=never-mirrored\n");
    m_hidden.insert(QStringLiteral(".git/config"), "[core]\n\tbare = false\n");
    m_hidden.insert(QStringLiteral("a b/.hidden"), "hidden, even deep down\n");

    for (const auto *files : {&m_visible, &m_hidden})
        for (auto it = files->cbegin(); it != files->cend(); ++it)
            QVERIFY2(writeFile(m_tree.filePath(it.key()), it.value()), qPrintable(it.key()));

    QVERIFY(QDir().mkpath(QStringLiteral(SERVERY_ARTIFACT_DIR)));
}

void tst_RealClients::wgetMirrorsTheListings_data()
{
    QTest::addColumn<bool>("hidden");
    QTest::newRow("default: dotfiles stay private") << false;
    QTest::newRow("--hidden: dotfiles are shared too") << true;
}

void tst_RealClients::wgetMirrorsTheListings()
{
    QFETCH(bool, hidden);
    const QString wget = QStandardPaths::findExecutable(QStringLiteral("wget"));
    QVERIFY2(!wget.isEmpty(), qPrintable(missingToolMessage("wget", "wget")));

    Headless s(servery(m_tree.path(), hidden ? QStringList {QStringLiteral("--hidden")} : QStringList {}));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out() + s.err()));

    QTemporaryDir mirror;
    QVERIFY(mirror.isValid());
    // -r follows the listing links; -np stays below the start; -nH drops the
    // host folder. The listing's links with a query (?sort=..., ?download)
    // lead to the same listings and files again, so they are not followed. No -R: wget
    // 1.21 leaves rejected listings behind as index.html.tmp; the listings
    // are instead checked below and set aside.
    const Run r = run(wget,
                      {QStringLiteral("--no-config"), QStringLiteral("--no-proxy"), QStringLiteral("-nv"),
                       QStringLiteral("--tries=1"), QStringLiteral("--timeout=10"), QStringLiteral("-r"),
                       QStringLiteral("-np"), QStringLiteral("-nH"), QStringLiteral("-e"), QStringLiteral("robots=off"),
                       QStringLiteral("--restrict-file-names=nocontrol"), QStringLiteral("--reject-regex"),
                       QStringLiteral("\\?"), QStringLiteral("-P"), mirror.path(), url(port, QStringLiteral("/"))},
                      20000);
    QCOMPARE(s.stopWith(SIGINT), 0);
    // wget exits 8 when any request got an error status.
    QVERIFY2(r.exitCode == 0,
             qPrintable(QStringLiteral("wget exited %1:\n%2\nServery log:\n%3")
                            .arg(r.exitCode)
                            .arg(QString::fromUtf8(r.err), s.out())));

    QMap<QString, QByteArray> expected = m_visible;
    if (hidden)
        expected.insert(m_hidden);

    // Each folder wget could reach was crawled through its listing, saved as
    // index.html (the fixture has no index.html of its own).
    QSet<QString> folders {QString()};
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        for (QString dir = QFileInfo(it.key()).path(); dir != QStringLiteral("."); dir = QFileInfo(dir).path())
            folders.insert(dir);
    }
    QStringList mirrored = filesUnder(mirror.path());
    for (const QString &folder : std::as_const(folders)) {
        const QString listing
            = folder.isEmpty() ? QStringLiteral("index.html") : folder + QStringLiteral("/index.html");
        QVERIFY2(mirrored.removeOne(listing),
                 qPrintable(QStringLiteral("no listing crawled for '%1'; mirrored: %2")
                                .arg(folder, mirrored.join(QStringLiteral(", ")))));
    }

    QStringList expectedNames = expected.keys();
    expectedNames.sort();
    QCOMPARE(mirrored, expectedNames);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(readFile(mirror.filePath(it.key())) == it.value(),
                 qPrintable(QStringLiteral("bytes differ: ") + it.key()));

    if (!hidden) {
        // Not only unlisted: nobody even asked for them.
        const QList<LogRecord> log = accessLog(s.out());
        QVERIFY2(log.size() >= expected.size() + folders.size(), qPrintable(s.out()));
        for (const LogRecord &rec : log)
            QVERIFY2(!rec.target.contains(QStringLiteral("/.")), qPrintable(rec.line));
    }
}

void tst_RealClients::curlResumesADownload()
{
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    QVERIFY2(!curl.isEmpty(), qPrintable(missingToolMessage("curl", "curl")));

    QTemporaryDir site;
    QVERIFY(site.isValid());
    const QByteArray original = pseudoRandomBytes(1024 * 1024 + 3, 7);
    QVERIFY(writeFile(site.filePath(QStringLiteral("big.bin")), original));

    Headless s(servery(site.path()));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out() + s.err()));

    QTemporaryDir downloads;
    QVERIFY(downloads.isValid());
    const QString out = downloads.filePath(QStringLiteral("big.bin"));
    const qsizetype had = 400000;
    QVERIFY(writeFile(out, original.left(had)));

    const QStringList common {QStringLiteral("-sS"),
                              QStringLiteral("-v"),
                              QStringLiteral("--noproxy"),
                              QStringLiteral("*"),
                              QStringLiteral("--max-time"),
                              QStringLiteral("15"),
                              QStringLiteral("-C"),
                              QStringLiteral("-"),
                              QStringLiteral("-o"),
                              out,
                              url(port, QStringLiteral("/big.bin"))};

    // An interrupted download: curl asks for the rest only.
    Run r = run(curl, common, 20000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("\n> Range: bytes=400000-\r\n"), r.err.constData());
    QVERIFY2(r.err.contains("\n< HTTP/1.1 206 Partial Content\r\n"), r.err.constData());
    QVERIFY2(r.err.contains("\n< Content-Range: bytes 400000-1048578/1048579\r\n"), r.err.constData());
    QVERIFY2(r.err.contains("\n< Content-Length: 648579\r\n"), r.err.constData());
    QCOMPARE(QFileInfo(out).size(), original.size());
    QVERIFY(readFile(out) == original);

    // A finished download: resuming it is a no-op (RFC 9110 15.5.17: 416 with
    // the complete length, which curl takes as "already complete").
    r = run(curl, common, 20000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("\n> Range: bytes=1048579-\r\n"), r.err.constData());
    QVERIFY2(r.err.contains("\n< HTTP/1.1 416 "), r.err.constData());
    QVERIFY2(r.err.contains("\n< Content-Range: bytes */1048579\r\n"), r.err.constData());
    QVERIFY(readFile(out) == original);

    QCOMPARE(s.stopWith(SIGINT), 0);
    const QList<LogRecord> log = accessLog(s.out());
    QCOMPARE(log.size(), 2);
    QVERIFY2(log.at(0).line.contains(QStringLiteral("\"GET /big.bin HTTP/1.1\" 206 648579 ")),
             qPrintable(log.at(0).line));
    QCOMPARE(log.at(1).status, 416);
}

void tst_RealClients::chromiumLoadsAStaticSite()
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    QVERIFY2(!chromium.isEmpty(), qPrintable(missingToolMessage("chromium", "chromium")));

    QTemporaryDir site;
    QVERIFY(site.isValid());
    // The favicon is declared, so Chromium fetches it instead of guessing
    // /favicon.ico: every request the page causes then has a file behind it,
    // and any 404 in the log is a real failure.
    const QByteArray logo = R"(<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">)"
                            R"(<rect width="120" height="120" rx="16" fill="#1f6fd1"/>)"
                            R"(<circle cx="60" cy="60" r="36" fill="#f2b632"/></svg>)"
                            "\n";
    const QMap<QString, QByteArray> files {
        {QStringLiteral("index.html"),
         R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Servery static site</title>
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<script>
  // Collects what would otherwise only reach the console: script errors and
  // resources that failed to load (these do not bubble, hence the capture).
  window.pageErrors = [];
  addEventListener('error', (e) => {
    pageErrors.push(e.message || ('failed to load ' + (e.target.src || e.target.href)));
  }, true);
  addEventListener('unhandledrejection', (e) => pageErrors.push('unhandled rejection: ' + e.reason));
</script>
<link rel="stylesheet" href="css/site.css">
<script type="module" src="js/app.mjs"></script>
</head>
<body data-status="pending">
<h1 id="title">Static site</h1>
<img id="logo" src="img/logo.svg" width="120" height="120" alt="Servery logo">
<p id="message">JavaScript has not run.</p>
</body>
</html>
)"},
        {QStringLiteral("css/site.css"),
         "body { background: rgb(240, 248, 255); font-family: sans-serif; margin: 2rem; }\n"
         "#title { color: rgb(10, 120, 60); }\n"},
        {QStringLiteral("js/app.mjs"),
         R"(import { greeting } from './lib/greet.mjs';

const title = document.getElementById('title');
const logo = document.getElementById('logo');

function report() {
  const data = document.body.dataset;
  data.titleColor = getComputedStyle(title).color;
  data.imageLoaded = String(logo.complete && logo.naturalWidth > 0);
  document.getElementById('message').textContent = greeting('Servery');
  data.errors = JSON.stringify(window.pageErrors);
  console.log('servery-probe: module ran');
  data.status = 'ok';
}

if (logo.complete) {
  report();
} else {
  logo.addEventListener('load', report);
  logo.addEventListener('error', report);
}
)"},
        {QStringLiteral("js/lib/greet.mjs"),
         "export function greeting(name) { return `Hello from ${name}, via an imported module.`; }\n"},
        {QStringLiteral("img/logo.svg"), logo},
        {QStringLiteral("favicon.svg"), logo},
    };
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(site.filePath(it.key()), it.value()));

    // Without live reload: its event stream never lets the page go idle,
    // and --dump-dom waits for that (tst_livereload drives a live page).
    Headless s(servery(site.path(), {QStringLiteral("--no-reload")}));
    const quint16 port = s.waitUntilServing();
    QVERIFY2(port != 0, qPrintable(s.out() + s.err()));

    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const QString artifacts = QStringLiteral(SERVERY_ARTIFACT_DIR);
    const QString screenshot = artifacts + QStringLiteral("/static-site.png");
    QFile::remove(screenshot);
    // One run dumps the DOM (after the virtual-time budget lets the page
    // settle) and takes the screenshot.
    const Run r = run(chromium,
                      {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                       QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                       QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                       QStringLiteral("--disable-sync"), QStringLiteral("--no-proxy-server"),
                       QStringLiteral("--user-data-dir=") + profile.path(), QStringLiteral("--enable-logging=stderr"),
                       QStringLiteral("--v=0"), QStringLiteral("--virtual-time-budget=5000"),
                       QStringLiteral("--window-size=800,600"), QStringLiteral("--screenshot=") + screenshot,
                       QStringLiteral("--dump-dom"), url(port, QStringLiteral("/"))},
                      30000);
    QCOMPARE(s.stopWith(SIGINT), 0);
    writeFile(artifacts + QStringLiteral("/static-site.dom.html"), r.out);
    writeFile(artifacts + QStringLiteral("/static-site.chromium.log"), r.err);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // (a) The module and its import ran, the CSS applied, the image decoded.
    const QString dom = QString::fromUtf8(r.out);
    static const QRegularExpression bodyTag(QStringLiteral("<body[^>]*>"));
    const QString body = bodyTag.match(dom).captured(0);
    QVERIFY2(body.contains(QStringLiteral("data-status=\"ok\"")), qPrintable(dom));
    QVERIFY2(body.contains(QStringLiteral("data-title-color=\"rgb(10, 120, 60)\"")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("data-image-loaded=\"true\"")), qPrintable(body));
    QVERIFY2(body.contains(QStringLiteral("data-errors=\"[]\"")), qPrintable(body));
    QVERIFY2(dom.contains(QStringLiteral("<p id=\"message\">Hello from Servery, via an imported module.</p>")),
             qPrintable(dom));

    // (b) No console messages but the page's own. This Chromium logs every
    // console message as `[...:INFO:CONSOLE:<line>] "<text>", source: <url>`,
    // whatever its level, so an error is any console line but the probe; the
    // probe shows the capture works.
    QStringList console;
    for (const QString &line : QString::fromUtf8(r.err).split(u'\n'))
        if (line.contains(QStringLiteral(":CONSOLE")))
            console << line;
    QVERIFY2(console.size() == 1 && console.first().contains(QStringLiteral("\"servery-probe: module ran\"")),
             qPrintable(QStringLiteral("console:\n") + console.join(u'\n')));

    // (c) The screenshot: an 800x600 PNG showing the page.
    QFile png(screenshot);
    QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(screenshot + QStringLiteral(" was not written")));
    const QByteArray head = png.read(24);
    QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(head.mid(12, 12), QByteArray("IHDR\0\0\x03\x20\0\0\x02\x58", 12));
    QVERIFY2(png.size() > 4096, qPrintable(QString::number(png.size())));
#ifdef SERVERY_TEST_HAS_QTGUI
    const QImage image(screenshot);
    QCOMPARE(image.size(), QSize(800, 600));
    QCOMPARE(image.pixel(2, 2), qRgb(240, 248, 255)); // the stylesheet's background
    int logoBlue = 0, logoYellow = 0, titleGreen = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            logoBlue += p == qRgb(0x1f, 0x6f, 0xd1);
            logoYellow += p == qRgb(0xf2, 0xb6, 0x32);
            titleGreen += p == qRgb(10, 120, 60);
        }
    }
    // The 120x120 logo, mostly blue with a 36-pixel-radius circle, and
    // glyphs drawn in the title colour.
    QVERIFY2(logoBlue > 5000 && logoYellow > 3000 && titleGreen > 100,
             qPrintable(QStringLiteral("blue %1, yellow %2, green %3").arg(logoBlue).arg(logoYellow).arg(titleGreen)));
#endif

    // Every request Chromium made succeeded.
    QSet<QString> requested;
    for (const LogRecord &rec : accessLog(s.out())) {
        if (!rec.userAgent.contains(QStringLiteral("HeadlessChrome")))
            continue;
        QVERIFY2((rec.status >= 200 && rec.status < 300) || rec.status == 304, qPrintable(rec.line));
        requested.insert(rec.target);
    }
    for (const char *path : {"/", "/css/site.css", "/js/app.mjs", "/js/lib/greet.mjs", "/img/logo.svg"})
        QVERIFY2(requested.contains(QLatin1StringView(path)),
                 qPrintable(QLatin1StringView(path) + QStringLiteral(" not requested:\n") + s.out()));
}

QTEST_GUILESS_MAIN(tst_RealClients)
#include "tst_realclients.moc"
