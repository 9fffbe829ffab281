#include "RawHttpClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

namespace Servery::Test {

namespace {

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

// Decodes a chunked body starting at `pos`. Returns false when it is not
// complete yet (or malformed: `*malformed` is set then).
bool decodeChunked(const QByteArray &bytes, qsizetype pos, QByteArray *body, qsizetype *end, bool *malformed)
{
    body->clear();
    for (;;) {
        const qsizetype lineEnd = bytes.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = bytes.mid(pos, lineEnd - pos);
        const qsizetype semicolon = sizeText.indexOf(';');
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            *malformed = true;
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields, then an empty line.
            for (;;) {
                const qsizetype trailerEnd = bytes.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return false;
                const bool empty = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (empty) {
                    *end = pos;
                    return true;
                }
            }
        }
        if (bytes.size() - pos < size + 2)
            return false;
        body->append(bytes.mid(pos, size));
        if (bytes.mid(pos + size, 2) != "\r\n") {
            *malformed = true;
            return false;
        }
        pos += size + 2;
    }
}

} // namespace

QByteArray WireResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            return h.second;
    }
    return {};
}

int WireResponse::headerCount(QByteArrayView name) const
{
    int n = 0;
    for (const auto &h : headers) {
        if (sameName(h.first, name))
            ++n;
    }
    return n;
}

QList<WireResponse> parseResponses(const QByteArray &bytes, const QList<bool> &headRequests, bool closed,
                                   qsizetype *consumed)
{
    QList<WireResponse> out;
    qsizetype pos = 0;
    int finals = 0;
    while (pos < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = bytes.mid(pos, headEnd - pos).split('\n');
        WireResponse r;
        const QByteArray statusLine = lines.value(0).trimmed();
        const QList<QByteArray> parts = statusLine.split(' ');
        if (parts.size() < 2 || !parts[0].startsWith("HTTP/1."))
            break;
        r.status = parts[1].toInt();
        r.reason = statusLine.mid(parts[0].size() + parts[1].size() + 2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        qsizetype next = headEnd + 4;
        const bool interim = r.status >= 100 && r.status < 200;
        const bool head = !interim && headRequests.value(finals, false);
        const bool noBody = interim || head || r.status == 204 || r.status == 304;
        if (!noBody) {
            const QByteArray cl = r.header("Content-Length");
            if (r.header("Transfer-Encoding").toLower() == "chunked") {
                r.chunked = true;
                bool malformed = false;
                qsizetype end = 0;
                if (!decodeChunked(bytes, next, &r.body, &end, &malformed)) {
                    if (!malformed && !closed)
                        break;
                    // Broken framing, or cut off before the last chunk.
                    r.malformed = true;
                    r.body = bytes.mid(next);
                    end = bytes.size();
                }
                next = end;
            } else if (!cl.isNull()) {
                const qsizetype length = cl.toLongLong();
                if (bytes.size() - next < length)
                    break;
                r.body = bytes.mid(next, length);
                next += length;
            } else {
                if (!closed)
                    break;
                r.body = bytes.mid(next);
                next = bytes.size();
            }
        }
        out.append(r);
        pos = next;
        if (!interim)
            ++finals;
    }
    if (consumed)
        *consumed = pos;
    return out;
}

RawHttpClient::RawHttpClient() = default;
RawHttpClient::~RawHttpClient() = default;

bool RawHttpClient::connectTo(quint16 port, const QHostAddress &address, std::chrono::milliseconds timeout)
{
    m_socket.connectToHost(address, port);
    if (m_socket.state() != QAbstractSocket::ConnectedState && m_socket.state() != QAbstractSocket::UnconnectedState) {
        // Wake on success, on failure, or at the deadline.
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void RawHttpClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

void RawHttpClient::drain()
{
    m_received += m_socket.readAll();
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_closed = true;
}

bool RawHttpClient::waitForEvent(std::chrono::milliseconds remaining)
{
    if (m_closed)
        return false;
    if (m_socket.bytesAvailable() == 0 && m_socket.state() != QAbstractSocket::UnconnectedState) {
        // Wake on data, on close, or at the deadline; never poll.
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(std::max<qint64>(1, remaining.count()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    drain();
    return true;
}

QList<WireResponse> RawHttpClient::readResponses(int count, QList<bool> head, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    for (;;) {
        drain();
        const QList<WireResponse> all = parseResponses(m_received, head, m_closed);
        int finals = 0;
        for (const WireResponse &r : all) {
            if (r.status >= 200)
                ++finals;
        }
        if (finals >= count || m_closed || deadline.hasExpired())
            return all;
        waitForEvent(std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
}

bool RawHttpClient::waitForClose(std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!m_closed && !deadline.hasExpired()) {
        drain();
        if (m_closed)
            break;
        waitForEvent(std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
    return m_closed;
}

bool RawHttpClient::waitForBytes(qint64 bytes, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    for (;;) {
        drain();
        if (m_received.size() >= bytes)
            return true;
        if (m_closed || deadline.hasExpired())
            return false;
        waitForEvent(std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime())));
    }
}

} // namespace Servery::Test
