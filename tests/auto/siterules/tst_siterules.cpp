// Table tests of the site rule files (SiteRules.h): Netlify's _redirects and
// _headers, serve's serve.json. What each rule does to a request, what the
// parsers refuse (with the line), and that no rule or request can send a
// visitor to another host or make matching slow.

#include "server/site/SiteRules.h"

#include <QtTest>

using namespace Servery;

namespace {

SiteRuleSet redirects(const QByteArray &text)
{
    SiteRuleSet rules;
    parseRedirects(text, QStringLiteral("_redirects"), rules);
    return rules;
}

SiteRuleSet headers(const QByteArray &text)
{
    SiteRuleSet rules;
    parseHeaders(text, QStringLiteral("_headers"), rules);
    return rules;
}

SiteRuleSet serveJson(const QByteArray &text)
{
    SiteRuleSet rules;
    parseServeJson(text, QStringLiteral("serve.json"), rules);
    return rules;
}

QString problemsText(const SiteRuleSet &rules)
{
    QStringList lines;
    for (const RuleProblem &p : rules.problems)
        lines.append(
            QStringLiteral("%1:%2 %3%4")
                .arg(p.file, QString::number(p.line), p.warning ? QStringLiteral("warning: ") : QString(), p.message));
    return lines.join(u'\n');
}

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

HeaderList headerList(std::initializer_list<std::pair<const char *, const char *>> list)
{
    HeaderList out;
    for (const auto &[name, value] : list)
        out.append({QByteArray(name), QByteArray(value)});
    return out;
}

// Where a browser at http://localhost:8080/some/page goes with this Location.
QUrl followed(const QByteArray &location)
{
    return QUrl(QStringLiteral("http://localhost:8080/some/page")).resolved(QUrl::fromEncoded(location));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class tst_SiteRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void netlifyRedirects_data();
    void netlifyRedirects();
    void netlifyRedirectRuleFields();
    void firstMatchWins();
    void onlyForcedSkipsShadowedRules();
    void redirectProblems_data();
    void redirectProblems();
    void badLinesDoNotStopLaterOnes();
    void conditionsKeepTheRule();
    void ruleLimit();
    void headerRuleLimit();
    void problemLimit();

    void substitutedValuesStayOnThisHost_data();
    void substitutedValuesStayOnThisHost();

    void netlifyHeaders_data();
    void netlifyHeaders();
    void headerProblems_data();
    void headerProblems();

    void serveJsonSettings();
    void serveGlobs_data();
    void serveGlobs();
    void serveRedirectsAndRewrites_data();
    void serveRedirectsAndRewrites();
    void serveHeadersReplace();
    void serveJsonProblems_data();
    void serveJsonProblems();
    void cleanUrlsApply_data();
    void cleanUrlsApply();

    void netlifyAndServeTogether();
    void describe();
    void pathologicalPatternsFinish();

    void loadFromFolder();
    void loadRefusesLargeAndOutsideFiles();
    void isSiteRulesFile_data();
    void isSiteRulesFile();
};

// ---- _redirects -----------------------------------------------------------------

void tst_SiteRules::netlifyRedirects_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status"); // 0: no rule matches
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("external");

    const QByteArray none;
    QTest::newRow("plain rule defaults to 301")
        << QByteArray("/old /new") << "/old" << none << 301 << QByteArray("/new") << false << false;
    QTest::newRow("other path does not match")
        << QByteArray("/old /new") << "/older" << none << 0 << QByteArray() << false << false;
    QTest::newRow("request trailing slash ignored")
        << QByteArray("/old /new") << "/old/" << none << 301 << QByteArray("/new") << false << false;
    QTest::newRow("FROM trailing slash ignored")
        << QByteArray("/old/ /new") << "/old" << none << 301 << QByteArray("/new") << false << false;
    QTest::newRow("FROM matches without case")
        << QByteArray("/About-Us /about") << "/about-us" << none << 301 << QByteArray("/about") << false << false;
    QTest::newRow("percent-encoded FROM") << QByteArray("/caf%C3%A9 /cafe") << QString::fromUtf8("/café") << none << 301
                                          << QByteArray("/cafe") << false << false;
    QTest::newRow("root") << QByteArray("/ /home 302") << "/" << none << 302 << QByteArray("/home") << false << false;

    QTest::newRow("splat") << QByteArray("/news/* /blog/:splat") << "/news/2004/01/10/my-story" << none << 301
                           << QByteArray("/blog/2004/01/10/my-story") << false << false;
    QTest::newRow("splat matches the bare folder")
        << QByteArray("/news/* /blog/:splat") << "/news" << none << 301 << QByteArray("/blog/") << false << false;
    QTest::newRow("splat keeps a trailing slash") << QByteArray("/docs/* /d/:splat 200") << "/docs/guide/" << none
                                                  << 200 << QByteArray("/d/guide/") << false << false;
    QTest::newRow("splat after a partial segment") << QByteArray("/spaceport* /x/:splat") << "/spaceportttt" << none
                                                   << 301 << QByteArray("/x/ttt") << false << false;
    QTest::newRow("splat partial segment mismatch")
        << QByteArray("/spaceport* /x") << "/space" << none << 0 << QByteArray() << false << false;
    QTest::newRow("splat is percent-encoded") << QByteArray("/files/* /f/:splat") << QString::fromUtf8("/files/a b/ü")
                                              << none << 301 << QByteArray("/f/a%20b/%C3%BC") << false << false;
    QTest::newRow("single-page app rewrite") << QByteArray("/* /index.html 200") << "/any/deep/path" << none << 200
                                             << QByteArray("/index.html") << false << false;

    QTest::newRow("placeholders") << QByteArray("/news/:year/:month/:date/:slug /blog/:year/:month/:date/:slug")
                                  << "/news/2004/02/12/my-story" << none << 301
                                  << QByteArray("/blog/2004/02/12/my-story") << false << false;
    QTest::newRow("placeholders inside a TO segment")
        << QByteArray("/news/:year/:month /archive-:year-:month.html") << "/news/2004/02" << none << 301
        << QByteArray("/archive-2004-02.html") << false << false;
    QTest::newRow("placeholder needs its segment")
        << QByteArray("/news/:year/:month /x") << "/news/2004" << none << 0 << QByteArray() << false << false;
    QTest::newRow("placeholder value is encoded") << QByteArray("/u/:name /users/:name") << "/u/a?b#c d" << none << 301
                                                  << QByteArray("/users/a%3Fb%23c%20d") << false << false;
    QTest::newRow("unknown placeholder stays")
        << QByteArray("/a /b/:nothing") << "/a" << none << 301 << QByteArray("/b/:nothing") << false << false;

