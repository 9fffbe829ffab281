#pragma once

#include "server/route/Handler.h"

#include <functional>
#include <memory>
#include <vector>

namespace Servery {

// The handler chain: links in the order the caller appended them (access
// gate, site rules, reply rules, uploads, static files, fallbacks). Each
// link answers or passes. What no link answers gets the method rules, once,
// here, from what the links take for that target (Handler::methodsFor):
//   - OPTIONS answers 204 with Allow;
//   - a method no link takes there answers 405 with the same Allow
//     (RFC 9110 15.5.6);
//   - anything else answers 404.
// HEAD is routed as GET; the connection drops the body of the answer.
class Router {
public:
    Router();
    ~Router();
    Router(Router &&) noexcept;
    Router &operator=(Router &&) noexcept;

    void append(std::unique_ptr<Handler> link);
    // Runs on every answer given from the head (a link's or the router's
    // own 404, 405 and OPTIONS), in the order added: host rules that add
    // headers, or that put a page of their own in place of a 404.
    using ResponseFilter = std::function<void(const RequestContext &, HttpResponse &)>;
    void addResponseFilter(ResponseFilter filter);
    qsizetype size() const { return qsizetype(m_links.size()); }

    Decision route(const RequestContext &context);
    // "GET, HEAD, OPTIONS": what the chain takes for this target.
    QByteArray allowHeader(const RequestContext &context) const;

private:
    struct Link {
        std::unique_ptr<Handler> handler;
        QByteArrayList methods; // handler->methods(), asked once
    };
    Decision routeUnfiltered(const RequestContext &context);

    std::vector<Link> m_links;
    std::vector<ResponseFilter> m_filters;
};

// Builds a worker's chain, on that worker's thread. The caller of
// Server::start() supplies it, so the engine knows no handler by name.
using RouterFactory = std::function<Router()>;

} // namespace Servery
