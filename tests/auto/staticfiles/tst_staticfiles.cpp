// Integration tests of static file serving over fixtures the test makes:
// odd names, dotfiles, symlinks in and out, an unreadable file, a FIFO, an
// empty file, a sparse file over 4 GiB; validators, preconditions, ranges,
// listings and caching modes, all through a real server on port 0.

#include "Permissions.h"
#include "RawHttpClient.h"
#include "TestServer.h"

#include "server/files/ListingCache.h"
#include "server/http/HttpDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ctime>

using namespace Servery;
using namespace Servery::Test;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kBigSize = 5ll * 1024 * 1024 * 1024 + 123; // over 4 GiB
constexpr qint64 kMarkerOffset = 4ll * 1024 * 1024 * 1024 + 1000;
const QByteArray kMarker = "past-four-gibibytes";

QByteArray get(const QByteArray &target, const QByteArray &extra = {}, const QByteArray &method = "GET")
{
    return method + ' ' + target + " HTTP/1.1\r\nHost: t\r\n" + extra + "\r\n";
}

} // namespace

class tst_StaticFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void oddNamesAreServedExactly_data();
    void oddNamesAreServedExactly();
    void mimeTypes_data();
    void mimeTypes();
    void hiddenAndOutsideAreNotFound_data();
    void hiddenAndOutsideAreNotFound();
    void indexSymlinkToDotfileIsNotServed();
    void optionsRevealHiddenAndOutside();
    void swappedSymlinkIsCheckedAgain();
    void unreadableFileIs403();
    void fifoIs403WithoutHanging();
    void emptyFile();
    void fileOverFourGibibytes();
    void validatorsAnd304();
    void preconditionFailures();
    void fileChangeMakesNewValidator();
    void keptFileChangedInPlaceIsReadAgain();
    void keptFileReplacedOrDeletedIsNoticed();
    void fileStaysOpenOnlyWhileAskedFor();
    void singleRanges_data();
    void singleRanges();
    void multipleRanges();
    void unsatisfiableRangeIs416();
    void ifRangeFallsBackToFullResponse();
    void downloadQueryNamesTheFile();
    void listingHtml();
    void listingSpeaksTheBrowsersLanguage_data();
    void listingSpeaksTheBrowsersLanguage();
    void listingJson();
    void settledListingIsCachedUntilTheFolderChanges();
    void freshFolderIsNotCached();
    void namesThatAreNotUtf8AreListedAndServed();
    void listingHead();
    void listingCanBeTurnedOff();
    void customIndexName();
    void cachingByMode();

private:
    WireResponse fetch(TestServer &server, const QByteArray &request, bool head = false);
    // Several requests, one after the other on one keep-alive connection (a
    // worker keeps files open only while it has connections).
    WireResponse fetchInTurn(RawHttpClient &client, int &sent, const QByteArray &request);
    void makeFixtures(TestServer &server);

    TestServer m_server;
    QTemporaryDir m_outside; // a folder next to the shared one, never reachable
};

WireResponse tst_StaticFiles::fetch(TestServer &server, const QByteArray &request, bool head)
{
    RawHttpClient client;
    if (!client.connectTo(server.port()))
        return {};
    client.send(request);
    const QList<WireResponse> r = client.readResponses(1, {head}, 60s);
    return r.isEmpty() ? WireResponse {} : r.constLast();
}

WireResponse tst_StaticFiles::fetchInTurn(RawHttpClient &client, int &sent, const QByteArray &request)
{
    client.send(request);
    ++sent;
    // The client parses everything the connection received so far.
    const QList<WireResponse> all = client.readResponses(sent, {}, 60s);
    return all.size() == sent ? all.constLast() : WireResponse {};
}

namespace {

// Sets a file's (or folder's) modification time to `secondsAgo` in the past;
// its change time becomes now, as the kernel keeps it.
bool ageBy(const QString &path, int secondsAgo)
{
    timespec times[2];
    ::clock_gettime(CLOCK_REALTIME, &times[0]);
    times[0].tv_sec -= secondsAgo;
    times[1] = times[0];
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

// Rewrites a file in place (same inode), keeping its size and then putting
// back its modification time: only its change time tells.
bool rewriteInPlace(const QString &path, const QByteArray &content)
{
    struct stat before { };
    if (::stat(QFile::encodeName(path).constData(), &before) != 0)
        return false;
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0)
        return false;
    const bool written = ::pwrite(fd, content.constData(), size_t(content.size()), 0) == content.size();
    ::close(fd);
    const timespec times[2] = {before.st_atim, before.st_mtim};
    return written && ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
}

} // namespace

