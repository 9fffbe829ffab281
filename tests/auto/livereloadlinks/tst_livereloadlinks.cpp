// Integration tests of live reload in the site preview (LiveReloadLink and
// the page decorator) through a real server on port 0: the script tag in
// pages (lengths, validators, ranges, gzip, CSP), the live.js script, the
// event stream and what reaches it (announced changes, the folder watcher,
// the console setting), and the console endpoint. Every exchange is raw bytes
// on a socket; every wait is on a signal or a QTRY with a deadline.

#include "RawHttpClient.h"
#include "SiteFixture.h"

#include "server/site/SiteLinks.h"
#include "server/site/SitePreview.h"

#include <QSignalSpy>
#include <QtTest>

#include <zlib.h>

using namespace Servery;
using namespace Servery::Test;

namespace {

// The content of a gzip stream; empty when it is not one.
QByteArray gunzip(const QByteArray &data)
{
    z_stream zs {};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return {};
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[16384];
    int rc = Z_OK;
    do {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return {};
        }
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    } while (rc != Z_STREAM_END);
    inflateEnd(&zs);
    return out;
}

} // namespace

class tst_LiveReloadLinks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 1. injection
    void liveTagPlacement_data();
    void liveTagPlacement();
    void livePageRevalidates();
    void headIsNotInjected();
    void notInjected_data();
    void notInjected();
    void rangesOverTheInjectedPage();
    void gzipOfTheInjectedPage();
    void cspNonceGoesOnTheTag();
    void cspFromHeadersFileBlocksInjection();
    void cspOfTheRequestPathBlocksInjection_data();
    void cspOfTheRequestPathBlocksInjection();
    void liveReloadOffMeansNoTag();
    // 2. script and events
    void liveScript();
    void eventStreamHelloAndListenerCount();
    void announcedChangesReachThePage();
    void consoleSettingReachesThePage();
    void watcherChangesReachThePage();
    void eventsWithLiveReloadOffAre204();
    // 3. console
    void consoleMessage();
    void consoleRefused_data();
    void consoleRefused();
    void consoleOnlyTakesPost();
};

// ---- 1. Live reload in pages ---------------------------------------------------

void tst_LiveReloadLinks::liveTagPlacement_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("before </body>") << QByteArray("<html><body><p>x</p></body></html>")
                                    << QByteArray("<html><body><p>x</p>") + kTag + "</body></html>";
    QTest::newRow("before </BODY> in capitals")
        << QByteArray("<HTML><BODY>x</BODY></HTML>\n") << QByteArray("<HTML><BODY>x") + kTag + "</BODY></HTML>\n";
    QTest::newRow("before the last </body>")
        << QByteArray("<body><pre>&lt;/body&gt; </body> in text</pre></body>")
        << QByteArray("<body><pre>&lt;/body&gt; </body> in text</pre>") + kTag + "</body>";
    QTest::newRow("at the end without </body>")
        << QByteArray("<p>fragment</p>") << QByteArray("<p>fragment</p>") + kTag;
    QTest::newRow("empty page") << QByteArray("") << kTag;
}

void tst_LiveReloadLinks::liveTagPlacement()
{
    QFETCH(QByteArray, page);
    QFETCH(QByteArray, expected);
    Site site;
    site.write(QStringLiteral("page.html"), page);
    START_SITE(site);

    const WireResponse r = site.get("/page.html");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, expected);
    QVERIFY(!r.chunked);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(r.body.size()));
    QVERIFY2(r.header("ETag").endsWith("-live\""), r.header("ETag").constData());
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
}

void tst_LiveReloadLinks::livePageRevalidates()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    START_SITE(site);

    const WireResponse first = site.get("/");
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(etag.endsWith("-live\""));
    const WireResponse second = site.get("/", "If-None-Match: " + etag + "\r\n");
    QCOMPARE(second.status, 304);
    QCOMPARE(second.header("ETag"), etag);
    QVERIFY(second.body.isEmpty());

    // The file's own validator is another representation.
    const WireResponse head = site.head("/");
    const WireResponse plain = site.get("/", "If-None-Match: " + head.header("ETag") + "\r\n");
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.body, withTag(kIndex));
}

