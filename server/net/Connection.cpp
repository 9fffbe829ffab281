#include "server/net/Connection.h"

#include "server/http/HttpDate.h"
#include "server/http/HttpStatus.h"
#include "server/http/RequestParser.h"
#include "server/http/limits.h"
#include "server/net/Platform.h"
#include "server/net/Worker.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstring>

namespace Servery {

Q_LOGGING_CATEGORY(lcConnection, "servery.server.connection")

namespace {

// Never buffer more unparsed input than this; the head limits are smaller,
// so a head that fits the limits always fits the buffer.
constexpr qsizetype kInputBufferLimit = Limits::kSocketReadBufferBytes;
static_assert(kInputBufferLimit > Limits::kMaxRequestLine + Limits::kMaxHeaderBlock + 8);

const QByteArray kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

Connection::Connection(qintptr descriptor, Mode mode, Worker &worker)
    : m_worker(worker)
    , m_descriptor(descriptor)
    , m_mode(mode)
    , m_connectionId(worker.engine().nextConnectionId.fetch_add(1, std::memory_order_relaxed))
{
}

Connection::~Connection() = default;

bool Connection::start()
{
    m_socket = new QTcpSocket(this);
    if (!m_socket->setSocketDescriptor(m_descriptor)) {
        qCWarning(lcConnection) << "unusable socket descriptor:" << m_socket->errorString();
        m_state = State::Closed;
        return false;
    }
    // Bounded input: Qt stops reading past this and TCP flow control pushes
    // back on a client that sends faster than we answer.
    m_socket->setReadBufferSize(Limits::kSocketReadBufferBytes);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_peerAddress = m_socket->peerAddress();
    // A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = m_peerAddress.toIPv4Address(&isV4);
    if (isV4)
        m_peerAddress = QHostAddress(v4);
    m_peerPort = m_socket->peerPort();

    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onSocketGone);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // The peer's FIN arrives as this error and then `disconnected`,
        // handled there. (Qt closes the socket when it reads end-of-file, so
        // a client that half-closes after its request gets whatever had been
        // written by then; browsers, curl and wget never half-close.)
        if (error != QAbstractSocket::RemoteHostClosedError)
            onSocketGone();
    });

    if (m_mode == Mode::RejectBusy) {
        // Answer at once, without waiting for the request: the point is to
        // spend as little as possible on a connection we cannot serve.
        beginExchange();
        m_record.error = QStringLiteral("Too many connections");
        respondError(503, {});
        run();
        return true;
    }

    setTimeout(Timeout::Idle);
    if (m_socket->bytesAvailable() > 0)
        run();
    return true;
}

void Connection::drain()
{
    m_draining = true;
    if (m_state == State::Idle)
        closeNow();
    // Otherwise the exchange under way finishes with "Connection: close".
}

void Connection::abort(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    if (m_recordOpen)
        submitRecord(reason);
    closeNow();
}

// --- Input ------------------------------------------------------------------

void Connection::onReadyRead()
{
    switch (m_state) {
    case State::Idle:
    case State::ReadingHead:
    case State::ReadingBody:
        run();
        break;
    case State::Closing:
        discardInput();
        break;
    case State::Writing:
        // Leave it in the socket's bounded buffer until this response is done.
    case State::Closed:
        break;
    }
}

void Connection::discardInput()
{
    // Lingering: read and forget until the client closes.
    const qint64 n = m_socket->bytesAvailable();
    m_worker.engine().counters.bytesReceived.fetch_add(quint64(n), std::memory_order_relaxed);
    m_socket->skip(n);
}

void Connection::run()
{
    // The one loop that moves a connection forward. Signals emitted while it
    // runs (bytesWritten during a flush, say) only ask for another turn, so
    // nothing recurses however many pipelined requests are waiting.
    if (m_running) {
        m_runAgain = true;
        return;
    }
    m_running = true;
    do {
        m_runAgain = false;
        switch (m_state) {
        case State::Idle:
        case State::ReadingHead:
        case State::ReadingBody:
            process();
            break;
        default:
            break;
        }
        if (m_state == State::Writing) {
            pumpBody();
            // Write now rather than on the next turn of the event loop.
            if (m_state == State::Writing && m_socket->bytesToWrite() > 0)
                m_socket->flush();
            if (m_state == State::Writing && !bodyPending() && m_socket->bytesToWrite() == 0) {
                finishExchange();
                m_runAgain = true;
            } else if (m_state == State::Writing && bodyPending()
                       && m_socket->bytesToWrite() < Limits::kWriteHighWaterMark) {
                m_runAgain = true;
            }
        }
        if (m_state == State::Closing && !m_writeShutDown && m_socket->bytesToWrite() == 0) {
            m_writeShutDown = true;
            shutdownSocketWrite(m_socket->socketDescriptor());
        }
    } while (m_runAgain && m_state != State::Closed && m_state != State::Closing);
    m_running = false;
}

