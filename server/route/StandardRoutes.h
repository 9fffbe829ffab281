#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Router.h"

#include <QList>

#include <functional>
#include <memory>

namespace Servery {

// Makes one link of a chain for a configuration, on a worker's thread.
using LinkFactory = std::function<std::unique_ptr<Handler>(const ServerConfig &)>;

class SiteState;
class PageDecorator;
class InspectState;

// Links the front end adds (the thumbnails, which need QtGui and so live
// outside the engine), which go just before the static files; and the site
// preview of the session (live reload, host rules), when there is one.
struct ExtraLinks {
    QList<LinkFactory> beforeFiles;
    std::shared_ptr<SiteState> site;
    std::shared_ptr<PageDecorator> pages;
    // The inspector's reply rules, when the session has any (or may get
    // some while it runs: the window).
    std::shared_ptr<InspectState> inspect;
};

// The chain Servery runs for a configuration, in its one order: access gate,
// site rules, reply rules, uploads, `extra.beforeFiles`, static files,
// fallbacks; when catching (ServerConfig::catchAll): access gate, reply
// rules, the catcher, and no folder. The window and headless mode both start the server with it;
// tests may build their own chains.
RouterFactory standardRoutes(const ServerConfig &config, const ExtraLinks &extra = {});

// How a front end picks the chain for each configuration it starts.
using RoutesForConfig = std::function<RouterFactory(const ServerConfig &)>;

// standardRoutes() with these extra links, for each configuration.
RoutesForConfig standardRoutesWith(ExtraLinks extra = {});

} // namespace Servery
