#pragma once

#include "server/http/ChunkedDecoder.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/log/RequestRecord.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace Servery {

class Worker;

// One client connection, owned by a worker and living on its thread.
//
// A small state machine: Idle (between requests) -> ReadingHead ->
// [ReadingBody] -> Writing -> Idle again for keep-alive, or Closing (a
// lingering close) -> Closed. Requests are answered strictly one at a time,
// so pipelined requests are answered in order; bytes of later requests wait
// in the buffers, which are bounded, and TCP pushes back on the client.
class Connection : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Serve,
        RejectBusy, // over the connection limit: answer 503 and close
    };

    Connection(qintptr descriptor, Mode mode, Worker &worker);
    ~Connection() override;

    // Takes over the descriptor. Returns false if it is unusable (the
    // connection is then already closed).
    bool start();
    // Graceful stop: close if idle, otherwise finish this exchange and close.
    void drain();
    // Immediate stop; an unfinished exchange is recorded as interrupted.
    void abort(const QString &reason);

    // Called by the worker's sweep with its clock (ms); acts on an expired
    // timeout.
    void checkDeadline(qint64 now);

Q_SIGNALS:
    // Emitted once; the worker deletes the connection later.
    void closed(Servery::Connection *connection);

private:
    enum class State { Idle, ReadingHead, ReadingBody, Writing, Closing, Closed };
    enum class Timeout { None, Idle, Header, Body, Write, Linger };
    enum class BodyProgress { NeedMore, Done, Failed };

    void onReadyRead();
    void run();
    void discardInput();
    void onBytesWritten(qint64 bytes);
    void onSocketGone();

    bool pullInput();
    void process();
    void beginExchange();
    void acceptHead(HttpRequest &&request);
    BodyProgress consumeBody();
    void recordBody(QByteArrayView bytes);
    void dispatch();
    void respondError(int status, const QByteArray &reason);
    void sendResponse(HttpResponse &&response);
    bool fillBody(QByteArray &out, qint64 budget);
    void pumpBody();
    bool bodyPending() const { return m_segmentIndex < m_segments.size(); }
    void finishExchange();
    void closeGracefully();
    void closeNow();
    void submitRecord(const QString &error);
    void fillRecordRequest();
    void write(const QByteArray &bytes);
    void setTimeout(Timeout which);

    Worker &m_worker;
    const qintptr m_descriptor;
    const Mode m_mode;
    QTcpSocket *m_socket = nullptr;
    const quint64 m_connectionId;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;

    State m_state = State::Idle;
    bool m_draining = false;
    bool m_writeShutDown = false;
    int m_exchanges = 0; // started on this connection

    // Input not yet consumed, and how much of it the head parser has seen.
    QByteArray m_in;
    qsizetype m_scanned = 0;

    // The current exchange.
    HttpRequest m_request;
    bool m_haveRequest = false;
    bool m_bodyPending = false; // body announced but not read to the end
    qint64 m_bodyRemaining = 0;
    ChunkedDecoder m_chunked;
    RequestRecord m_record;
    bool m_recordOpen = false;
    QElapsedTimer m_clock;
    qint64 m_writtenBytes = 0; // interim + head + body bytes written to the OS
    qint64 m_headBytes = 0; // interim responses and the response head
    bool m_keepAlive = false;
    bool m_forceClose = false;
    // The response body still to send.
    QList<BodySegment> m_segments;
    qsizetype m_segmentIndex = 0;
    qint64 m_segmentDone = 0; // bytes of the current segment already queued
    std::unique_ptr<FileHandle> m_file;

    Timeout m_timeout = Timeout::None;
    qint64 m_deadline = 0; // on the worker's clock, ms
    bool m_running = false;
    bool m_runAgain = false;
};

} // namespace Servery
