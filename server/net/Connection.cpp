#include "server/net/Connection.h"

#include "server/http/HttpDate.h"
#include "server/http/HttpStatus.h"
#include "server/http/RequestParser.h"
#include "server/http/limits.h"
#include "server/net/Worker.h"
#include "server/route/Router.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

namespace Servery {

Q_LOGGING_CATEGORY(lcConnection, "servery.server.connection")

namespace {

// Never buffer more unparsed input than this; the head limits are smaller,
// so a head that fits the limits always fits the buffer.
constexpr qsizetype kInputBufferLimit = Limits::kSocketReadBufferBytes;
static_assert(kInputBufferLimit > Limits::kMaxRequestLine + Limits::kMaxHeaderBlock + 8);

const QByteArray kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

} // namespace

Connection::Connection(qintptr descriptor, Mode mode, Worker &worker, const QHostAddress &peer, quint16 peerPort,
                       const QHostAddress &local)
    : m_worker(worker)
    , m_descriptor(descriptor)
    , m_mode(mode)
    , m_connectionId(worker.engine().nextConnectionId.fetch_add(1, std::memory_order_relaxed))
    , m_peerAddress(peer)
    , m_peerPort(peerPort)
    , m_localAddress(local)
{
}

Connection::~Connection()
{
    // A sink still open here never got its body: let it clean up.
    abortSink();
}

bool Connection::start()
{
    m_socket = new StreamSocket(this);
    QString error;
    if (!m_socket->open(m_descriptor, m_peerAddress, m_peerPort, m_localAddress, &error)) {
        qCWarning(lcConnection) << "unusable socket descriptor:" << error;
        m_state = State::Closed;
        return false;
    }
    // Input is bounded by m_in's limit: past it the socket stops reading and
    // TCP flow control pushes back on a client that sends faster than we
    // answer (or than a sink takes a body).
    m_peerAddress = m_socket->peerAddress();
    m_peerPort = m_socket->peerPort();
    m_localAddress = m_socket->localAddress();

    connect(m_socket, &StreamSocket::readable, this, &Connection::onReadyRead);
    connect(m_socket, &StreamSocket::bytesWritten, this, &Connection::onBytesWritten);
    // A reset met while sending in the background. The peer's FIN is seen
    // by reading (afterInput). (A client that half-closes after its request
    // gets whatever had been written by then, as before; browsers, curl and
    // wget never half-close.)
    connect(m_socket, &StreamSocket::writeFailed, this, &Connection::onSocketGone);

    if (m_mode != Mode::Serve) {
        // Answer at once, without waiting for the request: the point is to
        // spend as little as possible on a connection we cannot serve.
        beginExchange();
        if (m_mode == Mode::RejectBlocked) {
            m_record.error = QStringLiteral("The device is blocked for this session");
            respondError(403);
        } else {
            m_record.error = m_mode == Mode::RejectBusy ? QStringLiteral("Too many connections")
                                                        : QStringLiteral("Too many connections from this address");
            respondError(503);
        }
        run();
        return true;
    }

    m_idleSince = m_worker.nextIdleMark();
    setTimeout(Timeout::Idle);
    // The request often arrives with the connection: read it now rather
    // than after another turn of the event loop.
    run();
    return true;
}

void Connection::drain()
{
    m_draining = true;
    if (m_state == State::Idle) {
        closeNow();
        return;
    }
    // A stop does not wait out a reply rule's delay: the answer goes now.
    if (m_state == State::Delaying && m_delayed) {
        std::unique_ptr<HttpResponse> delayed = std::move(m_delayed);
        sendResponse(std::move(*delayed));
        run();
        return;
    }
    // Otherwise the exchange under way finishes with "Connection: close"; an
    // event stream ends after what it already has.
    if (m_state == State::Writing && m_writer.isActive()) {
        m_writer.source()->finishSoon();
        run();
    }
}

void Connection::abort(const QString &reason)
{
    if (m_state == State::Closed)
        return;
    abortSink();
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
        return; // run() ends with afterInput()
    case State::Closing:
        discardInput();
        break;
    case State::Delaying:
    case State::Writing:
        // Keep it, within the bounded buffer, until this response is done.
        pullInput();
        break;
    case State::Closed:
        return;
    }
    afterInput();
}

