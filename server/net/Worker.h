#pragma once

#include "server/log/RequestRecord.h"
#include "server/net/EngineState.h"
#include "server/route/RequestHandler.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace Servery {

class Connection;

// One worker thread's event-loop object. It adopts socket descriptors handed
// over by the acceptor, creates and owns their connections, and batches the
// records they produce. Nothing in here is touched from another thread except
// load(), which is atomic.
class Worker : public QObject {
    Q_OBJECT

public:
    Worker(int index, std::shared_ptr<EngineState> engine);
    ~Worker() override;

    // Worker thread only, all of them (posted by the acceptor and the Server).
    void adopt(qintptr descriptor, bool rejectAsBusy);
    void drain(std::chrono::milliseconds deadline, std::function<void()> onDrained);
    void abortAll();

    // Any thread: connections assigned to this worker, for load balancing.
    int load() const { return m_load.load(std::memory_order_relaxed); }
    void noteAssigned() { m_load.fetch_add(1, std::memory_order_relaxed); }

    // For connections (worker thread).
    const EngineState &engine() const { return *m_engine; }
    EngineState &engine() { return *m_engine; }
    RequestHandler &handler();
    // Milliseconds on this worker's monotonic clock, for connection deadlines.
    qint64 now() const { return m_clock.elapsed(); }
    void submit(RequestRecord &&record);

private:
    void connectionClosed(Connection *connection);
    void sweep();
    void flushRecords();
    void finishDrainIfDone();

    const int m_index;
    std::shared_ptr<EngineState> m_engine;
    std::unique_ptr<RequestHandler> m_handler;
    QSet<Connection *> m_connections;
    std::atomic<int> m_load {0};

    QList<RequestRecord> m_batch;
    QTimer m_flushTimer;
    // One timer for every connection's deadline, instead of one each.
    QElapsedTimer m_clock;
    QTimer m_sweepTimer;

    bool m_draining = false;
    QTimer m_drainDeadline;
    std::function<void()> m_onDrained;
};

} // namespace Servery