    QTest::newRow("request query carried")
        << QByteArray("/a /b") << "/a" << QByteArray("x=1&y=2") << 301 << QByteArray("/b?x=1&y=2") << false << false;
    QTest::newRow("query carried on rewrites")
        << QByteArray("/a /b 200") << "/a" << QByteArray("x=1") << 200 << QByteArray("/b?x=1") << false << false;
    QTest::newRow("query goes before the fragment")
        << QByteArray("/a /b#part") << "/a" << QByteArray("x=1") << 301 << QByteArray("/b?x=1#part") << false << false;
    QTest::newRow("TO query wins") << QByteArray("/a /b?y=2") << "/a" << QByteArray("x=1") << 301
                                   << QByteArray("/b?y=2") << false << false;
    QTest::newRow("query condition captures")
        << QByteArray("/store id=:id /blog/:id 301") << "/store" << QByteArray("id=my-post&utm=x") << 301
        << QByteArray("/blog/my-post") << false << false;
    QTest::newRow("query condition missing") << QByteArray("/store id=:id /blog/:id 301") << "/store"
                                             << QByteArray("other=1") << 0 << QByteArray() << false << false;
    QTest::newRow("two query conditions") << QByteArray("/a x=:x y=:y /r/:y/:x") << "/a" << QByteArray("y=2&x=1") << 301
                                          << QByteArray("/r/2/1") << false << false;
    QTest::newRow("literal query condition") << QByteArray("/s type=book /books 302") << "/s" << QByteArray("type=book")
                                             << 302 << QByteArray("/books") << false << false;
    QTest::newRow("literal query condition differs") << QByteArray("/s type=book /books 302") << "/s"
                                                     << QByteArray("type=cd") << 0 << QByteArray() << false << false;
    QTest::newRow("query capture into TO query")
        << QByteArray("/search q=:q /find?term=:q 302") << "/search" << QByteArray("q=a%26b+c") << 302
        << QByteArray("/find?term=a%26b%20c") << false << false;
    QTest::newRow("splat into TO query") << QByteArray("/go/* /r?url=:splat 302") << "/go/a/b" << none << 302
                                         << QByteArray("/r?url=a%2Fb") << false << false;

    QTest::newRow("force") << QByteArray("/app/ /app/index.html 200!") << "/app" << none << 200
                           << QByteArray("/app/index.html") << true << false;
    QTest::newRow("forced redirect") << QByteArray("/a /b 301!") << "/a" << none << 301 << QByteArray("/b") << true
                                     << false;
    QTest::newRow("302") << QByteArray("/a /b 302") << "/a" << none << 302 << QByteArray("/b") << false << false;
    QTest::newRow("303") << QByteArray("/a /b 303") << "/a" << none << 303 << QByteArray("/b") << false << false;
    QTest::newRow("307") << QByteArray("/a /b 307") << "/a" << none << 307 << QByteArray("/b") << false << false;
    QTest::newRow("308") << QByteArray("/a /b 308") << "/a" << none << 308 << QByteArray("/b") << false << false;
    QTest::newRow("404 serves TO") << QByteArray("/en/* /en/404.html 404") << "/en/missing" << none << 404
                                   << QByteArray("/en/404.html") << false << false;
    QTest::newRow("410") << QByteArray("/gone /gone.html 410") << "/gone" << none << 410 << QByteArray("/gone.html")
                         << false << false;
    QTest::newRow("451") << QByteArray("/x /legal.html 451!") << "/x" << none << 451 << QByteArray("/legal.html")
                         << true << false;
    QTest::newRow("forward rule rewrites to itself")
        << QByteArray("/app/* 200") << "/app/x/y" << none << 200 << QByteArray("/app/x/y") << false << false;

    QTest::newRow("external URL") << QByteArray("/google https://www.google.com") << "/google" << none << 301
                                  << QByteArray("https://www.google.com") << false << true;
    QTest::newRow("external proxy with splat")
        << QByteArray("/blog/* https://blog.example.com/:splat 200") << "/blog/a/b" << QByteArray("p=1") << 200
        << QByteArray("https://blog.example.com/a/b?p=1") << false << true;
    QTest::newRow("inline comment") << QByteArray("/a /b 302 # moved for now") << "/a" << none << 302
                                    << QByteArray("/b") << false << false;
    QTest::newRow("tabs and CRLF") << QByteArray("/a\t\t/b\t307\r\n") << "/a" << none << 307 << QByteArray("/b")
                                   << false << false;
    QTest::newRow("comments and blank lines")
        << QByteArray("# redirects\n\n   \n/a /b\n") << "/a" << none << 301 << QByteArray("/b") << false << false;
}

void tst_SiteRules::netlifyRedirects()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, path);
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QByteArray, target);
    QFETCH(bool, force);
    QFETCH(bool, external);

    const SiteRuleSet rules = redirects(file);
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.redirects.size(), 1);
    const std::optional<RedirectMatch> match = matchRedirect(rules, path, query);
    if (status == 0) {
        QVERIFY(!match);
        return;
    }
    QVERIFY(match);
    QCOMPARE(match->status, status);
    QCOMPARE(match->target, target);
    QCOMPARE(match->force, force);
    QCOMPARE(match->isExternal, external);
    QCOMPARE(match->rule, &rules.redirects.first());
}

void tst_SiteRules::netlifyRedirectRuleFields()
{
    const SiteRuleSet rules = redirects("\n# c\n/store id=:id  /blog/:id  302!\n");
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.redirects.size(), 1);
    const RedirectRule &r = rules.redirects.first();
    QCOMPARE(r.from, QStringLiteral("/store"));
    QCOMPARE(r.to, QStringLiteral("/blog/:id"));
    QCOMPARE(r.status, 302);
    QVERIFY(r.force);
    QCOMPARE(r.query.size(), 1);
    QCOMPARE(r.query.first().first, QStringLiteral("id"));
    QCOMPARE(r.query.first().second, QStringLiteral(":id"));
    QCOMPARE(r.file, QStringLiteral("_redirects"));
    QCOMPARE(r.line, 3);
    QCOMPARE(r.syntax, RuleSyntax::Netlify);
}

void tst_SiteRules::firstMatchWins()
{
    const SiteRuleSet rules = redirects("/blog/special /special 302\n"
                                        "/blog/* /news/:splat 301\n"
                                        "/* /index.html 200\n");
    QCOMPARE(rules.redirects.size(), 3);
    QCOMPARE(matchRedirect(rules, QStringLiteral("/blog/special"), {})->target, QByteArray("/special"));
    QCOMPARE(matchRedirect(rules, QStringLiteral("/blog/other"), {})->target, QByteArray("/news/other"));
    QCOMPARE(matchRedirect(rules, QStringLiteral("/elsewhere"), {})->status, 200);
    QCOMPARE(matchRedirect(rules, QStringLiteral("/elsewhere"), {})->rule, &rules.redirects[2]);
}