void tst_StaticFiles::keptFileChangedInPlaceIsReadAgain()
{
    // Small files stay open between requests, and settled ones (unchanged
    // for a few seconds) in memory. A change in place, even one that keeps
    // the size and the modification time, is served at once.
    TestServer s;
    const QString settled = s.writeFile(QStringLiteral("settled.txt"), "version one");
    QVERIFY(ageBy(settled, 3600));
    QVERIFY(s.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    int sent = 0;
    for (int i = 0; i < 3; ++i)
        QCOMPARE(fetchInTurn(client, sent, get("/settled.txt")).body, QByteArray("version one"));
    QVERIFY(rewriteInPlace(settled, "version two"));
    QCOMPARE(fetchInTurn(client, sent, get("/settled.txt")).body, QByteArray("version two"));

    // A file just written, changed again within the same clock tick with
    // the same size: read afresh, never from memory.
    const QString fresh = s.writeFile(QStringLiteral("fresh.txt"), "aaaa");
    QCOMPARE(fetchInTurn(client, sent, get("/fresh.txt")).body, QByteArray("aaaa"));
    QVERIFY(rewriteInPlace(fresh, "bbbb"));
    QCOMPARE(fetchInTurn(client, sent, get("/fresh.txt")).body, QByteArray("bbbb"));
}

void tst_StaticFiles::keptFileReplacedOrDeletedIsNoticed()
{
    TestServer s;
    const QString path = s.writeFile(QStringLiteral("page.html"), "<p>old</p>");
    QVERIFY(ageBy(path, 3600));
    QVERIFY(s.start());
    RawHttpClient client;
    QVERIFY(client.connectTo(s.port()));
    int sent = 0;
    QCOMPARE(fetchInTurn(client, sent, get("/page.html")).body, QByteArray("<p>old</p>"));

    // Replaced by a rename, as editors and build tools save: another inode.
    const QString next = s.writeFile(QStringLiteral("page.html.new"), "<p>new</p>");
    QVERIFY(ageBy(next, 3600));
    QVERIFY(::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) == 0);
    QCOMPARE(fetchInTurn(client, sent, get("/page.html")).body, QByteArray("<p>new</p>"));

    QVERIFY(QFile::remove(path));
    QCOMPARE(fetchInTurn(client, sent, get("/page.html")).status, 404);
}

namespace {

// How many of this process's descriptors are open on `path`.
int descriptorsOn(const QString &path)
{
    int n = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (QFile::symLinkTarget(fds.filePath(fd)) == path)
            ++n;
    }
    return n;
}

} // namespace

void tst_StaticFiles::fileStaysOpenOnlyWhileAskedFor()
{
    // A small file asked for again is served from the descriptor the worker
    // kept (one stat() per request); once the worker has no connections it
    // closes it, so a file deleted meanwhile does not hold its disk space.
    TestServer s;
    const QString path = QFileInfo(s.writeFile(QStringLiteral("kept.txt"), "kept")).canonicalFilePath();
    QVERIFY(s.start());
    QCOMPARE(descriptorsOn(path), 0);
    {
        RawHttpClient client;
        QVERIFY(client.connectTo(s.port()));
        int sent = 0;
        QCOMPARE(fetchInTurn(client, sent, get("/kept.txt")).body, QByteArray("kept"));
        QCOMPARE(descriptorsOn(path), 1);
        QCOMPARE(fetchInTurn(client, sent, get("/kept.txt")).body, QByteArray("kept"));
        QCOMPARE(descriptorsOn(path), 1); // the same one, not another
    }
    QTRY_COMPARE_WITH_TIMEOUT(descriptorsOn(path), 0, 5000);
}

void tst_StaticFiles::makeFixtures(TestServer &s)
{
    s.writeFile(QStringLiteral("caf\u00e9/na\u00efve r\u00e9sum\u00e9.txt"), "r\u00e9sum\u00e9");
    s.writeFile(QStringLiteral("\u65e5\u672c\u8a9e.txt"), "nihongo");
    s.writeFile(QStringLiteral("odd #1 & 100% 'quoted'.txt"), "odd");
    s.writeFile(QStringLiteral("question?.txt"), "question");
    s.writeFile(QStringLiteral("a/b/c/deep.txt"), "deep");
    s.writeFile(QStringLiteral("empty.txt"), {});
    s.writeFile(QStringLiteral(".env"), "SECRET=1");
    s.writeFile(QStringLiteral(".git/config"), "[core]");
    s.writeFile(QStringLiteral("site/index.html"), "<h1>site</h1>");
    s.writeFile(QStringLiteral("site/home.htm"), "<h1>home</h1>");
    s.writeFile(QStringLiteral("types/app.mjs"), "export {}");
    s.writePatternFile(QStringLiteral("ranges.bin"), 10000);
    s.writeFile(QStringLiteral("locked.txt"), "locked");
    QFile::setPermissions(s.root() + QStringLiteral("/locked.txt"), {});

    // Symlinks: one inside the folder, one to a dot-folder inside, two out.
    QVERIFY(QFile::link(s.root() + QStringLiteral("/a"), s.root() + QStringLiteral("/link-to-a")));
    QVERIFY(QFile::link(s.root() + QStringLiteral("/.git"), s.root() + QStringLiteral("/visible-git")));
    s.writeFile(QStringLiteral("secretsite/placeholder.txt"), "p");
    QVERIFY(QFile::link(s.root() + QStringLiteral("/.env"), s.root() + QStringLiteral("/secretsite/index.html")));
    QFile secret(m_outside.filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("outside");
    secret.close();
    QVERIFY(
        QFile::link(m_outside.filePath(QStringLiteral("secret.txt")), s.root() + QStringLiteral("/secret-link.txt")));
    QVERIFY(QFile::link(m_outside.path(), s.root() + QStringLiteral("/outside-dir")));

    QVERIFY(::mkfifo(QFile::encodeName(s.root() + QStringLiteral("/pipe")).constData(), 0644) == 0);

    // A sparse file over 4 GiB with a marker past the 32-bit boundary.
    QFile big(s.root() + QStringLiteral("/big.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kBigSize));
    QVERIFY(big.seek(kMarkerOffset));
    QCOMPARE(big.write(kMarker), kMarker.size());
}

void tst_StaticFiles::initTestCase()
{
    QVERIFY(m_outside.isValid());
    makeFixtures(m_server);
    // Some fixtures are for the options tests only; the defaults must hide them.
    for (const char *name :
         {"a.mjs", "b.wasm", "c.json", "d.svg", "e.webp", "f.avif", "g.mp4", "h.woff2", "i.txt", "j.unknownext",
          "k.mp3", "l.pdf", "m.css", "n.html", "o.m4a", "p.ogg", "q.webm", "README"}) {
        m_server.writeFile(QStringLiteral("types/") + QLatin1StringView(name), "x");
    }
    QVERIFY(m_server.start());
}

void tst_StaticFiles::oddNamesAreServedExactly_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("accented folder and file")
        << QByteArray("/caf%C3%A9/na%C3%AFve%20r%C3%A9sum%C3%A9.txt") << QStringLiteral("r\u00e9sum\u00e9").toUtf8();
    QTest::newRow("CJK name") << QByteArray("/%E6%97%A5%E6%9C%AC%E8%AA%9E.txt") << QByteArray("nihongo");
    QTest::newRow("hash, ampersand, percent, quotes")
        << QByteArray("/odd%20%231%20%26%20100%25%20'quoted'.txt") << QByteArray("odd");
    QTest::newRow("encoded question mark") << QByteArray("/question%3F.txt") << QByteArray("question");
    QTest::newRow("three levels deep") << QByteArray("/a/b/c/deep.txt") << QByteArray("deep");
    QTest::newRow("through a symlink inside") << QByteArray("/link-to-a/b/c/deep.txt") << QByteArray("deep");
}

void tst_StaticFiles::oddNamesAreServedExactly()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const WireResponse r = fetch(m_server, get(target));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, body);
}