void tst_LiveReloadLinks::headIsNotInjected()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    START_SITE(site);

    const WireResponse get = site.get("/index.html");
    const WireResponse head = site.head("/index.html");
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("Content-Length"), QByteArray::number(kIndex.size()));
    const QByteArray fileTag = head.header("ETag");
    QVERIFY(!fileTag.isEmpty());
    QVERIFY(!fileTag.contains("-live"));
    QCOMPARE(get.header("ETag"), fileTag.chopped(1) + "-live\"");
    QCOMPARE(get.header("Content-Length"), QByteArray::number(kIndex.size() + kTag.size()));
}

void tst_LiveReloadLinks::notInjected_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("?download") << QStringLiteral("page.html") << QByteArray("/page.html?download");
    QTest::newRow("text/plain") << QStringLiteral("page.txt") << QByteArray("/page.txt");
    QTest::newRow("stylesheet") << QStringLiteral("site.css") << QByteArray("/site.css");
    QTest::newRow("script") << QStringLiteral("app.js") << QByteArray("/app.js");
}

void tst_LiveReloadLinks::notInjected()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, target);
    const QByteArray content = "<html><body>looks like a page</body></html>";
    Site site;
    site.write(file, content);
    START_SITE(site);

    const WireResponse r = site.get(target);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, content);
    QVERIFY(!r.header("ETag").contains("-live"));
}

void tst_LiveReloadLinks::rangesOverTheInjectedPage()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    START_SITE(site);
    const QByteArray full = withTag(kIndex);

    const WireResponse head = site.get("/", "Range: bytes=0-9\r\n");
    QCOMPARE(head.status, 206);
    QCOMPARE(head.header("Content-Range"), "bytes 0-9/" + QByteArray::number(full.size()));
    QCOMPARE(head.body, full.first(10));

    const QByteArray from = QByteArray::number(full.size() - 40);
    const WireResponse tail = site.get("/", "Range: bytes=" + from + "-\r\n");
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.header("Content-Range"),
             "bytes " + from + '-' + QByteArray::number(full.size() - 1) + '/' + QByteArray::number(full.size()));
    QCOMPARE(tail.body, full.last(40));
    QVERIFY(tail.body.contains("live.js"));

    // Past the injected length (but inside it, not the file's): satisfiable.
    const QByteArray last = QByteArray::number(full.size() - 1);
    const WireResponse lastByte = site.get("/", "Range: bytes=" + last + '-' + last + "\r\n");
    QCOMPARE(lastByte.status, 206);
    QCOMPARE(lastByte.body, full.last(1));
}

void tst_LiveReloadLinks::gzipOfTheInjectedPage()
{
    QByteArray page = "<!DOCTYPE html>\n<html><body>\n";
    for (int i = 0; i < 100; ++i)
        page += "<p>paragraph " + QByteArray::number(i) + " of a page long enough to be compressed</p>\n";
    page += "</body></html>\n";
    Site site;
    site.write(QStringLiteral("long.html"), page);
    START_SITE(site);

    const WireResponse identity = site.get("/long.html");
    QCOMPARE(identity.status, 200);
    QCOMPARE(identity.body, withTag(page));
    QVERIFY(identity.header("Content-Encoding").isNull());

    const WireResponse zipped = site.get("/long.html", "Accept-Encoding: gzip\r\n");
    QCOMPARE(zipped.status, 200);
    QCOMPARE(zipped.header("Content-Encoding"), QByteArray("gzip"));
    QVERIFY(zipped.body.size() < identity.body.size());
    QCOMPARE(gunzip(zipped.body), identity.body);
    QVERIFY(zipped.header("ETag") != identity.header("ETag"));
    QVERIFY(zipped.header("Vary").contains("Accept-Encoding"));
}

void tst_LiveReloadLinks::cspNonceGoesOnTheTag()
{
    const QByteArray page = "<html><head><meta http-equiv=\"Content-Security-Policy\" "
                            "content=\"script-src 'nonce-abc123'\"></head><body>csp</body></html>";
    Site site;
    site.write(QStringLiteral("nonce.html"), page);
    START_SITE(site);
    const WireResponse r = site.get("/nonce.html");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, withTag(page, "<script src=\"/__servery/live.js\" nonce=\"abc123\"></script>"));
}