void tst_SiteRules::onlyForcedSkipsShadowedRules()
{
    const SiteRuleSet rules = redirects("/a /b 301\n/a /c 302!\n/d /e 200\n");
    QCOMPARE(matchRedirect(rules, QStringLiteral("/a"), {})->target, QByteArray("/b"));
    // A file exists at /a: the first rule is shadowed, the forced one applies.
    const auto forced = matchRedirect(rules, QStringLiteral("/a"), {}, true);
    QVERIFY(forced);
    QCOMPARE(forced->target, QByteArray("/c"));
    QCOMPARE(forced->status, 302);
    QVERIFY(!matchRedirect(rules, QStringLiteral("/d"), {}, true));
}

void tst_SiteRules::redirectProblems_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("rulesKept");

    QTest::newRow("missing TO") << QByteArray("# x\n/only-from\n") << 2 << false << "missing destination" << 0;
    QTest::newRow("status where TO should be") << QByteArray("/a 301\n") << 1 << false << "missing destination" << 0;
    QTest::newRow("relative TO") << QByteArray("/a b\n") << 1 << false << "missing destination" << 0;
    QTest::newRow("word between FROM and TO") << QByteArray("/a b /c\n") << 1 << false << "neither" << 0;
    QTest::newRow("TO without slash") << QByteArray("/a x=1 b.html\n") << 1 << false << "missing destination" << 0;
    QTest::newRow("unsupported status") << QByteArray("\n/a /b 500\n") << 2 << false << "invalid status" << 0;
    QTest::newRow("status not a number") << QByteArray("/a /b abc\n") << 1 << false << "invalid status" << 0;
    QTest::newRow("two-digit status") << QByteArray("/a /b 30\n") << 1 << false << "invalid status" << 0;
    QTest::newRow("FROM not a path") << QByteArray("old /new\n") << 1 << false << "FROM must be a path" << 0;
    QTest::newRow("FROM with a query") << QByteArray("/a?x=1 /b\n") << 1 << false << "query string" << 0;
    QTest::newRow("FROM is a domain URL")
        << QByteArray("https://old.example.com/* https://new.example.com/:splat\n") << 1 << true << "domain-level" << 0;
    QTest::newRow("splat in the middle") << QByteArray("/a/*/b /c\n") << 1 << false << "splat" << 0;
    QTest::newRow("TO leaves the host") << QByteArray("/a //evil.example/x\n") << 1 << false << "leave this host" << 0;
    QTest::newRow("TO backslash host") << QByteArray("/a /\\evil.example\n") << 1 << false << "leave this host" << 0;
    QTest::newRow("placeholder in TO host")
        << QByteArray("/a/:h https://:h.example.com/\n") << 1 << false << "host" << 0;
    QTest::newRow("TO URL without host") << QByteArray("/a https:///x\n") << 1 << false << "no host" << 0;
    QTest::newRow("country condition") << QByteArray("/ /anz 302 Country=au,nz\n") << 1 << true << "Country=au,nz" << 1;
    QTest::newRow("language condition") << QByteArray("/ /fr 302 Language=fr\n") << 1 << true << "ignored" << 1;
    QTest::newRow("empty language condition") << QByteArray("/ /x 302 Language=\n") << 1 << true << "Language=" << 1;
    QTest::newRow("role condition") << QByteArray("/admin/* 200! Role=admin\n") << 1 << true << "Role=admin" << 1;
    QTest::newRow("cookie condition") << QByteArray("/* /b 302 Cookie=ab_test\n") << 1 << true << "Cookie" << 1;
    QTest::newRow("unknown condition") << QByteArray("/a /b 302 Weather=sunny\n") << 1 << true << "unknown condition"
                                       << 1;
    QTest::newRow("stray word") << QByteArray("/a /b 302 oops\n") << 1 << true << "oops" << 1;
}

void tst_SiteRules::redirectProblems()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(bool, warning);
    QFETCH(QString, says);
    QFETCH(int, rulesKept);

    const SiteRuleSet rules = redirects(file);
    QCOMPARE(rules.problems.size(), 1);
    const RuleProblem &p = rules.problems.first();
    QCOMPARE(p.file, QStringLiteral("_redirects"));
    QCOMPARE(p.line, line);
    QCOMPARE(p.warning, warning);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
    QCOMPARE(rules.redirects.size(), rulesKept);
}

void tst_SiteRules::badLinesDoNotStopLaterOnes()
{
    const SiteRuleSet rules = redirects("/one /1\n"
                                        "/broken\n"
                                        "/two /2 999\n"
                                        "nonsense here\n"
                                        "/three /3 302\n");
    QCOMPARE(rules.redirects.size(), 2);
    QCOMPARE(rules.redirects[0].line, 1);
    QCOMPARE(rules.redirects[1].line, 5);
    QCOMPARE(rules.problems.size(), 3);
    QCOMPARE(rules.problems[0].line, 2);
    QCOMPARE(rules.problems[1].line, 3);
    QCOMPARE(rules.problems[2].line, 4);
    QCOMPARE(matchRedirect(rules, QStringLiteral("/three"), {})->target, QByteArray("/3"));
}

void tst_SiteRules::conditionsKeepTheRule()
{
    const SiteRuleSet rules = redirects("/admin/* 200! Role=admin\n/admin/* /login 302!\n");
    QCOMPARE(rules.redirects.size(), 2);
    QCOMPARE(rules.problems.size(), 1);
    QVERIFY(rules.problems.first().warning);
    // The condition cannot be checked locally: the rule applies to everyone.
    const auto match = matchRedirect(rules, QStringLiteral("/admin/settings"), {});
    QVERIFY(match);
    QCOMPARE(match->status, 200);
    QCOMPARE(match->target, QByteArray("/admin/settings"));
    QVERIFY(match->force);
}

void tst_SiteRules::ruleLimit()
{
    QByteArray file;
    for (int i = 0; i <= SiteRuleLimits::kMaxRulesPerFile; ++i)
        file += "/from" + QByteArray::number(i) + " /to" + QByteArray::number(i) + "\n";
    const SiteRuleSet rules = redirects(file);
    QCOMPARE(rules.redirects.size(), SiteRuleLimits::kMaxRulesPerFile);
    QCOMPARE(rules.problems.size(), 1);
    QCOMPARE(rules.problems.first().line, SiteRuleLimits::kMaxRulesPerFile + 1);
    QVERIFY(rules.problems.first().message.contains(u"rules"));
    QCOMPARE(matchRedirect(rules, QStringLiteral("/from9999"), {})->target, QByteArray("/to9999"));
    QVERIFY(!matchRedirect(rules, QStringLiteral("/from10000"), {}));
}

