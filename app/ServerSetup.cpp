#include "ServerSetup.h"

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
    return config;
}

} // namespace Servery
