#include "CapturingServer.h"

#include <QTcpSocket>

#include <memory>

namespace Servery::Test {

namespace {

// The head's lines, split at CRLF (a bare LF ends a line as well).
QList<QByteArray> splitLines(QByteArrayView head)
{
    QList<QByteArray> out;
    qsizetype start = 0;
    for (qsizetype lf; (lf = head.indexOf('\n', start)) >= 0; start = lf + 1)
        out << head.sliced(start, lf - start).toByteArray();
    out << head.sliced(start).toByteArray();
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return out;
}

// The request line and fields of a head (without its final empty line).
Received parseHead(QByteArrayView head)
{
    Received r;
    const QList<QByteArray> lines = splitLines(head);
    const QList<QByteArray> requestLine = lines.first().split(' ');
    if (requestLine.size() == 3) {
        r.method = requestLine[0];
        r.target = requestLine[1];
        r.version = requestLine[2];
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
    }
    return r;
}

} // namespace

const QByteArray CapturingServer::kNoContent
    = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";

// What has arrived on one connection and not yet made a whole request.
struct CapturingServer::Pending {
    QByteArray buffer;
    bool continued = false; // 100 Continue sent for the request in `buffer`
};

QList<QByteArray> Received::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const HttpHeader &h : headers) {
        if (equalsIgnoringCase(h.name, name))
            out << h.value;
    }
    return out;
}

CapturingServer::CapturingServer(QByteArray answer, Connections connections)
    : m_answer(std::move(answer))
    , m_connections(connections)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            // Bytes not yet a whole request; they go with the socket.
            auto pending = std::make_shared<Pending>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, pending] { onData(socket, *pending); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool CapturingServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString CapturingServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void CapturingServer::onData(QTcpSocket *socket, Pending &pending)
{
    pending.buffer += socket->readAll();
    for (;;) {
        const qsizetype end = pending.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Received r = parseHead(QByteArrayView(pending.buffer).first(end));
        if (!pending.continued && !r.values("Expect").isEmpty()) {
            pending.continued = true;
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        const QList<QByteArray> length = r.values("Content-Length");
        const qsizetype bodySize = length.isEmpty() ? 0 : length.first().toLongLong();
        if (pending.buffer.size() < end + 4 + bodySize)
            return;
        r.body = pending.buffer.sliced(end + 4, bodySize);
        pending.buffer.remove(0, end + 4 + bodySize);
        pending.continued = false;
        m_requests.append(r);
        if (m_silent)
            continue;
        socket->write(m_answer);
        if (m_connections == Connections::OneRequestEach) {
            socket->disconnectFromHost();
            return;
        }
    }
}

} // namespace Servery::Test