void tst_SiteRules::headerRuleLimit()
{
    QByteArray file;
    for (int i = 0; i <= SiteRuleLimits::kMaxRulesPerFile; ++i)
        file += "/p" + QByteArray::number(i) + "\n  X-N: " + QByteArray::number(i) + "\n";
    const SiteRuleSet rules = headers(file);
    QCOMPARE(rules.headers.size(), SiteRuleLimits::kMaxRulesPerFile);
    QCOMPARE(rules.problems.size(), 1);
    QCOMPARE(rules.problems.first().line, 2 * SiteRuleLimits::kMaxRulesPerFile + 1);
    QCOMPARE(headersFor(rules, QStringLiteral("/p9999")), headerList({{"X-N", "9999"}}));
}

void tst_SiteRules::problemLimit()
{
    QByteArray file;
    for (int i = 0; i < 500; ++i)
        file += "garbage\n";
    const SiteRuleSet rules = redirects(file);
    QCOMPARE(rules.problems.size(), SiteRuleLimits::kMaxProblemsPerFile + 1);
    QCOMPARE(rules.problems[SiteRuleLimits::kMaxProblemsPerFile - 1].line, SiteRuleLimits::kMaxProblemsPerFile);
    QVERIFY(rules.problems.last().message.contains(u"more problems"));
}

// ---- Safety -------------------------------------------------------------------------

void tst_SiteRules::substitutedValuesStayOnThisHost_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<bool>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");

    QTest::newRow("splat of //evil") << QByteArray("/go/* /:splat 302") << false << "/go//evil.example/x"
                                     << QByteArray();
    QTest::newRow("root splat of //evil") << QByteArray("/* /:splat 301") << false << "//evil.example" << QByteArray();
    QTest::newRow("splat of backslash") << QByteArray("/go/* /:splat 302") << false << "/go/\\evil.example"
                                        << QByteArray();
    QTest::newRow("placeholder of backslashes")
        << QByteArray("/go/:p /:p 302") << false << "/go/\\\\evil.example" << QByteArray();
    QTest::newRow("query value //evil") << QByteArray("/r to=:to /:to 302") << false << "/r"
                                        << QByteArray("to=//evil.example");
    QTest::newRow("encoded query value //evil")
        << QByteArray("/r to=:to /:to 302") << false << "/r" << QByteArray("to=%2F%2Fevil.example%2Fx");
    QTest::newRow("empty query value before //")
        << QByteArray("/r a=:a /:a/evil.example 302") << false << "/r" << QByteArray("a=");
    QTest::newRow("scheme in query value")
        << QByteArray("/r to=:to /:to 302") << false << "/r" << QByteArray("to=https://evil.example");
    QTest::newRow("serve.json placeholder")
        << QByteArray(R"json({"redirects": [{"source": "/go/:p", "destination": "/:p"}]})json") << true
        << "/go/\\evil.example" << QByteArray();
    QTest::newRow("serve.json destination //")
        << QByteArray(R"json({"redirects": [{"source": "/go/:p", "destination": "//:p"}]})json") << true
        << "/go/evil.example" << QByteArray();
}

void tst_SiteRules::substitutedValuesStayOnThisHost()
{
    QFETCH(QByteArray, file);
    QFETCH(bool, json);
    QFETCH(QString, path);
    QFETCH(QByteArray, query);

    const SiteRuleSet rules = json ? serveJson(file) : redirects(file);
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    const auto match = matchRedirect(rules, path, query);
    QVERIFY(match);
    QVERIFY(!match->isExternal);
    QVERIFY2(match->target.startsWith('/'), match->target.constData());
    QVERIFY2(!match->target.startsWith("//"), match->target.constData());
    QVERIFY2(!match->target.contains('\\'), match->target.constData());
    const QUrl url = followed(match->target);
    QVERIFY2(url.isValid(), match->target.constData());
    QCOMPARE(url.host(), QStringLiteral("localhost"));
    QCOMPARE(url.port(), 8080);
}

// ---- _headers -----------------------------------------------------------------------

void tst_SiteRules::netlifyHeaders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<HeaderList>("expected");

    QTest::newRow("only the site-wide block")
        << "/about" << headerList({{"X-Frame-Options", "DENY"}, {"Cache-Control", "public"}});
    QTest::newRow("blocks merge, values joined")
        << "/assets/app.js" << headerList({{"X-Frame-Options", "DENY"}, {"Cache-Control", "public, max-age=31536000"}});
    QTest::newRow("splat covers the bare folder")
        << "/assets" << headerList({{"X-Frame-Options", "DENY"}, {"Cache-Control", "public, max-age=31536000"}});
    QTest::newRow("placeholder, repeated name in a block")
        << "/docs/v2"
        << headerList({{"X-Frame-Options", "DENY"},
                       {"Cache-Control", "public"},
                       {"Link", "</style.css>; rel=preload, </app.js>; rel=preload"}});
    QTest::newRow("placeholder needs its segment")
        << "/docs/v2/page" << headerList({{"X-Frame-Options", "DENY"}, {"Cache-Control", "public"}});
    QTest::newRow("exact path, without case, trailing slash")
        << "/Templates/Index.html/"
        << headerList(
               {{"X-Frame-Options", "DENY, SAMEORIGIN"}, {"Cache-Control", "public"}, {"X-Robots-Tag", "noindex"}});
}

void tst_SiteRules::netlifyHeaders()
{
    QFETCH(QString, path);
    QFETCH(HeaderList, expected);

    const SiteRuleSet rules = headers("# site-wide\n"
                                      "/*\n"
                                      "  X-Frame-Options: DENY\n"
                                      "  Cache-Control: public\n"
                                      "\n"
                                      "/assets/*\n"
                                      "\tcache-control:   max-age=31536000  \n"
                                      "/docs/:version\n"
                                      "  # preload hints\n"
                                      "  Link: </style.css>; rel=preload\n"
                                      "  Link: </app.js>; rel=preload\n"
                                      "/templates/index.html\n"
                                      "  X-Frame-Options: SAMEORIGIN\n"
                                      "  X-Robots-Tag: noindex\n");
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.headers.size(), 4);
    QCOMPARE(rules.headers[1].line, 6);
    QCOMPARE(rules.headers[2].headers.size(), 1); // the two Link lines are one field
    QCOMPARE(headersFor(rules, path), expected);
}

