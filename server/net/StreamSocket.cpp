#include "server/net/StreamSocket.h"

#include "server/net/Platform.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#endif

namespace Servery {

namespace {

// What one readInto() step asks the kernel for: at least a few request
// heads' worth, more when the buffer has grown (it keeps its capacity
// between requests), never more than a large body's piece.
constexpr qint64 kMinReadStep = 4 * 1024;
constexpr qint64 kMaxReadStep = 64 * 1024;
// Pieces handed to the kernel in one call.
constexpr int kMaxPiecesPerSend = 32;

#ifdef Q_OS_WIN
using Native = SOCKET;
bool wouldBlock()
{
    return WSAGetLastError() == WSAEWOULDBLOCK;
}
bool interrupted()
{
    return WSAGetLastError() == WSAEINTR;
}
#else
using Native = int;
bool wouldBlock()
{
    return errno == EAGAIN || errno == EWOULDBLOCK;
}
bool interrupted()
{
    return errno == EINTR;
}
#endif

Native native(qintptr fd)
{
    return Native(fd);
}

// recv(): bytes read, 0 at the end of the stream, -1 on failure (errno or
// WSAGetLastError() says which).
qint64 receive(qintptr fd, char *into, qint64 max)
{
    for (;;) {
#ifdef Q_OS_WIN
        const int n = ::recv(native(fd), into, int(std::min<qint64>(max, INT_MAX)), 0);
#else
        const ssize_t n = ::recv(native(fd), into, size_t(max), 0);
#endif
        if (n < 0 && interrupted())
            continue;
        return qint64(n);
    }
}

} // namespace

StreamSocket::StreamSocket(QObject *parent)
    : QObject(parent)
{
}

StreamSocket::~StreamSocket()
{
    abort();
}

bool StreamSocket::open(qintptr descriptor, const QHostAddress &peer, quint16 peerPort, const QHostAddress &local,
                        QString *error)
{
    m_fd = descriptor;
    bool ok = true;
#ifdef Q_OS_WIN
    u_long nonBlocking = 1;
    ok = ::ioctlsocket(native(m_fd), FIONBIO, &nonBlocking) == 0;
    const char noDelay = 1;
#else
    // accept4() on Linux made it non-blocking already: no F_SETFL then.
    const int flags = ::fcntl(native(m_fd), F_GETFL);
    ok = flags != -1 && ((flags & O_NONBLOCK) || ::fcntl(native(m_fd), F_SETFL, flags | O_NONBLOCK) != -1);
    const int noDelay = 1;
#ifdef SO_NOSIGPIPE
    // Where send() has no MSG_NOSIGNAL (macOS): a reset peer must not kill us.
    const int noSigPipe = 1;
    ::setsockopt(native(m_fd), SOL_SOCKET, SO_NOSIGPIPE, &noSigPipe, sizeof noSigPipe);
#endif
#endif
    m_peer = peer;
    m_peerPort = peerPort;
    m_local = local;
    ok = ok && (!m_peer.isNull() || socketAddress(m_fd, SocketEnd::Peer, &m_peer, &m_peerPort));
    quint16 localPort = 0;
    ok = ok && (!m_local.isNull() || socketAddress(m_fd, SocketEnd::Local, &m_local, &localPort));
    if (!ok) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        closeSocketDescriptor(m_fd);
        m_fd = -1;
        return false;
    }
    // Responses go out whole as soon as they are ready.
    ::setsockopt(native(m_fd), IPPROTO_TCP, TCP_NODELAY, &noDelay, sizeof noDelay);

    m_readNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &StreamSocket::readable);
    // The write notifier is made the first time the kernel's buffer fills
    // (updateNotifiers): most connections never need one.
    return true;
}

qint64 StreamSocket::readInto(QByteArray &buffer, qint64 max)
{
    qint64 got = 0;
    while (m_fd != -1 && !m_ended && got < max) {
        const qsizetype before = buffer.size();
        const qint64 step
            = std::min(max - got, std::clamp<qint64>(buffer.capacity() - before, kMinReadStep, kMaxReadStep));
        buffer.resize(before + qsizetype(step));
        const qint64 n = receive(m_fd, buffer.data() + before, step);
        buffer.resize(before + qsizetype(std::max<qint64>(n, 0)));
        if (n > 0) {
            got += n;
            if (n < step)
                break; // the kernel had no more
            continue;
        }
        if (n < 0 && wouldBlock())
            break;
        // 0: the peer's FIN. Anything else: the connection is broken.
        m_ended = true;
        updateNotifiers();
    }
    return got;
}

