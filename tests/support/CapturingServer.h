#pragma once

#include "server/http/HttpHeaders.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

namespace Servery::Test {

// A request as a CapturingServer received it, split into its parts.
struct Received {
    QByteArray method, target, version; // empty if the request line was not three words
    QList<HttpHeader> headers; // in order, values trimmed
    QByteArray body; // Content-Length bytes after the head

    // The values of every `name` field (case-insensitive), in order.
    QList<QByteArray> values(QByteArrayView name) const;
};

// A bare server on 127.0.0.1, port 0, for a client under test to talk to:
// it records each request exactly as it arrived (head, then Content-Length
// bytes of body; no chunked bodies), answers "Expect: 100-continue" with
// 100 Continue, and answers each request with the same bytes. It is not
// Servery's engine, so a test sees the client's bytes, not our reading of
// them.
class CapturingServer {
public:
    // 204 No Content, then the connection closes.
    static const QByteArray kNoContent;

    enum class Connections {
        OneRequestEach, // close after answering
        KeptOpen, // after answering, read the next request on the connection
    };

    // Answers each request with `answer`, byte for byte.
    explicit CapturingServer(QByteArray answer = kNoContent, Connections connections = Connections::OneRequestEach);
    CapturingServer(const CapturingServer &) = delete;
    CapturingServer &operator=(const CapturingServer &) = delete;

    // Records requests but never answers them nor closes: a server that hangs.
    void setSilent(bool silent) { m_silent = silent; }

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString origin() const; // "http://127.0.0.1:<port>"
    const QList<Received> &requests() const { return m_requests; }

private:
    struct Pending;
    void onData(QTcpSocket *socket, Pending &pending);

    QByteArray m_answer;
    Connections m_connections;
    bool m_silent = false;
    QList<Received> m_requests;
    QTcpServer m_server; // last: its sockets go before what their handlers use
};

} // namespace Servery::Test
