#pragma once

#include <QByteArrayView>
#include <QList>

namespace Servery {

// One satisfiable byte range, inclusive at both ends (RFC 9110 14.1.2).
struct ByteRange {
    qint64 first = 0;
    qint64 last = 0;
    qint64 length() const { return last - first + 1; }
    friend bool operator==(const ByteRange &, const ByteRange &) = default;
};

struct RangeRequest {
    enum class Kind {
        Ignore, // no usable Range: answer 200 with the whole file
        Satisfiable, // answer 206 with `ranges` (sorted, coalesced)
        Unsatisfiable, // answer 416 with "Content-Range: bytes */size"
    };
    Kind kind = Kind::Ignore;
    QList<ByteRange> ranges;
};

// Parses a Range header value against a representation of `size` bytes
// (RFC 9110 14.2). Pure.
//
// - "bytes=0-499", "bytes=500-" (to the end), "bytes=-500" (the last 500).
// - Ranges that start past the end are dropped; if none remain: Unsatisfiable.
// - Overlapping or nearly adjacent ranges are coalesced, so a client cannot
//   make the server send the same bytes many times (RFC 9110 14.3).
// - Anything unparseable, a unit other than bytes, more than kMaxRanges
//   ranges, or more than kMaxParts parts after coalescing: Ignore (the full
//   200 response is always a correct answer).
RangeRequest parseRangeHeader(QByteArrayView value, qint64 size);

inline constexpr int kMaxRanges = 100;
inline constexpr int kMaxParts = 16;
// Ranges closer than this are merged: a multipart boundary costs about as
// much as the gap.
inline constexpr qint64 kCoalesceGap = 80;

} // namespace Servery
