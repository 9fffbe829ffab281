#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QVarLengthArray>

#include <functional>
#include <memory>

namespace Servery {

// A response body, read by the connection in pieces while the socket has
// room (the back-pressure of STYLE rule 6): a body is never produced faster
// than the client takes it. Sources live on the worker thread that sends
// them.
//
// Four kinds cover every answer: bytes in memory (BytesSource), pieces of a
// random-access Content with literal bytes between them (SlicesSource: a
// file, a range, multipart/byteranges), a pull generator (GeneratorSource:
// a listing, a zip, a gzip stream), and a push stream that stays open
// (PushStream: server-sent events).
class BodySource {
public:
    enum class Status {
        Data, // appended at least one byte; call again when there is room
        Wait, // nothing now; the source wakes the connection when it has more
        End, // the body is complete (this call may have appended a last piece)
        Error, // the body cannot be completed; errorString() says why
    };

    virtual ~BodySource();

    // The body's length when known in advance, else -1: then it goes out with
    // the chunked coding on HTTP/1.1, and until the connection closes on
    // HTTP/1.0.
    virtual qint64 size() const = 0;
    // Appends at most `max` bytes (max > 0) to `out`.
    virtual Status read(QByteArray &out, qint64 max) = 0;

    // A stream that stays open until its producer ends it (events): waiting
    // for it does not count as an idle connection.
    virtual bool isOpenEnded() const { return false; }
    // A graceful stop: an open-ended stream ends after what it already has.
    virtual void finishSoon() { }

    // Set by the connection: called, on any thread, when a source that
    // answered Wait has more. The connection posts it to its own thread.
    virtual void setWakeUp(std::function<void()> wakeUp);
    QString errorString() const { return m_error; }
    // The whole body, when it is bytes already in memory (for the request
    // log, which shares them at no cost); null otherwise.
    virtual const QByteArray *inMemoryBytes() const { return nullptr; }

protected:
    void wakeUp();
    Status fail(QString why);

private:
    std::function<void()> m_wakeUp;
    QString m_error;
};

// Bytes that can be read at any offset: what ranges are cut from. A file is
// one (FileHandle); so is a buffer in memory.
class Content {
public:
    virtual ~Content();
    virtual qint64 size() const = 0;
    // Reads up to `length` bytes at `offset` into `buffer`; returns how many
    // (fewer only at the end), or -1 on an error.
    virtual qint64 readAt(char *buffer, qint64 length, qint64 offset) = 0;
};

class BytesContent final : public Content {
public:
    explicit BytesContent(QByteArray bytes);
    qint64 size() const override { return m_bytes.size(); }
    qint64 readAt(char *buffer, qint64 length, qint64 offset) override;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

class BytesSource final : public BodySource {
public:
    explicit BytesSource(QByteArray bytes);
    qint64 size() const override { return m_bytes.size(); }
    Status read(QByteArray &out, qint64 max) override;
    const QByteArray *inMemoryBytes() const override { return &m_bytes; }

private:
    QByteArray m_bytes;
    qsizetype m_done = 0;
};

// Literal bytes and slices of a Content, in order.
class SlicesSource final : public BodySource {
public:
    struct Piece {
        QByteArray bytes; // a literal piece, when length < 0
        qint64 offset = 0; // a slice of the content...
        qint64 length = -1;

        static Piece literal(QByteArray b) { return {std::move(b), 0, -1}; }
        static Piece slice(qint64 offset, qint64 length) { return {{}, offset, length}; }
        qint64 size() const { return length < 0 ? bytes.size() : length; }
    };

    SlicesSource(std::shared_ptr<Content> content, QList<Piece> pieces);
    // The whole content.
    explicit SlicesSource(std::shared_ptr<Content> content);

    qint64 size() const override { return m_size; }
    Status read(QByteArray &out, qint64 max) override;

private:
    std::shared_ptr<Content> m_content;
    QVarLengthArray<Piece, 1> m_pieces; // a whole file or one range: no allocation
    qint64 m_size = 0;
    qsizetype m_index = 0;
    qint64 m_done = 0; // of the current piece
};

// Calls a function for each next piece: a body produced as it is sent (a
// listing, a zip). The function appends what it has, ideally about `hint`
// bytes (it may append more; the excess waits for the next read), and
// answers as read() does. It is never called again after End or Error.
class GeneratorSource final : public BodySource {
public:
    using Generate = std::function<Status(QByteArray &out, qint64 hint)>;
    explicit GeneratorSource(Generate generate, qint64 size = -1);

    qint64 size() const override { return m_size; }
    Status read(QByteArray &out, qint64 max) override;

private:
    Generate m_generate;
    qint64 m_size;
    QByteArray m_pending; // produced, not yet read
    bool m_finished = false;
};

// A body whose making would block a worker too long (reading and sorting a
// folder of 100,000 entries takes most of a second): `make` runs on a
// background thread when the body is first read, and its source is sent
// once it is ready. Meanwhile the connection waits without blocking its
// worker, which goes on serving everyone else. A HEAD request never starts
// it. `make` must not touch the connection or anything of the worker's.
class DeferredSource final : public BodySource {
public:
    using Make = std::function<std::unique_ptr<BodySource>()>;
    DeferredSource(Make make, qint64 size = -1);
    ~DeferredSource() override;

    qint64 size() const override { return m_size; }
    Status read(QByteArray &out, qint64 max) override;
    void setWakeUp(std::function<void()> wakeUp) override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    Make m_make;
    qint64 m_size;
    std::unique_ptr<BodySource> m_made;
};

// The producer's end of a response that stays open, such as server-sent
// events. Any thread may push; the connection that sends it reads on its
// own thread and is woken when something arrives. What the client has not
// taken yet is bounded: a producer that pushes past the bound to a client
// that does not read closes the stream (the client reconnects and starts
// afresh, which is what event streams expect).
class PushStream {
public:
    // The stream and the body source that sends it, to put in a response.
    static std::pair<std::shared_ptr<PushStream>, std::unique_ptr<BodySource>> create(qint64 maxQueuedBytes);

    ~PushStream();
    // False once the stream is closed (by close(), a full queue, the client
    // going away, or a stop): the producer can forget it.
    bool push(QByteArray bytes);
    // Ends the response after what was pushed.
    void close();
    bool isClosed() const;
    // Called once, on the connection's thread, when the exchange that sent
    // the stream ends (the client left, the server stopped): a producer that
    // counts its listeners learns it at once, not at its next push. If that
    // already happened, it is called at once, here.
    void setOnDetached(std::function<void()> detached);

private:
    class Source;
    explicit PushStream(qint64 maxQueuedBytes);

    mutable QMutex m_mutex;
    QList<QByteArray> m_queue;
    qint64 m_queued = 0;
    const qint64 m_maxQueued;
    bool m_closed = false; // no more pushes; the source ends once drained
    bool m_detached = false; // the source is gone (the exchange ended)
    bool m_waiting = false; // the source answered Wait and wants a wake-up
    std::function<void()> m_wakeUp;
    std::function<void()> m_onDetached;
};

} // namespace Servery
