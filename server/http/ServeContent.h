#pragma once

#include "server/http/BodySource.h"
#include "server/http/HttpRequest.h"
#include "server/http/HttpResponse.h"
#include "server/http/Preconditions.h"

#include <QByteArray>

#include <memory>

namespace Servery {

// What a representation is, apart from its bytes.
struct Representation {
    QByteArray contentType;
    // An empty ETag or a zero date means the representation has none; then
    // the conditional fields that need it are ignored (RFC 9110 13.2.1).
    Validators validators;
    // When the bytes are already encoded (a precompressed "name.br"
    // sidecar): "br" or "gzip". Nothing is compressed on top.
    QByteArray contentEncoding;
    // Other encodings of the same resource exist, so caches must key on
    // Accept-Encoding even when this one is not compressible.
    bool variesByEncoding = false;
    // Compress on the fly when the type is compressible and the client
    // accepts gzip.
    bool allowGzip = true;
};

// The content rules of RFC 9110, in one place, over any body (Go's
// serveContent): content negotiation of gzip, preconditions in the order of
// 13.2.2, then ranges (14) for GET, then the full answer. The caller puts
// what it alone knows (Cache-Control, Content-Disposition, the handler's
// name) into `base`, which becomes the response; the connection drops the
// body of a HEAD response.
//
// Content that can be read at any offset (a file, bytes in memory) gets
// ranges: single, suffix, open and multipart, 416 with "bytes */size".
HttpResponse serveContent(const HttpRequest &request, const Representation &representation,
                          std::shared_ptr<Content> content, HttpResponse base = {});

// A body that can only be read once, from start to end (a generated listing,
// a zip): the same rules without ranges ("Accept-Ranges: none").
HttpResponse serveStream(const HttpRequest &request, const Representation &representation,
                         std::unique_ptr<BodySource> body, HttpResponse base = {});

} // namespace Servery
