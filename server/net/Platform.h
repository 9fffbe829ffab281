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

// The address of the peer of a connected socket (IPv4 peers of a
// dual-stack socket as plain IPv4), or a null address. For the acceptor,
// which only holds descriptors.
QHostAddress peerAddressOf(qintptr descriptor);

// Lowers the calling thread's scheduling priority a little below the
// process's other threads (Linux: nice +4 for this thread alone; elsewhere
// QThread::LowPriority, where the system honours it).
void lowerCurrentThreadPriority();

// Raises the soft limit on open file descriptors to the hard limit (capped),
// so thousands of connections fit. Returns the limit now in effect, or -1
// where the platform has no such limit.
qint64 raiseOpenFileLimit();

} // namespace Servery