bool Connection::pullInput()
{
    const qint64 room = kInputBufferLimit - m_in.size();
    const qint64 available = m_socket->bytesAvailable();
    if (room <= 0 || available <= 0)
        return false;
    // Ask for what is there, not for `room`: read(n) allocates n bytes first.
    const QByteArray bytes = m_socket->read(std::min(room, available));
    if (bytes.isEmpty())
        return false;
    m_worker.engine().counters.bytesReceived.fetch_add(quint64(bytes.size()), std::memory_order_relaxed);
    if (m_in.isEmpty())
        m_in = bytes;
    else
        m_in += bytes;
    return true;
}

void Connection::process()
{
    pullInput();
    for (;;) {
        switch (m_state) {
        case State::Idle:
            if (m_in.isEmpty())
                return;
            if (m_draining) {
                closeNow();
                return;
            }
            beginExchange();
            [[fallthrough]];
        case State::ReadingHead: {
            ParseResult r = parseRequestHead(m_in, m_scanned);
            if (r.isIncomplete()) {
                m_scanned = m_in.size();
                if (pullInput())
                    continue;
                return;
            }
            if (r.isError()) {
                m_request = std::move(r.request);
                m_haveRequest = !m_request.method.isEmpty();
                m_record.error = QString::fromLatin1(r.error);
                respondError(r.status, {});
                return;
            }
            m_in.remove(0, r.consumed);
            m_scanned = 0;
            acceptHead(std::move(r.request));
            if (m_state != State::ReadingBody) {
                if (m_state == State::ReadingHead)
                    dispatch();
                return;
            }
            continue;
        }
        case State::ReadingBody:
            switch (consumeBody()) {
            case BodyProgress::Done:
                m_bodyPending = false;
                dispatch();
                return;
            case BodyProgress::Failed:
                return;
            case BodyProgress::NeedMore:
                if (pullInput())
                    continue;
                return;
            }
            return;
        case State::Writing:
        case State::Closing:
        case State::Closed:
            return;
        }
    }
}

void Connection::beginExchange()
{
    m_state = State::ReadingHead;
    ++m_exchanges;
    m_clock.start();
    m_record = RequestRecord {};
    m_record.id = m_worker.engine().nextRecordId.fetch_add(1, std::memory_order_relaxed);
    m_record.connectionId = m_connectionId;
    m_record.requestOnConnection = m_exchanges;
    m_record.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_record.clientAddress = m_peerAddress;
    m_record.clientPort = m_peerPort;
    m_recordOpen = true;
    m_request = HttpRequest {};
    m_haveRequest = false;
    m_bodyPending = false;
    m_writtenBytes = m_headBytes = 0;
    m_forceClose = false;
    // A total deadline for the head: trickling bytes cannot extend it.
    setTimeout(Timeout::Header);
}

void Connection::acceptHead(HttpRequest &&request)
{
    m_request = std::move(request);
    m_haveRequest = true;
    const ServerLimits &limits = m_worker.engine().config.limits;

    if (m_request.framing == BodyFraming::ContentLength && m_request.contentLength > limits.maxBodyBytes) {
        m_record.error = QStringLiteral("Request body larger than the limit");
        respondError(413, {});
        return;
    }
    if (!m_request.hasBody())
        return; // still ReadingHead: the caller dispatches

    m_state = State::ReadingBody;
    m_bodyPending = true;
    m_bodyRemaining = m_request.contentLength;
    m_chunked = ChunkedDecoder {};
    if (m_request.expectContinue) {
        // RFC 9110 10.1.1: the client waits for this before sending the body.
        // Nothing here refuses a body it is willing to read, so say go.
        m_headBytes += kContinue.size();
        write(kContinue);
    }
    setTimeout(Timeout::Body);
}

