#include "server/net/Platform.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#endif

#include <QThread>

namespace Servery {

bool shutdownSocketWrite(qintptr descriptor)
{
#ifdef Q_OS_WIN
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#endif
}

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // Linux keeps a nice value per thread.
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 4);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

void closeSocketDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

QHostAddress plainAddress(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

namespace {

void fromSockaddr(const sockaddr_storage &storage, QHostAddress *address, quint16 *port)
{
    *address = plainAddress(QHostAddress(reinterpret_cast<const sockaddr *>(&storage)));
    if (storage.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
    else if (storage.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port);
    else
        *port = 0;
}

} // namespace

bool socketAddress(qintptr descriptor, SocketEnd end, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage {};
    auto *sa = reinterpret_cast<sockaddr *>(&storage);
#ifdef Q_OS_WIN
    int length = sizeof storage;
    const SOCKET s = SOCKET(descriptor);
#else
    socklen_t length = sizeof storage;
    const int s = int(descriptor);
#endif
    if ((end == SocketEnd::Peer ? ::getpeername(s, sa, &length) : ::getsockname(s, sa, &length)) != 0)
        return false;
    fromSockaddr(storage, address, port);
    return true;
}

QHostAddress peerAddressOf(qintptr descriptor)
{
    QHostAddress address;
    quint16 port = 0;
    return socketAddress(descriptor, SocketEnd::Peer, &address, &port) ? address : QHostAddress();
}

AcceptResult acceptConnection(qintptr listener, qintptr *descriptor, QHostAddress *peer, quint16 *peerPort)
{
    sockaddr_storage from {};
    auto *sa = reinterpret_cast<sockaddr *>(&from);
#if defined(Q_OS_WIN)
    int length = sizeof from;
    const SOCKET fd = ::accept(SOCKET(listener), sa, &length);
    if (fd == INVALID_SOCKET) {
        switch (WSAGetLastError()) {
        case WSAEWOULDBLOCK:
            return AcceptResult::NothingPending;
        case WSAECONNRESET:
        case WSAEINTR:
            return AcceptResult::Retry;
        case WSAEMFILE:
        case WSAENOBUFS:
            return AcceptResult::OutOfResources;
        default:
            return AcceptResult::Failed;
        }
    }
#else
    socklen_t length = sizeof from;
#if defined(Q_OS_LINUX)
    const int fd = ::accept4(int(listener), sa, &length, SOCK_NONBLOCK | SOCK_CLOEXEC);
#else
    const int fd = ::accept(int(listener), sa, &length);
    if (fd != -1)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
    if (fd == -1) {
        switch (errno) {
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
            return AcceptResult::NothingPending;
        case EINTR:
        case ECONNABORTED:
        case EPROTO:
            return AcceptResult::Retry;
        case EMFILE:
        case ENFILE:
        case ENOBUFS:
        case ENOMEM:
            return AcceptResult::OutOfResources;
        default:
            return AcceptResult::Failed;
        }
    }
#endif
    *descriptor = qintptr(fd);
    fromSockaddr(from, peer, peerPort);
    return AcceptResult::Accepted;
}

qint64 raiseOpenFileLimit()
{
#ifdef Q_OS_WIN
    return -1;
#else
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
        // 65536 is plenty for this server anywhere; macOS refuses more than
        // OPEN_MAX even when the hard limit says "unlimited".
#ifdef Q_OS_MACOS
    constexpr rlim_t cap = OPEN_MAX;
#else
    constexpr rlim_t cap = 65536;
#endif
    const rlim_t wanted = limit.rlim_max == RLIM_INFINITY ? cap : std::min(limit.rlim_max, cap);
    if (limit.rlim_cur < wanted) {
        rlimit raised = limit;
        raised.rlim_cur = wanted;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return limit.rlim_cur == RLIM_INFINITY ? cap : qint64(limit.rlim_cur);
#endif
}

} // namespace Servery
