#pragma once

// A handler link for tests of request bodies: it takes the body of every
// POST, PUT and PATCH into a sink that records what it was given, and which
// is deliberately awkward: driven by a seeded generator, it answers Busy on
// some writes and says ready() from a later timer event, it can hold Busy
// until the test releases it, or fail after so many bytes.

#include "server/route/StandardRoutes.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Servery::Test {

// How the test's sinks behave; fixed before the server starts.
struct SinkPlan {
    quint32 seed = 1;
    int busyPercent = 0; // chance that a write answers Busy...
    int maxReadyDelayMs = 0; // ...and says ready() 0..this many ms later
    qint64 holdAfter = -1; // once this many bytes arrived: Busy until SinkLog::release()
    qint64 failAfter = -1; // once this many bytes arrived: Failed
    qint64 maxBodyBytes = -1; // the link's Decision::readBody limit
};

// What the sinks did, for the test thread. Sinks live on a worker thread:
// counters are atomics, the rest is behind a mutex, and every call is also
// announced by a queued `changed()` so the test can wait on a signal.
class SinkLog : public QObject {
    Q_OBJECT

public:
    explicit SinkLog(SinkPlan plan);

    const SinkPlan plan;
    std::atomic<int> sinks {0};
    std::atomic<int> writes {0};
    std::atomic<int> finishes {0};
    std::atomic<int> aborts {0};
    std::atomic<int> busyAnswers {0};
    // write() with no bytes, write() while Busy or after the end, a second
    // finish()/abort(): calls the BodySink contract rules out.
    std::atomic<int> contractBreaches {0};
    std::atomic<qint64> bytes {0};
    std::atomic<bool> holding {false};
    std::atomic<qint64> abortedAtMs {-1}; // steadyMs()

    // Of the last sink that ended.
    QByteArray sha256() const;
    QList<qint64> writeSizes() const;

    // From the test thread: the holding sink may go on.
    void release();

    // For the sinks, on their worker thread.
    void publish(QByteArray sha256, QList<qint64> writeSizes);
    void setRelease(const void *owner, std::function<void()> release);
    void forgetRelease(const void *owner);
    void announce();

    static qint64 steadyMs();

Q_SIGNALS:
    void changed();

private:
    mutable QMutex m_mutex;
    QByteArray m_sha256;
    QList<qint64> m_writeSizes;
    std::function<void()> m_release;
    const void *m_releaseOwner = nullptr;
};

// A chain of one link: bodies of POST, PUT and PATCH go to a recording sink,
// except on /refuse, which the link answers 403 from the head alone.
RoutesForConfig recordingRoutes(const std::shared_ptr<SinkLog> &log);

} // namespace Servery::Test