void tst_SiteRules::headerProblems_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("fieldsKept"); // across all rules

    QTest::newRow("header before any path")
        << QByteArray("# c\n  X-A: 1\n/*\n  X-B: 2\n") << 2 << false << "before any path" << 1;
    QTest::newRow("no colon") << QByteArray("/*\n  X-A 1\n  X-B: 2\n") << 2 << false << "Name: value" << 1;
    QTest::newRow("name with a space") << QByteArray("/*\n  X A: 1\n") << 2 << false << "not a valid header name" << 0;
    QTest::newRow("name with a slash-free bad char")
        << QByteArray("/*\n  X(A): 1\n") << 2 << false << "not a valid header name" << 0;
    QTest::newRow("empty name") << QByteArray("/*\n  : 1\n") << 2 << false << "not a valid header name" << 0;
    QTest::newRow("control character") << QByteArray("/*\n  X-A: a\x01"
                                                     "b\n")
                                       << 2 << false << "control" << 0;
    QTest::newRow("bare CR in value") << QByteArray("/*\n  X-A: a\rb\n") << 2 << false << "control" << 0;
    QTest::newRow("empty value") << QByteArray("/*\n  X-A:\n") << 2 << false << "no value" << 0;
    QTest::newRow("Basic-Auth not sent") << QByteArray("/*\n  Basic-Auth: user:pass\n  X-A: 1\n") << 2 << true
                                         << "Basic-Auth" << 1;
    QTest::newRow("framing header refused")
        << QByteArray("/*\n  Content-Length: 5\n") << 2 << true << "set by the server" << 0;
    QTest::newRow("hop-by-hop header refused")
        << QByteArray("/a\n  Connection: close\n  X-A: 1\n") << 2 << true << "set by the server" << 1;
    QTest::newRow("path with spaces") << QByteArray("/a /b\n  X-A: 1\n") << 1 << false << "only the path" << 0;
    QTest::newRow("splat in the middle") << QByteArray("/*.js\n  X-A: 1\n/b\n  X-B: 2\n") << 1 << false << "splat" << 1;
    QTest::newRow("path without headers") << QByteArray("/a\n/b\n  X-B: 2\n") << 1 << true << "no headers" << 1;
    QTest::newRow("domain path") << QByteArray("https://example.com/*\n  X-A: 1\n") << 1 << true << "domain-level" << 0;
}

void tst_SiteRules::headerProblems()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(bool, warning);
    QFETCH(QString, says);
    QFETCH(int, fieldsKept);

    const SiteRuleSet rules = headers(file);
    QCOMPARE(rules.problems.size(), 1);
    const RuleProblem &p = rules.problems.first();
    QCOMPARE(p.file, QStringLiteral("_headers"));
    QCOMPARE(p.line, line);
    QCOMPARE(p.warning, warning);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
    int fields = 0;
    for (const HeaderRule &rule : rules.headers)
        fields += int(rule.headers.size());
    QCOMPARE(fields, fieldsKept);
}

// ---- serve.json -----------------------------------------------------------------------

void tst_SiteRules::serveJsonSettings()
{
    const SiteRuleSet rules = serveJson(R"json({
  "public": "dist",
  "cleanUrls": false,
  "trailingSlash": true,
  "etag": true,
  "directoryListing": false,
  "unlisted": [".DS_Store"],
  "renderSingle": true,
  "symlinks": true
})json");
    QCOMPARE(rules.cleanUrls, std::optional<bool>(false));
    QCOMPARE(rules.trailingSlash, std::optional<bool>(true));
    QVERIFY(rules.cleanUrlGlobs.isEmpty());
    QVERIFY(rules.redirects.isEmpty());
    QCOMPARE(rules.problems.size(), 1); // only "public" is worth a word
    QCOMPARE(rules.problems.first().line, 2);
    QVERIFY(rules.problems.first().warning);
    QVERIFY(rules.problems.first().message.contains(u"public"));
    QVERIFY(!rules.isEmpty());
    QVERIFY(!Servery::cleanUrlsApply(rules, QStringLiteral("/a")));
}

void tst_SiteRules::serveGlobs_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("** matches all") << "**"
                                    << "/a/b/c.html" << true;
    QTest::newRow("** matches the root") << "**"
                                         << "/" << true;
    QTest::newRow("api/** without slash") << "api/**"
                                          << "/api/v1/users" << true;
    QTest::newRow("/api/** with slash") << "/api/**"
                                        << "/api/v1/users" << true;
    QTest::newRow("/api/** matches /api") << "/api/**"
                                          << "/api" << true;
    QTest::newRow("/api/** not /apis") << "/api/**"
                                       << "/apis/x" << false;
    QTest::newRow("* stays in a segment") << "/*.html"
                                          << "/a/b.html" << false;
    QTest::newRow("* within a segment") << "/*.html"
                                        << "/b.html" << true;
    QTest::newRow("**/* crosses segments") << "**/*.html"
                                           << "/a/b/c.html" << true;
    QTest::newRow("**/* zero segments") << "**/*.html"
                                        << "/c.html" << true;
    QTest::newRow("**/* wrong extension") << "**/*.html"
                                          << "/a/c.htm" << false;
    QTest::newRow("** in the middle") << "/a/**/z"
                                      << "/a/b/c/d/z" << true;
    QTest::newRow("** in the middle, none") << "/a/**/z"
                                            << "/a/z" << true;
    QTest::newRow("** in the middle, wrong end") << "/a/**/z"
                                                 << "/a/b/y" << false;
    QTest::newRow("? one character") << "/file?.txt"
                                     << "/file1.txt" << true;
    QTest::newRow("? not zero characters") << "/file?.txt"
                                           << "/file.txt" << false;
    QTest::newRow("braces") << "/{blog,news}/*"
                            << "/news/x" << true;
    QTest::newRow("braces, other") << "/{blog,news}/*"
                                   << "/docs/x" << false;
    QTest::newRow("nested braces") << "/{a,{b,c}d}"
                                   << "/cd" << true;
    QTest::newRow("brace with one item is literal") << "/{a}"
                                                    << "/{a}" << true;
    QTest::newRow("@(a|b) extglob") << "**/*.@(jpg|jpeg|png)"
                                    << "/img/x.jpeg" << true;
    QTest::newRow("@(a|b) extglob, other") << "**/*.@(jpg|jpeg|png)"
                                           << "/img/x.gif" << false;
    QTest::newRow("?(a|b) extglob, absent") << "/page?(.html)"
                                            << "/page" << true;
    QTest::newRow("?(a|b) extglob, present") << "/page?(.html)"
                                             << "/page.html" << true;
    QTest::newRow("character class") << "/[abc].txt"
                                     << "/b.txt" << true;
    QTest::newRow("character class, other") << "/[abc].txt"
                                            << "/d.txt" << false;
    QTest::newRow("character range") << "/v[0-9]"
                                     << "/v7" << true;
    QTest::newRow("negated class") << "/[!a].txt"
                                   << "/a.txt" << false;
    QTest::newRow("globs are case-sensitive") << "/About"
                                              << "/about" << false;
    QTest::newRow("trailing slash ignored") << "/about/"
                                            << "/about" << true;
    QTest::newRow("request trailing slash ignored") << "/about"
                                                    << "/about/" << true;
    QTest::newRow("negation") << "!/api/**"
                              << "/home" << true;
    QTest::newRow("negation, excluded") << "!/api/**"
                                        << "/api/x" << false;
    QTest::newRow(":name segment") << "/projects/:id/edit"
                                   << "/projects/42/edit" << true;
    QTest::newRow(":name is one segment") << "/projects/:id/edit"
                                          << "/projects/4/2/edit" << false;
}