void tst_LiveReloadLinks::cspFromHeadersFileBlocksInjection()
{
    const QByteArray page = "<html><body>strict page</body></html>";
    Site site;
    site.write(QStringLiteral("_headers"), "/csp.html\n  Content-Security-Policy: script-src 'none'\n");
    site.write(QStringLiteral("csp.html"), page);
    site.write(QStringLiteral("free.html"), page);
    START_SITE(site);
    QSignalSpy problems(site.preview.get(), &SitePreview::pageProblem);

    const WireResponse r = site.get("/csp.html");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, page);
    QCOMPARE(r.header("Content-Security-Policy"), QByteArray("script-src 'none'"));
    QVERIFY(!r.header("ETag").contains("-live"));
    // Queued to the preview's thread: it may already have come while the
    // client waited for the answer.
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, 10000);
    QCOMPARE(problems.constFirst().at(0).toString(), QStringLiteral("/csp.html"));
    QVERIFY(!problems.constFirst().at(1).toString().isEmpty());

    QCOMPARE(site.get("/free.html").body, withTag(page));
}

void tst_LiveReloadLinks::cspOfTheRequestPathBlocksInjection_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    const QByteArray page = "<html><body>rewritten page</body></html>";
    QTest::newRow("clean URL") << QByteArray("/about") << kAbout;
    QTest::newRow("200 rewrite") << QByteArray("/pretty") << page;
    QTest::newRow("SPA fallback") << QByteArray("/app/deep/link") << kIndex;
}

void tst_LiveReloadLinks::cspOfTheRequestPathBlocksInjection()
{
    // Netlify matches _headers against the request's path, and the answer
    // does carry the policy (addHeaders); the tag must then stay out, as it
    // does when the policy names the file (cspFromHeadersFileBlocksInjection),
    // or the browser blocks it and live reload fails without a word.
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    Site site;
    site.write(QStringLiteral("_headers"),
               "/about\n  Content-Security-Policy: script-src 'none'\n"
               "/pretty\n  Content-Security-Policy: script-src 'none'\n"
               "/app/*\n  Content-Security-Policy: script-src 'none'\n");
    site.write(QStringLiteral("_redirects"), "/pretty  /page.html  200\n");
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("about.html"), kAbout);
    site.write(QStringLiteral("page.html"), "<html><body>rewritten page</body></html>");
    SiteSettings settings = SiteSettings::forPreview();
    settings.spa = true;
    START_SITE(site, settings);
    QVERIFY(site.preview->ruleProblems().isEmpty());
    QSignalSpy problems(site.preview.get(), &SitePreview::pageProblem);

    const WireResponse r = site.get(target, "Accept: text/html\r\n");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Security-Policy"), QByteArray("script-src 'none'"));
    QCOMPARE(r.body, body);
    QTRY_VERIFY_WITH_TIMEOUT(!problems.isEmpty(), 10000);
}

void tst_LiveReloadLinks::liveReloadOffMeansNoTag()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    SiteSettings settings = SiteSettings::forPreview();
    settings.liveReload = false;
    START_SITE(site, settings);
    WireResponse r = site.get("/");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, kIndex);
    QVERIFY(!r.header("ETag").contains("-live"));

    // Switched while running: the next request follows.
    settings.liveReload = true;
    site.preview->setSettings(settings);
    QCOMPARE(site.get("/").body, withTag(kIndex));
    settings.liveReload = false;
    site.preview->setSettings(settings);
    QCOMPARE(site.get("/").body, kIndex);
}

// ---- 2. Script and events -----------------------------------------------------

void tst_LiveReloadLinks::liveScript()
{
    Site site;
    START_SITE(site);
    const WireResponse r = site.get("/__servery/live.js");
    QCOMPARE(r.status, 200);
    QVERIFY2(r.header("Content-Type").startsWith("text/javascript"), r.header("Content-Type").constData());
    QVERIFY(!LiveReloadLink::script().isEmpty());
    QCOMPARE(r.body, LiveReloadLink::script());
    QVERIFY(r.body.contains("EventSource"));

    const WireResponse again = site.get("/__servery/live.js", "If-None-Match: " + r.header("ETag") + "\r\n");
    QCOMPARE(again.status, 304);
}

