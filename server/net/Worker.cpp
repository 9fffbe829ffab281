#include "server/net/Worker.h"

#include "server/files/SafeOpen.h"
#include "server/http/limits.h"
#include "server/log/RecordFeed.h"
#include "server/net/Connection.h"
#include "server/net/Platform.h"

#include <QAbstractEventDispatcher>
#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

namespace Servery {

Q_LOGGING_CATEGORY(lcWorker, "servery.server.worker")

Admission admitConnection(EngineState &engine, const QHostAddress &peer, bool *counted)
{
    ServerCounters &counters = engine.counters;
    const ServerLimits &limits = engine.config.limits;
    const int open = counters.openConnections.fetch_add(1, std::memory_order_relaxed) + 1;
    counters.acceptedConnections.fetch_add(1, std::memory_order_relaxed);

    // One address holds at most its share, so it cannot lock others out;
    // past the server's own limit, idle keep-alive connections make room
    // for newcomers before anyone is told 503.
    *counted = !peer.isNull() && engine.peers.tryAdd(peer, limits.maxConnectionsPerAddress);
    if (!peer.isNull() && engine.peers.isBlocked(peer))
        return Admission::RejectBlocked;
    if (!*counted && !peer.isNull())
        return Admission::RejectPeerAtLimit;
    if (open > limits.maxConnections)
        return Admission::ServeByEvicting;
    return Admission::Serve;
}

namespace {

bool isWildcard(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6);
}

// Accepted in one go before the loop looks at anything else.
constexpr int kAcceptsPerWakeUp = 64;

} // namespace

Worker::Worker(int index, std::shared_ptr<EngineState> engine)
    : m_index(index)
    , m_engine(std::move(engine))
    , m_flushTimer(this)
    , m_sweepTimer(this)
    , m_acceptResume(this)
    , m_drainDeadline(this)
{
    m_clock.start();
    // Deadlines are checked a few times per shortest timeout: a timeout
    // fires at most a quarter late, and never later than kMaxSweepInterval.
    const ServerLimits &l = m_engine->config.limits;
    const qint64 shortest = std::min<qint64>({l.headerTimeout.count(), l.idleTimeout.count(), l.bodyIdleTimeout.count(),
                                              l.writeIdleTimeout.count(), qint64(Limits::kLingerTimeout.count())});
    m_sweepTimer.setInterval(int(std::clamp<qint64>(shortest / 4, 10, Limits::kMaxSweepInterval.count())));
    connect(&m_sweepTimer, &QTimer::timeout, this, &Worker::sweep);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(Limits::kWorkerFlushInterval);
    connect(&m_flushTimer, &QTimer::timeout, this, &Worker::flushRecords);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, &Worker::abortAll);
    m_acceptResume.setSingleShot(true);
    connect(&m_acceptResume, &QTimer::timeout, this, &Worker::resumeAccepting);
}

Worker::~Worker()
{
    // Connections are children; make sure none reports back while dying.
    for (Connection *c : std::as_const(m_connections))
        disconnect(c, nullptr, this, nullptr);
    for (const QHostAddress &peer : std::as_const(m_countedPeers))
        m_engine->peers.remove(peer);
}

Router &Worker::router()
{
    // Built on first use, so on this worker's thread, by the caller's factory.
    if (!m_router)
        m_router.emplace(m_engine->routes ? m_engine->routes() : Router {});
    return *m_router;
}

// --- Accepting ----------------------------------------------------------------

void Worker::listenOn(const QList<ListeningSocket> &sockets)
{
    if (m_draining)
        return;
    for (const ListeningSocket &socket : sockets) {
        Listening listening;
        listening.socket = socket;
        listening.notifier = new QSocketNotifier(socket.descriptor, QSocketNotifier::Read, this);
        connect(listening.notifier, &QSocketNotifier::activated, this, [this, socket] { acceptFrom(socket); });
        m_listening.append(listening);
    }
    m_acceptPaused = false;
}

void Worker::stopListening()
{
    m_acceptResume.stop();
    for (const Listening &l : std::as_const(m_listening))
        delete l.notifier;
    m_listening.clear();
}

void Worker::setAccepting(bool on)
{
    m_acceptPaused = !on;
    for (const Listening &l : std::as_const(m_listening))
        l.notifier->setEnabled(on);
}

void Worker::resumeAccepting()
{
    if (m_listening.isEmpty() || m_draining)
        return;
    const ServerLimits &limits = m_engine->config.limits;
    if (m_engine->counters.openConnections.load(std::memory_order_relaxed)
        >= limits.maxConnections + Limits::kRejectingConnectionSlack) {
        m_acceptResume.start(Limits::kAcceptResumePoll);
        return;
    }
    qCInfo(lcWorker) << "worker" << m_index << "resuming accept";
    setAccepting(true);
}

