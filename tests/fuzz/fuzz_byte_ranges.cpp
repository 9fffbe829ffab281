// libFuzzer target: the Range header parser. The input is a file size (the
// first bytes) and the header value (the rest).
//
// Invariants: every range it accepts lies within the file, ranges are sorted,
// disjoint and at most kMaxParts; an empty file has nothing satisfiable.

#include "FuzzInput.h"

#include "server/http/ByteRanges.h"

#include <cstdio>
#include <cstdlib>

using namespace Servery;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    // Sizes from 0 to beyond 4 GiB, small ones most often.
    const quint8 kind = in.byte();
    qint64 fileSize = 0;
    switch (kind % 4) {
    case 0:
        fileSize = qint64(in.integer(1));
        break;
    case 1:
        fileSize = qint64(in.integer(2));
        break;
    case 2:
        fileSize = qint64(in.integer(4));
        break;
    default:
        fileSize = qint64(in.integer(6));
        break;
    }
    const QByteArrayView header = in.rest();

    const RangeRequest r = parseRangeHeader(header, fileSize);
    switch (r.kind) {
    case RangeRequest::Kind::Ignore:
    case RangeRequest::Kind::Unsatisfiable:
        FUZZ_ASSERT(r.ranges.isEmpty());
        break;
    case RangeRequest::Kind::Satisfiable: {
        FUZZ_ASSERT(fileSize > 0);
        FUZZ_ASSERT(!r.ranges.isEmpty() && r.ranges.size() <= kMaxParts);
        qint64 previousLast = -1;
        qint64 total = 0;
        for (const ByteRange &b : r.ranges) {
            FUZZ_ASSERT(b.first >= 0 && b.first <= b.last && b.last < fileSize);
            FUZZ_ASSERT(b.first > previousLast + 1 + kCoalesceGap || previousLast < 0);
            previousLast = b.last;
            total += b.length();
        }
        FUZZ_ASSERT(total <= fileSize);
        break;
    }
    }
    return 0;
}
