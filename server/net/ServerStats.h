#pragma once

#include <QtGlobal>

#include <atomic>

namespace Servery {

// A snapshot of the engine's counters.
struct ServerStats {
    int openConnections = 0;
    quint64 acceptedConnections = 0;
    quint64 rejectedConnections = 0; // answered 503: over the connection limit
    quint64 requests = 0; // exchanges finished, rejected ones included
    quint64 bytesReceived = 0;
    quint64 bytesSent = 0;
    // The most response bytes any one connection had queued at once: the
    // proof that back-pressure holds, whatever the file size.
    qint64 peakConnectionWriteBuffer = 0;
};

// The live counters, shared by the acceptor and the workers. Relaxed atomics:
// they are statistics, not synchronization.
struct ServerCounters {
    std::atomic<int> openConnections {0};
    std::atomic<quint64> acceptedConnections {0};
    std::atomic<quint64> rejectedConnections {0};
    std::atomic<quint64> requests {0};
    std::atomic<quint64> bytesReceived {0};
    std::atomic<quint64> bytesSent {0};
    std::atomic<qint64> peakConnectionWriteBuffer {0};

    void notePendingWrite(qint64 bytes)
    {
        qint64 seen = peakConnectionWriteBuffer.load(std::memory_order_relaxed);
        while (bytes > seen
               && !peakConnectionWriteBuffer.compare_exchange_weak(seen, bytes, std::memory_order_relaxed)) { }
    }

    ServerStats snapshot() const
    {
        constexpr auto r = std::memory_order_relaxed;
        return ServerStats {
            openConnections.load(r), acceptedConnections.load(r), rejectedConnections.load(r),      requests.load(r),
            bytesReceived.load(r),   bytesSent.load(r),           peakConnectionWriteBuffer.load(r)};
    }
};

} // namespace Servery
