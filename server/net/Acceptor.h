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

// Lives on its own thread. Opens the listening sockets (QTcpServer: binding,
// the port drawn, the errors in words), then lets the workers accept from
// them: each worker watches every listening socket and accepts on its own
// thread, so a new connection costs no handover between threads (see
// Worker::acceptFrom). Past the connection limit connections are still
// accepted, to be told 503; past a further slack a worker stops accepting
// until connections close.
//
// On Windows a socket's readiness can be watched by one thread only, so
// there the acceptor accepts and spreads connections over the workers,
// least loaded first, posting descriptors to their threads.
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

    // Whether the workers accept (everywhere but Windows).
    static constexpr bool kWorkersAccept =
#ifdef Q_OS_WIN
        false;
#else
        true;
#endif

    // Acceptor thread only.
    ListenResult listen();
    // Only once no worker accepts from the sockets any more (Worker::
    // stopListening): a worker must never watch a descriptor closed here.
    void close();

private:
    void handToWorkers(const QList<QHostAddress> &addresses);
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