void tst_SiteRules::serveGlobs()
{
    QFETCH(QString, source);
    QFETCH(QString, path);
    QFETCH(bool, matches);

    QJsonObject rewrite {{QStringLiteral("source"), source}, {QStringLiteral("destination"), QStringLiteral("/hit")}};
    QJsonObject config {{QStringLiteral("rewrites"), QJsonArray {rewrite}}};
    const SiteRuleSet rules = serveJson(QJsonDocument(config).toJson());
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.redirects.size(), 1);
    const auto match = matchRedirect(rules, path, {});
    QCOMPARE(bool(match), matches);
    if (match) {
        QCOMPARE(match->status, 200);
        QCOMPARE(match->target, QByteArray("/hit"));
        QVERIFY(!match->force); // serve rewrites only paths without a file
    }
}

void tst_SiteRules::serveRedirectsAndRewrites_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("redirect default 301") << "/from" << QByteArray() << 301 << QByteArray("/to");
    QTest::newRow("redirect carries the query") << "/from" << QByteArray("a=1") << 301 << QByteArray("/to?a=1");
    QTest::newRow(":name substituted, type 302")
        << "/old-docs/intro" << QByteArray() << 302 << QByteArray("/new-docs/intro");
    QTest::newRow("redirect to a URL") << "/twitter" << QByteArray() << 308 << QByteArray("https://x.com/someone");
    QTest::newRow("redirects before rewrites") << "/app/from" << QByteArray() << 307 << QByteArray("/elsewhere");
    QTest::newRow("rewrite with :id inside a segment")
        << "/projects/7/edit" << QByteArray() << 200 << QByteArray("/edit-project-7.html");
    QTest::newRow("rewrite destination without slash")
        << "/app/dashboard" << QByteArray() << 200 << QByteArray("/index.html");
    QTest::newRow("nothing matches") << "/nothing" << QByteArray() << 0 << QByteArray();
}

void tst_SiteRules::serveRedirectsAndRewrites()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, query);
    QFETCH(int, status);
    QFETCH(QByteArray, target);

    const SiteRuleSet rules = serveJson(R"json({
  "rewrites": [
    { "source": "app/**", "destination": "index.html" },
    { "source": "/projects/:id/edit", "destination": "/edit-project-:id.html" }
  ],
  "redirects": [
    { "source": "/from", "destination": "/to" },
    { "source": "/old-docs/:id", "destination": "/new-docs/:id", "type": 302 },
    { "source": "/twitter", "destination": "https://x.com/someone", "type": 308 },
    { "source": "/app/from", "destination": "/elsewhere", "type": 307 }
  ]
})json");
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.redirects.size(), 6);
    QCOMPARE(rules.redirects[0].line, 7); // redirects first, each at its line
    QCOMPARE(rules.redirects[4].line, 3);
    QCOMPARE(rules.redirects[4].status, 200);
    QCOMPARE(rules.redirects[4].syntax, RuleSyntax::Serve);
    const auto match = matchRedirect(rules, path, query);
    QCOMPARE(match ? match->status : 0, status);
    if (match) {
        QCOMPARE(match->target, target);
        QCOMPARE(match->isExternal, target.startsWith("https:"));
        QCOMPARE(match->force, status != 200); // serve redirects before it looks for files
    }
}

void tst_SiteRules::serveHeadersReplace()
{
    const SiteRuleSet rules = serveJson(R"json({
  "headers": [
    { "source": "**/*.@(jpg|png)", "headers": [{ "key": "Cache-Control", "value": "max-age=7200" }] },
    { "source": "img/**", "headers": [{ "key": "cache-control", "value": "no-cache" },
                                      { "key": "X-Img", "value": "1" }] },
    { "source": "404.html", "headers": [{ "key": "Cache-Control", "value": "max-age=300" }] }
  ]
})json");
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.headers.size(), 3);
    QCOMPARE(headersFor(rules, QStringLiteral("/photos/a.png")), headerList({{"Cache-Control", "max-age=7200"}}));
    // serve assigns header by header: the later rule's value replaces.
    QCOMPARE(headersFor(rules, QStringLiteral("/img/a.jpg")),
             headerList({{"Cache-Control", "no-cache"}, {"X-Img", "1"}}));
    QCOMPARE(headersFor(rules, QStringLiteral("/404.html")), headerList({{"Cache-Control", "max-age=300"}}));
    QVERIFY(headersFor(rules, QStringLiteral("/a.gif")).isEmpty());
}

