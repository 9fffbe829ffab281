#include "server/net/EpollDispatcher.h"

#ifdef Q_OS_LINUX

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QThread>
#include <QTimerEvent>
#include <QVarLengthArray>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <ctime>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace Servery {

Q_LOGGING_CATEGORY(lcEpoll, "servery.server.epoll")

namespace {

constexpr int kMaxEventsPerPass = 256;

quint32 eventsFor(bool read, bool write, bool exception)
{
    return (read ? quint32(EPOLLIN) : 0u) | (write ? quint32(EPOLLOUT) : 0u) | (exception ? quint32(EPOLLPRI) : 0u);
}

} // namespace

EpollDispatcher::EpollDispatcher(QObject *parent)
    : QAbstractEventDispatcher(parent)
    , m_ready(kMaxEventsPerPass)
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (m_epoll == -1 || m_wakeFd == -1)
        qFatal("servery: cannot create the workers' event loop (epoll/eventfd): %s", strerror(errno));
    epoll_event ev {};
    ev.events = EPOLLIN;
    ev.data.fd = m_wakeFd;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev);
}

EpollDispatcher::~EpollDispatcher()
{
    ::close(m_wakeFd);
    ::close(m_epoll);
}

qint64 EpollDispatcher::nowNs()
{
    timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// --- Sockets ----------------------------------------------------------------

void EpollDispatcher::registerSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    Watch &watch = m_watches[fd];
    switch (notifier->type()) {
    case QSocketNotifier::Read:
        watch.read = notifier;
        break;
    case QSocketNotifier::Write:
        watch.write = notifier;
        break;
    case QSocketNotifier::Exception:
        watch.exception = notifier;
        break;
    }
    updateWatch(fd, watch);
}

void EpollDispatcher::unregisterSocketNotifier(QSocketNotifier *notifier)
{
    const int fd = int(notifier->socket());
    const auto it = m_watches.find(fd);
    if (it == m_watches.end())
        return;
    Watch &watch = it.value();
    if (watch.read == notifier)
        watch.read = nullptr;
    if (watch.write == notifier)
        watch.write = nullptr;
    if (watch.exception == notifier)
        watch.exception = nullptr;
    updateWatch(fd, watch);
    if (!watch.read && !watch.write && !watch.exception)
        m_watches.erase(it);
}

void EpollDispatcher::updateWatch(int fd, Watch &watch)
{
    const quint32 wanted = eventsFor(watch.read, watch.write, watch.exception);
    if (wanted == watch.events)
        return;
    epoll_event ev {};
    ev.events = wanted;
    ev.data.fd = fd;
    int rc = 0;
    if (wanted == 0) {
        rc = ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, &ev);
        // Closed already: the kernel dropped it from the set by itself.
        if (rc == -1 && (errno == EBADF || errno == ENOENT))
            rc = 0;
    } else if (watch.events == 0) {
        rc = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
        if (rc == -1 && errno == EEXIST) // a descriptor number closed and reused unseen
            rc = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
    } else {
        rc = ::epoll_ctl(m_epoll, EPOLL_CTL_MOD, fd, &ev);
        if (rc == -1 && errno == ENOENT) // closed and reopened under the same number
            rc = ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev);
    }
    if (rc == -1)
        qCWarning(lcEpoll) << "epoll_ctl failed for descriptor" << fd << ":" << strerror(errno);
    watch.events = rc == -1 ? 0 : wanted;
}

bool EpollDispatcher::activateSockets(int ready, bool deliver)
{
    m_activations.clear();
    for (int i = 0; i < ready; ++i) {
        const int fd = m_ready[size_t(i)].data.fd;
        const quint32 e = m_ready[size_t(i)].events;
        if (fd == m_wakeFd) {
            eventfd_t value = 0;
            ::eventfd_read(m_wakeFd, &value);
            m_wakePending.store(false, std::memory_order_release);
            continue;
        }
        const auto it = m_watches.constFind(fd);
        if (!deliver || it == m_watches.constEnd())
            continue;
        const Watch &watch = it.value();
        // As Qt's poll() dispatcher maps them: a hang-up or an error wakes
        // the reader (and an error the writer), so nobody waits for ever.
        const bool readable = e & (EPOLLIN | EPOLLHUP | EPOLLERR);
        const bool writable = (e & (EPOLLOUT | EPOLLERR)) || ((e & EPOLLHUP) && !watch.read);
        if (readable && watch.read)
            m_activations.push_back({fd, QSocketNotifier::Read, watch.read});
        if (writable && watch.write)
            m_activations.push_back({fd, QSocketNotifier::Write, watch.write});
        if ((e & EPOLLPRI) && watch.exception)
            m_activations.push_back({fd, QSocketNotifier::Exception, watch.exception});
    }
    bool delivered = false;
    for (const Activation &a : m_activations) {
        // An earlier delivery of this pass may have disabled or deleted it.
        const auto it = m_watches.constFind(a.fd);
        if (it == m_watches.constEnd())
            continue;
        QSocketNotifier *const current = a.type == QSocketNotifier::Read ? it->read
            : a.type == QSocketNotifier::Write                           ? it->write
                                                                         : it->exception;
        if (current != a.notifier)
            continue;
        QEvent event(QEvent::SockAct);
        QCoreApplication::sendEvent(current, &event);
        delivered = true;
    }
    return delivered;
}

