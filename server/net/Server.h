#pragma once

#include "server/http/limits.h"
#include "server/log/RecordFeed.h"
#include "server/log/TransferFeed.h"
#include "server/net/ServerConfig.h"
#include "server/net/ServerStats.h"
#include "server/route/Router.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>
#include <vector>

class QThread;

namespace Servery {

class Acceptor;
class Worker;
struct EngineState;

// The engine's front door, used from one thread (the GUI thread, or main()
// when headless). It runs an acceptor thread and N worker threads; nothing it
// does blocks its caller for more than a moment, so start() and stop()
// answer with signals.
class Server : public QObject {
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Stopping };
    Q_ENUM(State)

    explicit Server(QObject *parent = nullptr);
    // Stops at once if still running: connections are cut, not drained.
    ~Server() override;

    // Emits started() or startFailed(). Each worker builds its own handler
    // chain with `routes`, on its own thread (standardRoutes() is Servery's).
    void start(const ServerConfig &config, RouterFactory routes);
    // Stops accepting, lets in-flight responses finish for up to
    // drainTimeout, then cuts the rest. Emits stopped().
    void stop(std::chrono::milliseconds drainTimeout = Limits::kDefaultDrainTimeout);

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    // Valid while running.
    quint16 port() const { return m_port; }
    QList<QHostAddress> listenAddresses() const { return m_addresses; }
    const ServerConfig &config() const { return m_config; }
    int workerCount() const { return int(m_workers.size()); }

    ServerStats stats() const;
    // Finished exchanges, in batches.
    RecordFeed *records() { return &m_feed; }
    // Large bodies while they move (only when records are kept in full).
    TransferFeed *transfers() { return &m_transfers; }

    // Refuses a device until unblocked or cleared (the window clears the
    // blocks when a new sharing session starts): its connections are closed
    // now and new ones answered 403.
    void setBlocked(const QHostAddress &address, bool blocked);
    bool isBlocked(const QHostAddress &address) const;
    void clearBlocked();

    // Turns uploads on or off while running (ServerConfig::allowUploads is
    // where each start begins).
    void setUploadsAllowed(bool allowed);

Q_SIGNALS:
    void started();
    void startFailed(const Servery::ServerError &error);
    void stopped();

private:
    struct WorkerThread {
        QThread *thread = nullptr;
        Worker *worker = nullptr;
    };

    void onListenResult(bool ok, quint16 port, const QList<QHostAddress> &addresses, const ServerError &error);
    void closeAcceptor(std::chrono::milliseconds drainTimeout);
    void onAcceptorClosed(std::chrono::milliseconds drainTimeout);
    void onWorkerDrained();
    void joinThreads();
    void killThreads();

    State m_state = State::Stopped;
    ServerConfig m_config;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
    std::shared_ptr<EngineState> m_engine;
    RecordFeed m_feed;
    TransferFeed m_transfers;
    QSet<QHostAddress> m_blocked; // kept across starts and stops
    QThread *m_acceptorThread = nullptr;
    Acceptor *m_acceptor = nullptr;
    std::vector<WorkerThread> m_workers;
    int m_drained = 0;
    int m_stillListening = 0; // workers yet to stop accepting, while stopping
    quint64 m_generation = 0; // ignores answers from a previous run
};

} // namespace Servery
