#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace Servery {

// The rule files of static-site hosts, so a folder built for one previews
// the way it will be served there:
//
//   _redirects   Netlify (https://docs.netlify.com/routing/redirects/)
//   _headers     Netlify (https://docs.netlify.com/routing/headers/)
//   serve.json   Vercel's `serve` (https://github.com/vercel/serve-handler#options)
//
// Everything here is pure (only loadSiteRules() touches the disk) and
// bounded: at most SiteRuleLimits::kMaxRulesPerFile rules a file, and every
// pattern matches in time polynomial in the pattern and the path, never by
// backtracking. What a file says that cannot apply locally (conditions on
// country or role, domain-level rules) is reported as a problem, with its
// line, never silently dropped.

namespace SiteRuleLimits {
// A rule file larger than this is reported and not read.
inline constexpr qint64 kMaxFileSize = 1024 * 1024;
// Redirect rules, header blocks and header fields, each, per file; the rest
// of a longer file is reported once and ignored.
inline constexpr int kMaxRulesPerFile = 10000;
// Problems reported per file, so a file of garbage yields a readable list.
inline constexpr int kMaxProblemsPerFile = 100;
// A glob's braces and @(a|b) groups expand to at most this many patterns.
inline constexpr int kMaxGlobAlternatives = 64;
// A pattern longer than this is refused (a URL path is shorter).
inline constexpr qsizetype kMaxPatternLength = 2048;
} // namespace SiteRuleLimits

struct RuleProblem {
    QString file; // "_redirects", as given to the parser
    int line = 0; // 1-based; 0 for the whole file (too large, unreadable)
    QString message;
    bool warning = false; // the rule was kept (or the setting ignored); else it was skipped
};

// Which host's rules a rule follows: they match and merge differently.
enum class RuleSyntax {
    Netlify, // `_redirects`, `_headers`: case-insensitive, trailing `*` splat
    Serve, // serve.json: case-sensitive globs (minimatch) and `:name` segments
};

// A compiled FROM pattern or source glob (defined in PathPattern.h).
class PathPattern;

struct RedirectRule {
    QString from; // as written: "/news/:year/*" or a serve.json source "api/**"
    QString to; // as written: a path or an absolute http(s) URL, with :placeholders
    int status = 301; // 200 rewrite; 301, 302, 303, 307, 308 redirect; 404, 410, 451 serve `to` with it
    bool force = false; // applies even when a file exists at the path (Netlify "!", serve.json redirects)
    // Netlify query conditions in order ("id", ":id"): the request must have
    // each parameter; a ":name" value is captured, any other must be equal.
    QList<std::pair<QString, QString>> query;
    QString file;
    int line = 0;
    RuleSyntax syntax = RuleSyntax::Netlify;
    std::shared_ptr<const PathPattern> pattern; // `from`, compiled
};

struct HeaderRule {
    QString pattern; // as written
    // In file order. Within one Netlify block a repeated name is already
    // joined with ", ".
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString file;
    int line = 0; // of the path line (the serve.json entry)
    RuleSyntax syntax = RuleSyntax::Netlify;
    std::shared_ptr<const PathPattern> compiled;
};

struct SiteRuleSet {
    // In order: _redirects, then serve.json redirects, then serve.json
    // rewrites (as status 200).
    QList<RedirectRule> redirects;
    QList<HeaderRule> headers; // _headers, then serve.json headers
    std::optional<bool> cleanUrls; // from serve.json when it says (an array form sets true, [] false)
    QStringList cleanUrlGlobs; // serve.json's array form, as written
    std::optional<bool> trailingSlash; // from serve.json; stored, applied by the caller
    QList<RuleProblem> problems;

    QString settingsFile; // the file cleanUrls and trailingSlash came from
    QList<std::shared_ptr<const PathPattern>> cleanUrlPatterns; // cleanUrlGlobs, compiled

    // Nothing to apply and nothing to report.
    bool isEmpty() const;
    // One line per active rule or setting, for people:
    //   "_redirects:3  /old/*  ->  /new/:splat  301"
    //   "_headers:1  /*  X-Frame-Options: DENY"
    //   "serve.json  cleanUrls: true"
    QStringList describe() const;
};

// Each parser appends what it understood of `text` to `into`, and a problem
// (with its line) for everything else; a bad rule never stops later ones.
void parseRedirects(QByteArrayView text, const QString &fileName, SiteRuleSet &into);
void parseHeaders(QByteArrayView text, const QString &fileName, SiteRuleSet &into);
void parseServeJson(QByteArrayView text, const QString &fileName, SiteRuleSet &into);

// Reads _redirects, _headers and serve.json from the folder's root (each at
// most SiteRuleLimits::kMaxFileSize: a larger one is a problem, not read),
// parses what exists. A rule file that is a link leading outside the folder
// is not read either.
SiteRuleSet loadSiteRules(const QString &rootPath);

// "_redirects", "_headers", "serve.json" at the root only ("a/_headers" is
// an ordinary file), compared case-insensitively since a case-insensitive
// file system would serve "SERVE.JSON" as the same file. A leading '/' is
// allowed. So a server can refuse to serve them and a watcher can tell a
// rule change.
bool isSiteRulesFile(const QString &relativePath);

struct RedirectMatch {
    int status = 0; // 200 rewrite (serve `target` instead); 404, 410, 451 serve target with it; 3xx redirect
    // A percent-encoded path on this host (always "/..." and never "//..."),
    // with a query when the rule's TO has one or the request's is carried,
    // or an absolute URL when isExternal. The request's query is carried
    // when TO has none, unless the rule has query conditions (Netlify then
    // passes on only what TO names).
    QByteArray target;
    bool force = false;
    bool isExternal = false; // absolute URL (a 200 to it is a Netlify proxy rule)
    const RedirectRule *rule = nullptr; // into the SiteRuleSet given
};

// `path` is the decoded URL path ("/blog/2024/post"), `query` the raw query
// without '?'. First matching rule wins. With `onlyForced`, rules that are
// not forced are skipped: pass it when a file exists at `path`, since such
// rules only apply where there is none (Netlify's shadowing; serve applies
// rewrites only to paths without a file), and a later forced rule may still
// apply.
std::optional<RedirectMatch> matchRedirect(const SiteRuleSet &rules, const QString &path, QByteArrayView query,
                                           bool onlyForced = false);

// The headers every matching header rule adds for this path, in rule order.
// A name several Netlify rules set is joined with ", " as Netlify does; a
// serve.json rule replaces the value an earlier rule gave (serve assigns
// header by header). Netlify matches the request's path; serve matches the
// file it serves ("/about" served from about.html matches "**/*.html"), so
// a caller may pass that file's path once it is known.
QList<std::pair<QByteArray, QByteArray>> headersFor(const SiteRuleSet &rules, const QString &path);
// The same for an answer that served another file than the path names (a
// clean URL, a rewrite, the SPA's page): Netlify's rules match the request's
// path, serve.json's the file served.
QList<std::pair<QByteArray, QByteArray>> headersFor(const SiteRuleSet &rules, const QString &requestPath,
                                                    const QString &servedPath);

// Whether serve.json's cleanUrls apply to this decoded path: its boolean,
// else whether one of its globs matches; true when serve.json says nothing.
bool cleanUrlsApply(const SiteRuleSet &rules, const QString &path);

} // namespace Servery
