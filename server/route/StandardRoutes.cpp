#include "server/route/StandardRoutes.h"

#include "server/files/StaticFiles.h"
#include "server/files/Uploads.h"
#include "server/inspect/InspectLinks.h"
#include "server/route/AccessGate.h"
#include "server/site/SiteLinks.h"

namespace Servery {

RouterFactory standardRoutes(const ServerConfig &config, const ExtraLinks &extra)
{
    return [config, extra] {
        Router router;
        router.append(std::make_unique<AccessGate>(config)); // first: who can connect
        if (config.catchAll) {
            if (extra.inspect)
                router.append(std::make_unique<ReplyRulesLink>(config, extra.inspect));
            router.append(std::make_unique<CatchLink>(config));
            return router;
        }
        if (extra.site) {
            auto site = std::make_shared<SiteServer>(config, extra.site, extra.pages);
            router.append(std::make_unique<LiveReloadLink>(extra.site));
            router.append(std::make_unique<SiteRulesLink>(site));
            router.addResponseFilter(siteResponseFilter(site));
        }
        if (extra.inspect)
            router.append(std::make_unique<ReplyRulesLink>(config, extra.inspect));
        router.append(std::make_unique<UploadLink>(config)); // off unless switched on
        for (const LinkFactory &make : extra.beforeFiles)
            router.append(make(config));
        router.append(std::make_unique<StaticFiles>(config, extra.site ? extra.pages : nullptr));
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
