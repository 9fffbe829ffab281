#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArrayView>

namespace Servery {

struct ParseResult {
    enum class Kind {
        Incomplete, // need more bytes; call again with the longer buffer
        Complete, // `request` holds the head, `consumed` bytes belong to it
        Error, // answer with `status` and close the connection
    };

    Kind kind = Kind::Incomplete;
    qsizetype consumed = 0;
    HttpRequest request; // on Error, whatever of the request line was readable
    int status = 0; // on Error: 400, 414, 417, 431, 501 or 505
    QByteArray error; // on Error: a short reason for the request log

    bool isComplete() const { return kind == Kind::Complete; }
    bool isIncomplete() const { return kind == Kind::Incomplete; }
    bool isError() const { return kind == Kind::Error; }
};

// Parses one HTTP/1.x request head (request line, header fields, empty line)
// from the start of `input`. Pure: the answer depends only on the arguments.
//
// `alreadyScanned` is the length of a previous, shorter prefix of the same
// stream for which the parser answered Incomplete. The search for the end of
// the head resumes there, so feeding a head byte by byte costs O(n), not
// O(n^2). Passing 0 is always correct.
//
// Strict by design (RFC 9112): bare CR, whitespace before a colon, obsolete
// line folding, Content-Length with Transfer-Encoding, duplicate or invalid
// Content-Length, a missing Host on HTTP/1.1, more than one Host, control
// characters in the target are all rejected. A bare LF is accepted as a line
// terminator (RFC 9112 2.2).
ParseResult parseRequestHead(QByteArrayView input, qsizetype alreadyScanned = 0);

} // namespace Servery
