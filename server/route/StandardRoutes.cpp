#include "server/route/StandardRoutes.h"

#include "server/files/StaticFiles.h"

namespace Servery {

RouterFactory standardRoutes(const ServerConfig &config)
{
    return [config] {
        Router router;
        router.append(std::make_unique<StaticFiles>(config));
        return router;
    };
}

} // namespace Servery