// --- Timers -----------------------------------------------------------------

void EpollDispatcher::registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object)
{
    Timer t;
    t.id = timerId;
    t.intervalMs = std::max<qint64>(0, interval);
    t.type = timerType;
    t.object = object;
    t.dueNs = nowNs() + t.intervalMs * 1'000'000;
    m_timers.insert(timerId, t);
}

bool EpollDispatcher::unregisterTimer(int timerId)
{
    return m_timers.remove(timerId);
}

bool EpollDispatcher::unregisterTimers(QObject *object)
{
    bool any = false;
    for (auto it = m_timers.begin(); it != m_timers.end();) {
        if (it->object == object) {
            it = m_timers.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    return any;
}

QList<QAbstractEventDispatcher::TimerInfo> EpollDispatcher::registeredTimers(QObject *object) const
{
    QList<TimerInfo> list;
    for (const Timer &t : m_timers) {
        if (t.object == object)
            list.append(TimerInfo(t.id, int(t.intervalMs), t.type));
    }
    return list;
}

int EpollDispatcher::remainingTime(int timerId)
{
    const auto it = m_timers.constFind(timerId);
    if (it == m_timers.constEnd())
        return -1;
    return int(std::clamp<qint64>((it->dueNs - nowNs() + 999'999) / 1'000'000, 0, INT_MAX));
}

int EpollDispatcher::waitMs(QEventLoop::ProcessEventsFlags flags) const
{
    if (!(flags & QEventLoop::WaitForMoreEvents) || m_interrupted.load(std::memory_order_acquire))
        return 0;
    if (flags & QEventLoop::X11ExcludeTimers)
        return -1;
    qint64 soonestNs = -1;
    const qint64 now = nowNs();
    for (const Timer &t : m_timers) {
        if (t.firing)
            continue;
        const qint64 wait = std::max<qint64>(0, t.dueNs - now);
        if (soonestNs < 0 || wait < soonestNs)
            soonestNs = wait;
    }
    // Rounded up: a timer never fires early.
    return soonestNs < 0 ? -1 : int(std::min<qint64>((soonestNs + 999'999) / 1'000'000, INT_MAX));
}

bool EpollDispatcher::fireTimers()
{
    if (m_timers.isEmpty())
        return false;
    const qint64 now = nowNs();
    QVarLengthArray<int, 16> due;
    for (const Timer &t : m_timers) {
        if (!t.firing && t.dueNs <= now)
            due.append(t.id);
    }
    bool fired = false;
    for (int id : due) {
        // An earlier timer's handler may have stopped or restarted this one.
        auto it = m_timers.find(id);
        if (it == m_timers.end() || it->firing || it->dueNs > now)
            continue;
        // The next time keeps the phase, unless whole periods were missed.
        const qint64 intervalNs = it->intervalMs * 1'000'000;
        it->dueNs += intervalNs;
        if (it->dueNs <= now)
            it->dueNs = now + intervalNs;
        it->firing = true;
        QObject *const object = it->object;
        QTimerEvent event(id);
        QCoreApplication::sendEvent(object, &event);
        fired = true;
        // The handler may have removed it (and the hash may have moved).
        it = m_timers.find(id);
        if (it != m_timers.end())
            it->firing = false;
    }
    return fired;
}

// --- The loop ---------------------------------------------------------------

bool EpollDispatcher::processEvents(QEventLoop::ProcessEventsFlags flags)
{
    m_loopThread.store(QThread::currentThread(), std::memory_order_relaxed);
    m_interrupted.store(false, std::memory_order_release);
    Q_EMIT awake();
    m_postedHere = false;
    QCoreApplication::sendPostedEvents();

    // Events posted while those were sent wait for the next pass, which
    // must then come at once.
    const int timeout = m_postedHere ? 0 : waitMs(flags);
    if (timeout != 0)
        Q_EMIT aboutToBlock();
    int ready = 0;
    do {
        ready = ::epoll_wait(m_epoll, m_ready.data(), int(m_ready.size()), timeout);
    } while (ready == -1 && errno == EINTR);
    if (ready == -1) {
        qCWarning(lcEpoll) << "epoll_wait failed:" << strerror(errno);
        ready = 0;
    }
    Q_EMIT awake();

    bool handled = activateSockets(ready, !(flags & QEventLoop::ExcludeSocketNotifiers));
    if (!(flags & QEventLoop::X11ExcludeTimers))
        handled = fireTimers() || handled;
    return handled;
}

void EpollDispatcher::wakeUp()
{
    // From the loop's own thread (deleteLater(), a queued call to itself)
    // there is nothing to wake: the thread is not waiting. The pass that
    // follows must only not wait (processEvents).
    if (QThread::currentThread() == m_loopThread.load(std::memory_order_relaxed)) {
        m_postedHere = true;
        return;
    }
    // Any other thread: one write until the loop has seen it.
    if (!m_wakePending.exchange(true, std::memory_order_acq_rel))
        ::eventfd_write(m_wakeFd, 1);
}

void EpollDispatcher::interrupt()
{
    m_interrupted.store(true, std::memory_order_release);
    wakeUp();
}

} // namespace Servery

#endif // Q_OS_LINUX
