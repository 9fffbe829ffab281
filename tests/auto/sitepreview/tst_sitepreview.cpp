// Integration tests of the site preview's host rules through a real server
// on port 0: clean URLs, the SPA fallback, 404.html, the host rule files
// (_redirects, _headers, serve.json), their problems and their reload, CORS
// and extra headers. Live reload has its own test (tst_livereloadlinks).
// Every exchange is raw bytes on a socket; every wait is on a signal or a
// QTRY with a deadline.

#include "SiteFixture.h"

#include "server/http/HttpStatus.h"
#include "server/site/SitePreview.h"
#include "server/site/SiteRules.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Servery;
using namespace Servery::Test;

class tst_SitePreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // 1. Clean URLs
    void cleanUrls_data();
    void cleanUrls();
    void cleanUrlsTurnedOffByServeJson_data();
    void cleanUrlsTurnedOffByServeJson();
    // 2. SPA
    void spaFallback_data();
    void spaFallback();
    // 3. 404.html
    void notFoundPage_data();
    void notFoundPage();
    void notFoundPageIgnoresItsOwnValidators();
    void plainNotFoundWithout404Html();
    // 4. _redirects
    void redirectRules_data();
    void redirectRules();
    // 5. _headers
    void headerRules();
    // 6. problems
    void ruleProblemsHaveFileAndLine();
    // 7. reload
    void reloadRulesReadsTheFilesAgain();
    void watcherReloadsRules();
    void everythingChangedReloadsRules();
    // 8. serve.json
    void serveJson_data();
    void serveJson();
    void serveJsonHeadersFollowTheServedFile();
    // 9. CORS and extra headers
    void corsAnyOrigin();
    void corsPreflight();
    void corsListedOrigins_data();
    void corsListedOrigins();
    void extraHeaders();
};

// ---- 1. Clean URLs -----------------------------------------------------------

void tst_SitePreview::cleanUrls_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("body"); // empty: not compared

    const int on = int(CleanUrls::On);
    const int strict = int(CleanUrls::Strict);
    const int off = int(CleanUrls::Off);
    QTest::newRow("on: /about serves about.html")
        << on << QByteArray("/about") << 200 << QByteArray() << withTag(kAbout);
    QTest::newRow("on: the .html form still answers")
        << on << QByteArray("/about.html") << 200 << QByteArray() << withTag(kAbout);
    QTest::newRow("on: a query does not change the file")
        << on << QByteArray("/about?x=1") << 200 << QByteArray() << withTag(kAbout);
    QTest::newRow("on: nested page") << on << QByteArray("/docs/page") << 200 << QByteArray() << withTag(kDocsPage);
    QTest::newRow("on: folder gets its index")
        << on << QByteArray("/docs/") << 200 << QByteArray() << withTag(kDocsIndex);
    QTest::newRow("on: root gets its index") << on << QByteArray("/") << 200 << QByteArray() << withTag(kIndex);
    QTest::newRow("on: folder without slash still redirects")
        << on << QByteArray("/docs") << 301 << QByteArray("/docs/") << QByteArray();
    QTest::newRow("on: unknown stays 404") << on << QByteArray("/nothing") << 404 << QByteArray() << QByteArray();
    QTest::newRow("on: not for text files") << on << QByteArray("/notes") << 404 << QByteArray() << QByteArray();

    QTest::newRow("strict: .html redirects, query kept")
        << strict << QByteArray("/about.html?x=1&y=2") << 301 << QByteArray("/about?x=1&y=2") << QByteArray();
    QTest::newRow("strict: .html redirects")
        << strict << QByteArray("/about.html") << 301 << QByteArray("/about") << QByteArray();
    QTest::newRow("strict: nested page") << strict << QByteArray("/docs/page.html") << 301 << QByteArray("/docs/page")
                                         << QByteArray();
    QTest::newRow("strict: nested index.html to its folder")
        << strict << QByteArray("/docs/index.html") << 301 << QByteArray("/docs/") << QByteArray();
    QTest::newRow("strict: root index.html to /")
        << strict << QByteArray("/index.html") << 301 << QByteArray("/") << QByteArray();
    QTest::newRow("strict: clean form serves the page")
        << strict << QByteArray("/about") << 200 << QByteArray() << withTag(kAbout);
    QTest::newRow("strict: folder gets its index")
        << strict << QByteArray("/docs/") << 200 << QByteArray() << withTag(kDocsIndex);
    QTest::newRow("strict: root gets its index") << strict << QByteArray("/") << 200 << QByteArray() << withTag(kIndex);
    QTest::newRow("strict: missing .html is 404")
        << strict << QByteArray("/nothing.html") << 404 << QByteArray() << QByteArray();

    QTest::newRow("off: /about is 404") << off << QByteArray("/about") << 404 << QByteArray() << QByteArray();
    QTest::newRow("off: /about.html is served")
        << off << QByteArray("/about.html") << 200 << QByteArray() << withTag(kAbout);
    QTest::newRow("off: folder gets its index")
        << off << QByteArray("/docs/") << 200 << QByteArray() << withTag(kDocsIndex);
}

