#include "server/http/BodySource.h"

#include "server/util/BackgroundPool.h"

#include <QThreadPool>

#include <cstring>

namespace Servery {

// --- BodySource -------------------------------------------------------------

BodySource::~BodySource() = default;

void BodySource::setWakeUp(std::function<void()> wakeUp)
{
    m_wakeUp = std::move(wakeUp);
}

void BodySource::wakeUp()
{
    if (m_wakeUp)
        m_wakeUp();
}

BodySource::Status BodySource::fail(QString why)
{
    m_error = std::move(why);
    return Status::Error;
}

// --- Content ----------------------------------------------------------------

Content::~Content() = default;

BytesContent::BytesContent(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

qint64 BytesContent::readAt(char *buffer, qint64 length, qint64 offset)
{
    if (offset < 0 || length < 0)
        return -1;
    const qint64 n = std::clamp<qint64>(m_bytes.size() - offset, 0, length);
    if (n > 0)
        std::memcpy(buffer, m_bytes.constData() + offset, size_t(n));
    return n;
}

// --- BytesSource ------------------------------------------------------------

BytesSource::BytesSource(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

BodySource::Status BytesSource::read(QByteArray &out, qint64 max)
{
    const qsizetype n = qsizetype(std::min<qint64>(max, m_bytes.size() - m_done));
    if (out.isEmpty() && m_done == 0 && n == m_bytes.size())
        out = m_bytes; // shares the buffer, no copy
    else
        out.append(QByteArrayView(m_bytes).sliced(m_done, n));
    m_done += n;
    return m_done == m_bytes.size() ? Status::End : Status::Data;
}

// --- SlicesSource -----------------------------------------------------------

SlicesSource::SlicesSource(std::shared_ptr<Content> content, QList<Piece> pieces)
    : m_content(std::move(content))
{
    m_pieces.reserve(pieces.size());
    for (Piece &p : pieces) {
        m_size += p.size();
        m_pieces.append(std::move(p));
    }
}

SlicesSource::SlicesSource(std::shared_ptr<Content> content)
    : m_content(std::move(content))
{
    m_size = m_content->size();
    if (m_size > 0)
        m_pieces.append(Piece::slice(0, m_size));
}

BodySource::Status SlicesSource::read(QByteArray &out, qint64 max)
{
    while (max > 0 && m_index < m_pieces.size()) {
        const Piece &piece = m_pieces.at(m_index);
        const qint64 n = std::min(piece.size() - m_done, max);
        if (piece.length < 0) {
            out.append(QByteArrayView(piece.bytes).sliced(qsizetype(m_done), qsizetype(n)));
        } else {
            const qsizetype before = out.size();
            out.resize(before + qsizetype(n));
            const qint64 got = m_content->readAt(out.data() + before, n, piece.offset + m_done);
            if (got != n) {
                // The file shrank or failed under us: the promised length can
                // no longer be met.
                out.resize(before);
                m_content.reset();
                return fail(QStringLiteral("The file changed or could not be read while it was being sent"));
            }
        }
        m_done += n;
        max -= n;
        if (m_done == piece.size()) {
            ++m_index;
            m_done = 0;
        }
    }
    if (m_index < m_pieces.size())
        return Status::Data;
    m_content.reset(); // close the file as soon as it is read
    return Status::End;
}

// --- GeneratorSource --------------------------------------------------------

GeneratorSource::GeneratorSource(Generate generate, qint64 size)
    : m_generate(std::move(generate))
    , m_size(size)
{
}

BodySource::Status GeneratorSource::read(QByteArray &out, qint64 max)
{
    Status status = Status::Data;
    while (!m_finished && m_pending.size() < max) {
        // Room for one more piece, reserved up front: what is produced here
        // is handed to the socket as it is, and must not carry a large
        // spare capacity with it.
        const qsizetype before = m_pending.size();
        m_pending.reserve(before + qsizetype(max) + 4096);
        status = m_generate(m_pending, max - before);
        if (status == Status::End || status == Status::Error) {
            m_finished = true;
            m_generate = {}; // release what it holds (a folder's entries, say)
        }
        if (status == Status::Error)
            return fail(QStringLiteral("The response could not be produced"));
        if (status == Status::Wait || (status == Status::Data && m_pending.size() == before))
            break;
    }
    const qsizetype n = qsizetype(std::min<qint64>(max, m_pending.size()));
    if (n == m_pending.size()) {
        if (out.isEmpty())
            out = std::exchange(m_pending, {}); // hands the buffer over, no copy
        else
            out.append(std::exchange(m_pending, {}));
    } else {
        // Keep the rest in a buffer of its own size (remove() would keep the
        // whole allocation alive and let it grow).
        out.append(QByteArrayView(m_pending).first(n));
        m_pending = m_pending.sliced(n);
    }
    if (m_finished && m_pending.isEmpty())
        return Status::End;
    if (n > 0)
        return Status::Data;
    if (status == Status::Wait)
        return Status::Wait;
    return fail(QStringLiteral("The response generator produced nothing"));
}

// --- DeferredSource -----------------------------------------------------------

struct DeferredSource::Shared {
    QMutex mutex;
    std::unique_ptr<BodySource> made; // set once by the background task
    bool done = false;
    std::function<void()> wakeUp; // cleared when the source goes away
};

DeferredSource::DeferredSource(Make make, qint64 size)
    : m_shared(std::make_shared<Shared>())
    , m_make(std::move(make))
    , m_size(size)
{
}

DeferredSource::~DeferredSource()
{
    // A task still running finds nobody to wake, and its result is dropped.
    QMutexLocker lock(&m_shared->mutex);
    m_shared->wakeUp = {};
}

void DeferredSource::setWakeUp(std::function<void()> wakeUp)
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->wakeUp = wakeUp;
    }
    BodySource::setWakeUp(std::move(wakeUp));
}

BodySource::Status DeferredSource::read(QByteArray &out, qint64 max)
{
    if (!m_made) {
        if (m_make) {
            // First read: start making it, off this thread.
            backgroundPool().start([shared = m_shared, make = std::exchange(m_make, {})] {
                lowerThreadPriority();
                std::unique_ptr<BodySource> made = make();
                QMutexLocker lock(&shared->mutex);
                shared->made = std::move(made);
                shared->done = true;
                if (shared->wakeUp)
                    shared->wakeUp(); // posts to the connection's thread
            });
            return Status::Wait;
        }
        QMutexLocker lock(&m_shared->mutex);
        if (!m_shared->done)
            return Status::Wait;
        m_made = std::move(m_shared->made);
        if (!m_made)
            return fail(QStringLiteral("The response could not be produced"));
        m_made->setWakeUp([this] { wakeUp(); });
    }
    const Status s = m_made->read(out, max);
    if (s == Status::Error)
        return fail(m_made->errorString());
    return s;
}

// --- PushStream -------------------------------------------------------------

class PushStream::Source final : public BodySource {
public:
    explicit Source(std::shared_ptr<PushStream> stream)
        : m_stream(std::move(stream))
    {
    }

