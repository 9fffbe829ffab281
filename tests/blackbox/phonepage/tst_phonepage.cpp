// The listing page as a phone uses it (STYLE.md rule 14): headless Chromium,
// driven through chromedriver (W3C WebDriver) with the viewport, pixel
// density, touch and user agent of a phone, against the real `servery`
// binary. The grid of photos, the filter, the full-screen viewer with its
// swipes (real touch input) and history entry, the sort control, the view
// switch and "Download all"; a folder of 100,000 entries, its load and
// filter times reported; uploads through the page's own file input and by
// dropping files, with their progress, and one that survives the network
// going away in the middle.
//
// chromedriver and Chromium missing is a failure naming the Debian
// packages, never a skip. Screenshots land in test-artifacts/ under the
// build folder.

#include "ServeryProcess.h"
#include "WebDriver.h"

#include <QColor>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using Servery::Test::ServeryProcess;
using Servery::Test::WebDriver;

namespace {

constexpr int kPhotoWidth = 1200;
constexpr int kPhotoHeight = 900;
constexpr qsizetype kBigFolder = 100'000;
// ext4 allows 65,000 links to a file.
constexpr qsizetype kLinksPerFile = 50'000;
// The rows of a long listing the page lays out at first (the server's
// groups of 500, DirectoryListing.h).
constexpr int kRowsPerGroup = 500;

// One photo: a colour field with a darker band, so each is told apart by
// its pixels in a screenshot.
bool writePhoto(const QString &path, int hue, bool portrait)
{
    QImage image(portrait ? QSize(kPhotoHeight, kPhotoWidth) : QSize(kPhotoWidth, kPhotoHeight), QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue, 150, 230));
    QPainter p(&image);
    p.fillRect(0, image.height() * 2 / 3, image.width(), image.height() / 3, QColor::fromHsv(hue, 200, 120));
    p.end();
    return image.save(path, "JPEG", 85);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

bool setModified(const QString &path, qint64 secs)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite)
        && f.setFileTime(QDateTime::fromSecsSinceEpoch(secs), QFileDevice::FileModificationTime);
}

QString js(const char *text)
{
    return QString::fromUtf8(text);
}

// The names of the entries the page shows, in order (rows or tiles, without
// "Up"), as the page's own text.
const char *kShownNames = "Array.from(document.querySelectorAll('tbody > tr:not(.up), .tiles > li:not(.up)'))"
                          ".filter((e) => !e.hidden && e.getClientRects().length > 0)"
                          ".map((e) => e.querySelector('a span').firstChild.nodeValue)";

} // namespace

class tst_PhonePage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void scriptRunsUnderThePolicy();
    void downloadAllIsAZip();
    void gridShowsSquareTiles();
    void filterByName();
    void viewerOpensSwipesAndCloses();
    void sortControlReorders();
    void viewLinksSwitch();
    void filterOf100000Rows();
    void uploadThroughThePage();
    void dropFilesOnThePage();
    void uploadResumesAfterADrop();

private:
    QString url(const QString &path) const { return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path); }
    // Loads `path` and waits for the page's script to have set itself up.
    bool open(const QString &path);
    QStringList shownNames();
    void saveScreenshot(const QString &name);
    // Shares `folder` with uploads on (m_uploads), opens it and has the page
    // record what its upload panel shows (kRecordUploads).
    bool startUploadServer(const QString &folder);

    QTemporaryDir m_root;
    QStringList m_photosByName; // the photo folder's files, in the listing's name order
    QStringList m_photosByDate; // newest first
    std::unique_ptr<ServeryProcess> m_servery;
    quint16 m_port = 0;
    std::unique_ptr<WebDriver> m_browser;
    QString m_failure; // what went wrong in open() or startUploadServer()
    // A second server, sharing a folder with --upload, and its address.
    std::unique_ptr<ServeryProcess> m_uploads;
    QString m_uploadsUrl;
};

