#pragma once

#include "server/http/BodySource.h"
#include "server/http/HttpResponse.h"

#include <QByteArray>

#include <memory>

namespace Servery {

// How a response body is delimited on the wire (RFC 9112 6.3).
enum class ResponseFraming {
    None, // no body: 1xx, 204, 304, or the answer to HEAD
    Length, // Content-Length: the source knows its size
    Chunked, // Transfer-Encoding: chunked (HTTP/1.1, size unknown)
    UntilClose, // HTTP/1.0, size unknown: the body ends when the connection does
};

// The framing for a response: what the connection must add to the head and
// how the body goes out. Pure.
struct FramingChoice {
    ResponseFraming framing = ResponseFraming::None;
    bool sendBody = false; // false for HEAD and for statuses without content
    qint64 contentLength = -1; // the Content-Length field to send, or -1 for none
    bool mustClose = false; // UntilClose: the connection cannot be kept
};
FramingChoice chooseFraming(int status, bool headRequest, int versionMinor, qint64 bodySize);

// The head of a response: status line and fields, CRLF-terminated, in one
// allocation. Pure.
QByteArray serializeHead(int status, const HttpHeaders &headers, qsizetype reserveExtra = 0);

// Sends one response body from its source, in the framing chosen: it reads
// the next piece only when asked (the connection asks while the socket has
// room), and frames it as chunks when the size was not known.
class ResponseWriter {
public:
    enum class Step {
        More, // appended a piece; ask again when there is room
        Waiting, // the source has nothing now and will wake the connection
        Done, // the body, and its framing, are complete
        Failed, // the source failed; errorString() says why
    };

    void begin(std::unique_ptr<BodySource> source, ResponseFraming framing);
    // Appends at most about `budget` bytes of the framed body to `out`.
    Step fill(QByteArray &out, qint64 budget);
    void reset();

    bool isActive() const { return m_source != nullptr; }
    BodySource *source() const { return m_source.get(); }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<BodySource> m_source;
    ResponseFraming m_framing = ResponseFraming::None;
    QString m_error;
};

} // namespace Servery
