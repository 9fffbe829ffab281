#pragma once

// The few operating-system calls Qt does not wrap.

#include <QHostAddress>
#include <QtGlobal>

namespace Servery {

// Half-closes the sending side of a connected socket (TCP FIN) while it stays
// open for reading. Qt has no API for this, and a lingering close needs it:
// closing outright while request bytes are unread makes the kernel answer
// with RST, which can destroy the response before the client reads it.
bool shutdownSocketWrite(qintptr descriptor);

// Closes a socket descriptor nobody has taken over.
void closeSocketDescriptor(qintptr descriptor);

// An IPv4 address a dual-stack socket reports as ::ffff:a.b.c.d, as plain
// IPv4; any other address as it is.
QHostAddress plainAddress(const QHostAddress &address);

// The peer's (or the local) address and port of a connected socket, IPv4
// of a dual-stack socket as plain IPv4. False if the system cannot say.
enum class SocketEnd { Peer, Local };
bool socketAddress(qintptr descriptor, SocketEnd end, QHostAddress *address, quint16 *port);

// The address of the peer of a connected socket, or a null address. For the
// acceptor, which only holds descriptors.
QHostAddress peerAddressOf(qintptr descriptor);

// Takes one waiting connection off a listening socket, without blocking:
// the new descriptor is non-blocking where the system can make it so in the
// same call (Linux), and closed on exec. The peer's address (plain IPv4 for
// IPv4 peers) and port come with it.
enum class AcceptResult {
    Accepted,
    NothingPending, // nothing waits (EAGAIN)
    Retry, // that one went away before it was taken; others may wait
    OutOfResources, // out of descriptors or memory: try again shortly
    Failed, // anything else
};
AcceptResult acceptConnection(qintptr listener, qintptr *descriptor, QHostAddress *peer, quint16 *peerPort);

// Lowers the calling thread's scheduling priority a little below the
// process's other threads (Linux: nice +4 for this thread alone; elsewhere
// QThread::LowPriority, where the system honours it).
void lowerCurrentThreadPriority();

// Raises the soft limit on open file descriptors to the hard limit (capped),
// so thousands of connections fit. Returns the limit now in effect, or -1
// where the platform has no such limit.
qint64 raiseOpenFileLimit();

} // namespace Servery
