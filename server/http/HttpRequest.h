#pragma once

#include "server/http/HttpHeaders.h"

#include <QByteArray>

namespace Servery {

// How the request body is delimited (RFC 9112 6.3).
enum class BodyFraming {
    None,
    ContentLength,
    Chunked,
};

// A parsed request head. Pure data: produced by parseRequestHead(), read by
// the connection and the handlers.
struct HttpRequest {
    QByteArray method; // case-sensitive token (RFC 9110 9.1)
    QByteArray target; // the request-target exactly as sent
    QByteArray path; // path part, still percent-encoded; "*" for OPTIONS *
    QByteArray query; // after '?', without it; null when there is no '?'
    int versionMinor = 1; // HTTP/1.<minor>
    QByteArray versionText; // the version as the client sent it, for the log
    HttpHeaders headers;
    QByteArray host; // from the absolute-form target, else the Host field

    BodyFraming framing = BodyFraming::None;
    qint64 contentLength = 0; // when framing == ContentLength
    bool expectContinue = false; // "Expect: 100-continue" on HTTP/1.1
    bool keepAlive = true; // what the client asked for (RFC 9112 9.3)

    bool hasQuery() const { return !query.isNull(); }
    bool hasBody() const { return framing != BodyFraming::None; }
    QByteArray version() const { return versionMinor == 0 ? "HTTP/1.0" : "HTTP/1.1"; }
};

} // namespace Servery