void tst_StaticFiles::mimeTypes_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("module script") << QByteArray("a.mjs") << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("wasm") << QByteArray("b.wasm") << QByteArray("application/wasm");
    QTest::newRow("json") << QByteArray("c.json") << QByteArray("application/json");
    QTest::newRow("svg") << QByteArray("d.svg") << QByteArray("image/svg+xml");
    QTest::newRow("webp") << QByteArray("e.webp") << QByteArray("image/webp");
    QTest::newRow("avif") << QByteArray("f.avif") << QByteArray("image/avif");
    QTest::newRow("mp4") << QByteArray("g.mp4") << QByteArray("video/mp4");
    QTest::newRow("woff2") << QByteArray("h.woff2") << QByteArray("font/woff2");
    QTest::newRow("text with charset") << QByteArray("i.txt") << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("unknown") << QByteArray("j.unknownext") << QByteArray("application/octet-stream");
    QTest::newRow("mp3") << QByteArray("k.mp3") << QByteArray("audio/mpeg");
    QTest::newRow("pdf") << QByteArray("l.pdf") << QByteArray("application/pdf");
    QTest::newRow("css") << QByteArray("m.css") << QByteArray("text/css; charset=utf-8");
    QTest::newRow("html") << QByteArray("n.html") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("m4a") << QByteArray("o.m4a") << QByteArray("audio/mp4");
    QTest::newRow("ogg") << QByteArray("p.ogg") << QByteArray("audio/ogg");
    QTest::newRow("webm") << QByteArray("q.webm") << QByteArray("video/webm");
}

void tst_StaticFiles::mimeTypes()
{
    QFETCH(QByteArray, file);
    QFETCH(QByteArray, type);
    const WireResponse r = fetch(m_server, get("/types/" + file));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), type);
    QCOMPARE(r.header("X-Content-Type-Options"), QByteArray("nosniff"));
}

void tst_StaticFiles::hiddenAndOutsideAreNotFound_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::newRow("dotfile") << QByteArray("/.env");
    QTest::newRow("file in a dot-folder") << QByteArray("/.git/config");
    QTest::newRow("dot-folder itself") << QByteArray("/.git/");
    QTest::newRow("dot-folder through a visible symlink") << QByteArray("/visible-git/config");
    QTest::newRow("symlink to a file outside") << QByteArray("/secret-link.txt");
    QTest::newRow("symlink to a folder outside") << QByteArray("/outside-dir/secret.txt");
    QTest::newRow("symlinked folder outside, listing") << QByteArray("/outside-dir/");
    QTest::newRow("index that is a symlink to a dotfile") << QByteArray("/secretsite/index.html");
    QTest::newRow("missing") << QByteArray("/nope.txt");
}

void tst_StaticFiles::hiddenAndOutsideAreNotFound()
{
    QFETCH(QByteArray, target);
    const WireResponse r = fetch(m_server, get(target));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains("SECRET") && !r.body.contains("outside") && !r.body.contains("[core]"));
    QVERIFY(!r.body.contains(m_server.root().toUtf8()));

    // Not listed either.
    const WireResponse listing = fetch(m_server, get("/"));
    QCOMPARE(listing.status, 200);
    for (const char *name : {".env", ".git", "visible-git", "secret-link.txt", "outside-dir", "pipe"})
        QVERIFY2(!listing.body.contains(QByteArray(QByteArray(">") + name + "<")), name);
    QVERIFY(listing.body.contains(">link-to-a<"));
}