void tst_LiveReloadLinks::eventStreamHelloAndListenerCount()
{
    Site site;
    START_SITE(site);
    QSignalSpy counts(site.preview.get(), &SitePreview::liveClientsChanged);
    QCOMPARE(site.preview->liveClients(), 0);

    RawHttpClient client;
    QVERIFY(client.connectTo(site.server.port()));
    client.send(request("/__servery/events", "Accept: text/event-stream\r\n"));
    QVERIFY(waitForStreamText(client, "event: hello"));
    const QByteArray head = client.received().left(client.received().indexOf("\r\n\r\n")).toLower();
    QVERIFY2(head.startsWith("http/1.1 200"), head.constData());
    QVERIFY(head.contains("content-type: text/event-stream"));
    const QByteArray body = streamedBody(client.received());
    QVERIFY2(body.startsWith("retry:"), body.constData());
    QVERIFY(body.contains(QByteArray("\"session\":\"" + site.preview->state()->session() + '"')));
    QVERIFY(!site.preview->state()->session().isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(site.preview->liveClients(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!counts.isEmpty(), 10000);
    QCOMPARE(counts.constLast().at(0).toInt(), 1);

    client.socket().disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(site.preview->liveClients(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(counts.constLast().at(0).toInt(), 0, 10000);
}

void tst_LiveReloadLinks::announcedChangesReachThePage()
{
    Site site;
    START_SITE(site);
    RawHttpClient client;
    QVERIFY(client.connectTo(site.server.port()));
    client.send(request("/__servery/events"));
    QVERIFY(waitForStreamText(client, "event: hello"));
    QTRY_COMPARE_WITH_TIMEOUT(site.preview->liveClients(), 1, 10000);
    QSignalSpy announced(site.preview.get(), &SitePreview::changesAnnounced);

    qsizetype mark = streamedBody(client.received()).size();
    site.preview->announceChanges({QStringLiteral("css/site.css")});
    QVERIFY(waitForStreamText(client, "event: css\ndata: {\"paths\":[\"css/site.css\"]}\n\n", mark));
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.constLast().at(1).toBool(), true);

    mark = streamedBody(client.received()).size();
    site.preview->announceChanges({QStringLiteral("index.html")});
    QVERIFY(waitForStreamText(client, "event: reload\ndata: {\"paths\":[\"index.html\"]}\n\n", mark));
    QCOMPARE(announced.constLast().at(1).toBool(), false);

    // A stylesheet with a page is a reload.
    mark = streamedBody(client.received()).size();
    site.preview->announceChanges({QStringLiteral("a.css"), QStringLiteral("b.html")});
    QVERIFY(waitForStreamText(client, "event: reload", mark));

    // "." (anything may have changed) reloads the page.
    mark = streamedBody(client.received()).size();
    site.preview->announceChanges({QStringLiteral(".")});
    QVERIFY(waitForStreamText(client, "event: reload\ndata: {\"paths\":[\".\"]}\n\n", mark));
}

void tst_LiveReloadLinks::consoleSettingReachesThePage()
{
    Site site;
    START_SITE(site);
    RawHttpClient client;
    QVERIFY(client.connectTo(site.server.port()));
    client.send(request("/__servery/events"));
    QVERIFY(waitForStreamText(client, "\"console\":\"errors\""));

    // Turned on in the window: open pages hear of it at once...
    const qsizetype mark = streamedBody(client.received()).size();
    SiteSettings all = site.preview->settings();
    all.consoleAll = true;
    site.preview->setSettings(all);
    QVERIFY(waitForStreamText(client, "event: config\ndata: {\"console\":\"all\"}\n\n", mark));

    // ...and pages that connect later say hello with it.
    RawHttpClient later;
    QVERIFY(later.connectTo(site.server.port()));
    later.send(request("/__servery/events"));
    QVERIFY(waitForStreamText(later, "\"console\":\"all\""));
}

void tst_LiveReloadLinks::watcherChangesReachThePage()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("css/site.css"), "body { color: black }\n");
    START_SITE(site);
    QSignalSpy watching(site.preview.get(), &SitePreview::watchStateChanged);
    site.preview->start();
    QVERIFY(watching.wait(10000));
    QVERIFY(site.preview->isWatching());
    QVERIFY(site.preview->watchedFolders() >= 2);

    RawHttpClient client;
    QVERIFY(client.connectTo(site.server.port()));
    client.send(request("/__servery/events"));
    QVERIFY(waitForStreamText(client, "event: hello"));

    qsizetype mark = streamedBody(client.received()).size();
    site.write(QStringLiteral("css/site.css"), "body { color: red }\n");
    QVERIFY(waitForStreamText(client, "event: css", mark));
    QVERIFY(streamedBody(client.received()).indexOf("css/site.css", mark) > 0);

    mark = streamedBody(client.received()).size();
    site.write(QStringLiteral("index.html"), kIndex + "<!-- changed -->\n");
    QVERIFY(waitForStreamText(client, "event: reload", mark));
    QVERIFY(streamedBody(client.received()).indexOf("index.html", mark) > 0);
}

void tst_LiveReloadLinks::eventsWithLiveReloadOffAre204()
{
    Site site;
    SiteSettings settings = SiteSettings::forPreview();
    settings.liveReload = false;
    START_SITE(site, settings);
    const WireResponse r = site.get("/__servery/events");
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(site.preview->liveClients(), 0);
}

// ---- 3. Console -------------------------------------------------------------

void tst_LiveReloadLinks::consoleMessage()
{
    Site site;
    START_SITE(site);
    QSignalSpy messages(site.preview.get(), &SitePreview::consoleMessage);

    const QByteArray json = R"({"level":"error","message":"boom","page":"http://x/","source":"http://x/app.js",)"
                            R"("line":12,"column":3})";
    const WireResponse r = site.fetch(post("/__servery/console", json, "User-Agent: tst-agent\r\n"));
    QCOMPARE(r.status, 204);
    // Queued to the preview's thread: it may come while the client still
    // reads the answer, so count rather than wait for a new one.
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, 10000);
    const ConsoleMessage m = messages.constFirst().at(0).value<ConsoleMessage>();
    QCOMPARE(m.level, QStringLiteral("error"));
    QCOMPARE(m.message, QStringLiteral("boom"));
    QCOMPARE(m.page, QStringLiteral("http://x/"));
    QCOMPARE(m.source, QStringLiteral("http://x/app.js"));
    QCOMPARE(m.line, 12);
    QCOMPARE(m.column, 3);
    QVERIFY2(m.client.isLoopback(), qPrintable(m.client.toString()));
    QCOMPARE(m.userAgent, QByteArray("tst-agent"));
    QVERIFY(m.time.isValid());

    // A page of this server says so in its Origin.
    const WireResponse same = site.fetch(post("/__servery/console", R"({"message":"same"})", "Origin: http://t\r\n"));
    QCOMPARE(same.status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, 10000);
    const ConsoleMessage m2 = messages.constLast().at(0).value<ConsoleMessage>();
    QCOMPARE(m2.message, QStringLiteral("same"));
    QCOMPARE(m2.level, QStringLiteral("log"));
}

