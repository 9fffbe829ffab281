#include "server/net/Acceptor.h"

#include "server/http/limits.h"
#include "server/net/Platform.h"
#include "server/net/Worker.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

namespace Servery {

Q_LOGGING_CATEGORY(lcAcceptor, "servery.server.acceptor")

namespace {

ServerError errorFor(const QTcpServer &server, const QHostAddress &address, quint16 port)
{
    ServerError e;
    switch (server.serverError()) {
    case QAbstractSocket::AddressInUseError:
        e.code = ServerError::Code::PortInUse;
        e.message = QStringLiteral("Port %1 is already in use by another program.").arg(port);
        break;
    case QAbstractSocket::SocketAccessError:
        e.code = ServerError::Code::PermissionDenied;
        e.message
            = QStringLiteral("Not allowed to listen on port %1: ports below 1024 need administrator rights.").arg(port);
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        e.code = ServerError::Code::AddressNotAvailable;
        e.message = QStringLiteral("%1 is not an address of this computer.").arg(address.toString());
        break;
    default:
        e.code = ServerError::Code::Other;
        e.message = QStringLiteral("Could not listen on %1 port %2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(server.errorString());
        break;
    }
    return e;
}

} // namespace

Listener::Listener(std::function<void(qintptr)> onIncoming, QObject *parent)
    : QTcpServer(parent)
    , m_onIncoming(std::move(onIncoming))
{
}

void Listener::incomingConnection(qintptr descriptor)
{
    m_onIncoming(descriptor);
}

Acceptor::Acceptor(std::shared_ptr<EngineState> engine, QList<Worker *> workers)
    : m_engine(std::move(engine))
    , m_workers(std::move(workers))
    , m_resumeTimer(this)
{
    m_resumeTimer.setInterval(Limits::kAcceptResumePoll);
    connect(&m_resumeTimer, &QTimer::timeout, this, &Acceptor::resumeIfBelowLimit);
}

Acceptor::ListenResult Acceptor::listen()
{
    ListenResult result;
    const ServerConfig &config = m_engine->config;

    // Check the folder here, off the caller's (GUI) thread.
    const QFileInfo root(config.rootPath);
    if (config.catchAll && config.rootPath.isEmpty()) {
        // Catching requests needs no folder.
    } else if (config.rootPath.isEmpty() || !root.exists() || !root.isDir()) {
        result.error.code = ServerError::Code::FolderMissing;
        result.error.message
            = QStringLiteral("The folder %1 does not exist.").arg(QDir::toNativeSeparators(config.rootPath));
        return result;
    }
    if (!config.rootPath.isEmpty() && (!root.isReadable() || !root.isExecutable())) {
        result.error.code = ServerError::Code::FolderUnreadable;
        result.error.message
            = QStringLiteral("The folder %1 cannot be read.").arg(QDir::toNativeSeparators(config.rootPath));
        return result;
    }

    QList<QHostAddress> addresses;
    if (!config.bindAddress.isNull())
        addresses = {config.bindAddress};
    else if (config.scope == ListenScope::LocalOnly)
        addresses = {QHostAddress(QHostAddress::LocalHost), QHostAddress(QHostAddress::LocalHostIPv6)};
    else
        addresses = {QHostAddress(QHostAddress::Any)}; // IPv6 and IPv4 in one socket

    const int draws = config.port == 0 && addresses.size() > 1 ? Limits::kPortDraws : 1;
    for (int i = 0; i < draws; ++i) {
        result = ListenResult {};
        if (tryListen(addresses, config.port, &result))
            break;
    }
    if (result.ok) {
        qCInfo(lcAcceptor) << "listening on" << result.addresses << "port" << result.port;
        if (kWorkersAccept)
            handToWorkers(result.addresses);
    }
    return result;
}

bool Acceptor::tryListen(const QList<QHostAddress> &addresses, quint16 port, ListenResult *result)
{
    auto onIncoming = [this](qintptr fd) {
        dispatch(fd);
    };
    for (const QHostAddress &requested : addresses) {
        QHostAddress address = requested;
        auto *listener = new Listener(onIncoming, this);
        listener->setListenBacklogSize(Limits::kListenBacklog);
        bool ok = listener->listen(address, port);
        if (!ok && address == QHostAddress(QHostAddress::Any)
            && listener->serverError() == QAbstractSocket::UnsupportedSocketOperationError) {
            // No IPv6 on this machine: fall back to IPv4 alone.
            address = QHostAddress(QHostAddress::AnyIPv4);
            ok = listener->listen(address, port);
        }
        if (!ok) {
            const bool optionalIPv6 = !m_listeners.isEmpty() && address.protocol() == QAbstractSocket::IPv6Protocol
                && (listener->serverError() == QAbstractSocket::UnsupportedSocketOperationError
                    || listener->serverError() == QAbstractSocket::SocketAddressNotAvailableError);
            if (optionalIPv6) {
                // Loopback without IPv6: 127.0.0.1 alone is enough.
                delete listener;
                continue;
            }
            result->error = errorFor(*listener, address, port);
            delete listener;
            close();
            return false;
        }
        // Out of descriptors (EMFILE), Qt pauses the listener and says so;
        // try again shortly rather than stop accepting for good.
        connect(listener, &QTcpServer::acceptError, this, [this, listener](QAbstractSocket::SocketError e) {
            qCWarning(lcAcceptor) << "accept failed:" << e << "- retrying shortly";
            QTimer::singleShot(Limits::kAcceptRetryDelay, listener, [this, listener] {
                if (!m_paused && !kWorkersAccept)
                    listener->resumeAccepting();
            });
        });
        if (port == 0)
            port = listener->serverPort(); // the others share the port drawn
        m_listeners.append(listener);
        result->addresses.append(address);
    }
    result->ok = true;
    result->port = port;
    return true;
}

void Acceptor::handToWorkers(const QList<QHostAddress> &addresses)
{
    // The QTcpServers keep their sockets (and close them), but no longer
    // accept from them.
    QList<ListeningSocket> sockets;
    for (qsizetype i = 0; i < m_listeners.size(); ++i) {
        m_listeners.at(i)->pauseAccepting();
        sockets.append(ListeningSocket {m_listeners.at(i)->socketDescriptor(), addresses.value(i)});
    }
    for (Worker *w : std::as_const(m_workers))
        QMetaObject::invokeMethod(
            w, [w, sockets] { w->listenOn(sockets); }, Qt::QueuedConnection);
}

void Acceptor::close()
{
    setPaused(false);
    for (Listener *l : std::as_const(m_listeners)) {
        l->close();
        l->deleteLater();
    }
    m_listeners.clear();
}

void Acceptor::dispatch(qintptr descriptor)
{
    // Windows only (kWorkersAccept): elsewhere the workers accept.
    const ServerLimits &limits = m_engine->config.limits;
    const QHostAddress peer = peerAddressOf(descriptor);
    bool counted = false;
    const Admission admission = admitConnection(*m_engine, peer, &counted);

    Worker *target = m_workers.constFirst();
    for (Worker *w : std::as_const(m_workers)) {
        // Making room: the busiest worker most likely has idle connections.
        const bool better
            = admission == Admission::ServeByEvicting ? w->load() > target->load() : w->load() < target->load();
        if (better)
            target = w;
    }
    target->noteAssigned();
    const QHostAddress countedAs = counted ? peer : QHostAddress();
    QMetaObject::invokeMethod(
        target, [target, descriptor, admission, countedAs] { target->adopt(descriptor, admission, countedAs); },
        Qt::QueuedConnection);

    if (m_engine->counters.openConnections.load(std::memory_order_relaxed)
        >= limits.maxConnections + Limits::kRejectingConnectionSlack)
        setPaused(true);
}

void Acceptor::resumeIfBelowLimit()
{
    if (m_paused
        && m_engine->counters.openConnections.load(std::memory_order_relaxed)
            < m_engine->config.limits.maxConnections + Limits::kRejectingConnectionSlack) {
        setPaused(false);
    }
}

void Acceptor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        m_resumeTimer.start();
    else
        m_resumeTimer.stop();
    qCInfo(lcAcceptor) << (paused ? "connection ceiling reached: pausing accept" : "resuming accept");
    for (Listener *l : std::as_const(m_listeners)) {
        if (paused)
            l->pauseAccepting();
        else
            l->resumeAccepting();
    }
}

} // namespace Servery