void tst_StaticFiles::indexSymlinkToDotfileIsNotServed()
{
    // The folder is listed instead of serving .env through its index.
    const WireResponse r = fetch(m_server, get("/secretsite/"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("SECRET"));
    QVERIFY(r.body.contains(">placeholder.txt<"));
}

void tst_StaticFiles::optionsRevealHiddenAndOutside()
{
    TestServer permissive;
    makeFixtures(permissive);
    ServerConfig config;
    config.showHidden = true;
    config.followSymlinks = true;
    QVERIFY(permissive.start(config));

    QCOMPARE(fetch(permissive, get("/.env")).body, QByteArray("SECRET=1"));
    QCOMPARE(fetch(permissive, get("/.git/config")).body, QByteArray("[core]"));
    QCOMPARE(fetch(permissive, get("/secret-link.txt")).body, QByteArray("outside"));
    QCOMPARE(fetch(permissive, get("/outside-dir/secret.txt")).body, QByteArray("outside"));
    const WireResponse listing = fetch(permissive, get("/"));
    QVERIFY(listing.body.contains(">.env<"));
    QVERIFY(listing.body.contains(">secret-link.txt<"));
    // Still never a way above the root through the URL itself.
    QCOMPARE(fetch(permissive, get("/../x")).status, 400);
}

void tst_StaticFiles::swappedSymlinkIsCheckedAgain()
{
    // The server remembers which opened files it has checked; a symlink
    // re-pointed outside right after a good request must still be refused.
    TestServer s;
    s.writeFile(QStringLiteral("inside.txt"), "inside");
    QVERIFY(QFile::link(s.root() + QStringLiteral("/inside.txt"), s.root() + QStringLiteral("/link.txt")));
    ServerConfig config;
    config.workerCount = 1; // the same worker, the same memory, both times
    QVERIFY(s.start(config));
    QCOMPARE(fetch(s, get("/link.txt")).body, QByteArray("inside"));
    QVERIFY(QFile::remove(s.root() + QStringLiteral("/link.txt")));
    QVERIFY(QFile::link(m_outside.filePath(QStringLiteral("secret.txt")), s.root() + QStringLiteral("/link.txt")));
    const WireResponse r = fetch(s, get("/link.txt"));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.body.contains("outside"));
}

void tst_StaticFiles::unreadableFileIs403()
{
    TestServer s;
    s.writeFile(QStringLiteral("locked.txt"), "locked");
    QVERIFY(QFile::setPermissions(s.root() + QStringLiteral("/locked.txt"), {}));
    // Root reads anything; make this thread (and the server's, started
    // below) obey permissions like any user.
    ObeyFilePermissions obey;
    QVERIFY2(obey.active(), "cannot make a file unreadable for this process");
    QVERIFY(s.start());
    const WireResponse r = fetch(s, get("/locked.txt"));
    QCOMPARE(r.status, 403);
    QVERIFY(!r.body.contains("locked\n") && !r.body.contains(s.root().toUtf8()));
    QVERIFY(s.stop());
}

void tst_StaticFiles::fifoIs403WithoutHanging()
{
    // Opening a FIFO for reading blocks until a writer appears; the worker
    // must never do that. Two requests on one connection prove the worker is
    // still free afterwards.
    RawHttpClient client;
    QVERIFY(client.connectTo(m_server.port()));
    client.send(get("/pipe") + get("/empty.txt"));
    const QList<WireResponse> r = client.readResponses(2, {}, 10s);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].status, 403);
    QCOMPARE(r[1].status, 200);
}

void tst_StaticFiles::emptyFile()
{
    const WireResponse r = fetch(m_server, get("/empty.txt"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Length"), QByteArray("0"));
    QVERIFY(r.body.isEmpty());
    const WireResponse range = fetch(m_server, get("/empty.txt", "Range: bytes=0-\r\n"));
    QCOMPARE(range.status, 416);
    QCOMPARE(range.header("Content-Range"), QByteArray("bytes */0"));
}

void tst_StaticFiles::fileOverFourGibibytes()
{
    const WireResponse head = fetch(m_server, get("/big.bin", {}, "HEAD"), true);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("Content-Length").toLongLong(), kBigSize);
    QCOMPARE(head.header("Accept-Ranges"), QByteArray("bytes"));

    const qint64 first = kMarkerOffset - 2;
    const qint64 last = kMarkerOffset + kMarker.size() + 1;
    const WireResponse range
        = fetch(m_server,
                get("/big.bin", "Range: bytes=" + QByteArray::number(first) + '-' + QByteArray::number(last) + "\r\n"));
    QCOMPARE(range.status, 206);
    QCOMPARE(range.header("Content-Range"),
             "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                 + QByteArray::number(kBigSize));
    QCOMPARE(range.body, QByteArray(2, '\0') + kMarker + QByteArray(2, '\0'));

    const WireResponse suffix = fetch(m_server, get("/big.bin", "Range: bytes=-3\r\n"));
    QCOMPARE(suffix.status, 206);
    QCOMPARE(suffix.header("Content-Range"),
             "bytes " + QByteArray::number(kBigSize - 3) + '-' + QByteArray::number(kBigSize - 1) + '/'
                 + QByteArray::number(kBigSize));
    QCOMPARE(suffix.body, QByteArray(3, '\0'));
}

void tst_StaticFiles::validatorsAnd304()
{
    const WireResponse r = fetch(m_server, get("/ranges.bin"));
    QCOMPARE(r.status, 200);
    const QByteArray etag = r.header("ETag");
    const QByteArray lastModified = r.header("Last-Modified");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"') && etag.size() > 2); // strong
    QVERIFY(parseHttpDate(lastModified).has_value());

    const struct {
        const char *name;
        QByteArray extra;
    } notModified[] = {
        {"If-None-Match", "If-None-Match: " + etag + "\r\n"},
        {"If-None-Match in a list, weak", "If-None-Match: \"nope\", W/" + etag + "\r\n"},
        {"If-None-Match *", "If-None-Match: *\r\n"},
        {"If-Modified-Since equal", "If-Modified-Since: " + lastModified + "\r\n"},
    };
    for (const auto &c : notModified) {
        const WireResponse nm = fetch(m_server, get("/ranges.bin", c.extra));
        QVERIFY2(nm.status == 304, c.name);
        QVERIFY2(nm.body.isEmpty(), c.name);
        QCOMPARE(nm.header("ETag"), etag);
        QCOMPARE(nm.header("Last-Modified"), lastModified);
        QCOMPARE(nm.header("Cache-Control"), QByteArray("no-cache"));
        QCOMPARE(nm.headerCount("Content-Length"), 0);
    }

    // A stale If-None-Match wins over a matching date (13.2.2 order).
    const WireResponse stale
        = fetch(m_server, get("/ranges.bin", "If-None-Match: \"old\"\r\nIf-Modified-Since: " + lastModified + "\r\n"));
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), 10000);
    // An older If-Modified-Since means modified.
    const QByteArray older = formatHttpDate(*parseHttpDate(lastModified) - 3600);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Modified-Since: " + older + "\r\n")).status, 200);
    // An unparseable date is ignored.
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Modified-Since: yesterday\r\n")).status, 200);
}