void Worker::acceptFrom(const ListeningSocket &listening)
{
    // Every worker watches the same listening sockets; whichever the kernel
    // wakes first takes what is waiting, the others find nothing (EAGAIN).
    // A busy worker comes late, so new connections go mostly to idle ones.
    const ServerLimits &limits = m_engine->config.limits;
    const qintptr listener = listening.descriptor;
    const QHostAddress local = isWildcard(listening.address) ? QHostAddress() : listening.address;
    for (int i = 0; i < kAcceptsPerWakeUp && !m_acceptPaused; ++i) {
        qintptr fd = -1;
        QHostAddress peer;
        quint16 peerPort = 0;
        switch (acceptConnection(listener, &fd, &peer, &peerPort)) {
        case AcceptResult::Accepted:
            break;
        case AcceptResult::NothingPending:
            return;
        case AcceptResult::Retry:
            continue;
        case AcceptResult::OutOfResources:
            // Out of descriptors: try again shortly rather than spin on a
            // listener that stays readable.
            qCWarning(lcWorker) << "accept failed: out of descriptors - retrying shortly";
            setAccepting(false);
            m_acceptResume.start(Limits::kAcceptRetryDelay);
            return;
        case AcceptResult::Failed:
            qCWarning(lcWorker) << "accept failed on descriptor" << listener;
            return;
        }
        bool counted = false;
        const Admission admission = admitConnection(*m_engine, peer, &counted);
        noteAssigned();
        adopt(fd, admission, counted ? peer : QHostAddress(), peer, peerPort, local);
        // Past the ceiling and its slack, stop accepting until connections
        // close: the kernel's backlog holds the rest.
        if (m_engine->counters.openConnections.load(std::memory_order_relaxed)
            >= limits.maxConnections + Limits::kRejectingConnectionSlack) {
            qCInfo(lcWorker) << "worker" << m_index << "connection ceiling reached: pausing accept";
            setAccepting(false);
            m_acceptResume.start(Limits::kAcceptResumePoll);
        }
    }
}

// --- Connections ----------------------------------------------------------------

void Worker::adopt(qintptr descriptor, Admission admission, const QHostAddress &counted, const QHostAddress &peer,
                   quint16 peerPort, const QHostAddress &local)
{
    if (m_draining) {
        // Accepted just as the server began to stop.
        closeSocketDescriptor(descriptor);
        if (!counted.isNull())
            m_engine->peers.remove(counted);
        m_load.fetch_sub(1, std::memory_order_relaxed);
        m_engine->counters.openConnections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }

    if (admission == Admission::ServeByEvicting && !evictOldestIdle())
        admission = Admission::RejectBusy;
    const bool reject = admission == Admission::RejectBusy || admission == Admission::RejectPeerAtLimit
        || admission == Admission::RejectBlocked;
    if (reject)
        m_engine->counters.rejectedConnections.fetch_add(1, std::memory_order_relaxed);

    Connection::Mode mode = Connection::Mode::Serve;
    switch (admission) {
    case Admission::Serve:
    case Admission::ServeByEvicting:
        break;
    case Admission::RejectBusy:
        mode = Connection::Mode::RejectBusy;
        break;
    case Admission::RejectPeerAtLimit:
        mode = Connection::Mode::RejectPeerAtLimit;
        break;
    case Admission::RejectBlocked:
        mode = Connection::Mode::RejectBlocked;
        break;
    }
    auto *connection = new Connection(descriptor, mode, *this, peer, peerPort, local);
    connection->setParent(this);
    m_connections.insert(connection);
    if (!counted.isNull())
        m_countedPeers.insert(connection, counted);
    connect(connection, &Connection::closed, this, &Worker::connectionClosed);
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    if (!connection->start())
        connectionClosed(connection);
}

bool Worker::evictOldestIdle()
{
    // Under pressure the connections that cost others the most and are
    // worth the least go first: keep-alive connections waiting for nothing.
    Connection *oldest = nullptr;
    for (Connection *c : std::as_const(m_connections)) {
        if (c->isIdle() && (!oldest || c->idleSince() < oldest->idleSince()))
            oldest = c;
    }
    if (!oldest)
        return false;
    qCDebug(lcWorker) << "worker" << m_index << "closing an idle connection to make room";
    oldest->abort({});
    return true;
}