void Connection::recordBody(QByteArrayView bytes)
{
    m_record.requestBodySize += bytes.size();
    if (m_worker.engine().config.recordDetail != RecordDetail::Full)
        return;
    const qsizetype room = Limits::kRecordedBodyBytes - m_record.requestBody.size();
    if (room > 0)
        m_record.requestBody.append(bytes.first(std::min(room, bytes.size())));
}

Connection::BodyProgress Connection::consumeBody()
{
    setTimeout(Timeout::Body); // progress, or the first look: restart the clock

    if (m_request.framing == BodyFraming::ContentLength) {
        const qsizetype n = qsizetype(std::min<qint64>(m_bodyRemaining, m_in.size()));
        recordBody(QByteArrayView(m_in).first(n));
        m_in.remove(0, n);
        m_bodyRemaining -= n;
        return m_bodyRemaining == 0 ? BodyProgress::Done : BodyProgress::NeedMore;
    }

    const qint64 maxBody = m_worker.engine().config.limits.maxBodyBytes;
    const QByteArrayView input(m_in);
    qsizetype used = 0;
    for (;;) {
        const ChunkedDecoder::Step step = m_chunked.next(input.sliced(used));
        used += step.consumed;
        switch (step.kind) {
        case ChunkedDecoder::Step::Kind::Data:
            recordBody(step.data);
            if (m_chunked.bodyBytes() > maxBody || m_chunked.wireBytes() > 2 * maxBody + 65536) {
                m_in.remove(0, used);
                m_record.error = QStringLiteral("Request body larger than the limit");
                respondError(413, {});
                return BodyProgress::Failed;
            }
            continue;
        case ChunkedDecoder::Step::Kind::NeedMore:
            // Framing (sizes, extensions, trailers) counts too: a body of
            // one-byte chunks with long extensions is no cheaper to read.
            if (m_chunked.wireBytes() > 2 * maxBody + 65536) {
                m_in.remove(0, used);
                m_record.error = QStringLiteral("Request body larger than the limit");
                respondError(413, {});
                return BodyProgress::Failed;
            }
            if (step.consumed > 0 && used < input.size())
                continue;
            m_in.remove(0, used);
            return BodyProgress::NeedMore;
        case ChunkedDecoder::Step::Kind::Done:
            m_in.remove(0, used);
            return BodyProgress::Done;
        case ChunkedDecoder::Step::Kind::Error:
            m_in.remove(0, used);
            m_record.error = QString::fromLatin1(step.error);
            respondError(step.status, {});
            return BodyProgress::Failed;
        }
    }
}

// --- Output -----------------------------------------------------------------

void Connection::dispatch()
{
    setTimeout(Timeout::None);
    sendResponse(m_worker.handler().handle(m_request));
}

