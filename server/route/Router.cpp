#include "server/route/Router.h"

#include "server/net/LiveSettings.h"

#include <QByteArrayList>

namespace Servery {

Handler::~Handler() = default;

bool uploadsAllowed(const RequestContext &context, const ServerConfig &config)
{
    return context.live ? context.live->uploadsAllowed.load(std::memory_order_relaxed) : config.allowUploads;
}

QByteArrayList Handler::methodsFor(const RequestContext &) const
{
    return methods();
}

BodySink::~BodySink() = default;

HttpResponse BodySink::failure()
{
    return HttpResponse::error(500, QStringLiteral("upload"));
}

void BodySink::ready()
{
    if (m_ready)
        m_ready();
}

namespace {

bool takes(const QByteArrayList &methods, const QByteArray &method)
{
    const QByteArrayView asked = method == "HEAD" ? QByteArrayView("GET") : QByteArrayView(method);
    for (const QByteArray &m : methods) {
        if (m == "*" || m == asked)
            return true;
    }
    return false;
}

} // namespace

Router::Router() = default;
Router::~Router() = default;
Router::Router(Router &&) noexcept = default;
Router &Router::operator=(Router &&) noexcept = default;

void Router::append(std::unique_ptr<Handler> link)
{
    QByteArrayList methods = link->methods();
    m_links.push_back(Link {std::move(link), std::move(methods)});
}

QByteArray Router::allowHeader(const RequestContext &context) const
{
    // In a fixed order, so the header reads the same whatever the chain.
    static const QByteArrayList known = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"};
    QByteArrayList taken;
    bool any = false;
    for (const Link &link : m_links) {
        for (const QByteArray &m : link.handler->methodsFor(context)) {
            if (m == "*")
                any = true;
            else if (!taken.contains(m))
                taken.append(m);
        }
    }
    QByteArrayList allowed;
    for (const QByteArray &m : known) {
        if (any || taken.contains(m) || (m == "HEAD" && taken.contains("GET")))
            allowed.append(m);
    }
    for (const QByteArray &m : std::as_const(taken)) {
        if (!known.contains(m) && m != "OPTIONS")
            allowed.append(m);
    }
    allowed.append("OPTIONS");
    return allowed.join(", ");
}

void Router::addResponseFilter(ResponseFilter filter)
{
    m_filters.push_back(std::move(filter));
}

Decision Router::route(const RequestContext &context)
{
    Decision d = routeUnfiltered(context);
    if (d.kind == Decision::Kind::Respond) {
        for (const ResponseFilter &filter : m_filters)
            filter(context, d.response);
    }
    return d;
}

Decision Router::routeUnfiltered(const RequestContext &context)
{
    const HttpRequest &request = context.request;
    for (const Link &link : m_links) {
        if (!takes(link.methods, request.method))
            continue;
        Decision d = link.handler->handle(context);
        if (d.kind != Decision::Kind::Pass)
            return d;
    }

    if (request.method == "OPTIONS") {
        HttpResponse r;
        r.status = 204;
        r.headers.append(QByteArrayLiteral("Allow"), allowHeader(context));
        r.handler = QStringLiteral("options");
        return Decision::respond(std::move(r));
    }
    bool taken = false;
    for (const Link &link : m_links) {
        if (takes(link.handler->methodsFor(context), request.method)) {
            taken = true;
            break;
        }
    }
    if (!taken) {
        HttpResponse r = HttpResponse::error(405, QStringLiteral("method check"));
        r.headers.append(QByteArrayLiteral("Allow"), allowHeader(context));
        return Decision::respond(std::move(r));
    }
    return Decision::respond(HttpResponse::error(404, QStringLiteral("no route")));
}

} // namespace Servery