void tst_SitePreview::cleanUrls()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, body);

    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("about.html"), kAbout);
    site.write(QStringLiteral("docs/index.html"), kDocsIndex);
    site.write(QStringLiteral("docs/page.html"), kDocsPage);
    site.write(QStringLiteral("notes.txt"), "notes");
    SiteSettings settings = SiteSettings::forPreview();
    settings.cleanUrls = CleanUrls(mode);
    START_SITE(site, settings);

    const WireResponse r = site.get(target);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Location"), location);
    if (!body.isEmpty()) {
        QCOMPARE(r.body, body);
        QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    }
}

void tst_SitePreview::cleanUrlsTurnedOffByServeJson_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("on") << int(CleanUrls::On);
    QTest::newRow("strict") << int(CleanUrls::Strict);
}

void tst_SitePreview::cleanUrlsTurnedOffByServeJson()
{
    QFETCH(int, mode);
    Site site;
    site.write(QStringLiteral("about.html"), kAbout);
    site.write(QStringLiteral("serve.json"), R"({"cleanUrls": false})");
    SiteSettings settings = SiteSettings::forPreview();
    settings.cleanUrls = CleanUrls(mode);
    START_SITE(site, settings);
    QVERIFY(site.preview->ruleProblems().isEmpty());

    QCOMPARE(site.get("/about").status, 404);
    const WireResponse page = site.get("/about.html"); // no strict redirect either
    QCOMPARE(page.status, 200);
    QCOMPARE(page.body, withTag(kAbout));
}

// ---- 2. SPA ------------------------------------------------------------------

void tst_SitePreview::spaFallback_data()
{
    QTest::addColumn<QString>("spaFile");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // empty: not compared

    const QByteArray html = "text/html";
    const QByteArray browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    QTest::newRow("deep link gets index.html")
        << QString() << QByteArray("/app/deep/link") << html << 200 << withTag(kIndex);
    QTest::newRow("a browser's Accept") << QString() << QByteArray("/app/deep/link") << browser << 200
                                        << withTag(kIndex);
    QTest::newRow("spaFile names the page")
        << QStringLiteral("app.html") << QByteArray("/app/deep/link") << html << 200 << withTag(kApp);
    QTest::newRow("script is an asset: 404") << QString() << QByteArray("/app/x.js") << html << 404 << QByteArray();
    QTest::newRow("image is an asset: 404") << QString() << QByteArray("/img/a.png") << html << 404 << QByteArray();
    QTest::newRow("stylesheet is an asset: 404")
        << QString() << QByteArray("/style.css") << html << 404 << QByteArray();
    QTest::newRow("JSON request: 404") << QString() << QByteArray("/app/deep/link") << QByteArray("application/json")
                                       << 404 << QByteArray();
    QTest::newRow("no Accept: 404") << QString() << QByteArray("/app/deep/link") << QByteArray() << 404 << QByteArray();
    QTest::newRow("clean URL comes first") << QString() << QByteArray("/about") << html << 200 << withTag(kAbout);
    QTest::newRow("existing file is itself")
        << QString() << QByteArray("/about.html") << html << 200 << withTag(kAbout);
}