void tst_StaticFiles::preconditionFailures()
{
    const WireResponse r = fetch(m_server, get("/ranges.bin"));
    const QByteArray etag = r.header("ETag");
    const QByteArray lastModified = r.header("Last-Modified");

    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Match: \"other\"\r\n")).status, 412);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Match: W/" + etag + "\r\n")).status, 412); // strong only
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Match: " + etag + "\r\n")).status, 200);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Match: *\r\n")).status, 200);
    const QByteArray older = formatHttpDate(*parseHttpDate(lastModified) - 60);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Unmodified-Since: " + older + "\r\n")).status, 412);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "If-Unmodified-Since: " + lastModified + "\r\n")).status, 200);
}

void tst_StaticFiles::fileChangeMakesNewValidator()
{
    TestServer s;
    s.writeFile(QStringLiteral("doc.txt"), "version one");
    QVERIFY(s.start());
    const QByteArray before = fetch(s, get("/doc.txt")).header("ETag");
    s.writeFile(QStringLiteral("doc.txt"), "version two!");
    const WireResponse after = fetch(s, get("/doc.txt", "If-None-Match: " + before + "\r\n"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.body, QByteArray("version two!"));
    QVERIFY(after.header("ETag") != before);
}

void tst_StaticFiles::singleRanges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("first bytes") << QByteArray("bytes=0-99") << qint64(0) << qint64(99);
    QTest::newRow("middle") << QByteArray("bytes=5000-5009") << qint64(5000) << qint64(5009);
    QTest::newRow("open-ended") << QByteArray("bytes=9990-") << qint64(9990) << qint64(9999);
    QTest::newRow("suffix") << QByteArray("bytes=-10") << qint64(9990) << qint64(9999);
    QTest::newRow("last past the end is clamped") << QByteArray("bytes=9000-20000") << qint64(9000) << qint64(9999);
    QTest::newRow("suffix longer than the file") << QByteArray("bytes=-20000") << qint64(0) << qint64(9999);
    QTest::newRow("overlapping ranges coalesce") << QByteArray("bytes=0-10,5-20") << qint64(0) << qint64(20);
}

void tst_StaticFiles::singleRanges()
{
    QFETCH(QByteArray, range);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const WireResponse r = fetch(m_server, get("/ranges.bin", "Range: " + range + "\r\n"));
    QCOMPARE(r.status, 206);
    QCOMPARE(r.header("Content-Range"),
             "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + "/10000");
    QCOMPARE(r.body.size(), last - first + 1);
    for (qint64 i = first; i <= last; ++i)
        QCOMPARE(r.body.at(i - first), TestServer::patternByte(i));
}

void tst_StaticFiles::multipleRanges()
{
    const WireResponse r = fetch(m_server, get("/ranges.bin", "Range: bytes=0-9, 5000-5019, -5\r\n"));
    QCOMPARE(r.status, 206);
    const QByteArray type = r.header("Content-Type");
    QVERIFY(type.startsWith("multipart/byteranges; boundary="));
    const QByteArray boundary = type.mid(type.indexOf('=') + 1);
    QCOMPARE(r.header("Content-Length").toLongLong(), r.body.size());

    // Parse the parts: each has its own Content-Type and Content-Range.
    const QByteArray delimiter = "--" + boundary + "\r\n";
    QVERIFY(r.body.startsWith(delimiter));
    QVERIFY(r.body.endsWith(QByteArray("\r\n--" + boundary + "--\r\n")));
    const struct {
        qint64 first, last;
    } expected[] = {{0, 9}, {5000, 5019}, {9995, 9999}};
    qsizetype pos = 0;
    for (const auto &e : expected) {
        pos = r.body.indexOf(delimiter, pos);
        QVERIFY(pos >= 0);
        const qsizetype headEnd = r.body.indexOf("\r\n\r\n", pos);
        const QByteArray partHead = r.body.mid(pos, headEnd - pos);
        QVERIFY(partHead.contains("Content-Type: application/octet-stream"));
        const QByteArray contentRange
            = "Content-Range: bytes " + QByteArray::number(e.first) + '-' + QByteArray::number(e.last) + "/10000";
        QVERIFY(partHead.contains(contentRange));
        const QByteArray data = r.body.mid(headEnd + 4, e.last - e.first + 1);
        for (qint64 i = e.first; i <= e.last; ++i)
            QCOMPARE(data.at(i - e.first), TestServer::patternByte(i));
        pos = headEnd + 4 + data.size();
        QVERIFY(r.body.mid(pos, 2) == "\r\n");
    }
}

void tst_StaticFiles::unsatisfiableRangeIs416()
{
    const WireResponse r = fetch(m_server, get("/ranges.bin", "Range: bytes=10000-\r\n"));
    QCOMPARE(r.status, 416);
    QCOMPARE(r.header("Content-Range"), QByteArray("bytes */10000"));
    // A range the server cannot read at all is ignored: the full file.
    const WireResponse junk = fetch(m_server, get("/ranges.bin", "Range: pages=1-2\r\n"));
    QCOMPARE(junk.status, 200);
    QCOMPARE(junk.body.size(), 10000);
    // HEAD ignores Range (RFC 9110 14.2 defines it for GET only).
    const WireResponse head = fetch(m_server, get("/ranges.bin", "Range: bytes=0-1\r\n", "HEAD"), true);
    QCOMPARE(head.status, 200);
}

void tst_StaticFiles::ifRangeFallsBackToFullResponse()
{
    const WireResponse r = fetch(m_server, get("/ranges.bin"));
    const QByteArray etag = r.header("ETag");
    const QByteArray lastModified = r.header("Last-Modified");

    QCOMPARE(fetch(m_server, get("/ranges.bin", "Range: bytes=0-1\r\nIf-Range: " + etag + "\r\n")).status, 206);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "Range: bytes=0-1\r\nIf-Range: " + lastModified + "\r\n")).status, 206);
    const WireResponse stale = fetch(m_server, get("/ranges.bin", "Range: bytes=0-1\r\nIf-Range: \"old\"\r\n"));
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), 10000);
    const QByteArray older = formatHttpDate(*parseHttpDate(lastModified) - 1);
    QCOMPARE(fetch(m_server, get("/ranges.bin", "Range: bytes=0-1\r\nIf-Range: " + older + "\r\n")).status, 200);
}

