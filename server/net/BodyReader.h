#pragma once

#include "server/http/ChunkedDecoder.h"
#include "server/http/HttpRequest.h"

#include <QByteArrayView>

namespace Servery {

// Takes a request body off the front of a connection's input, piece by
// piece, for either framing (Content-Length or chunked, RFC 9112 6), and
// enforces the body limit as it goes: a chunked body is refused (413) as
// soon as it grows past the limit, and its framing counts too, so a body of
// one-byte chunks with long extensions is no cheaper to send.
class BodyReader {
public:
    struct Piece {
        enum class Kind {
            Data, // `data` is body (a view into the input)
            NeedMore, // the input holds no more body: read more
            Done, // the body is complete
            Error, // `status` (400, 413) and `error` say why
        };
        Kind kind = Kind::NeedMore;
        QByteArrayView data;
        qsizetype consumed = 0; // input bytes this step used
        int status = 0;
        const char *error = nullptr;
    };

    // For `request`, whose body may have at most `maxBytes`.
    void start(const HttpRequest &request, qint64 maxBytes);
    // The next step over `input`, the unconsumed bytes after the head.
    Piece next(QByteArrayView input);

    qint64 received() const { return m_received; }
    bool isDone() const { return m_done; }

private:
    Piece tooLarge();

    BodyFraming m_framing = BodyFraming::None;
    qint64 m_remaining = 0; // Content-Length still to come
    qint64 m_maxBytes = 0;
    qint64 m_received = 0;
    bool m_done = false;
    ChunkedDecoder m_chunked;
};

} // namespace Servery