void tst_SitePreview::spaFallback()
{
    QFETCH(QString, spaFile);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, accept);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("app.html"), kApp);
    site.write(QStringLiteral("about.html"), kAbout);
    SiteSettings settings = SiteSettings::forPreview();
    settings.spa = true;
    settings.spaFile = spaFile;
    START_SITE(site, settings);

    const WireResponse r = site.get(target, accept.isEmpty() ? QByteArray() : "Accept: " + accept + "\r\n");
    QCOMPARE(r.status, status);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    if (status == 404) {
        QVERIFY(!r.body.contains("<h1>home</h1>"));
        QVERIFY(!r.body.contains("the app"));
    }
}

// ---- 3. 404.html -------------------------------------------------------------

void tst_SitePreview::notFoundPage_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("extra");

    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/nope") << QByteArray();
    QTest::newRow("unknown nested page") << QByteArray("GET") << QByteArray("/a/b/c.html") << QByteArray();
    QTest::newRow("If-None-Match: * is not a 304")
        << QByteArray("GET") << QByteArray("/nope") << QByteArray("If-None-Match: *\r\n");
    QTest::newRow("If-Modified-Since is not a 304")
        << QByteArray("GET") << QByteArray("/nope")
        << QByteArray("If-Modified-Since: Fri, 01 Jan 2100 00:00:00 GMT\r\n");
    QTest::newRow("Range is not a 206") << QByteArray("GET") << QByteArray("/nope")
                                        << QByteArray("Range: bytes=0-9\r\n");
    QTest::newRow("suffix Range is not a 206")
        << QByteArray("GET") << QByteArray("/nope") << QByteArray("Range: bytes=-5\r\n");
    QTest::newRow("If-Match is not a 412")
        << QByteArray("GET") << QByteArray("/nope") << QByteArray("If-Match: \"nothing\"\r\n");
    QTest::newRow("HEAD") << QByteArray("HEAD") << QByteArray("/nope") << QByteArray();
}

void tst_SitePreview::notFoundPage()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, extra);

    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("404.html"), kNotFound);
    START_SITE(site);

    const bool isHead = method == "HEAD";
    const WireResponse r = site.fetch(request(target, extra, method), isHead);
    QCOMPARE(r.status, 404);
    if (!isHead)
        QCOMPARE(r.body, withTag(kNotFound));
    QCOMPARE(r.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(r.header("ETag").isNull());
    QVERIFY(r.header("Last-Modified").isNull());
    QVERIFY(r.header("Content-Range").isNull());
}

void tst_SitePreview::notFoundPageIgnoresItsOwnValidators()
{
    Site site;
    site.write(QStringLiteral("404.html"), kNotFound);
    START_SITE(site);
    const WireResponse own = site.get("/404.html");
    QCOMPARE(own.status, 200);
    QVERIFY(!own.header("ETag").isEmpty());

    const WireResponse r = site.get("/nope", "If-None-Match: " + own.header("ETag") + "\r\n");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, withTag(kNotFound));
}

void tst_SitePreview::plainNotFoundWithout404Html()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    START_SITE(site);
    for (const QByteArray &extra :
         {QByteArray(), QByteArray("If-None-Match: *\r\n"), QByteArray("Range: bytes=0-3\r\n")}) {
        const WireResponse r = site.get("/nope", extra);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.body, errorPage(404));
    }
}

// ---- 4. _redirects -----------------------------------------------------------

