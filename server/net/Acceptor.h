#pragma once

#include "server/net/EngineState.h"
#include "server/net/ServerConfig.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Servery {

class Worker;

// A listening socket that hands every accepted descriptor to a callback
// instead of creating a QTcpSocket itself: sockets never cross threads,
// descriptors do.
class Listener final : public QTcpServer {
    Q_OBJECT

public:
    Listener(std::function<void(qintptr)> onIncoming, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    std::function<void(qintptr)> m_onIncoming;
};

// Lives on its own thread. Opens the listening sockets, then spreads accepted
// connections over the workers, least loaded first. Past the connection limit
// connections are still accepted, to be told 503; past a further slack it
// stops accepting until connections close.
// Only values reach the workers: descriptors, posted to their threads.
class Acceptor : public QObject {
    Q_OBJECT

public:
    struct ListenResult {
        bool ok = false;
        quint16 port = 0;
        QList<QHostAddress> addresses; // what the sockets are bound to
        ServerError error;
    };

    Acceptor(std::shared_ptr<EngineState> engine, QList<Worker *> workers);

    // Acceptor thread only.
    ListenResult listen();
    void close();

private:
    void dispatch(qintptr descriptor);
    bool tryListen(const QList<QHostAddress> &addresses, quint16 port, ListenResult *result);
    void setPaused(bool paused);
    void resumeIfBelowLimit();

    std::shared_ptr<EngineState> m_engine;
    QList<Worker *> m_workers;
    QList<Listener *> m_listeners;
    bool m_paused = false;
    // While paused, checks whether connections have closed. Polling keeps
    // workers from ever calling into this thread.
    QTimer m_resumeTimer;
};

} // namespace Servery
