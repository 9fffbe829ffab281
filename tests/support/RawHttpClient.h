#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpSocket>

#include <chrono>
#include <optional>

namespace Servery::Test {

// A response as the client saw it on the wire.
struct WireResponse {
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; // decoded when it came chunked
    bool chunked = false; // Transfer-Encoding: chunked
    bool malformed = false; // the chunked framing was broken or cut off

    QByteArray header(QByteArrayView name) const; // first match, case-insensitive
    int headerCount(QByteArrayView name) const;
};

// Parses responses from the start of `bytes`. `headRequests[i]` says whether
// the i-th response answers a HEAD (no body). Interim 1xx responses are kept
// in the list. A chunked body is decoded; a response with neither
// Content-Length nor chunked coding is read until `closed`.
// Returns the complete responses and how many bytes they used.
QList<WireResponse> parseResponses(const QByteArray &bytes, const QList<bool> &headRequests, bool closed,
                                   qsizetype *consumed = nullptr);

// A plain TCP client for tests that need exact bytes on the wire: pipelining,
// malformed requests, slow or partial sends. Every wait is on a socket signal,
// bounded by a deadline; none sleeps.
class RawHttpClient {
public:
    RawHttpClient();
    ~RawHttpClient();

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                   std::chrono::milliseconds timeout = std::chrono::seconds(5));
    void send(const QByteArray &bytes);

    // Waits until `count` final (non-1xx) responses have arrived, or the
    // server closed, or the deadline passed. `head` marks HEAD requests.
    QList<WireResponse> readResponses(int count, QList<bool> head = {},
                                      std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Waits until the server closes the connection. True if it did.
    bool waitForClose(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    // Waits until at least `bytes` bytes have been received in all.
    bool waitForBytes(qint64 bytes, std::chrono::milliseconds timeout = std::chrono::seconds(10));

    // Everything received so far (also after the server closed).
    const QByteArray &received() const { return m_received; }
    bool isClosed() const { return m_closed; }
    QTcpSocket &socket() { return m_socket; }
    void clearReceived() { m_received.clear(); }

private:
    bool waitForEvent(std::chrono::milliseconds remaining);
    void drain();

    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_closed = false;
};

} // namespace Servery::Test
