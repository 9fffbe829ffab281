#pragma once

#include "server/net/PeerTable.h"
#include "server/net/ServerConfig.h"
#include "server/net/ServerStats.h"
#include "server/route/Router.h"

#include <atomic>

namespace Servery {

class RecordFeed;

// What the acceptor and all workers of one running server share. The config
// and the router factory are immutable once the server starts; the rest is
// atomic or locked.
struct EngineState {
    EngineState(ServerConfig c, RouterFactory r)
        : config(std::move(c))
        , routes(std::move(r))
    {
    }

    const ServerConfig config;
    // Called once on each worker's thread to build that worker's chain.
    const RouterFactory routes;
    ServerCounters counters;
    PeerTable peers;
    std::atomic<quint64> nextRecordId {1};
    std::atomic<quint64> nextConnectionId {1};
    // Lives in the Server's thread and outlives every worker.
    RecordFeed *feed = nullptr;
};

} // namespace Servery
