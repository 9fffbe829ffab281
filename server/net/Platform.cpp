#include "server/net/Platform.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <climits>
#include <sys/resource.h>
#include <sys/socket.h>
#endif

namespace Servery {

bool shutdownSocketWrite(qintptr descriptor)
{
#ifdef Q_OS_WIN
    return ::shutdown(SOCKET(descriptor), SD_SEND) == 0;
#else
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
#endif
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