void tst_StaticFiles::downloadQueryNamesTheFile()
{
    const WireResponse r = fetch(m_server, get("/caf%C3%A9/na%C3%AFve%20r%C3%A9sum%C3%A9.txt?download"));
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.header("Content-Disposition"),
        QByteArray("attachment; filename=\"na_ve r_sum_.txt\"; filename*=UTF-8''na%C3%AFve%20r%C3%A9sum%C3%A9.txt"));
    QCOMPARE(fetch(m_server, get("/empty.txt")).headerCount("Content-Disposition"), 0);
}

void tst_StaticFiles::listingSpeaksTheBrowsersLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<QByteArray>("lang");
    QTest::addColumn<QString>("downloadAll");
    QTest::addColumn<QString>("home");

    const QString de = QStringLiteral("Alle herunterladen"), fr = QStringLiteral("Tout t\u00e9l\u00e9charger"),
                  es = QStringLiteral("Descargar todo"), en = QStringLiteral("Download all");
    QTest::newRow("German, as a German browser asks")
        << QByteArray("de-DE,de;q=0.9,en;q=0.8") << QByteArray("de") << de << QStringLiteral("Start");
    QTest::newRow("the higher q wins") << QByteArray("de;q=0.5, fr") << QByteArray("fr") << fr
                                       << QStringLiteral("Accueil");
    QTest::newRow("a region matches its language")
        << QByteArray("es-MX") << QByteArray("es") << es << QStringLiteral("Inicio");
    QTest::newRow("English first stays English")
        << QByteArray("en-GB, de;q=0.9") << QByteArray("en") << en << QStringLiteral("Home");
    QTest::newRow("a language without a catalogue")
        << QByteArray("it, pt;q=0.8") << QByteArray("en") << en << QStringLiteral("Home");
    QTest::newRow("q=0 refuses") << QByteArray("de;q=0") << QByteArray("en") << en << QStringLiteral("Home");
    QTest::newRow("no Accept-Language") << QByteArray() << QByteArray("en") << en << QStringLiteral("Home");
}

void tst_StaticFiles::listingSpeaksTheBrowsersLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(QByteArray, lang);
    QFETCH(QString, downloadAll);
    QFETCH(QString, home);

    const QByteArray extra = acceptLanguage.isNull() ? QByteArray() : "Accept-Language: " + acceptLanguage + "\r\n";
    const WireResponse r = fetch(m_server, get("/caf%C3%A9/", extra));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Language"), lang);
    QVERIFY(r.header("Vary").contains("Accept-Language"));
    QVERIFY2(r.body.contains(QByteArray("<html lang=\"" + lang + "\">")), r.body.left(200).constData());
    QVERIFY2(r.body.contains(downloadAll.toUtf8()), r.body.left(2000).constData());
    QVERIFY(r.body.contains(QByteArray("<a href=\"/\">" + home.toUtf8() + "</a>")));
    // The script's words travel in the page, in the same language; the
    // script itself is the same bytes (the policy allows it by its hash).
    const qsizetype words = r.body.indexOf("<script type=\"application/json\" id=\"servery-text\">");
    QVERIFY(words > 0);
    const qsizetype start = r.body.indexOf('>', words) + 1;
    const QByteArray json = r.body.mid(start, r.body.indexOf("</script>", start) - start);
    QJsonParseError error;
    const QJsonObject text = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!text.value(QStringLiteral("retry")).toString().isEmpty());
    if (lang != "en")
        QVERIFY(text.value(QStringLiteral("retry")).toString() != u"Retry");
    const QByteArray english = fetch(m_server, get("/caf%C3%A9/")).body;
    const auto script = [](const QByteArray &page) {
        const qsizetype at = page.indexOf("<script>");
        return page.mid(at, page.indexOf("</script>", at) - at);
    };
    QCOMPARE(script(r.body), script(english));
    QCOMPARE(r.header("Content-Security-Policy"),
             fetch(m_server, get("/caf%C3%A9/")).header("Content-Security-Policy"));
}