void Connection::respondError(int status, const QByteArray &reason)
{
    if (!reason.isEmpty() && m_record.error.isEmpty())
        m_record.error = QString::fromLatin1(reason);
    // After a framing or protocol error the rest of the input cannot be
    // trusted to start a new request.
    m_forceClose = true;
    HttpResponse r = HttpResponse::error(status, QStringLiteral("protocol check"));
    if (status == 503)
        r.headers.append(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    sendResponse(std::move(r));
}

void Connection::sendResponse(HttpResponse &&response)
{
    const ServerLimits &limits = m_worker.engine().config.limits;
    const int status = response.status;
    const bool bodyAllowed = !statusForbidsBody(status);
    // RFC 9110 9.3.2: a HEAD response is the GET response without content,
    // whatever answered it (a handler, an error, a redirect).
    const bool sendBody = bodyAllowed && !(m_haveRequest && m_request.method == "HEAD");

    m_keepAlive = m_haveRequest && m_request.keepAlive && !m_forceClose && !response.closeConnection && !m_draining
        && m_exchanges < limits.maxRequestsPerConnection;
    // A body we did not read to the end would be taken for the next request.
    if (m_bodyPending)
        m_keepAlive = false;

    HttpHeaders &headers = response.headers;
    headers.append(QByteArrayLiteral("Date"), currentHttpDate());
    headers.append(QByteArrayLiteral("Server"), QByteArrayLiteral("Servery"));
    if (bodyAllowed)
        headers.append(QByteArrayLiteral("Content-Length"), QByteArray::number(response.contentLength()));
    if (!m_keepAlive)
        headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    else if (m_request.versionMinor == 0)
        headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));

    // The head in one allocation and one pass: this runs for every request.
    const QByteArray statusText = QByteArray::number(status);
    const QByteArray reason = reasonPhrase(status);
    qsizetype headSize = 9 + statusText.size() + 1 + reason.size() + 2 + 2; // "HTTP/1.1 " ... "\r\n" ... "\r\n"
    for (const HttpHeader &h : headers.fields())
        headSize += h.name.size() + 2 + h.value.size() + 2;
    QByteArray out;
    out.reserve(headSize + (sendBody ? std::min(response.contentLength(), Limits::kFileChunkBytes) : 0));
    out.resize(headSize);
    char *cursor = out.data();
    auto put = [&cursor](QByteArrayView v) {
        std::memcpy(cursor, v.data(), size_t(v.size()));
        cursor += v.size();
    };
    put("HTTP/1.1 ");
    put(statusText);
    put(" ");
    put(reason);
    put("\r\n");
    for (const HttpHeader &h : headers.fields()) {
        put(h.name);
        put(": ");
        put(h.value);
        put("\r\n");
    }
    put("\r\n");
    Q_ASSERT(cursor == out.data() + out.size());
    m_headBytes += out.size();

    m_segments.clear();
    m_segmentIndex = 0;
    m_segmentDone = 0;
    m_file.reset();
    if (sendBody) {
        m_segments = std::move(response.segments);
        m_file = std::move(response.file);
        // A small body goes out in the same write as the head.
        if (!fillBody(out, Limits::kFileChunkBytes)) {
            abort(QStringLiteral("Could not read the file"));
            return;
        }
    }

    m_record.status = status;
    m_record.handler = response.handler;
    const bool full = m_worker.engine().config.recordDetail == RecordDetail::Full;
    if (full)
        m_record.responseHeaders = std::move(headers);
    if (m_haveRequest)
        fillRecordRequest();
    m_record.timeToFirstByteUs = m_clock.nsecsElapsed() / 1000;

    m_state = State::Writing;
    setTimeout(Timeout::Write);
    write(out);
}

void Connection::write(const QByteArray &bytes)
{
    if (m_socket->write(bytes) != bytes.size()) {
        abort(QStringLiteral("Could not send the response"));
        return;
    }
    m_worker.engine().counters.notePendingWrite(m_socket->bytesToWrite());
}

bool Connection::fillBody(QByteArray &out, qint64 budget)
{
    while (budget > 0 && bodyPending()) {
        const BodySegment &segment = m_segments.at(m_segmentIndex);
        if (!segment.fromFile) {
            out += QByteArrayView(segment.bytes).sliced(qsizetype(m_segmentDone));
            budget -= segment.bytes.size() - m_segmentDone;
            ++m_segmentIndex;
            m_segmentDone = 0;
            continue;
        }
        if (!m_file)
            return false;
        const qint64 n = std::min(segment.length - m_segmentDone, budget);
        const qsizetype before = out.size();
        out.resize(before + qsizetype(n));
        const qint64 got = m_file->read(out.data() + before, n, segment.offset + m_segmentDone);
        if (got != n) {
            // The file shrank or failed under us; the promised length can no
            // longer be met.
            out.resize(before);
            return false;
        }
        m_segmentDone += n;
        budget -= n;
        if (m_segmentDone == segment.length) {
            ++m_segmentIndex;
            m_segmentDone = 0;
        }
    }
    if (!bodyPending())
        m_file.reset(); // close the file as soon as it is read
    return true;
}

void Connection::pumpBody()
{
    // Back-pressure: read the next chunk only while the socket has room.
    while (bodyPending() && m_state == State::Writing && m_socket->bytesToWrite() < Limits::kWriteHighWaterMark) {
        QByteArray chunk;
        chunk.reserve(qsizetype(Limits::kFileChunkBytes));
        if (!fillBody(chunk, Limits::kFileChunkBytes)) {
            abort(QStringLiteral("The file changed or could not be read while it was being sent"));
            return;
        }
        write(chunk);
    }
}

void Connection::onBytesWritten(qint64 bytes)
{
    m_writtenBytes += bytes;
    m_worker.engine().counters.bytesSent.fetch_add(quint64(bytes), std::memory_order_relaxed);
    if (m_state == State::Writing)
        setTimeout(Timeout::Write); // progress
    if (m_state == State::Writing || m_state == State::Closing)
        run();
}

