#pragma once

#include "CommandLine.h"

#include "server/net/ServerConfig.h"

namespace Servery {

// The one mapping from command-line options to the engine's configuration,
// for the window and for headless mode alike. Where the window decides for
// itself (folder, port, who can connect), its own choice overrides these.
ServerConfig serverConfigFor(const Options &options);

} // namespace Servery
