#pragma once

#include "server/net/ServerConfig.h"
#include "server/route/Router.h"

namespace Servery {

// The chain Servery runs for a configuration, in its one order: access gate,
// site rules, reply rules, uploads, static files, fallbacks (the links that
// exist so far: the static files). The window and headless mode both start
// the server with it; tests may build their own chains.
RouterFactory standardRoutes(const ServerConfig &config);

// How a front end picks the chain for each configuration it starts: the
// window and headless mode take standardRoutes unless told otherwise.
using RoutesForConfig = std::function<RouterFactory(const ServerConfig &)>;

} // namespace Servery