void Connection::finishExchange()
{
    m_worker.engine().counters.requests.fetch_add(1, std::memory_order_relaxed);
    submitRecord({});
    m_haveRequest = false;

    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Idle;
    if (m_draining) { // the stop began while this response was going out
        closeGracefully();
        return;
    }
    setTimeout(Timeout::Idle);
    // The caller's loop looks for the next request.
}

void Connection::fillRecordRequest()
{
    m_record.method = m_request.method;
    m_record.target = m_request.target;
    m_record.httpVersion = m_request.version();
    if (m_worker.engine().config.recordDetail == RecordDetail::Full) {
        m_record.requestHeaders = m_request.headers;
        return;
    }
    // A summary keeps what an access log prints.
    m_record.requestHeaders = HttpHeaders {};
    for (const char *name : {"Referer", "User-Agent"}) {
        const QByteArray value = m_request.headers.value(name);
        if (!value.isNull())
            m_record.requestHeaders.append(name, value);
    }
}

void Connection::submitRecord(const QString &error)
{
    if (!m_recordOpen)
        return;
    m_recordOpen = false;
    if (m_worker.engine().config.recordDetail == RecordDetail::None) {
        m_record = RequestRecord {};
        return;
    }
    if (!error.isEmpty() && m_record.error.isEmpty())
        m_record.error = error;
    if (m_haveRequest && m_record.method.isEmpty())
        fillRecordRequest();
    m_record.bytesSent = m_writtenBytes;
    m_record.responseBodyBytes = std::max<qint64>(0, m_writtenBytes - m_headBytes);
    m_record.durationUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    m_worker.submit(std::move(m_record));
    m_record = RequestRecord {};
}

// --- Closing ----------------------------------------------------------------

void Connection::closeGracefully()
{
    // RFC 9112 9.6: close in stages. Send FIN once the response is out, then
    // read and discard until the client closes, for a bounded time.
    m_state = State::Closing;
    m_in.clear();
    m_segments.clear();
    m_segmentIndex = 0;
    m_file.reset();
    setTimeout(Timeout::Linger);
    if (m_socket->bytesToWrite() == 0) {
        m_writeShutDown = true;
        shutdownSocketWrite(m_socket->socketDescriptor());
    }
    discardInput();
}

void Connection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timeout = Timeout::None;
    m_segments.clear();
    m_segmentIndex = 0;
    m_file.reset();
    m_socket->abort();
    Q_EMIT closed(this);
}

void Connection::onSocketGone()
{
    switch (m_state) {
    case State::Closed:
        return;
    case State::Closing:
    case State::Idle:
        break;
    case State::ReadingHead:
    case State::ReadingBody:
        submitRecord(QStringLiteral("The client closed the connection before the request was complete"));
        break;
    case State::Writing:
        submitRecord(QStringLiteral("The client closed the connection before the response was complete"));
        break;
    }
    closeNow();
}

// --- Timeouts ---------------------------------------------------------------

void Connection::setTimeout(Timeout which)
{
    const ServerLimits &limits = m_worker.engine().config.limits;
    std::chrono::milliseconds ms {0};
    switch (which) {
    case Timeout::None:
        m_timeout = which;
        m_deadline = 0;
        return;
    case Timeout::Idle:
        ms = limits.idleTimeout;
        break;
    case Timeout::Header:
        ms = limits.headerTimeout;
        break;
    case Timeout::Body:
        ms = limits.bodyIdleTimeout;
        break;
    case Timeout::Write:
        ms = limits.writeIdleTimeout;
        break;
    case Timeout::Linger:
        ms = Limits::kLingerTimeout;
        break;
    }
    // A plain number: the worker's sweep compares it, so moving a deadline
    // costs nothing (no timer is registered or unregistered per request).
    m_timeout = which;
    m_deadline = m_worker.now() + ms.count();
}

void Connection::checkDeadline(qint64 now)
{
    if (m_timeout == Timeout::None || now < m_deadline)
        return;
    const Timeout expired = m_timeout;
    setTimeout(Timeout::None);
    switch (expired) {
    case Timeout::None:
        break;
    case Timeout::Idle:
    case Timeout::Linger:
        closeNow();
        break;
    case Timeout::Header:
        m_record.error = QStringLiteral("The request head did not arrive in time");
        respondError(408, {});
        run();
        break;
    case Timeout::Body:
        m_record.error = QStringLiteral("The request body stalled");
        respondError(408, {});
        run();
        break;
    case Timeout::Write:
        abort(QStringLiteral("The client stopped reading the response"));
        break;
    }
}

} // namespace Servery
