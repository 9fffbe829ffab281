#pragma once

#include "server/net/LiveSettings.h"
#include "server/net/PeerTable.h"
#include "server/net/ServerConfig.h"
#include "server/net/ServerStats.h"
#include "server/route/Router.h"

#include <atomic>

namespace Servery {

class RecordFeed;
class TransferFeed;

// What the acceptor and all workers of one running server share. The config
// and the router factory are immutable once the server starts; the rest is
// atomic or locked.
struct EngineState {
    EngineState(ServerConfig c, RouterFactory r)
        : config(std::move(c))
        , routes(std::move(r))
    {
        live.uploadsAllowed.store(config.allowUploads, std::memory_order_relaxed);
    }

    const ServerConfig config;
    // Called once on each worker's thread to build that worker's chain.
    const RouterFactory routes;
    ServerCounters counters;
    PeerTable peers;
    LiveSettings live;
    std::atomic<quint64> nextRecordId {1};
    std::atomic<quint64> nextConnectionId {1};
    // Live in the Server's thread and outlive every worker.
    RecordFeed *feed = nullptr;
    TransferFeed *transfers = nullptr; // only when records are kept in full
};

} // namespace Servery