void Connection::discardInput()
{
    // Lingering: read and forget until the client closes.
    const qint64 n = m_socket->discardInput();
    m_worker.engine().counters.bytesReceived.fetch_add(quint64(n), std::memory_order_relaxed);
}

void Connection::afterInput()
{
    if (m_state == State::Closed)
        return;
    if (m_socket->atEnd()) {
        // The peer closed (or the connection broke): whatever it sent
        // before was handled first.
        onSocketGone();
        return;
    }
    // Reading goes on while the buffer has room and a body's sink takes
    // more; otherwise TCP pushes back. (The notifier is level-triggered:
    // wanting input that is not read would spin.)
    const bool wanted = m_state == State::Closing
        || (m_in.size() - m_inPos < kInputBufferLimit && !(m_state == State::ReadingBody && m_sinkBusy));
    m_socket->setReadInterest(wanted);
}

void Connection::run()
{
    // The one loop that moves a connection forward. Signals emitted while it
    // runs (bytesWritten during a flush, a sink ready at once) only ask for
    // another turn, so nothing recurses however many pipelined requests wait.
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
            if (m_state == State::Writing && m_socket->bytesToWrite() > 0) {
                if (!m_socket->flush()) {
                    abort(QStringLiteral("Could not send the response"));
                    break;
                }
                countSentBytes();
            }
            if (m_state == State::Writing) {
                if (!m_writer.isActive() && m_socket->bytesToWrite() == 0) {
                    finishExchange();
                    m_runAgain = true;
                } else if (m_writer.isActive() && !m_sourceWaiting
                           && m_socket->bytesToWrite() < Limits::kWriteHighWaterMark) {
                    m_runAgain = true;
                } else {
                    setWritingTimeout();
                }
            }
        }
        if (m_state == State::Closing && !m_writeShutDown) {
            if (m_socket->bytesToWrite() > 0 && !m_socket->flush()) {
                closeNow();
                break;
            }
            if (m_socket->bytesToWrite() == 0) {
                m_writeShutDown = true;
                m_socket->shutdownWrite();
            }
        }
    } while (m_runAgain && m_state != State::Closed && m_state != State::Closing);
    m_running = false;
    afterInput();
}

void Connection::compactInput()
{
    if (m_inPos == 0)
        return;
    if (m_inPos >= m_in.size())
        m_in.resize(0); // keeps its capacity for the next request
    else
        m_in.remove(0, m_inPos);
    m_inPos = 0;
}

bool Connection::pullInput()
{
    compactInput();
    const qint64 room = kInputBufferLimit - m_in.size();
    if (room <= 0)
        return false;
    // Straight from the kernel into the buffer.
    const qint64 n = m_socket->readInto(m_in, room);
    if (n <= 0)
        return false;
    m_worker.engine().counters.bytesReceived.fetch_add(quint64(n), std::memory_order_relaxed);
    return true;
}