void tst_SiteRules::serveJsonProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("warning");
    QTest::addColumn<QString>("says");
    QTest::addColumn<int>("rulesKept"); // redirects and header rules

    QTest::newRow("syntax error line") << QByteArray("{\n  \"cleanUrls\": true,\n  \"rewrites\": [\n    {\"source\": "
                                                     "\"a\" \"destination\": \"b\"}\n  ]\n}\n")
                                       << 4 << false << "JSON syntax error" << 0;
    QTest::newRow("unterminated") << QByteArray("{\n\"rewrites\": [\n") << 3 << false << "JSON syntax error" << 0;
    QTest::newRow("empty file") << QByteArray("") << 1 << false << "JSON syntax error" << 0;
    QTest::newRow("not an object") << QByteArray("\n\n[1, 2]") << 3 << false << "JSON object" << 0;
    QTest::newRow("rewrites not an array")
        << QByteArray("{\n\"cleanUrls\": true,\n\"rewrites\": {}\n}") << 3 << false << "must be an array" << 0;
    QTest::newRow("entry missing destination")
        << QByteArray("{\n  \"rewrites\": [\n    {\"source\": \"/a\", \"destination\": \"/b\"},\n    {\n      "
                      "\"source\": \"/c\"\n    }\n  ]\n}")
        << 4 << false << "destination" << 1;
    QTest::newRow("entry not an object") << QByteArray("{\"redirects\": [\n\"/a\"\n]}") << 2 << false
                                         << "must be an object" << 0;
    QTest::newRow("source not a string") << QByteArray(
        "{\"redirects\": [\n{\"source\": \"/x{]\\\"\", \"destination\": \"/b\"},\n{\"source\": 5, "
        "\"destination\": \"/b\"}]}") << 3
                                         << false << "source" << 1;
    QTest::newRow("bad redirect type") << QByteArray("{\"redirects\": [\n\n{\"source\": \"/a\", \"destination\": "
                                                     "\"/b\", \"type\": 418}]}")
                                       << 3 << false << "type" << 0;
    QTest::newRow("redirect type not integral") << QByteArray("{\"redirects\": [{\"source\": \"/a\", \"destination\": "
                                                              "\"/b\", \"type\": 301.5}]}")
                                                << 1 << false << "type" << 0;
    QTest::newRow("destination other scheme") << QByteArray("{\"redirects\": [\n{\"source\": \"/a\", "
                                                            "\"destination\": \"javascript:alert(1)\"}]}")
                                              << 2 << false << "destination" << 0;
    QTest::newRow("unknown entry key") << QByteArray("{\"redirects\": [\n{\"source\": \"/a\", \"destination\": "
                                                     "\"/b\", \"statusCode\": 302}]}")
                                       << 2 << true << "statusCode" << 1;
    QTest::newRow("headers entry without headers")
        << QByteArray("{\"headers\": [\n\n{\"source\": \"**\"}]}") << 3 << false << "array \"headers\"" << 0;
    QTest::newRow("header with a bad key")
        << QByteArray("{\"headers\": [{\"source\": \"**\", \"headers\": [\n  {\"key\": \"X-A\", \"value\": \"1\"},\n  "
                      "{\"key\": \"Bad Key\", \"value\": \"1\"}\n]}]}")
        << 3 << false << "not a valid header name" << 1;
    QTest::newRow("header value with a newline") << QByteArray(
        "{\"headers\": [{\"source\": \"**\", \"headers\": [\n{\"key\": \"X-A\", \"value\": \"a\\nb\"}]}]}")
                                                 << 2 << false << "control" << 0;
    QTest::newRow("header value null") << QByteArray("{\"headers\": [{\"source\": \"**\", \"headers\": [\n{\"key\": "
                                                     "\"X-A\", \"value\": null}]}]}")
                                       << 2 << true << "null" << 0;
    QTest::newRow("header value a number")
        << QByteArray("{\"headers\": [{\"source\": \"**\", \"headers\": [\n\n{\"key\": "
                      "\"X-A\", \"value\": 5}]}]}")
        << 3 << false << "must be a string" << 0;
    QTest::newRow("unknown key") << QByteArray("{\n\"cleanUrls\": true,\n\"rewrite\": []\n}") << 3 << true
                                 << "unknown key \"rewrite\"" << 0;
    QTest::newRow("cleanUrls wrong type")
        << QByteArray("{\n\n\"cleanUrls\": \"yes\"}") << 3 << false << "cleanUrls" << 0;
    QTest::newRow("cleanUrls glob not a string")
        << QByteArray("{\"cleanUrls\": [\"/a/**\",\n 7]}") << 2 << false << "glob" << 0;
    QTest::newRow("trailingSlash wrong type")
        << QByteArray("{\"trailingSlash\": 1}") << 1 << false << "trailingSlash" << 0;
    QTest::newRow("unsupported extglob") << QByteArray("{\"rewrites\": [\n{\"source\": \"/+(a|b)\", "
                                                       "\"destination\": \"/x\"}]}")
                                         << 2 << false << "not supported" << 0;
    QTest::newRow("too many alternatives") << QByteArray("{\"rewrites\": [\n{\"source\": "
                                                         "\"/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}\", \"destination\": "
                                                         "\"/x\"}]}")
                                           << 2 << false << "alternatives" << 0;
    QTest::newRow("escaped quotes and brackets in strings")
        << QByteArray("{\"rewrites\": [{\"source\": \"/a\\\"[{\", \"destination\": \"/b}]\"},\n\n"
                      "{\"source\": \"/c\"}]}")
        << 3 << false << "destination" << 1;
}

void tst_SiteRules::serveJsonProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(bool, warning);
    QFETCH(QString, says);
    QFETCH(int, rulesKept);

    const SiteRuleSet rules = serveJson(json);
    QVERIFY2(rules.problems.size() == 1, qPrintable(problemsText(rules)));
    const RuleProblem &p = rules.problems.first();
    QCOMPARE(p.file, QStringLiteral("serve.json"));
    QCOMPARE(p.line, line);
    QCOMPARE(p.warning, warning);
    QVERIFY2(p.message.contains(says), qPrintable(p.message));
    QCOMPARE(rules.redirects.size() + rules.headers.size(), rulesKept);
}