void tst_SitePreview::redirectRules_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("body"); // empty: not compared
    QTest::addColumn<QByteArray>("lacks"); // the body must not hold this

    const QByteArray none;
    QTest::newRow("301 is the default") << QByteArray("/old") << 301 << QByteArray("/new") << none << none;
    QTest::newRow("302 when the rule says") << QByteArray("/temp") << 302 << QByteArray("/new") << none << none;
    QTest::newRow("splat") << QByteArray("/blog/2024/hello") << 301 << QByteArray("/posts/2024/hello") << none << none;
    QTest::newRow("placeholders") << QByteArray("/news/2024/launch") << 301 << QByteArray("/articles/2024/launch")
                                  << none << none;
    QTest::newRow("query carried") << QByteArray("/old?a=1&b=two") << 301 << QByteArray("/new?a=1&b=two") << none
                                   << none;
    QTest::newRow("200 rewrite serves the target at the URL")
        << QByteArray("/pretty") << 200 << QByteArray() << QByteArray("real text\n") << none;
    QTest::newRow("200 rewrite with a query")
        << QByteArray("/pretty?x=1") << 200 << QByteArray() << QByteArray("real text\n") << none;
    QTest::newRow("404 rule serves its page with 404")
        << QByteArray("/gone") << 404 << QByteArray() << withTag("<html><body>gone for good</body></html>") << none;
    QTest::newRow("a file shadows a normal rule")
        << QByteArray("/exists.txt") << 200 << QByteArray() << QByteArray("exists\n") << none;
    QTest::newRow("a forced rule comes before the file")
        << QByteArray("/forced.txt") << 301 << QByteArray("/elsewhere") << none << none;
    QTest::newRow("external 200 (proxy) is a 502")
        << QByteArray("/api/users") << 502 << QByteArray() << none << QByteArray("users");
    QTest::newRow("splat rewrite to the root")
        << QByteArray("/static/real.txt") << 200 << QByteArray() << QByteArray("real text\n") << none;
    QTest::newRow("_redirects is not served")
        << QByteArray("/_redirects") << 404 << QByteArray() << none << QByteArray("/elsewhere");
    QTest::newRow("_headers is not served")
        << QByteArray("/_headers") << 404 << QByteArray() << none << QByteArray("X-Rule");
    QTest::newRow("serve.json is not served")
        << QByteArray("/serve.json") << 404 << QByteArray() << none << QByteArray("X-Json");
    QTest::newRow("encoded rules file name is not served")
        << QByteArray("/%5Fredirects") << 404 << QByteArray() << none << QByteArray("/elsewhere");
    // The rule files are never served (SiteLinks.h), not even where a
    // rewrite leads to them.
    QTest::newRow("a rewrite does not reveal _redirects")
        << QByteArray("/static/_redirects") << 404 << QByteArray() << none << QByteArray("/elsewhere");
    QTest::newRow("a rewrite does not reveal serve.json")
        << QByteArray("/static/serve.json") << 404 << QByteArray() << none << QByteArray("X-Json");
}

void tst_SitePreview::redirectRules()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, lacks);

    Site site;
    site.write(QStringLiteral("_redirects"),
               "# redirects for the test\n"
               "/old               /new\n"
               "/temp              /new                   302\n"
               "/blog/*            /posts/:splat\n"
               "/news/:year/:slug  /articles/:year/:slug  301\n"
               "/pretty            /real.txt              200\n"
               "/gone              /pages/gone-page.html  404\n"
               "/exists.txt        /elsewhere             301\n"
               "/forced.txt        /elsewhere             301!\n"
               "/api/*             https://example.com/api/:splat  200\n"
               "/static/*          /:splat                200\n");
    site.write(QStringLiteral("_headers"), "/nothing-here\n  X-Rule: 1\n");
    site.write(QStringLiteral("serve.json"),
               R"({"headers": [{"source": "/nothing-here", "headers": [{"key": "X-Json", "value": "1"}]}]})");
    site.write(QStringLiteral("real.txt"), "real text\n");
    site.write(QStringLiteral("pages/gone-page.html"), "<html><body>gone for good</body></html>");
    site.write(QStringLiteral("exists.txt"), "exists\n");
    site.write(QStringLiteral("forced.txt"), "forced\n");
    START_SITE(site);
    QVERIFY2(site.preview->ruleProblems().isEmpty(), qPrintable(site.preview->ruleProblems().value(0).message));

    const WireResponse r = site.get(target);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Location"), location);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    if (!lacks.isEmpty())
        QVERIFY2(!r.body.contains(lacks), r.body.constData());
}

