#include "server/route/StandardRoutes.h"

#include "server/files/StaticFiles.h"
#include "server/files/Uploads.h"
#include "server/route/AccessGate.h"

namespace Servery {

RouterFactory standardRoutes(const ServerConfig &config, const ExtraLinks &extra)
{
    return [config, extra] {
        Router router;
        router.append(std::make_unique<AccessGate>(config)); // first: who can connect
        router.append(std::make_unique<UploadLink>(config)); // off unless switched on
        for (const LinkFactory &make : extra.beforeFiles)
            router.append(make(config));
        router.append(std::make_unique<StaticFiles>(config));
        return router;
    };
}

RoutesForConfig standardRoutesWith(ExtraLinks extra)
{
    return [extra = std::move(extra)](const ServerConfig &config) {
        return standardRoutes(config, extra);
    };
}

} // namespace Servery