void tst_SiteRules::cleanUrlsApply_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("applies");

    QTest::newRow("serve.json silent") << QByteArray("{}") << "/a" << true;
    QTest::newRow("true") << QByteArray(R"json({"cleanUrls": true})json") << "/a" << true;
    QTest::newRow("false") << QByteArray(R"json({"cleanUrls": false})json") << "/a" << false;
    QTest::newRow("glob matches") << QByteArray(R"json({"cleanUrls": ["/app/**", "docs/*"]})json") << "/app/x/y"
                                  << true;
    QTest::newRow("second glob matches") << QByteArray(R"json({"cleanUrls": ["/app/**", "docs/*"]})json")
                                         << "/docs/intro" << true;
    QTest::newRow("no glob matches") << QByteArray(R"json({"cleanUrls": ["/app/**", "docs/*"]})json") << "/blog/x"
                                     << false;
    QTest::newRow("empty array") << QByteArray(R"json({"cleanUrls": []})json") << "/a" << false;
}

void tst_SiteRules::cleanUrlsApply()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(bool, applies);

    const SiteRuleSet rules = serveJson(json);
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(Servery::cleanUrlsApply(rules, path), applies);
}

// ---- Together -------------------------------------------------------------------------

void tst_SiteRules::netlifyAndServeTogether()
{
    SiteRuleSet rules;
    parseRedirects("/a /from-netlify 302\n", QStringLiteral("_redirects"), rules);
    parseHeaders("/*\n  X-Netlify: 1\n  Cache-Control: public\n", QStringLiteral("_headers"), rules);
    parseServeJson(R"json({"rewrites": [{"source": "**", "destination": "/index.html"}],
                       "redirects": [{"source": "/a", "destination": "/from-serve"}],
                       "headers": [{"source": "**", "headers": [{"key": "Cache-Control", "value": "no-store"}]}]})json",
                   QStringLiteral("serve.json"), rules);
    QVERIFY2(rules.problems.isEmpty(), qPrintable(problemsText(rules)));
    QCOMPARE(rules.redirects.size(), 3);
    QCOMPARE(rules.redirects[0].file, QStringLiteral("_redirects"));
    QCOMPARE(rules.redirects[1].status, 301);
    QCOMPARE(rules.redirects[2].status, 200);
    QCOMPARE(matchRedirect(rules, QStringLiteral("/a"), {})->target, QByteArray("/from-netlify"));
    QCOMPARE(matchRedirect(rules, QStringLiteral("/b"), {})->target, QByteArray("/index.html"));
    QCOMPARE(headersFor(rules, QStringLiteral("/x")), headerList({{"X-Netlify", "1"}, {"Cache-Control", "no-store"}}));
}

void tst_SiteRules::describe()
{
    SiteRuleSet rules;
    QVERIFY(rules.isEmpty());
    QVERIFY(rules.describe().isEmpty());
    parseRedirects("/old/*  /new/:splat\n/store id=:id /blog/:id 302!\n", QStringLiteral("_redirects"), rules);
    parseHeaders("/*\n  X-Frame-Options: DENY\n", QStringLiteral("_headers"), rules);
    parseServeJson(R"json({"rewrites": [{"source": "app/**", "destination": "/index.html"}], "cleanUrls": ["/app/**"],
                       "trailingSlash": false})json",
                   QStringLiteral("serve.json"), rules);
    QVERIFY(!rules.isEmpty());
    const QStringList expected = {
        QStringLiteral("_redirects:1  /old/*  ->  /new/:splat  301"),
        QStringLiteral("_redirects:2  /store id=:id  ->  /blog/:id  302!"),
        QStringLiteral("serve.json:1  app/**  ->  /index.html  200"),
        QStringLiteral("_headers:1  /*  X-Frame-Options: DENY"),
        QStringLiteral("serve.json  cleanUrls: /app/**"),
        QStringLiteral("serve.json  trailingSlash: false"),
    };
    QCOMPARE(rules.describe(), expected);

    SiteRuleSet onlyProblems;
    parseRedirects("nonsense\n", QStringLiteral("_redirects"), onlyProblems);
    QVERIFY(!onlyProblems.isEmpty());
    QVERIFY(onlyProblems.describe().isEmpty());
}

void tst_SiteRules::pathologicalPatternsFinish()
{
    // Patterns that make backtracking matchers exponential, against long
    // paths that almost match. Each must simply return (no match).
    const QString as(5000, u'a');
    QJsonArray rewrites;
    for (const char *source : {"/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", "/**/**/**/**/**/**/**/**/**/b",
                               "/**/*a*/**/*a*/**/*a*/**/*a*/**/*a*/b", "/?*?*?*?*?*?*?*?*?*?*b"}) {
        rewrites.append(QJsonObject {{QStringLiteral("source"), QString::fromLatin1(source)},
                                     {QStringLiteral("destination"), QStringLiteral("/x")}});
    }
    const SiteRuleSet globs = serveJson(QJsonDocument(QJsonObject {{QStringLiteral("rewrites"), rewrites}}).toJson());
    QVERIFY2(globs.problems.isEmpty(), qPrintable(problemsText(globs)));
    QCOMPARE(globs.redirects.size(), 4);
    QVERIFY(!matchRedirect(globs, u'/' + as, {}));
    QStringList segments(2000, QStringLiteral("a"));
    QVERIFY(!matchRedirect(globs, u'/' + segments.join(u'/'), {}));

    QByteArray from = "/";
    for (int i = 0; i < 200; ++i)
        from += ":p" + QByteArray::number(i) + "/";
    const SiteRuleSet netlify = redirects(from + "* /x\n");
    QVERIFY2(netlify.problems.isEmpty(), qPrintable(problemsText(netlify)));
    QVERIFY(!matchRedirect(netlify, u'/' + QStringList(199, QStringLiteral("seg")).join(u'/'), {}));
    QVERIFY(matchRedirect(netlify, u'/' + QStringList(3000, QStringLiteral("seg")).join(u'/'), {}));
}

// ---- Files ----------------------------------------------------------------------------

void tst_SiteRules::loadFromFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(loadSiteRules(dir.path()).isEmpty());

    QVERIFY(writeFile(dir.filePath(QStringLiteral("_redirects")), "/a /b\nbroken\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("_headers")), "\xEF\xBB\xBF/*\r\n  X-A: 1\r\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("serve.json")), R"json({"trailingSlash": true})json"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/_redirects")), "/never /read\n"));

    const SiteRuleSet rules = loadSiteRules(dir.path());
    QCOMPARE(rules.redirects.size(), 1);
    QCOMPARE(rules.redirects.first().file, QStringLiteral("_redirects"));
    QCOMPARE(rules.headers.size(), 1);
    QCOMPARE(headersFor(rules, QStringLiteral("/x")), headerList({{"X-A", "1"}}));
    QCOMPARE(rules.trailingSlash, std::optional<bool>(true));
    QCOMPARE(rules.settingsFile, QStringLiteral("serve.json"));
    QCOMPARE(rules.problems.size(), 1);
    QCOMPARE(rules.problems.first().file, QStringLiteral("_redirects"));
    QCOMPARE(rules.problems.first().line, 2);
}

void tst_SiteRules::loadRefusesLargeAndOutsideFiles()
{
    QTemporaryDir outside;
    QTemporaryDir dir;
    QVERIFY(outside.isValid() && dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("_redirects")),
                      QByteArray("/a /b\n") + QByteArray(SiteRuleLimits::kMaxFileSize, '#')));
    QVERIFY(writeFile(outside.filePath(QStringLiteral("secret")), "/* /stolen 200\n"));
#ifndef Q_OS_WIN
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret")), dir.filePath(QStringLiteral("_headers"))));
#endif
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("serve.json"))); // a folder, not a file

    const SiteRuleSet rules = loadSiteRules(dir.path());
    QVERIFY(rules.redirects.isEmpty());
    QVERIFY(rules.headers.isEmpty());
    QStringList seen;
    for (const RuleProblem &p : rules.problems) {
        QCOMPARE(p.line, 0);
        QVERIFY(!p.warning);
        seen.append(p.file + u' ' + p.message);
    }
    QVERIFY2(seen.filter(QStringLiteral("_redirects is larger than 1024 KiB")).size() == 1,
             qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.filter(QStringLiteral("serve.json is not a file")).size() == 1, qPrintable(seen.join(u'\n')));
#ifndef Q_OS_WIN
    QVERIFY2(seen.filter(QStringLiteral("_headers is a link leading outside")).size() == 1,
             qPrintable(seen.join(u'\n')));
#endif
}

void tst_SiteRules::isSiteRulesFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("is");

    QTest::newRow("_redirects") << "_redirects" << true;
    QTest::newRow("_headers") << "_headers" << true;
    QTest::newRow("serve.json") << "serve.json" << true;
    QTest::newRow("leading slash") << "/serve.json" << true;
    QTest::newRow("other case") << "SERVE.JSON" << true;
    QTest::newRow("in a subfolder") << "docs/_redirects" << false;
    QTest::newRow("similar name") << "_redirects.txt" << false;
    QTest::newRow("netlify.toml") << "netlify.toml" << false;
    QTest::newRow("root") << "" << false;
}

void tst_SiteRules::isSiteRulesFile()
{
    QFETCH(QString, path);
    QFETCH(bool, is);
    QCOMPARE(Servery::isSiteRulesFile(path), is);
}

QTEST_APPLESS_MAIN(tst_SiteRules)
#include "tst_siterules.moc"
