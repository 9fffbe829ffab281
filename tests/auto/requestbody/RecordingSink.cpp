#include "RecordingSink.h"

#include "server/route/BodySink.h"
#include "server/route/Handler.h"
#include "server/route/Router.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTimer>

#include <chrono>

namespace Servery::Test {

// --- SinkLog ------------------------------------------------------------------

SinkLog::SinkLog(SinkPlan p)
    : plan(p)
{
}

qint64 SinkLog::steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QByteArray SinkLog::sha256() const
{
    QMutexLocker lock(&m_mutex);
    return m_sha256;
}

QList<qint64> SinkLog::writeSizes() const
{
    QMutexLocker lock(&m_mutex);
    return m_writeSizes;
}

void SinkLog::release()
{
    // Under the lock: the sink cannot be destroyed while its release posts.
    QMutexLocker lock(&m_mutex);
    if (m_release)
        std::exchange(m_release, {})();
}

void SinkLog::publish(QByteArray sha256, QList<qint64> writeSizes)
{
    QMutexLocker lock(&m_mutex);
    m_sha256 = std::move(sha256);
    m_writeSizes = std::move(writeSizes);
}

void SinkLog::setRelease(const void *owner, std::function<void()> release)
{
    QMutexLocker lock(&m_mutex);
    m_releaseOwner = owner;
    m_release = std::move(release);
}

void SinkLog::forgetRelease(const void *owner)
{
    QMutexLocker lock(&m_mutex);
    if (m_releaseOwner == owner) {
        m_release = {};
        m_releaseOwner = nullptr;
    }
}

void SinkLog::announce()
{
    // Any thread: the signal is emitted on the test thread.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT changed(); }, Qt::QueuedConnection);
}

namespace {

class RecordingSink final : public BodySink {
public:
    RecordingSink(std::shared_ptr<SinkLog> log, quint32 seed)
        : m_log(std::move(log))
        , m_random(seed)
        , m_context(std::make_unique<QObject>()) // on the worker thread, like the sink
    {
        ++m_log->sinks;
    }

    ~RecordingSink() override { m_log->forgetRelease(this); }

    Status write(QByteArrayView bytes) override
    {
        if (bytes.isEmpty() || m_busy || m_ended)
            ++m_log->contractBreaches;
        ++m_log->writes;
        m_hash.addData(bytes);
        m_size += bytes.size();
        m_writeSizes.append(bytes.size());
        m_log->bytes.fetch_add(bytes.size());
        m_log->announce();

        const SinkPlan &plan = m_log->plan;
        if (plan.failAfter >= 0 && m_size >= plan.failAfter) {
            m_ended = true; // after Failed come only failure() and abort()
            return Status::Failed;
        }
        if (plan.holdAfter >= 0 && !m_held && m_size >= plan.holdAfter) {
            m_held = true;
            m_busy = true;
            QObject *context = m_context.get();
            m_log->setRelease(this, [this, context] {
                // From the test thread: ready() runs later, on the worker's.
                QMetaObject::invokeMethod(
                    context, [this] { becomeReady(); }, Qt::QueuedConnection);
            });
            m_log->holding = true;
            return Status::Busy;
        }
        if (plan.busyPercent > 0 && int(m_random.bounded(100)) < plan.busyPercent) {
            m_busy = true;
            ++m_log->busyAnswers;
            const int delay = int(m_random.bounded(quint32(plan.maxReadyDelayMs + 1)));
            // A timer is a later event on this thread, as ready() requires.
            QTimer::singleShot(delay, m_context.get(), [this] { becomeReady(); });
            return Status::Busy;
        }
        return Status::Ready;
    }

    HttpResponse finish() override
    {
        if (m_ended || m_aborted)
            ++m_log->contractBreaches;
        m_ended = true;
        m_finished = true;
        publish();
        ++m_log->finishes;
        m_log->announce();
        HttpResponse r;
        r.status = 200;
        r.handler = QStringLiteral("recording sink");
        r.headers.append("X-Received-Bytes", QByteArray::number(m_size));
        r.headers.append("X-Received-Sha256", m_hash.result().toHex());
        return r;
    }

    void abort() override
    {
        // abort() may follow Failed; only a second end is a breach.
        if (m_aborted || m_finished)
            ++m_log->contractBreaches;
        m_aborted = true;
        publish();
        m_log->abortedAtMs = SinkLog::steadyMs();
        ++m_log->aborts;
        m_log->announce();
    }

    HttpResponse failure() override { return HttpResponse::error(507, QStringLiteral("recording sink")); }

private:
    void becomeReady()
    {
        m_busy = false;
        m_log->holding = false;
        ready();
    }

    void publish() { m_log->publish(m_hash.result().toHex(), m_writeSizes); }

    std::shared_ptr<SinkLog> m_log;
    QRandomGenerator m_random;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    qint64 m_size = 0;
    QList<qint64> m_writeSizes;
    bool m_busy = false;
    bool m_held = false;
    bool m_ended = false;
    bool m_finished = false;
    bool m_aborted = false;
    // Last: destroyed first, which cancels pending ready() timers and posts.
    std::unique_ptr<QObject> m_context;
};

class RecordingLink final : public Handler {
public:
    explicit RecordingLink(std::shared_ptr<SinkLog> log)
        : m_log(std::move(log))
    {
    }

    QByteArrayList methods() const override { return {"POST", "PUT", "PATCH"}; }

    Decision handle(const RequestContext &context) override
    {
        if (context.request.path == "/refuse")
            return Decision::respond(HttpResponse::error(403, QStringLiteral("refuse")));
        const quint32 seed = m_log->plan.seed + quint32(m_log->sinks.load());
        return Decision::readBody(std::make_unique<RecordingSink>(m_log, seed), m_log->plan.maxBodyBytes);
    }

private:
    std::shared_ptr<SinkLog> m_log;
};

} // namespace

RoutesForConfig recordingRoutes(const std::shared_ptr<SinkLog> &log)
{
    return [log](const ServerConfig &) -> RouterFactory {
        return [log] {
            Router router;
            router.append(std::make_unique<RecordingLink>(log));
            return router;
        };
    };
}

} // namespace Servery::Test