void tst_StaticFiles::listingHtml()
{
    const WireResponse r = fetch(m_server, get("/caf%C3%A9/"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(r.header("Content-Security-Policy").contains("default-src 'none'"));
    // The answer depends on Accept (HTML or JSON) and on Accept-Encoding
    // (gzip); it is rendered as it is sent, so its length is not known
    // before: chunked.
    QCOMPARE(r.header("Vary"), QByteArray("Accept, Accept-Language, Accept-Encoding"));
    QVERIFY(r.chunked);
    QVERIFY(!r.malformed);
    QCOMPARE(r.header("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(r.body.contains("<meta name=\"viewport\""));
    QVERIFY(r.body.contains(QStringLiteral(">na\u00efve r\u00e9sum\u00e9.txt<").toUtf8()));
    QVERIFY(r.body.contains("href=\"./na%C3%AFve%20r%C3%A9sum%C3%A9.txt\""));
    QVERIFY(r.body.contains("href=\"./na%C3%AFve%20r%C3%A9sum%C3%A9.txt?download\""));
    QVERIFY(r.body.contains("<a href=\"/\">Home</a>")); // breadcrumb back to the root

    // Root listing: folders first, odd names escaped, no dotfiles.
    const WireResponse root = fetch(m_server, get("/"));
    const QByteArray body = root.body;
    QVERIFY(body.indexOf(">a<") < body.indexOf(">empty.txt<"));
    QVERIFY(body.indexOf(QStringLiteral(">caf\u00e9<").toUtf8()) < body.indexOf(">empty.txt<"));
    QVERIFY(body.contains(">odd #1 &amp; 100% &#39;quoted&#39;.txt<"));
    QVERIFY(body.contains("href=\"./odd%20%231%20%26%20100%25%20%27quoted%27.txt\""));

    // Sorting by size, without JavaScript: a plain link.
    QVERIFY(body.contains("href=\"?sort=size&amp;order=desc\""));
    const WireResponse bySize = fetch(m_server, get("/?sort=size&order=desc"));
    QVERIFY(bySize.body.indexOf(">ranges.bin<") < bySize.body.indexOf(">empty.txt<"));
}

void tst_StaticFiles::listingJson()
{
    const WireResponse r = fetch(m_server, get("/caf%C3%A9/", "Accept: application/json\r\n"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("path")).toString(), QStringLiteral("/caf\u00e9/"));
    const QJsonArray entries = doc.object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject e = entries.at(0).toObject();
    QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("na\u00efve r\u00e9sum\u00e9.txt"));
    QCOMPARE(e.value(QStringLiteral("type")).toString(), QStringLiteral("file"));
    QCOMPARE(e.value(QStringLiteral("size")).toInteger(), 8); // "résumé" in UTF-8
    QVERIFY(e.value(QStringLiteral("modified")).toString().endsWith(u'Z'));
    // The URL works.
    const QByteArray url = e.value(QStringLiteral("url")).toString().toUtf8();
    QCOMPARE(fetch(m_server, get(url)).body, QStringLiteral("r\u00e9sum\u00e9").toUtf8());
}

namespace {

QStringList listedNames(const WireResponse &r)
{
    QStringList names;
    const QJsonArray entries = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("entries")).toArray();
    for (const QJsonValue &e : entries)
        names.append(e.toObject().value(QStringLiteral("name")).toString());
    return names;
}

} // namespace