void Connection::process()
{
    if (!(m_state == State::ReadingBody && m_sinkBusy))
        pullInput();
    for (;;) {
        switch (m_state) {
        case State::Idle:
            if (m_inPos >= m_in.size())
                return;
            if (m_draining) {
                closeNow();
                return;
            }
            beginExchange();
            [[fallthrough]];
        case State::ReadingHead: {
            const QByteArrayView input = QByteArrayView(m_in).sliced(m_inPos);
            ParseResult r = parseRequestHead(input, m_scanned);
            if (r.isIncomplete()) {
                m_scanned = input.size();
                if (pullInput())
                    continue;
                return;
            }
            if (r.isError()) {
                if (m_worker.engine().config.keepRawHead)
                    m_record.rawHead = input.first(std::min(input.size(), Limits::kMaxRequestLine)).toByteArray();
                m_request = std::move(r.request);
                m_haveRequest = !m_request.method.isEmpty();
                m_record.error = QString::fromLatin1(r.error);
                respondError(r.status);
                return;
            }
            if (m_worker.engine().config.keepRawHead)
                m_record.rawHead = input.first(r.consumed).toByteArray();
            m_inPos += r.consumed;
            m_scanned = 0;
            route(std::move(r.request));
            if (m_state == State::ReadingBody)
                continue;
            return;
        }
        case State::ReadingBody:
            readBody();
            if (m_state == State::ReadingBody && !m_sinkBusy && pullInput())
                continue;
            return;
        case State::Delaying:
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
    m_exchangeStart = m_queued;
    m_headBytes = 0;
    m_forceClose = false;
    // A total deadline for the head: trickling bytes cannot extend it.
    setTimeout(Timeout::Header);
}

void Connection::route(HttpRequest &&request)
{
    m_request = std::move(request);
    m_haveRequest = true;
    m_bodyPending = m_request.hasBody();
    setTimeout(Timeout::None);

    const RequestContext context {m_request,      m_peerAddress,  m_peerPort,
                                  m_localAddress, m_connectionId, &m_worker.engine().live};
    Decision decision = m_worker.router().route(context);

    if (decision.kind != Decision::Kind::ReadBody) {
        // Answered from the head alone: the body is not wanted, so no
        // "100 Continue" invites it. A small body that already arrived whole
        // is taken off the input for the log, so the connection can stay;
        // any other is left unread and the connection closes after the
        // answer (its bytes would be taken for the next request).
        if (m_bodyPending && m_request.framing == BodyFraming::ContentLength && !m_request.expectContinue
            && m_request.contentLength <= m_in.size() - m_inPos) {
            recordBody(QByteArrayView(m_in).sliced(m_inPos, qsizetype(m_request.contentLength)));
            m_inPos += qsizetype(m_request.contentLength);
            m_bodyPending = false;
        }
        sendResponse(std::move(decision.response));
        return;
    }

    m_sink = std::move(decision.sink);
    m_sinkBusy = false;
    if (!m_sink) {
        m_record.error = QStringLiteral("A handler accepted the body without a sink");
        respondError(500);
        return;
    }
    const qint64 limit
        = decision.maxBodyBytes >= 0 ? decision.maxBodyBytes : m_worker.engine().config.limits.maxBodyBytes;
    if (m_request.framing == BodyFraming::ContentLength && m_request.contentLength > limit) {
        // Refused before a byte of it is read, and without "100 Continue".
        failBody(413, QStringLiteral("Request body larger than the limit"));
        return;
    }
    m_sink->setReadyCallback([this] {
        m_sinkBusy = false;
        if (m_state == State::ReadingBody) {
            setTimeout(Timeout::Body);
            run();
        }
    });
    m_body.start(m_request, limit);
    if (m_request.framing == BodyFraming::Chunked
        || (m_request.framing == BodyFraming::ContentLength
            && (m_request.contentLength >= Limits::kTransferMinBytes || (m_sink && m_sink->savesFile()))))
        watchTransfer(TransferProgress::Direction::Upload,
                      m_request.framing == BodyFraming::ContentLength ? m_request.contentLength : -1);
    if (!m_request.hasBody()) {
        finishBody();
        return;
    }
    m_state = State::ReadingBody;
    if (m_request.expectContinue) {
        // RFC 9110 10.1.1: the client waits for this before sending the body.
        m_headBytes += kContinue.size();
        write(kContinue);
        if (!m_socket->flush()) {
            abort(QStringLiteral("Could not send the response"));
            return;
        }
    }
    setTimeout(Timeout::Body);
}

void Connection::readBody()
{
    if (m_sinkBusy)
        return;
    setTimeout(Timeout::Body); // progress, or the first look: restart the clock
    for (;;) {
        const BodyReader::Piece piece = m_body.next(QByteArrayView(m_in).sliced(m_inPos));
        m_inPos += piece.consumed;
        switch (piece.kind) {
        case BodyReader::Piece::Kind::Data: {
            recordBody(piece.data);
            const BodySink::Status s = m_sink->write(piece.data);
            if (s == BodySink::Status::Failed) {
                m_record.error = QStringLiteral("The handler could not take the request body");
                HttpResponse answer = m_sink->failure();
                abortSink();
                m_forceClose = true;
                sendResponse(std::move(answer));
                return;
            }
            if (s == BodySink::Status::Busy) {
                // Stop reading until the sink says ready. Its own slowness
                // is not the client's stall, so no body deadline meanwhile.
                m_sinkBusy = true;
                setTimeout(Timeout::None);
                return;
            }
            continue;
        }
        case BodyReader::Piece::Kind::NeedMore:
            return;
        case BodyReader::Piece::Kind::Done:
            m_bodyPending = false;
            finishBody();
            return;
        case BodyReader::Piece::Kind::Error:
            failBody(piece.status, QString::fromLatin1(piece.error));
            return;
        }
    }
}

void Connection::finishBody()
{
    endTransfer(true);
    m_bodyPending = false;
    setTimeout(Timeout::None);
    std::unique_ptr<BodySink> sink = std::move(m_sink);
    HttpResponse answer = sink->finish();
    sink->moveKeptBody(m_record);
    sendResponse(std::move(answer));
}

void Connection::failBody(int status, const QString &error)
{
    abortSink();
    if (m_record.error.isEmpty())
        m_record.error = error;
    respondError(status);
}

void Connection::abortSink()
{
    if (m_transferWatched && m_transferDirection == TransferProgress::Direction::Upload)
        endTransfer(false);
    if (std::unique_ptr<BodySink> sink = std::move(m_sink)) {
        sink->abort();
        // What arrived of a caught body stays in the log.
        sink->moveKeptBody(m_record);
    }
    m_sinkBusy = false;
}

void Connection::recordBody(QByteArrayView bytes)
{
    m_record.requestBodySize += bytes.size();
    if (m_worker.engine().config.recordDetail != RecordDetail::Full)
        return;
    // A sink that keeps the body whole hands it to the record itself
    // (BodySink::moveKeptBody), so it is never held twice.
    if (m_sink && m_sink->keepsBody())
        return;
    const qsizetype room = Limits::kRecordedBodyBytes - m_record.requestBody.size();
    if (room > 0)
        m_record.requestBody.append(bytes.first(std::min(room, bytes.size())));
}

void Connection::recordResponseBody(bool sendsBody)
{
    const BodySource *source = m_writer.source();
    if (!sendsBody || !source)
        return;
    if (const QByteArray *bytes = source->inMemoryBytes(); bytes && bytes->size() <= Limits::kRecordedResponseBytes)
        m_record.responseBody = *bytes; // shared, not copied
}

// --- Output -----------------------------------------------------------------

void Connection::respondError(int status)
{
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
    if (response.delayMs > 0 && m_state != State::Delaying) {
        // A reply rule's delay: nothing of the answer goes out before it.
        const int ms = std::min(response.delayMs, Limits::kMaxReplyDelayMs);
        response.delayMs = 0;
        m_record.handler = response.handler;
        m_record.rule = response.rule;
        m_delayed = std::make_unique<HttpResponse>(std::move(response));
        m_state = State::Delaying;
        setTimeout(Timeout::None);
        QTimer::singleShot(ms, this, [this] {
            if (m_state != State::Delaying || !m_delayed)
                return;
            std::unique_ptr<HttpResponse> delayed = std::move(m_delayed);
            sendResponse(std::move(*delayed));
            run();
        });
        return;
    }
    const ServerLimits &limits = m_worker.engine().config.limits;
    const int status = response.status;
    const bool head = m_haveRequest && m_request.method == "HEAD";
    const int versionMinor = m_haveRequest ? m_request.versionMinor : 1;
    const FramingChoice framing = chooseFraming(status, head, versionMinor, response.contentLength());

    // The client said this is its last request (and nothing went wrong):
    // once the answer is out and nothing more came, the connection can
    // close at once (closeGracefully).
    m_clientClosing = m_haveRequest && !m_request.keepAlive && !m_forceClose && !m_bodyPending;
    m_keepAlive = m_haveRequest && m_request.keepAlive && !m_forceClose && !response.closeConnection && !m_draining
        && m_exchanges < limits.maxRequestsPerConnection && !framing.mustClose;
    // A body we did not read to the end would be taken for the next request.
    if (m_bodyPending)
        m_keepAlive = false;

    // The framing is the connection's to say, whatever a handler put there.
    HttpHeaders &headers = response.headers;
    headers.removeAll({"Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive"});
    headers.append(QByteArrayLiteral("Date"), currentHttpDate());
    headers.append(QByteArrayLiteral("Server"), QByteArrayLiteral("Servery"));
    if (framing.contentLength >= 0)
        headers.append(QByteArrayLiteral("Content-Length"), QByteArray::number(framing.contentLength));
    if (framing.framing == ResponseFraming::Chunked)
        headers.append(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    if (!m_keepAlive)
        headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    else if (versionMinor == 0)
        headers.append(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));

    // Room for the first piece of the body, which goes out in the same
    // write: as much as there is of it, up to one piece.
    const qint64 firstPiece = !framing.sendBody ? 0
        : framing.contentLength >= 0            ? std::min(framing.contentLength, Limits::kFileChunkBytes)
                                                : Limits::kFileChunkBytes;
    QByteArray out = serializeHead(status, headers, framing.sendBody ? firstPiece + 16 : 0);
    m_headBytes += out.size();

    m_sourceWaiting = false;
    m_writer.begin(framing.sendBody ? std::move(response.body) : nullptr, framing.framing);
    // Before the first fill, which may finish with (and drop) the source.
    if (m_worker.engine().config.recordDetail == RecordDetail::Full)
        recordResponseBody(framing.sendBody);
    if (framing.sendBody && (framing.contentLength < 0 || framing.contentLength >= Limits::kTransferMinBytes))
        watchTransfer(TransferProgress::Direction::Download, framing.contentLength);
    if (BodySource *source = m_writer.source()) {
        QPointer<Connection> self(this);
        source->setWakeUp([self] {
            // Any thread: come back on ours.
            QMetaObject::invokeMethod(
                self.data(),
                [self] {
                    if (self && self->m_state == State::Writing) {
                        self->m_sourceWaiting = false;
                        self->run();
                    }
                },
                Qt::QueuedConnection);
        });
    }
    // A small body goes out in the same write as the head.
    switch (m_writer.fill(out, Limits::kFileChunkBytes)) {
    case ResponseWriter::Step::Failed:
        abort(m_writer.errorString());
        return;
    case ResponseWriter::Step::Waiting:
        m_sourceWaiting = true;
        break;
    case ResponseWriter::Step::More:
    case ResponseWriter::Step::Done:
        break;
    }

    m_record.status = status;
    m_record.handler = response.handler;
    m_record.rule = response.rule;
    if (!response.logNote.isEmpty() && m_record.error.isEmpty())
        m_record.error = response.logNote;
    if (m_worker.engine().config.recordDetail == RecordDetail::Full)
        m_record.responseHeaders = std::move(headers);
    if (m_haveRequest)
        fillRecordRequest();
    m_record.timeToFirstByteUs = m_clock.nsecsElapsed() / 1000;

    m_state = State::Writing;
    write(out);
    setWritingTimeout();
}

void Connection::write(const QByteArray &bytes)
{
    // Queued, not copied; run() flushes.
    m_socket->write(bytes);
    m_queued += bytes.size();
    m_worker.engine().counters.notePendingWrite(m_socket->bytesToWrite());
}

void Connection::pumpBody()
{
    // Back-pressure: read the next piece only while the socket has room.
    while (m_writer.isActive() && !m_sourceWaiting && m_state == State::Writing
           && m_socket->bytesToWrite() < Limits::kWriteHighWaterMark) {
        QByteArray chunk;
        const ResponseWriter::Step step = m_writer.fill(chunk, Limits::kFileChunkBytes);
        if (step == ResponseWriter::Step::Failed) {
            abort(m_writer.errorString());
            return;
        }
        if (!chunk.isEmpty())
            write(chunk);
        if (step == ResponseWriter::Step::Waiting)
            m_sourceWaiting = true;
    }
}

qint64 Connection::bytesOnWire() const
{
    return m_queued - (m_socket ? m_socket->bytesToWrite() : 0);
}

void Connection::countSentBytes()
{
    const qint64 sent = bytesOnWire();
    if (sent > m_counted) {
        m_worker.engine().counters.bytesSent.fetch_add(quint64(sent - m_counted), std::memory_order_relaxed);
        m_counted = sent;
    }
}

void Connection::onBytesWritten()
{
    countSentBytes();
    if (m_state == State::Writing)
        setWritingTimeout(); // progress
    if (m_state == State::Writing || m_state == State::Closing)
        run();
}

void Connection::finishExchange()
{
    endTransfer(true);
    m_worker.engine().counters.requests.fetch_add(1, std::memory_order_relaxed);
    submitRecord({});
    m_haveRequest = false;

    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    m_state = State::Idle;
    m_idleSince = m_worker.nextIdleMark();
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
    // What the client sent, even a version refused with 505.
    m_record.httpVersion = m_request.versionText.isEmpty() ? m_request.version() : m_request.versionText;
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
    countSentBytes();
    if (m_worker.engine().config.recordDetail == RecordDetail::None) {
        m_record = RequestRecord {};
        return;
    }
    if (!error.isEmpty() && m_record.error.isEmpty())
        m_record.error = error;
    if (m_haveRequest && m_record.method.isEmpty())
        fillRecordRequest();
    m_record.bytesSent = bytesOnWire() - m_exchangeStart;
    m_record.responseBodyBytes = std::max<qint64>(0, m_record.bytesSent - m_headBytes);
    m_record.durationUs = m_clock.isValid() ? m_clock.nsecsElapsed() / 1000 : 0;
    m_worker.submit(std::move(m_record));
    m_record = RequestRecord {};
}

// --- Closing ----------------------------------------------------------------

void Connection::closeGracefully()
{
    // RFC 9112 9.6: close in stages. Send FIN once the response is out, then
    // read and discard until the client closes, for a bounded time: closing
    // with unread input would make the kernel answer with RST, which can
    // destroy the response before the client reads it. Unless the client
    // itself said this was its last request, the answer is all out and
    // nothing at all is left to read: then there is nothing to protect, and
    // the connection closes now (as nginx does), sparing a round trip.
    if (m_clientClosing && m_inPos >= m_in.size() && m_socket->bytesToWrite() == 0) {
        const qint64 unread = m_socket->discardInput();
        m_worker.engine().counters.bytesReceived.fetch_add(quint64(unread), std::memory_order_relaxed);
        if (unread == 0 && !m_socket->atEnd()) {
            closeNow();
            return;
        }
    }
    m_state = State::Closing;
    m_in.clear();
    m_inPos = 0;
    m_writer.reset();
    setTimeout(Timeout::Linger);
    if (m_socket->bytesToWrite() == 0) {
        m_writeShutDown = true;
        m_socket->shutdownWrite();
    }
    discardInput();
}

void Connection::closeNow()
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_timeout = Timeout::None;
    abortSink();
    m_delayed.reset();
    m_writer.reset();
    countSentBytes();
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
        abortSink();
        submitRecord(QStringLiteral("The client closed the connection before the request was complete"));
        break;
    case State::Delaying:
    case State::Writing:
        submitRecord(QStringLiteral("The client closed the connection before the response was complete"));
        break;
    }
    closeNow();
}

