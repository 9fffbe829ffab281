#pragma once

#include "server/log/RequestRecord.h"
#include "server/log/TransferFeed.h"
#include "server/net/EngineState.h"
#include "server/route/Router.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Servery {

class Connection;

// What the acceptor decided about a new connection.
enum class Admission {
    Serve,
    // Over the server's connection limit: close this worker's oldest idle
    // keep-alive connection to make room, or answer 503 if it has none.
    ServeByEvicting,
    RejectBusy, // answer 503 and close: the server is full
    RejectPeerAtLimit, // answer 503 and close: this address holds its share
    RejectBlocked, // answer 403 and close: the person blocked this device
};

// Counts a new connection from `peer` in (the open connections, its
// address's share) and decides what becomes of it. Any thread. `counted`
// says whether the peer table counted it, to be counted out when it closes.
Admission admitConnection(EngineState &engine, const QHostAddress &peer, bool *counted);

// A listening socket the workers accept from, and the address it is bound
// to (a connection's local address, unless that is a wildcard).
struct ListeningSocket {
    qintptr descriptor = -1;
    QHostAddress address;
};

// One worker thread's event-loop object. It adopts socket descriptors handed
// over by the acceptor, creates and owns their connections, runs its own
// handler chain, and batches the records they produce. Nothing in here is
// touched from another thread except load(), which is atomic.
class Worker : public QObject {
    Q_OBJECT

public:
    Worker(int index, std::shared_ptr<EngineState> engine);
    ~Worker() override;

    // Worker thread only, all of them (posted by the acceptor and the Server).
    // Accepts connections from these sockets itself, as they come (where
    // workers accept: see Acceptor), until stopListening().
    void listenOn(const QList<ListeningSocket> &sockets);
    void stopListening();
    // `counted` is the address the peer table counted this connection under
    // (null if it did not), to count it out when it closes. `peer` and
    // `local` are its addresses when known (null: asked of the socket).
    void adopt(qintptr descriptor, Admission admission, const QHostAddress &counted, const QHostAddress &peer = {},
               quint16 peerPort = 0, const QHostAddress &local = {});
    void drain(std::chrono::milliseconds deadline, std::function<void()> onDrained);
    void abortAll();
    // Closes every connection from `address` (a device just blocked).
    void closeConnectionsFrom(const QHostAddress &address);

    // Any thread: connections assigned to this worker, for load balancing.
    int load() const { return m_load.load(std::memory_order_relaxed); }
    void noteAssigned() { m_load.fetch_add(1, std::memory_order_relaxed); }

    // For connections (worker thread).
    const EngineState &engine() const { return *m_engine; }
    EngineState &engine() { return *m_engine; }
    Router &router();
    // Milliseconds on this worker's monotonic clock, for connection deadlines.
    qint64 now() const { return m_clock.elapsed(); }
    // Orders the moments connections become idle (milliseconds would tie).
    quint64 nextIdleMark() { return ++m_idleMarks; }
    void submit(RequestRecord &&record);
    // A connection moving a large body reports its progress until it ends.
    void watchTransfer(Connection *connection);
    void endTransfer(Connection *connection, bool ok);

private:
    struct Listening {
        ListeningSocket socket;
        QSocketNotifier *notifier = nullptr;
    };
    void acceptFrom(const ListeningSocket &listening);
    void setAccepting(bool on);
    void resumeAccepting();
    void connectionClosed(Connection *connection);
    bool evictOldestIdle();
    void sweep();
    void reportTransfers();
    void flushRecords();
    void finishDrainIfDone();

    const int m_index;
    std::shared_ptr<EngineState> m_engine;
    std::optional<Router> m_router;
    QSet<Connection *> m_connections;
    QHash<Connection *, QHostAddress> m_countedPeers;
    QSet<Connection *> m_transfers;
    QList<TransferProgress> m_transferBatch;
    qint64 m_lastTransferReport = 0;
    std::atomic<int> m_load {0};

    QList<RequestRecord> m_batch;
    QTimer m_flushTimer;
    bool m_flushWhenIdle = false; // flushRecords() hooked to the loop's aboutToBlock
    // One timer for every connection's deadline, instead of one each.
    QElapsedTimer m_clock;
    QTimer m_sweepTimer;
    quint64 m_idleMarks = 0;

    QList<Listening> m_listening;
    bool m_acceptPaused = false;
    // While paused (at the connection ceiling, or out of descriptors):
    // when to look again.
    QTimer m_acceptResume;

    bool m_draining = false;
    QTimer m_drainDeadline;
    std::function<void()> m_onDrained;
};

} // namespace Servery