// ---- 5. _headers -------------------------------------------------------------

void tst_SitePreview::headerRules()
{
    Site site;
    site.write(QStringLiteral("_headers"),
               "/*\n"
               "  X-Site: all\n"
               "/page.html\n"
               "  X-Page: yes\n"
               "  X-Site: page\n"
               "/missing\n"
               "  X-Missing: yes\n");
    site.write(QStringLiteral("page.html"), "<html><body>page</body></html>");
    site.write(QStringLiteral("other.txt"), "other");
    site.write(QStringLiteral("404.html"), kNotFound);
    START_SITE(site);
    QVERIFY(site.preview->ruleProblems().isEmpty());

    const WireResponse page = site.get("/page.html");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("X-Page"), QByteArray("yes"));
    QCOMPARE(page.header("X-Site"), QByteArray("all, page")); // several blocks joined
    QCOMPARE(page.headerCount("X-Site"), 1);

    const WireResponse notModified = site.get("/page.html", "If-None-Match: " + page.header("ETag") + "\r\n");
    QCOMPARE(notModified.status, 304);
    QCOMPARE(notModified.header("X-Page"), QByteArray("yes"));
    QCOMPARE(notModified.header("X-Site"), QByteArray("all, page"));

    const WireResponse other = site.get("/other.txt");
    QCOMPARE(other.status, 200);
    QCOMPARE(other.header("X-Site"), QByteArray("all"));
    QVERIFY(other.header("X-Page").isNull());

    const WireResponse missing = site.get("/missing");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, withTag(kNotFound)); // the site's 404 page...
    QCOMPARE(missing.header("X-Missing"), QByteArray("yes")); // ...with the path's headers
    QCOMPARE(missing.header("X-Site"), QByteArray("all"));
}

// ---- 6. Problems -------------------------------------------------------------

void tst_SitePreview::ruleProblemsHaveFileAndLine()
{
    Site site;
    site.write(QStringLiteral("_redirects"),
               "/one   /uno\n"
               "/two   /dos\n"
               "/three\n" // line 3: no destination
               "/four  /cuatro\n");
    site.write(QStringLiteral("_headers"),
               "/*\n"
               "  NoColonHere\n" // line 2: not "Name: value"
               "  X-Good: yes\n");
    site.write(QStringLiteral("file.txt"), "file");
    START_SITE(site);

    const QList<RuleProblem> problems = site.preview->ruleProblems();
    QVERIFY2(hasProblem(problems, QStringLiteral("_redirects"), 3), "no problem at _redirects:3");
    QVERIFY2(hasProblem(problems, QStringLiteral("_headers"), 2), "no problem at _headers:2");
    for (const RuleProblem &p : problems)
        QVERIFY(!p.message.isEmpty());

    QCOMPARE(site.get("/three").status, 404);
    const WireResponse two = site.get("/two");
    QCOMPARE(two.status, 301);
    QCOMPARE(two.header("Location"), QByteArray("/dos"));
    const WireResponse four = site.get("/four"); // after the bad line
    QCOMPARE(four.status, 301);
    QCOMPARE(four.header("Location"), QByteArray("/cuatro"));
    QCOMPARE(site.get("/file.txt").header("X-Good"), QByteArray("yes"));
}

// ---- 7. Reload ---------------------------------------------------------------

