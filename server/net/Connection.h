#pragma once

#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/log/RequestRecord.h"
#include "server/log/TransferFeed.h"
#include "server/net/BodyReader.h"
#include "server/net/ResponseWriter.h"
#include "server/net/StreamSocket.h"
#include "server/route/BodySink.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Servery {

class Worker;

// One client connection, owned by a worker and living on its thread.
//
// A small state machine: Idle (between requests) -> ReadingHead ->
// [ReadingBody, into the sink of the handler that accepted it] -> Writing
// -> Idle again for keep-alive, or Closing (a lingering close) -> Closed.
// The router decides on the head alone, before any body is read. Requests
// are answered strictly one at a time, so pipelined requests are answered
// in order; bytes of later requests wait in the buffers, which are bounded,
// and TCP pushes back on the client.
class Connection : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Serve,
        RejectBusy, // over the server's connection limit: answer 503 and close
        RejectPeerAtLimit, // its address holds its share already: 503 and close
        RejectBlocked, // the person at this computer blocked the device: 403 and close
    };

    // `peer` and `local` are the connection's addresses when the caller
    // knows them already (accept() says the peer's); null ones are asked of
    // the socket.
    Connection(qintptr descriptor, Mode mode, Worker &worker, const QHostAddress &peer = {}, quint16 peerPort = 0,
               const QHostAddress &local = {});
    ~Connection() override;

    // Takes over the descriptor. Returns false if it is unusable (the
    // connection is then already closed).
    bool start();
    // Graceful stop: close if idle, otherwise finish this exchange (an open
    // event stream ends after what it has) and close.
    void drain();
    // Immediate stop; an unfinished exchange is recorded as interrupted.
    void abort(const QString &reason);

    // Between requests, with nothing of the next one read: the connection a
    // worker may close first when it needs room.
    bool isIdle() const { return m_state == State::Idle && m_in.isEmpty(); }
    // When it became idle, as a number that grows with every connection of
    // its worker that does: lower means idle for longer.
    quint64 idleSince() const { return m_idleSince; }
    QHostAddress peerAddress() const { return m_peerAddress; }

    // Called by the worker's sweep with its clock (ms); acts on an expired
    // timeout.
    void checkDeadline(qint64 now);

    // Where the large body this connection is moving stands (Worker::
    // watchTransfer).
    TransferProgress transferProgress() const;

Q_SIGNALS:
    // Emitted once; the worker deletes the connection later.
    void closed(Servery::Connection *connection);

private:
    enum class State { Idle, ReadingHead, ReadingBody, Delaying, Writing, Closing, Closed };
    enum class Timeout { None, Idle, Header, Body, Write, Linger };

    void onReadyRead();
    void run();
    void discardInput();
    void onBytesWritten();
    void onSocketGone();

    bool pullInput();
    void compactInput();
    void afterInput();
    void process();
    void beginExchange();
    void route(HttpRequest &&request);
    void readBody();
    void finishBody();
    void failBody(int status, const QString &error);
    void abortSink();
    void respondError(int status);
    void sendResponse(HttpResponse &&response);
    void pumpBody();
    void finishExchange();
    void closeGracefully();
    void closeNow();
    void submitRecord(const QString &error);
    void fillRecordRequest();
    void recordBody(QByteArrayView bytes);
    void recordResponseBody(bool sendsBody);
    void takeKeptBody();
    void write(const QByteArray &bytes);
    qint64 bytesOnWire() const;
    void countSentBytes();
    void setTimeout(Timeout which);
    void setWritingTimeout();
    void watchTransfer(TransferProgress::Direction direction, qint64 total);
    void endTransfer(bool ok);

    Worker &m_worker;
    const qintptr m_descriptor;
    const Mode m_mode;
    StreamSocket *m_socket = nullptr;
    const quint64 m_connectionId;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QHostAddress m_localAddress;

    State m_state = State::Idle;
    bool m_draining = false;
    bool m_writeShutDown = false;
    int m_exchanges = 0; // started on this connection
    quint64 m_idleSince = 0; // Worker::nextIdleMark()

    // Input not yet consumed: m_in from m_inPos on. The head parser has seen
    // m_scanned bytes of it.
    QByteArray m_in;
    qsizetype m_inPos = 0;
    qsizetype m_scanned = 0;

    // The current exchange.
    HttpRequest m_request;
    bool m_haveRequest = false;
    bool m_bodyPending = false; // a body announced but not read to the end
    BodyReader m_body;
    std::unique_ptr<BodySink> m_sink;
    bool m_sinkBusy = false;
    RequestRecord m_record;
    bool m_recordOpen = false;
    QElapsedTimer m_clock;
    qint64 m_exchangeStart = 0; // m_queued when the exchange began
    qint64 m_headBytes = 0; // interim responses and the response head
    bool m_keepAlive = false;
    bool m_clientClosing = false; // the client's last request, answered cleanly
    bool m_forceClose = false;
    ResponseWriter m_writer;
    // An answer held back for a reply rule's delay (State::Delaying).
    std::unique_ptr<HttpResponse> m_delayed;
    bool m_sourceWaiting = false;
    // A large body being reported to the Transfers view.
    bool m_transferWatched = false;
    TransferProgress::Direction m_transferDirection = TransferProgress::Direction::Download;
    qint64 m_transferTotal = -1;
    quint64 m_transferId = 0; // the record's id (the record is gone once submitted)
    qint64 m_transferStartedAtMs = 0;

    // Every byte handed to the socket, and how many of those the counters
    // already know were sent. Bytes Qt flushes from inside its own
    // bytesWritten() signal are not announced again, so what was sent is
    // worked out from what was queued and what is still unsent.
    qint64 m_queued = 0;
    qint64 m_counted = 0;

    Timeout m_timeout = Timeout::None;
    qint64 m_deadline = 0; // on the worker's clock, ms
    bool m_running = false;
    bool m_runAgain = false;
};

} // namespace Servery
