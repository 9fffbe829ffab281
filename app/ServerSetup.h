#pragma once

#include "CommandLine.h"

#include "server/inspect/InspectState.h"
#include "server/net/ServerConfig.h"
#include "server/route/StandardRoutes.h"
#include "server/site/SitePreview.h"

namespace Servery {

// The one mapping from command-line options to the engine's configuration,
// for the window and for headless mode alike. Where the window decides for
// itself (folder, port, who can connect), its own choice overrides these.
ServerConfig serverConfigFor(const Options &options);

// The site preview's switches from the command line: the mode's defaults,
// then what the options change.
SiteSettings siteSettingsFor(const Options &options);

// The handler chain both front ends run: the engine's standard chain with
// the links that live outside it (thumbnails, which need QtGui), the
// session's site preview when there is one, and its reply rules.
RoutesForConfig servedRoutes(const SitePreview *site = nullptr, std::shared_ptr<InspectState> inspect = {});

} // namespace Servery
