// libFuzzer target: conditional request evaluation (RFC 9110 13.2.2). The
// input gives the method, the representation's validators and the values of
// If-Match, If-None-Match, If-Modified-Since, If-Unmodified-Since, If-Range.
//
// Invariants: 304 only for GET and HEAD; no conditional field means Proceed;
// a strong ETag match is also a weak one; a failing If-Match is always 412;
// If-Range never allows a range for a weak or mismatching tag.

#include "FuzzInput.h"

#include "server/http/HttpDate.h"
#include "server/http/Preconditions.h"

#include <cstdio>
#include <cstdlib>

using namespace Servery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    static const char *const methods[] = {"GET", "HEAD", "PUT", "POST", "DELETE"};
    const quint8 choice = in.byte();
    const quint8 present = in.byte(); // which fields are present
    HttpRequest request;
    request.method = methods[choice % 5];

    Validators v;
    v.etag = in.field();
    v.lastModifiedSecs = qint64(in.integer(5));
    const QByteArray ifMatch = in.field();
    const QByteArray ifNoneMatch = in.field();
    const QByteArray ifModifiedSince = in.field();
    const QByteArray ifUnmodifiedSince = in.field();
    const QByteArray ifRange = in.field();
    if (present & 1)
        request.headers.append("If-Match", ifMatch);
    if (present & 2)
        request.headers.append("If-None-Match", ifNoneMatch);
    if (present & 4)
        request.headers.append("If-Modified-Since", ifModifiedSince);
    if (present & 8)
        request.headers.append("If-Unmodified-Since", ifUnmodifiedSince);
    if (present & 16)
        request.headers.append("If-Range", ifRange);

    const PreconditionResult result = evaluatePreconditions(request, v);
    const bool getOrHead = request.method == "GET" || request.method == "HEAD";
    if (result == PreconditionResult::NotModified)
        FUZZ_ASSERT(getOrHead);
    if ((present & 15) == 0)
        FUZZ_ASSERT(result == PreconditionResult::Proceed);
    if ((present & 1) && ifMatch.trimmed() != "*" && !etagMatches(ifMatch, v.etag, false))
        FUZZ_ASSERT(result == PreconditionResult::PreconditionFailed);

    // Strong match implies weak match, for any list.
    for (const QByteArray &list : {ifMatch, ifNoneMatch, ifRange}) {
        if (etagMatches(list, v.etag, false))
            FUZZ_ASSERT(etagMatches(list, v.etag, true));
    }

    // If-Range: only the exact strong tag or the exact date allows a range.
    const bool allowed = ifRangeAllows(request, v);
    if (!(present & 16)) {
        FUZZ_ASSERT(allowed);
    } else if (allowed) {
        const QByteArray t = ifRange.trimmed();
        if (t.startsWith('"') || t.startsWith("W/"))
            FUZZ_ASSERT(t == v.etag && !t.startsWith("W/"));
        else
            FUZZ_ASSERT(parseHttpDate(t).value_or(-1) == v.lastModifiedSecs);
    }
    return 0;
}