// --- Transfers --------------------------------------------------------------

void Connection::watchTransfer(TransferProgress::Direction direction, qint64 total)
{
    if (!m_worker.engine().transfers)
        return;
    m_transferWatched = true;
    m_transferDirection = direction;
    m_transferTotal = total;
    m_transferId = m_record.id;
    m_transferStartedAtMs = m_record.startedAtMs;
    m_worker.watchTransfer(this);
}

void Connection::endTransfer(bool ok)
{
    if (!m_transferWatched)
        return;
    m_transferWatched = false;
    m_worker.endTransfer(this, ok);
}

TransferProgress Connection::transferProgress() const
{
    TransferProgress p;
    p.id = m_transferId;
    p.direction = m_transferDirection;
    p.method = m_request.method;
    p.target = m_request.target;
    p.client = m_peerAddress;
    p.userAgent = m_request.headers.value("User-Agent");
    p.total = m_transferTotal;
    p.startedAtMs = m_transferStartedAtMs;
    if (m_sink)
        p.label = m_sink->transferLabel();
    if (m_transferDirection == TransferProgress::Direction::Upload)
        p.done = m_body.received();
    else
        p.done = std::max<qint64>(0, bytesOnWire() - m_exchangeStart - m_headBytes);
    return p;
}

// --- Timeouts ---------------------------------------------------------------

void Connection::setWritingTimeout()
{
    // A response waits on the client only while bytes are unsent; an event
    // stream with nothing to say is not idle, whatever its age.
    if (m_socket->bytesToWrite() > 0 || !m_sourceWaiting)
        setTimeout(Timeout::Write);
    else
        setTimeout(Timeout::None);
}

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
        // A refused connection lingers only briefly: whoever opens thousands
        // of them must not hold the room they were refused for.
        ms = m_mode == Mode::Serve ? Limits::kLingerTimeout : Limits::kRejectedLingerTimeout;
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
        respondError(408);
        run();
        break;
    case Timeout::Body:
        failBody(408, QStringLiteral("The request body stalled"));
        run();
        break;
    case Timeout::Write:
        abort(QStringLiteral("The client stopped reading the response"));
        break;
    }
}

} // namespace Servery
