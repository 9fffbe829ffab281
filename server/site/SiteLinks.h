#pragma once

#include "server/files/StaticFiles.h"
#include "server/files/UrlPath.h"
#include "server/net/ServerConfig.h"
#include "server/route/Handler.h"
#include "server/route/Router.h"
#include "server/site/SitePreview.h"

#include <memory>

namespace Servery {

// The links of the site preview. In the chain (standardRoutes()):
//   AccessGate -> LiveReloadLink -> SiteRulesLink -> uploads ... -> StaticFiles
// and, after the chain, siteResponseFilter() on every answer.

// /__servery/live.js (the script), /__servery/events (server-sent events:
// hello, reload, css, config) and POST /__servery/console (a page's console
// message, JSON, at most 16 KiB). Behind the access gate, so a phone needs
// the key like for any page.
class LiveReloadLink final : public Handler {
public:
    explicit LiveReloadLink(std::shared_ptr<SiteState> state);

    QByteArrayList methods() const override { return {"GET", "POST"}; }
    QByteArrayList methodsFor(const RequestContext &context) const override;
    Decision handle(const RequestContext &context) override;

    // The script, as served (for tests and the ETag).
    static QByteArray script();

private:
    std::shared_ptr<SiteState> m_state;
};

// Serves another path of the folder for a request: what rewrites, clean
// URLs, the SPA fallback and 404.html have in common. One per worker.
class SiteServer {
public:
    SiteServer(const ServerConfig &config, std::shared_ptr<SiteState> state, std::shared_ptr<PageDecorator> pages);

    SiteState &state() { return *m_state; }
    // The answer the static files give for `encodedTarget` ("/a%20b?x=1")
    // in place of the request's own target. `fresh` drops the request's
    // conditional and range fields (a not-found page is never a 304).
    HttpResponse serve(const RequestContext &context, QByteArrayView encodedTarget, bool fresh = false);
    // Whether a regular file is at this decoded relative path; a `hidden`
    // one (UrlPath::hasHiddenSegment()) only with --hidden.
    bool isFile(const QString &relativePath, bool hidden) const;
    // What a matched redirect rule answers; nothing when it leads to a
    // missing file (the caller goes on).
    std::optional<HttpResponse> apply(const RequestContext &context, const struct RedirectMatch &match);

private:
    ServerConfig m_config;
    std::shared_ptr<SiteState> m_state;
    StaticFiles m_files;
};

// The rule files (_redirects, _headers, serve.json at the root) are never
// served while they are in use, by their own URL or through a rule.
bool isHiddenRuleFile(const SiteSnapshot &site, const UrlPath &path);

// What the host rules decide from the head, before uploads and files: CORS
// preflights, forced rules ("!"), the strict clean-URL redirect, and the
// rule files themselves (never served).
class SiteRulesLink final : public Handler {
public:
    explicit SiteRulesLink(std::shared_ptr<SiteServer> site);

    QByteArrayList methods() const override { return {"GET", "OPTIONS"}; }
    QByteArrayList methodsFor(const RequestContext &) const override { return {}; }
    Decision handle(const RequestContext &context) override;

private:
    std::shared_ptr<SiteServer> m_site;
};

// After the chain, on every answer: a 404 for GET or HEAD becomes the clean
// URL's page, a rule's answer, the SPA's page or 404.html (in that order);
// then the rule headers, --header and CORS go on whatever is sent, 304s and
// errors included.
Router::ResponseFilter siteResponseFilter(std::shared_ptr<SiteServer> site);

} // namespace Servery