void tst_LiveReloadLinks::consoleRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");

    const QByteArray good = R"({"level":"error","message":"bad one"})";
    QTest::newRow("another site's Origin") << post("/__servery/console", good, "Origin: http://evil.test\r\n") << 403;
    QTest::newRow("Origin null") << post("/__servery/console", good, "Origin: null\r\n") << 403;
    QTest::newRow("invalid JSON") << post("/__servery/console", "{\"level\": err") << 400;
    QTest::newRow("JSON that is not an object") << post("/__servery/console", "[1, 2, 3]") << 400;
    QTest::newRow("empty body") << post("/__servery/console", QByteArray()) << 400;
    QByteArray big = R"({"level":"error","message":")" + QByteArray(17 * 1024, 'x') + "\"}";
    QTest::newRow("over 16 KiB") << post("/__servery/console", big) << 413;
    QTest::newRow("chunked, over 16 KiB")
        << QByteArray("POST /__servery/console HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
                      + QByteArray::number(big.size(), 16) + "\r\n" + big + "\r\n0\r\n\r\n")
        << 413;
}

void tst_LiveReloadLinks::consoleRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    Site site;
    START_SITE(site);
    QSignalSpy messages(site.preview.get(), &SitePreview::consoleMessage);

    QCOMPARE(site.fetch(bytes).status, status);
    // A good message after it: when it arrives, the refused one had its
    // chance to arrive first (both go through the same queue).
    QCOMPARE(site.fetch(post("/__servery/console", R"({"message":"marker"})")).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.constFirst().at(0).value<ConsoleMessage>().message, QStringLiteral("marker"));
}

void tst_LiveReloadLinks::consoleOnlyTakesPost()
{
    // LiveReloadLink::handle: "return Decision::pass(); // 405 with Allow: POST".
    Site site;
    START_SITE(site);
    const WireResponse r = site.get("/__servery/console");
    QCOMPARE(r.status, 405);
    QVERIFY2(r.header("Allow").contains("POST"), r.header("Allow").constData());
}

QTEST_GUILESS_MAIN(tst_LiveReloadLinks)
#include "tst_livereloadlinks.moc"