void tst_SitePreview::reloadRulesReadsTheFilesAgain()
{
    Site site;
    site.write(QStringLiteral("_redirects"), "/a  /b\n");
    START_SITE(site);
    QCOMPARE(site.get("/a").header("Location"), QByteArray("/b"));

    site.write(QStringLiteral("_redirects"), "/a  /c  302\n");
    QCOMPARE(site.get("/a").header("Location"), QByteArray("/b")); // not read yet
    QSignalSpy changed(site.preview.get(), &SitePreview::rulesChanged);
    site.preview->reloadRules();
    QCOMPARE(changed.size(), 1);
    const WireResponse r = site.get("/a");
    QCOMPARE(r.status, 302);
    QCOMPARE(r.header("Location"), QByteArray("/c"));
    QVERIFY(site.preview->activeRules().join(u'\n').contains(QStringLiteral("/c")));
}

void tst_SitePreview::watcherReloadsRules()
{
    Site site;
    site.write(QStringLiteral("_redirects"), "/a  /b\n");
    START_SITE(site);
    QSignalSpy watching(site.preview.get(), &SitePreview::watchStateChanged);
    site.preview->start();
    QVERIFY(watching.wait(10000));
    QVERIFY(site.preview->isWatching());
    QVERIFY2(site.preview->watchProblem().isEmpty(), qPrintable(site.preview->watchProblem()));
    QCOMPARE(site.get("/a").header("Location"), QByteArray("/b"));

    QSignalSpy changed(site.preview.get(), &SitePreview::rulesChanged);
    site.write(QStringLiteral("_redirects"), "/a  /d\n");
    QVERIFY(changed.wait(10000));
    QCOMPARE(site.get("/a").header("Location"), QByteArray("/d"));

    // A rule file that appears is read too.
    changed.clear();
    site.write(QStringLiteral("_headers"), "/*\n  X-Watched: yes\n");
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(site.get("/a").header("X-Watched"), QByteArray("yes"), 10000);
}

void tst_SitePreview::everythingChangedReloadsRules()
{
    // The watcher reports "." alone when anything may have changed (its
    // queue overflowed, too many paths): the rule files included.
    Site site;
    site.write(QStringLiteral("_redirects"), "/a  /b\n");
    START_SITE(site);
    site.write(QStringLiteral("_redirects"), "/a  /e\n");
    site.preview->announceChanges({QStringLiteral(".")});
    QCOMPARE(site.get("/a").header("Location"), QByteArray("/e"));
}

// ---- 8. serve.json -----------------------------------------------------------

void tst_SitePreview::serveJson_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("body"); // empty: not compared
    QTest::addColumn<QByteArray>("xServe"); // the X-Serve header expected (null: absent)

    QTest::newRow("redirect with type") << QByteArray("/old-docs") << 302 << QByteArray("/docs/") << QByteArray()
                                        << QByteArray();
    QTest::newRow("redirect default 301 with :id")
        << QByteArray("/moved/7") << 301 << QByteArray("/new/7") << QByteArray() << QByteArray();
    QTest::newRow("redirect keeps the query")
        << QByteArray("/moved/7?x=1") << 301 << QByteArray("/new/7?x=1") << QByteArray() << QByteArray();
    // serve matches its header globs against the file it serves, so a
    // rewrite to a .txt file gets the .txt headers.
    QTest::newRow("rewrite with :id") << QByteArray("/item/42") << 200 << QByteArray() << QByteArray("item 42\n")
                                      << QByteArray("text");
    QTest::newRow("rewrite with **") << QByteArray("/files/a/b/c") << 200 << QByteArray() << QByteArray("all files\n")
                                     << QByteArray("text");
    QTest::newRow("header by glob") << QByteArray("/all.txt") << 200 << QByteArray() << QByteArray("all files\n")
                                    << QByteArray("text");
    QTest::newRow("header glob in a folder")
        << QByteArray("/items/42.txt") << 200 << QByteArray() << QByteArray("item 42\n") << QByteArray("text");
    QTest::newRow("header glob does not match html")
        << QByteArray("/docs/") << 200 << QByteArray() << QByteArray() << QByteArray();
}

