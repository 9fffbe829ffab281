#include "server/net/Platform.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <climits>
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

QHostAddress peerAddressOf(qintptr descriptor)
{
    sockaddr_storage storage {};
#ifdef Q_OS_WIN
    int length = sizeof storage;
    if (::getpeername(SOCKET(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
#else
    socklen_t length = sizeof storage;
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0)
        return {};
#endif
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
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
