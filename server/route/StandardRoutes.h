#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Router.h"

#include <QList>

#include <functional>
#include <memory>

namespace Servery {

// Makes one link of a chain for a configuration, on a worker's thread.
using LinkFactory = std::function<std::unique_ptr<Handler>(const ServerConfig &)>;

// Links the front end adds (the thumbnails, which need QtGui and so live
// outside the engine). They go just before the static files.
struct ExtraLinks {
    QList<LinkFactory> beforeFiles;
};

// The chain Servery runs for a configuration, in its one order: access gate,
// site rules, reply rules, uploads, `extra.beforeFiles`, static files,
// fallbacks. The window and headless mode both start the server with it;
// tests may build their own chains.
RouterFactory standardRoutes(const ServerConfig &config, const ExtraLinks &extra = {});

// How a front end picks the chain for each configuration it starts.
using RoutesForConfig = std::function<RouterFactory(const ServerConfig &)>;

// standardRoutes() with these extra links, for each configuration.
RoutesForConfig standardRoutesWith(ExtraLinks extra = {});

} // namespace Servery