void tst_SitePreview::serveJson()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, xServe);

    Site site;
    site.write(QStringLiteral("serve.json"), R"({
  "redirects": [
    {"source": "/old-docs", "destination": "/docs/", "type": 302},
    {"source": "/moved/:id", "destination": "/new/:id"}
  ],
  "rewrites": [
    {"source": "/item/:id", "destination": "/items/:id.txt"},
    {"source": "/files/**", "destination": "/all.txt"}
  ],
  "headers": [
    {"source": "**/*.txt", "headers": [{"key": "X-Serve", "value": "text"}]}
  ]
})");
    site.write(QStringLiteral("items/42.txt"), "item 42\n");
    site.write(QStringLiteral("all.txt"), "all files\n");
    site.write(QStringLiteral("docs/index.html"), kDocsIndex);
    START_SITE(site);
    QVERIFY2(site.preview->ruleProblems().isEmpty(), qPrintable(site.preview->ruleProblems().value(0).message));

    const WireResponse r = site.get(target);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Location"), location);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
    QCOMPARE(r.header("X-Serve"), xServe);
}

void tst_SitePreview::serveJsonHeadersFollowTheServedFile()
{
    // serve matches header sources against the file it serves (SiteRules.h:
    // "/about" served from about.html matches "**/*.html"), and live
    // reload's decorator already judges a page's policy that way. The
    // answer must then carry those headers too, or the page loses its tag
    // to a policy that is never sent.
    Site site;
    site.write(QStringLiteral("serve.json"), R"({
  "headers": [
    {"source": "**/*.html", "headers": [{"key": "Content-Security-Policy", "value": "script-src 'none'"}]}
  ]
})");
    site.write(QStringLiteral("about.html"), kAbout);
    START_SITE(site);

    const WireResponse direct = site.get("/about.html");
    QCOMPARE(direct.status, 200);
    QCOMPARE(direct.header("Content-Security-Policy"), QByteArray("script-src 'none'"));
    QCOMPARE(direct.body, kAbout);

    const WireResponse clean = site.get("/about");
    QCOMPARE(clean.status, 200);
    QCOMPARE(clean.body, kAbout); // not injected: the policy forbids it...
    // ...so the policy must be on the answer.
    QCOMPARE(clean.header("Content-Security-Policy"), QByteArray("script-src 'none'"));
}

// ---- 9. CORS and extra headers ------------------------------------------------

void tst_SitePreview::corsAnyOrigin()
{
    Site site;
    site.write(QStringLiteral("data.json"), R"({"a":1})");
    SiteSettings settings = SiteSettings::forPreview();
    settings.cors = true;
    START_SITE(site, settings);

    const WireResponse ok = site.get("/data.json", "Origin: http://elsewhere.test\r\n");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const WireResponse missing = site.get("/nope.json", "Origin: http://elsewhere.test\r\n");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("Access-Control-Allow-Origin"), QByteArray("*"));
    const WireResponse notModified
        = site.get("/data.json", "Origin: http://elsewhere.test\r\nIf-None-Match: " + ok.header("ETag") + "\r\n");
    QCOMPARE(notModified.status, 304);
    QCOMPARE(notModified.header("Access-Control-Allow-Origin"), QByteArray("*"));

    settings.cors = false;
    site.preview->setSettings(settings);
    QVERIFY(site.get("/data.json", "Origin: http://elsewhere.test\r\n").header("Access-Control-Allow-Origin").isNull());
}

