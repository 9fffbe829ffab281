#include "server/site/SiteLinks.h"

#include "server/files/UrlPath.h"
#include "server/http/ServeContent.h"
#include "server/site/LiveInject.h"
#include "server/site/SiteRules.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Servery {

namespace {

constexpr qint64 kMaxConsoleBody = 16 * 1024;
constexpr qint64 kMaxQueuedEvents = 256 * 1024;

bool isGetLike(const HttpRequest &request)
{
    return request.method == "GET" || request.method == "HEAD";
}

// Collects a console message's JSON and hands it to the preview.
class ConsoleSink final : public BodySink {
public:
    ConsoleSink(std::shared_ptr<SiteState> state, ConsoleMessage base)
        : m_state(std::move(state))
        , m_base(std::move(base))
    {
    }

    Status write(QByteArrayView bytes) override
    {
        m_body.append(bytes);
        return Status::Ready;
    }

    HttpResponse finish() override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(m_body);
        if (!doc.isObject())
            return HttpResponse::error(400, QStringLiteral("console message"));
        const QJsonObject o = doc.object();
        ConsoleMessage m = m_base;
        m.level = o.value(QStringLiteral("level")).toString().left(16);
        m.message = o.value(QStringLiteral("message")).toString().left(4000);
        m.page = o.value(QStringLiteral("page")).toString().left(2000);
        m.source = o.value(QStringLiteral("source")).toString().left(2000);
        m.line = o.value(QStringLiteral("line")).toInt();
        m.column = o.value(QStringLiteral("column")).toInt();
        if (m.level.isEmpty())
            m.level = QStringLiteral("log");
        m_state->reportConsole(m);
        HttpResponse r;
        r.status = 204;
        r.handler = QStringLiteral("console message");
        return r;
    }

    void abort() override { }

private:
    std::shared_ptr<SiteState> m_state;
    ConsoleMessage m_base;
    QByteArray m_body;
};

// "http://host:port" of an Origin field against the request's Host: a page
// of another site may not write into the window.
bool fromThisServer(const HttpRequest &request)
{
    const QByteArray origin = request.headers.value("Origin");
    if (origin.isEmpty())
        return true; // not a browser's cross-origin request
    const qsizetype scheme = origin.indexOf("://");
    return scheme > 0 && origin.sliced(scheme + 3).compare(request.host, Qt::CaseInsensitive) == 0;
}

HttpResponse redirectTo(int status, const QByteArray &location, const QString &handler)
{
    HttpResponse r;
    r.status = status;
    r.headers.append(QByteArrayLiteral("Location"), location);
    r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8"));
    r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    const QByteArray escaped = QString::fromUtf8(location).toHtmlEscaped().toUtf8();
    r.setBody("<!DOCTYPE html>\n<title>Moved</title><a href=\"" + escaped + "\">Moved here</a>\n");
    r.handler = handler;
    return r;
}

QString ruleName(const RedirectRule *rule)
{
    return rule ? QStringLiteral("%1:%2").arg(rule->file).arg(rule->line) : QString();
}

} // namespace

// --- LiveReloadLink ---

LiveReloadLink::LiveReloadLink(std::shared_ptr<SiteState> state)
    : m_state(std::move(state))
{
}