    ~Source() override
    {
        std::function<void()> detached;
        {
            QMutexLocker lock(&m_stream->m_mutex);
            m_stream->m_detached = true;
            m_stream->m_closed = true;
            m_stream->m_wakeUp = {};
            m_stream->m_queue.clear();
            m_stream->m_queued = 0;
            detached = std::move(m_stream->m_onDetached);
        }
        if (detached)
            detached(); // outside the lock: it may push to other streams
    }

    qint64 size() const override { return -1; }
    bool isOpenEnded() const override { return true; }

    void setWakeUp(std::function<void()> wakeUp) override
    {
        QMutexLocker lock(&m_stream->m_mutex);
        m_stream->m_wakeUp = std::move(wakeUp);
    }

    void finishSoon() override { m_stream->close(); }

    Status read(QByteArray &out, qint64 max) override
    {
        PushStream &s = *m_stream;
        QMutexLocker lock(&s.m_mutex);
        const qsizetype before = out.size();
        while (max > 0 && !s.m_queue.isEmpty()) {
            QByteArray &front = s.m_queue.first();
            if (front.size() <= max) {
                max -= front.size();
                s.m_queued -= front.size();
                out += front;
                s.m_queue.removeFirst();
            } else {
                out += QByteArrayView(front).first(qsizetype(max));
                front.remove(0, qsizetype(max));
                s.m_queued -= max;
                max = 0;
            }
        }
        if (!s.m_queue.isEmpty())
            return Status::Data;
        if (s.m_closed)
            return Status::End;
        if (out.size() > before)
            return Status::Data;
        s.m_waiting = true;
        return Status::Wait;
    }

private:
    std::shared_ptr<PushStream> m_stream;
};

std::pair<std::shared_ptr<PushStream>, std::unique_ptr<BodySource>> PushStream::create(qint64 maxQueuedBytes)
{
    std::shared_ptr<PushStream> stream(new PushStream(maxQueuedBytes));
    return {stream, std::make_unique<Source>(stream)};
}

PushStream::PushStream(qint64 maxQueuedBytes)
    : m_maxQueued(maxQueuedBytes)
{
}

PushStream::~PushStream() = default;

bool PushStream::push(QByteArray bytes)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return false;
    if (m_queued + bytes.size() > m_maxQueued) {
        // The client stopped reading; don't hold an ever longer queue for it.
        m_closed = true;
        m_queue.clear();
        m_queued = 0;
    } else {
        m_queued += bytes.size();
        m_queue.append(std::move(bytes));
    }
    if (m_waiting && m_wakeUp) {
        m_waiting = false;
        m_wakeUp(); // posts to the connection's thread; cheap under the lock
    }
    return !m_closed;
}

void PushStream::close()
{
    QMutexLocker lock(&m_mutex);
    if (m_closed)
        return;
    m_closed = true;
    if (m_waiting && m_wakeUp) {
        m_waiting = false;
        m_wakeUp();
    }
}

void PushStream::setOnDetached(std::function<void()> detached)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_detached) {
            m_onDetached = std::move(detached);
            return;
        }
    }
    detached(); // the exchange ended already: say so now, outside the lock
}

bool PushStream::isClosed() const
{
    QMutexLocker lock(&m_mutex);
    return m_closed;
}

} // namespace Servery
