#pragma once

#include "server/net/ServerConfig.h"
#include "server/net/ServerStats.h"

#include <atomic>

namespace Servery {

class RecordFeed;

// What the acceptor and all workers of one running server share. The config
// is immutable once the server starts; everything else is atomic.
struct EngineState {
    explicit EngineState(ServerConfig c)
        : config(std::move(c))
    {
    }

    const ServerConfig config;
    ServerCounters counters;
    std::atomic<quint64> nextRecordId {1};
    std::atomic<quint64> nextConnectionId {1};
    // Lives in the Server's thread and outlives every worker.
    RecordFeed *feed = nullptr;
};

} // namespace Servery
