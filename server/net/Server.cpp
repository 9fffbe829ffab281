#include "server/net/Server.h"

#include "server/net/Acceptor.h"
#include "server/net/EngineState.h"
#include "server/net/EpollDispatcher.h"
#include "server/net/Platform.h"
#include "server/net/Worker.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

namespace Servery {

Q_LOGGING_CATEGORY(lcServer, "servery.server")

Server::Server(QObject *parent)
    : QObject(parent)
    , m_feed(this)
    , m_transfers(this)
{
    qRegisterMetaType<Servery::ServerError>();
}

Server::~Server()
{
    killThreads();
}

void Server::setBlocked(const QHostAddress &address, bool blocked)
{
    if (blocked)
        m_blocked.insert(address);
    else
        m_blocked.remove(address);
    if (!m_engine)
        return;
    m_engine->peers.setBlocked(address, blocked);
    if (!blocked)
        return;
    for (const WorkerThread &wt : m_workers) {
        Worker *worker = wt.worker;
        QMetaObject::invokeMethod(
            worker, [worker, address] { worker->closeConnectionsFrom(address); }, Qt::QueuedConnection);
    }
}

void Server::setUploadsAllowed(bool allowed)
{
    m_config.allowUploads = allowed;
    if (m_engine)
        m_engine->live.uploadsAllowed.store(allowed, std::memory_order_relaxed);
}

void Server::clearBlocked()
{
    const QSet<QHostAddress> blocked = std::exchange(m_blocked, {});
    if (m_engine) {
        for (const QHostAddress &address : blocked)
            m_engine->peers.setBlocked(address, false);
    }
}

bool Server::isBlocked(const QHostAddress &address) const
{
    return m_blocked.contains(address);
}

ServerStats Server::stats() const
{
    return m_engine ? m_engine->counters.snapshot() : ServerStats {};
}

void Server::start(const ServerConfig &config, RouterFactory routes)
{
    if (m_state != State::Stopped) {
        qCWarning(lcServer) << "start() while" << m_state;
        return;
    }
    m_state = State::Starting;
    m_config = config;
    ++m_generation;

    // Thousands of connections need thousands of descriptors; never promise
    // more connections than there are descriptors (two per connection at
    // worst, while it is handed over, plus files being served).
    ServerConfig effective = config;
    const qint64 descriptors = raiseOpenFileLimit();
    if (descriptors > 0) {
        const qint64 usable
            = std::max<qint64>(Limits::kMinConnections,
                               (descriptors - Limits::kReservedDescriptors) / 2 - Limits::kRejectingConnectionSlack);
        effective.limits.maxConnections = int(std::min<qint64>(effective.limits.maxConnections, usable));
    }
    // One address's share follows the limit actually in force (a quarter),
    // unless the caller chose it; never so small that a browser's parallel
    // connections would not fit.
    if (config.limits.maxConnectionsPerAddress == Limits::kDefaultMaxConnectionsPerAddress) {
        effective.limits.maxConnectionsPerAddress
            = std::max(Limits::kMinConnectionsPerAddress, effective.limits.maxConnections / 4);
    }

    m_engine = std::make_shared<EngineState>(effective, std::move(routes));
    m_engine->feed = &m_feed;
    if (effective.recordDetail == RecordDetail::Full)
        m_engine->transfers = &m_transfers;
    for (const QHostAddress &address : std::as_const(m_blocked))
        m_engine->peers.setBlocked(address, true);

    const int count = config.workerCount > 0 ? config.workerCount : std::max(1, QThread::idealThreadCount());
    QList<Worker *> workers;
    for (int i = 0; i < count; ++i) {
        WorkerThread wt;
        wt.thread = new QThread(this);
        wt.thread->setObjectName(QStringLiteral("servery-worker-%1").arg(i));
#ifdef Q_OS_LINUX
        // Their loop's cost follows what is ready, not how many are open.
        wt.thread->setEventDispatcher(new EpollDispatcher);
#endif
        wt.worker = new Worker(i, m_engine);
        wt.worker->moveToThread(wt.thread);
        connect(wt.thread, &QThread::finished, wt.worker, &QObject::deleteLater);
        workers.append(wt.worker);
        m_workers.push_back(wt);
    }

    m_acceptorThread = new QThread(this);
    m_acceptorThread->setObjectName(QStringLiteral("servery-acceptor"));
    m_acceptor = new Acceptor(m_engine, workers);
    m_acceptor->moveToThread(m_acceptorThread);
    connect(m_acceptorThread, &QThread::finished, m_acceptor, &QObject::deleteLater);

    for (const WorkerThread &wt : m_workers) {
        wt.thread->start();
        if (effective.yieldToWindow)
            QMetaObject::invokeMethod(
                wt.worker, [] { lowerCurrentThreadPriority(); }, Qt::QueuedConnection);
    }
    m_acceptorThread->start();

    Acceptor *acceptor = m_acceptor;
    QPointer<Server> self(this);
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        acceptor,
        [acceptor, self, generation] {
            const Acceptor::ListenResult r = acceptor->listen();
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, r] {
                    if (self && self->m_generation == generation)
                        self->onListenResult(r.ok, r.port, r.addresses, r.error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Server::onListenResult(bool ok, quint16 port, const QList<QHostAddress> &addresses, const ServerError &error)
{
    if (m_state != State::Starting)
        return;
    if (!ok) {
        killThreads();
        m_state = State::Stopped;
        qCInfo(lcServer) << "start failed:" << error.message;
        Q_EMIT startFailed(error);
        return;
    }
    m_port = port;
    m_addresses = addresses;
    m_state = State::Running;
    Q_EMIT started();
}

void Server::stop(std::chrono::milliseconds drainTimeout)
{
    if (m_state == State::Starting) {
        // Not listening yet: nothing to drain.
        killThreads();
        m_state = State::Stopped;
        Q_EMIT stopped();
        return;
    }
    if (m_state != State::Running)
        return;
    m_state = State::Stopping;

    // First the workers stop accepting, then the listening sockets close
    // (a worker never watches a descriptor closed under it), and only then
    // do the workers drain: every descriptor the acceptor handed to a
    // worker (Windows) reaches it before the drain request does.
    QPointer<Server> self(this);
    m_stillListening = int(m_workers.size());
    for (const WorkerThread &wt : m_workers) {
        Worker *worker = wt.worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, self, drainTimeout] {
                worker->stopListening();
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, drainTimeout] {
                        if (self && --self->m_stillListening == 0)
                            self->closeAcceptor(drainTimeout);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }
}

void Server::closeAcceptor(std::chrono::milliseconds drainTimeout)
{
    Acceptor *acceptor = m_acceptor;
    QPointer<Server> self(this);
    QMetaObject::invokeMethod(
        acceptor,
        [acceptor, self, drainTimeout] {
            acceptor->close();
            QMetaObject::invokeMethod(
                self.data(),
                [self, drainTimeout] {
                    if (self)
                        self->onAcceptorClosed(drainTimeout);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Server::onAcceptorClosed(std::chrono::milliseconds drainTimeout)
{
    m_drained = 0;
    QPointer<Server> self(this);
    for (const WorkerThread &wt : m_workers) {
        Worker *worker = wt.worker;
        QMetaObject::invokeMethod(
            worker,
            [worker, self, drainTimeout] {
                worker->drain(drainTimeout, [self] {
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self] {
                            if (self)
                                self->onWorkerDrained();
                        },
                        Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    }
}

void Server::onWorkerDrained()
{
    if (m_state != State::Stopping || ++m_drained < int(m_workers.size()))
        return;
    m_acceptorThread->quit();
    for (const WorkerThread &wt : m_workers)
        wt.thread->quit();
    joinThreads();
    m_state = State::Stopped;
    // Records posted by the workers before they drained are already here.
    m_feed.flush();
    Q_EMIT stopped();
}

void Server::joinThreads()
{
    // Each loop has been asked to end and has nothing left to do, so these
    // return at once.
    m_acceptorThread->wait();
    for (const WorkerThread &wt : m_workers)
        wt.thread->wait();
    delete m_acceptorThread;
    m_acceptorThread = nullptr;
    m_acceptor = nullptr;
    for (const WorkerThread &wt : m_workers)
        delete wt.thread;
    m_workers.clear();
}

void Server::killThreads()
{
    if (!m_acceptorThread)
        return;
    // Where the workers accept, they stop first: none may watch a listening
    // socket as the acceptor closes it. Where the acceptor hands descriptors
    // over (Windows), it goes first and to the end: once its thread has
    // finished, no descriptor can be on its way to a worker about to go.
    const auto stopWorkers = [this] {
        for (const WorkerThread &wt : m_workers) {
            Worker *worker = wt.worker;
            QMetaObject::invokeMethod(
                worker,
                [worker] {
                    worker->abortAll();
                    QThread::currentThread()->quit();
                },
                Qt::QueuedConnection);
        }
        for (const WorkerThread &wt : m_workers)
            wt.thread->wait();
    };
    const auto stopAcceptor = [this] {
        Acceptor *acceptor = m_acceptor;
        QMetaObject::invokeMethod(
            acceptor,
            [acceptor] {
                acceptor->close();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
        m_acceptorThread->wait();
    };
    if (Acceptor::kWorkersAccept) {
        stopWorkers();
        stopAcceptor();
    } else {
        stopAcceptor();
        stopWorkers();
    }
    joinThreads();
}

} // namespace Servery
