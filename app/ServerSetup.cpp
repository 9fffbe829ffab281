#include "ServerSetup.h"

#include "ThumbnailLink.h"

#include "server/route/AccessKey.h"

namespace Servery {

ServerConfig serverConfigFor(const Options &options)
{
    ServerConfig config;
    config.rootPath = options.folder;
    config.port = options.port;
    config.bindAddress = options.bindAddress;
    config.scope = options.localOnly ? ListenScope::LocalOnly : ListenScope::Network;
    config.workerCount = options.workers;
    config.mode = options.shareMode ? ServeMode::Share : ServeMode::Preview;
    config.indexFileName = options.indexFileName;
    config.listDirectories = options.listDirectories;
    config.showHidden = options.showHidden;
    config.followSymlinks = options.followSymlinks;
    // An access log prints a summary of each exchange; --quiet prints none.
    // (The window keeps everything: it sets RecordDetail::Full itself.)
    config.recordDetail = options.quiet ? RecordDetail::None : RecordDetail::Summary;
    // Private by default: a new key for each start unless one is pinned.
    // Catching takes none unless pinned: webhooks and devices cannot add a
    // key to the address they post to.
    if (!options.noKey && !(options.catchAll && options.key.isEmpty()))
        config.accessKey = options.key.isEmpty() ? generateAccessKey() : options.key;
    config.allowedHosts = options.allowedHosts;
    config.allowUploads = options.upload;
    config.overwriteUploads = options.overwrite;
    // The inspector keeps requests whole: headers, bodies, the raw head.
    config.catchAll = options.catchAll;
    if (options.catchAll)
        config.rootPath.clear();
    config.keepRawHead = options.catchAll || !options.rulesPath.isEmpty();
    if (options.captureLimit >= 0)
        config.captureLimit = options.captureLimit;
    if (options.catchAll || !options.harPath.isEmpty())
        config.recordDetail = RecordDetail::Full;
    return config;
}

SiteSettings siteSettingsFor(const Options &options)
{
    SiteSettings s = options.shareMode ? SiteSettings::forSharing() : SiteSettings::forPreview();
    if (options.noReload)
        s.liveReload = false;
    if (options.cleanUrls == u"on")
        s.cleanUrls = CleanUrls::On;
    else if (options.cleanUrls == u"off")
        s.cleanUrls = CleanUrls::Off;
    else if (options.cleanUrls == u"strict")
        s.cleanUrls = CleanUrls::Strict;
    s.spa = options.spa;
    s.spaFile = options.spaFile;
    s.cors = options.cors;
    s.corsOrigins = options.corsOrigins;
    s.extraHeaders = options.headers;
    s.consoleAll = options.consoleAll;
    return s;
}

RoutesForConfig servedRoutes(const SitePreview *site, std::shared_ptr<InspectState> inspect)
{
    ExtraLinks extra;
    extra.inspect = std::move(inspect);
    if (site) {
        extra.site = site->state();
        extra.pages = site->decorator();
    }
    extra.beforeFiles.append(
        [](const ServerConfig &config) -> std::unique_ptr<Handler> { return std::make_unique<ThumbnailLink>(config); });
    return standardRoutesWith(extra);
}

} // namespace Servery
