// The workers' epoll event loop, on a thread of its own as the workers run
// it: timers, socket notifiers, events posted from other threads, deferred
// deletes and objects moving between threads behave as with Qt's own loop.

#include "server/net/EpollDispatcher.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <sys/socket.h>
#include <unistd.h>

#include <atomic>

using namespace Servery;
using namespace std::chrono_literals;

namespace {

// Runs `f` on `thread` and waits for it.
template<typename F> void onThread(QThread *thread, F f)
{
    QObject context;
    context.moveToThread(thread);
    QMetaObject::invokeMethod(&context, f, Qt::BlockingQueuedConnection);
    context.moveToThread(QThread::currentThread());
}

} // namespace

class tst_EpollDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void isTheThreadsDispatcher();
    void singleShotTimerFiresOnce();
    void timersNeverFireEarly();
    void repeatingTimerKeepsFiringUntilStopped();
    void remainingTime();
    void readNotifierFollowsTheSocket();
    void writeNotifierFiresWhileThereIsRoom();
    void hangUpWakesTheReader();
    void eventsPostedFromAnotherThreadArrivePromptly();
    void deleteLaterDeletes();
    void timersFollowAnObjectToAnotherThread();

private:
    QThread *m_thread = nullptr;
};

void tst_EpollDispatcher::init()
{
    m_thread = new QThread;
    m_thread->setEventDispatcher(new EpollDispatcher);
    m_thread->start();
}

void tst_EpollDispatcher::cleanup()
{
    m_thread->quit();
    QVERIFY(m_thread->wait(5000));
    delete m_thread;
    m_thread = nullptr;
}

void tst_EpollDispatcher::isTheThreadsDispatcher()
{
    QString name;
    onThread(m_thread,
             [&] { name = QString::fromLatin1(QAbstractEventDispatcher::instance()->metaObject()->className()); });
    QCOMPARE(name, QStringLiteral("Servery::EpollDispatcher"));
}

void tst_EpollDispatcher::singleShotTimerFiresOnce()
{
    std::atomic<int> fired {0};
    QElapsedTimer clock;
    std::atomic<qint64> firedAfterMs {-1};
    QTimer *timer = nullptr;
    onThread(m_thread, [&] {
        timer = new QTimer;
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, [&] {
            firedAfterMs = clock.elapsed();
            ++fired;
        });
        clock.start();
        timer->start(40);
    });
    QTRY_COMPARE_WITH_TIMEOUT(fired.load(), 1, 5000);
    // Never early (a reply rule's delay relies on it).
    QVERIFY2(firedAfterMs >= 40, QByteArray::number(firedAfterMs.load()).constData());
    // Twice the wait again: no second shot.
    QTest::qWait(80);
    QCOMPARE(fired.load(), 1);
    onThread(m_thread, [&] { delete timer; });
}

void tst_EpollDispatcher::timersNeverFireEarly()
{
    // Started at any point within a millisecond, a timer waits at least its
    // interval, measured in nanoseconds.
    constexpr int kTimers = 20;
    std::atomic<int> fired {0};
    std::atomic<int> early {0};
    onThread(m_thread, [&] {
        for (int i = 0; i < kTimers; ++i) {
            auto *clock = new QElapsedTimer;
            clock->start();
            QTimer::singleShot(7 + i % 5, Qt::PreciseTimer, [&, clock, interval = 7 + i % 5] {
                if (clock->nsecsElapsed() < qint64(interval) * 1'000'000)
                    ++early;
                delete clock;
                ++fired;
            });
            // Spread the starts over the sub-millisecond phase.
            QElapsedTimer spin;
            spin.start();
            while (spin.nsecsElapsed() < 150'000) { }
        }
    });
    QTRY_COMPARE_WITH_TIMEOUT(fired.load(), kTimers, 5000);
    QCOMPARE(early.load(), 0);
}

void tst_EpollDispatcher::repeatingTimerKeepsFiringUntilStopped()
{
    std::atomic<int> fired {0};
    QTimer *timer = nullptr;
    onThread(m_thread, [&] {
        timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, [&] { ++fired; });
        timer->start(5);
    });
    QTRY_VERIFY_WITH_TIMEOUT(fired.load() >= 5, 5000);
    int atStop = 0;
    onThread(m_thread, [&] {
        timer->stop();
        atStop = fired;
    });
    QTest::qWait(50);
    QCOMPARE(fired.load(), atStop);
    onThread(m_thread, [&] { delete timer; });
}

