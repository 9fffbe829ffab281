#pragma once

#include <QtGlobal>

#ifdef Q_OS_LINUX

#include <QAbstractEventDispatcher>
#include <QHash>
#include <QList>
#include <QSocketNotifier>

#include <sys/epoll.h>

#include <atomic>
#include <vector>

namespace Servery {

// The workers' event loop on Linux: epoll instead of Qt's poll(), whose
// cost grows with every connection open (each pass hands the kernel the
// whole list of descriptors, and walks it again afterwards). Here a pass
// costs what is ready, however many connections wait.
//
// Installed on each worker thread before it starts (QThread::
// setEventDispatcher); other platforms keep Qt's own dispatcher. What it
// does is what QEventDispatcherUNIX does: posted events first, then level-
// triggered socket notifiers (QEvent::SockAct), then due timers
// (QTimerEvent), waiting in between no longer than the next timer. Qt
// calls wakeUp() whenever an event is posted to the thread; an eventfd
// carries it into epoll_wait().
class EpollDispatcher final : public QAbstractEventDispatcher {
    Q_OBJECT

public:
    explicit EpollDispatcher(QObject *parent = nullptr);
    ~EpollDispatcher() override;

    bool processEvents(QEventLoop::ProcessEventsFlags flags) override;

    void registerSocketNotifier(QSocketNotifier *notifier) override;
    void unregisterSocketNotifier(QSocketNotifier *notifier) override;

    void registerTimer(int timerId, qint64 interval, Qt::TimerType timerType, QObject *object) override;
    bool unregisterTimer(int timerId) override;
    bool unregisterTimers(QObject *object) override;
    QList<TimerInfo> registeredTimers(QObject *object) const override;
    int remainingTime(int timerId) override;

    void wakeUp() override;
    void interrupt() override;

private:
    struct Watch {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
        QSocketNotifier *exception = nullptr;
        quint32 events = 0; // registered with epoll
    };
    struct Timer {
        int id = 0;
        qint64 intervalMs = 0;
        Qt::TimerType type = Qt::CoarseTimer;
        QObject *object = nullptr;
        qint64 dueNs = 0; // on the monotonic clock
        bool firing = false; // its event is being delivered
    };

    void updateWatch(int fd, Watch &watch);
    int waitMs(QEventLoop::ProcessEventsFlags flags) const;
    bool activateSockets(int ready, bool deliver);
    bool fireTimers();
    static qint64 nowNs();

    int m_epoll = -1;
    int m_wakeFd = -1;
    std::atomic<bool> m_wakePending {false};
    std::atomic<bool> m_interrupted {false};
    std::atomic<QThread *> m_loopThread {nullptr};
    bool m_postedHere = false; // posted from the loop's thread since the pass began
    QHash<int, Watch> m_watches;
    QHash<int, Timer> m_timers;
    std::vector<epoll_event> m_ready;
    // Activations of one pass, looked up again before each is delivered:
    // an earlier one may have removed (or replaced) the notifier.
    struct Activation {
        int fd;
        QSocketNotifier::Type type;
        QSocketNotifier *notifier;
    };
    std::vector<Activation> m_activations;
};

} // namespace Servery

#endif // Q_OS_LINUX