void tst_SitePreview::corsPreflight()
{
    Site site;
    SiteSettings settings = SiteSettings::forPreview();
    settings.cors = true;
    START_SITE(site, settings);

    const WireResponse r = site.fetch(request("/api/x",
                                              "Origin: http://a.test\r\n"
                                              "Access-Control-Request-Method: PUT\r\n"
                                              "Access-Control-Request-Headers: X-Token\r\n",
                                              "OPTIONS"));
    QCOMPARE(r.status, 204);
    QCOMPARE(r.header("Access-Control-Allow-Methods"), QByteArray("PUT"));
    QCOMPARE(r.header("Access-Control-Allow-Headers"), QByteArray("X-Token"));
    QCOMPARE(r.header("Access-Control-Allow-Origin"), QByteArray("*"));
    QVERIFY(r.body.isEmpty());

    // Without CORS, OPTIONS is the server's own answer.
    settings.cors = false;
    site.preview->setSettings(settings);
    const WireResponse plain = site.fetch(request("/api/x",
                                                  "Origin: http://a.test\r\n"
                                                  "Access-Control-Request-Method: PUT\r\n",
                                                  "OPTIONS"));
    QCOMPARE(plain.status, 204);
    QVERIFY(plain.header("Access-Control-Allow-Methods").isNull());
    QVERIFY(plain.header("Access-Control-Allow-Origin").isNull());
    QVERIFY(!plain.header("Allow").isEmpty());
}

void tst_SitePreview::corsListedOrigins_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("allowOrigin"); // null: absent

    QTest::newRow("GET from a listed origin")
        << QByteArray("GET") << QByteArray("http://a.test") << QByteArray("http://a.test");
    QTest::newRow("GET from another origin") << QByteArray("GET") << QByteArray("http://b.test") << QByteArray();
    QTest::newRow("GET without Origin") << QByteArray("GET") << QByteArray() << QByteArray();
    QTest::newRow("preflight from a listed origin")
        << QByteArray("OPTIONS") << QByteArray("http://a.test") << QByteArray("http://a.test");
    QTest::newRow("preflight from another origin")
        << QByteArray("OPTIONS") << QByteArray("http://b.test") << QByteArray();
}

void tst_SitePreview::corsListedOrigins()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, allowOrigin);
    Site site;
    site.write(QStringLiteral("data.json"), R"({"a":1})");
    SiteSettings settings = SiteSettings::forPreview();
    settings.cors = true;
    settings.corsOrigins = {"http://a.test"};
    START_SITE(site, settings);

    QByteArray extra;
    if (!origin.isEmpty())
        extra += "Origin: " + origin + "\r\n";
    if (method == "OPTIONS")
        extra += "Access-Control-Request-Method: PUT\r\n";
    const WireResponse r = site.fetch(request("/data.json", extra, method));
    QCOMPARE(r.status, method == "GET" ? 200 : 204);
    QCOMPARE(r.header("Access-Control-Allow-Origin"), allowOrigin);
    QVERIFY2(r.header("Vary").contains("Origin"), r.header("Vary").constData());
    if (method == "OPTIONS")
        QCOMPARE(r.header("Access-Control-Allow-Methods").isNull(), allowOrigin.isNull());
}

void tst_SitePreview::extraHeaders()
{
    Site site;
    site.write(QStringLiteral("index.html"), kIndex);
    site.write(QStringLiteral("file.txt"), "file");
    SiteSettings settings = SiteSettings::forPreview();
    settings.extraHeaders = {{"X-Extra", "one"}, {"X-Robots-Tag", "noindex"}};
    START_SITE(site, settings);

    const WireResponse ok = site.get("/file.txt");
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.header("X-Extra"), QByteArray("one"));
    QCOMPARE(ok.header("X-Robots-Tag"), QByteArray("noindex"));
    const WireResponse missing = site.get("/nope");
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.header("X-Extra"), QByteArray("one"));
    const WireResponse notModified = site.get("/file.txt", "If-None-Match: " + ok.header("ETag") + "\r\n");
    QCOMPARE(notModified.status, 304);
    QCOMPARE(notModified.header("X-Extra"), QByteArray("one"));
    const WireResponse page = site.get("/");
    QCOMPARE(page.header("X-Extra"), QByteArray("one"));
    QCOMPARE(page.body, withTag(kIndex));
}

QTEST_GUILESS_MAIN(tst_SitePreview)
#include "tst_sitepreview.moc"