void tst_StaticFiles::settledListingIsCachedUntilTheFolderChanges()
{
    TestServer s;
    s.writeFile(QStringLiteral("album/a.jpg"), "a");
    s.writeFile(QStringLiteral("album/b.jpg"), "b");
    QVERIFY(ageBy(s.root() + QStringLiteral("/album"), 3600));
    QVERIFY(s.start());
    ListingCache::shared().clear();
    const QByteArray json = "Accept: application/json\r\n";

    const WireResponse first = fetch(s, get("/album/", json));
    QCOMPARE(first.status, 200);
    QCOMPARE(listedNames(first), (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
    // Kept: the folder had not changed for a while.
    QCOMPARE(ListingCache::shared().size(), 1);
    const WireResponse again = fetch(s, get("/album/", json));
    QCOMPARE(again.body, first.body);
    // The HTML page is another entry.
    QCOMPARE(fetch(s, get("/album/")).status, 200);
    QCOMPARE(ListingCache::shared().size(), 2);

    // A new file changes the folder: listed at once.
    s.writeFile(QStringLiteral("album/c.jpg"), "c");
    QCOMPARE(listedNames(fetch(s, get("/album/", json))),
             (QStringList {QStringLiteral("a.jpg"), QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
    // A removed one too, even after the folder is aged again.
    QVERIFY(QFile::remove(s.root() + QStringLiteral("/album/a.jpg")));
    QVERIFY(ageBy(s.root() + QStringLiteral("/album"), 7200));
    QCOMPARE(listedNames(fetch(s, get("/album/", json))),
             (QStringList {QStringLiteral("b.jpg"), QStringLiteral("c.jpg")}));
}

void tst_StaticFiles::freshFolderIsNotCached()
{
    // Changed a moment ago: a change within the same tick of the file
    // system's clock would not show in its time, so it is read every time.
    TestServer s;
    s.writeFile(QStringLiteral("new/one.txt"), "1");
    QVERIFY(s.start());
    ListingCache::shared().clear();
    const QByteArray json = "Accept: application/json\r\n";
    QCOMPARE(listedNames(fetch(s, get("/new/", json))), QStringList {QStringLiteral("one.txt")});
    QCOMPARE(ListingCache::shared().size(), 0);
}

void tst_StaticFiles::namesThatAreNotUtf8AreListedAndServed()
{
    // A file named in Latin-1 ("caf\xe9.txt"), as old archives and cameras
    // make them: the bytes on disk are not UTF-8. It is listed, linked with
    // its exact bytes, and served; no file goes missing from a listing.
    TestServer s;
    s.writeFile(QStringLiteral("latin/utf8.txt"), "u");
    const QByteArray folder = QFile::encodeName(s.root() + QStringLiteral("/latin/"));
    const QByteArray rawName("caf\xe9.txt");
    const int fd = ::open(QByteArray(folder + rawName).constData(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, "latin one", 9), 9);
    ::close(fd);
    QVERIFY(s.start());

    const WireResponse html = fetch(s, get("/latin/"));
    QCOMPARE(html.status, 200);
    QVERIFY2(html.body.contains("href=\"./caf%E9.txt\""), html.body.constData());
    QVERIFY(html.body.contains("href=\"./utf8.txt\""));
    // Shown with a replacement character where the byte cannot be read.
    QVERIFY(html.body.contains(QStringLiteral(">caf\ufffd.txt<").toUtf8()));

    const WireResponse json = fetch(s, get("/latin/", "Accept: application/json\r\n"));
    const QJsonArray entries = QJsonDocument::fromJson(json.body).object().value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QStringList urls;
    for (const QJsonValue &e : entries)
        urls.append(e.toObject().value(QStringLiteral("url")).toString());
    QVERIFY2(urls.contains(QStringLiteral("/latin/caf%E9.txt")), qPrintable(urls.join(u' ')));

    const WireResponse file = fetch(s, get("/latin/caf%E9.txt"));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.body, QByteArray("latin one"));
    QCOMPARE(file.header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    // The same name in UTF-8 is another name, and there is no such file.
    QCOMPARE(fetch(s, get("/latin/caf%C3%A9.txt")).status, 404);
}

void tst_StaticFiles::listingHead()
{
    const WireResponse full = fetch(m_server, get("/a/"));
    const WireResponse head = fetch(m_server, get("/a/", {}, "HEAD"), true);
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    // The fields of the GET answer, without the ones only generating the
    // page could tell (RFC 9110 9.3.2): a rendered listing has no length in
    // advance, so neither says one.
    QCOMPARE(head.header("Content-Type"), full.header("Content-Type"));
    QCOMPARE(head.header("Content-Security-Policy"), full.header("Content-Security-Policy"));
    QVERIFY(full.chunked);
    QCOMPARE(head.headerCount("Content-Length"), 0);
    QCOMPARE(head.headerCount("Transfer-Encoding"), 0);
    QVERIFY(full.body.endsWith("</html>\n"));
}

void tst_StaticFiles::listingCanBeTurnedOff()
{
    TestServer s;
    s.writeFile(QStringLiteral("folder/file.txt"), "x");
    s.writeFile(QStringLiteral("site/index.html"), "<h1>i</h1>");
    ServerConfig config;
    config.listDirectories = false;
    QVERIFY(s.start(config));
    QCOMPARE(fetch(s, get("/folder/")).status, 404);
    QCOMPARE(fetch(s, get("/folder/file.txt")).status, 200);
    QCOMPARE(fetch(s, get("/site/")).body, QByteArray("<h1>i</h1>")); // an index still works
}

void tst_StaticFiles::customIndexName()
{
    TestServer s;
    s.writeFile(QStringLiteral("site/index.html"), "<h1>index</h1>");
    s.writeFile(QStringLiteral("site/home.htm"), "<h1>home</h1>");
    ServerConfig config;
    config.indexFileName = QStringLiteral("home.htm");
    QVERIFY(s.start(config));
    const WireResponse r = fetch(s, get("/site/"));
    QCOMPARE(r.body, QByteArray("<h1>home</h1>"));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(fetch(m_server, get("/site/")).body, QByteArray("<h1>site</h1>"));
}

void tst_StaticFiles::cachingByMode()
{
    QCOMPARE(fetch(m_server, get("/empty.txt")).header("Cache-Control"), QByteArray("no-cache"));

    TestServer share;
    share.writeFile(QStringLiteral("photo.jpg"), "jpeg");
    share.writeFile(QStringLiteral("album/x.txt"), "x");
    ServerConfig config;
    config.mode = ServeMode::Share;
    QVERIFY(share.start(config));
    const WireResponse file = fetch(share, get("/photo.jpg"));
    QCOMPARE(file.header("Cache-Control"), QByteArray("max-age=300"));
    QVERIFY(!file.header("ETag").isEmpty());
    // Listings always revalidate, whatever the mode.
    QCOMPARE(fetch(share, get("/album/")).header("Cache-Control"), QByteArray("no-cache"));
}

QTEST_GUILESS_MAIN(tst_StaticFiles)
#include "tst_staticfiles.moc"
