#include "ServeSession.h"

#include "server/route/AccessGate.h"
#include "server/route/AccessKey.h"

#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace Servery {

namespace {

// The addresses a config listens on, for probing a free port.
QList<QHostAddress> probeAddresses(const ServerConfig &c)
{
    if (!c.bindAddress.isNull())
        return {c.bindAddress};
    if (c.scope == ListenScope::LocalOnly)
        return {QHostAddress(QHostAddress::LocalHost)};
    return {QHostAddress(QHostAddress::Any)};
}

// Runs `work` on the global pool and hands its result to `done` on the
// thread of `context`, if `context` still exists.
template<typename Work, typename Done> void inBackground(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done = std::move(done), result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace

ServeSession::ServeSession(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Servery::ServerError>();
    connect(&m_server, &Server::started, this, &ServeSession::onStarted);
    connect(&m_server, &Server::startFailed, this, &ServeSession::onStartFailed);
    connect(&m_server, &Server::stopped, this, [this] {
        m_refreshTimer.stop();
        announceState();
    });
    m_refreshTimer.setInterval(std::chrono::seconds(15));
    connect(&m_refreshTimer, &QTimer::timeout, this, &ServeSession::refreshAddresses);
}

ServeSession::~ServeSession() = default;

void ServeSession::announceState()
{
    if (m_server.state() == m_announced)
        return;
    m_announced = m_server.state();
    Q_EMIT stateChanged(m_announced);
}

void ServeSession::start(ServerConfig config, const RoutesForConfig &routes)
{
    if (state() != State::Stopped)
        return;
    // A QR code seen once (a photo of the screen, a phone left behind) opens
    // the folder only until sharing stops.
    if (!config.accessKey.isEmpty() && !m_accessKeyPinned)
        config.accessKey = generateAccessKey();
    start(config, routes(config));
}

void ServeSession::start(const ServerConfig &config, RouterFactory routes)
{
    if (state() != State::Stopped)
        return;
    m_config = config;
    m_config.yieldToWindow = true;
    m_urls.clear();
    m_server.start(m_config, std::move(routes));
    announceState();
}

void ServeSession::stop()
{
    if (state() != State::Running && state() != State::Starting)
        return;
    m_refreshTimer.stop();
    m_server.stop();
    announceState();
}

void ServeSession::onStarted()
{
    announceState();
    const QList<QHostAddress> bound = m_server.listenAddresses();
    const bool loopbackOnly
        = std::all_of(bound.begin(), bound.end(), [](const QHostAddress &a) { return a.isLoopback(); });
    if (loopbackOnly) {
        // Nothing to look up: say where at once.
        m_urls = withKey(servedUrls(bound, m_server.port(), {}));
        Q_EMIT urlsChanged(m_urls);
    }
    // Otherwise the addresses are announced once the interfaces are known,
    // and looked at again now and then (a laptop changes networks).
    refreshAddresses();
    m_refreshTimer.start();
}

void ServeSession::refreshAddresses()
{
    if (state() != State::Running)
        return;
    const QList<QHostAddress> bound = m_server.listenAddresses();
    const quint16 port = m_server.port();
    const quint64 generation = ++m_generation;
    inBackground(
        this, [bound, port] { return servedUrls(bound, port, currentInterfaceAddresses()); },
        [this, generation](QList<ServedUrl> urls) {
            if (generation != m_generation || state() != State::Running)
                return;
            urls = withKey(std::move(urls));
            const bool changed = urls.size() != m_urls.size()
                || !std::equal(urls.begin(), urls.end(), m_urls.begin(), [](const ServedUrl &a, const ServedUrl &b) {
                                     return a.url == b.url && a.interfaceLabel == b.interfaceLabel;
                                 });
            m_urls = std::move(urls);
            if (changed)
                Q_EMIT urlsChanged(m_urls);
        });
}

QList<ServedUrl> ServeSession::withKey(QList<ServedUrl> urls) const
{
    for (ServedUrl &u : urls) {
        if (!u.thisComputerOnly)
            u.url = AccessGate::urlWithKey(u.url, m_config.accessKey);
    }
    return urls;
}

void ServeSession::onStartFailed(const ServerError &error)
{
    announceState();
    if (error.code != ServerError::Code::PortInUse) {
        Q_EMIT startFailed(error, 0);
        return;
    }
    const quint16 from = m_config.port == 65535 ? 1024 : quint16(m_config.port + 1);
    const QList<QHostAddress> addresses = probeAddresses(m_config);
    inBackground(
        this, [from, addresses] { return findFreePort(from, addresses); },
        [this, error](quint16 port) { Q_EMIT startFailed(error, port); });
}

} // namespace Servery