void tst_EpollDispatcher::remainingTime()
{
    int remaining = -2;
    int stopped = -2;
    onThread(m_thread, [&] {
        QTimer timer;
        timer.start(10'000);
        remaining = timer.remainingTime();
        timer.stop();
        stopped = timer.remainingTime();
    });
    QVERIFY2(remaining > 9'000 && remaining <= 10'000, QByteArray::number(remaining).constData());
    QCOMPARE(stopped, -1);
}

void tst_EpollDispatcher::readNotifierFollowsTheSocket()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    std::atomic<int> activations {0};
    QByteArray received;
    QSocketNotifier *notifier = nullptr;
    onThread(m_thread, [&] {
        notifier = new QSocketNotifier(fds[0], QSocketNotifier::Read);
        QObject::connect(notifier, &QSocketNotifier::activated, [&] {
            char buffer[64];
            const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
            if (n > 0)
                received.append(buffer, n);
            ++activations;
        });
    });
    QCOMPARE(::write(fds[1], "hello", 5), 5);
    QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 1, 5000);
    QByteArray seen;
    onThread(m_thread, [&] { seen = received; });
    QCOMPARE(seen, QByteArray("hello"));

    // Disabled, it stays quiet however much waits; enabled again, it wakes.
    onThread(m_thread, [&] { notifier->setEnabled(false); });
    QCOMPARE(::write(fds[1], "again", 5), 5);
    QTest::qWait(50);
    QCOMPARE(activations.load(), 1);
    onThread(m_thread, [&] { notifier->setEnabled(true); });
    QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 2, 5000);
    onThread(m_thread, [&] {
        seen = received;
        delete notifier;
    });
    QCOMPARE(seen, QByteArray("helloagain"));
    ::close(fds[0]);
    ::close(fds[1]);
}

void tst_EpollDispatcher::writeNotifierFiresWhileThereIsRoom()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    // Fill the socket's buffer: the writer must then wait for the reader.
    const QByteArray block(4096, 'x');
    qint64 written = 0;
    while (::write(fds[0], block.constData(), size_t(block.size())) > 0)
        written += block.size();
    QVERIFY(written > 0);
    std::atomic<int> activations {0};
    QSocketNotifier *notifier = nullptr;
    onThread(m_thread, [&] {
        // Read and write notifiers on one descriptor, as a connection has.
        auto *reader = new QSocketNotifier(fds[0], QSocketNotifier::Read);
        notifier = new QSocketNotifier(fds[0], QSocketNotifier::Write, reader);
        QObject::connect(notifier, &QSocketNotifier::activated, [&] {
            ++activations;
            notifier->setEnabled(false);
        });
    });
    QTest::qWait(50);
    QCOMPARE(activations.load(), 0);
    // Drain the other end: room again.
    char buffer[65536];
    while (::read(fds[1], buffer, sizeof buffer) > 0) { }
    QTRY_COMPARE_WITH_TIMEOUT(activations.load(), 1, 5000);
    onThread(m_thread, [&] { delete notifier->parent(); });
    ::close(fds[0]);
    ::close(fds[1]);
}

void tst_EpollDispatcher::hangUpWakesTheReader()
{
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds), 0);
    std::atomic<bool> sawEnd {false};
    QSocketNotifier *notifier = nullptr;
    onThread(m_thread, [&] {
        notifier = new QSocketNotifier(fds[0], QSocketNotifier::Read);
        QObject::connect(notifier, &QSocketNotifier::activated, [&] {
            char c;
            if (::read(fds[0], &c, 1) == 0) {
                sawEnd = true;
                notifier->setEnabled(false);
            }
        });
    });
    ::close(fds[1]);
    QTRY_VERIFY_WITH_TIMEOUT(sawEnd.load(), 5000);
    onThread(m_thread, [&] { delete notifier; });
    ::close(fds[0]);
}

void tst_EpollDispatcher::eventsPostedFromAnotherThreadArrivePromptly()
{
    // The loop waits with no timer at all: only the wake-up can end it.
    QObject receiver;
    receiver.moveToThread(m_thread);
    QTest::qWait(20);
    std::atomic<int> delivered {0};
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < 100; ++i)
        QMetaObject::invokeMethod(
            &receiver, [&] { ++delivered; }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(delivered.load(), 100, 5000);
    QVERIFY2(clock.elapsed() < 2000, QByteArray::number(clock.elapsed()).constData());
    onThread(m_thread, [&] { receiver.moveToThread(qApp->thread()); });
}

void tst_EpollDispatcher::deleteLaterDeletes()
{
    QPointer<QObject> doomed;
    onThread(m_thread, [&] {
        doomed = new QObject;
        doomed->deleteLater();
    });
    QTRY_VERIFY_WITH_TIMEOUT(doomed.isNull(), 5000);
}

void tst_EpollDispatcher::timersFollowAnObjectToAnotherThread()
{
    // Started on the epoll thread, moved to the main thread: the timer goes
    // with it (QObject::moveToThread asks registeredTimers()).
    std::atomic<int> fired {0};
    QTimer *timer = nullptr;
    QThread *main = QThread::currentThread();
    onThread(m_thread, [&] {
        timer = new QTimer;
        QObject::connect(timer, &QTimer::timeout, [&] { ++fired; });
        timer->start(5);
        timer->moveToThread(main);
    });
    QTRY_VERIFY_WITH_TIMEOUT(fired.load() >= 3, 5000);
    QCOMPARE(timer->thread(), main);
    delete timer;
}

QTEST_GUILESS_MAIN(tst_EpollDispatcher)
#include "tst_epolldispatcher.moc"