void Worker::connectionClosed(Connection *connection)
{
    if (!m_connections.remove(connection))
        return;
    if (m_transfers.contains(connection))
        endTransfer(connection, false);
    if (m_connections.isEmpty()) {
        m_sweepTimer.stop();
        // Nobody is asking: files kept open for the next request are closed
        // (one deleted meanwhile would otherwise hold its disk space).
        releaseKeptFiles(std::chrono::milliseconds(0));
    }
    if (const auto it = m_countedPeers.find(connection); it != m_countedPeers.end()) {
        m_engine->peers.remove(it.value());
        m_countedPeers.erase(it);
    }
    connection->deleteLater();
    m_load.fetch_sub(1, std::memory_order_relaxed);
    m_engine->counters.openConnections.fetch_sub(1, std::memory_order_relaxed);
    finishDrainIfDone();
}

void Worker::sweep()
{
    const qint64 t = now();
    releaseKeptFiles(Limits::kOpenFileIdle);
    if (!m_transfers.isEmpty() && t - m_lastTransferReport >= Limits::kTransferReportInterval.count())
        reportTransfers();
    // Connections may close (and leave the set) while being checked.
    const QList<Connection *> connections = m_connections.values();
    for (Connection *c : connections) {
        if (m_connections.contains(c))
            c->checkDeadline(t);
    }
}

void Worker::watchTransfer(Connection *connection)
{
    if (!m_engine->transfers)
        return;
    m_transfers.insert(connection);
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
}

namespace {

// Whether a watched body appears among the transfers: a file being saved
// (it has a label) or a body of known length always (only large ones are
// watched); one of unknown length once it is large.
bool worthShowing(const TransferProgress &p)
{
    return !p.label.isEmpty() || p.total >= 0 || p.done >= Limits::kTransferMinBytes;
}

} // namespace

void Worker::endTransfer(Connection *connection, bool ok)
{
    if (!m_transfers.remove(connection))
        return;
    TransferProgress last = connection->transferProgress();
    if (!worthShowing(last))
        return; // never reported while it moved: not at its end either
    last.state = ok ? TransferProgress::State::Finished : TransferProgress::State::Failed;
    last.updatedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_transferBatch.append(std::move(last));
    reportTransfers();
}

void Worker::reportTransfers()
{
    m_lastTransferReport = now();
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    for (Connection *c : std::as_const(m_transfers)) {
        TransferProgress p = c->transferProgress();
        if (!worthShowing(p))
            continue;
        p.updatedAtMs = wall;
        m_transferBatch.append(std::move(p));
    }
    if (m_transferBatch.isEmpty())
        return;
    TransferFeed *feed = m_engine->transfers;
    QMetaObject::invokeMethod(
        feed, [feed, batch = std::exchange(m_transferBatch, {})]() mutable { feed->update(std::move(batch)); },
        Qt::QueuedConnection);
}

void Worker::closeConnectionsFrom(const QHostAddress &address)
{
    const QList<Connection *> connections = m_connections.values();
    for (Connection *c : connections) {
        if (m_connections.contains(c) && c->peerAddress() == address)
            c->abort(QStringLiteral("The device was blocked"));
    }
}

void Worker::submit(RequestRecord &&record)
{
    if (!m_flushWhenIdle) {
        // Records also leave whenever this thread has nothing else to do:
        // one client's requests, served one after another by different
        // workers, then reach the log in the order they were made, and
        // under load (no idle moment) the batches still fill.
        m_flushWhenIdle = true;
        connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
                &Worker::flushRecords);
    }
    m_batch.append(std::move(record));
    if (m_batch.size() >= Limits::kMaxWorkerBatch)
        flushRecords();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void Worker::flushRecords()
{
    m_flushTimer.stop();
    if (m_batch.isEmpty())
        return;
    RecordFeed *feed = m_engine->feed;
    QMetaObject::invokeMethod(
        feed, [feed, batch = std::exchange(m_batch, {})]() mutable { feed->append(std::move(batch)); },
        Qt::QueuedConnection);
}

void Worker::drain(std::chrono::milliseconds deadline, std::function<void()> onDrained)
{
    stopListening();
    m_draining = true;
    m_onDrained = std::move(onDrained);
    qCDebug(lcWorker) << "worker" << m_index << "draining" << m_connections.size() << "connections";
    const QList<Connection *> connections = m_connections.values();
    for (Connection *c : connections) {
        if (m_connections.contains(c))
            c->drain();
    }
    if (!m_connections.isEmpty())
        m_drainDeadline.start(deadline);
    finishDrainIfDone();
}

void Worker::abortAll()
{
    stopListening();
    const QList<Connection *> connections = m_connections.values();
    for (Connection *c : connections)
        c->abort(QStringLiteral("The server stopped"));
}

void Worker::finishDrainIfDone()
{
    if (!m_draining || !m_connections.isEmpty() || !m_onDrained)
        return;
    m_drainDeadline.stop();
    flushRecords();
    std::exchange(m_onDrained, {})();
}

} // namespace Servery
