#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Servery {

// Incremental decoder for the chunked transfer coding (RFC 9112 7.1).
//
// Feed it the bytes after the request head; each call to next() takes one
// step and says how many input bytes it consumed. Body bytes come back as a
// view into the input, so nothing is copied. Framing lines must be complete
// in the input to be consumed: when a line is split, next() consumes nothing
// and answers NeedMore, and the caller retries once it has appended more.
//
// Strict on purpose: chunk lines and the CRLF after chunk data must be exact
// CRLF, sizes are hexadecimal without sign or whitespace, and a line longer
// than Limits::kMaxChunkLine is refused. Extensions and trailer fields are
// checked for syntax and then ignored.
class ChunkedDecoder {
public:
    struct Step {
        enum class Kind {
            NeedMore, // consumed framing bytes, perhaps none: call again, and
                      // when nothing was consumed, only with more input
            Data, // `data` is body (a view into the input)
            Done, // the last chunk and trailers are read
            Error, // `status` is 400 or 431; the body is unusable
        };
        Kind kind = Kind::NeedMore;
        qsizetype consumed = 0;
        QByteArrayView data;
        int status = 0;
        const char *error = nullptr;
    };

    Step next(QByteArrayView input);

    bool isDone() const { return m_state == State::Done; }
    qint64 bodyBytes() const { return m_bodyBytes; }
    // Every byte consumed so far, framing included.
    qint64 wireBytes() const { return m_wireBytes; }

private:
    enum class State { Size, Data, DataEnd, Trailer, Done, Failed };

    Step advance(QByteArrayView input);
    Step readSizeLine(QByteArrayView input);
    Step readTrailerLine(QByteArrayView input);
    Step fail(int status, const char *why);

    State m_state = State::Size;
    qint64 m_remaining = 0; // bytes left in the current chunk
    qint64 m_bodyBytes = 0; // decoded so far
    qint64 m_wireBytes = 0; // consumed so far, framing included
    qsizetype m_trailerBytes = 0;
};

} // namespace Servery
