#include "server/http/BodySource.h"

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
    , m_pieces(std::move(pieces))
{
    for (const Piece &p : std::as_const(m_pieces))
        m_size += p.size();
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
    while (!m_finished && m_pending.size() - m_pendingDone < max) {
        if (m_pendingDone > 0) {
            m_pending.remove(0, m_pendingDone);
            m_pendingDone = 0;
        }
        const qsizetype before = m_pending.size();
        status = m_generate(m_pending, max - before);
        if (status == Status::End || status == Status::Error) {
            m_finished = true;
            m_generate = {}; // release what it holds (a folder's entries, say)
        }
        if (status == Status::Error)
            return Status::Error;
        if (status == Status::Wait || (status == Status::Data && m_pending.size() == before))
            break;
    }
    const qsizetype n = qsizetype(std::min<qint64>(max, m_pending.size() - m_pendingDone));
    if (out.isEmpty() && m_pendingDone == 0 && n == m_pending.size())
        out = std::exchange(m_pending, {});
    else
        out.append(QByteArrayView(m_pending).sliced(m_pendingDone, n));
    m_pendingDone += n;
    if (m_pendingDone == m_pending.size()) {
        m_pending.clear();
        m_pendingDone = 0;
    }
    const bool drained = m_pending.isEmpty();
    if (m_finished && drained)
        return Status::End;
    if (n > 0)
        return Status::Data;
    if (status == Status::Wait)
        return Status::Wait;
    return fail(QStringLiteral("The response generator produced nothing"));
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
        QMutexLocker lock(&m_stream->m_mutex);
        m_stream->m_detached = true;
        m_stream->m_closed = true;
        m_stream->m_wakeUp = {};
        m_stream->m_queue.clear();
        m_stream->m_queued = 0;
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
        if (!out.isEmpty())
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

bool PushStream::isClosed() const
{
    QMutexLocker lock(&m_mutex);
    return m_closed;
}

} // namespace Servery
