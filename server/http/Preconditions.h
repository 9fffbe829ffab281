#pragma once

#include "server/http/HttpRequest.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Servery {

// What a representation can be validated by (RFC 9110 8.8).
struct Validators {
    QByteArray etag; // quoted, strong: "\"1f-65a...\""
    qint64 lastModifiedSecs = 0;
};

// RFC 9110 8.8.3.2: strong comparison needs both tags strong and equal;
// weak comparison ignores W/ on either side.
bool etagMatches(QByteArrayView listValue, QByteArrayView etag, bool weakComparison);

enum class PreconditionResult {
    Proceed,
    NotModified, // 304 (GET/HEAD only)
    PreconditionFailed, // 412
};

// Evaluates conditional request fields in the order of RFC 9110 13.2.2:
// If-Match, else If-Unmodified-Since; then If-None-Match, else (GET/HEAD)
// If-Modified-Since. Dates that do not parse are ignored, as 13.1.3/13.1.4
// require. Pure.
PreconditionResult evaluatePreconditions(const HttpRequest &request, const Validators &current);

// RFC 9110 13.1.5: true if a Range request should be honoured, that is,
// there is no If-Range, or it names the current representation (a strong
// ETag match, or exactly the Last-Modified date).
bool ifRangeAllows(const HttpRequest &request, const Validators &current);

} // namespace Servery
