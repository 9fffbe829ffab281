#pragma once

#include "server/http/HttpHeaders.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Servery {

// Incremental parser of a multipart/form-data body (RFC 7578 over RFC 2046
// 5.1), for uploads that never sit in memory.
//
// Feed it the body a piece at a time; each call to next() takes one step and
// says how many input bytes it consumed. Part data comes back as a view,
// into the input where it can, so file bytes are not copied. Unlike
// ChunkedDecoder it keeps what it cannot decide on yet (the start of what
// may be a boundary, a header line cut in two) in a small buffer of its own,
// so the caller never holds bytes back: a NeedMore step always consumed all
// it was given. Nothing is looked at twice except those few held bytes.
//
// Strict where readings could differ: every line ends with CRLF, a boundary
// is followed only by "--", optional spaces and CRLF, part header fields
// follow the HTTP field grammar (no folding, no space before the colon).
// Limits (Limits::kMaxPart*, kMaxMultipart*) answer 431 for a part's head,
// 413 for too many parts and 400 for the rest.
class MultipartParser {
public:
    struct Step {
        enum class Kind {
            NeedMore, // consumed all of the input: call again with more
            PartBegin, // a part's head is complete: see partHeaders()
            Data, // `data` is part content (valid until the next call)
            PartEnd, // the current part ended at a boundary
            Done, // the closing boundary was read; the rest is ignored
            Error, // `status` (400, 413, 431) and `error` say why
        };
        Kind kind = Kind::NeedMore;
        qsizetype consumed = 0; // may exceed data.size(): framing is consumed too
        QByteArrayView data;
        int status = 0;
        const char *error = nullptr;
    };

    // `boundary` as formDataBoundary() returned it.
    explicit MultipartParser(QByteArray boundary);

    Step next(QByteArrayView input);

    // The header fields of the part that began last.
    const HttpHeaders &partHeaders() const { return m_headers; }
    int parts() const { return m_parts; }
    bool isDone() const { return m_state == State::Done; }

private:
    enum class State { Preamble, Body, AfterBoundary, Head, Done, Failed };

    Step scan(QByteArrayView input, bool keep);
    Step afterBoundary(QByteArrayView input);
    Step head(QByteArrayView input);
    Step headLine(QByteArrayView line, qsizetype consumed);
    Step foundBoundary(qsizetype consumed);
    Step fail(int status, const char *why);

    QByteArray m_delimiter; // CRLF "--" boundary
    State m_state = State::Preamble;
    QByteArray m_held; // a prefix of m_delimiter, or a head line so far
    QByteArray m_emitted; // held bytes that turned out to be data
    bool m_partEndPending = false;
    qsizetype m_preambleBytes = 0;
    qsizetype m_headBytes = 0;
    int m_afterDashes = 0; // after a boundary: '-' seen (0..2)
    bool m_afterPadding = false; // after a boundary: spaces seen
    bool m_afterCr = false; // after a boundary: CR seen
    HttpHeaders m_headers;
    int m_parts = 0;
};

// The boundary of a "multipart/form-data; boundary=..." Content-Type
// (RFC 2046 5.1.1: 1 to 70 characters of a small set, quoted or not), or
// nothing; `why` says what was wrong.
std::optional<QByteArray> formDataBoundary(QByteArrayView contentType, const char **why = nullptr);

// A header value of the form `type; name=value; name="quoted value"`
// (Content-Type, Content-Disposition), split. Parameter names are lower
// case; quoted values are unescaped the way Go's mime package does it (a
// backslash escapes only a tspecial, so "C:\photos\a.jpg" keeps its
// backslashes). Returns nothing for a malformed value or a parameter given
// twice.
struct HeaderParameters {
    QByteArray value; // lower case ("form-data", "multipart/form-data")
    QList<QPair<QByteArray, QByteArray>> parameters;

    bool has(QByteArrayView name) const;
    // The parameter's value (empty when absent: ask has()).
    QByteArray parameter(QByteArrayView name) const;
};
std::optional<HeaderParameters> parseHeaderParameters(QByteArrayView field);

} // namespace Servery