qint64 StreamSocket::discardInput()
{
    std::array<char, 16 * 1024> scratch;
    qint64 total = 0;
    while (m_fd != -1 && !m_ended) {
        const qint64 n = receive(m_fd, scratch.data(), qint64(scratch.size()));
        if (n > 0) {
            total += n;
            continue;
        }
        if (n < 0 && wouldBlock())
            break;
        m_ended = true;
        updateNotifiers();
    }
    return total;
}

void StreamSocket::setReadInterest(bool wanted)
{
    if (m_readWanted == wanted)
        return;
    m_readWanted = wanted;
    updateNotifiers();
}

void StreamSocket::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_fd == -1)
        return;
    m_queue.push_back(bytes);
    m_pending += bytes.size();
    // The write notifier waits for flush(): most answers leave in that one
    // call, and turning the notifier on and off costs two system calls.
}

bool StreamSocket::send()
{
    while (m_pending > 0) {
        int pieces = 0;
        qint64 offered = 0;
#ifdef Q_OS_WIN
        std::array<WSABUF, kMaxPiecesPerSend> parts;
        for (auto it = m_queue.begin(); it != m_queue.end() && pieces < kMaxPiecesPerSend; ++it, ++pieces) {
            const qsizetype skip = pieces == 0 ? m_headOffset : 0;
            parts[pieces].buf = const_cast<char *>(it->constData() + skip);
            parts[pieces].len = ULONG(it->size() - skip);
            offered += qint64(parts[pieces].len);
        }
        DWORD sentBytes = 0;
        const int rc = ::WSASend(native(m_fd), parts.data(), DWORD(pieces), &sentBytes, 0, nullptr, nullptr);
        if (rc != 0) {
            if (wouldBlock())
                return true;
            return false;
        }
        qint64 sent = qint64(sentBytes);
#else
        std::array<iovec, kMaxPiecesPerSend> parts;
        for (auto it = m_queue.begin(); it != m_queue.end() && pieces < kMaxPiecesPerSend; ++it, ++pieces) {
            const qsizetype skip = pieces == 0 ? m_headOffset : 0;
            parts[pieces].iov_base = const_cast<char *>(it->constData() + skip);
            parts[pieces].iov_len = size_t(it->size() - skip);
            offered += qint64(parts[pieces].iov_len);
        }
        msghdr message {};
        message.msg_iov = parts.data();
        message.msg_iovlen = decltype(message.msg_iovlen)(pieces);
#ifdef MSG_NOSIGNAL
        constexpr int flags = MSG_NOSIGNAL;
#else
        constexpr int flags = 0;
#endif
        const ssize_t rc = ::sendmsg(native(m_fd), &message, flags);
        if (rc < 0) {
            if (interrupted())
                continue;
            if (wouldBlock())
                return true;
            return false;
        }
        qint64 sent = qint64(rc);
#endif
        const qint64 accepted = sent;
        m_pending -= sent;
        while (sent > 0) {
            const qsizetype left = m_queue.front().size() - m_headOffset;
            if (sent >= left) {
                sent -= left;
                m_queue.pop_front();
                m_headOffset = 0;
            } else {
                m_headOffset += qsizetype(sent);
                sent = 0;
            }
        }
        if (accepted < offered)
            return true; // the kernel's buffer is full: the notifier says when to go on
    }
    return true;
}

bool StreamSocket::flush()
{
    if (m_fd == -1)
        return false;
    const bool ok = send();
    updateNotifiers();
    return ok;
}

void StreamSocket::onWriteActivated()
{
    const qint64 before = m_pending;
    if (!send()) {
        updateNotifiers();
        Q_EMIT writeFailed();
        return;
    }
    // The owner usually queues the next pieces at once: the notifier stays
    // on through that, rather than off and on again (each a system call).
    if (m_pending < before)
        Q_EMIT bytesWritten(before - m_pending);
    updateNotifiers();
}

void StreamSocket::updateNotifiers()
{
    if (m_readNotifier) {
        const bool read = m_readWanted && !m_ended;
        if (m_readNotifier->isEnabled() != read)
            m_readNotifier->setEnabled(read);
    }
    const bool write = m_pending > 0 && m_fd != -1;
    if (write && !m_writeNotifier) {
        m_writeNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Write, this);
        connect(m_writeNotifier, &QSocketNotifier::activated, this, &StreamSocket::onWriteActivated);
    } else if (m_writeNotifier && m_writeNotifier->isEnabled() != write) {
        m_writeNotifier->setEnabled(write);
    }
}

bool StreamSocket::shutdownWrite()
{
    return m_fd != -1 && shutdownSocketWrite(m_fd);
}

void StreamSocket::abort()
{
    if (m_fd == -1)
        return;
    // Notifiers go before their descriptor does.
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    closeSocketDescriptor(m_fd);
    m_fd = -1;
    m_ended = true;
    m_queue.clear();
    m_headOffset = 0;
    m_pending = 0;
}

} // namespace Servery
