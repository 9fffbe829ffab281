// libFuzzer target: the request parser and the chunked decoder over a stream
// of pipelined requests. The input is the bytes a client sends.
//
// Invariants: the parser never consumes more than it was given, and a head it
// accepts is accepted identically from exactly its own bytes and from every
// way of feeding it incrementally; shorter prefixes are Incomplete. The
// chunked decoder never consumes more than it was given, its data lies inside
// its input, and it decodes the same body however the bytes are split.

#include "FuzzInput.h"

#include "server/http/ChunkedDecoder.h"
#include "server/http/RequestParser.h"
#include "server/http/limits.h"

#include <cstdio>
#include <cstdlib>

using namespace Servery;

namespace {

void checkSameHead(const ParseResult &a, const ParseResult &b)
{
    FUZZ_ASSERT(a.kind == b.kind);
    FUZZ_ASSERT(a.consumed == b.consumed);
    FUZZ_ASSERT(a.status == b.status);
    FUZZ_ASSERT(a.request.method == b.request.method);
    FUZZ_ASSERT(a.request.target == b.request.target);
    FUZZ_ASSERT(a.request.framing == b.request.framing);
    FUZZ_ASSERT(a.request.contentLength == b.request.contentLength);
}

// Decodes a chunked body from `input` fed in pieces ending at `split`.
// Returns how many bytes it consumed (-1 while incomplete or on error).
qsizetype decodeChunked(QByteArrayView input, qsizetype split, QByteArray *body, int *status)
{
    ChunkedDecoder decoder;
    qsizetype used = 0;
    qsizetype available = std::min(split, input.size());
    for (;;) {
        const QByteArrayView window = input.sliced(used, available - used);
        const ChunkedDecoder::Step s = decoder.next(window);
        FUZZ_ASSERT(s.consumed >= 0 && s.consumed <= window.size());
        used += s.consumed;
        switch (s.kind) {
        case ChunkedDecoder::Step::Kind::Data:
            FUZZ_ASSERT(s.data.data() >= window.data()
                        && s.data.data() + s.data.size() <= window.data() + window.size());
            FUZZ_ASSERT(s.data.size() == s.consumed && s.consumed > 0);
            body->append(s.data);
            break;
        case ChunkedDecoder::Step::Kind::NeedMore:
            if (s.consumed == 0) {
                if (available == input.size())
                    return -1;
                available = input.size(); // the second piece arrives
            }
            break;
        case ChunkedDecoder::Step::Kind::Done:
            FUZZ_ASSERT(decoder.isDone());
            FUZZ_ASSERT(decoder.bodyBytes() == body->size());
            return used;
        case ChunkedDecoder::Step::Kind::Error:
            FUZZ_ASSERT(s.status == 400 || s.status == 431);
            *status = s.status;
            return -1;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView all(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArrayView stream = all;

    for (int requests = 0; requests < 8 && !stream.isEmpty(); ++requests) {
        const ParseResult whole = parseRequestHead(stream);
        FUZZ_ASSERT(whole.consumed >= 0 && whole.consumed <= stream.size());

        // Fed in two pieces, with the resume hint, the answer is the same.
        const qsizetype split = qsizetype(size ? data[0] : 0) % (stream.size() + 1);
        const ParseResult first = parseRequestHead(stream.first(split));
        FUZZ_ASSERT(first.consumed <= split);
        if (first.isIncomplete())
            checkSameHead(parseRequestHead(stream, split), whole);

        if (whole.isError()) {
            FUZZ_ASSERT(whole.status == 400 || whole.status == 414 || whole.status == 417 || whole.status == 431
                        || whole.status == 501 || whole.status == 505);
            break;
        }
        if (whole.isIncomplete()) {
            FUZZ_ASSERT(stream.size() <= Limits::kMaxRequestLine + Limits::kMaxHeaderBlock + 16);
            break;
        }

        // Complete: the head alone parses the same, its prefixes do not
        // complete, and the request makes sense.
        const qsizetype head = whole.consumed;
        FUZZ_ASSERT(head > 0);
        checkSameHead(parseRequestHead(stream.first(head)), whole);
        FUZZ_ASSERT(parseRequestHead(stream.first(head - 1)).isIncomplete()
                    || parseRequestHead(stream.first(head - 1)).isError());
        const HttpRequest &r = whole.request;
        FUZZ_ASSERT(!r.method.isEmpty() && !r.target.isEmpty());
        FUZZ_ASSERT(r.path.startsWith('/') || r.path == "*");
        FUZZ_ASSERT(r.versionMinor == 0 || r.versionMinor == 1);
        FUZZ_ASSERT(r.contentLength >= 0);
        FUZZ_ASSERT(r.framing != BodyFraming::ContentLength || r.contentLength > 0);
        FUZZ_ASSERT(r.headers.size() <= Limits::kMaxHeaderFields);
        stream = stream.sliced(head);

        // The body, then the next pipelined request.
        if (r.framing == BodyFraming::ContentLength) {
            if (r.contentLength > stream.size())
                break;
            stream = stream.sliced(qsizetype(r.contentLength));
        } else if (r.framing == BodyFraming::Chunked) {
            QByteArray bodyWhole;
            QByteArray bodySplit;
            int statusWhole = 0;
            int statusSplit = 0;
            const qsizetype usedWhole = decodeChunked(stream, stream.size(), &bodyWhole, &statusWhole);
            const qsizetype usedSplit = decodeChunked(stream, split % (stream.size() + 1), &bodySplit, &statusSplit);
            FUZZ_ASSERT(usedWhole == usedSplit);
            FUZZ_ASSERT(statusWhole == statusSplit);
            FUZZ_ASSERT(bodyWhole == bodySplit || usedWhole < 0);
            if (usedWhole < 0)
                break;
            FUZZ_ASSERT(usedWhole <= stream.size());
            stream = stream.sliced(usedWhole);
        }
    }
    return 0;
}
