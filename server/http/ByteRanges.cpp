#include "server/http/ByteRanges.h"

#include "server/http/HttpGrammar.h"
#include "server/http/HttpHeaders.h"

#include <algorithm>

namespace Servery {

namespace {

// 1*DIGIT into a non-negative qint64; false on anything else.
bool parseNumber(QByteArrayView s, qint64 *out)
{
    const std::optional<qint64> n = Grammar::parseDigits(s);
    if (n)
        *out = *n;
    return n.has_value();
}

} // namespace

RangeRequest parseRangeHeader(QByteArrayView value, qint64 size)
{
    RangeRequest ignore;
    value = value.trimmed();
    const qsizetype eq = value.indexOf('=');
    if (eq <= 0 || !equalsIgnoringCase(value.first(eq).trimmed(), "bytes"))
        return ignore;

    QList<ByteRange> ranges;
    int specs = 0;
    qsizetype pos = eq + 1;
    while (pos <= value.size()) {
        qsizetype comma = value.indexOf(',', pos);
        if (comma < 0)
            comma = value.size();
        const QByteArrayView spec = value.sliced(pos, comma - pos).trimmed();
        pos = comma + 1;
        if (spec.isEmpty())
            continue; // empty list elements are allowed (RFC 9110 5.6.1)
        if (++specs > kMaxRanges)
            return ignore;

        const qsizetype dash = spec.indexOf('-');
        if (dash < 0)
            return ignore;
        const QByteArrayView firstText = spec.first(dash);
        const QByteArrayView lastText = spec.sliced(dash + 1);
        qint64 first = 0;
        qint64 last = 0;
        if (firstText.isEmpty()) {
            // suffix-range: the last N bytes
            qint64 suffix = 0;
            if (!parseNumber(lastText, &suffix))
                return ignore;
            if (suffix == 0 || size == 0)
                continue; // unsatisfiable
            first = std::max<qint64>(0, size - suffix);
            last = size - 1;
        } else {
            if (!parseNumber(firstText, &first))
                return ignore;
            if (lastText.isEmpty()) {
                last = size - 1;
            } else {
                if (!parseNumber(lastText, &last) || last < first)
                    return ignore;
                last = std::min(last, size - 1);
            }
            if (first >= size)
                continue; // unsatisfiable
        }
        ranges.append(ByteRange {first, last});
    }
    if (specs == 0)
        return ignore;
    if (ranges.isEmpty()) {
        RangeRequest r;
        r.kind = RangeRequest::Kind::Unsatisfiable;
        return r;
    }

    std::sort(ranges.begin(), ranges.end(), [](const ByteRange &a, const ByteRange &b) { return a.first < b.first; });
    QList<ByteRange> merged;
    for (const ByteRange &r : std::as_const(ranges)) {
        if (!merged.isEmpty() && r.first <= merged.constLast().last + 1 + kCoalesceGap)
            merged.last().last = std::max(merged.constLast().last, r.last);
        else
            merged.append(r);
    }
    if (merged.size() > kMaxParts)
        return ignore;

    RangeRequest r;
    r.kind = RangeRequest::Kind::Satisfiable;
    r.ranges = std::move(merged);
    return r;
}

} // namespace Servery