void tst_PhonePage::initTestCase()
{
    QVERIFY2(!WebDriver::chromedriverPath().isEmpty(),
             "chromedriver is not installed: install the Debian package 'chromium-driver'");
    QVERIFY2(!WebDriver::chromiumPath().isEmpty(), "chromium is not installed: install the Debian package 'chromium'");
    QVERIFY2(QFileInfo::exists(ServeryProcess::binary()), qPrintable(ServeryProcess::binary()));
    QVERIFY(m_root.isValid());
    QVERIFY(QDir().mkpath(QStringLiteral(SERVERY_ARTIFACT_DIR)));

    // photos/: mostly photos, so it opens as a grid. Their dates run against
    // their names, so sorting by date visibly reorders them. One name has
    // accents (the filter ignores them), one has what HTML must escape.
    const QDir root(m_root.path());
    QVERIFY(root.mkpath(QStringLiteral("photos/Album")));
    QStringList names;
    for (int i = 1; i <= 14; ++i)
        names << QStringLiteral("IMG_%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
    names << QStringLiteral("\u00c9t\u00e9 \u00e0 Paris.jpg") << QStringLiteral("a \"quoted\" & <odd> name.jpg");
    const qint64 base = 1'700'000'000;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = m_root.filePath(QStringLiteral("photos/") + names.at(i));
        QVERIFY2(writePhoto(path, int(i * 360 / names.size()), i % 5 == 3), qPrintable(path));
        QVERIFY(setModified(path, base - i * 3600));
    }
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("photos/notes.txt")), "not a photo\n"));
    // The listing's natural, case-insensitive order: "a \"quoted\"..." first,
    // "Été" (É sorts with E) before "IMG_...".
    m_photosByName = {names.at(15), names.at(14)};
    m_photosByName += names.first(14);
    m_photosByDate = names; // the first was made last

    // docs/: a list (one photo among documents), with distinct sizes.
    QVERIFY(root.mkpath(QStringLiteral("docs")));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("docs/big.pdf")), QByteArray(300'000, 'x')));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("docs/letter.txt")), QByteArray(2'000, 'x')));
    QVERIFY(writeFile(m_root.filePath(QStringLiteral("docs/middle.odt")), QByteArray(40'000, 'x')));
    QVERIFY(writePhoto(m_root.filePath(QStringLiteral("docs/scan.jpg")), 200, false));

    // big/: 100,000 empty files. Hard links to a few hidden empty files:
    // creating 100,000 inodes takes most file systems far longer than
    // linking one, and the listing sees 100,000 files either way.
    QVERIFY(root.mkpath(QStringLiteral("big")));
    const QByteArray big = QFile::encodeName(m_root.filePath(QStringLiteral("big/")));
    QByteArray seed;
    for (qsizetype i = 0; i < kBigFolder; ++i) {
        if (i % kLinksPerFile == 0) {
            seed = QFile::encodeName(m_root.filePath(QStringLiteral(".seed-%1").arg(i / kLinksPerFile)));
            const int fd = ::open(seed.constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
            QVERIFY2(fd >= 0, seed.constData());
            ::close(fd);
        }
        const QByteArray path = big + "file-" + QByteArray::number(i) + ".dat";
        QVERIFY2(::link(seed.constData(), path.constData()) == 0, path.constData());
    }

    // --quiet: no access log, so a full pipe never holds the server up.
    m_servery = std::make_unique<ServeryProcess>(
        QStringList {m_root.path(), QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--local-only"), QStringLiteral("--quiet")});
    m_port = m_servery->waitUntilServing();
    QVERIFY2(m_port != 0, qPrintable(m_servery->out() + m_servery->err()));

    // A phone: 390x844 CSS pixels at 3 device pixels each, touch, and a
    // phone's user agent, so the page gets what a phone gets.
    m_browser = std::make_unique<WebDriver>();
    const QJsonObject mobile {
        {QStringLiteral("deviceMetrics"),
         QJsonObject {{QStringLiteral("width"), 390},
                      {QStringLiteral("height"), 844},
                      {QStringLiteral("pixelRatio"), 3.0},
                      {QStringLiteral("touch"), true},
                      {QStringLiteral("mobile"), true}}},
        {QStringLiteral("userAgent"),
         QStringLiteral("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                        "Chrome/124.0.0.0 Mobile Safari/537.36")},
    };
    const WebDriver::Result started = m_browser->start({{QStringLiteral("mobileEmulation"), mobile}});
    QVERIFY2(started, qPrintable(started.error));
}

void tst_PhonePage::cleanupTestCase()
{
    m_browser.reset();
    if (m_servery)
        QCOMPARE(m_servery->stopWith(SIGINT), 0);
}

void tst_PhonePage::init()
{
    QVERIFY(m_browser);
}

bool tst_PhonePage::open(const QString &path)
{
    const WebDriver::Result loaded = m_browser->navigate(url(path));
    if (!loaded) {
        m_failure = loaded.error;
        return false;
    }
    // The script marks the page and appends the viewer once it runs: if it
    // does not, the Content-Security-Policy did not allow it.
    const WebDriver::Result ready = m_browser->waitFor(
        js("document.documentElement.classList.contains('js') && document.querySelector('.viewer') !== null"), 3000,
        js("document.documentElement.className"));
    if (!ready) {
        m_failure = QStringLiteral("the page's script did not run (does the listing's Content-Security-Policy "
                                   "come from listingContentSecurityPolicy()?): ")
            + ready.error;
        return false;
    }
    return true;
}

QStringList tst_PhonePage::shownNames()
{
    QStringList out;
    const WebDriver::Result r = m_browser->execute(QStringLiteral("return ") + QLatin1StringView(kShownNames) + u';');
    for (const QJsonValue &v : r.value.toArray())
        out << v.toString();
    return out;
}

void tst_PhonePage::saveScreenshot(const QString &name)
{
    QString error;
    const QByteArray png = m_browser->screenshot(&error);
    QVERIFY2(png.startsWith("\x89PNG"), qPrintable(error));
    QVERIFY(writeFile(QStringLiteral(SERVERY_ARTIFACT_DIR "/phonepage-") + name + QStringLiteral(".png"), png));
}

void tst_PhonePage::scriptRunsUnderThePolicy()
{
    m_browser->browserLog(); // forget what came before
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    // Nothing was refused by the policy: the script, the styles and the
    // icons are all allowed, and nothing else was tried.
    const WebDriver::Result log = m_browser->browserLog();
    QVERIFY2(log, qPrintable(log.error));
    for (const QJsonValue &entry : log.value.toArray()) {
        const QString message = entry.toObject().value(QStringLiteral("message")).toString();
        QVERIFY2(!message.contains(QStringLiteral("Content Security Policy")), qPrintable(message));
    }
    // The phone's view of it: a user agent and pixel density like a phone's.
    const WebDriver::Result device = m_browser->execute(
        js("return [innerWidth, devicePixelRatio, navigator.userAgent.includes('Mobile'), 'ontouchstart' in window];"));
    QCOMPARE(device.value.toArray(), (QJsonArray {390, 3, true, true}));
}

void tst_PhonePage::downloadAllIsAZip()
{
    // On screen as the page opens, and what it leads to is the folder as a
    // zip (fetched by the page itself, as a tap would).
    QVERIFY2(open(QStringLiteral("/docs/")), qPrintable(m_failure));
    const WebDriver::Result zip = m_browser->executeAsync(js(R"(
const done = arguments[arguments.length - 1];
const a = document.querySelector('a.zip');
const box = a.getBoundingClientRect();
fetch(a.href).then(async (r) => {
  const bytes = new Uint8Array(await r.arrayBuffer());
  done({ href: a.getAttribute('href'), seen: box.top >= 0 && box.bottom <= innerHeight && box.height >= 40,
         status: r.status, type: r.headers.get('Content-Type'), magic: String.fromCharCode(bytes[0], bytes[1]),
         size: bytes.length });
}, (e) => done({ error: String(e) }));)"));
    QVERIFY2(zip, qPrintable(zip.error));
    const QJsonObject z = zip.value.toObject();
    QCOMPARE(z.value(QStringLiteral("href")).toString(), QStringLiteral("./?zip"));
    QVERIFY(z.value(QStringLiteral("seen")).toBool());
    QCOMPARE(z.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(z.value(QStringLiteral("type")).toString(), QStringLiteral("application/zip"));
    QCOMPARE(z.value(QStringLiteral("magic")).toString(), QStringLiteral("PK"));
    QVERIFY(z.value(QStringLiteral("size")).toInt() > 10'000); // scan.jpg goes in as it is
}

void tst_PhonePage::gridShowsSquareTiles()
{
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    saveScreenshot(QStringLiteral("grid"));
    // Most entries are photos: the grid is the default.
    QCOMPARE(m_browser->execute(js("return document.body.className;")).string(), QStringLiteral("grid"));
    const WebDriver::Result tiles = m_browser->execute(js(R"(
const tiles = Array.from(document.querySelectorAll('.tiles > li:not(.up)'));
const photos = tiles.map((li) => li.querySelector('img')).filter((img) => img);
const boxes = photos.map((img) => img.getBoundingClientRect());
return {
  tiles: tiles.length,
  photos: photos.length,
  lazy: photos.every((img) => img.loading === 'lazy'),
  thumbs: photos.every((img) => img.getAttribute('src') === img.parentNode.getAttribute('href') + '?thumb'),
  square: boxes.every((b) => b.width > 80 && Math.abs(b.width - b.height) < 1),
  columns: new Set(boxes.map((b) => Math.round(b.left))).size,
  overflow: document.documentElement.scrollWidth - innerWidth,
  icons: tiles.filter((li) => li.querySelector('i.i-folder, i.i-text')).length,
};)"));
    QVERIFY2(tiles, qPrintable(tiles.error));
    const QJsonObject t = tiles.value.toObject();
    QCOMPARE(t.value(QStringLiteral("tiles")).toInt(), 18); // 16 photos, a folder, a text file
    QCOMPARE(t.value(QStringLiteral("photos")).toInt(), 16);
    QVERIFY(t.value(QStringLiteral("lazy")).toBool());
    QVERIFY(t.value(QStringLiteral("thumbs")).toBool());
    QVERIFY(t.value(QStringLiteral("square")).toBool());
    QCOMPARE(t.value(QStringLiteral("columns")).toInt(), 3); // a phone's width holds three
    QCOMPARE(t.value(QStringLiteral("overflow")).toInt(), 0); // nothing scrolls sideways
    QCOMPARE(t.value(QStringLiteral("icons")).toInt(), 2);
    // Names with markup in them are text.
    QVERIFY(shownNames().contains(QStringLiteral("a \"quoted\" & <odd> name.jpg")));
}

void tst_PhonePage::filterByName()
{
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    const WebDriver::Result box = m_browser->findElement(QStringLiteral("input.q"));
    QVERIFY2(box, qPrintable(box.error));

    // Case-insensitive.
    QVERIFY(m_browser->sendKeys(box.string(), QStringLiteral("img_001")));
    WebDriver::Result counted = m_browser->waitFor(js("document.querySelector('.count').textContent === '5 of 18'"),
                                                   5000, js("document.querySelector('.count').textContent"));
    QVERIFY2(counted, qPrintable(counted.error));
    QCOMPARE(shownNames(), m_photosByName.mid(11, 5)); // IMG_0010 to IMG_0014
    saveScreenshot(QStringLiteral("filter"));

    // Accent-insensitive, both ways.
    QVERIFY(m_browser->clear(box.string()));
    QVERIFY(m_browser->sendKeys(box.string(), QStringLiteral("ETE A")));
    counted = m_browser->waitFor(js("document.querySelector('.count').textContent === '1 of 18'"), 5000,
                                 js("document.querySelector('.count').textContent"));
    QVERIFY2(counted, qPrintable(counted.error));
    QCOMPARE(shownNames(), QStringList {QStringLiteral("\u00c9t\u00e9 \u00e0 Paris.jpg")});

    // No match says so; an empty box shows everything again.
    QVERIFY(m_browser->clear(box.string()));
    QVERIFY(m_browser->sendKeys(box.string(), QStringLiteral("zzz")));
    counted = m_browser->waitFor(js("document.querySelector('.count').textContent === '0 of 18' && "
                                    "!document.querySelector('.none').hidden"),
                                 5000, js("document.querySelector('.count').textContent"));
    QVERIFY2(counted, qPrintable(counted.error));
    QVERIFY(m_browser->sendKeys(box.string(), QStringLiteral("\ue003\ue003\ue003"))); // Backspace
    counted = m_browser->waitFor(js("document.querySelector('.count').textContent === ''"), 5000,
                                 js("document.querySelector('.count').textContent"));
    QVERIFY2(counted, qPrintable(counted.error));
    QCOMPARE(shownNames().size(), 18);
}

void tst_PhonePage::viewerOpensSwipesAndCloses()
{
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    const QString listing = url(QStringLiteral("/photos/"));
    const WebDriver::Result first = m_browser->findElement(QStringLiteral(".tiles a.p"));
    QVERIFY2(first, qPrintable(first.error));
    QVERIFY(m_browser->click(first.string()));

    // The original photo, full size, over the page, with its name.
    const QString shown = js("(() => { const v = document.querySelector('.viewer'); const img = v.querySelector('img');"
                             " return !v.hidden && img.complete && img.naturalWidth > 0 && "
                             "!v.classList.contains('loading') && v.dataset.index === '%1'; })()");
    const QString state = js("[document.querySelector('.viewer').dataset.index, "
                             "document.querySelector('.viewer .name').textContent, "
                             "document.querySelector('.viewer img').getAttribute('src'), "
                             "document.querySelector('.viewer img').naturalWidth]");
    WebDriver::Result r = m_browser->waitFor(shown.arg(0), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    QJsonArray s = r.value.toArray();
    QCOMPARE(s.at(1).toString(), m_photosByName.at(0));
    QVERIFY2(!s.at(2).toString().contains(u'?'), qPrintable(s.at(2).toString())); // not the thumbnail
    QCOMPARE(s.at(3).toInt(), kPhotoWidth);
    saveScreenshot(QStringLiteral("viewer"));
    // The next photo was fetched meanwhile.
    r = m_browser->waitFor(js("performance.getEntriesByType('resource').some((e) => e.name.endsWith('/photos/%1'))")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_photosByName.at(1)))),
                           10000);
    QVERIFY2(r, qPrintable(r.error));

    // A finger swipes to the left: the next photo.
    r = m_browser->performActions(WebDriver::swipe({320, 420}, {60, 430}));
    QVERIFY2(r, qPrintable(r.error));
    r = m_browser->waitFor(shown.arg(1), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(r.value.toArray().at(1).toString(), m_photosByName.at(1));
    // And back to the right.
    r = m_browser->performActions(WebDriver::swipe({60, 420}, {320, 410}));
    QVERIFY2(r, qPrintable(r.error));
    r = m_browser->waitFor(shown.arg(0), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    // The buttons, and the arrow keys.
    const WebDriver::Result next = m_browser->findElement(QStringLiteral(".viewer .next"));
    QVERIFY(m_browser->click(next.string()));
    r = m_browser->waitFor(shown.arg(1), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    r = m_browser->performActions(
        {QJsonObject {{QStringLiteral("type"), QStringLiteral("key")},
                      {QStringLiteral("id"), QStringLiteral("keyboard")},
                      {QStringLiteral("actions"),
                       QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("keyDown")},
                                                {QStringLiteral("value"), QStringLiteral("\ue014")}}, // ArrowRight
                                   QJsonObject {{QStringLiteral("type"), QStringLiteral("keyUp")},
                                                {QStringLiteral("value"), QStringLiteral("\ue014")}}}}}});
    QVERIFY2(r, qPrintable(r.error));
    r = m_browser->waitFor(shown.arg(2), 10000, state);
    QVERIFY2(r, qPrintable(r.error));

    // The browser's back button closes it, and stays on the listing.
    QVERIFY(m_browser->back());
    r = m_browser->waitFor(js("document.querySelector('.viewer').hidden"), 5000);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(m_browser->currentUrl().string(), listing);

    // So does the close button, without leaving a history entry behind:
    // back from here leaves the listing.
    QVERIFY(m_browser->click(first.string()));
    r = m_browser->waitFor(shown.arg(0), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    const WebDriver::Result close = m_browser->findElement(QStringLiteral(".viewer .close"));
    QVERIFY(m_browser->click(close.string()));
    r = m_browser->waitFor(js("document.querySelector('.viewer').hidden"), 5000);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(m_browser->execute(js("return history.state;")).value, QJsonValue(QJsonValue::Null));
}

void tst_PhonePage::sortControlReorders()
{
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    const QStringList byName
        = QStringList {QStringLiteral("Album")} + m_photosByName + QStringList {QStringLiteral("notes.txt")};
    QCOMPARE(shownNames(), byName);
    // The control is on screen on a phone, above the grid.
    const QString onScreen = js("(() => { const r = document.querySelector('.sort').getBoundingClientRect();"
                                " return r.width > 0 && r.left >= 0 && r.right <= innerWidth; })()");
    WebDriver::Result r = m_browser->waitFor(onScreen, 1000);
    QVERIFY2(r, qPrintable(r.error));

    // Date: newest first (notes.txt was written last, the photos' dates run
    // against their names); again: oldest first. Folders stay first, and the
    // grid stays.
    const QString sortedBy = js("location.search.includes('%1') && document.documentElement.classList.contains('js')");
    const QString where = js("[location.search, document.body.className]");
    WebDriver::Result date = m_browser->findElement(QStringLiteral(".sort a:nth-of-type(2)"));
    QVERIFY2(date, qPrintable(date.error));
    QVERIFY(m_browser->click(date.string()));
    r = m_browser->waitFor(sortedBy.arg(QStringLiteral("sort=date&order=desc")), 10000, where);
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(m_browser->execute(js("return document.body.className;")).string(), QStringLiteral("grid"));
    QStringList newestFirst = QStringList {QStringLiteral("Album"), QStringLiteral("notes.txt")} + m_photosByDate;
    QCOMPARE(shownNames(), newestFirst);
    saveScreenshot(QStringLiteral("sorted"));

    date = m_browser->findElement(QStringLiteral(".sort a:nth-of-type(2)"));
    QVERIFY(m_browser->click(date.string()));
    r = m_browser->waitFor(sortedBy.arg(QStringLiteral("sort=date&order=asc")), 10000, where);
    QVERIFY2(r, qPrintable(r.error));
    QStringList oldestFirst = newestFirst.mid(1);
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    QCOMPARE(shownNames(), QStringList {QStringLiteral("Album")} + oldestFirst);

    // A list on a phone has no column headers to tap; the control sorts it,
    // and the view chosen stays chosen.
    QVERIFY2(open(QStringLiteral("/docs/?view=list")), qPrintable(m_failure));
    r = m_browser->waitFor(
        onScreen + js(" && getComputedStyle(document.querySelector('thead th.s')).display === 'none'"), 1000);
    QVERIFY2(r, qPrintable(r.error));
    const WebDriver::Result size = m_browser->findElement(QStringLiteral(".sort a:nth-of-type(3)"));
    QVERIFY(m_browser->click(size.string()));
    r = m_browser->waitFor(sortedBy.arg(QStringLiteral("sort=size&order=desc&view=list")), 10000, where);
    QVERIFY2(r, qPrintable(r.error));
    QStringList bySize {QStringLiteral("big.pdf"), QStringLiteral("letter.txt"), QStringLiteral("middle.odt"),
                        QStringLiteral("scan.jpg")};
    std::sort(bySize.begin(), bySize.end(), [this](const QString &a, const QString &b) {
        return QFileInfo(m_root.filePath(QStringLiteral("docs/") + a)).size()
            > QFileInfo(m_root.filePath(QStringLiteral("docs/") + b)).size();
    });
    QCOMPARE(shownNames(), bySize);
    QCOMPARE(m_browser->execute(js("return document.body.className;")).string(), QStringLiteral("list"));
}

void tst_PhonePage::viewLinksSwitch()
{
    QVERIFY2(open(QStringLiteral("/photos/")), qPrintable(m_failure));
    const WebDriver::Result list = m_browser->findElement(QStringLiteral(".views a.v-list"));
    QVERIFY2(list, qPrintable(list.error));
    QVERIFY(m_browser->click(list.string()));
    WebDriver::Result r = m_browser->waitFor(
        js("document.body.className === 'list' && document.querySelectorAll('tbody > tr').length === 19 && "
           "document.documentElement.classList.contains('js')"),
        10000, js("[document.body.className, location.search]"));
    QVERIFY2(r, qPrintable(r.error));
    // Photos open in the viewer from the list too.
    const WebDriver::Result photo = m_browser->findElement(QStringLiteral("td.n a.p"));
    QVERIFY(m_browser->click(photo.string()));
    r = m_browser->waitFor(js("!document.querySelector('.viewer').hidden"), 5000);
    QVERIFY2(r, qPrintable(r.error));
    QVERIFY(m_browser->back());
    r = m_browser->waitFor(js("document.querySelector('.viewer').hidden"), 5000);
    QVERIFY2(r, qPrintable(r.error));
    saveScreenshot(QStringLiteral("list"));
    // And back to the grid.
    const WebDriver::Result grid = m_browser->findElement(QStringLiteral(".views a.v-grid"));
    QVERIFY(m_browser->click(grid.string()));
    r = m_browser->waitFor(js("document.body.className === 'grid' && location.search.includes('view=grid')"), 10000,
                           js("[document.body.className, location.search]"));
    QVERIFY2(r, qPrintable(r.error));
}

void tst_PhonePage::filterOf100000Rows()
{
    QVERIFY2(open(QStringLiteral("/big/")), qPrintable(m_failure));
    // How long the phone took to have the page, and to have read all of it.
    const WebDriver::Result loaded = m_browser->execute(
        js("const n = performance.getEntriesByType('navigation')[0];"
           "return [n.responseStart, n.responseEnd, n.domContentLoadedEventEnd, n.transferSize];"));
    QVERIFY2(loaded, qPrintable(loaded.error));
    const QJsonArray l = loaded.value.toArray();
    qInfo("a listing of 100,000 rows: first byte after %.0f ms, all %.1f MB (compressed) after %.0f ms, the page "
          "ready after %.0f ms",
          l.at(0).toDouble(), l.at(3).toDouble() / 1e6, l.at(1).toDouble(), l.at(2).toDouble());

    // Every row is in the page (without the script, every row shows); the
    // script lays out only the first group until more are asked for.
    const QString rows = js("document.querySelectorAll('tbody > tr:not(.up)').length");
    QCOMPARE(m_browser->execute(QStringLiteral("return ") + rows + u';').value.toInt(), int(kBigFolder));
    QCOMPARE(shownNames().size(), kRowsPerGroup);
    QCOMPARE(m_browser->execute(js("return document.querySelector('.rest').textContent;")).string(),
             QStringLiteral("Show 500 more (99,500 not shown)"));
    saveScreenshot(QStringLiteral("big"));

    const WebDriver::Result box = m_browser->findElement(QStringLiteral("input.q"));
    QVERIFY2(box, qPrintable(box.error));
    // "file-4242" is in file-4242 and file-42420..42429: 11 rows, from
    // groups that were not shown before.
    QVERIFY(m_browser->sendKeys(box.string(), QStringLiteral("FILE-4242")));
    WebDriver::Result counted
        = m_browser->waitFor(js("document.querySelector('.count').textContent === '11 of 100,000'"), 10000,
                             js("[document.querySelector('.count').textContent, document.body.dataset.filterMs]"));
    QVERIFY2(counted, qPrintable(counted.error));
    QStringList expected {QStringLiteral("file-4242.dat")};
    for (int i = 0; i < 10; ++i)
        expected << QStringLiteral("file-4242%1.dat").arg(i);
    QCOMPARE(shownNames(), expected);
    QVERIFY(m_browser->execute(js("return document.querySelector('.rest').hidden;")).value.toBool());

    // The filter's own time (matching all 100,000 names and showing what
    // matches), and until the browser has laid the page out again.
    const WebDriver::Result timed = m_browser->executeAsync(js(R"(
const done = arguments[arguments.length - 1];
const box = document.querySelector('.q');
const measure = (text, count) => new Promise((resolve) => {
  const started = performance.now();
  box.value = text;
  box.dispatchEvent(new Event('input'));
  const wait = () => {
    if (document.querySelector('.count').textContent === count) {
      document.body.offsetHeight; // layout
      resolve([Number(document.body.dataset.filterMs), performance.now() - started]);
    } else {
      requestAnimationFrame(wait);
    }
  };
  wait();
});
(async () => {
  const narrow = await measure('file-99999.', '1 of 100,000');
  const wide = await measure('9', '40,951 of 100,000');
  const all = await measure('', '');
  done({ narrow, wide, all });
})();)"),
                                                            {}, 20000);
    QVERIFY2(timed, qPrintable(timed.error));
    const QJsonObject t = timed.value.toObject();
    const auto ms = [&t](const char *key, int i) {
        return t.value(QLatin1StringView(key)).toArray().at(i).toDouble();
    };
    qInfo("filtering 100,000 rows: %.1f ms to match one (%.0f ms with the debounce and layout), %.1f ms to match "
          "40,951 and show the first 500 (%.0f ms), %.1f ms to clear (%.0f ms)",
          ms("narrow", 0), ms("narrow", 1), ms("wide", 0), ms("wide", 1), ms("all", 0), ms("all", 1));
    QCOMPARE(shownNames().size(), kRowsPerGroup);

    // Scrolling down to the end of what is shown brings the next group.
    QVERIFY(m_browser->execute(js("document.querySelector('.rest').scrollIntoView(); return true;")).value.toBool());
    const QString shown = js("Array.from(document.querySelectorAll('tbody > tr:not(.up)'))"
                             ".filter((e) => !e.hidden && e.getClientRects().length > 0).length");
    WebDriver::Result more = m_browser->waitFor(shown + js(" === 1000"), 10000, shown);
    QVERIFY2(more, qPrintable(more.error));
    QCOMPARE(shownNames().at(999), QStringLiteral("file-999.dat"));
}

// Bytes that do not compress and that a mistake would show: a linear
// congruential sequence.
static QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        seed = seed * 1664525u + 1013904223u;
        c = char(seed >> 24);
    }
    return bytes;
}

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What the upload panel went through, recorded by the page as it happens:
// every row's progress values and status texts, in order.
static const char *kRecordUploads = R"(
window.servery_marker = true;
window.servery_seen = {};
const record = () => {
  for (const li of document.querySelectorAll('.uploads li')) {
    const name = li.querySelector('.un'), bar = li.querySelector('progress'), status = li.querySelector('.us');
    if (!name || !bar) continue;
    const seen = window.servery_seen[name.textContent] = window.servery_seen[name.textContent] || { values: [], statuses: [] };
    if (seen.values[seen.values.length - 1] !== bar.value) seen.values.push(bar.value);
    if (seen.statuses[seen.statuses.length - 1] !== status.textContent) seen.statuses.push(status.textContent);
  }
};
new MutationObserver(record).observe(document.querySelector('header'),
  { subtree: true, childList: true, attributes: true, characterData: true });
return true;)";

bool tst_PhonePage::startUploadServer(const QString &folder)
{
    // With the access log: it shows which requests the page made.
    m_uploads = std::make_unique<ServeryProcess>(
        QStringList {folder, QStringLiteral("--headless"), QStringLiteral("--port"), QStringLiteral("0"),
                     QStringLiteral("--local-only"), QStringLiteral("--upload")});
    const quint16 port = m_uploads->waitUntilServing();
    if (port == 0) {
        m_failure = m_uploads->out() + m_uploads->err();
        return false;
    }
    m_uploadsUrl = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    const WebDriver::Result loaded = m_browser->navigate(m_uploadsUrl);
    const WebDriver::Result ready = loaded
        ? m_browser->waitFor(js("document.documentElement.classList.contains('js') && "
                                "document.body.dataset.uploads === 'on' && "
                                "document.querySelector('.uploads') !== null"),
                             5000, js("[document.documentElement.className, document.body.dataset.uploads]"))
        : loaded;
    m_failure = ready.error;
    return ready && m_browser->execute(QLatin1StringView(kRecordUploads)).value.toBool();
}

void tst_PhonePage::cleanup()
{
    // Whatever a test left behind, the next one starts with the real
    // network and without the upload server.
    if (m_browser)
        m_browser->resetNetworkConditions();
    if (m_uploads)
        QCOMPARE(std::exchange(m_uploads, {})->stopWith(SIGINT), 0);
}

void tst_PhonePage::uploadThroughThePage()
{
    // A folder shared with --upload, and three files from the phone: one
    // large enough to go in several chunks, one with a name to encode, one
    // whose name is taken already.
    QTemporaryDir inbox;
    QTemporaryDir phone;
    QVERIFY(inbox.isValid() && phone.isValid());
    QVERIFY(writeFile(inbox.filePath(QStringLiteral("taken.txt")), "here first\n"));
    const QString beach = QStringLiteral("beach.jpg");
    const QString cafe = QStringLiteral("caf\u00e9 & \"notes\".txt");
    const QMap<QString, QByteArray> files {
        {beach, noise(9 * 1024 * 1024 + 123, 7)},
        {cafe, "accents and quotes\n"},
        {QStringLiteral("taken.txt"), "sent from the phone\n"},
    };
    QStringList paths;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY(writeFile(phone.filePath(it.key()), it.value()));
        paths << phone.filePath(it.key());
    }
    QVERIFY2(startUploadServer(inbox.path()), qPrintable(m_failure));

    // The page's own input, as a phone's picker fills it: all three at once.
    const WebDriver::Result input = m_browser->findElement(QStringLiteral("form.send input[type=file]"));
    QVERIFY2(input, qPrintable(input.error));
    WebDriver::Result r = m_browser->sendKeys(input.string(), paths.join(u'\n'));
    QVERIFY2(r, qPrintable(r.error));

    // A row with a progress bar for each file; when all are done the
    // listing is brought up to date in place (the page's state is still
    // there: no reload) with the new rows marked.
    r = m_browser->waitFor(js("document.querySelectorAll('.uploads li.done').length === 3 && "
                              "document.querySelectorAll('tr.new').length === 3"),
                           30000,
                           js("[Array.from(document.querySelectorAll('.uploads li')).map((li) => li.className + ': ' + "
                              "li.textContent), document.querySelectorAll('tr.new').length]"));
    QVERIFY2(r, qPrintable(r.error));
    QCOMPARE(m_browser->currentUrl().string(), m_uploadsUrl);
    QVERIFY(m_browser->execute(js("return window.servery_marker === true;")).value.toBool());
    saveScreenshot(QStringLiteral("uploaded"));

    // Every bar went to the end; the big file's moved on with each chunk
    // (4 MiB), and the renamed file says what it is called now.
    const QJsonObject seen = m_browser->execute(js("return window.servery_seen;")).value.toObject();
    QCOMPARE(seen.size(), 3);
    for (auto it = seen.constBegin(); it != seen.constEnd(); ++it) {
        const QJsonArray values = it.value().toObject().value(QStringLiteral("values")).toArray();
        QVERIFY2(!values.isEmpty() && values.last().toDouble() == 1.0, qPrintable(it.key()));
    }
    const QString beachRow = QStringLiteral("beach.jpg \u00b7 9.4 MB");
    QVERIFY2(seen.contains(beachRow), qPrintable(QStringList(seen.keys()).join(u'|')));
    const QJsonArray beachValues = seen.value(beachRow).toObject().value(QStringLiteral("values")).toArray();
    QVERIFY2(std::any_of(beachValues.begin(), beachValues.end(),
                         [](const QJsonValue &v) { return v.toDouble() > 0.3 && v.toDouble() < 0.9; }),
             qPrintable(QString::fromUtf8(QJsonDocument(beachValues).toJson(QJsonDocument::Compact))));
    const QJsonArray takenStatuses
        = seen.value(QStringLiteral("taken.txt \u00b7 20 B")).toObject().value(QStringLiteral("statuses")).toArray();
    QVERIFY2(!takenStatuses.isEmpty(), qPrintable(QStringList(seen.keys()).join(u'|')));
    QCOMPARE(takenStatuses.last().toString(), QStringLiteral("Saved as \u201ctaken (1).txt\u201d"));
    const QStringList marked = m_browser
                                   ->execute(js("return Array.from(document.querySelectorAll('tr.new')).map((tr) => "
                                                "tr.querySelector('a span').firstChild.nodeValue);"))
                                   .value.toVariant()
                                   .toStringList();
    QCOMPARE(marked, (QStringList {beach, cafe, QStringLiteral("taken (1).txt")}));

    // Every byte arrived, nothing was replaced, nothing was left behind.
    const QDir dir(inbox.path());
    const QStringList expected {beach, cafe, QStringLiteral("taken (1).txt"), QStringLiteral("taken.txt")};
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
    QVERIFY(readFile(dir.filePath(beach)) == files.value(beach));
    QCOMPARE(readFile(dir.filePath(cafe)), files.value(cafe));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("taken.txt"))), QByteArray("here first\n"));
    QCOMPARE(readFile(dir.filePath(QStringLiteral("taken (1).txt"))), QByteArray("sent from the phone\n"));
}

void tst_PhonePage::dropFilesOnThePage()
{
    // A computer's browser drops files anywhere on the page. WebDriver
    // cannot drag from the desktop, so the page gets the drag events the
    // browser would send, with the files made in the page.
    QTemporaryDir inbox;
    QVERIFY(inbox.isValid());
    QVERIFY2(startUploadServer(inbox.path()), qPrintable(m_failure));
    WebDriver::Result r = m_browser->execute(js(R"(
const bytes = new Uint8Array(300000);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 8)) & 255;
const files = new DataTransfer();
files.items.add(new File([bytes], 'dropped.bin'));
files.items.add(new File(['second file\n'], 'second.txt'));
window.servery_drag = (type) => document.body.dispatchEvent(
  new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: files }));
window.servery_drag('dragenter');
return !window.servery_drag('dragover') && document.body.classList.contains('dropping');)"));
    QVERIFY2(r, qPrintable(r.error));
    QVERIFY(r.value.toBool()); // the page takes the files and says where they go
    saveScreenshot(QStringLiteral("dropping"));
    r = m_browser->execute(js("window.servery_drag('drop'); return document.body.classList.contains('dropping');"));
    QVERIFY2(r && !r.value.toBool(), qPrintable(r.error));
    r = m_browser->waitFor(js("document.querySelectorAll('.uploads li.done').length === 2 && "
                              "document.querySelectorAll('tr.new').length === 2"),
                           20000,
                           js("Array.from(document.querySelectorAll('.uploads li')).map((li) => li.textContent)"));
    QVERIFY2(r, qPrintable(r.error));

    QByteArray expected(300'000, Qt::Uninitialized);
    for (int i = 0; i < expected.size(); ++i)
        expected[i] = char((i * 7 + (i >> 8)) & 255);
    const QDir dir(inbox.path());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList {QStringLiteral("dropped.bin"), QStringLiteral("second.txt")}));
    QVERIFY(readFile(dir.filePath(QStringLiteral("dropped.bin"))) == expected);
    QCOMPARE(readFile(dir.filePath(QStringLiteral("second.txt"))), QByteArray("second file\n"));
}

