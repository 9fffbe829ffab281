#include "server/util/BackgroundPool.h"

#include <QThread>
#include <QThreadPool>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Servery {

QThreadPool &backgroundPool()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        pool.setObjectName(QStringLiteral("servery-background"));
        return true;
    }();
    Q_UNUSED(configured);
    return pool;
}

void lowerThreadPriority()
{
#if defined(Q_OS_LINUX)
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    // On Linux, nice applies to the thread whose id is given.
    ::setpriority(PRIO_PROCESS, id_t(::syscall(SYS_gettid)), 10);
#endif
}

void releaseFreeMemory()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

} // namespace Servery
