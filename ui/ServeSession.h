#pragma once

#include "server/net/NetworkAddresses.h"
#include "server/net/Server.h"
#include "server/route/StandardRoutes.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace Servery {

// The window's side of the engine: one Server, started and stopped on
// request, plus the slow questions the window must not ask on its own thread
// (which interfaces exist, which port is free), answered from the global
// thread pool with signals.
class ServeSession : public QObject {
    Q_OBJECT

public:
    // The server's own state: nothing here keeps a second copy of it.
    using State = Server::State;

    explicit ServeSession(QObject *parent = nullptr);
    ~ServeSession() override;

    Server &server() { return m_server; }
    State state() const { return m_server.state(); }
    const ServerConfig &config() const { return m_config; }
    // Where the server answers (valid while Running): loopback first, then
    // network addresses, best first. Network URLs carry the access key
    // ("?key="), loopback ones don't: this computer needs none.
    const QList<ServedUrl> &urls() const { return m_urls; }
    // The key other devices need while sharing; empty when there is none.
    QByteArray accessKey() const { return m_config.accessKey; }

    // A key pinned on the command line (--key) stays the same for every
    // start; otherwise each start draws a new one (if the config has a key
    // at all: an empty one means --no-key).
    void setAccessKeyPinned(bool pinned) { m_accessKeyPinned = pinned; }
    bool isAccessKeyPinned() const { return m_accessKeyPinned; }

    // Starts sharing with a new access key unless it is pinned, and the
    // chain `routes` makes for that config.
    void start(ServerConfig config, const RoutesForConfig &routes);
    // Starts with `config` exactly as given, key included.
    void start(const ServerConfig &config, RouterFactory routes);
    void stop();
    // Looks at the interfaces again (a laptop changed networks).
    void refreshAddresses();

Q_SIGNALS:
    void stateChanged(Servery::Server::State state);
    // `suggestedPort` is a free port to offer instead, or 0.
    void startFailed(const Servery::ServerError &error, quint16 suggestedPort);
    void urlsChanged(const QList<Servery::ServedUrl> &urls);

private:
    void announceState();
    void onStarted();
    void onStartFailed(const ServerError &error);
    QList<ServedUrl> withKey(QList<ServedUrl> urls) const;

    Server m_server;
    State m_announced = State::Stopped; // what stateChanged() said last
    ServerConfig m_config;
    QList<ServedUrl> m_urls;
    quint64 m_generation = 0;
    bool m_accessKeyPinned = false;
    QTimer m_refreshTimer;
};

} // namespace Servery