void tst_PhonePage::uploadResumesAfterADrop()
{
    // The phone's connection goes away in the middle of a file and comes
    // back: the page notices, asks the server how much it has (HEAD) and
    // sends the rest from there.
    QTemporaryDir inbox;
    QTemporaryDir phone;
    QVERIFY(inbox.isValid() && phone.isValid());
    const QByteArray video = noise(9 * 1024 * 1024 + 77, 11);
    QVERIFY(writeFile(phone.filePath(QStringLiteral("video.mp4")), video));
    QVERIFY2(startUploadServer(inbox.path()), qPrintable(m_failure));

    // Slow enough to be cut off in the middle: 1 MB/s.
    WebDriver::Result r = m_browser->setNetworkConditions(false, 1'000'000);
    QVERIFY2(r, qPrintable(r.error));
    const WebDriver::Result input = m_browser->findElement(QStringLiteral("form.send input[type=file]"));
    QVERIFY2(input, qPrintable(input.error));
    QVERIFY(m_browser->sendKeys(input.string(), phone.filePath(QStringLiteral("video.mp4"))));
    const QString state = js("[document.querySelector('.uploads progress').value, "
                             "document.querySelector('.uploads .us').textContent]");
    r = m_browser->waitFor(js("document.querySelector('.uploads progress').value > 0.05"), 10000, state);
    QVERIFY2(r, qPrintable(r.error));

    r = m_browser->setNetworkConditions(true);
    QVERIFY2(r, qPrintable(r.error));
    r = m_browser->waitFor(
        js("document.querySelector('.uploads .us').textContent === 'Connection lost, retrying\u2026'"), 10000, state);
    QVERIFY2(r, qPrintable(r.error));
    saveScreenshot(QStringLiteral("upload-retrying"));
    r = m_browser->resetNetworkConditions();
    QVERIFY2(r, qPrintable(r.error));

    r = m_browser->waitFor(js("document.querySelectorAll('.uploads li.done').length === 1 && "
                              "document.querySelectorAll('tr.new').length === 1"),
                           30000, state);
    QVERIFY2(r, qPrintable(r.error));
    const QJsonArray statuses
        = m_browser->execute(js("return Object.values(window.servery_seen)[0].statuses;")).value.toArray();
    const auto resumed = std::find_if(statuses.begin(), statuses.end(), [](const QJsonValue &v) {
        return v.toString().startsWith(QStringLiteral("Resuming at "));
    });
    QVERIFY2(resumed != statuses.end(), qPrintable(QString::fromUtf8(QJsonDocument(statuses).toJson())));
    qInfo("the upload resumed from what the server had: %s", qPrintable((*resumed).toString()));
    QVERIFY(m_uploads->waitForOutput("\"HEAD /?tus="));

    const QDir dir(inbox.path());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden, QDir::Name), QStringList {QStringLiteral("video.mp4")});
    QVERIFY(readFile(dir.filePath(QStringLiteral("video.mp4"))) == video);
}

QTEST_GUILESS_MAIN(tst_PhonePage)
#include "tst_phonepage.moc"