QByteArray LiveReloadLink::script()
{
    static const QByteArray text = [] {
        QFile f(QStringLiteral(":/servery/site/live.js"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    return text;
}

QByteArrayList LiveReloadLink::methodsFor(const RequestContext &context) const
{
    const QByteArray &path = context.request.path;
    if (path == kLiveConsolePath)
        return {"POST"};
    if (path.startsWith(kServeryPathPrefix))
        return {"GET"};
    return {};
}

Decision LiveReloadLink::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    if (!request.path.startsWith(kServeryPathPrefix))
        return Decision::pass();

    if (request.path == kLiveConsolePath) {
        if (request.method != "POST") {
            // The static files would call it a missing file otherwise.
            HttpResponse r = HttpResponse::error(405, QStringLiteral("console message"));
            r.headers.append(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST"));
            return Decision::respond(std::move(r));
        }
        if (!fromThisServer(request))
            return Decision::respond(HttpResponse::error(403, QStringLiteral("console message from another site")));
        ConsoleMessage base;
        base.time = QDateTime::currentDateTime();
        base.client = context.clientAddress;
        base.userAgent = request.headers.value("User-Agent").left(512);
        return Decision::readBody(std::make_unique<ConsoleSink>(m_state, std::move(base)), kMaxConsoleBody);
    }
    if (request.method != "GET")
        return Decision::pass();

    if (request.path == kLiveScriptPath) {
        const QByteArray text = script();
        Representation rep;
        rep.contentType = "text/javascript; charset=utf-8";
        static const QByteArray etag
            = '"' + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex().left(16) + '"';
        rep.validators.etag = etag;
        HttpResponse base;
        base.handler = QStringLiteral("live reload script");
        base.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        return Decision::respond(serveContent(request, rep, std::make_shared<BytesContent>(text), std::move(base)));
    }

    if (request.path == kLiveEventsPath) {
        HttpResponse r;
        r.handler = QStringLiteral("live reload events");
        r.headers.append(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
        if (!m_state->snapshot()->settings.liveReload) {
            // 204 tells EventSource to stop trying.
            r.status = 204;
            return Decision::respond(std::move(r));
        }
        auto [stream, source] = PushStream::create(kMaxQueuedEvents);
        stream->push(m_state->helloEvent());
        m_state->addListener(stream);
        r.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/event-stream"));
        r.headers.append(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
        r.body = std::move(source);
        return Decision::respond(std::move(r));
    }
    return Decision::respond(HttpResponse::error(404, QStringLiteral("live reload")));
}

// --- SiteServer ---

SiteServer::SiteServer(const ServerConfig &config, std::shared_ptr<SiteState> state,
                       std::shared_ptr<PageDecorator> pages)
    : m_config(config)
    , m_state(std::move(state))
    , m_files(config, std::move(pages))
{
}

HttpResponse SiteServer::serve(const RequestContext &context, QByteArrayView encodedTarget, bool fresh)
{
    HttpRequest request = context.request;
    const qsizetype q = encodedTarget.indexOf('?');
    request.path = encodedTarget.first(q < 0 ? encodedTarget.size() : q).toByteArray();
    request.query = q < 0 ? QByteArray() : encodedTarget.sliced(q + 1).toByteArray();
    // request.target stays what the client sent: the page decorator matches
    // the host rules' headers by it, as the answer's headers are.
    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok || isHiddenRuleFile(*m_state->snapshot(), path)) // whatever a rule leads to
        return HttpResponse::error(404, QStringLiteral("site rules file"));
    if (fresh) {
        request.headers.removeAll(
            {"If-None-Match", "If-Modified-Since", "If-Match", "If-Unmodified-Since", "If-Range", "Range"});
    }
    const RequestContext inner {
        request, context.clientAddress, context.clientPort, context.localAddress, context.connectionId, context.live};
    Decision d = m_files.handle(inner);
    if (d.kind != Decision::Kind::Respond)
        return HttpResponse::error(404, QStringLiteral("site rule"));
    return std::move(d.response);
}

bool SiteServer::isFile(const QString &relativePath, bool hidden) const
{
    const std::shared_ptr<const SiteSnapshot> site = m_state->snapshot();
    if (hidden && !site->showHidden)
        return false;
    return QFileInfo(site->root + u'/' + relativePath).isFile();
}

bool isHiddenRuleFile(const SiteSnapshot &site, const UrlPath &path)
{
    return site.settings.rulesFiles && path.segments.size() == 1 && isSiteRulesFile(path.segments.constFirst());
}

std::optional<HttpResponse> SiteServer::apply(const RequestContext &context, const RedirectMatch &match)
{
    const QString name = ruleName(match.rule);
    if (match.status >= 300 && match.status < 400)
        return redirectTo(match.status, match.target, QStringLiteral("redirect (%1)").arg(name));
    if (match.isExternal) {
        // Netlify proxies a 200 to another site; a preview on a laptop does
        // not fetch other sites for its pages.
        HttpResponse r = HttpResponse::error(502, QStringLiteral("proxy rule (%1)").arg(name));
        r.setBody("Servery does not proxy to other sites: the rule at " + name.toUtf8()
                  + " rewrites to an external URL.\n");
        r.headers.set(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8"));
        return r;
    }
    if (match.status == 200) {
        HttpResponse r = serve(context, match.target);
        if (r.status == 404)
            return std::nullopt;
        r.handler = QStringLiteral("rewrite (%1)").arg(name);
        return r;
    }
    // 404, 410, 451: the target's page with the rule's status.
    HttpResponse r = serve(context, match.target, true);
    if (r.status != 200)
        return HttpResponse::error(match.status, QStringLiteral("rule (%1)").arg(name));
    r.status = match.status;
    r.headers.removeAll({"ETag", "Last-Modified", "Accept-Ranges"});
    r.handler = QStringLiteral("rule page (%1)").arg(name);
    return r;
}

// --- SiteRulesLink ---

SiteRulesLink::SiteRulesLink(std::shared_ptr<SiteServer> site)
    : m_site(std::move(site))
{
}

Decision SiteRulesLink::handle(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    const std::shared_ptr<const SiteSnapshot> site = m_site->state().snapshot();
    const SiteSettings &s = site->settings;

    if (request.method == "OPTIONS") {
        const QByteArray origin = request.headers.value("Origin");
        const QByteArray method = request.headers.value("Access-Control-Request-Method");
        if (!s.cors || origin.isEmpty() || method.isEmpty())
            return Decision::pass();
        if (!s.corsOrigins.isEmpty() && !s.corsOrigins.contains(origin))
            return Decision::pass(); // no CORS fields: the browser refuses
        HttpResponse r;
        r.status = 204;
        r.handler = QStringLiteral("CORS preflight");
        r.headers.append(QByteArrayLiteral("Access-Control-Allow-Methods"), method);
        const QByteArray headers = request.headers.combined("Access-Control-Request-Headers");
        if (!headers.isEmpty())
            r.headers.append(QByteArrayLiteral("Access-Control-Allow-Headers"), headers);
        r.headers.append(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
        r.headers.append(QByteArrayLiteral("Vary"),
                         QByteArrayLiteral("Access-Control-Request-Method, Access-Control-Request-Headers"));
        return Decision::respond(std::move(r)); // the filter adds Allow-Origin
    }

    if (request.path.startsWith(kServeryPathPrefix))
        return Decision::pass();
    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok)
        return Decision::pass();
    const QString relative = path.relativePath();

    if (s.rulesFiles) {
        if (isHiddenRuleFile(*site, path))
            return Decision::respond(HttpResponse::error(404, QStringLiteral("site rules file")));
        if (std::optional<RedirectMatch> m = matchRedirect(site->rules, path.urlPath(), request.query, true)) {
            if (std::optional<HttpResponse> r = m_site->apply(context, *m))
                return Decision::respond(std::move(*r));
        }
    }

    // Strict clean URLs: the .html form redirects to the clean one.
    if (s.cleanUrls == CleanUrls::Strict && !path.segments.isEmpty() && relative.endsWith(u".html", Qt::CaseInsensitive)
        && cleanUrlsApply(site->rules, u'/' + relative) && m_site->isFile(relative, path.hasHiddenSegment())) {
        QStringList segments = path.segments;
        QString last = segments.takeLast();
        QByteArray location;
        if (last.compare(site->indexFileName, Qt::CaseInsensitive) == 0) {
            location = '/' + encodeUrlPath(segments.join(u'/'));
            if (!segments.isEmpty())
                location += '/';
        } else {
            last.chop(5);
            segments.append(last);
            location = '/' + encodeUrlPath(segments.join(u'/'));
        }
        if (request.hasQuery())
            location += '?' + request.query;
        return Decision::respond(redirectTo(301, location, QStringLiteral("clean URL")));
    }
    return Decision::pass();
}

// --- the filter ---

namespace {

bool acceptsHtml(const HttpRequest &request)
{
    const QByteArray accept = request.headers.combined("Accept").toLower();
    return accept.contains("text/html") || accept.contains("application/xhtml+xml");
}

// An asset the SPA fallback leaves alone: a last segment with an extension
// other than .html.
bool looksLikeAsset(const QString &lastSegment)
{
    const qsizetype dot = lastSegment.lastIndexOf(u'.');
    if (dot <= 0)
        return false;
    const QString ext = lastSegment.sliced(dot + 1).toLower();
    return ext != u"html" && ext != u"htm";
}

void replaceNotFound(SiteServer &server, const SiteSnapshot &site, const RequestContext &context, HttpResponse &r)
{
    const HttpRequest &request = context.request;
    const UrlPath path = decodeUrlPath(request.path);
    if (!path.ok || request.path.startsWith(kServeryPathPrefix))
        return;
    const SiteSettings &s = site.settings;
    const QString relative = path.relativePath();
    const QString urlPath = path.urlPath();

    // 1. Clean URLs: /about is about.html.
    if (s.cleanUrls != CleanUrls::Off && !path.trailingSlash && !path.segments.isEmpty()
        && !relative.endsWith(u".html", Qt::CaseInsensitive) && cleanUrlsApply(site.rules, urlPath)
        && server.isFile(relative + QStringLiteral(".html"), path.hasHiddenSegment())) {
        QByteArray target = '/' + encodeUrlPath(relative + QStringLiteral(".html"));
        if (request.hasQuery())
            target += '?' + request.query;
        HttpResponse page = server.serve(context, target);
        if (page.status != 404) {
            page.handler = QStringLiteral("clean URL");
            r = std::move(page);
            return;
        }
    }

    // 2. Rules that apply where no file is.
    if (s.rulesFiles) {
        if (std::optional<RedirectMatch> m = matchRedirect(site.rules, urlPath, request.query)) {
            if (std::optional<HttpResponse> answer = server.apply(context, *m)) {
                r = std::move(*answer);
                return;
            }
        }
    }

    // 3. A single-page app's deep link.
    if (s.spa && acceptsHtml(request) && (path.segments.isEmpty() || !looksLikeAsset(path.segments.constLast()))) {
        const QString file = s.spaFile.isEmpty() ? site.indexFileName : s.spaFile;
        HttpResponse page = server.serve(context, QByteArray(QByteArray("/") + encodeUrlPath(file)));
        if (page.status == 200 || page.status == 304) {
            page.handler = QStringLiteral("SPA fallback");
            r = std::move(page);
            return;
        }
    }

    // 4. The site's own not-found page.
    if (server.isFile(QStringLiteral("404.html"), false)) {
        HttpResponse page = server.serve(context, "/404.html", true);
        if (page.status == 200) {
            page.status = 404;
            page.headers.removeAll({"ETag", "Last-Modified", "Accept-Ranges"});
            page.handler = QStringLiteral("404.html");
            r = std::move(page);
        }
    }
}

void addHeaders(const SiteSnapshot &site, const RequestContext &context, HttpResponse &r)
{
    const SiteSettings &s = site.settings;
    const HttpRequest &request = context.request;
    if (s.rulesFiles && !site.rules.headers.isEmpty()) {
        const UrlPath path = decodeUrlPath(request.path);
        if (path.ok) {
            const QString urlPath = path.urlPath();
            const QString served = r.servedFile.isEmpty() ? urlPath : r.servedFile;
            for (const auto &[name, value] : headersFor(site.rules, urlPath, served))
                r.headers.set(name, value);
        }
    }
    for (const auto &[name, value] : s.extraHeaders)
        r.headers.set(name, value);
    if (s.cors) {
        const QByteArray origin = request.headers.value("Origin");
        if (s.corsOrigins.isEmpty()) {
            r.headers.set(QByteArrayLiteral("Access-Control-Allow-Origin"), QByteArrayLiteral("*"));
        } else {
            if (!origin.isEmpty() && s.corsOrigins.contains(origin))
                r.headers.set(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
            // The answer depends on who asks.
            const QByteArray vary = r.headers.value("Vary");
            r.headers.set(QByteArrayLiteral("Vary"), vary.isEmpty() ? QByteArray("Origin") : vary + ", Origin");
        }
    }
}

} // namespace

Router::ResponseFilter siteResponseFilter(std::shared_ptr<SiteServer> site)
{
    return [site = std::move(site)](const RequestContext &context, HttpResponse &r) {
        const std::shared_ptr<const SiteSnapshot> snapshot = site->state().snapshot();
        // A reply rule's 404 is what the person asked for, not a missing
        // file for the site's fallbacks to fill.
        if (r.status == 404 && isGetLike(context.request) && r.handler != u"rule")
            replaceNotFound(*site, *snapshot, context, r);
        addHeaders(*snapshot, context, r);
    };
}

} // namespace Servery
