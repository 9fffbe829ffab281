#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>

#include <deque>

namespace Servery {

// A connected TCP socket on a raw non-blocking descriptor, for the one
// connection that owns it, on that connection's thread.
//
// What QTcpSocket would do, minus its two copies and its notifier toggling:
// received bytes go straight from the kernel into the caller's own buffer
// (readInto), and bytes to send are queued as the caller's own QByteArrays
// (shared, never copied) and handed to the kernel with one writev() for
// several pieces at once. The notifiers are level-triggered and are enabled
// only while there is something to do: reading while the caller has room
// (setReadInterest), writing while bytes wait in the queue.
class StreamSocket final : public QObject {
    Q_OBJECT

public:
    explicit StreamSocket(QObject *parent = nullptr);
    ~StreamSocket() override;

    // Takes over an accepted descriptor: makes it non-blocking, turns off
    // Nagle and reads the addresses not given (null ones; IPv4 of a
    // dual-stack socket as plain IPv4). Returns false,
    // with the reason, if the descriptor is unusable (it is then closed).
    bool open(qintptr descriptor, const QHostAddress &peer, quint16 peerPort, const QHostAddress &local,
              QString *error);
    bool isOpen() const { return m_fd != -1; }
    qintptr descriptor() const { return m_fd; }
    QHostAddress peerAddress() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }
    QHostAddress localAddress() const { return m_local; }

    // Appends to `buffer` what the kernel holds, at most `max` bytes. Returns
    // the number of bytes appended (0 when there is nothing now). The end of
    // the peer's stream, or a failure, is remembered: see atEnd().
    qint64 readInto(QByteArray &buffer, qint64 max);
    // Reads and forgets what the kernel holds; returns how much that was.
    qint64 discardInput();
    // The peer closed its side (end of stream) or reading failed: nothing
    // more will arrive. The owner looks after each read.
    bool atEnd() const { return m_ended; }
    // Whether readable() is wanted: only while the owner has room for input.
    void setReadInterest(bool wanted);

    // Queues `bytes` to be sent. Nothing is sent before flush(), so a head
    // and its body leave in one call; what the kernel does not take then is
    // sent by the write notifier as room comes.
    void write(const QByteArray &bytes);
    qint64 bytesToWrite() const { return m_pending; }
    // Hands the kernel as much of the queue as it takes now. Returns false
    // if the socket failed.
    bool flush();
    // TCP FIN: no more bytes from us; reading goes on.
    bool shutdownWrite();
    // Closes at once; unsent bytes are dropped.
    void abort();

Q_SIGNALS:
    // Bytes (or the end of the stream) wait to be read. The owner must read
    // or turn its interest off: the notifier is level-triggered.
    void readable();
    // The write notifier sent `bytes` of the queue.
    void bytesWritten(qint64 bytes);
    // Sending failed while the write notifier was sending (the peer reset
    // the connection). Failures met in the owner's own calls are returned
    // to it instead, so this never fires inside one of them.
    void writeFailed();

private:
    void onWriteActivated();
    bool send();
    void updateNotifiers();

    qintptr m_fd = -1;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    QHostAddress m_local;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_readWanted = true;
    bool m_ended = false;

    // Bytes to send: whole arrays, the first one from m_headOffset on.
    std::deque<QByteArray> m_queue;
    qsizetype m_headOffset = 0;
    qint64 m_pending = 0;
};

} // namespace Servery
